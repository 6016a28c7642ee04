// Helpers shared by the HTML ingest sources (not a public API).
#ifndef NEWSGRAPH_INGEST_HTML_INTERNAL_HPP_
#define NEWSGRAPH_INGEST_HTML_INTERNAL_HPP_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <gumbo.h>

#include "newsgraph/html.hpp"

namespace newsgraph::ingest {

// What a page says about itself, gathered in one walk of the tree.
struct PageFacts {
  std::map<std::string, std::string> meta;  // lower-cased name -> first content
  std::vector<std::string> json_ld;          // bodies of application/ld+json scripts
  std::string title_element;                 // <title>
  std::string h1;                            // first <h1>
  std::string time_datetime;                 // first <time datetime=...>
  std::string itemprop_date;                 // itemprop=datePublished datetime|content
  std::string canonical_url;                 // <link rel=canonical href=...>
};

// Chooses title, date and source from the facts, best source first (JSON-LD,
// then <meta> in the order of rules, then elements).
void ChooseMetadata(const PageFacts& facts, const HtmlRules& rules, HtmlArticle* out);

// ASCII lower-case copy.
std::string Lower(std::string_view s);
// Whitespace runs folded to one space, trimmed.
std::string FoldSpaces(std::string_view s);
// The value of attribute name of element e, or "".
std::string_view Attribute(const GumboElement& e, const char* name);

}  // namespace newsgraph::ingest

#endif  // NEWSGRAPH_INGEST_HTML_INTERNAL_HPP_
