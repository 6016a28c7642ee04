// Chunks and grammatical functions over an annotated sentence, in one left-to-
// right pass: noun groups (with head and possessor), verb groups (main verb,
// tense, voice, negation, modality, infinitive, gerund), prepositional phrases
// with their attachment, then per verb group its subjects, object, indirect
// object, by-agent and prepositional objects. Everything is indexed: a group
// is a token range, groups point at each other by index into Chunks' vectors.
//
//   auto chunker = nlp::Chunker::Load(schema_dir);   // schemas/nlp/chunker.tsv
//   nlp::Chunks c;
//   chunker->Chunk(tokens, annotation, sentence, {}, &c);
//   // "Russia's envoy urged Iran to stop supplying drones."
//   // nouns: [Russia] [envoy](possessor 0) [Iran] [drones]
//   // verbs: [urged] subject envoy, object Iran; [to stop] infinitive,
//   //        governor 0, subject Iran (object control); [supplying] gerund
//   // "Missiles supplied by Iran hit Kyiv.": [supplied] passive participle
//   //        without "be", subject Missiles, agent Iran; [hit] subject Missiles
//
// Word classes (auxiliaries, control verbs, noun-attaching prepositions) are
// data in schemas/nlp/chunker.tsv. Thread safety: Chunk is const.
#ifndef NEWSGRAPH_NLP_CHUNKER_HPP_
#define NEWSGRAPH_NLP_CHUNKER_HPP_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/flat_map.hpp"
#include "newsgraph/status.hpp"
#include "nlp/annotator.hpp"
#include "text/segmenter.hpp"
#include "text/tokenizer.hpp"

namespace newsgraph::nlp {

struct NounGroup {
  uint32_t first = 0, last = 0;  // tokens [first, last)
  uint32_t head = 0;             // the head noun's token
  int32_t possessor = -1;        // noun group before "'s" ("Russia's envoy")
  int32_t conjunct = -1;         // next noun group coordinated with this one ("A, B and C")
  int32_t apposition_of = -1;    // the noun group this one renames ("X, the ambassador,")
  int32_t prep = -1;             // the prepositional phrase whose object it is
};

enum class Tense : uint8_t { kNone, kPresent, kPast, kFuture };

struct PrepObject {
  uint32_t prep = 0;  // the preposition's token
  int32_t noun = -1;  // its noun group
};

struct VerbGroup {
  uint32_t first = 0, last = 0;  // tokens [first, last), particles included
  uint32_t main = 0;             // the main verb's token
  Tense tense = Tense::kNone;
  bool passive = false;      // "were supplied", "got hit", "missiles supplied by"
  bool participle = false;   // a participle without auxiliary after a noun group
  bool perfect = false;      // "has supplied"
  bool negated = false;      // "not", "n't", "never"
  bool infinitive = false;   // "to supply"
  bool gerund = false;       // "supplying" without auxiliary
  int32_t modal = -1;        // token of a modal ("could") or modality verb ("plans to")
  int32_t governor = -1;     // the verb group whose infinitive or gerund this is
  int32_t conjunct_of = -1;  // verb group this one is coordinated with ("denied and said")
  int32_t antecedent = -1;   // of a relative clause: the noun group "which" / "who" stands for
  std::vector<int32_t> subjects;  // noun groups (several when coordinated)
  int32_t object = -1;
  int32_t indirect_object = -1;
  int32_t agent = -1;             // by-phrase of a passive
  std::vector<PrepObject> preps;  // prepositional phrases attached to this verb group
};

struct PrepPhrase {
  uint32_t prep = 0;
  int32_t noun = -1;         // its object
  int32_t attach_noun = -1;  // attached to this noun group, or
  int32_t attach_verb = -1;  // to this verb group
};

struct Chunks {
  std::vector<NounGroup> nouns;
  std::vector<VerbGroup> verbs;
  std::vector<PrepPhrase> preps;
  std::vector<int32_t> noun_of;  // per token of the sentence (index - first): noun group or -1
  std::vector<int32_t> verb_of;  // per token of the sentence: verb group or -1
};

// A token range that must stay inside one noun group (an entity mention).
struct KeepTogether {
  uint32_t first = 0, last = 0;
};

class Chunker {
 public:
  // Reads schema_dir/nlp/chunker.tsv.
  static Result<Chunker> Load(std::string_view schema_dir);
  // Parses the word classes from text (named name in errors).
  static Result<Chunker> FromText(std::string_view text, std::string_view name);

  void Chunk(const text::TokenizedText& text, const Annotation& a, text::Sentence s,
             const std::vector<KeepTogether>& keep, Chunks* out) const;

 private:
  enum Class : uint32_t {
    kAux = 1, kPassiveAux = 2, kPerfectAux = 4, kNegation = 8, kFuture = 16,
    kSubjectControl = 32, kModality = 64, kObjectControl = 128, kNounPrep = 256, kAgentPrep = 512,
    kSpeech = 1024,
  };
  bool Is(const Annotation& a, uint32_t i, Class c) const {
    const uint32_t* v = classes_.Find(a.tokens[i].lemma_hash);
    return v && (*v & c);
  }
  extract::FlatMap64<uint32_t> classes_;  // HashNorm(lemma) -> Class bits
};

}  // namespace newsgraph::nlp

#endif  // NEWSGRAPH_NLP_CHUNKER_HPP_
