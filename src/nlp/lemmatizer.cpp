#include "nlp/lemmatizer.hpp"

#include <atomic>
#include <cstring>

#include "nlp/resource.hpp"
#include "text/tokenizer.hpp"

namespace newsgraph::nlp {
namespace {

constexpr std::string_view kPackage = "wordnet-base";
constexpr const char* kEnv = "NEWSGRAPH_WORDNET_DIR";
constexpr const char* kClassNames[] = {"noun", "verb", "adj", "adv"};

// morphy's detachment rules: {suffix, replacement}.
struct Rule {
  std::string_view suffix, replacement;
};
constexpr Rule kNounRules[] = {{"s", ""},    {"ses", "s"},  {"xes", "x"},  {"zes", "z"},
                               {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Rule kVerbRules[] = {{"s", ""},  {"ies", "y"}, {"es", "e"},  {"es", ""},
                               {"ed", "e"}, {"ed", ""},  {"ing", "e"}, {"ing", ""}};
constexpr Rule kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

int ClassOf(Pos p) {
  if (p == Pos::NN || p == Pos::NNS) return 0;
  if (IsVerb(p)) return 1;
  if (IsAdjective(p)) return 2;
  if (IsAdverb(p)) return 3;
  return -1;  // closed classes and proper nouns keep their form
}

bool Inflected(Pos p) {
  switch (p) {
    case Pos::NNS: case Pos::VBD: case Pos::VBN: case Pos::VBG: case Pos::VBZ:
    case Pos::JJR: case Pos::JJS: case Pos::RBR: case Pos::RBS:
      return true;
    default:
      return false;
  }
}

// Whether a rule's suffix fits what the tag says of the form.
bool RuleFits(Pos p, std::string_view suffix) {
  switch (p) {
    case Pos::VBD: case Pos::VBN: return suffix == "ed";
    case Pos::VBG: return suffix == "ing";
    case Pos::VBZ: return suffix.back() == 's';
    case Pos::JJR: case Pos::RBR: return suffix == "er";
    case Pos::JJS: case Pos::RBS: return suffix == "est";
    default: return true;
  }
}

constexpr std::size_t kMaxSuffix = 4;  // the longest suffix of the rules
constexpr std::size_t kMaxWord = 64;   // longer words are not lemmatized by rule

bool EndsWith(std::string_view word, std::string_view suffix) {
  const char* w = word.data() + word.size() - suffix.size();
  for (std::size_t k = 0; k < suffix.size(); ++k) {
    if (w[k] != suffix[k]) return false;
  }
  return true;
}

constexpr uint32_t kSelf = UINT32_MAX;       // memo: the lemma is the word itself
constexpr std::size_t kMemoLimit = 1u << 17;  // memo entries a thread keeps at most

uint64_t MemoKey(uint64_t hash, Pos pos) {
  return hash ^ ((static_cast<uint64_t>(pos) + 1) * 0x9E3779B97F4A7C15ull);
}

// A distinct id per loaded lemmatizer, so that a thread's memo never outlives its owner.
std::atomic<uint64_t> next_id{1};

Status ReadWordNet(const std::string& path, std::string* out) {
  return ReadResource(path, kPackage, kEnv, out);
}

}  // namespace

std::string Lemmatizer::ResolveDir(std::string_view dir) {
  return ResolveResourceDir(dir, kEnv, kDefaultDir);
}

uint32_t Lemmatizer::Intern(std::string_view s) {
  uint32_t off = static_cast<uint32_t>(pool_.size());
  pool_ += s;
  return off;
}

// index.<class>: one lemma a line, first field; lines starting with a space
// are the licence.
Status Lemmatizer::LoadIndex(const std::string& path, WordClass c) {
  std::string data;
  NEWSGRAPH_RETURN_IF_ERROR(ReadWordNet(path, &data));
  std::string_view rest = data, line;
  while (NextLine(&rest, &line)) {
    if (line.empty() || line[0] == ' ') continue;
    std::string_view lemma = line.substr(0, line.find(' '));
    if (lemma.find('_') != std::string_view::npos) continue;  // multi-word lemmas
    bool added = false;
    uint64_t hash = text::HashNorm(lemma);
    Ref& r = index_.Insert(hash, &added);
    if (added) r = Ref{Intern(lemma), static_cast<uint32_t>(lemma.size()), 0, hash};
    r.classes |= static_cast<uint8_t>(1u << c);
  }
  return Status::Ok();
}

// <class>.exc: "inflected base [base...]"; the first base is kept.
Status Lemmatizer::LoadExceptions(const std::string& path, WordClass c) {
  std::string data;
  NEWSGRAPH_RETURN_IF_ERROR(ReadWordNet(path, &data));
  std::string_view rest = data, line;
  int line_no = 0;
  while (NextLine(&rest, &line)) {
    ++line_no;
    if (line.empty()) continue;
    std::size_t sp = line.find(' ');
    if (sp == std::string_view::npos) {
      return Status::InvalidInput(path + ":" + std::to_string(line_no) +
                                  ": expected 'form base' in " + QuoteInput(line));
    }
    std::string_view form = line.substr(0, sp);
    std::string_view base = line.substr(sp + 1);
    base = base.substr(0, base.find(' '));
    if (form.find('_') != std::string_view::npos || base.find('_') != std::string_view::npos) continue;
    bool added = false;
    Ref& r = exceptions_[c].Insert(text::HashNorm(form), &added);
    if (added) r = Ref{Intern(base), static_cast<uint32_t>(base.size()), 0, text::HashNorm(base)};
  }
  return Status::Ok();
}

Result<Lemmatizer> Lemmatizer::Load(std::string_view dir_arg) {
  std::string dir = ResolveDir(dir_arg);
  Lemmatizer l;
  l.id_ = next_id.fetch_add(1);
  l.pool_.reserve(1 << 21);
  l.index_.Reserve(160000);  // WordNet 3.0 has some 147,000 one-word lemmas
  for (int c = 0; c < kClassCount; ++c) {
    NEWSGRAPH_RETURN_IF_ERROR(l.LoadIndex(dir + "/index." + kClassNames[c], WordClass(c)));
    NEWSGRAPH_RETURN_IF_ERROR(l.LoadExceptions(dir + "/" + kClassNames[c] + ".exc", WordClass(c)));
  }
  return l;
}

bool Lemmatizer::InWordNet(std::string_view lemma, Pos pos) const {
  int c = ClassOf(pos);
  if (c < 0) return false;
  const Ref* r = index_.Find(text::HashNorm(lemma));
  return r && (r->classes & (1u << c));
}

// WordNet's morphy: exceptions, then the detachment rules checked against the
// index. A base-form tag prefers the word itself; an inflected one prefers the
// shortest base found (as NLTK's lemmatizer does: "troops" -> "troop").
const Lemmatizer::Ref* Lemmatizer::Morphy(std::string_view word, uint64_t hash, Pos pos) const {
  int c = ClassOf(pos);
  if (c < 0) return nullptr;
  auto listed = [&](uint64_t h) -> const Ref* {
    const Ref* r = index_.Find(h);
    return r && (r->classes & (1u << c)) ? r : nullptr;
  };
  const Ref* self = listed(hash);
  bool inflected = Inflected(pos);
  if (self && !inflected) return self;
  if (const Ref* e = exceptions_[c].Find(hash)) return e;
  const Rule* rules = nullptr;
  std::size_t count = 0;
  if (c == kNoun) rules = kNounRules, count = std::size(kNounRules);
  if (c == kVerb) rules = kVerbRules, count = std::size(kVerbRules);
  if (c == kAdj) rules = kAdjRules, count = std::size(kAdjRules);
  // prefix[k]: the hash of word without its last k bytes, so a candidate's
  // hash is its stem's extended by the replacement.
  uint64_t prefix[kMaxSuffix + 1] = {};
  std::size_t cut = word.size() < kMaxSuffix ? word.size() : kMaxSuffix;
  prefix[cut] = text::HashNorm(word.substr(0, word.size() - cut));
  for (std::size_t k = cut; k-- > 0;) {
    prefix[k] = text::HashNormExtend(prefix[k + 1], word.substr(word.size() - k - 1, 1));
  }
  const Ref* best = nullptr;
  for (std::size_t k = 0; k < count; ++k) {
    const Rule& rule = rules[k];
    std::size_t n = rule.suffix.size();
    if (word.size() <= n || word.size() + 4 > kMaxWord) continue;
    if (!EndsWith(word, rule.suffix)) continue;
    if (inflected && !RuleFits(pos, rule.suffix)) continue;
    if (const Ref* r = listed(text::HashNormExtend(prefix[n], rule.replacement))) {
      if (!inflected) return r;
      if (!best || r->length < best->length) best = r;
    }
  }
  return best ? best : self;
}

std::string_view Lemmatizer::Lemma(std::string_view word, uint64_t hash, Pos pos) const {
  uint64_t lemma_hash = 0;
  return Lemma(word, hash, pos, &lemma_hash);
}

std::string_view Lemmatizer::Lemma(std::string_view word, uint64_t hash, Pos pos,
                                   uint64_t* lemma_hash) const {
  *lemma_hash = hash;
  if (ClassOf(pos) < 0) return word;
  // Each thread remembers the lemmas it found, per lemmatizer: a text repeats
  // its words, and a probe is cheaper than morphy.
  struct Memo {
    uint64_t owner = 0;
    extract::FlatMap64<Ref> lemmas;  // MemoKey(hash, pos) -> lemma, offset kSelf: the word
  };
  thread_local Memo memo;
  if (memo.owner != id_ || memo.lemmas.size() >= kMemoLimit) {
    memo = Memo();
    memo.owner = id_;
  }
  bool added = false;
  Ref& m = memo.lemmas.Insert(MemoKey(hash, pos), &added);
  if (added) {
    const Ref* r = Morphy(word, hash, pos);
    m = r ? *r : Ref{kSelf, 0, 0, hash};
  }
  if (m.offset == kSelf) return word;
  *lemma_hash = m.hash;
  return View(m);
}

std::string_view Lemmatizer::Lemma(std::string_view word, Pos pos) const {
  return Lemma(word, text::HashNorm(word), pos);
}

std::string Lemmatizer::LemmaOfCompound(std::string_view word, Pos pos) const {
  uint64_t hash = text::HashNorm(word);
  std::string_view whole = Lemma(word, hash, pos);
  if (whole != word || InWordNet(word, pos)) return std::string(whole);
  std::size_t dash = word.rfind('-');
  if (dash == std::string_view::npos || dash + 1 >= word.size()) return std::string(word);
  std::string out(word.substr(0, dash + 1));
  out += Lemma(word.substr(dash + 1), pos);
  return out;
}

}  // namespace newsgraph::nlp
