// newsgraph convert IN OUT
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "newsgraph/dot.hpp"
#include "newsgraph/file_util.hpp"
#include "newsgraph/graphml.hpp"
#include "newsgraph/ontology.hpp"

namespace newsgraph::cli {
namespace {

constexpr char kConvertHelp[] =
    "usage: newsgraph convert IN OUT [--format graphml|dot] [--schemas DIR] [--no-legend]\n"
    "\n"
    "Reads a GraphML graph (ours, or one written by networkx, igraph, yEd, Gephi ...) and\n"
    "writes it as GraphML or Graphviz DOT. Attributes that are not ours are kept.\n"
    "\n"
    "arguments:\n"
    "  IN                 input GraphML file; '-' reads standard input\n"
    "  OUT                output file; '-' writes to standard output\n"
    "options:\n"
    "  --format FORMAT    graphml or dot (default: from OUT's extension, else graphml)\n"
    "  --schemas DIR      ontology, colours and GraphML keys (default: $NEWSGRAPH_SCHEMAS,\n"
    "                     then the source tree's or the installed schemas/)\n"
    "  --no-legend        DOT: leave out the legend\n"
    "  -h, --help         show this help\n"
    "\n"
    "The output is written to a temporary file and renamed into place, so a failed run\n"
    "never leaves a half-written OUT.\n"
    "exit codes: 0 converted, 1 the input is bad or the output could not be written,\n"
    "2 usage error\n";

struct ConvertOptions {
  std::string input;       // required; "-" = standard input
  std::string output;      // required; "-" = standard output
  std::string format;      // graphml | dot; empty = from the extension of output
  std::string schema_dir;  // empty = FindSchemaDir()
  bool legend = true;      // DOT legend
};

Status ParseArgs(const std::vector<std::string>& args, ConvertOptions* opt, bool* help) {
  std::vector<std::string> positional;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string* into) -> Status {
      if (i + 1 >= args.size()) return Status::Usage("option " + a + " needs a value");
      *into = args[++i];
      return Status::Ok();
    };
    if (a == "-h" || a == "--help") {
      *help = true;
      return Status::Ok();
    } else if (a == "--format") {
      NEWSGRAPH_RETURN_IF_ERROR(value(&opt->format));
    } else if (a == "--schemas") {
      NEWSGRAPH_RETURN_IF_ERROR(value(&opt->schema_dir));
    } else if (a == "--no-legend") {
      opt->legend = false;
    } else if (a.size() > 1 && a[0] == '-') {
      return Status::Usage("unknown option " + QuoteInput(a));
    } else {
      positional.push_back(a);
    }
  }
  if (positional.size() != 2) {
    return Status::Usage("expected IN and OUT, got " + std::to_string(positional.size()) +
                         " argument(s)");
  }
  opt->input = positional[0];
  opt->output = positional[1];
  if (opt->format.empty()) opt->format = FileExtension(opt->output) == "dot" ? "dot" : "graphml";
  if (opt->format != "graphml" && opt->format != "dot") {
    return Status::Usage("unknown format " + QuoteInput(opt->format) + " (graphml or dot)");
  }
  return Status::Ok();
}

Result<std::string> ReadInput(const std::string& path) {
  if (path != "-") return ReadFile(path);
  std::string data(std::istreambuf_iterator<char>(std::cin), {});
  if (std::cin.bad()) return Status::IOError("standard input: read failed");
  return data;
}

}  // namespace

int RunConvert(const std::vector<std::string>& args) {
  ConvertOptions opt;
  bool help = false;
  Status s = ParseArgs(args, &opt, &help);
  if (help) {
    std::fputs(kConvertHelp, stdout);
    return kExitOk;
  }
  if (!s.ok()) {
    PrintError("convert", s.message());
    std::fputs("try 'newsgraph convert --help'\n", stderr);
    return kExitUsage;
  }
  Result<Ontology> ontology = Ontology::LoadDir(FindSchemaDir(opt.schema_dir));
  if (!ontology.ok()) {
    PrintError("convert", ontology.status().message());
    return kExitBadInput;
  }
  Result<std::string> text = ReadInput(opt.input);
  if (!text.ok()) {
    PrintError("convert", text.status().message());
    return kExitBadInput;
  }
  Result<Graph> graph =
      ReadGraphml(text.value(), opt.input == "-" ? "<stdin>" : opt.input, ontology.value());
  if (!graph.ok()) {
    PrintError("convert", graph.status().message());
    return kExitBadInput;
  }
  DotOptions dot;
  dot.legend = opt.legend;
  auto write = [&](std::ostream& out) {
    return opt.format == "dot" ? WriteDot(graph.value(), ontology.value(), out, dot)
                               : WriteGraphml(graph.value(), ontology.value(), out);
  };
  if (opt.output == "-") {
    s = write(std::cout);
    std::cout.flush();
    if (s.ok() && !std::cout) s = Status::IOError("standard output: write failed");
  } else {
    s = WriteFileAtomically(opt.output, write);
  }
  if (!s.ok()) {
    PrintError("convert", s.message());
    return kExitBadInput;
  }
  return kExitOk;
}

}  // namespace newsgraph::cli
