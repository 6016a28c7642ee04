// ExtractHtml: parse with gumbo, survey the tree (metadata, where the
// paragraphs are), choose the article's root element, and write its text.
// Every walk is iterative: a page nested thousands deep cannot overflow the
// stack.
#include <algorithm>
#include <memory>
#include <unordered_map>

#include "ingest/html_internal.hpp"
#include "newsgraph/debris.hpp"

namespace newsgraph {
namespace {

using ingest::Attribute;
using ingest::FoldSpaces;
using ingest::Lower;
using ingest::PageFacts;

constexpr std::size_t kMaxHeadingBytes = 300;
constexpr std::size_t kMaxJsonLdScripts = 16;

struct GumboDeleter {
  void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

bool IsElement(const GumboNode* n) {
  return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE;
}

const GumboVector& Children(const GumboNode* n) {
  return n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
}

bool HasChildren(const GumboNode* n) { return n->type == GUMBO_NODE_DOCUMENT || IsElement(n); }

std::string TagName(const GumboElement& e) {
  if (e.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e.tag);
  GumboStringPiece piece = e.original_tag;
  gumbo_tag_from_original_text(&piece);
  return Lower(std::string_view(piece.data, piece.length));
}

bool IsBlock(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML: case GUMBO_TAG_LEGEND: case GUMBO_TAG_LI: case GUMBO_TAG_LISTING:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL:
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_CAPTION:
      return true;
    default:
      return false;
  }
}

bool IsSubHeading(GumboTag t) {
  return t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 || t == GUMBO_TAG_H5 ||
         t == GUMBO_TAG_H6;
}

// The rules, prepared for matching.
class Matcher {
 public:
  explicit Matcher(const HtmlRules& rules) : rules_(rules) {
    skip_tag_.assign(GUMBO_TAG_LAST + 1, false);
    for (const std::string& name : rules.skip_tags) {
      GumboTag t = gumbo_tag_enum(name.c_str());
      if (t == GUMBO_TAG_UNKNOWN) {
        skip_unknown_.push_back(name);
      } else {
        skip_tag_[t] = true;
      }
    }
    for (const std::string& h : rules.related_headings) related_.push_back(DebrisKey(h));
  }

  // Protected elements hold the article: class words never skip them.
  static bool IsProtected(const GumboElement& e) {
    return e.tag == GUMBO_TAG_HTML || e.tag == GUMBO_TAG_BODY || e.tag == GUMBO_TAG_MAIN ||
           e.tag == GUMBO_TAG_ARTICLE || IsArticleBody(e);
  }
  static bool IsArticleBody(const GumboElement& e) {
    return Lower(Attribute(e, "itemprop")) == "articlebody";
  }

  // True if the subtree of e is never article text.
  bool Skip(const GumboElement& e) const {
    // Never rendered, whatever the rules say.
    if (e.tag == GUMBO_TAG_HEAD || e.tag == GUMBO_TAG_SCRIPT || e.tag == GUMBO_TAG_STYLE ||
        e.tag == GUMBO_TAG_TEMPLATE) {
      return true;
    }
    if (e.tag == GUMBO_TAG_UNKNOWN) {
      std::string name = TagName(e);
      if (std::find(skip_unknown_.begin(), skip_unknown_.end(), name) != skip_unknown_.end()) {
        return true;
      }
    } else if (skip_tag_[e.tag]) {
      return true;
    }
    if (gumbo_get_attribute(&e.attributes, "hidden") ||
        Lower(Attribute(e, "aria-hidden")) == "true") {
      return true;
    }
    std::string style = Lower(Attribute(e, "style"));
    style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
    if (style.find("display:none") != std::string::npos ||
        style.find("visibility:hidden") != std::string::npos) {
      return true;
    }
    if (IsProtected(e)) return false;
    return HasClassWord(Attribute(e, "class")) || HasClassWord(Attribute(e, "id"));
  }

