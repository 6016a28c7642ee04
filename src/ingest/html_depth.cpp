// EstimateHtmlDepth: a scan of the tags that bounds how deep gumbo's tree will
// be, so that a page nested thousands deep is refused before gumbo spends
// minutes on it (its time grows with the square of the depth).
#include <algorithm>
#include <cctype>
#include <map>
#include <vector>

#include "ingest/html_tags.hpp"
#include "newsgraph/html.hpp"

namespace newsgraph {
namespace {

bool IsIn(std::string_view name, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), name) != set.end();
}

// Elements the parser closes when a sibling of the same kind opens, so that a
// run of them does not nest (or which it never nests at all).
bool ClosesItself(std::string_view n) {
  return IsIn(n, {"p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody",
                  "thead", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "rtc", "a", "nobr",
                  "html", "head", "body", "frameset", "form", "button"});
}

}  // namespace

std::size_t EstimateHtmlDepth(std::string_view s, std::size_t limit, std::size_t* offset) {
  std::size_t deepest = 0, foreign = 0;
  std::vector<std::string> stack;           // open elements, innermost last
  std::map<std::string, std::size_t> open;  // per tag name: how many are on the stack
  ingest::ScanHtmlTags(s, [&](const ingest::HtmlTag& tag) {
    const std::string& name = tag.name;
    if (tag.end) {
      // An end tag closes its element and every element opened inside it;
      // a stray end tag closes nothing.
      auto it = open.find(name);
      if (it == open.end() || it->second == 0) return true;
      for (bool done = false; !done;) {
        done = stack.back() == name;
        --open[stack.back()];
        if ((stack.back() == "svg" || stack.back() == "math") && foreign > 0) --foreign;
        stack.pop_back();
      }
      return true;
    }
    if (ingest::IsRawTextElement(name)) return true;
    // "/>" closes an element only inside SVG and MathML.
    if (ingest::IsVoidElement(name) || ClosesItself(name) || (foreign > 0 && tag.self_closing)) return true;
    if (name == "svg" || name == "math") {
      if (tag.self_closing) return true;
      ++foreign;
    }
    ++open[name];
    stack.push_back(name);
    deepest = std::max(deepest, stack.size());
    if (deepest > limit) {
      if (offset) *offset = tag.offset;
      return false;
    }
    return true;
  });
  return deepest;
}

}  // namespace newsgraph
