// GEXF 1.3 writer: streams through one buffer, no DOM.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <set>
#include <vector>

#include "io/attribute_table.hpp"
#include "io/text_escape.hpp"
#include "newsgraph/gexf.hpp"

namespace newsgraph {
namespace {

constexpr std::size_t kFlushBytes = 1 << 18;

constexpr char kHeader[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n";

// GraphML key types to GEXF attribute types.
const char* GexfType(const std::string& type) {
  if (type == "int") return "integer";
  if (type == "long" || type == "double" || type == "float" || type == "boolean") {
    return type.c_str();
  }
  return "string";
}

class GexfWriter {
 public:
  GexfWriter(const Graph& g, const Ontology& o, std::ostream& out, const GraphmlWriteOptions& c)
      : g_(g), o_(o), out_(out), colors_(c) {
    buf_.reserve(kFlushBytes + 4096);
  }

  Status Write() {
    table_ = io::PlanAttributes(g_, o_);
    time_ = io::PlanTime(g_);
    buf_ += kHeader;
    WriteMeta();
    buf_ += "  <graph defaultedgetype=\"directed\"";
    if (time_.dynamic()) {
      buf_ += " mode=\"dynamic\" timeformat=\"date\" start=\"" + time_.first + "\" end=\"" +
              time_.last + "\"";
    }
    buf_ += ">\n";
    WriteDeclarations("node", table_.node);
    WriteDeclarations("edge", table_.edge);
    const std::vector<Graph::Vertex> nodes = g_.SortedNodes();
    buf_ += "    <nodes count=\"" + std::to_string(nodes.size()) + "\">\n";
    for (Graph::Vertex v : nodes) WriteNode(v);
    buf_ += "    </nodes>\n";
    const std::vector<Graph::Edge> edges = g_.SortedEdges();
    buf_ += "    <edges count=\"" + std::to_string(edges.size()) + "\">\n";
    for (std::size_t i = 0; i < edges.size(); ++i) WriteEdge(edges[i], i);
    buf_ += "    </edges>\n  </graph>\n</gexf>\n";
    MaybeFlush(true);
    if (!out_) return Status::IOError("GEXF output: write failed");
    return Status::Ok();
  }

 private:
  void WriteMeta() {
    buf_ += "  <meta";
    if (time_.dynamic()) buf_ += " lastmodifieddate=\"" + time_.last + "\"";
    buf_ += ">\n    <creator>newsgraph</creator>\n";
    auto title = g_.attributes().find("title");
    if (title != g_.attributes().end() && !title->second.empty()) {
      buf_ += "    <description>";
      io::AppendXmlEscaped(title->second, false, &buf_);
      buf_ += "</description>\n";
    }
    buf_ += "  </meta>\n";
  }

  void WriteDeclarations(const char* cls, const std::vector<io::AttributeColumn>& columns) {
    buf_ += "    <attributes class=\"";
    buf_ += cls;
    buf_ += "\" mode=\"static\">\n";
    for (const io::AttributeColumn& c : columns) {
      buf_ += "      <attribute id=\"";
      io::AppendXmlEscaped(c.name, true, &buf_);
      buf_ += "\" title=\"";
      io::AppendXmlEscaped(c.name, true, &buf_);
      buf_ += "\" type=\"";
      buf_ += GexfType(c.type);
      buf_ += "\"/>\n";
    }
    buf_ += "    </attributes>\n";
  }

  void Attr(const char* name, std::string_view value) {
    buf_ += ' ';
    buf_ += name;
    buf_ += "=\"";
    io::AppendXmlEscaped(value, true, &buf_);
    buf_ += '"';
  }

  void AttValue(const io::AttributeColumn& c, const std::string& value) {
    if (value.empty()) return;
    buf_ += "          <attvalue";
    Attr("for", c.name);
    Attr("value", value);
    buf_ += "/>\n";
  }

  void Spells(const std::set<std::string>& dates) {
    if (dates.empty()) return;
    buf_ += "        <spells>\n";
    for (const std::string& d : dates) {
      buf_ += "          <spell start=\"" + d + "\" end=\"" + d + "\"/>\n";
    }
    buf_ += "        </spells>\n";
  }

  void Color(const Rgb& c) {
    buf_ += "        <viz:color r=\"" + std::to_string(std::clamp(c[0], 0, 255)) + "\" g=\"" +
            std::to_string(std::clamp(c[1], 0, 255)) + "\" b=\"" +
            std::to_string(std::clamp(c[2], 0, 255)) + "\"/>\n";
  }

  void WriteNode(Graph::Vertex v) {
    const NodeData& n = g_.node(v);
    buf_ += "      <node";
    Attr("id", n.id);
    if (!n.label.empty()) Attr("label", n.label);
    buf_ += ">\n        <attvalues>\n";
    for (const io::AttributeColumn& c : table_.node) AttValue(c, io::NodeValue(c, n));
    buf_ += "        </attvalues>\n";
    Spells(time_.node[v]);
    Color(io::NodeColor(n, o_, colors_));
    buf_ += "        <viz:size value=\"";
    io::AppendDouble(io::NodeSize(n), &buf_);
    buf_ += "\"/>\n      </node>\n";
    MaybeFlush();
  }

  void WriteEdge(const Graph::Edge& e, std::size_t number) {
    const EdgeData& d = g_.edge(e);
    buf_ += "      <edge id=\"e" + std::to_string(number) + "\"";
    Attr("source", g_.node(g_.source(e)).id);
    Attr("target", g_.node(g_.target(e)).id);
    if (!d.label.empty()) Attr("label", d.label);
    buf_ += " weight=\"" + std::to_string(std::max(1, d.weight)) + "\"";
    if (!d.type.empty()) Attr("kind", d.type);
    buf_ += ">\n        <attvalues>\n";
    for (const io::AttributeColumn& c : table_.edge) AttValue(c, io::EdgeValue(c, d));
    buf_ += "        </attvalues>\n";
    Spells(time_.EdgeDates(e));
    Color(io::EdgeColor(d, o_, colors_));
    buf_ += "      </edge>\n";
    MaybeFlush();
  }

  // Writes out what is buffered once it is large.
  void MaybeFlush(bool force = false) {
    if (!force && buf_.size() < kFlushBytes) return;
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }

  const Graph& g_;
  const Ontology& o_;
  std::ostream& out_;
  const GraphmlWriteOptions& colors_;
  std::string buf_;
  io::AttributeTable table_;
  io::TimeTable time_;
};

bool Digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string IsoDate(std::string_view date) {
  if (date.size() < 10 || date[4] != '-' || date[7] != '-') return {};
  if (!Digits(date.substr(0, 4)) || !Digits(date.substr(5, 2)) || !Digits(date.substr(8, 2))) {
    return {};
  }
  if (date.size() > 10 && std::isdigit(static_cast<unsigned char>(date[10]))) return {};
  const int month = (date[5] - '0') * 10 + (date[6] - '0');
  const int day = (date[8] - '0') * 10 + (date[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return {};
  return std::string(date.substr(0, 10));
}

Status WriteGexf(const Graph& g, const Ontology& ontology, std::ostream& out,
                 const GraphmlWriteOptions& colors) {
  return GexfWriter(g, ontology, out, colors).Write();
}

}  // namespace newsgraph