  bool IsRelatedHeading(const std::string& text) const {
    std::string key = DebrisKey(text);
    for (const std::string& r : related_) {
      if (key.size() >= r.size() && key.compare(0, r.size(), r) == 0 &&
          (key.size() == r.size() || key[r.size()] == ' ' || key[r.size()] == ':')) {
        return true;
      }
    }
    return false;
  }

 private:
  // A word matches a class name equal to it or containing it between
  // non-alphanumerics: "share" matches "article__share-bar", not "shared".
  bool HasClassWord(std::string_view attr) const {
    if (attr.empty()) return false;
    std::string value = Lower(attr);
    auto boundary = [&](std::size_t i) {
      return i >= value.size() || !std::isalnum(static_cast<unsigned char>(value[i]));
    };
    for (const std::string& w : rules_.skip_class_words) {
      for (std::size_t at = value.find(w); at != std::string::npos; at = value.find(w, at + 1)) {
        if ((at == 0 || boundary(at - 1)) && boundary(at + w.size())) return true;
      }
    }
    return false;
  }

  const HtmlRules& rules_;
  std::vector<bool> skip_tag_;
  std::vector<std::string> skip_unknown_;
  std::vector<std::string> related_;
};

// Text of a subtree, whitespace folded, at most max_bytes (iterative).
std::string TextOf(const GumboNode* root, std::size_t max_bytes) {
  std::string out;
  std::vector<const GumboNode*> todo = {root};
  while (!todo.empty() && out.size() < max_bytes) {
    const GumboNode* n = todo.back();
    todo.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
        n->type == GUMBO_NODE_CDATA) {
      out += n->v.text.text;
      out += ' ';
    } else if (HasChildren(n)) {
      if (IsElement(n) && (n->v.element.tag == GUMBO_TAG_SCRIPT ||
                           n->v.element.tag == GUMBO_TAG_STYLE)) {
        continue;
      }
      const GumboVector& c = Children(n);
      for (unsigned i = c.length; i-- > 0;) todo.push_back(static_cast<const GumboNode*>(c.data[i]));
    }
  }
  return FoldSpaces(out.substr(0, std::min(out.size(), max_bytes)));
}

// Where the article's text is: scores from the survey.
struct Candidates {
  const GumboNode* body = nullptr;
  const GumboNode* article_body = nullptr;  // first itemprop=articleBody
  std::unordered_map<const GumboNode*, std::size_t> article_score;  // <article>: text of its <p>
  std::unordered_map<const GumboNode*, std::size_t> node_score;     // parents of <p>
  std::size_t total = 0;                                            // text of every <p>
};

void RecordMeta(const GumboElement& e, PageFacts* facts) {
  std::string_view content = Attribute(e, "content");
  if (content.empty()) return;
  for (const char* attr : {"property", "name", "itemprop"}) {
    std::string key = Lower(Attribute(e, attr));
    if (!key.empty()) facts->meta.emplace(key, FoldSpaces(content));
  }
}

// One walk of the whole tree: page facts, and paragraph scores outside the
// skipped subtrees.
void Survey(const GumboNode* root, const Matcher& m, PageFacts* facts, Candidates* cand) {
  struct Frame {
    const GumboNode* node;
    bool skipped;
    const GumboNode* article;  // innermost <article> around it
  };
  std::vector<Frame> todo = {{root, false, nullptr}};
  while (!todo.empty()) {
    Frame f = todo.back();
    todo.pop_back();
    if (!IsElement(f.node) && f.node->type != GUMBO_NODE_DOCUMENT) continue;
    bool skipped = f.skipped;
    const GumboNode* article = f.article;
    if (IsElement(f.node)) {
      const GumboElement& e = f.node->v.element;
      skipped = skipped || m.Skip(e);
      switch (e.tag) {
        case GUMBO_TAG_META: RecordMeta(e, facts); break;
        case GUMBO_TAG_TITLE:
          if (facts->title_element.empty()) facts->title_element = TextOf(f.node, kMaxHeadingBytes);
          break;
        case GUMBO_TAG_H1:
          if (facts->h1.empty()) facts->h1 = TextOf(f.node, kMaxHeadingBytes);
          break;
        case GUMBO_TAG_TIME:
          if (facts->time_datetime.empty()) facts->time_datetime = FoldSpaces(Attribute(e, "datetime"));
          break;
        case GUMBO_TAG_LINK:
          if (Lower(Attribute(e, "rel")) == "canonical" && facts->canonical_url.empty()) {
            facts->canonical_url = FoldSpaces(Attribute(e, "href"));
          }
          break;
        case GUMBO_TAG_SCRIPT:
          if (Lower(Attribute(e, "type")).find("ld+json") != std::string::npos &&
              facts->json_ld.size() < kMaxJsonLdScripts && e.children.length > 0) {
            const GumboNode* t = static_cast<const GumboNode*>(e.children.data[0]);
            if (t->type == GUMBO_NODE_TEXT || t->type == GUMBO_NODE_CDATA) {
              facts->json_ld.emplace_back(t->v.text.text);
            }
          }
          break;
        case GUMBO_TAG_BODY:
          if (!cand->body) cand->body = f.node;
          break;
        case GUMBO_TAG_ARTICLE:
          if (!skipped) {
            article = f.node;
            cand->article_score.emplace(f.node, 0);
          }
          break;
        case GUMBO_TAG_P:
          if (!skipped) {
            std::size_t len = TextOf(f.node, 100000).size();
            cand->total += len;
            if (article) cand->article_score[article] += len;
            if (const GumboNode* parent = f.node->parent) {
              cand->node_score[parent] += len;
              if (parent->parent) cand->node_score[parent->parent] += len / 2;
            }
          }
          break;
        default: break;
      }
      if (std::string_view date = Attribute(e, "itemprop");
          facts->itemprop_date.empty() && Lower(date) == "datepublished") {
        std::string_view v = Attribute(e, "datetime");
        facts->itemprop_date = FoldSpaces(v.empty() ? Attribute(e, "content") : v);
      }
      if (!skipped && !cand->article_body && Matcher::IsArticleBody(e)) cand->article_body = f.node;
    }
    const GumboVector& c = Children(f.node);
    for (unsigned i = c.length; i-- > 0;) {
      todo.push_back({static_cast<const GumboNode*>(c.data[i]), skipped, article});
    }
  }
}

std::size_t Offset(const GumboNode* n) {
  return IsElement(n) ? n->v.element.start_pos.offset : 0;
}

// The highest score; ties go to the first in document order, so that the
// choice does not depend on hash order.
const GumboNode* Best(const std::unordered_map<const GumboNode*, std::size_t>& scores,
                      std::size_t* best_score) {
  const GumboNode* best = nullptr;
  *best_score = 0;
  for (const auto& [node, score] : scores) {
    if (score > *best_score || (score == *best_score && best && Offset(node) < Offset(best))) {
      *best_score = score;
      best = node;
    }
  }
  return *best_score > 0 ? best : nullptr;
}

// itemprop=articleBody, else the <article> holding at least half the
// paragraph text, else the element whose paragraphs have the most text.
const GumboNode* ChooseRoot(const Candidates& c, const GumboNode* document) {
  if (c.article_body) return c.article_body;
  std::size_t score = 0;
  const GumboNode* article = Best(c.article_score, &score);
  if (article && score * 2 >= c.total) return article;
  if (const GumboNode* node = Best(c.node_score, &score)) return node;
  return c.body ? c.body : document;
}

// Writes text with block elements as paragraph breaks.
class TextWriter {
 public:
  void Text(std::string_view s, bool pre) {
    for (char c : s) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        if (pre && c == '\n') {
          Break(1);
        } else {
          space_ = true;
        }
        continue;
      }
      if (!out_.empty()) {
        if (breaks_ > 0) {
          out_.append(breaks_, '\n');
        } else if (space_) {
          out_.push_back(' ');
        }
      }
      breaks_ = 0;
      space_ = false;
      out_.push_back(c);
    }
  }
  void Break(int n) {
    breaks_ = std::max(breaks_, n);
    space_ = false;
  }
  void Space() { space_ = true; }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
  bool space_ = false;
  int breaks_ = 0;
};

