// newsgraph convert IN OUT -- placeholder until the GraphML reader lands (issue 2).
#include "cli/command.hpp"

namespace newsgraph::cli {

int RunConvert(const std::vector<std::string>&) {
  PrintError("convert", "not built yet");
  return kExitUsage;
}

}  // namespace newsgraph::cli
