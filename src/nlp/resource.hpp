// The linguistic resources src/nlp reads at run time (the tagger model, WordNet)
// come from Debian packages: where to find them and how to read them line by line.
#ifndef NEWSGRAPH_NLP_RESOURCE_HPP_
#define NEWSGRAPH_NLP_RESOURCE_HPP_

#include <string>
#include <string_view>

#include "newsgraph/status.hpp"

namespace newsgraph::nlp {

// dir, or the value of the environment variable env when dir is empty, or fallback.
std::string ResolveResourceDir(std::string_view dir, const char* env, std::string_view fallback);

// Reads the file at path whole into *out. A failure is kNotFound naming the
// file, the Debian package that ships it and the variable that moves it.
Status ReadResource(const std::string& path, std::string_view package, std::string_view env,
                    std::string* out);

// Cuts the next line (without its '\n') off *rest into *line; false when
// *rest is empty.
inline bool NextLine(std::string_view* rest, std::string_view* line) {
  if (rest->empty()) return false;
  std::size_t nl = rest->find('\n');
  *line = rest->substr(0, nl);
  rest->remove_prefix(nl == std::string_view::npos ? rest->size() : nl + 1);
  return true;
}

}  // namespace newsgraph::nlp

#endif  // NEWSGRAPH_NLP_RESOURCE_HPP_
