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
#include "newsgraph/extractor.hpp"
#include "newsgraph/file_util.hpp"

namespace newsgraph::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> inputs;
  std::string output;       // required
  std::string format;       // a GraphFormats() name; empty = from the extension
  std::string schema_dir;   // empty = FindSchemaDir()
  bool quiet = false;
  bool explain = false;     // sentences, mentions and facts to stderr
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
          {nullptr, "--schemas", Arg::kRequired, "DIR",
           "ontology and lexicons (default: $NEWSGRAPH_SCHEMAS, then the\n"
           "source tree's or the installed schemas/)",
           StoreIn(&opt->schema_dir)},
          {"-q", "--quiet", Arg::kNone, nullptr, "no progress or summary on standard error",
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
  const bool progress = !opt.quiet && opt.inputs.size() > 1 && ::isatty(2);
  Graph graph;
  std::size_t failed = 0;
  for (std::size_t i = 0; i < opt.inputs.size(); ++i) {
    const std::string& path = opt.inputs[i];
    if (progress) std::fprintf(stderr, "\r[%zu/%zu] %s\033[K", i + 1, opt.inputs.size(), path.c_str());
    Result<std::string> bytes = ReadInput(path);
    Status st = bytes.status();
    if (bytes.ok()) {
      // Errors name the path the user gave; the article keeps its file name.
      const std::string name = path == "-" ? "<stdin>" : path;
      Result<Article> article = LoadArticle(bytes.value(), name, ingest.value());
      if (article.ok()) {
        article->name = path == "-" ? "stdin" : FileName(path);
        if (!opt.quiet && !article->notes.empty()) {
          if (progress) std::fputs("\n", stderr);
          for (const std::string& note : article->notes) PrintError("extract", name + ": " + note);
        }
        st = extractor->Extract(article.value(), &graph, opt.explain ? &std::cerr : nullptr);
      } else {
        st = article.status();
      }
    }
    if (!st.ok()) {
      if (progress) std::fputs("\n", stderr);
      PrintError("extract", st.message());
      ++failed;
    }
  }
  if (progress) std::fputs("\n", stderr);
  if (failed == opt.inputs.size()) {
    PrintError("extract", "no article could be read; nothing written");
    return kExitBadInput;
  }
  Status s = WriteGraphOutput(opt.output, opt.format, graph, extractor->ontology());
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
