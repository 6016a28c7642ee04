// newsgraph convert IN OUT
#include <cstdio>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "newsgraph/file_util.hpp"
#include "newsgraph/graphml.hpp"
#include "newsgraph/ontology.hpp"

namespace newsgraph::cli {
namespace {

struct ConvertOptions {
  std::string input;       // required; "-" = standard input
  std::string output;      // required; "-" = standard output
  std::string format;      // a GraphFormats() name; empty = from the extension of output
  std::string schema_dir;  // empty = FindSchemaDir()
  std::string view;        // schemas/views.json name; empty = none
  bool legend = true;      // DOT legend
};

CommandSpec ConvertSpec(ConvertOptions* opt) {
  using Arg = OptionSpec::Arg;
  return {
      "convert",
      "usage: newsgraph convert IN OUT [--format FORMAT] [--schemas DIR] [--no-legend]\n"
      "\n"
      "Reads a GraphML graph (ours, or one written by networkx, igraph, yEd, Gephi ...) and\n"
      "writes it in any output format (GraphML, DOT ...). Attributes that are not ours are kept.\n"
      "\n"
      "arguments:\n"
      "  IN                 input GraphML file; '-' reads standard input\n"
      "  OUT                output file; '-' writes to standard output\n"
      "options:\n",
      "\n"
      "The output is written to a temporary file and renamed into place, so a failed run\n"
      "never leaves a half-written OUT.\n"
      "exit codes: 0 converted, 1 the input is bad or the output could not be written,\n"
      "2 usage error\n",
      21,
      {
          GraphFormatOption(&opt->format),
          ViewOption(&opt->view),
          {nullptr, "--schemas", Arg::kRequired, "DIR",
           "ontology, colours and GraphML keys (default: $NEWSGRAPH_SCHEMAS,\n"
           "then the source tree's or the installed schemas/)",
           StoreIn(&opt->schema_dir)},
          {nullptr, "--no-legend", Arg::kNone, nullptr, "DOT: leave out the legend",
           [opt](const std::string&) { return opt->legend = false, Status::Ok(); }},
      },
  };
}

Status FinishArgs(const std::vector<std::string>& positional, ConvertOptions* opt) {
  if (positional.size() != 2) {
    return Status::Usage("expected IN and OUT, got " + std::to_string(positional.size()) +
                         " argument(s)");
  }
  opt->input = positional[0];
  opt->output = positional[1];
  NEWSGRAPH_RETURN_IF_ERROR(CheckViewOption(opt->view, FindSchemaDir(opt->schema_dir)));
  return ResolveOutputFormat(opt->output, &opt->format);
}

}  // namespace

int RunConvert(const std::vector<std::string>& args) {
  ConvertOptions opt;
  auto finish = [&opt](const std::vector<std::string>& rest) { return FinishArgs(rest, &opt); };
  if (std::optional<int> exit = ParseCommandLine(ConvertSpec(&opt), args, finish)) {
    return *exit;
  }
  const std::string schema_dir = FindSchemaDir(opt.schema_dir);
  Result<Ontology> ontology = Ontology::LoadDir(schema_dir);
  if (!ontology.ok()) {
    PrintError("convert", ontology.status().message());
    return kExitBadInput;
  }
  Result<Graph> graph = ReadGraphmlInput(opt.input, ontology.value());
  if (!graph.ok()) {
    PrintError("convert", graph.status().message());
    return kExitBadInput;
  }
  GraphWriteOptions write;
  write.dot.legend = opt.legend;
  Status s = ApplyViewOption(opt.view, schema_dir, &graph.value());
  if (s.ok()) s = WriteGraphOutput(opt.output, opt.format, graph.value(), ontology.value(), write);
  if (!s.ok()) {
    PrintError("convert", s.message());
    return kExitBadInput;
  }
  return kExitOk;
}

}  // namespace newsgraph::cli
