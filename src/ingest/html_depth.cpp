// EstimateHtmlDepth: a scan of the tags that bounds how deep gumbo's tree will
// be, so that a page nested thousands deep is refused before gumbo spends
// minutes on it (its time grows with the square of the depth).
#include <algorithm>
#include <cctype>
#include <map>
#include <vector>

#include "newsgraph/html.hpp"

namespace newsgraph {
namespace {

bool IsIn(std::string_view name, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), name) != set.end();
}

// Elements that never have children.
bool IsVoid(std::string_view n) {
  return IsIn(n, {"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr",
                  "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
                  "image"});
}

// Elements the parser closes when a sibling of the same kind opens, so that a
// run of them does not nest (or which it never nests at all).
bool ClosesItself(std::string_view n) {
  return IsIn(n, {"p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody",
                  "thead", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "rtc", "a", "nobr",
                  "html", "head", "body", "frameset", "form", "button"});
}

// Elements whose content is raw text up to their end tag.
bool IsRawText(std::string_view n) {
  return IsIn(n, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                  "noframes", "plaintext"});
}

bool IsNameChar(unsigned char c) { return std::isalnum(c) || c == '-' || c == ':' || c == '_'; }

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

std::size_t EstimateHtmlDepth(std::string_view s, std::size_t limit, std::size_t* offset) {
  std::size_t deepest = 0, foreign = 0;
  std::vector<std::string> stack;           // open elements, innermost last
  std::map<std::string, std::size_t> open;  // per tag name: how many are on the stack
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
    const bool end_tag = i + 1 < s.size() && s[i + 1] == '/';
    std::size_t j = i + 1 + (end_tag ? 1 : 0);
    if (j >= s.size() || !std::isalpha(static_cast<unsigned char>(s[j]))) {
      ++i;
      continue;
    }
    std::string name;
    while (j < s.size() && IsNameChar(static_cast<unsigned char>(s[j])) && name.size() < 64) {
      name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(s[j]))));
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
      } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        after_equals = false;
      }
    }
    if (k >= s.size()) break;
    const bool self_closing = k > j && s[k - 1] == '/';
    const std::size_t tag_start = i;
    i = k + 1;
    if (end_tag) {
      // An end tag closes its element and every element opened inside it;
      // a stray end tag closes nothing.
      auto it = open.find(name);
      if (it == open.end() || it->second == 0) continue;
      for (bool done = false; !done;) {
        done = stack.back() == name;
        --open[stack.back()];
        if ((stack.back() == "svg" || stack.back() == "math") && foreign > 0) --foreign;
        stack.pop_back();
      }
      continue;
    }
    if (IsRawText(name)) {
      std::size_t end = FindEndTag(s, i, name);
      if (end == std::string_view::npos) break;
      i = end;
      continue;
    }
    // "/>" closes an element only inside SVG and MathML.
    if (IsVoid(name) || ClosesItself(name) || (foreign > 0 && self_closing)) continue;
    if (name == "svg" || name == "math") {
      if (self_closing) continue;
      ++foreign;
    }
    ++open[name];
    stack.push_back(name);
    deepest = std::max(deepest, stack.size());
    if (deepest > limit) {
      if (offset) *offset = tag_start;
      return deepest;
    }
  }
  return deepest;
}

}  // namespace newsgraph
