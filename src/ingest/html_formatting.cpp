// EstimateReopenedFormatting: how many formatting elements (b, font, ...) an
// HTML5 parser re-creates for a page. The tree builder keeps a list of active
// formatting elements (https://html.spec.whatwg.org/#list-of-active-formatting-elements):
// one closed by the end of an element around it stays in the list and is
// opened again, as a new element, before the next text or inline tag. So
// "<p><font a=1>...<font a=N>x</p>" followed by "<p>y</p>" M times makes N x M
// elements: 40 KB of such tags made gumbo build 1.5 GB in 17 s. A model of
// that list counts them before gumbo runs; it never counts fewer than the
// parser makes (it reopens before every inline tag, ignores markers, and
// closes a <p> for every block tag).
#include <algorithm>
#include <list>
#include <map>
#include <vector>

#include "ingest/html_tags.hpp"
#include "newsgraph/html.hpp"

namespace newsgraph {
namespace {

bool IsIn(std::string_view name, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), name) != set.end();
}

bool IsFormatting(std::string_view n) {
  return IsIn(n, {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike",
                  "strong", "tt", "u"});
}

// Start tags that close an open <p> and do not reopen formatting elements.
bool IsBlock(std::string_view n) {
  return IsIn(n, {"address", "article", "aside", "blockquote", "center", "details", "dialog",
                  "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header",
                  "hgroup", "main", "menu", "nav", "ol", "p", "section", "summary", "ul", "h1",
                  "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "li", "dd", "dt",
                  "table", "hr", "xmp", "plaintext"});
}

// Elements a start tag of the same name closes when one is open.
bool ClosesItself(std::string_view n) {
  return IsIn(n, {"p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "button",
                  "a", "nobr", "h1", "h2", "h3", "h4", "h5", "h6"});
}

class FormattingModel {
 public:
  // False once more than limit elements were reopened.
  bool Start(const ingest::HtmlTag& tag, std::size_t limit) {
    const std::string& name = tag.name;
    if (ClosesItself(name)) {
      if (IsFormatting(name)) {
        End(name);  // the adoption agency closes the earlier one
      } else {
        PopTo(name);
      }
    }
    if (IsBlock(name)) {
      PopTo("p");
    } else if (!Reopen(limit)) {
      return false;
    }
    if (ingest::IsVoidElement(name) || ingest::IsRawTextElement(name) || tag.self_closing) {
      return true;
    }
    Push(name);
    if (!IsFormatting(name)) return true;
    // Noah's Ark: at most three entries of the same element and attributes.
    std::string key = name + ' ' + std::string(tag.attributes);
    auto& same = by_key_[key];
    if (same.size() == 3) {
      Remove(same.front());
      same.erase(same.begin());
    }
    active_.push_back({name, key, stack_.size() - 1});
    same.push_back(std::prev(active_.end()));
    stack_.back().active = std::prev(active_.end());
    return true;
  }

  void End(std::string_view name) {
    if (IsFormatting(name)) {
      for (auto it = active_.end(); it != active_.begin();) {
        --it;
        if (it->name != name) continue;
        if (it->open != kClosed) PopTo(name);
        auto& same = by_key_[it->key];
        same.erase(std::find(same.begin(), same.end(), it));
        Remove(it);
        return;
      }
    }
    PopTo(name);
  }

  // Text: the parser reopens what is closed at the end of the list.
  bool Text(std::size_t limit) { return Reopen(limit); }

  std::size_t reopened() const { return reopened_; }

 private:
  static constexpr std::size_t kClosed = static_cast<std::size_t>(-1);
  struct Entry {
    std::string name, key;
    std::size_t open;  // its place on the stack, or kClosed
  };
  using Active = std::list<Entry>::iterator;
  struct Open {
    std::string name;
    Active active;  // its entry in the list, or active_.end()
  };

  void Push(const std::string& name) {
    stack_.push_back({name, active_.end()});
    ++open_[name];
  }

  // Pops the stack to the innermost element called name (none open: nothing).
  void PopTo(std::string_view name) {
    auto it = open_.find(std::string(name));
    if (it == open_.end() || it->second == 0) return;
    for (bool done = false; !done;) {
      Open& top = stack_.back();
      done = top.name == name;
      --open_[top.name];
      if (top.active != active_.end()) top.active->open = kClosed;
      stack_.pop_back();
    }
  }

  void Remove(Active it) {
    if (it->open != kClosed) stack_[it->open].active = active_.end();
    active_.erase(it);
  }

  // Opens again the closed entries at the end of the list.
  bool Reopen(std::size_t limit) {
    auto first = active_.end();
    while (first != active_.begin() && std::prev(first)->open == kClosed) --first;
    for (auto it = first; it != active_.end(); ++it) {
      if (++reopened_ > limit) return false;
      Push(it->name);
      it->open = stack_.size() - 1;
      stack_.back().active = it;
    }
    return true;
  }

  std::list<Entry> active_;
  std::map<std::string, std::vector<Active>> by_key_;
  std::vector<Open> stack_;
  std::map<std::string, std::size_t> open_;  // per name: how many are on the stack
  std::size_t reopened_ = 0;
};

}  // namespace

std::size_t EstimateReopenedFormatting(std::string_view html, std::size_t limit,
                                       std::size_t* offset) {
  FormattingModel model;
  bool within = true;
  ingest::ScanHtmlTags(html, [&](const ingest::HtmlTag& tag) {
    within = (!tag.text_before || model.Text(limit)) &&
             (tag.end ? (model.End(tag.name), true) : model.Start(tag, limit));
    if (!within && offset) *offset = tag.offset;
    return within;
  });
  return model.reopened();
}

}  // namespace newsgraph
