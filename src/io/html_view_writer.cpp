// The HTML view: a page holding the graph as JSON and the viewer bundle
// (viewer/, built into build/viewer/ by CMake or scripts/bootstrap.sh).
// Colours and shapes are the ontology's; the page's code decides the rest.
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include <nlohmann/json.hpp>

#include "io/text_escape.hpp"
#include "newsgraph/file_util.hpp"
#include "newsgraph/html_view.hpp"

#ifndef NEWSGRAPH_BUILD_VIEWER_BUNDLE
#define NEWSGRAPH_BUILD_VIEWER_BUNDLE ""
#endif
#ifndef NEWSGRAPH_INSTALL_VIEWER_BUNDLE
#define NEWSGRAPH_INSTALL_VIEWER_BUNDLE ""
#endif

namespace newsgraph {
namespace {

using nlohmann::json;

// Extra attributes of diff graphs that the page reads as fields of their own.
constexpr const char* kChangeKey = "change";
constexpr const char* kChangesKey = "changes";

std::string Hex(const Rgb& c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c[0] & 0xFF, c[1] & 0xFF, c[2] & 0xFF);
  return buf;
}

void OntologyJson(const Ontology& o, json* doc) {
  json types = json::array();
  for (const NodeTypeInfo& t : o.node_types()) {
    json kinds = json::array();
    for (const NodeKindInfo& k : t.kinds) {
      kinds.push_back({{"name", k.name}, {"color", Hex(k.color)}, {"shape", k.dot_shape}});
    }
    types.push_back({{"name", t.name}, {"description", t.description}, {"color", Hex(t.color)},
                     {"shape", t.dot_shape}, {"kinds", std::move(kinds)}});
  }
  json families = json::array();
  for (const FamilyInfo& f : o.families()) {
    json relations = json::array();
    for (const RelationInfo& r : o.relations()) {
      if (r.family == f.name) relations.push_back(r.name);
    }
    families.push_back({{"name", f.name}, {"description", f.description}, {"color", Hex(f.color)},
                        {"style", f.dot_style}, {"width", f.penwidth},
                        {"relations", std::move(relations)}});
  }
  (*doc)["node_types"] = std::move(types);
  (*doc)["families"] = std::move(families);
}

// The extra attributes, less the diff's own (written as fields when diffing).
json Extra(const std::map<std::string, std::string>& extra, bool diff, json* element) {
  json out = json::object();
  for (const auto& [name, value] : extra) {
    if (diff && (name == kChangeKey || name == kChangesKey)) {
      (*element)[name] = value;
    } else {
      out[name] = value;
    }
  }
  return out;
}

json NodeJson(const NodeData& n, bool diff) {
  json j = {{"id", n.id}, {"type", n.type}, {"label", n.label}, {"mentions", n.mentions}};
  if (!n.kind.empty()) j["kind"] = n.kind;
  if (!n.aliases.empty()) j["aliases"] = n.aliases;
  if (!n.iso3.empty()) j["iso3"] = n.iso3;
  json extra = Extra(n.extra, diff, &j);
  if (!extra.empty()) j["extra"] = std::move(extra);
  return j;
}

json EdgeJson(const Graph& g, const Graph::Edge& e, bool diff) {
  const EdgeData& d = g.edge(e);
  json j = {{"source", g.node(g.source(e)).id}, {"target", g.node(g.target(e)).id},
            {"type", d.type}, {"weight", d.weight}, {"confidence", d.confidence}};
  if (!d.label.empty() && d.label != d.type) j["label"] = d.label;
  if (!d.asserted_by.empty()) j["asserted_by"] = d.asserted_by;
  if (!d.date.empty()) j["date"] = d.date;
  if (!d.roles.empty()) j["roles"] = d.roles;
  json evidence = json::array();
  for (const Evidence& ev : d.evidence) {
    evidence.push_back({{"text", ev.text}, {"article", ev.article}, {"begin", ev.begin}, {"end", ev.end}});
  }
  j["evidence"] = std::move(evidence);
  json extra = Extra(d.extra, diff, &j);
  if (!extra.empty()) j["extra"] = std::move(extra);
  return j;
}

// Text safe inside <script>: JSON with every '<' as \u003c (it can only
// stand in strings), so no "</script>" or "<!--" can end or change the
// element; invalid UTF-8 becomes U+FFFD.
std::string ScriptJson(const json& doc) {
  const std::string text = doc.dump(-1, ' ', false, json::error_handler_t::replace);
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  for (char c : text) {
    if (c == '<') {
      out += "\\u003c";
    } else {
      out += c;
    }
  }
  return out;
}

// The bundle inside <script>: "</script" and "<!--" cannot appear in minified
// code outside strings, template literals, regular expressions and comments,
// where "<\/" and "<\!" mean the same.
std::string ScriptCode(std::string_view js) {
  std::string out;
  out.reserve(js.size());
  for (std::size_t i = 0; i < js.size(); ++i) {
    out += js[i];
    if (js[i] != '<' || i + 1 >= js.size()) continue;
    if (js[i + 1] == '/' && js.size() - i >= 8) {
      std::string word(js.substr(i + 2, 6));
      for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (word == "script") out += '\\';
    } else if (js.compare(i + 1, 3, "!--") == 0) {
      out += '\\';
    }
  }
  return out;
}

std::string Escaped(std::string_view text) {
  std::string out;
  io::AppendXmlEscaped(text, false, &out);
  return out;
}

}  // namespace

