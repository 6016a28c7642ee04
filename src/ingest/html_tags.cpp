#include "ingest/html_tags.hpp"

#include <algorithm>
#include <cctype>

namespace newsgraph::ingest {
namespace {

bool IsNameChar(unsigned char c) { return std::isalnum(c) || c == '-' || c == ':' || c == '_'; }

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Case-insensitive search for "</name" from pos.
std::size_t FindEndTag(std::string_view s, std::size_t pos, std::string_view name) {
  for (std::size_t i = s.find("</", pos); i != std::string_view::npos; i = s.find("</", i + 2)) {
    if (i + 2 + name.size() > s.size()) return std::string_view::npos;
    bool match = true;
    for (std::size_t k = 0; k < name.size() && match; ++k) {
      match = std::tolower(static_cast<unsigned char>(s[i + 2 + k])) == name[k];
    }
    if (match) return i;
  }
  return std::string_view::npos;
}

}  // namespace

bool IsVoidElement(std::string_view n) {
  static constexpr std::string_view kVoid[] = {
      "area", "base", "basefont", "bgsound", "br",    "col",   "embed", "frame", "hr", "img",
      "input", "keygen", "link",   "meta",    "param", "source", "track", "wbr",  "image"};
  return std::find(std::begin(kVoid), std::end(kVoid), n) != std::end(kVoid);
}

bool IsRawTextElement(std::string_view n) {
  static constexpr std::string_view kRaw[] = {"script",  "style",    "textarea",
                                              "title",   "xmp",      "iframe",
                                              "noembed", "noframes", "plaintext"};
  return std::find(std::begin(kRaw), std::end(kRaw), n) != std::end(kRaw);
}

void ScanHtmlTags(std::string_view s, const std::function<bool(const HtmlTag&)>& visit) {
  HtmlTag tag;
  std::size_t text_from = 0;  // where the text since the previous tag starts
  auto has_text = [&](std::size_t to) {
    return std::any_of(s.begin() + static_cast<std::ptrdiff_t>(std::min(text_from, to)),
                       s.begin() + static_cast<std::ptrdiff_t>(to),
                       [](char c) { return !IsSpace(c); });
  };
  for (std::size_t i = s.find('<'); i != std::string_view::npos; i = s.find('<', i)) {
    if (s.compare(i, 4, "<!--") == 0) {
      std::size_t end = s.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    if (i + 1 < s.size() && (s[i + 1] == '!' || s[i + 1] == '?')) {
      i = s.find('>', i);
      if (i == std::string_view::npos) break;
      continue;
    }
    tag.end = i + 1 < s.size() && s[i + 1] == '/';
    std::size_t j = i + 1 + (tag.end ? 1 : 0);
    if (j >= s.size() || !std::isalpha(static_cast<unsigned char>(s[j]))) {
      ++i;
      continue;
    }
    tag.name.clear();
    while (j < s.size() && IsNameChar(static_cast<unsigned char>(s[j])) && tag.name.size() < 64) {
      tag.name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(s[j]))));
      ++j;
    }
    // Skip the attributes to '>', honouring quoted values.
    char quote = 0;
    bool after_equals = false;
    std::size_t k = j;
    for (; k < s.size(); ++k) {
      char c = s[k];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '>') {
        break;
      } else if (after_equals && (c == '"' || c == '\'')) {
        quote = c;
        after_equals = false;
      } else if (c == '=') {
        after_equals = true;
      } else if (!IsSpace(c)) {
        after_equals = false;
      }
    }
    if (k >= s.size()) break;
    tag.self_closing = k > j && s[k - 1] == '/';
    tag.attributes = s.substr(j, k - j - (tag.self_closing ? 1 : 0));
    tag.offset = i;
    tag.text_before = has_text(i);
    i = k + 1;
    text_from = i;
    if (!visit(tag)) return;
    if (!tag.end && IsRawTextElement(tag.name)) {
      std::size_t end = FindEndTag(s, i, tag.name);
      if (end == std::string_view::npos) break;
      i = text_from = end;
    }
  }
}

}  // namespace newsgraph::ingest
