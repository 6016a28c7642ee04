// The registry of output formats: one table, one entry per format.
#include "newsgraph/formats.hpp"

#include <algorithm>

#include "newsgraph/csv.hpp"
#include "newsgraph/file_util.hpp"
#include "newsgraph/gexf.hpp"
#include "newsgraph/node_link.hpp"
#include "newsgraph/render.hpp"

namespace newsgraph {
namespace {

std::vector<GraphFormat> BuiltinFormats() {
  auto one = [](GraphWriter write) { return std::vector<FormatPart>{{"", std::move(write)}}; };
  return {
      {"graphml",
       {},
       {"graphml", "xml"},
       "GraphML (Gephi, networkx, igraph, yEd, Cytoscape)",
       one([](const Graph& g, const Ontology& o, std::ostream& out, const GraphWriteOptions& w) {
         return WriteGraphml(g, o, out, w.colors);
       })},
      {"gexf",
       {},
       {"gexf"},
       "GEXF 1.3 (Gephi), dynamic with the articles' dates",
       one([](const Graph& g, const Ontology& o, std::ostream& out, const GraphWriteOptions& w) {
         return WriteGexf(g, o, out, w.colors);
       })},
      {"json",
       {"node-link"},
       {"json"},
       "JSON node-link (graphology import, networkx node_link_graph)",
       one([](const Graph& g, const Ontology& o, std::ostream& out, const GraphWriteOptions& w) {
         return WriteNodeLinkJson(g, o, out, w.colors);
       })},
      {"csv",
       {},
       {"csv"},
       "CSV nodes + edges tables (Gephi spreadsheet import, pandas)",
       {{"nodes", [](const Graph& g, const Ontology& o, std::ostream& out,
                     const GraphWriteOptions& w) { return WriteCsvNodes(g, o, out, w.colors); }},
        {"edges", [](const Graph& g, const Ontology& o, std::ostream& out,
                     const GraphWriteOptions& w) { return WriteCsvEdges(g, o, out, w.colors); }}}},
      {"dot",
       {"gv"},
       {"dot", "gv"},
       "Graphviz DOT, styled by type and relation family",
       one([](const Graph& g, const Ontology& o, std::ostream& out, const GraphWriteOptions& w) {
         return WriteDot(g, o, out, w.dot);
       })},
      {"html",
       {},
       {"html", "htm"},
       "one page to explore the graph in a browser, offline (the viewer bundle is built by "
       "scripts/bootstrap.sh)",
       one([](const Graph& g, const Ontology& o, std::ostream& out, const GraphWriteOptions& w) {
         Result<std::string> viewer = LoadViewerBundle();
         if (!viewer.ok()) return viewer.status();
         return WriteHtmlView(g, o, viewer.value(), out, w.html);
       })},
      {"svg",
       {},
       {"svg"},
       "SVG drawing through Graphviz (dot, sfdp for large graphs)",
       one([](const Graph& g, const Ontology& o, std::ostream& out, const GraphWriteOptions& w) {
         return RenderGraph(g, o, "svg", out, w.dot);
       })},
      {"png",
       {},
       {"png"},
       "PNG drawing through Graphviz (dot, sfdp for large graphs)",
       one([](const Graph& g, const Ontology& o, std::ostream& out, const GraphWriteOptions& w) {
         return RenderGraph(g, o, "png", out, w.dot);
       })},
  };
}

}  // namespace

const std::vector<GraphFormat>& GraphFormats() {
  static const std::vector<GraphFormat> formats = BuiltinFormats();
  return formats;
}

const GraphFormat* FindGraphFormat(std::string_view name) {
  for (const GraphFormat& f : GraphFormats()) {
    if (f.name == name) return &f;
    if (std::find(f.aliases.begin(), f.aliases.end(), name) != f.aliases.end()) return &f;
  }
  return nullptr;
}

const GraphFormat* GraphFormatForPath(std::string_view path) {
  const std::string ext = FileExtension(path);
  if (ext.empty()) return nullptr;
  for (const GraphFormat& f : GraphFormats()) {
    if (std::find(f.extensions.begin(), f.extensions.end(), ext) != f.extensions.end()) return &f;
  }
  return nullptr;
}

std::string GraphFormatNames() {
  const auto& formats = GraphFormats();
  std::string out;
  for (std::size_t i = 0; i < formats.size(); ++i) {
    if (i) out += i + 1 == formats.size() ? " or " : ", ";
    out += formats[i].name;
  }
  return out;
}

Result<const GraphFormat*> ResolveGraphFormat(std::string_view requested, std::string_view output,
                                              std::string_view fallback) {
  if (!requested.empty()) {
    if (const GraphFormat* f = FindGraphFormat(requested)) return f;
    return Status::Usage("unknown format " + QuoteInput(requested) + " (" + GraphFormatNames() +
                         ")");
  }
  if (const GraphFormat* f = GraphFormatForPath(output)) return f;
  if (const GraphFormat* f = FindGraphFormat(fallback)) return f;
  return Status::Usage("unknown format " + QuoteInput(fallback) + " (" + GraphFormatNames() + ")");
}

std::string PartPath(std::string_view output, const GraphFormat& format, const FormatPart& part) {
  if (part.name.empty()) return std::string(output);
  const std::string ext = format.extensions.empty() ? format.name : format.extensions.front();
  if (!output.empty() && output.back() == '/') {
    return std::string(output) + part.name + "." + ext;
  }
  std::string base(output);
  const std::string given = FileExtension(output);
  if (!given.empty() && std::find(format.extensions.begin(), format.extensions.end(), given) !=
                            format.extensions.end()) {
    base.resize(base.size() - given.size() - 1);
  }
  return base + "." + part.name + "." + ext;
}

Status WriteGraph(const Graph& g, const Ontology& ontology, const GraphFormat& format,
                  std::ostream& out, const GraphWriteOptions& options) {
  for (const FormatPart& part : format.parts) {
    NEWSGRAPH_RETURN_IF_ERROR(part.write(g, ontology, out, options));
  }
  return Status::Ok();
}

}  // namespace newsgraph
