// newsgraph diff OLD NEW: the facts that differ between two articles or graphs.
#include <cstdio>
#include <cstdlib>
#include <future>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include <unistd.h>

#include "cli/command.hpp"
#include "newsgraph/article.hpp"
#include "newsgraph/diff.hpp"
#include "newsgraph/extractor.hpp"
#include "newsgraph/file_util.hpp"
#include "newsgraph/graphml.hpp"

namespace newsgraph::cli {
namespace {

// diff(1)'s exit codes.
constexpr int kSame = 0;
constexpr int kDifferent = 1;
constexpr int kTrouble = 2;

struct DiffCommandOptions {
  std::string old_path, new_path;
  std::string output = "-";
  std::string format;       // text | json | a GraphFormats() name; empty = from the extension
  std::string color = "auto";
  std::optional<ChangeFilter> only;  // unset = the format's default
  DiffOptions diff;
  bool stat = false;
  std::string schema_dir;   // empty = FindSchemaDir()
  std::string versions;     // a story of the store OLD: diff two of its versions
  int old_version = 0, new_version = 0;  // 0 = the latest two
  std::string view;         // both sides folded by this view first; empty = none
};

CommandSpec DiffSpec(DiffCommandOptions* opt) {
  using Arg = OptionSpec::Arg;
  return {
      "diff",
      "usage: newsgraph diff OLD NEW [options]\n"
      "       newsgraph diff STORE.db --versions URL|TITLE [OLD_VERSION NEW_VERSION] [options]\n"
      "\n"
      "Compares the facts of two versions of a story: which nodes and facts were added,\n"
      "removed or changed, not which words. OLD and NEW are each an article (text or HTML,\n"
      "extracted on the fly) or a graph (GraphML: by extension .graphml/.xml or by content);\n"
      "'-' reads standard input. A node is its canonical id; a fact is (source, type, target),\n"
      "and its attributes that differ (asserted_by, date, roles, label ...) are its changes.\n"
      "\n"
      "options:\n",
      "\n"
      "text output: '+' added, '-' removed, '~' changed, one node or fact a line, then counts.\n"
      "graph output (graphml, gexf, dot ...): the union of both graphs, every element carrying\n"
      "change=added|removed|changed|unchanged and coloured by it.\n"
      "exit codes: 0 no differences, 1 differences, 2 trouble\n",
      24,
      {
          {"-o", "--output", Arg::kRequired, "OUT", "write to OUT instead of standard output",
           StoreIn(&opt->output)},
          {nullptr, "--format", Arg::kRequired, "FORMAT",
           "text, json (the report), or a graph format: graphml, gexf,\n"
           "node-link (JSON), csv, dot, svg, png, html ... (default: from\n"
           "OUT's extension, .json being the report, else text)",
           StoreIn(&opt->format)},
          {nullptr, "--color", Arg::kInline, "[=WHEN]",
           "colour text output: auto (default: on a terminal), always, never", StoreIn(&opt->color),
           "--colour", "always"},
          {nullptr, "--only", Arg::kRequired, "LIST",
           "report only these changes: added,removed,changed\n"
           "(graph formats also accept unchanged; default: all of them)",
           [opt](const std::string& v) -> Status {
             Result<ChangeFilter> f = ChangeFilter::Parse(v);
             if (!f.ok()) return f.status();
             opt->only = f.value();
             return Status::Ok();
           }},
          {nullptr, "--ignore", Arg::kRequired, "ATTR,...",
           "never compare these attributes (label, date, asserted_by, a role)",
           [opt](std::string v) {
             for (char& c : v) c = c == ',' ? '|' : c;
             for (const std::string& item : SplitValues(v)) opt->diff.ignore.push_back(item);
             return Status::Ok();
           }},
          {nullptr, "--evidence", Arg::kNone, nullptr,
           "also compare evidence text, offsets, confidence, weight, mentions",
           SetTrue(&opt->diff.evidence)},
          {nullptr, "--stat", Arg::kNone, nullptr, "only the counts, per relation type",
           SetTrue(&opt->stat)},
          {nullptr, "--versions", Arg::kRequired, "STORY",
           "compare two versions of a story of a store (newsgraph add):\n"
           "its address, title or a file name; the latest two, or the\n"
           "version numbers given after the store",
           StoreIn(&opt->versions)},
          ViewOption(&opt->view),
          {nullptr, "--schemas", Arg::kRequired, "DIR",
           "ontology, lexicons and diff-style.json (default: $NEWSGRAPH_SCHEMAS,\n"
           "then the source tree's or the installed schemas/)",
           StoreIn(&opt->schema_dir)},
      },
  };
}

// The report formats; every other name is a graph format (formats.hpp).
bool IsReportFormat(std::string_view format) { return format == "text" || format == "json"; }

std::string FormatFor(std::string_view output) {
  if (FileExtension(output) == "json") return "json";
  const GraphFormat* f = GraphFormatForPath(output);
  return f ? f->name : "text";
}

// "STORE.db [OLD_VERSION NEW_VERSION]" of --versions.
Status FinishVersionArgs(const std::vector<std::string>& inputs, DiffCommandOptions* opt) {
  if (inputs.size() != 1 && inputs.size() != 3) {
    return Status::Usage("--versions takes a store and optionally two version numbers, got " +
                         std::to_string(inputs.size()) + " input(s)");
  }
  opt->old_path = inputs[0];
  for (std::size_t i = 1; i < inputs.size(); ++i) {
    char* end = nullptr;
    long v = std::strtol(inputs[i].c_str(), &end, 10);
    if (inputs[i].empty() || *end != '\0' || v < 1) {
      return Status::Usage("a version number is 1, 2, ..., not " + QuoteInput(inputs[i]));
    }
    (i == 1 ? opt->old_version : opt->new_version) = static_cast<int>(v);
  }
  return Status::Ok();
}

Status FinishArgs(const std::vector<std::string>& given, DiffCommandOptions* opt) {
  std::vector<std::string> inputs = given;
  if (!opt->versions.empty()) {
    NEWSGRAPH_RETURN_IF_ERROR(FinishVersionArgs(given, opt));
    inputs = {opt->old_path, opt->old_path};  // the other checks as for two inputs
  }
  if (inputs.size() != 2) {
    return Status::Usage("expected two inputs (OLD NEW), got " + std::to_string(inputs.size()));
  }
  if (inputs[0] == "-" && inputs[1] == "-") return Status::Usage("only one input can be '-'");
  opt->old_path = inputs[0];
  opt->new_path = inputs[1];
  if (opt->format.empty()) opt->format = FormatFor(opt->output);
  if (!IsReportFormat(opt->format)) {
    if (FindGraphFormat(opt->format) == nullptr) {
      return Status::Usage("unknown format " + QuoteInput(opt->format) + " (text, json, " +
                           GraphFormatNames() + ")");
    }
    // Checked on a copy: the name stays as given, "node-link" must not
    // become "json", the report.
    std::string graph_format = opt->format;
    NEWSGRAPH_RETURN_IF_ERROR(ResolveOutputFormat(opt->output, &graph_format));
  }
  NEWSGRAPH_RETURN_IF_ERROR(CheckViewOption(opt->view, FindSchemaDir(opt->schema_dir)));
  if (opt->color != "auto" && opt->color != "always" && opt->color != "never") {
    return Status::Usage("unknown --color value " + QuoteInput(opt->color) +
                         " (auto, always or never)");
  }
  const bool graph_format = !IsReportFormat(opt->format);
  if (opt->only && opt->only->unchanged && !graph_format) {
    return Status::Usage("--only unchanged needs a graph format (graphml, gexf, dot ...)");
  }
  if (!opt->only) {
    opt->only = ChangeFilter();
    opt->only->unchanged = graph_format;  // a diff graph shows the whole union
  }
  return Status::Ok();
}

// One side of the diff: its bytes, and whether they are a GraphML document.
// A GraphML file told by its name is not read here but streamed when parsed
// (memory holds its graph, not the document).
struct Side {
  std::string path;
  std::string name;  // the path as given, or "<stdin>"
  std::string bytes;
  bool graphml = false;
  bool streamed = false;  // bytes not read: parse from path
};

Result<Side> ReadSide(const std::string& path) {
  Side side;
  side.path = path;
  side.name = path == "-" ? "<stdin>" : path;
  if (path != "-" && LooksLikeGraphml("", path)) {
    side.graphml = side.streamed = true;
    return side;
  }
  if (path == "-") {
    side.bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (std::cin.bad()) return Status::IOError("<stdin>: read failed");
  } else {
    Result<std::string> bytes = ReadFile(path);
    if (!bytes.ok()) return bytes.status();
    side.bytes = std::move(bytes.value());
  }
  side.graphml = LooksLikeGraphml(side.bytes, path == "-" ? "" : path);
  return side;
}

// A GraphML side as it is; an article through the extractor.
// REQUIRES: extractor is set when the side is an article. Thread-safe.
Result<Graph> ParseSide(const Side& side, const Ontology& ontology, const Extractor* extractor) {
  if (side.graphml) {
    Result<Graph> g = side.streamed ? ReadGraphmlInput(side.path, ontology)
                                    : ReadGraphml(side.bytes, side.name, ontology);
    if (!g.ok() && g.status().message().find(side.name) == std::string::npos) {
      return g.status().WithContext(side.name);
    }
    return g;
  }
  Result<Article> article =
      LoadArticle(side.bytes, side.name == "<stdin>" ? side.name : FileName(side.name));
  if (!article.ok()) return article.status().WithContext(side.name);
  Graph g;
  Status s = extractor->Extract(article.value(), &g);
  if (!s.ok()) return s.WithContext(side.name);
  return g;
}

// Reads and parses both sides; the two parses run in parallel (the GraphML
// reader and the extractor are thread-safe), which halves the wall time of
// large graphs.
// The graphs of two versions of a story in the store opt.old_path; the
// report names them STORE.db:vN:FILE.
Status LoadVersions(DiffCommandOptions* opt, const std::string& schema_dir,
                    std::optional<Graph>* old_graph, std::optional<Graph>* new_graph) {
  Result<Store> store = OpenStoreForReading(opt->old_path, schema_dir);
  if (!store.ok()) return store.status();
  Result<VersionPair> pair = store->LoadVersions(opt->versions, opt->old_version, opt->new_version);
  if (!pair.ok()) return pair.status();
  const std::string store_path = opt->old_path;
  auto name = [&](const StoredArticle& a) {
    return store_path + ":v" + std::to_string(a.version) + ":" + a.name;
  };
  opt->old_path = name(pair->old_article);
  opt->new_path = name(pair->new_article);
  old_graph->emplace(std::move(pair->old_graph));
  new_graph->emplace(std::move(pair->new_graph));
  return Status::Ok();
}

Status LoadBoth(const DiffCommandOptions& opt, const Ontology& ontology,
                const std::string& schema_dir, std::optional<Graph>* old_graph,
                std::optional<Graph>* new_graph) {
  Result<Side> old_side = ReadSide(opt.old_path);
  if (!old_side.ok()) return old_side.status();
  Result<Side> new_side = ReadSide(opt.new_path);
  if (!new_side.ok()) return new_side.status();
  std::optional<Extractor> extractor;
  if (!old_side->graphml || !new_side->graphml) {
    Result<Extractor> loaded = Extractor::Load(schema_dir);
    if (!loaded.ok()) return loaded.status();
    extractor.emplace(std::move(loaded.value()));
  }
  const Extractor* e = extractor ? &*extractor : nullptr;
  auto old_future = std::async(std::launch::async, [&] {
    return ParseSide(old_side.value(), ontology, e);
  });
  Result<Graph> parsed_new = ParseSide(new_side.value(), ontology, e);
  Result<Graph> parsed_old = old_future.get();
  if (!parsed_old.ok()) return parsed_old.status();
  if (!parsed_new.ok()) return parsed_new.status();
  old_graph->emplace(std::move(parsed_old.value()));
  new_graph->emplace(std::move(parsed_new.value()));
  return Status::Ok();
}

bool UseColor(const DiffCommandOptions& opt) {
  if (opt.format != "text") return false;
  if (opt.color != "auto") return opt.color == "always";
  if (opt.output != "-" || !::isatty(1)) return false;
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  return (no_color == nullptr || *no_color == '\0') &&
         (term == nullptr || std::string_view(term) != "dumb");
}

Status WriteReport(const GraphDiff& diff, const Ontology& ontology, const DiffStyle& style,
                   const DiffCommandOptions& opt) {
  DiffWriteOptions w;
  w.only = *opt.only;
  w.stat = opt.stat;
  w.color = UseColor(opt);
  w.old_name = opt.old_path;
  w.new_name = opt.new_path;
  if (!IsReportFormat(opt.format)) {
    Graph g = BuildDiffGraph(diff, w.only, style);
    g.attributes()["title"] = "newsgraph diff " + opt.old_path + " " + opt.new_path;
    return WriteGraphOutput(opt.output, opt.format, g, ontology, DiffGraphWriteOptions(style));
  }
  auto write = [&](std::ostream& out) -> Status {
    if (opt.format == "json") return WriteDiffJson(diff, w, out);
    return WriteDiffText(diff, style, w, out);
  };
  return WriteOutput(opt.output, write);
}

}  // namespace

int RunDiff(const std::vector<std::string>& args) {
  DiffCommandOptions opt;
  auto finish = [&opt](const std::vector<std::string>& rest) { return FinishArgs(rest, &opt); };
  if (std::optional<int> exit = ParseCommandLine(DiffSpec(&opt), args, finish)) {
    return *exit == kExitOk ? kSame : kTrouble;
  }
  const std::string schema_dir = FindSchemaDir(opt.schema_dir);
  Result<Ontology> ontology = Ontology::LoadDir(schema_dir);
  Result<DiffStyle> style = ontology.ok() ? DiffStyle::LoadDir(schema_dir)
                                          : Result<DiffStyle>(ontology.status());
  if (!style.ok()) {
    PrintError("diff", style.status().message());
    return kTrouble;
  }
  // Display attributes of graph tools (Gephi's r, g, b ...) are never facts.
  for (const std::string& a : style->display_attributes) opt.diff.ignore.push_back(a);

  std::optional<Graph> old_graph, new_graph;
  Status s = opt.versions.empty()
                 ? LoadBoth(opt, ontology.value(), schema_dir, &old_graph, &new_graph)
                 : LoadVersions(&opt, schema_dir, &old_graph, &new_graph);
  if (!s.ok()) {
    PrintError("diff", s.message());
    return kTrouble;
  }
  for (Graph* side : {&*old_graph, &*new_graph}) {
    if (s.ok()) s = ApplyViewOption(opt.view, schema_dir, side);
  }
  if (!s.ok()) {
    PrintError("diff", s.message());
    return kTrouble;
  }
  GraphDiff diff = DiffGraphs(*old_graph, *new_graph, opt.diff);
  s = WriteReport(diff, ontology.value(), style.value(), opt);
  if (!s.ok()) {
    PrintError("diff", s.message());
    return kTrouble;
  }
  return diff.HasDifferences(*opt.only) ? kDifferent : kSame;
}

}  // namespace newsgraph::cli
