// Bundles the page script (src/main.js, its CSS and the npm libraries) into one
// file that the HTML writer inlines: node build.mjs OUT.js
// Run by CMake (target newsgraph_viewer) and scripts/bootstrap.sh after `npm ci`.
import * as esbuild from 'esbuild';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const out = process.argv[2];
if (!out) {
  console.error('usage: node build.mjs OUT.js');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
await esbuild.build({
  entryPoints: [join(here, 'src', 'main.js')],
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  legalComments: 'eof',  // the libraries' licence headers stay in the page
  loader: {'.css': 'text'},
  outfile: out,
  logLevel: 'warning',
});
