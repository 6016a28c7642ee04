// Title, date and source of a web page, from JSON-LD, <meta> and elements.
#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

#include "ingest/html_internal.hpp"

namespace newsgraph::ingest {
namespace {

using nlohmann::json;

// JSON-LD blocks are small; a huge or deeply nested one is hostile.
constexpr std::size_t kMaxJsonLdBytes = 1 << 20;
constexpr int kMaxJsonLdDepth = 32;
constexpr std::size_t kMaxJsonLdObjects = 256;

// Bracket depth of a JSON text, strings skipped.
int JsonDepth(std::string_view s) {
  int depth = 0, deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

std::string StringOf(const json& v) {
  if (v.is_string()) return FoldSpaces(v.get_ref<const std::string&>());
  if (v.is_array() && !v.empty()) return StringOf(v.front());
  if (v.is_object()) {
    auto name = v.find("name");
    if (name != v.end() && name->is_string()) return FoldSpaces(name->get_ref<const std::string&>());
  }
  return "";
}

// Rank of an object's @type among the article types (lower is better), or
// npos for an object that is not an article.
std::size_t TypeRank(const json& obj, const std::vector<std::string>& types) {
  std::size_t best = std::string::npos;
  auto rank = [&](const json& t) {
    if (!t.is_string()) return;
    std::string name = Lower(t.get_ref<const std::string&>());
    // "https://schema.org/NewsArticle" counts as "NewsArticle".
    std::size_t slash = name.find_last_of('/');
    if (slash != std::string::npos) name = name.substr(slash + 1);
    auto it = std::find(types.begin(), types.end(), name);
    if (it != types.end()) best = std::min(best, static_cast<std::size_t>(it - types.begin()));
  };
  auto type = obj.find("@type");
  if (type == obj.end()) return best;
  if (type->is_array()) {
    for (const auto& t : *type) rank(t);
  } else {
    rank(*type);
  }
  return best;
}

struct LdFacts {
  std::string headline, date, publisher;
};

LdFacts ReadJsonLd(const std::vector<std::string>& scripts, const std::vector<std::string>& types) {
  std::vector<json> docs;
  std::vector<const json*> objects;
  for (const std::string& s : scripts) {
    if (s.size() > kMaxJsonLdBytes || JsonDepth(s) > kMaxJsonLdDepth) continue;
    json doc = json::parse(s.begin(), s.end(), nullptr, false);
    if (!doc.is_discarded()) docs.push_back(std::move(doc));
  }
  // Objects at the top, in top-level arrays and in "@graph" lists.
  for (const json& doc : docs) {
    std::vector<const json*> todo = {&doc};
    while (!todo.empty() && objects.size() < kMaxJsonLdObjects) {
      const json* v = todo.back();
      todo.pop_back();
      if (v->is_array()) {
        for (auto it = v->rbegin(); it != v->rend(); ++it) todo.push_back(&*it);
      } else if (v->is_object()) {
        objects.push_back(v);
        auto graph = v->find("@graph");
        if (graph != v->end() && graph->is_array()) todo.push_back(&*graph);
      }
    }
  }
  const json* best = nullptr;
  std::size_t best_rank = std::string::npos;
  for (const json* obj : objects) {
    std::size_t rank = TypeRank(*obj, types);
    if (rank < best_rank) {
      best_rank = rank;
      best = obj;
    }
  }
  LdFacts facts;
  if (!best) return facts;
  auto get = [&](const char* key) {
    auto it = best->find(key);
    return it == best->end() ? std::string() : StringOf(*it);
  };
  facts.headline = get("headline");
  if (facts.headline.empty()) facts.headline = get("name");
  facts.date = get("datePublished");
  if (facts.date.empty()) facts.date = get("dateCreated");
  facts.publisher = get("publisher");
  return facts;
}

std::string FirstMeta(const PageFacts& facts, const std::vector<std::string>& keys) {
  for (const std::string& k : keys) {
    auto it = facts.meta.find(k);
    if (it != facts.meta.end() && !it->second.empty()) return it->second;
  }
  return "";
}

// "https://www.example.com/a/b" -> "example.com".
std::string HostOf(std::string_view url) {
  std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#"));
  std::size_t at = url.find('@');
  if (at != std::string_view::npos) url.remove_prefix(at + 1);
  url = url.substr(0, url.find(':'));
  if (url.substr(0, 4) == "www.") url.remove_prefix(4);
  return Lower(url);
}

// "Headline | Site" -> "Headline" when "Site" is the source.
std::string StripSiteSuffix(std::string title, const std::string& source) {
  if (source.empty()) return title;
  static const char* const kSeparators[] = {" | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " :: "};
  for (const char* sep : kSeparators) {
    std::string suffix = sep + source;
    if (title.size() > suffix.size() &&
        Lower(title.substr(title.size() - suffix.size())) == Lower(suffix)) {
      return title.substr(0, title.size() - suffix.size());
    }
  }
  return title;
}

}  // namespace

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string FoldSpaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string_view Attribute(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

void ChooseMetadata(const PageFacts& facts, const HtmlRules& rules, HtmlArticle* out) {
  LdFacts ld = ReadJsonLd(facts.json_ld, rules.article_types);

  out->url = FirstMeta(facts, rules.url_meta);
  if (out->url.empty()) out->url = facts.canonical_url;
  out->source = ld.publisher;
  if (out->source.empty()) out->source = FirstMeta(facts, rules.source_meta);
  if (out->source.empty()) out->source = HostOf(out->url);

  out->title = ld.headline;
  if (out->title.empty()) out->title = FirstMeta(facts, rules.title_meta);
  if (out->title.empty()) out->title = facts.h1;
  if (out->title.empty()) out->title = facts.title_element;
  out->title = StripSiteSuffix(out->title, out->source);

  out->date = ld.date;
  if (out->date.empty()) out->date = FirstMeta(facts, rules.date_meta);
  if (out->date.empty()) out->date = facts.itemprop_date;
  if (out->date.empty()) out->date = facts.time_datetime;
}

}  // namespace newsgraph::ingest
