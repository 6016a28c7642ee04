// Lemmas from WordNet's morphology (Debian's wordnet-base, WordNet 3.0
// licence): the exception lists (verb.exc, noun.exc, adj.exc, adv.exc), then
// morphy's detachment rules ("-ies" -> "-y", "-ed" -> "-e" / "", ...) whose
// results are kept only if index.<pos> lists them. A word WordNet lacks, and
// every word of a closed class or a proper noun, is its own lemma.
//
//   auto lem = nlp::Lemmatizer::Load();               // $NEWSGRAPH_WORDNET_DIR or /usr/share/wordnet
//   lem->Lemma("sent", nlp::Pos::VBD);                // "send"
//   lem->Lemma("missiles", nlp::Pos::NNS);            // "missile"
//   lem->LemmaOfCompound("test-fired", nlp::Pos::VBD);  // "test-fire"
//
// Words are given lower case, as text::Tokenize normalizes them. A returned
// view points into the lemmatizer (valid while it lives) or is the word given.
// Morphy builds no string: the word's own hash picks its index entry and
// exceptions, and a rule's candidate hash extends the hash of the word's stem.
// Every entry keeps its lemma's hash. Each thread keeps a memo of the lemmas
// it found (one probe for a word seen before), dropped when it grows past
// 131,072 entries or the thread uses another lemmatizer.
// Thread safety: const methods may be called from many threads.
#ifndef NEWSGRAPH_NLP_LEMMATIZER_HPP_
#define NEWSGRAPH_NLP_LEMMATIZER_HPP_

#include <cstdint>
#include <string>
#include <string_view>

#include "extract/flat_map.hpp"
#include "newsgraph/status.hpp"
#include "nlp/pos.hpp"

namespace newsgraph::nlp {

class Lemmatizer {
 public:
  static constexpr std::string_view kDefaultDir = "/usr/share/wordnet";

  // dir, or $NEWSGRAPH_WORDNET_DIR when dir is empty, or kDefaultDir.
  static std::string ResolveDir(std::string_view dir);
  // Reads index.{noun,verb,adj,adv} and {noun,verb,adj,adv}.exc. A missing
  // file is an error naming it and the Debian package that ships it.
  static Result<Lemmatizer> Load(std::string_view dir = {});

  // The lemma of word used as pos; hash is text::HashNorm(word).
  std::string_view Lemma(std::string_view word, uint64_t hash, Pos pos) const;
  std::string_view Lemma(std::string_view word, Pos pos) const;
  // Lemma(word, hash, pos), and *lemma_hash = text::HashNorm of it.
  std::string_view Lemma(std::string_view word, uint64_t hash, Pos pos,
                         uint64_t* lemma_hash) const;
  // A hyphen compound: its last piece is lemmatized ("test-fired" -> "test-fire").
  std::string LemmaOfCompound(std::string_view word, Pos pos) const;
  // False for the tags whose words are their own lemmas (closed classes,
  // proper nouns): Lemma returns the word given.
  static bool Lemmatizes(Pos p) {
    return p == Pos::NN || p == Pos::NNS || IsVerb(p) || IsAdjective(p) || IsAdverb(p);
  }
  // True when WordNet lists lemma for pos's word class.
  bool InWordNet(std::string_view lemma, Pos pos) const;

  std::size_t lemma_count() const { return index_.size(); }

 private:
  struct Ref {
    uint32_t offset = 0;
    uint32_t length = 0;
    uint8_t classes = 0;  // index entries: bit c for word class c
    uint64_t hash = 0;    // HashNorm of the lemma
  };
  enum WordClass { kNoun, kVerb, kAdj, kAdv, kClassCount };

  Status LoadIndex(const std::string& path, WordClass c);
  Status LoadExceptions(const std::string& path, WordClass c);
  uint32_t Intern(std::string_view s);
  std::string_view View(const Ref& r) const { return std::string_view(pool_).substr(r.offset, r.length); }
  // The entry of word's lemma as pos, or nullptr when it is the word itself.
  const Ref* Morphy(std::string_view word, uint64_t hash, Pos pos) const;

  uint64_t id_ = 0;                                // tells the memo whose lemmas it holds
  std::string pool_;                               // lemma spellings back to back
  extract::FlatMap64<Ref> index_;                  // HashNorm(lemma) -> spelling, classes
  extract::FlatMap64<Ref> exceptions_[kClassCount];  // HashNorm(form) -> base
};

}  // namespace newsgraph::nlp

#endif  // NEWSGRAPH_NLP_LEMMATIZER_HPP_
