// An article as the extractor sees it: clean UTF-8 text plus what is known of
// where it came from. Ingest turns the bytes of a file (plain text or an HTML
// page, in whatever encoding) into an Article.
#ifndef NEWSGRAPH_ARTICLE_HPP_
#define NEWSGRAPH_ARTICLE_HPP_

#include <string>
#include <string_view>

#include "newsgraph/status.hpp"

namespace newsgraph {

struct Article {
  std::string name;    // file name, used in evidence and error messages
  std::string text;    // clean UTF-8 body text; evidence offsets point into it
  std::string title;   // headline, when known
  std::string date;    // publication date, when known
  std::string source;  // publisher or address, when known
  std::string format;  // "text" or "html"
};

// Builds an Article from the raw bytes of a file named name: detects HTML by
// content, decodes, strips a BOM, normalizes line ends. Errors name the file
// and the byte offset of the offending input.
Result<Article> LoadArticle(std::string_view bytes, std::string_view name);

}  // namespace newsgraph

#endif  // NEWSGRAPH_ARTICLE_HPP_
