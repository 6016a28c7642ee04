// The HTML view of a graph: one self-contained page to explore it in a
// browser, offline. (HTML *input*, saved web pages, is html.hpp.)
//
// The page is the graph as a JSON document plus the viewer script, a bundle
// of the page code in viewer/ and its npm libraries (graphology, sigma,
// ForceAtlas2) that the build makes with esbuild into build/viewer/. Nothing
// is fetched: a Content-Security-Policy forbids every request.
//
//   newsgraph::Result<std::string> viewer = newsgraph::LoadViewerBundle();
//   if (!viewer.ok()) return viewer.status();   // says what to run to build it
//   newsgraph::WriteHtmlView(graph, ontology, viewer.value(), out);
#ifndef NEWSGRAPH_HTML_VIEW_HPP_
#define NEWSGRAPH_HTML_VIEW_HPP_

#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsgraph/graph.hpp"
#include "newsgraph/ontology.hpp"
#include "newsgraph/status.hpp"

namespace newsgraph {

struct HtmlViewOptions {
  // Page title; empty: the graph attribute "title", else "newsgraph".
  std::string title;
  // For a diff graph (BuildDiffGraph), whose elements carry extra "change"
  // and "changes": the colour of each kind of change, in legend order. The
  // page then colours by change and filters by it. Empty: not a diff.
  std::vector<std::pair<std::string, Rgb>> change_colors;
};

// Writes the page: nodes coloured and shaped by type, edges coloured by
// relation family (schemas/ontology.json), a legend that filters by node
// type and relation type, search by name, and the facts with their evidence,
// article, date and asserted_by for a clicked node or edge. viewer_js is the
// bundle's text (LoadViewerBundle). Deterministic. Fails only if out fails.
Status WriteHtmlView(const Graph& g, const Ontology& ontology, std::string_view viewer_js,
                     std::ostream& out, const HtmlViewOptions& options = {});

// The viewer bundle to use: `requested` when not empty, else $NEWSGRAPH_VIEWER,
// else the first that exists of the build tree's viewer/newsgraph-view.js and
// the installed share/newsgraph/viewer/newsgraph-view.js.
std::string FindViewerBundle(std::string_view requested = {});

// Reads the bundle FindViewerBundle(requested) names. When it is missing, the
// error names the places looked at and what to run to build it.
Result<std::string> LoadViewerBundle(std::string_view requested = {});

}  // namespace newsgraph

#endif  // NEWSGRAPH_HTML_VIEW_HPP_
