#include "nlp/resource.hpp"

#include <cstdlib>

#include "newsgraph/file_util.hpp"

namespace newsgraph::nlp {

std::string ResolveResourceDir(std::string_view dir, const char* env, std::string_view fallback) {
  if (!dir.empty()) return std::string(dir);
  if (const char* value = std::getenv(env); value && *value) return value;
  return std::string(fallback);
}

Status ReadResource(const std::string& path, std::string_view package, std::string_view env,
                    std::string* out) {
  Result<std::string> data = ReadFile(path);
  if (!data.ok()) {
    return Status::NotFound(path + ": cannot read it (install the Debian package " +
                            std::string(package) + ", or set " + std::string(env) +
                            " to a directory holding it): " + data.status().message());
  }
  *out = std::move(data.value());
  return Status::Ok();
}

}  // namespace newsgraph::nlp