// Writes the text under root; *saw_h1 tells if an <h1> was written.
std::string WriteText(const GumboNode* root, const Matcher& m, bool* saw_h1) {
  struct Frame {
    const GumboNode* node;
    unsigned next = 0;  // next child to visit
    bool block = false;
    bool pre = false;
  };
  TextWriter w;
  std::vector<Frame> stack = {{root, 0, true, false}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector& children = Children(f.node);
    if (f.next >= children.length) {
      if (f.block) w.Break(2);
      stack.pop_back();
      continue;
    }
    const GumboNode* child = static_cast<const GumboNode*>(children.data[f.next++]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
        child->type == GUMBO_NODE_CDATA) {
      w.Text(child->v.text.text, f.pre);
      continue;
    }
    if (!IsElement(child)) continue;  // comments
    const GumboElement& e = child->v.element;
    if (m.Skip(e)) continue;
    if (e.tag == GUMBO_TAG_BR) {
      w.Break(1);
      continue;
    }
    if (e.tag == GUMBO_TAG_TD || e.tag == GUMBO_TAG_TH) w.Space();
    if (IsSubHeading(e.tag) && m.IsRelatedHeading(TextOf(child, kMaxHeadingBytes))) {
      f.next = children.length;  // the heading and the rest of its box
      continue;
    }
    if (e.tag == GUMBO_TAG_H1) *saw_h1 = true;
    bool block = IsBlock(e.tag);
    if (block) w.Break(2);
    bool pre = f.pre || e.tag == GUMBO_TAG_PRE || e.tag == GUMBO_TAG_TEXTAREA;
    stack.push_back({child, 0, block, pre});
  }
  return w.Take();
}

}  // namespace

