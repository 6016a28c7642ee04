// DOT writer. Every style comes from the ontology (schemas/ontology.json); the
// layout attributes are ones dot, neato and sfdp all accept without a warning.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <set>
#include <string>
#include <vector>

#include "io/text_escape.hpp"
#include "newsgraph/dot.hpp"

namespace newsgraph {
namespace {

constexpr Rgb kUnknownColor{128, 128, 128};
constexpr std::size_t kTooltipEvidence = 5;  // evidence sentences shown per edge tooltip
// A merged graph holds one title per article: the drawing's label shows the
// first ones, one a line (all on one line made a drawing 25,000 pt wide).
constexpr std::size_t kLabelTitles = 3;

std::string Hex(const Rgb& c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c[0] & 0xFF, c[1] & 0xFF, c[2] & 0xFF);
  return buf;
}

// White text on dark fills, black on light ones (relative luminance).
const char* TextColorOn(const Rgb& c) {
  double y = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  return y < 140 ? "#ffffff" : "#000000";
}

std::string Number(double v) {
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 3);
  return std::string(buf, r.ptr);
}

class DotWriter {
 public:
  DotWriter(const Graph& g, const Ontology& o, const DotOptions& opt)
      : g_(g), o_(o), opt_(opt) {}

  std::string Write() {
    const std::string layout = SuitableLayout(g_, opt_);
    out_ = "// " + std::to_string(g_.num_nodes()) + " nodes, " + std::to_string(g_.num_edges()) +
           " edges: lay out with " + layout + " (sfdp from " + std::to_string(opt_.sfdp_from_nodes) +
           " nodes or " + std::to_string(opt_.sfdp_from_edges) + " edges)\n";
    out_ += "digraph \"newsgraph\" {\n  graph [charset=\"UTF-8\", overlap=false, "
            "outputorder=edgesfirst, fontname=\"Helvetica\"";
    if (layout != "dot") out_ += ", layout=" + layout;
    auto title = g_.attributes().find("title");
    if (title != g_.attributes().end() && !title->second.empty()) {
      out_ += ", labelloc=t, fontsize=16, label=";
      Quoted(TitleLabel(title->second));
    }
    out_ += "];\n  node [fontname=\"Helvetica\", fontsize=11, penwidth=1];\n"
            "  edge [fontname=\"Helvetica\", fontsize=9, arrowsize=0.8];\n";
    for (Graph::Vertex v : g_.SortedNodes()) WriteNode(g_.node(v));
    for (const Graph::Edge& e : g_.SortedEdges()) WriteEdge(e);
    if (opt_.legend && g_.num_nodes() > 0) WriteLegend();
    out_ += "}\n";
    return std::move(out_);
  }

 private:
  static std::string TitleLabel(const std::string& joined) {
    const std::vector<std::string> titles = SplitValues(joined);
    std::string label;
    for (std::size_t i = 0; i < titles.size() && i < kLabelTitles; ++i) {
      label += (i ? "\n" : "") + titles[i];
    }
    if (titles.size() > kLabelTitles) {
      label += "\n(" + std::to_string(titles.size() - kLabelTitles) + " more)";
    }
    return label;
  }

  static std::string WithNote(std::string text, const std::string& note) {
    if (!note.empty()) text += "\n" + note;
    return text;
  }

  void Quoted(std::string_view s) {
    out_ += '"';
    io::AppendDotEscaped(s, &out_);
    out_ += '"';
  }

  void WriteNode(const NodeData& n) {
    const NodeTypeInfo* type = o_.FindNodeType(n.type);
    const DotDecoration deco = opt_.node_decoration ? opt_.node_decoration(n) : DotDecoration();
    Rgb fill = deco.color ? *deco.color : type ? o_.NodeColor(n.type, n.kind) : kUnknownColor;
    std::string shape = type ? type->dot_shape : "ellipse";
    std::string style = type ? type->dot_style : "filled";
    if (type) {
      for (const NodeKindInfo& k : type->kinds) {
        if (k.name == n.kind && !k.dot_shape.empty()) shape = k.dot_shape;
      }
    }
    if (deco.dashed) style += style.empty() ? "dashed" : ",dashed";
    used_types_.insert(n.type);
    out_ += "  ";
    Quoted(n.id);
    out_ += " [label=";
    Quoted(WithNote(n.label.empty() ? n.id : n.label, deco.label_note));
    out_ += ", shape=" + shape + ", style=\"" + style + "\", fillcolor=\"" + Hex(fill) +
            "\", fontcolor=\"" + TextColorOn(fill) + "\", tooltip=";
    std::string tip = n.id + " (" + (n.type.empty() ? "untyped" : n.type);
    if (!n.kind.empty()) tip += ", " + n.kind;
    tip += ")";
    if (!n.aliases.empty()) {
      tip += "\nalso: ";
      for (std::size_t i = 0; i < n.aliases.size(); ++i) tip += (i ? "; " : "") + n.aliases[i];
    }
    Quoted(WithNote(tip, deco.tooltip_note));
    out_ += "];\n";
  }

