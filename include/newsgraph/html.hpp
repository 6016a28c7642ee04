// Reading a saved news web page: the article body as plain lines of text
// (headline first, then one paragraph per line, blank lines between), and
// the headline, publication date and publisher from <meta>, <time> and
// JSON-LD. Navigation, share bars, related-story boxes, captions, cookie
// banners, scripts and forms are left out. Parsing is gumbo's (HTML5).
//
//   Result<HtmlRules> rules = HtmlRules::LoadDir(FindSchemaDir());
//   Result<HtmlArticle> page = ExtractHtml(html, "page.html", rules.value());
//   if (page.ok()) Use(page->text, page->title, page->date, page->source);
#ifndef NEWSGRAPH_HTML_HPP_
#define NEWSGRAPH_HTML_HPP_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/status.hpp"

namespace newsgraph {

// What tells article text from page furniture; data from
// schemas/ingest/html.json (each key is documented there).
struct HtmlRules {
  std::vector<std::string> skip_tags;         // subtrees never read
  std::vector<std::string> skip_class_words;  // class/id words of furniture
  std::vector<std::string> related_headings;  // headings that open a box of links
  std::vector<std::string> title_meta;        // <meta> names, best first
  std::vector<std::string> date_meta;
  std::vector<std::string> source_meta;
  std::vector<std::string> url_meta;
  std::vector<std::string> article_types;     // JSON-LD @type of an article

  // Parses html.json; name is used in error messages.
  static Result<HtmlRules> Parse(std::string_view json, std::string_view name);
  // Reads <schema_dir>/ingest/html.json.
  static Result<HtmlRules> LoadDir(std::string_view schema_dir);
};

// Limits that keep a hostile page from taking the machine: gumbo's time grows
// with the square of the nesting depth, so deeper pages are refused before
// parsing (browsers stop nesting at 512).
struct HtmlLimits {
  std::size_t max_depth = 2048;              // open elements, estimated by a scan
  // Formatting elements (b, font ...) the parser re-creates after misnested
  // end tags, estimated by a scan: each copy is a new element, so a few KB
  // of misnested tags could make gigabytes.
  std::size_t max_reopened = 100000;
  std::size_t max_bytes = 64u * 1024 * 1024;  // gumbo needs ~20 bytes per input byte
};

struct HtmlArticle {
  std::string text;    // headline line, then paragraphs; not yet normalized
  std::string title;   // JSON-LD headline, else <meta> title, else <h1>, else <title>
  std::string date;    // as written in the page (usually ISO 8601)
  std::string source;  // publisher's name, else the host of the page's address
  std::string url;     // the page's address (<meta> of url_meta, else rel=canonical)
};

// True if text (decoded) starts like an HTML document or fragment.
bool LooksLikeHtml(std::string_view text);

// Extracts the article of an HTML page (valid UTF-8). Errors name the page
// and the byte offset (too deep, too big).
Result<HtmlArticle> ExtractHtml(std::string_view html, std::string_view name,
                                const HtmlRules& rules, const HtmlLimits& limits = {});

// The deepest nesting of elements an HTML5 parser would build from html,
// estimated by a scan of the tags, and stopping early once it passes limit;
// *offset receives the byte offset where it passed. Never less than the real
// depth for the constructs that make gumbo slow.
std::size_t EstimateHtmlDepth(std::string_view html, std::size_t limit, std::size_t* offset);

// How many formatting elements an HTML5 parser would re-create for html (the
// list of active formatting elements), estimated by a scan of the tags and
// stopping once it passes limit; *offset receives the byte offset of the tag
// where it passed. Never less than the parser's count.
std::size_t EstimateReopenedFormatting(std::string_view html, std::size_t limit,
                                       std::size_t* offset);

}  // namespace newsgraph

#endif  // NEWSGRAPH_HTML_HPP_
