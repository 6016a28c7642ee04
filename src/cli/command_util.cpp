#include <cstdio>
#include <string>

#include "cli/command.hpp"

namespace newsgraph::cli {

void PrintError(std::string_view command, std::string_view message) {
  std::fprintf(stderr, "newsgraph %.*s: %.*s\n", static_cast<int>(command.size()), command.data(),
               static_cast<int>(message.size()), message.data());
}

int ExitCodeFor(const Status& status) {
  if (status.ok()) return kExitOk;
  return status.code() == Status::Code::kUsage ? kExitUsage : kExitBadInput;
}

}  // namespace newsgraph::cli
