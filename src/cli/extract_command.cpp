// newsgraph extract ARTICLE... -o OUT
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <unistd.h>

#include "cli/command.hpp"
#include "newsgraph/article.hpp"
#include "newsgraph/batch.hpp"
#include "newsgraph/extractor.hpp"
#include "newsgraph/file_util.hpp"

namespace newsgraph::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> inputs;
  std::string output;       // required
  std::string format;       // a GraphFormats() name; empty = from the extension
  std::string schema_dir;   // empty = FindSchemaDir()
  std::string view;         // schemas/views.json name; empty = none
  bool quiet = false;
  bool explain = false;     // sentences, mentions and facts to stderr
  unsigned jobs = 0;        // extraction threads; 0 = all cores
};

CommandSpec ExtractSpec(ExtractOptions* opt) {
  using Arg = OptionSpec::Arg;
  return {
      "extract",
      "usage: newsgraph extract ARTICLE... -o OUT [--format FORMAT] [--schemas DIR] [-q]\n"
      "\n"
      "Reads news articles (plain text or saved HTML pages, detected by content) and writes\n"
      "the knowledge graph of who did what to whom. Several articles give one merged graph.\n"
      "An ARTICLE '-' is read from standard input.\n"
      "\n"
      "options:\n",
      "\n"
      "A bad article is reported and skipped; the others are still processed and written.\n"
      "exit codes: 0 all articles read, 1 some input was bad or the output could not be\n"
      "written, 2 usage error\n",
      21,
      {
          {"-o", "--output", Arg::kRequired, "OUT",
           "output file; '-' writes to standard output", StoreIn(&opt->output)},
          GraphFormatOption(&opt->format),
          JobsOption(&opt->jobs),
          ViewOption(&opt->view),
          {nullptr, "--schemas", Arg::kRequired, "DIR",
           "ontology and lexicons (default: $NEWSGRAPH_SCHEMAS, then the\n"
           "source tree's or the installed schemas/)",
           StoreIn(&opt->schema_dir)},
          {"-q", "--quiet", Arg::kNone, nullptr, "no progress line (shown on a terminal), notes or summary",
           SetTrue(&opt->quiet)},
          {nullptr, "--explain", Arg::kNone, nullptr,
           "print each sentence with its mentions ([Seoul=KOR]) and the\n"
           "facts read from it to standard error",
           SetTrue(&opt->explain)},
      },
  };
}

Status FinishArgs(const std::vector<std::string>& positional, ExtractOptions* opt) {
  opt->inputs = positional;
  if (opt->inputs.empty()) return Status::Usage("no article given");
  if (std::count(opt->inputs.begin(), opt->inputs.end(), "-") > 1) {
    return Status::Usage("only one article can be '-'");
  }
  if (opt->output.empty()) return Status::Usage("no output given (-o OUT)");
  NEWSGRAPH_RETURN_IF_ERROR(CheckViewOption(opt->view, FindSchemaDir(opt->schema_dir)));
  return ResolveOutputFormat(opt->output, &opt->format);
}

}  // namespace

int RunExtract(const std::vector<std::string>& args) {
  ExtractOptions opt;
  auto finish = [&opt](const std::vector<std::string>& rest) { return FinishArgs(rest, &opt); };
  if (std::optional<int> exit = ParseCommandLine(ExtractSpec(&opt), args, finish)) {
    return *exit;
  }
  const std::string schema_dir = FindSchemaDir(opt.schema_dir);
  Result<Extractor> extractor = Extractor::Load(schema_dir);
  if (!extractor.ok()) {
    PrintError("extract", extractor.status().message());
    return kExitBadInput;
  }
  Result<IngestOptions> ingest = IngestOptions::LoadDir(schema_dir);
  if (!ingest.ok()) {
    PrintError("extract", ingest.status().message());
    return kExitBadInput;
  }
  // Articles are read and extracted on opt.jobs threads and merged here in
  // input order: the graph is the same for any number of threads.
  ProgressLine progress(opt.inputs.size(), ProgressWanted(opt.quiet) && opt.inputs.size() > 1);
  BatchOptions batch;
  batch.jobs = opt.jobs;
  batch.explain = opt.explain;
  GraphMerger merger;  // linear in the articles (Graph::Merge one by one is quadratic)
  std::size_t failed = 0;
  Status batch_status = ExtractBatch(opt.inputs, extractor.value(), ingest.value(), batch,
                                     [&](BatchItem&& item) {
    progress.Update(item.index + 1);
    const std::string name = item.path == "-" ? "<stdin>" : item.path;
    if (!opt.quiet && !item.article.notes.empty()) {
      progress.Clear();
      for (const std::string& note : item.article.notes) PrintError("extract", name + ": " + note);
    }
    if (!item.explain.empty()) {
      progress.Clear();
      std::cerr << item.explain;
    }
    if (!item.status.ok()) {
      progress.Clear();
      PrintError("extract", item.status.message());
      ++failed;
    } else {
      merger.Add(item.graph);
    }
    return Status::Ok();
  });
  progress.Clear();
  Graph graph = std::move(merger).Finish();
  if (!batch_status.ok()) {
    PrintError("extract", batch_status.message());
    return kExitBadInput;
  }
  if (failed == opt.inputs.size()) {
    PrintError("extract", "no article could be read; nothing written");
    return kExitBadInput;
  }
  Status s = ApplyViewOption(opt.view, schema_dir, &graph);
  if (s.ok()) s = WriteGraphOutput(opt.output, opt.format, graph, extractor->ontology());
  if (!s.ok()) {
    PrintError("extract", s.message());
    return kExitBadInput;
  }
  if (!opt.quiet && (opt.inputs.size() > 1 || failed > 0)) {
    std::fprintf(stderr, "newsgraph extract: %zu article(s) read, %zu failed; %zu nodes, %zu edges -> %s\n",
                 opt.inputs.size() - failed, failed, graph.num_nodes(), graph.num_edges(),
                 opt.output.c_str());
  }
  return failed ? kExitBadInput : kExitOk;
}

}  // namespace newsgraph::cli