Result<HtmlArticle> ExtractHtml(std::string_view html, std::string_view name,
                                const HtmlRules& rules, const HtmlLimits& limits) {
  if (html.size() > limits.max_bytes) {
    return Status::InvalidInput(std::string(name) + ": HTML page of " +
                                std::to_string(html.size()) + " bytes is larger than the limit of " +
                                std::to_string(limits.max_bytes) + " bytes");
  }
  std::size_t offset = 0;
  if (EstimateHtmlDepth(html, limits.max_depth, &offset) > limits.max_depth) {
    return Status::InvalidInput(std::string(name) + ": byte offset " + std::to_string(offset) +
                                ": HTML elements nested deeper than " +
                                std::to_string(limits.max_depth) + " near " +
                                QuoteInput(html.substr(offset, 40)));
  }
  if (EstimateReopenedFormatting(html, limits.max_reopened, &offset) > limits.max_reopened) {
    return Status::InvalidInput(std::string(name) + ": byte offset " + std::to_string(offset) +
                                ": misnested formatting tags would re-create more than " +
                                std::to_string(limits.max_reopened) + " elements near " +
                                QuoteInput(html.substr(offset, 40)));
  }
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // error records copy the open-element stack: quadratic memory
  std::unique_ptr<GumboOutput, GumboDeleter> doc(
      gumbo_parse_with_options(&options, html.data(), html.size()));
  if (!doc) return Status::InvalidInput(std::string(name) + ": HTML parser failed");

  Matcher matcher(rules);
  PageFacts facts;
  Candidates candidates;
  Survey(doc->document, matcher, &facts, &candidates);

  HtmlArticle out;
  ingest::ChooseMetadata(facts, rules, &out);
  const GumboNode* root = ChooseRoot(candidates, doc->document);
  bool saw_h1 = false;
  std::string body = WriteText(root, matcher, &saw_h1);
  if (!saw_h1 && !out.title.empty() && body.compare(0, out.title.size(), out.title) != 0) {
    body = out.title + (body.empty() ? "" : "\n\n") + body;
  }
  out.text = std::move(body);
  return out;
}

}  // namespace newsgraph
