// The output formats of a graph, in one registry used by every place that
// writes one (extract, convert, diff, the store's export). A format is found by
// name (--format) or by the extension of the output path, and written by one
// call whatever it is:
//
//   Result<const GraphFormat*> f = ResolveGraphFormat("", "out/story.gexf");
//   if (!f.ok()) return f.status();   // usage: "unknown format 'gefx' (graphml, gexf, ...)"
//   for (const FormatPart& part : f.value()->parts)
//     WriteFileAtomically(PartPath("out/story.gexf", part), [&](std::ostream& out) {
//       return part.write(graph, ontology, out, {});
//     });
//
// Most formats are one file (one unnamed part); CSV is two (nodes.csv and
// edges.csv). To add a format, add its entry to the table in src/io/formats.cpp.
#ifndef NEWSGRAPH_FORMATS_HPP_
#define NEWSGRAPH_FORMATS_HPP_

#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/dot.hpp"
#include "newsgraph/graph.hpp"
#include "newsgraph/graphml.hpp"
#include "newsgraph/html_view.hpp"
#include "newsgraph/ontology.hpp"
#include "newsgraph/status.hpp"

namespace newsgraph {

// How a graph is displayed, for every writer. Default: the ontology's colours.
struct GraphWriteOptions {
  // Colour hooks of the formats that carry colours as data (GraphML, GEXF,
  // JSON, CSV); see GraphmlWriteOptions.
  GraphmlWriteOptions colors;
  // DOT, and the drawings rendered from it (SVG, PNG): legend and decorations.
  DotOptions dot;
  // The HTML page: title, and the change colours of a diff.
  HtmlViewOptions html;
};

using GraphWriter =
    std::function<Status(const Graph&, const Ontology&, std::ostream&, const GraphWriteOptions&)>;

// One file of a format's output.
struct FormatPart {
  // "" for the output itself; else the file's name in a directory output
  // ("nodes" -> DIR/nodes.csv) or its infix ("nodes" -> story.nodes.csv).
  std::string name;
  GraphWriter write;
};

struct GraphFormat {
  std::string name;                     // "graphml"
  std::vector<std::string> aliases;     // other names --format accepts ("node-link")
  std::vector<std::string> extensions;  // lower case, no dot; the first is the usual one
  std::string description;              // one line, for --help and the README
  std::vector<FormatPart> parts;        // one unnamed part, or the named files

  bool single_file() const { return parts.size() == 1 && parts[0].name.empty(); }
};

// Every output format, in the order help lists them.
const std::vector<GraphFormat>& GraphFormats();

// By name or alias; nullptr when unknown.
const GraphFormat* FindGraphFormat(std::string_view name);
// By the extension of path (case-insensitive); nullptr when none matches.
const GraphFormat* GraphFormatForPath(std::string_view path);
// "graphml, gexf, json, csv, dot, svg or png".
std::string GraphFormatNames();

// The format to write: requested when not empty (a usage error when unknown),
// else the one of output's extension, else the format named fallback.
Result<const GraphFormat*> ResolveGraphFormat(std::string_view requested, std::string_view output,
                                              std::string_view fallback = "graphml");

// The path one part is written to, for the output path the user gave:
// output itself for an unnamed part; for a named part, output/NAME.EXT when
// output ends with '/', else output without its extension + ".NAME.EXT"
// ("out/story.csv" -> "out/story.nodes.csv").
std::string PartPath(std::string_view output, const GraphFormat& format, const FormatPart& part);

// Writes every part of format to out, one after the other (for tests and
// for single-file formats; a file output uses PartPath per part).
Status WriteGraph(const Graph& g, const Ontology& ontology, const GraphFormat& format,
                  std::ostream& out, const GraphWriteOptions& options = {});

}  // namespace newsgraph

#endif  // NEWSGRAPH_FORMATS_HPP_
