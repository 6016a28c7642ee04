// newsgraph: turns English news articles into knowledge graphs.
#include <cstdio>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/command.hpp"

namespace {

struct CommandEntry {
  const char* name;
  const char* summary;
  int (*run)(const std::vector<std::string>&);
};

const CommandEntry kCommands[] = {
    {"extract", "extract a knowledge graph from articles (text or HTML)",
     newsgraph::cli::RunExtract},
    {"convert", "convert a graph between GraphML and DOT", newsgraph::cli::RunConvert},
    {"diff", "compare the facts of two articles or graphs", newsgraph::cli::RunDiff},
    {"add", "add articles to a knowledge base (SQLite store)", newsgraph::cli::RunAdd},
    {"export", "write the graph of a store, or of a slice of it", newsgraph::cli::RunExport},
    {"facts", "print a store's facts with their evidence", newsgraph::cli::RunFacts},
    {"stats", "count what a store holds", newsgraph::cli::RunStats},
};

void PrintUsage(std::FILE* to) {
  std::fprintf(to,
               "usage: newsgraph COMMAND [OPTIONS] ...\n\n"
               "Turns English news articles into knowledge graphs of who did what to whom.\n\n"
               "commands:\n");
  for (const auto& c : kCommands) std::fprintf(to, "  %-9s %s\n", c.name, c.summary);
  std::fprintf(to,
               "\noptions:\n"
               "  -h, --help     show this help (COMMAND --help for a command's)\n"
               "  --version      print the version\n\n"
               "exit codes: 0 success, 1 bad input, 2 usage error (diff: 0 same, 1 different, "
               "2 trouble)\n");
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  if (argc < 2) {
    PrintUsage(stderr);
    return newsgraph::cli::kExitUsage;
  }
  std::string first = argv[1];
  if (first == "-h" || first == "--help" || first == "help") {
    PrintUsage(stdout);
    return newsgraph::cli::kExitOk;
  }
  if (first == "--version") {
    std::printf("newsgraph %s\n", NEWSGRAPH_CLI_VERSION);
    return newsgraph::cli::kExitOk;
  }
  std::vector<std::string> args(argv + 2, argv + argc);
  for (const auto& c : kCommands) {
    if (first != c.name) continue;
    try {
      return c.run(args);
    } catch (const std::exception& e) {
      // Exceptions mean a broken invariant: report it plainly.
      std::fprintf(stderr, "newsgraph %s: internal error: %s\n", c.name, e.what());
      return newsgraph::cli::kExitBadInput;
    }
  }
  std::fprintf(stderr, "newsgraph: unknown command '%s'\n\n", first.c_str());
  PrintUsage(stderr);
  return newsgraph::cli::kExitUsage;
}
