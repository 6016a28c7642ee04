#include "nlp/tagger.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "nlp/resource.hpp"

namespace newsgraph::nlp {
namespace {

constexpr std::string_view kPackage = "liblingua-en-tagger-perl";
constexpr const char* kEnv = "NEWSGRAPH_TAGGER_DIR";
constexpr float kNoTransition = -30.0f;  // log of an unseen transition
constexpr double kMinShare = 0.002;
constexpr float kInitialCapWeight = 0.2f;

// Lingua::EN::Tagger's tag names -> Penn.
std::optional<Pos> ParseModelTag(std::string_view t) {
  static const std::unordered_map<std::string_view, Pos> kMap = {
      {"det", Pos::DT},      {"prps", Pos::PRPS},  {"wps", Pos::WPS},    {"pp", Pos::Period},
      {"ppc", Pos::Comma},   {"pps", Pos::Colon},  {"ppl", Pos::LQuote}, {"ppr", Pos::RQuote},
      {"ppd", Pos::Dollar},  {"lrb", Pos::LRB},    {"rrb", Pos::RRB}};
  auto it = kMap.find(t);
  if (it != kMap.end()) return it->second;
  std::string upper(t);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  auto p = ParsePos(upper);
  if (p && !IsPunctuation(*p)) return p;
  return std::nullopt;
}

// ParseModelTag with a memo: the model names a few dozen tags some 60,000
// times. A name of up to 7 bytes is its own key (its length, then its
// bytes); longer ones are parsed each time.
class TagNames {
 public:
  std::optional<Pos> Parse(std::string_view t) {
    if (t.empty() || t.size() > 7) return ParseModelTag(t);
    uint64_t key = t.size();
    for (unsigned char c : t) key = key << 8 | c;
    bool added = false;
    int8_t& v = memo_.Insert(key, &added);
    if (added) {
      std::optional<Pos> p = ParseModelTag(t);
      v = p ? static_cast<int8_t>(*p) : int8_t(-1);
    }
    if (v < 0) return std::nullopt;
    return static_cast<Pos>(v);
  }

