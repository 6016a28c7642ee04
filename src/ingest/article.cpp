// Placeholder ingest: plain UTF-8 text only (issue 5 brings HTML and encodings).
#include "newsgraph/article.hpp"

namespace newsgraph {

Result<Article> LoadArticle(std::string_view bytes, std::string_view name) {
  Article a;
  a.name = std::string(name);
  a.text = std::string(bytes);
  a.format = "text";
  return a;
}

}  // namespace newsgraph
