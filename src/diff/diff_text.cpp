// The text report: one fact a line, then a summary.
#include <cstdio>

#include "diff/diff_attributes.hpp"
#include "newsgraph/diff.hpp"

namespace newsgraph {
namespace {

using diff_internal::Attribute;
using diff_internal::AttributeCollector;
using diff_internal::DescribeChanges;
using diff_internal::IsBareWord;

char Sign(Change change) { return diff_internal::ByChange(change, '+', '-', '~', ' '); }

// A value as a report shows it: ids and codes bare, text quoted.
std::string Show(std::string_view value) {
  return IsBareWord(value) ? std::string(value) : QuoteInput(value, diff_internal::kMaxShown);
}

class TextWriter {
 public:
  TextWriter(const GraphDiff& diff, const DiffStyle& style, const DiffWriteOptions& options,
             std::ostream& out)
      : diff_(diff), style_(style), options_(options), out_(out), attrs_(diff.options()) {}

  void Write() {
    if (!options_.old_name.empty() || !options_.new_name.empty()) {
      out_ << "--- " << options_.old_name << "\n+++ " << options_.new_name << '\n';
    }
    if (options_.stat) {
      WriteStat();
    } else {
      for (const NodeDiff& n : diff_.nodes()) {
        if (n.change != Change::kUnchanged && options_.only.Shows(n.change)) WriteNode(n);
      }
      for (const EdgeDiff& e : diff_.edges()) {
        if (e.change != Change::kUnchanged && options_.only.Shows(e.change)) WriteEdge(e);
      }
    }
    out_ << "nodes: " << Counts(diff_.node_counts()) << "; edges: " << Counts(diff_.edge_counts())
         << '\n';
  }

 private:
  void BeginLine(Change change) {
    if (options_.color) {
      const std::string& code = diff_internal::ByChange<const std::string&>(
          change, style_.ansi_added, style_.ansi_removed, style_.ansi_changed, style_.ansi_changed);
      if (!code.empty()) out_ << "\033[" << code << 'm';
    }
    out_ << Sign(change) << ' ';
  }

  void EndLine() {
    if (options_.color) out_ << "\033[0m";
    out_ << '\n';
  }

  void WriteNode(const NodeDiff& n) {
    BeginLine(n.change);
    const NodeData& d = n.current();
    out_ << "node " << d.id;
    if (n.change == Change::kChanged) {
      out_ << ": " << DescribeChanges(n.changes);
    } else {
      out_ << " (" << (d.type.empty() ? "?" : d.type);
      if (!d.kind.empty()) out_ << ' ' << d.kind;
      if (!d.label.empty() && d.label != d.id) out_ << ' ' << '"' << d.label << '"';
      out_ << ')';
    }
    EndLine();
  }

  void WriteEdge(const EdgeDiff& e) {
    BeginLine(e.change);
    out_ << e.source->id << ' ' << e.type() << ' ' << e.target->id;
    if (e.change == Change::kChanged) {
      out_ << ": " << DescribeChanges(e.changes);
    } else {
      const std::vector<Attribute>& attrs = attrs_.Of(e.current());
      const char* sep = " (";
      for (const Attribute& a : attrs) {
        out_ << sep << a.name << ' ' << Show(a.value);
        sep = ", ";
      }
      if (!attrs.empty()) out_ << ')';
    }
    EndLine();
  }

  void WriteStat() {
    char line[160];
    std::snprintf(line, sizeof line, "%-14s %8s %8s %8s %10s\n", "relation", "added", "removed",
                  "changed", "unchanged");
    out_ << line;
    auto row = [&](const std::string& name, const ChangeCounts& c) {
      const bool shown = (options_.only.added && c.added) ||
                         (options_.only.removed && c.removed) ||
                         (options_.only.changed && c.changed);
      if (!shown) return;
      std::snprintf(line, sizeof line, "%-14s %8zu %8zu %8zu %10zu\n", name.c_str(), c.added,
                    c.removed, c.changed, c.unchanged);
      out_ << line;
    };
    for (const auto& [type, counts] : diff_.relation_counts()) row(type, counts);
    row("(nodes)", diff_.node_counts());
  }

  static std::string Counts(const ChangeCounts& c) {
    return std::to_string(c.added) + " added, " + std::to_string(c.removed) + " removed, " +
           std::to_string(c.changed) + " changed, " + std::to_string(c.unchanged) + " unchanged";
  }

  const GraphDiff& diff_;
  const DiffStyle& style_;
  const DiffWriteOptions& options_;
  std::ostream& out_;
  AttributeCollector attrs_;
};

}  // namespace

Status WriteDiffText(const GraphDiff& diff, const DiffStyle& style, const DiffWriteOptions& options,
                     std::ostream& out) {
  TextWriter(diff, style, options, out).Write();
  out.flush();
  if (!out) return Status::IOError("writing the diff failed");
  return Status::Ok();
}

}  // namespace newsgraph
