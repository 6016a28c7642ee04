// newsgraph diff OLD NEW -- placeholder until the diff lands (issue 4).
#include "cli/command.hpp"

namespace newsgraph::cli {

int RunDiff(const std::vector<std::string>&) {
  PrintError("diff", "not built yet");
  return kExitUsage;
}

}  // namespace newsgraph::cli