  void WriteEdge(const Graph::Edge& e) {
    const EdgeData& d = g_.edge(e);
    const RelationInfo* rel = o_.FindRelation(d.type);
    const FamilyInfo* family = rel ? o_.FindFamily(rel->family) : nullptr;
    if (family) used_families_.insert(family->name);
    const DotDecoration deco = opt_.edge_decoration ? opt_.edge_decoration(d) : DotDecoration();
    Rgb color = deco.color ? *deco.color : family ? family->color : kUnknownColor;
    std::string style = family ? family->dot_style : std::string("solid");
    if (deco.dashed) style = "dashed";
    double pen = (family ? family->penwidth : 1.0) * (1.0 + 0.5 * std::log2(std::max(1, d.weight)));
    out_ += "  ";
    Quoted(g_.node(g_.source(e)).id);
    out_ += " -> ";
    Quoted(g_.node(g_.target(e)).id);
    out_ += " [label=";
    Quoted(WithNote(d.label.empty() ? d.type : d.label, deco.label_note));
    out_ += ", color=\"" + Hex(color) + "\", fontcolor=\"" + Hex(color) + "\", style=\"" + style +
            "\", penwidth=" + Number(pen);
    std::string tip = d.type;
    if (d.weight > 1) tip += " (stated " + std::to_string(d.weight) + " times)";
    tip = WithNote(tip, deco.tooltip_note);
    for (std::size_t i = 0; i < d.evidence.size() && i < kTooltipEvidence; ++i) {
      tip += "\n- " + d.evidence[i].text;
    }
    if (d.evidence.size() > kTooltipEvidence) {
      tip += "\n(" + std::to_string(d.evidence.size() - kTooltipEvidence) + " more)";
    }
    out_ += ", tooltip=";
    Quoted(tip);
    out_ += "];\n";
  }

  void Html(std::string_view s) { io::AppendDotHtmlEscaped(s, &out_); }

  // One HTML-like table node: it renders the same in dot, neato and sfdp,
  // where a cluster would not. Lists only the types and families present.
  void WriteLegend() {
    out_ += "  \"newsgraph legend\" [shape=plain, fontsize=10, tooltip=\"legend\", label=<"
            "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">"
            "<TR><TD COLSPAN=\"2\"><B>";
    Html(opt_.legend_title);
    out_ += "</B></TD></TR>";
    if (opt_.legend_ontology) WriteOntologyLegend();
    for (const DotLegendEntry& e : opt_.legend_entries) {
      out_ += "<TR><TD BGCOLOR=\"" + Hex(e.color) + "\">&#160;&#160;&#160;</TD><TD ALIGN=\"LEFT\">";
      Html(e.label);
      out_ += "</TD></TR>";
    }
    out_ += "</TABLE>>];\n";
  }

  void WriteOntologyLegend() {
    for (const NodeTypeInfo& t : o_.node_types()) {
      if (!used_types_.count(t.name)) continue;
      if (t.kinds.empty()) {
        LegendNodeRow(t.name, t.color, t.dot_shape);
        continue;
      }
      for (const NodeKindInfo& k : t.kinds) LegendNodeRow(t.name + " (" + k.name + ")", k.color, k.dot_shape);
    }
    for (const FamilyInfo& f : o_.families()) {
      if (!used_families_.count(f.name)) continue;
      std::string relations;
      for (const RelationInfo& r : o_.relations()) {
        if (r.family == f.name) relations += (relations.empty() ? "" : ", ") + r.name;
      }
      out_ += "<TR><TD><FONT COLOR=\"" + Hex(f.color) + "\">";
      Html(f.dot_style.find("bold") != std::string::npos ? "\xE2\x94\x81\xE2\x94\x81 " : "\xE2\x80\x94\xE2\x80\x94 ");
      Html(f.dot_style);
      out_ += "</FONT></TD><TD ALIGN=\"LEFT\"><FONT COLOR=\"" + Hex(f.color) + "\">";
      Html(f.name + ": " + relations);
      out_ += "</FONT></TD></TR>";
    }
  }

  void LegendNodeRow(const std::string& name, const Rgb& color, const std::string& shape) {
    out_ += "<TR><TD BGCOLOR=\"" + Hex(color) + "\"><FONT COLOR=\"" + TextColorOn(color) + "\">";
    Html(shape);
    out_ += "</FONT></TD><TD ALIGN=\"LEFT\">";
    Html(name);
    out_ += "</TD></TR>";
  }

  const Graph& g_;
  const Ontology& o_;
  const DotOptions& opt_;
  std::string out_;
  std::set<std::string> used_types_, used_families_;
};

}  // namespace

std::string SuitableLayout(const Graph& g, const DotOptions& options) {
  return g.num_nodes() >= options.sfdp_from_nodes || g.num_edges() >= options.sfdp_from_edges
             ? "sfdp"
             : "dot";
}

Status WriteDot(const Graph& g, const Ontology& ontology, std::ostream& out,
                const DotOptions& options) {
  std::string text = DotWriter(g, ontology, options).Write();
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!out) return Status::IOError("DOT output: write failed");
  return Status::Ok();
}

}  // namespace newsgraph
