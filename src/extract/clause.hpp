// Shallow syntax over tokens and mentions, for the relation frames: who is the
// subject of a verb, which mentions are coordinated ("A, B and C"), what a
// preposition introduces, where a clause ends. No parser: these are the
// patterns of news English that the frames need.
#ifndef NEWSGRAPH_EXTRACT_CLAUSE_HPP_
#define NEWSGRAPH_EXTRACT_CLAUSE_HPP_

#include <vector>

#include "extract/document.hpp"

namespace newsgraph::extract {

class Clause {
 public:
  Clause(const Lexicon& lex, const Document& doc, const text::Sentence& s)
      : lex_(lex), doc_(doc), s_(s) {}

  // Canonical entity of the mention covering token i, or -1 (also for a
  // mention that names no entity, such as a role nobody holds: "Spokesman"
  // alone). Test it with an Is* predicate before indexing entities.
  int32_t EntityAt(uint32_t i) const;
  const Mention* MentionAt(uint32_t i) const;
  bool IsAgent(int32_t e) const;   // a country or actor
  bool IsWeapon(int32_t e) const;
  bool IsPlace(int32_t e) const;   // a country or location
  bool IsResolution(int32_t e) const;
  bool IsPerson(int32_t e) const;
  bool IsCountry(int32_t e) const;

  // The mentions coordinated with the one at token i, rightwards
  // ("A, B, and the C, plus D"); *end is set past the last one.
  std::vector<int32_t> GroupRight(uint32_t i, uint32_t* end, bool (Clause::*pred)(int32_t) const,
                                  bool strict = false) const;
  // The same, leftwards from the mention ending at token i (exclusive).
  std::vector<int32_t> GroupLeft(uint32_t i, uint32_t* begin, bool (Clause::*pred)(int32_t) const) const;

  // The subject of the verb at token v: the nearest agent group to the left
  // that is not inside a prepositional phrase or a possessive.
  std::vector<int32_t> SubjectOf(uint32_t v, uint32_t* subject_first = nullptr) const;
  // True if the mention stands in a prepositional phrase ("in southern Lebanon").
  bool InPrepositionalPhrase(const Mention& m) const;
  // The sentence's first agent outside a prepositional phrase, before v.
  std::vector<int32_t> MainSubject(uint32_t v) const;
  // The possessor of the noun phrase that ends at token i, skipping its
  // modifiers ("Russia's use", "its war", "North Korea's illicit transfer");
  // -1 if none.
  int32_t PossessorBefore(uint32_t i) const;
  // The first group satisfying pred introduced by one of the prepositions of
  // word_class after token from (before limit).
  std::vector<int32_t> AfterPreposition(uint32_t from, uint32_t limit, WordClass word_class,
                                        bool (Clause::*pred)(int32_t) const) const;
  // Phrases by the tags, the spans a frame reads instead of a fixed number of
  // tokens. A noun phrase is determiners, numbers, adjectives, nouns,
  // possessives, participles before a noun ("guided missiles") and entity
  // mentions, with its complements: coordinated phrases ("X, Y and Z"), and
  // prepositional phrases ("shipments of shells to Russia"), also after a
  // participle ("the claims made by X").
  // NounPhraseEnd: the end of the phrase that starts at token i (i if none),
  // at most limit; it may start with its link ("of W to Y", "and use of W").
  uint32_t NounPhraseEnd(uint32_t i, uint32_t limit) const;
  // NounPhraseStart: the start of the phrase that ends before token i (i if
  // none), at least floor. With links kPrepositions, one phrase with its
  // prepositional complements but no coordination ("the envoy to the U.N."):
  // an apposition; with kNone, the head and its modifiers only.
  enum class Links { kAll, kPrepositions, kNone };
  uint32_t NounPhraseStart(uint32_t i, uint32_t floor, Links links = Links::kAll) const;
  // The first token of the verb group whose main verb is at v: its auxiliaries,
  // modals, negation and adverbs ("has not yet been", "could").
  uint32_t VerbGroupStart(uint32_t v) const;
  // The start of the subject phrase of the verb at v: the noun phrase before
  // its verb group, past a relative pronoun ("missiles, which were supplied").
  uint32_t SubjectPhraseStart(uint32_t v) const;
  // The start of the antecedent of a relative pronoun at token r: the noun
  // phrase before it, past a comma ("arms transfers, which").
  uint32_t AntecedentStart(uint32_t r) const;
  // The group introduced by a preposition of word_class standing right after
  // the verb that ends before token i (adverbs between: "supplied directly by X").
  std::vector<int32_t> PrepositionAfterVerb(uint32_t i, uint32_t limit, WordClass word_class,
                                            bool (Clause::*pred)(int32_t) const) const;
  // First token after v where the clause ends (";", a relative pronoun, a
  // speech verb, the sentence end).
  uint32_t ClauseEnd(uint32_t v) const;
  uint32_t ClauseStart(uint32_t v) const;
  // True if the trigger at v is negated, hypothetical, attempted or halted.
  bool Negated(uint32_t v) const;
  // True if the trigger at v stands inside a denial ("denied supplying").
  bool InDenial(uint32_t v) const;
  // Negated, not counting an enclosing denial (for statements about claims).
  bool LocallyNegated(uint32_t v) const;
  bool Passive(uint32_t v) const;
  // A past participle form ("supplied", "sold", "used").
  bool Participle(uint32_t v) const;

  // A speech verb ("said", "told"), not part of a name ("United States").
  // A "-s" form ("claims", "reports") is a verb only after its subject
  // ("Iran claims"), not after a determiner or a verb ("rejected claims").
  bool SpeechVerb(uint32_t i) const;
  bool In(WordClass word_class, uint32_t i) const { return doc_.In(word_class, i); }
  // Length of the phrase of the class at token i, inside the sentence (0: none).
  uint32_t PhraseAt(WordClass word_class, uint32_t i) const { return doc_.PhraseAt(word_class, i, s_.last); }
  bool HasSuffix(WordClass suffixes, uint32_t i, std::size_t longer_than = 0) const {
    return doc_.HasSuffix(suffixes, i, longer_than);
  }
  std::string_view Norm(uint32_t i) const { return doc_.Norm(i); }
  const text::Sentence& sentence() const { return s_; }

 private:
  bool Nominal(uint32_t i) const;
  uint32_t PhraseLink(uint32_t i, uint32_t limit) const;

  const Lexicon& lex_;
  const Document& doc_;
  const text::Sentence& s_;
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_CLAUSE_HPP_
