// The subcommands of the newsgraph CLI. Each lives in its own file, declares
// its options in one struct (defaults there) and one CommandSpec table,
// calls the library and maps errors to exit codes. The parsing, the help
// text and the usage errors are the same mechanism for all (command_util.cpp).
#ifndef NEWSGRAPH_CLI_COMMAND_HPP_
#define NEWSGRAPH_CLI_COMMAND_HPP_

#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/formats.hpp"
#include "newsgraph/status.hpp"
#include "newsgraph/store.hpp"

namespace newsgraph::cli {

// Exit codes shared by every command (diff has its own, as diff(1), with the
// same values for help and usage errors).
constexpr int kExitOk = 0;
constexpr int kExitBadInput = 1;
constexpr int kExitUsage = 2;

// args excludes the program and command names.
int RunExtract(const std::vector<std::string>& args);
int RunConvert(const std::vector<std::string>& args);
int RunDiff(const std::vector<std::string>& args);
int RunAdd(const std::vector<std::string>& args);
int RunExport(const std::vector<std::string>& args);
int RunFacts(const std::vector<std::string>& args);
int RunStats(const std::vector<std::string>& args);

// One option of a command: how it is spelt, whether it takes a value, what
// it does with it and its line in the help.
struct OptionSpec {
  enum class Arg {
    kNone,      // a flag: apply gets ""
    kRequired,  // the next argument is the value ("-o OUT")
    kInline,    // "--name=VALUE", or "--name" alone for implicit_value
  };
  const char* short_name;  // "-o", or nullptr
  const char* long_name;   // "--output"
  Arg arg;
  const char* metavar;  // shown after the name: "OUT" (" OUT"), "[=WHEN]"; nullptr: none
  const char* help;     // "\n" continues under the help column
  std::function<Status(const std::string& value)> apply;  // an error ends the parse
  const char* alias = nullptr;           // also accepted, never shown ("--colour")
  const char* implicit_value = nullptr;  // kInline given without "=VALUE"
};

struct CommandSpec {
  const char* name;      // "extract"
  const char* intro;     // help text before the option lines, "options:\n" included
  const char* epilogue;  // help text after them
  int help_column;       // column where the option descriptions start
  std::vector<OptionSpec> options;  // "-h, --help" is added to all
};

// Appliers for the common cases: store the value, set a flag.
std::function<Status(const std::string&)> StoreIn(std::string* into);
std::function<Status(const std::string&)> SetTrue(bool* flag);
// "--format FORMAT" of the commands that write a graph (the formats of
// newsgraph/formats.hpp).
OptionSpec GraphFormatOption(std::string* format);

// The filters of the commands that read a store (export, facts): --entity,
// --depth, --type, --since, --until, --source, --article.
std::vector<OptionSpec> StoreFilterOptions(StoreFilter* filter);
// Opens the store path for reading with the schema of schema_dir.
Result<Store> OpenStoreForReading(const std::string& path, const std::string& schema_dir);

// "-j, --jobs N" of the commands that extract many articles (0 = all cores).
OptionSpec JobsOption(unsigned* jobs);

// The progress line of a long run on standard error ("[ 120/1000] 35.2
// articles/s, 0:25 left"), redrawn at most ten times a second; silent unless
// enabled (standard error a terminal and no -q: see ProgressWanted).
class ProgressLine {
 public:
  ProgressLine(std::size_t total, bool enabled);
  void Update(std::size_t done);
  // Clears the line so that a message can be printed; the next Update redraws.
  void Clear();
  // Clears the line for good.
  ~ProgressLine();

 private:
  std::size_t total_;
  bool enabled_, shown_ = false;
  double start_, last_ = -1;
};
bool ProgressWanted(bool quiet);

// "--view NAME" of the commands that write a graph (schemas/views.json).
OptionSpec ViewOption(std::string* view);
// Folds *g by the view named view (nothing when view is empty), with the
// views of schema_dir; an unknown view is a usage error.
Status ApplyViewOption(const std::string& view, const std::string& schema_dir, Graph* g);
// The same check before any work: a usage error for an unknown view.
Status CheckViewOption(const std::string& view, const std::string& schema_dir);

// The help text: intro, one line per option, "-h, --help", epilogue.
std::string HelpText(const CommandSpec& spec);

// Parses args left to right: options through spec (values taken as they are,
// even when they start with '-'), everything else (and "-") into positional.
// Stops at the first error, or at -h/--help with *help set.
Status ParseOptions(const CommandSpec& spec, const std::vector<std::string>& args,
                    std::vector<std::string>* positional, bool* help);

// The front of every command: ParseOptions, then finish(positional) for the
// checks and defaults that need all options. Returns the exit code to stop
// with after printing the help (kExitOk) or "newsgraph CMD: error" and "try
// 'newsgraph CMD --help'" (kExitUsage); nullopt when the command is to run.
std::optional<int> ParseCommandLine(
    const CommandSpec& spec, const std::vector<std::string>& args,
    const std::function<Status(const std::vector<std::string>& positional)>& finish);

// Resolves a graph output format (newsgraph::ResolveGraphFormat): "" becomes
// the format of output's extension, else graphml; *format is set to the
// format's name. An unknown format, or standard output for a format of
// several files, is a usage error.
Status ResolveOutputFormat(std::string_view output, std::string* format);

// Writes g in the format named format (resolved) to output: each part of
// the format to its PartPath, atomically, or to standard output for "-".
Status WriteGraphOutput(const std::string& output, const std::string& format, const Graph& g,
                        const Ontology& ontology, const GraphWriteOptions& options = {});

// Reads the whole file path, or standard input for "-".
Result<std::string> ReadInput(const std::string& path);

// Reads the GraphML file path, or standard input for "-" ("<stdin>" in
// errors), as a stream: memory holds the graph, not the document.
Result<Graph> ReadGraphmlInput(const std::string& path, const Ontology& ontology);

// Writes through write to the file path (atomically), or to standard output
// for "-" (flushed; a failed standard output is an error).
Status WriteOutput(const std::string& path, const std::function<Status(std::ostream&)>& write);

// Prints "newsgraph CMD: message" to stderr.
void PrintError(std::string_view command, std::string_view message);
// Maps a library status to an exit code (usage -> 2, anything else -> 1).
int ExitCodeFor(const Status& status);

}  // namespace newsgraph::cli

#endif  // NEWSGRAPH_CLI_COMMAND_HPP_
