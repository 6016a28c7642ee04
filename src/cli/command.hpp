// The subcommands of the newsgraph CLI. Each lives in its own file, parses its
// own options into one struct, calls the library and maps errors to exit codes.
#ifndef NEWSGRAPH_CLI_COMMAND_HPP_
#define NEWSGRAPH_CLI_COMMAND_HPP_

#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/status.hpp"

namespace newsgraph::cli {

// Exit codes shared by every command (diff has its own, as diff(1)).
constexpr int kExitOk = 0;
constexpr int kExitBadInput = 1;
constexpr int kExitUsage = 2;

// args excludes the program and command names.
int RunExtract(const std::vector<std::string>& args);
int RunConvert(const std::vector<std::string>& args);
int RunDiff(const std::vector<std::string>& args);

// Prints "newsgraph CMD: message" to stderr.
void PrintError(std::string_view command, std::string_view message);
// Maps a library status to an exit code (usage -> 2, anything else -> 1).
int ExitCodeFor(const Status& status);

}  // namespace newsgraph::cli

#endif  // NEWSGRAPH_CLI_COMMAND_HPP_