 private:
  extract::FlatMap64<int8_t> memo_;
};

// The number at the start of s as strtod reads it, without strtod for the
// plain integers that make up words.yml.
bool ParseNumber(std::string_view s, double* v) {
  std::size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  std::size_t digits = i;
  uint64_t n = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i - digits < 15) n = n * 10 + uint64_t(s[i++] - '0');
  bool plain = i > digits && (i == s.size() || (s[i] != '.' && s[i] != 'e' && s[i] != 'E' &&
                                                 s[i] != 'x' && s[i] != 'X' && !(s[i] >= '0' && s[i] <= '9')));
  if (plain) {
    *v = static_cast<double>(n);
    return true;
  }
  std::string number(s);
  char* end = nullptr;
  *v = std::strtod(number.c_str(), &end);
  return end != number.c_str();
}

void Lower(std::string_view s, std::string* out) {
  out->assign(s);
  for (char& c : *out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

bool IsAscii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// One line of the model: key: { tag: number, tag: number }. Returns false for
// lines that are not entries (the YAML header).
struct Entry {
  std::string_view key;
  std::vector<std::pair<std::string_view, double>> values;
};

bool ParseLine(std::string_view line, Entry* e) {
  e->values.clear();
  std::size_t colon;
  if (!line.empty() && line[0] == '"') {
    std::size_t q = line.find("\": {", 1);
    if (q == std::string_view::npos) return false;
    e->key = line.substr(1, q - 1);
    colon = q + 1;
  } else {
    colon = line.find(": {");
    if (colon == std::string_view::npos || colon == 0) return false;
    e->key = line.substr(0, colon);
  }
  std::size_t open = line.find('{', colon), close = line.rfind('}');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
    return false;
  }
  std::string_view body = line.substr(open + 1, close - open - 1);
  while (!body.empty()) {
    std::size_t comma = body.find(',');
    std::string_view item = body.substr(0, comma);
    std::size_t c = item.find(':');
    if (c == std::string_view::npos) return false;
    std::string_view tag = item.substr(0, c);
    while (!tag.empty() && tag.front() == ' ') tag.remove_prefix(1);
    double v = 0;
    if (!ParseNumber(item.substr(c + 1), &v)) return false;
    e->values.emplace_back(tag, v);
    if (comma == std::string_view::npos) break;
    body.remove_prefix(comma + 1);
  }
  return !e->values.empty();
}

// Reads the model file at path into *data and calls fn(line_number, entry)
// for each of its entries; the entry's views point into *data.
template <typename Fn>
Status ForEachEntry(const std::string& path, std::string* data, Fn&& fn) {
  NEWSGRAPH_RETURN_IF_ERROR(ReadResource(path, kPackage, kEnv, data));
  std::string_view rest = *data, line;
  Entry e;
  int line_no = 0;
  while (NextLine(&rest, &line)) {
    ++line_no;
    if (line.empty() || line.substr(0, 3) == "---") continue;
    if (!ParseLine(line, &e)) {
      return Status::InvalidInput(path + ":" + std::to_string(line_no) + ": not a model entry " +
                                  QuoteInput(line));
    }
    NEWSGRAPH_RETURN_IF_ERROR(fn(line_no, e));
  }
  return Status::Ok();
}

}  // namespace

// One word to tag: a token or a hyphen compound of tokens [begin, end).
struct Tagger::Unit {
  uint32_t begin, end;
  Span cands;
  uint32_t offset;  // of its candidates in Scratch::score and Scratch::back
};

struct Tagger::Scratch {
  std::vector<Unit> units;
  std::vector<Cand> mixed;  // mixed distributions, kPosCount per word at most
  std::size_t mixed_used = 0;
  std::vector<float> score;
  std::vector<uint32_t> back;
  double mix[kPosCount] = {};
  bool used[kPosCount] = {};
  uint8_t used_tags[kPosCount] = {};  // the tags set in used, in the order first pushed
  int used_count = 0;
  std::string joined_norm;
};

std::string Tagger::ResolveDir(std::string_view dir) {
  return ResolveResourceDir(dir, kEnv, kDefaultDir);
}

Tagger::Word& Tagger::Insert(uint64_t hash) {
  bool added = false;
  uint32_t& index = index_.Insert(hash, &added);
  if (added) {
    index = static_cast<uint32_t>(words_.size());
    words_.emplace_back();
  }
  return words_[index];
}

const Tagger::Word* Tagger::Find(uint64_t hash) const {
  const uint32_t* index = index_.Find(hash);
  return index ? &words_[*index] : nullptr;
}

int32_t Tagger::AddDist(const std::pair<Pos, double>* counts, std::size_t count) {
  double total = 0;
  for (std::size_t k = 0; k < count; ++k) total += counts[k].second;
  Dist d;
  d.begin = static_cast<uint32_t>(cands_.size());
  for (std::size_t k = 0; k < count; ++k) {
    const auto& [tag, n] = counts[k];
    // A tag seen for fewer than one in kMinShare uses of a word is annotation noise.
    if (n <= 0 || n < total * kMinShare) continue;
    float p = static_cast<float>(n / total);
    cands_.push_back({tag, p, static_cast<float>(std::log(n / total) - std::log(prior_[int(tag)]))});
  }
  if (cands_.size() == d.begin) cands_.push_back({Pos::NN, 1.0f, 0.0f});
  d.size = static_cast<uint32_t>(cands_.size() - d.begin);
  dists_.push_back(d);
  return static_cast<int32_t>(dists_.size() - 1);
}

Status Tagger::LoadWords(const std::string& path) {
  // First pass: every entry's key and tag counts (views into data), and the
  // tag totals the scores need; second pass: the words and their distributions.
  struct Raw {
    std::string_view key;
    uint32_t first, count;  // in counts
  };
  std::string data;
  std::vector<Raw> raw;
  std::vector<std::pair<Pos, double>> counts;
  raw.reserve(50000);
  counts.reserve(80000);
  double total[kPosCount] = {};
  TagNames names;
  NEWSGRAPH_RETURN_IF_ERROR(ForEachEntry(path, &data, [&](int line_no, const Entry& e) -> Status {
    Raw r{e.key, static_cast<uint32_t>(counts.size()), 0};
    for (const auto& [name, n] : e.values) {
      auto tag = names.Parse(name);
      if (!tag) {
        return Status::InvalidInput(path + ":" + std::to_string(line_no) + ": unknown tag " +
                                    QuoteInput(name));
      }
      counts.emplace_back(*tag, n);
      total[int(*tag)] += n;
    }
    r.count = static_cast<uint32_t>(counts.size() - r.first);
    raw.push_back(r);
    return Status::Ok();
  }));
  double sum = 0;
  for (double t : total) sum += t;
  for (int t = 0; t < kPosCount; ++t) {
    prior_[t] = (total[t] + 1) / (sum + kPosCount);
    log_prior_[t] = std::log(prior_[t]);
  }
  words_.reserve(raw.size());
  cands_.reserve(counts.size());
  dists_.reserve(raw.size() + kClassCount);
  keys_.reserve(data.size() / 2);
  index_.Reserve(raw.size());
  std::string lower;
  for (const Raw& r : raw) {
    Lower(r.key, &lower);
    Word& w = Insert(text::HashNorm(lower));
    if (w.key_len == 0) {
      w.key = static_cast<uint32_t>(keys_.size());
      w.key_len = static_cast<uint32_t>(lower.size());
      keys_ += lower;
    }
    int32_t d = AddDist(counts.data() + r.first, r.count);
    if (r.key == lower) {
      w.lower = d;
    } else if (IsUpper(r.key[0]) && r.key.substr(1) == std::string_view(lower).substr(1)) {
      w.title = d;
    } else {
      variants_.push_back({std::string(r.key), d});
    }
  }
  // Variants grouped by word: sort them by hash, then point each word at its run.
  std::vector<std::pair<uint64_t, Variant>> by_word;
  for (auto& v : variants_) {
    Lower(v.spelling, &lower);
    by_word.emplace_back(text::HashNorm(lower), std::move(v));
  }
  std::stable_sort(by_word.begin(), by_word.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  variants_.clear();
  for (std::size_t i = 0; i < by_word.size(); ++i) {
    Word& w = Insert(by_word[i].first);
    if (w.variant_count == 0) w.variants = static_cast<uint32_t>(variants_.size());
    ++w.variant_count;
    variants_.push_back(std::move(by_word[i].second));
  }
  return Status::Ok();
}

Status Tagger::LoadTags(const std::string& path) {
  for (auto& row : trans_) {
    for (float& v : row) v = kNoTransition;
  }
  std::string data;
  TagNames names;
  return ForEachEntry(path, &data, [&](int line_no, const Entry& e) -> Status {
    auto from = names.Parse(e.key);
    if (!from) {
      return Status::InvalidInput(path + ":" + std::to_string(line_no) + ": unknown tag " +
                                  QuoteInput(e.key));
    }
    for (const auto& [name, p] : e.values) {
      auto to = names.Parse(name);
      if (!to) {
        return Status::InvalidInput(path + ":" + std::to_string(line_no) + ": unknown tag " +
                                    QuoteInput(name));
      }
      if (p > 0) trans_[int(*from)][int(*to)] = static_cast<float>(std::log(p));
    }
    return Status::Ok();
  });
}

Status Tagger::LoadUnknown(const std::string& path) {
  static const std::pair<std::string_view, Class> kNames[] = {
      {"-abr-", kAbr}, {"-cap-", kCap}, {"-ed-", kEd},   {"-hyp-", kHyp},   {"-hyp-adj-", kHypAdj},
      {"-ing-", kIng}, {"-ly-", kLy},   {"-s-", kS},     {"-sym-", kSym},   {"-tion-", kTion},
      {"-unknown-", kUnknown}};
  for (int32_t& c : class_) c = -1;
  std::string data;
  NEWSGRAPH_RETURN_IF_ERROR(ForEachEntry(path, &data, [&](int line_no, const Entry& e) -> Status {
    std::vector<std::pair<Pos, double>> counts;
    for (const auto& [name, n] : e.values) {
      auto tag = ParseModelTag(name);
      if (!tag) {
        return Status::InvalidInput(path + ":" + std::to_string(line_no) + ": unknown tag " +
                                    QuoteInput(name));
      }
      counts.emplace_back(*tag, n);
    }
    for (const auto& [name, c] : kNames) {
      if (name == e.key) class_[c] = AddDist(counts.data(), counts.size());
    }
    return Status::Ok();
  }));
  // Numbers and brackets are classes written in words.yml.
  static const std::pair<std::string_view, Class> kWordClasses[] = {
      {"*num*", kNum}, {"*ord*", kOrd}, {"*lrb*", kLrb}, {"*rrb*", kRrb}};
  for (const auto& [name, c] : kWordClasses) {
    if (const Word* w = Find(text::HashNorm(name)); w) {
      class_[c] = w->lower >= 0 ? w->lower : w->variant_count ? variants_[w->variants].dist : -1;
    }
  }
  for (int c = 0; c < kClassCount; ++c) {
    if (class_[c] < 0) {
      return Status::InvalidInput(path + ": the model lacks an unknown-word class (" +
                                  std::to_string(c) + "); is it Lingua::EN::Tagger's?");
    }
  }
  return Status::Ok();
}

Result<Tagger> Tagger::Load(std::string_view dir_arg) {
  std::string dir = ResolveDir(dir_arg);
  Tagger t;
  NEWSGRAPH_RETURN_IF_ERROR(t.LoadWords(dir + "/words.yml"));
  NEWSGRAPH_RETURN_IF_ERROR(t.LoadTags(dir + "/tags.yml"));
  NEWSGRAPH_RETURN_IF_ERROR(t.LoadUnknown(dir + "/unknown.yml"));
  return t;
}

void Tagger::ForEachWord(const std::function<void(std::string_view, Pos)>& fn) const {
  for (const Word& w : words_) {
    std::string_view key = std::string_view(keys_).substr(w.key, w.key_len);
    bool seen[kPosCount] = {};
    auto visit = [&](int32_t d) {
      if (d < 0) return;
      for (uint32_t k = 0; k < dists_[d].size; ++k) {
        Pos p = cands_[dists_[d].begin + k].tag;
        if (!seen[int(p)]) fn(key, p);
        seen[int(p)] = true;
      }
    };
    visit(w.lower);
    visit(w.title);
    for (uint32_t v = 0; v < w.variant_count; ++v) visit(variants_[w.variants + v].dist);
  }
}

bool Tagger::IsCompoundHyphen(const text::TokenizedText& text, std::size_t i) {
  if (i == 0 || i + 1 >= text.tokens.size()) return false;
  const text::Token& h = text.tokens[i];
  if (!h.Has(text::kDash) || !h.Has(text::kGlueLeft) || !text.tokens[i + 1].Has(text::kGlueLeft)) {
    return false;
  }
  if (!text.tokens[i - 1].Has(text::kWord) || !text.tokens[i + 1].Has(text::kWord)) return false;
  std::string_view s = text.Surface(i);
  return s == "-" || s == "\u2010" || s == "\u2011";  // hyphens, not dashes
}

// The Dist of the spelling surface among w's forms, or -1.
int32_t Tagger::Exact(const Word& w, std::string_view surface) const {
  if (surface.empty()) return -1;
  if (!IsUpper(surface[0])) return w.lower;
  std::string_view key = std::string_view(keys_).substr(w.key, w.key_len);
  if (surface.size() == key.size() && surface.substr(1) == key.substr(1)) {
    if (w.title >= 0) return w.title;
  }
  for (uint32_t v = 0; v < w.variant_count; ++v) {
    if (variants_[w.variants + v].spelling == surface) return variants_[w.variants + v].dist;
  }
  return -1;
}

// Lingua::EN::Tagger's classes of words missing from the lexicon.
int32_t Tagger::Classify(std::string_view surface, std::string_view norm, bool cap) const {
  if (norm.empty()) return class_[kSym];
  char c0 = norm[0];
  if (c0 == '(' || c0 == '[' || c0 == '{') return class_[kLrb];
  if (c0 == ')' || c0 == ']' || c0 == '}') return class_[kRrb];
  bool digits = true, letters = false, any_digit = false;
  for (char c : norm) {
    if (IsDigit(c)) {
      any_digit = true;
    } else if (c >= 'a' && c <= 'z') {
      letters = true;
      digits = false;
    } else if (c != '.' && c != ',' && c != '/' && c != ':' && c != '-') {
      digits = false;
    }
  }
  if (digits && any_digit && IsDigit(norm.back()) ) return class_[kNum];
  if (any_digit && IsDigit(c0) && letters) return class_[kOrd];
  bool abr = IsUpper(surface[0]);
  for (char c : surface) abr = abr && (IsUpper(c) || c == '.' || c == '-');
  if (abr) return class_[kAbr];
  if (!letters && !any_digit && IsAscii(norm)) return class_[kSym];
  if (cap) return class_[kCap];
  if (EndsWith(norm, "ing")) return class_[kIng];
  if (EndsWith(norm, "s")) return class_[kS];
  if (EndsWith(norm, "tion")) return class_[kTion];
  if (EndsWith(norm, "ly")) return class_[kLy];
  if (EndsWith(norm, "ed")) return class_[kEd];
  return class_[kUnknown];
}

void Tagger::PushDist(int32_t d, float weight, Scratch* s) const {
  for (uint32_t k = 0; k < dists_[d].size; ++k) {
    const Cand& c = cands_[dists_[d].begin + k];
    s->mix[int(c.tag)] += weight * c.prob;
    if (!s->used[int(c.tag)]) s->used_tags[s->used_count++] = static_cast<uint8_t>(c.tag);
    s->used[int(c.tag)] = true;
  }
}

// Writes the mixed distribution in s->mix to s->mixed, clears the mix and
// returns the candidates written.
Tagger::Span Tagger::FinishMix(Scratch* s) const {
  // The used tags in tag order, as a walk over every tag would visit them
  // (the sum skips only zeros, so it is the same number).
  uint8_t* tags = s->used_tags;
  const int count = s->used_count;
  for (int k = 1; k < count; ++k) {
    uint8_t x = tags[k];
    int j = k;
    for (; j > 0 && tags[j - 1] > x; --j) tags[j] = tags[j - 1];
    tags[j] = x;
  }
  double total = 0;
  for (int k = 0; k < count; ++k) total += s->mix[tags[k]];
  Cand* out = s->mixed.data() + s->mixed_used;
  uint32_t n = 0;
  for (int k = 0; k < count; ++k) {
    int t = tags[k];
    double p = s->mix[t] / total;
    out[n++] = {Pos(t), float(p), float(std::log(p) - log_prior_[t])};
    s->mix[t] = 0;
    s->used[t] = false;
  }
  s->used_count = 0;
  s->mixed_used += n;
  return {out, n};
}

Tagger::Span Tagger::DistSpan(int32_t d) const {
  return {cands_.data() + dists_[d].begin, dists_[d].size};
}

// The candidate tags of token i.
Tagger::Span Tagger::WordDist(const text::TokenizedText& text, std::size_t i, bool initial,
                              Scratch* s) const {
  static const Cand kOpen[] = {{Pos::LQuote, 1.0f, 0.0f}};
  static const Cand kClose[] = {{Pos::RQuote, 1.0f, 0.0f}};
  const text::Token& tok = text.tokens[i];
  if (tok.Has(text::kQuote) && tok.norm_len == 1 && text.norm[tok.norm_begin] == '"') {
    bool open = initial || !tok.Has(text::kGlueLeft) ||
                (i + 1 < text.tokens.size() && !text.tokens[i + 1].Has(text::kGlueLeft) &&
                 i > 0 && !text.tokens[i - 1].Has(text::kWord) && !text.tokens[i - 1].Has(text::kPunct));
    return {open ? kOpen : kClose, 1};
  }
  bool cap = tok.Has(text::kCap);
  const Word* w = Find(tok.hash);
  int32_t d = -1, lower = -1;
  if (w) {
    lower = w->lower;
    if (!cap) {
      d = lower;
    } else {
      std::string_view surface = text.Surface(i);
      d = IsAscii(surface) ? Exact(*w, surface) : w->title;
    }
  }
  if (initial && cap && lower >= 0 && d >= 0 && d != lower && !tok.Has(text::kAllCaps)) {
    // Sentence-initial capitals are mostly the common word's.
    PushDist(d, kInitialCapWeight, s);
    PushDist(lower, 1 - kInitialCapWeight, s);
    return FinishMix(s);
  }
  if (d < 0) d = lower;
  if (d < 0 && w && w->variant_count) d = variants_[w->variants].dist;
  if (d >= 0) return DistSpan(d);
  d = Classify(text.Surface(i), text.Norm(i), cap);
  if (initial && d == class_[kCap]) {
    // An unknown sentence-initial capital may be a common word ("Drones hit ...")
    // when its ending says so.
    int32_t common = Classify(text.Surface(i), text.Norm(i), false);
    if (common == class_[kS] || common == class_[kIng] || common == class_[kEd] ||
        common == class_[kLy] || common == class_[kTion]) {
      PushDist(d, 0.5f, s);
      PushDist(common, 0.5f, s);
      return FinishMix(s);
    }
  }
  return DistSpan(d);
}

// The candidate tags of the compound of tokens [b, e).
Tagger::Span Tagger::CompoundDist(const text::TokenizedText& text, std::size_t b, std::size_t e,
                                  Scratch* s) const {
  std::string_view joined = text.Span(b, e);
  s->joined_norm.clear();
  for (std::size_t k = b; k < e; ++k) s->joined_norm += text.Norm(k);
  if (const Word* w = Find(text::HashNorm(s->joined_norm)); w) {
    int32_t d = IsAscii(joined) ? Exact(*w, joined) : w->lower;
    if (d < 0) d = w->lower;
    if (d >= 0) return DistSpan(d);
  }
  // Numbers ("2-1") and abbreviations ("KN-23") keep their classes.
  int32_t whole = Classify(joined, s->joined_norm, text.tokens[b].Has(text::kCap));
  if (whole == class_[kNum] || whole == class_[kOrd] || whole == class_[kAbr]) {
    return DistSpan(whole);
  }
  std::size_t last = e - 1;
  const Word* w = Find(text.tokens[last].hash);
  int32_t piece = -1;
  if (w) piece = IsAscii(text.Surface(last)) ? Exact(*w, text.Surface(last)) : w->lower;
  if (piece < 0 && w) piece = w->lower;
  bool adj = false;
  if (piece >= 0) {
    for (uint32_t k = 0; k < dists_[piece].size; ++k) {
      adj = adj || cands_[dists_[piece].begin + k].tag == Pos::JJ;
    }
  } else {
    piece = Classify(text.Surface(last), text.Norm(last), text.tokens[last].Has(text::kCap));
  }
  PushDist(class_[adj ? kHypAdj : kHyp], 0.5f, s);
  PushDist(piece, 0.5f, s);
  return FinishMix(s);
}

void Tagger::Tag(const text::TokenizedText& text, text::Sentence sent, std::vector<Pos>* pos,
                 std::vector<uint8_t>* continues) const {
  thread_local Scratch s;
  std::size_t n = sent.last - sent.first;
  pos->resize(n);
  continues->resize(n);
  if (n == 0) return;
  if (s.mixed.size() < n * kPosCount) s.mixed.resize(n * kPosCount);
  s.mixed_used = 0;
  s.units.clear();
  bool initial = true;  // no word seen yet in the sentence
  uint32_t offset = 0;
  for (std::size_t i = sent.first; i < sent.last;) {
    std::size_t e = i + 1;
    while (e + 1 < sent.last && text.tokens[e].Has(text::kDash) && IsCompoundHyphen(text, e)) e += 2;
    Span c;
    const text::Token& tok = text.tokens[i];
    const Word* w = nullptr;
    if (e == i + 1 && !tok.Has(text::kQuote) && !tok.Has(text::kCap) && (w = Find(tok.hash)) &&
        w->lower >= 0) {
      c = DistSpan(w->lower);  // the common case of WordDist: a known lower-case word
    } else {
      c = e > i + 1 ? CompoundDist(text, i, e, &s) : WordDist(text, i, initial, &s);
    }
    s.units.push_back({uint32_t(i), uint32_t(e), c, offset});
    offset += c.size;
    if (initial && text.tokens[i].Has(text::kWord)) initial = false;
    i = e;
  }
  // Viterbi over each unit's own tags; the sentence starts after a period.
  if (s.score.size() < offset) s.score.resize(offset), s.back.resize(offset);
  float* score = s.score.data();
  uint32_t* back = s.back.data();
  {
    const Unit& first = s.units[0];
    const float* row = trans_[int(Pos::Period)];
    for (uint32_t c = 0; c < first.cands.size; ++c) {
      score[c] = row[int(first.cands.data[c].tag)] + first.cands.data[c].score;
      back[c] = 0;
    }
  }
  for (std::size_t u = 1; u < s.units.size(); ++u) {
    const Unit& cur = s.units[u];
    const Unit& prev = s.units[u - 1];
    for (uint32_t c = 0; c < cur.cands.size; ++c) {
      int to = int(cur.cands.data[c].tag);
      float best = -1e30f;
      uint32_t arg = 0;
      for (uint32_t p = 0; p < prev.cands.size; ++p) {
        float v = score[prev.offset + p] + trans_[int(prev.cands.data[p].tag)][to];
        if (v > best) best = v, arg = p;
      }
      score[cur.offset + c] = best + cur.cands.data[c].score;
      back[cur.offset + c] = arg;
    }
  }
  const Unit& last = s.units.back();
  uint32_t c = 0;
  for (uint32_t k = 1; k < last.cands.size; ++k) {
    if (score[last.offset + k] > score[last.offset + c]) c = k;
  }
  for (std::size_t u = s.units.size(); u-- > 0;) {
    const Unit& cur = s.units[u];
    Pos tag = cur.cands.data[c].tag;
    for (uint32_t t = cur.begin; t < cur.end; ++t) {
      (*pos)[t - sent.first] = tag;
      (*continues)[t - sent.first] = t > cur.begin;
    }
    c = back[cur.offset + c];
  }
}

}  // namespace newsgraph::nlp