Status WriteHtmlView(const Graph& g, const Ontology& ontology, std::string_view viewer_js,
                     std::ostream& out, const HtmlViewOptions& options) {
  const bool diff = !options.change_colors.empty();
  std::string title = options.title;
  if (title.empty()) {
    // A merged graph holds one title per article.
    auto it = g.attributes().find("title");
    const std::vector<std::string> titles =
        SplitValues(it != g.attributes().end() ? it->second : std::string());
    title = titles.empty()       ? std::string("newsgraph")
            : titles.size() == 1 ? titles[0]
                                 : "newsgraph: " + std::to_string(titles.size()) + " articles";
  }
  json doc = {{"format", "newsgraph-view"}, {"version", 1}, {"title", title},
              {"attributes", g.attributes()}};
  OntologyJson(ontology, &doc);
  json articles = json::object();
  for (const auto& [name, info] : g.articles()) {
    json a = json::object();
    if (!info.date.empty()) a["date"] = info.date;
    if (!info.title.empty()) a["title"] = info.title;
    if (!info.source.empty()) a["source"] = info.source;
    articles[name] = std::move(a);
  }
  doc["articles"] = std::move(articles);
  if (diff) {
    json changes = json::array();
    for (const auto& [name, color] : options.change_colors) {
      changes.push_back({{"name", name}, {"color", Hex(color)}});
    }
    doc["changes"] = std::move(changes);
  }
  json nodes = json::array();
  for (Graph::Vertex v : g.SortedNodes()) nodes.push_back(NodeJson(g.node(v), diff));
  json edges = json::array();
  for (const Graph::Edge& e : g.SortedEdges()) edges.push_back(EdgeJson(g, e, diff));
  doc["nodes"] = std::move(nodes);
  doc["edges"] = std::move(edges);

  std::string page =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      // The page is whole: no request of any kind is allowed.
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"newsgraph\">\n<title>" +
      Escaped(title) +
      "</title>\n</head>\n<body>\n"
      "<noscript>This page needs JavaScript to draw the graph.</noscript>\n"
      "<script type=\"application/json\" id=\"newsgraph-data\">";
  page += ScriptJson(doc);
  page += "</script>\n<script>\n";
  page += ScriptCode(viewer_js);
  page += "\n</script>\n</body>\n</html>\n";
  out.write(page.data(), static_cast<std::streamsize>(page.size()));
  if (!out) return Status::IOError("HTML output: write failed");
  return Status::Ok();
}

std::string FindViewerBundle(std::string_view requested) {
  if (!requested.empty()) return std::string(requested);
  if (const char* env = std::getenv("NEWSGRAPH_VIEWER"); env && *env) return env;
  for (const char* path : {NEWSGRAPH_BUILD_VIEWER_BUNDLE, NEWSGRAPH_INSTALL_VIEWER_BUNDLE}) {
    if (*path && std::ifstream(path)) return path;
  }
  return NEWSGRAPH_BUILD_VIEWER_BUNDLE;
}

Result<std::string> LoadViewerBundle(std::string_view requested) {
  const std::string path = FindViewerBundle(requested);
  Result<std::string> js = path.empty() ? Result<std::string>(Status::NotFound("no path"))
                                        : ReadFile(path);
  if (js.ok()) return js;
  std::string looked = path.empty() ? std::string("(no build path compiled in)") : path;
  return Status::NotFound(
      "the HTML viewer bundle is missing (" + looked +
      "): build it with 'bash scripts/bootstrap.sh example', or 'cd viewer && npm ci' then "
      "'cmake --build build --target newsgraph_viewer'; or point $NEWSGRAPH_VIEWER at a "
      "newsgraph-view.js");
}

}  // namespace newsgraph
