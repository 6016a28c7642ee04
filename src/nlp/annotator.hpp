// The linguistic layer's entry point: part-of-speech tags and lemmas for every
// token of a document, sentence by sentence.
//
//   auto nlp = nlp::Annotator::Load();  // Debian's tagger model and WordNet
//   text::TokenizedText t = text::Tokenize("Iran test-fired missiles.");
//   std::vector<text::Sentence> s = text::SplitSentences(t, rules);
//   nlp::Annotation a;
//   nlp->Annotate(t, s, &a);
//   a.tokens[1].pos;        // Pos::VBD ("test")
//   a.tokens[3].lemma;      // "fire": "test" "-" "fire" is the compound's lemma
//   a.tokens[2].continues;  // true: "-" continues the compound begun by "test"
//   a.tokens[4].lemma;      // "missile"; lemma_hash == text::HashNorm("missile")
//
// Lemmas are lower case. In a hyphen compound the last piece is lemmatized
// with the compound's tag, the other pieces keep their normalized form, so the
// lemma sequence of "test-fired" is "test" "-" "fire".
// Thread safety: Annotate may be called from many threads after Load.
#ifndef NEWSGRAPH_NLP_ANNOTATOR_HPP_
#define NEWSGRAPH_NLP_ANNOTATOR_HPP_

#include <cstdint>
#include <string_view>
#include <vector>

#include "newsgraph/status.hpp"
#include "nlp/lemmatizer.hpp"
#include "nlp/pos.hpp"
#include "nlp/tagger.hpp"
#include "text/segmenter.hpp"
#include "text/tokenizer.hpp"

namespace newsgraph::nlp {

struct TokenInfo {
  Pos pos = Pos::NN;
  bool continues = false;       // continues a hyphen compound begun by an earlier token
  std::string_view lemma;       // valid while the Annotator and the TokenizedText live
  uint64_t lemma_hash = 0;      // text::HashNorm(lemma)
};

struct Annotation {
  std::vector<TokenInfo> tokens;  // one per token of the text
};

class Annotator {
 public:
  // Empty dirs: $NEWSGRAPH_TAGGER_DIR / $NEWSGRAPH_WORDNET_DIR, else the
  // Debian paths (Tagger::kDefaultDir, Lemmatizer::kDefaultDir).
  static Result<Annotator> Load(std::string_view tagger_dir = {},
                                std::string_view wordnet_dir = {});

  // Fills a->tokens for every token of text. A token outside every sentence
  // keeps Pos::NN and its normalized form as lemma.
  void Annotate(const text::TokenizedText& text, const std::vector<text::Sentence>& sentences,
                Annotation* a) const;

  const Tagger& tagger() const { return tagger_; }
  const Lemmatizer& lemmatizer() const { return lemmatizer_; }

 private:
  Annotator(Tagger t, Lemmatizer l) : tagger_(std::move(t)), lemmatizer_(std::move(l)) {}
  Tagger tagger_;
  Lemmatizer lemmatizer_;
};

}  // namespace newsgraph::nlp

#endif  // NEWSGRAPH_NLP_ANNOTATOR_HPP_
