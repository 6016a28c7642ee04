#include "nlp/annotator.hpp"

#include <string>

namespace newsgraph::nlp {

Result<Annotator> Annotator::Load(std::string_view tagger_dir, std::string_view wordnet_dir) {
  Result<Tagger> tagger = Tagger::Load(tagger_dir);
  if (!tagger.ok()) return tagger.status();
  Result<Lemmatizer> lemmatizer = Lemmatizer::Load(wordnet_dir);
  if (!lemmatizer.ok()) return lemmatizer.status();
  return Annotator(std::move(tagger.value()), std::move(lemmatizer.value()));
}

void Annotator::Annotate(const text::TokenizedText& text,
                         const std::vector<text::Sentence>& sentences, Annotation* a) const {
  std::size_t n = text.tokens.size();
  a->tokens.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    a->tokens[i] = TokenInfo{Pos::NN, false, text.Norm(i), text.tokens[i].hash};
  }
  thread_local std::vector<Pos> pos;
  thread_local std::vector<uint8_t> continues;
  for (const text::Sentence& s : sentences) {
    tagger_.Tag(text, s, &pos, &continues);
    for (uint32_t i = s.first; i < s.last; ++i) {
      TokenInfo& t = a->tokens[i];
      t.pos = pos[i - s.first];
      t.continues = continues[i - s.first] != 0;
      // Only the last piece of a compound is lemmatized; the others keep their form.
      if (i + 1 < s.last && continues[i + 1 - s.first]) continue;
      if (!Lemmatizer::Lemmatizes(t.pos)) continue;  // its form and hash, set above
      t.lemma = lemmatizer_.Lemma(t.lemma, text.tokens[i].hash, t.pos, &t.lemma_hash);
    }
  }
}

}  // namespace newsgraph::nlp
