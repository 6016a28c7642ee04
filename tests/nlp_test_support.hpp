// Shared by the tests of src/nlp: the annotator over Debian's tagger model and
// WordNet (both installed by scripts/bootstrap.sh), loaded once, and a helper
// that tags a text of one or more lines.
#ifndef NEWSGRAPH_TESTS_NLP_TEST_SUPPORT_HPP_
#define NEWSGRAPH_TESTS_NLP_TEST_SUPPORT_HPP_

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "nlp/annotator.hpp"
#include "text/segmenter.hpp"
#include "text/tokenizer.hpp"

namespace newsgraph::testing {

inline const nlp::Annotator& SharedAnnotator() {
  static const nlp::Annotator annotator = [] {
    auto a = nlp::Annotator::Load();
    INFO(a.status().ToString());
    REQUIRE(a.ok());
    return std::move(a.value());
  }();
  return annotator;
}

// Segmenter rules enough for the tests' own sentences.
inline const text::SegmenterRules& TestSegmenterRules() {
  static const text::SegmenterRules rules = [] {
    text::SegmenterRules r;
    for (const char* a : {"mr", "mrs", "ms", "dr", "gen", "col", "lt", "sen", "jan", "feb", "aug",
                          "sept", "oct", "nov", "dec", "no", "st"}) {
      r.abbreviations.insert(a);
    }
    r.sometimes = {"u.s.", "u.n.", "u.k."};
    r.openers = {"the", "a", "he", "she", "it", "they", "but", "in", "on", "we"};
    return r;
  }();
  return rules;
}

// A text annotated: its tokens and one TokenInfo per token.
struct Annotated {
  std::string source;
  text::TokenizedText tokens;
  std::vector<text::Sentence> sentences;
  nlp::Annotation annotation;

  explicit Annotated(std::string s) : source(std::move(s)) {
    tokens = text::Tokenize(source);
    sentences = text::SplitSentences(tokens, TestSegmenterRules());
    SharedAnnotator().Annotate(tokens, sentences, &annotation);
  }
  Annotated(const Annotated&) = delete;

  // "word/TAG word/TAG ..." for every token.
  std::string Tagged() const {
    std::string out;
    for (std::size_t i = 0; i < tokens.tokens.size(); ++i) {
      if (i) out += ' ';
      out += tokens.Surface(i);
      out += '/';
      out += nlp::PosName(annotation.tokens[i].pos);
    }
    return out;
  }
  std::string Lemmas() const {
    std::string out;
    for (std::size_t i = 0; i < tokens.tokens.size(); ++i) {
      if (i) out += ' ';
      out += annotation.tokens[i].lemma;
    }
    return out;
  }
};

}  // namespace newsgraph::testing

#endif  // NEWSGRAPH_TESTS_NLP_TEST_SUPPORT_HPP_
