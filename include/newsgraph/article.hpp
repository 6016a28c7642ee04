// An article as the extractor sees it: clean UTF-8 text plus what is known of
// where it came from. Ingest turns the bytes of a file (plain text or an HTML
// page, in whatever encoding) into an Article.
//
//   Result<IngestOptions> options = IngestOptions::LoadDir(FindSchemaDir());
//   Result<Article> a = LoadArticle(bytes, "page.html", options.value());
//   if (!a.ok()) Report(a.status().message());  // "page.html: byte offset 7: ..."
//   for (const auto& note : a->notes) Warn(note);   // "decoded 2 byte(s) as Windows-1252 ..."
#ifndef NEWSGRAPH_ARTICLE_HPP_
#define NEWSGRAPH_ARTICLE_HPP_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/debris.hpp"
#include "newsgraph/html.hpp"
#include "newsgraph/status.hpp"

namespace newsgraph {

struct Article {
  std::string name;    // file name, used in evidence and error messages
  std::string text;    // clean UTF-8 body text; evidence offsets point into it
  std::string title;   // headline, when known
  std::string date;    // publication date, when known
  std::string source;  // publisher or address, when known
  std::string format;  // "text" or "html"
  std::string encoding;             // what the bytes were: "utf-8", "utf-16le", ...
  std::vector<std::string> notes;   // conversions made, for the user ("name: ..." not included)
  std::string url;                  // the page's own address, when known (HTML)
};

// What ingest knows, from <schema_dir>/ingest/: the debris phrases and the
// HTML rules, plus size limits.
struct IngestOptions {
  DebrisFilter debris;  // lines dropped from every article
  HtmlRules html;       // how a web page's article text is found
  HtmlLimits html_limits;
  // Larger files are refused before decoding (a saved page with inline
  // scripts and images can be several MB; 100 MB is not an article).
  std::size_t max_bytes = 64u * 1024 * 1024;
  // Larger article texts (after HTML extraction and cleaning) are refused: a
  // news article is well under 100 KB, and the extractor's time grows faster
  // than the text on fact-dense input (docs/limits.md).
  std::size_t max_text_bytes = 4u * 1024 * 1024;

  // Reads ingest/debris.txt and ingest/html.json from schema_dir.
  static Result<IngestOptions> LoadDir(std::string_view schema_dir);
};

// Builds an Article from the raw bytes of a file named name: decodes (see
// encoding.hpp), detects HTML by content (or an .html/.htm name) and extracts
// its article text and metadata, normalizes the text (text_normalize.hpp) and
// drops debris lines. For plain text the title is the first line when it
// reads as a headline (short, no final punctuation). Errors name the file and,
// where one applies, the byte offset: an empty or binary file, bad encoding,
// an XML/GraphML document, a page without article text or past the limits.
Result<Article> LoadArticle(std::string_view bytes, std::string_view name,
                            const IngestOptions& options);

// The same with the options of FindSchemaDir(), loaded once (thread-safe);
// without them (no schema directory found) no debris is dropped and only
// scripts and styles are left out of web pages.
Result<Article> LoadArticle(std::string_view bytes, std::string_view name);

}  // namespace newsgraph

#endif  // NEWSGRAPH_ARTICLE_HPP_
