// Part-of-speech tagger: a bigram hidden Markov model decoded by Viterbi over
// the model Lingua::EN::Tagger ships (Debian's liblingua-en-tagger-perl, GPL-3
// data, trained on the Penn Treebank): words.yml (word -> tag counts), tags.yml
// (P(tag | previous tag)), unknown.yml (tag counts of unknown-word classes).
// The files are read at run time; nothing of them is copied into newsgraph.
//
//   auto tagger = nlp::Tagger::Load();            // $NEWSGRAPH_TAGGER_DIR or the Debian path
//   text::TokenizedText t = text::Tokenize("Iran test-fired a missile.");
//   std::vector<nlp::Pos> pos;  std::vector<uint8_t> cont;
//   tagger->Tag(t, {0, uint32_t(t.tokens.size())}, &pos, &cont);
//   // pos: NNP VBD VBD VBD DT NN .   cont: 0 0 1 1 0 0 0
//
// Each word scores log P(tag | word) - log P(tag) (= log P(word | tag) up to a
// constant); the decoder visits only the tags the word was seen with.
// A hyphen compound glued by the tokenizer ("test" "-" "fired") is one word:
// its joined form is looked up, else it gets the hyphenated-word class mixed
// with the tags of its last piece; every piece and hyphen gets its tag.
// At a sentence start, a capitalized word also counts with its lower-case
// tags, so "Strikes hit ..." is not a proper noun.
// Thread safety: const methods may be called from many threads after Load.
#ifndef NEWSGRAPH_NLP_TAGGER_HPP_
#define NEWSGRAPH_NLP_TAGGER_HPP_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/flat_map.hpp"
#include "newsgraph/status.hpp"
#include "nlp/pos.hpp"
#include "text/segmenter.hpp"
#include "text/tokenizer.hpp"

namespace newsgraph::nlp {

class Tagger {
 public:
  static constexpr std::string_view kDefaultDir = "/usr/share/perl5/Lingua/EN/Tagger";

  // dir, or $NEWSGRAPH_TAGGER_DIR when dir is empty, or kDefaultDir.
  static std::string ResolveDir(std::string_view dir);
  // Loads words.yml, tags.yml and unknown.yml from ResolveDir(dir). A missing
  // file is an error naming it and the Debian package that ships it.
  static Result<Tagger> Load(std::string_view dir = {});

  // Tags tokens [s.first, s.last) of text: (*pos)[k] is the tag of token
  // s.first + k, (*continues)[k] is 1 when that token continues a hyphen
  // compound begun by an earlier token. Both vectors are resized.
  void Tag(const text::TokenizedText& text, text::Sentence s, std::vector<Pos>* pos,
           std::vector<uint8_t>* continues) const;

  // True when token i is a hyphen gluing tokens i - 1 and i + 1 into one word.
  static bool IsCompoundHyphen(const text::TokenizedText& text, std::size_t i);

  // Calls fn(lower_case_word, tag) for each tag each lexicon word was seen with.
  void ForEachWord(const std::function<void(std::string_view, Pos)>& fn) const;

  std::size_t word_count() const { return words_.size(); }

 private:
  struct Cand {
    Pos tag;
    float prob;   // P(tag | word)
    float score;  // log P(tag | word) - log P(tag)
  };
  struct Dist {
    uint32_t begin = 0;
    uint32_t size = 0;
  };
  struct Word {
    int32_t lower = -1;     // Dist of the lower-case form
    int32_t title = -1;     // Dist of the form with an initial capital
    uint32_t variants = 0;  // other spellings ("U.S.", "McCain"): [variants, +count)
    uint32_t variant_count = 0;
    uint32_t key = 0;       // lower-case form in keys_
    uint32_t key_len = 0;
  };
  struct Variant {
    std::string spelling;
    int32_t dist;
  };
  struct Span {
    const Cand* data;
    uint32_t size;
  };
  struct Unit;
  struct Scratch;

  Status LoadWords(const std::string& path);
  Status LoadTags(const std::string& path);
  Status LoadUnknown(const std::string& path);
  int32_t AddDist(const std::pair<Pos, double>* counts, std::size_t count);
  Word& Insert(uint64_t hash);
  const Word* Find(uint64_t hash) const;
  int32_t Exact(const Word& w, std::string_view surface) const;
  int32_t Classify(std::string_view surface, std::string_view norm, bool cap) const;
  Span DistSpan(int32_t d) const;
  Span WordDist(const text::TokenizedText& text, std::size_t i, bool initial,
                Scratch* scratch) const;
  Span CompoundDist(const text::TokenizedText& text, std::size_t b, std::size_t e,
                    Scratch* scratch) const;
  void PushDist(int32_t d, float weight, Scratch* scratch) const;
  Span FinishMix(Scratch* scratch) const;

  std::vector<Cand> cands_;
  std::vector<Dist> dists_;
  std::vector<Word> words_;
  extract::FlatMap64<uint32_t> index_;  // HashNorm(lower-case form) -> words_ index
  std::vector<Variant> variants_;
  std::string keys_;
  float trans_[kPosCount][kPosCount] = {};  // log P(to | from)
  double prior_[kPosCount] = {};            // P(tag), from the word counts
  double log_prior_[kPosCount] = {};
  // Classes of words missing from the lexicon, by name in the model files.
  enum Class { kNum, kOrd, kLrb, kRrb, kAbr, kCap, kEd, kHyp, kHypAdj, kIng, kLy, kS, kSym,
               kTion, kUnknown, kClassCount };
  int32_t class_[kClassCount] = {};
};

}  // namespace newsgraph::nlp

#endif  // NEWSGRAPH_NLP_TAGGER_HPP_
