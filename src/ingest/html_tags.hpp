// The tags of an HTML page as its tokenizer meets them (comments, doctypes
// and the content of raw-text elements skipped), for the estimates that run
// before gumbo does: EstimateHtmlDepth and EstimateReopenedFormatting.
#ifndef NEWSGRAPH_INGEST_HTML_TAGS_HPP_
#define NEWSGRAPH_INGEST_HTML_TAGS_HPP_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace newsgraph::ingest {

struct HtmlTag {
  std::string name;             // lower case, at most 64 bytes
  std::string_view attributes;  // the raw text between the name and '>'
  bool end = false;             // </name>
  bool self_closing = false;    // ends in "/>"
  bool text_before = false;     // text other than white space since the previous tag
  std::size_t offset = 0;       // of its '<'
};

// Calls visit(tag) for each tag of html in order, until it returns false.
void ScanHtmlTags(std::string_view html, const std::function<bool(const HtmlTag&)>& visit);

// Elements that never have children.
bool IsVoidElement(std::string_view name);
// Elements whose content is raw text up to their end tag (skipped by the scan).
bool IsRawTextElement(std::string_view name);

}  // namespace newsgraph::ingest

#endif  // NEWSGRAPH_INGEST_HTML_TAGS_HPP_
