#include "extract/clause.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace newsgraph::extract {

using namespace std::string_view_literals;

const Mention* Clause::MentionAt(uint32_t i) const {
  if (i >= doc_.mention_at.size() || doc_.mention_at[i] < 0) return nullptr;
  return &doc_.mentions[doc_.mention_at[i]];
}

int32_t Clause::EntityAt(uint32_t i) const {
  const Mention* m = MentionAt(i);
  return m && m->entity >= 0 ? doc_.Canonical(m->entity) : -1;
}

bool Clause::IsAgent(int32_t e) const {
  return e >= 0 && (doc_.entities[e].type == "country"sv || doc_.entities[e].type == "actor"sv);
}
bool Clause::IsWeapon(int32_t e) const { return e >= 0 && doc_.entities[e].type == "weapon"sv; }
bool Clause::IsPlace(int32_t e) const {
  return e >= 0 && (doc_.entities[e].type == "country"sv || doc_.entities[e].type == "location"sv);
}
bool Clause::IsResolution(int32_t e) const { return e >= 0 && doc_.entities[e].type == "resolution"sv; }
bool Clause::IsPerson(int32_t e) const { return e >= 0 && doc_.entities[e].kind == "person"sv; }
bool Clause::IsCountry(int32_t e) const { return e >= 0 && doc_.entities[e].type == "country"sv; }

std::vector<int32_t> Clause::GroupRight(uint32_t i, uint32_t* end,
                                        bool (Clause::*pred)(int32_t) const, bool strict) const {
  std::vector<int32_t> out;
  std::vector<uint32_t> ends;
  bool conjunction = false;
  uint32_t k = i;
  while (k < s_.last) {
    const Mention* m = MentionAt(k);
    int32_t e = EntityAt(k);
    if (!m || !(this->*pred)(e)) break;
    bool dup = false;
    for (int32_t x : out) dup = dup || x == e;
    if (!dup) out.push_back(e);
    k = m->last;
    // "United Nations experts, US lawmakers, and ...": a plural noun after a
    // name ends that conjunct of the list.
    if (k + 1 < s_.last && !MentionAt(k) && doc_.tokens->tokens[k].Has(text::kWord) &&
        !doc_.tokens->tokens[k].Has(text::kCap) && doc_.HasSuffix(WordClass::kPluralSuffixes, k, 3) &&
        !doc_.In(WordClass::kPrepositions, k) && !SpeechVerb(k) &&
        (Norm(k + 1) == ","sv || In(WordClass::kCoordinators, k + 1)) && k + 2 < s_.last &&
        (MentionAt(k + 2) || In(WordClass::kListContinuers, k + 2))) {
      ++k;
    }
    ends.push_back(k);
    if (end) *end = k;
    // Coordination: ",", "and", "or", ", and", "as well as", "plus", "along with".
    uint32_t j = k;
    bool joined = false;
    while (j < s_.last) {
      std::string_view w = Norm(j);
      if (strict && In(WordClass::kAdditionLinks, j)) break;  // "members A and B, plus C": C is added, not listed
      uint32_t phrase = 0;
      if (w == ","sv || In(WordClass::kListJoiners, j)) {
        conjunction = conjunction || w != ","sv;
        ++j;
        joined = true;
      } else if (!strict && (phrase = PhraseAt(WordClass::kListPhrases, j)) > 0) {
        j += phrase;  // "as well as", "along with"
        joined = conjunction = true;
      } else if (w == "-"sv && doc_.tokens->tokens[j].Has(text::kGlueLeft)) {
        ++j;  // "DPRK-Russia"
        joined = conjunction = true;
      } else {
        break;
      }
    }
    if (!joined) break;
    if (j < s_.last && In(WordClass::kGroupDeterminers, j)) ++j;
    const Mention* next = MentionAt(j);
    if (!next || !(this->*pred)(EntityAt(j))) break;
    k = j;
  }
  if (!conjunction && out.size() > 1) {
    out.resize(1);
    if (end) *end = ends.front();
  }
  return out;
}

std::vector<int32_t> Clause::GroupLeft(uint32_t i, uint32_t* begin,
                                       bool (Clause::*pred)(int32_t) const) const {
  std::vector<int32_t> out;
  std::vector<uint32_t> begins;
  bool conjunction = false;
  uint32_t k = i;  // exclusive end
  while (k > s_.first) {
    const Mention* m = MentionAt(k - 1);
    int32_t e = EntityAt(k - 1);
    if (!m || !(this->*pred)(e)) break;
    bool dup = false;
    for (int32_t x : out) dup = dup || x == e;
    if (!dup) out.insert(out.begin(), e);
    k = m->first;
    begins.push_back(k);
    if (begin) *begin = k;
    uint32_t j = k;
    bool joined = false;
    if (j > s_.first && In(WordClass::kGroupDeterminers, j - 1)) --j;
    while (j > s_.first) {
      std::string_view w = Norm(j - 1);
      if (w == ","sv || In(WordClass::kListJoiners, j - 1)) {
        conjunction = conjunction || w != ","sv;
        --j;
        joined = true;
      } else if (w == "-"sv && doc_.tokens->tokens[j - 1].Has(text::kGlueLeft)) {
        --j;
        joined = conjunction = true;
      } else {
        break;
      }
    }
    if (!joined || j <= s_.first) break;
    const Mention* prev = MentionAt(j - 1);
    if (!prev || !(this->*pred)(EntityAt(j - 1))) break;
    k = j;
  }
  if (!conjunction && out.size() > 1) {
    out.erase(out.begin(), out.end() - 1);
    if (begin) *begin = begins.front();
  }
  return out;
}

uint32_t Clause::ClauseStart(uint32_t v) const {
  uint32_t k = v;
  while (k > s_.first) {
    std::string_view w = Norm(k - 1);
    // A name's abbreviation in parentheses stays in its phrase: "the Rapid Support Forces (RSF) said".
    if (w == ")"sv && k >= s_.first + 3) {
      const Mention* inner = MentionAt(k - 2);
      if (inner && inner->first >= s_.first + 2 && Norm(inner->first - 1) == "("sv && inner->last == k - 1 &&
          MentionAt(inner->first - 2)) {
        k = inner->first - 1;
        continue;
      }
    }
    if (w == ";"sv || w == ":"sv || w == "("sv || w == ")"sv) break;
    // A quotation opening or closing a statement bounds a clause; a phrase quoted
    // inside one ('condemned "in the strongest terms" the launch') does not.
    if (doc_.tokens->tokens[k - 1].Has(text::kQuote)) {
      bool inline_quote = k - 1 > s_.first && doc_.tokens->tokens[k - 2].Has(text::kWord) &&
                          !SpeechVerb(k - 2) && k < s_.last && doc_.tokens->tokens[k].Has(text::kWord);
      if (!inline_quote) break;
    }
    --k;
  }
  return k;
}

uint32_t Clause::ClauseEnd(uint32_t v) const {
  uint32_t k = v + 1;
  while (k < s_.last) {
    std::string_view w = Norm(k);
    if (w == "("sv && k > s_.first && MentionAt(k - 1) && k + 2 < s_.last) {
      const Mention* inner = MentionAt(k + 1);
      if (inner && inner->first == k + 1 && inner->last < s_.last && Norm(inner->last) == ")"sv) {
        k = inner->last + 1;  // "(RSF)" after the name it abbreviates
        continue;
      }
    }
    if (w == ";"sv || w == ":"sv || w == "("sv || w == ")"sv || In(WordClass::kClauseBreakers, k)) break;
    // ", drawing criticism from Beijing": a participle clause after a comma.
    if (w == ","sv && k + 1 < s_.last && !MentionAt(k + 1) && HasSuffix(WordClass::kGerundSuffixes, k + 1, 4) &&
        !doc_.tokens->tokens[k + 1].Has(text::kCap)) {
      return k;
    }
    if (w == ","sv || doc_.tokens->tokens[k].Has(text::kQuote)) {
      // ", the AP reports" / ", Kirby said": a speech tag (a named subject
      // phrase and a speech verb) ends the clause.
      uint32_t j = k + 1;
      bool named = false;
      while (j < s_.last && (MentionAt(j) || Nominal(j))) {
        if (const Mention* m = MentionAt(j)) {
          named = true;
          j = std::max(j + 1, m->last);
        } else {
          ++j;
        }
      }
      if (named && j < s_.last && SpeechVerb(j)) return k;  // ", the Israeli military said"
    }
    if (w == ","sv && k + 1 < s_.last && (SpeechVerb(k + 1) || In(WordClass::kCommaClauseOpeners, k + 1))) {
      break;
    }
    ++k;
  }
  return k;
}

// A token that can stand inside a noun phrase.
bool Clause::Nominal(uint32_t i) const {
  if (i < s_.first || i >= s_.last) return false;
  if (MentionAt(i)) return true;
  nlp::Pos p = doc_.PosAt(i);
  if (nlp::IsNoun(p) || nlp::IsAdjective(p)) return !SpeechVerb(i);
  switch (p) {
    case nlp::Pos::DT: case nlp::Pos::PDT: case nlp::Pos::CD: case nlp::Pos::PRP: case nlp::Pos::PRPS:
    case nlp::Pos::POS:
      return true;
    case nlp::Pos::VBN: case nlp::Pos::VBG:  // "guided missiles", "attack drones"
      // After a preposition a gerund heads a clause: "(accused of) transferring weapons".
      if (p == nlp::Pos::VBG && i > s_.first && (doc_.PosAt(i - 1) == nlp::Pos::IN || doc_.PosAt(i - 1) == nlp::Pos::TO)) {
        return false;
      }
      return i + 1 < s_.last && (nlp::IsNoun(doc_.PosAt(i + 1)) || MentionAt(i + 1));
    default:
      return doc_.tokens->tokens[i].Has(text::kGlueLeft) && Norm(i) == "-"sv;  // "Russia-made"
  }
}

// A link from a noun phrase to the next one: a comma or conjunction of a list,
// or a preposition. Returns its length (0: none).
uint32_t Clause::PhraseLink(uint32_t i, uint32_t limit) const {
  if (i >= limit) return 0;
  uint32_t len = PhraseAt(WordClass::kListPhrases, i);
  if (len == 0 && (Norm(i) == ","sv || In(WordClass::kListJoiners, i) || In(WordClass::kPrepositions, i))) len = 1;
  // ", and", "such as"
  while (len > 0 && i + len < limit && (In(WordClass::kListJoiners, i + len) || In(WordClass::kPrepositions, i + len))) ++len;
  return len > 0 && i + len < limit && Nominal(i + len) ? len : 0;
}

uint32_t Clause::NounPhraseEnd(uint32_t i, uint32_t limit) const {
  limit = std::min(limit, s_.last);
  uint32_t k = i;
  while (k < limit) {
    if (const Mention* m = MentionAt(k)) {
      k = std::max(k + 1, std::min(limit, m->last));
    } else if (Nominal(k)) {
      ++k;
    } else if (doc_.tokens->tokens[k].Has(text::kQuote) && (Nominal(k + 1) || (k > i && Nominal(k - 1)))) {
      ++k;  // a quoted phrase or word: 'the "cowardly attacks"'
    } else if (uint32_t len = PhraseLink(k, limit)) {
      k += len;
    } else if (k > i && doc_.PosAt(k) == nlp::Pos::VBN && Nominal(k - 1) && (len = PhraseLink(k + 1, limit)) &&
               In(WordClass::kPrepositions, k + 1)) {
      k += 1 + len;  // a participle with its complement: "the claims made by X", "the embargo imposed by R"
    } else {
      break;
    }
  }
  return k;
}

uint32_t Clause::NounPhraseStart(uint32_t i, uint32_t floor, Links links) const {
  floor = std::max(floor, s_.first);
  auto link = [&](uint32_t j) {
    if (links == Links::kNone) return false;
    // A quoted phrase stays in its phrase: 'collaborating "with evil"'.
    if (In(WordClass::kPrepositions, j) || doc_.tokens->tokens[j].Has(text::kQuote)) return true;
    return links == Links::kAll && (Norm(j) == ","sv || In(WordClass::kListJoiners, j));
  };
  uint32_t k = i;
  while (k > floor) {
    if (const Mention* m = MentionAt(k - 1)) {
      k = std::max(floor, std::min(k - 1, m->first));
    } else if (Nominal(k - 1)) {
      --k;
    } else {
      // A link back to an earlier phrase: "X, Y and", "shipments of", ", and".
      uint32_t j = k - 1;
      if (!link(j)) break;
      while (j > floor && link(j - 1)) --j;
      if (j <= floor || !Nominal(j - 1)) {
        // A phrase may start with its preposition: "(collaborating) with Iran".
        bool preposition = false;
        for (uint32_t x = j; x < k; ++x) preposition = preposition || In(WordClass::kPrepositions, x);
        if (k < i && preposition) k = j;
        break;
      }
      k = j;
    }
  }
  return k;
}

uint32_t Clause::VerbGroupStart(uint32_t v) const {
  uint32_t k = v;
  while (k > s_.first && !MentionAt(k - 1)) {
    nlp::Pos p = doc_.PosAt(k - 1);
    bool aux = p == nlp::Pos::MD || nlp::IsAdverb(p) || p == nlp::Pos::TO || In(WordClass::kNegations, k - 1) ||
               In(WordClass::kBeForms, k - 1) || In(WordClass::kHaveForms, k - 1);
    if (!aux) break;
    --k;
  }
  return k;
}

uint32_t Clause::SubjectPhraseStart(uint32_t v) const {
  uint32_t k = VerbGroupStart(v);
  uint32_t stop = ClauseStart(v);
  if (k > stop && In(WordClass::kRelativePronouns, k - 1)) --k;
  if (k > stop && Norm(k - 1) == ","sv) --k;
  return NounPhraseStart(k, stop);
}

uint32_t Clause::AntecedentStart(uint32_t r) const {
  uint32_t k = r;
  if (k > s_.first && Norm(k - 1) == ","sv) --k;
  return NounPhraseStart(k, s_.first);
}

std::vector<int32_t> Clause::PrepositionAfterVerb(uint32_t i, uint32_t limit, WordClass word_class,
                                                  bool (Clause::*pred)(int32_t) const) const {
  uint32_t k = i;
  while (k < limit && nlp::IsAdverb(doc_.PosAt(k)) && !MentionAt(k)) ++k;
  if (k >= limit || !In(word_class, k)) return {};
  return AfterPreposition(k, NounPhraseEnd(k, limit), word_class, pred);
}

bool Clause::SpeechVerb(uint32_t i) const {
  if (MentionAt(i) || doc_.tokens->tokens[i].Has(text::kCap) || !doc_.In(WordClass::kSpeechVerbs, i)) {
    return false;
  }
  // "were added to the list", "was told": a passive's subject is no speaker.
  if (Passive(i)) return false;
  if (!HasSuffix(WordClass::kThirdPersonSuffixes, i, 3) || HasSuffix(WordClass::kNotThirdPersonSuffixes, i, 3)) {
    return true;
  }
  if (i <= s_.first) return false;
  return MentionAt(i - 1) != nullptr || HasSuffix(WordClass::kAdverbSuffixes, i - 1, 2) ||
         In(WordClass::kVerbSFormPrecursors, i - 1);
}

bool Clause::InPrepositionalPhrase(const Mention& m) const {
  // "in Lebanon", "in southern Lebanon", "at the northern city of": the
  // determiners and lower-case modifiers of the name's phrase between the
  // preposition and the name.
  uint32_t k = m.first;
  for (uint32_t floor = NounPhraseStart(m.first, s_.first, Links::kNone); k > s_.first;) {
    // "members, including Seoul, condemned"
    if (doc_.In(WordClass::kPrepositions, k - 1)) return !In(WordClass::kInclusivePrepositions, k - 1);
    if (k <= floor) return false;
    const text::Token& t = doc_.tokens->tokens[k - 1];
    bool modifier = t.Has(text::kWord) && !t.Has(text::kCap) && !MentionAt(k - 1) && !SpeechVerb(k - 1) &&
                    !doc_.In(WordClass::kBeForms, k - 1) && !doc_.In(WordClass::kHaveForms, k - 1) &&
                    !HasSuffix(WordClass::kPastSuffixes, k - 1, 2) && !In(WordClass::kNonModifiers, k - 1);
    if (!modifier) return false;
    --k;
  }
  return false;
}

std::vector<int32_t> Clause::MainSubject(uint32_t v) const {
  // The first agent of the clause that is not inside a prepositional phrase;
  // inside a relative clause ("which Iran continues to deny"), of that clause.
  uint32_t start = ClauseStart(v);
  for (uint32_t k = v; k > start; --k) {
    if (In(WordClass::kRelativePronouns, k - 1)) {
      start = k;
      break;
    }
  }
  for (uint32_t k = start; k < v; ++k) {
    const Mention* m = MentionAt(k);
    if (!m) continue;
    int32_t e = EntityAt(k);
    bool in_pp = InPrepositionalPhrase(*m);
    bool state_forces = m->possessive && m->last + 1 < v && doc_.In(WordClass::kStateNouns, m->last + 1);
    // "Ukrainian President Volodymyr Zelensky": the demonym belongs to the name after it.
    bool modifier = false;
    for (uint32_t j = m->last, phrase_end = NounPhraseEnd(m->first, v); j < phrase_end && !modifier; ++j) {
      if (IsPerson(EntityAt(j))) modifier = m->kind == MentionKind::kDemonym || m->possessive;
      if (!doc_.tokens->tokens[j].Has(text::kCap)) break;
    }
    if (modifier) {
      k = m->last - 1;
      continue;
    }
    if (IsAgent(e) && !in_pp && (!m->possessive || state_forces)) {
      return GroupRight(m->first, nullptr, &Clause::IsAgent);
    }
    k = m->last - 1;
  }
  return {};
}

std::vector<int32_t> Clause::SubjectOf(uint32_t v, uint32_t* subject_first) const {
  bool gerund = HasSuffix(WordClass::kGerundSuffixes, v, 4);
  if (v > s_.first) {
    std::string_view prev = Norm(v - 1);
    bool infinitive = In(WordClass::kInfinitiveMarkers, v - 1);
    // "claims made by Amnesty accusing it": a participle right after its agent.
    if (gerund && MentionAt(v - 1) && IsAgent(EntityAt(v - 1))) {
      return GroupLeft(v, subject_first, &Clause::IsAgent);
    }
    // "by exporting missiles to Russia, North Korea is ...": the subject follows.
    if (gerund && In(WordClass::kMeansPrepositions, v - 1)) {
      for (uint32_t k = v + 1; k + 1 < s_.last; ++k) {
        if (Norm(k) == ","sv) {
          uint32_t j = k + 1;
          if (j < s_.last && In(WordClass::kDefiniteArticles, j)) ++j;
          if (MentionAt(j) && IsAgent(EntityAt(j))) return GroupRight(j, nullptr, &Clause::IsAgent);
          break;
        }
      }
    }
    // "urged allies to provide jets": the one urged acts, named or not.
    if (infinitive) {
      uint32_t k = NounPhraseStart(VerbGroupStart(v), s_.first);  // the one urged
      if (k > s_.first && doc_.In(WordClass::kUrgeVerbs, k - 1) && !MentionAt(k - 1)) {
        std::vector<int32_t> urged;
        for (uint32_t j = k; j + 1 < v; ++j) {
          if (MentionAt(j) && IsAgent(EntityAt(j))) {
            urged = GroupRight(j, nullptr, &Clause::IsAgent);
            break;
          }
        }
        return urged;
      }
    }
    // "North Korea continues to test-fire missiles": the subject of the verb before "to".
    if (infinitive && v >= s_.first + 2 && !MentionAt(v - 2) && doc_.tokens->tokens[v - 2].Has(text::kWord) &&
        !doc_.tokens->tokens[v - 2].Has(text::kCap)) {
      std::vector<int32_t> subj = SubjectOf(v - 2);
      if (!subj.empty()) return subj;
    }
    // "to protest the attack", ", accusing it of": the sentence's subject acts.
    if (infinitive || (gerund && prev == ","sv)) {
      std::vector<int32_t> main = MainSubject(v);
      if (!main.empty()) return main;
    }
    // "A joined B (on Wednesday) in condemning X": both act.
    if (gerund && In(WordClass::kJointActPrepositions, v - 1) && v >= s_.first + 2) {
      uint32_t k = NounPhraseStart(v - 1, s_.first);  // the one joined
      if (k > s_.first && In(WordClass::kJoinVerbs, k - 1)) {
        std::vector<int32_t> subj = SubjectOf(k - 1);
        for (uint32_t j = k; j < v; ++j) {
          if (MentionAt(j) && IsAgent(EntityAt(j))) {
            for (int32_t e : GroupRight(j, nullptr, &Clause::IsAgent)) {
              if (std::find(subj.begin(), subj.end(), e) == subj.end()) subj.push_back(e);
            }
            break;
          }
        }
        return subj;
      }
    }
  }
  // "Linda Smith, the U.S. ambassador, condemned": the name before the apposition.
  if (v > s_.first + 1 && Norm(v - 1) == ","sv) {
    // "Ambassador to the U.N., Vasily Nebenzya, dismissed": the name itself.
    const Mention* named = MentionAt(v - 2);
    if (named && named->last == v - 1 && IsAgent(EntityAt(v - 2)) && IsPerson(EntityAt(v - 2))) {
      return {EntityAt(v - 2)};
    }
    // The apposition or relative clause set off by commas ("the U.S. ambassador",
    // "who spoke with his counterpart"): the comma that opens it, in the clause.
    uint32_t k = v - 1;
    for (uint32_t stop = ClauseStart(v - 1); k > stop && Norm(k - 1) != ","sv;) --k;
    // ", along with X," / ", including X," adds to the subject: not an apposition.
    if (k < v - 1 && k > s_.first + 1 && Norm(k - 1) == ","sv && !In(WordClass::kSubjectAdditions, k)) {
      const Mention* m = MentionAt(k - 2);
      if (m && m->last == k - 1 && IsAgent(EntityAt(k - 2))) return GroupLeft(k - 1, subject_first, &Clause::IsAgent);
    }
  }
  // "Zhao said the deal was illegal and urged ...": a verb coordinated with an
  // earlier one shares its subject.
  // "cut ties with Iran for collaborating ... and supplying drones": a gerund
  // after "for" (or joined to one) tells what the party named before did.
  if (gerund && v > s_.first + 1) {
    uint32_t g = v;
    if (In(WordClass::kVerbCoordinators, v - 1)) {
      // "collaborating with Iran and supplying": the gerund before the first one's object.
      uint32_t k = NounPhraseStart(v - 1, s_.first, Links::kPrepositions);
      if (k > s_.first && HasSuffix(WordClass::kGerundSuffixes, k - 1, 4) && !MentionAt(k - 1)) g = k - 1;
    }
    if (g > s_.first + 1 && In(WordClass::kCausePrepositions, g - 1)) {
      for (uint32_t k = g - 1; k > s_.first; --k) {
        if (MentionAt(k - 1) && IsAgent(EntityAt(k - 1))) return {EntityAt(k - 1)};
        if (Norm(k - 1) == ","sv || Norm(k - 1) == ";"sv) break;
      }
    }
  }
  if (!gerund && v > s_.first + 1 && In(WordClass::kVerbCoordinators, v - 1)) {
    for (uint32_t k = v - 1; k > s_.first; --k) {
      if (MentionAt(k - 1)) continue;
      bool past = !doc_.tokens->tokens[k - 1].Has(text::kCap) &&
                  (HasSuffix(WordClass::kPastSuffixes, k - 1, 3) || doc_.In(WordClass::kIrregularParticiples, k - 1));
      if (SpeechVerb(k - 1) || past) {
        std::vector<int32_t> subj = SubjectOf(k - 1);
        if (!subj.empty()) return subj;
        break;
      }
    }
  }
  // "for use in attacking Ukraine": a gerund after a preposition has no subject of its own.
  if (gerund && v > s_.first && doc_.In(WordClass::kPrepositions, v - 1)) return {};
  uint32_t stop = ClauseStart(v);
  // "the ambassadors of A, B and C (in Yaounde) condemned": those they speak for. The phrase
  // opens the clause (after an opener set off by a comma: "In a statement, the ministers of").
  uint32_t open = stop;  // past a dateline ("MAIDUGURI, Nigeria, April 14 - Fighters of X attacked")
  for (uint32_t k = stop; k < v && stop == s_.first; ++k) {  // a dateline opens its sentence
    if (doc_.tokens->tokens[k].Has(text::kDash) && !doc_.tokens->tokens[k].Has(text::kGlueLeft)) open = k + 1;
  }
  for (uint32_t k = open; k < v; ++k) {
    // A role word may be read as a mention of its own ("the [ambassadors] of").
    const Mention* role = MentionAt(k);
    if ((role && !(role->kind == MentionKind::kRole && role->last == k + 1 && k + 1 < v &&
                   In(WordClass::kOfPreposition, k + 1))) ||
        SpeechVerb(k)) {
      break;
    }
    // "the ministers of A and B"; "gunmen from the X gang", "fighters of the X".
    bool of = In(WordClass::kOfPreposition, k);
    if (!of && !In(WordClass::kSourcePrepositions, k)) continue;
    bool speaks = k > open && ((of && In(WordClass::kRepresentativeNouns, k - 1)) || In(WordClass::kCombatantNouns, k - 1));
    uint32_t named = k + 1;
    if (named < v && In(WordClass::kArticles, named)) ++named;
    if (speaks && named < v && MentionAt(named) && IsAgent(EntityAt(named)) && !MentionAt(named)->possessive) {
      uint32_t start = NounPhraseStart(k - 1, open, Links::kNone);
      if (start == open || Norm(start - 1) == ","sv) return GroupRight(named, nullptr, &Clause::IsAgent);
    }
    break;
  }
  // "a day after gunmen ambushed a patrol": a subordinate clause whose subject names no one;
  // a name before the subordinator belongs to the main clause.
  if (!gerund) {
    uint32_t group = VerbGroupStart(v);
    uint32_t phrase = NounPhraseStart(group, stop, Links::kNone);
    bool named = false;
    for (uint32_t k = phrase; k < group && !named; ++k) named = MentionAt(k) != nullptr;
    if (phrase < group && !named && nlp::IsNoun(doc_.PosAt(group - 1)) && phrase > s_.first &&
        In(WordClass::kSubordinators, phrase - 1)) {
      return {};
    }
  }
  for (uint32_t k = v; k > stop;) {
    if (In(WordClass::kRelativePronouns, k - 1) || Norm(k - 1) == ";"sv) {
      // "X, which ... used": relative clauses take the antecedent for "who"/"which"
      // only when nothing stands between the pronoun and the verb.
      if (In(WordClass::kSubjectRelativePronouns, k - 1) && k == v) {
        uint32_t j = k - 1;
        if (j > stop && Norm(j - 1) == ","sv) --j;
        if (j > stop && MentionAt(j - 1) && IsAgent(EntityAt(j - 1))) {
          return GroupLeft(j, subject_first, &Clause::IsAgent);
        }
      }
      break;
    }
    const Mention* m = MentionAt(k - 1);
    if (!m && SpeechVerb(k - 1) && k - 1 != v) break;
    if (!m) {
      --k;
      continue;
    }
    int32_t e = EntityAt(k - 1);
    uint32_t before = m->first;
    bool in_pp = InPrepositionalPhrase(*m);
    if (in_pp && m->last < v && before > s_.first && doc_.In(WordClass::kSubordinators, before - 1)) {
      // "since Moscow launched": a clause, not a phrase, when a verb follows.
      // ("after X vessels rammed": the name's phrase runs up to the verb.)
      bool verb = HasSuffix(WordClass::kPastSuffixes, m->last, 2) || doc_.In(WordClass::kHaveForms, m->last) ||
                  doc_.In(WordClass::kBeForms, m->last) || m->last == v || NounPhraseEnd(m->first, v) >= VerbGroupStart(v);
      if (verb) in_pp = false;
    }
    bool compound = m->last + 1 < v && Norm(m->last) == "-"sv && doc_.tokens->tokens[m->last].Has(text::kGlueLeft);
    // "China's military fired": a state's forces are the state.
    bool state_forces = m->possessive && m->last + 1 < v && doc_.In(WordClass::kStateNouns, m->last + 1);
    bool possessor = (m->possessive && !state_forces) || compound || (m->kind == MentionKind::kDemonym && m->last < v &&
                                       MentionAt(m->last) == nullptr &&
                                       !doc_.In(WordClass::kStateNouns, m->last) &&
                                       doc_.tokens->tokens[m->last].Has(text::kWord) &&
                                       !doc_.In(WordClass::kHaveForms, m->last) &&
                                       !doc_.In(WordClass::kBeForms, m->last));
    // "..., along with Ukraine, jointly denounced": an addition to the subject.
    if (in_pp && IsAgent(e) && m->first >= s_.first + 2 &&
        doc_.PhraseAt(WordClass::kAccompanimentPhrases, m->first - 2, m->first) == 2) {
      // The group before ", along with": "Britain, France, and the United States".
      std::vector<int32_t> rest;
      uint32_t comma = m->first - 2;
      if (comma >= s_.first + 2 && Norm(comma - 1) == ","sv && MentionAt(comma - 2)) {
        rest = GroupLeft(comma - 1, nullptr, &Clause::IsAgent);
      }
      for (int32_t x : GroupRight(m->first, nullptr, &Clause::IsAgent)) {
        if (std::find(rest.begin(), rest.end(), x) == rest.end()) rest.push_back(x);
      }
      return rest;
    }
    if (IsAgent(e) && !in_pp && !possessor) {
      return GroupLeft(m->last, subject_first, &Clause::IsAgent);
    }
    k = m->first;
  }
  return {};
}

int32_t Clause::PossessorBefore(uint32_t i) const {
  uint32_t k = i;
  for (uint32_t floor = NounPhraseStart(i, s_.first); k > floor;) {
    const Mention* m = MentionAt(k - 1);
    if (m) {
      int32_t e = EntityAt(k - 1);
      if (IsAgent(e) && (m->possessive || m->kind == MentionKind::kDemonym ||
                         m->kind == MentionKind::kPronoun || m->last == i)) {
        return e;
      }
      if (IsWeapon(e)) {
        k = m->first;
        continue;
      }
      return -1;
    }
    std::string_view w = Norm(k - 1);
    if (w == "'s"sv || w == "'"sv) {
      --k;
      continue;
    }
    if (!doc_.tokens->tokens[k - 1].Has(text::kWord) && w != "-"sv) return -1;
    if (doc_.In(WordClass::kPrepositions, k - 1) && !In(WordClass::kOfPreposition, k - 1)) return -1;
    if (In(WordClass::kArticles, k - 1)) return -1;
    --k;
  }
  return -1;
}

std::vector<int32_t> Clause::AfterPreposition(uint32_t from, uint32_t limit, WordClass word_class,
                                              bool (Clause::*pred)(int32_t) const) const {
  for (uint32_t k = from; k + 1 < limit; ++k) {
    if (!doc_.In(word_class, k)) continue;
    uint32_t j = k + 1;
    // Skip determiners and adjectives up to a mention: "against the capital", "on Ukrainian targets".
    for (uint32_t phrase_end = NounPhraseEnd(j, limit); j < phrase_end && !MentionAt(j);) {
      std::string_view w = Norm(j);
      // "by several hundred fighters of X": the group the fighters belong to.
      bool fighters = j > k + 1 && In(WordClass::kCombatantNouns, j - 1) &&
                      (In(WordClass::kOfPreposition, j) || In(WordClass::kSourcePrepositions, j));
      if (fighters) {
        ++j;
        continue;
      }
      if (doc_.In(WordClass::kPrepositions, j) || w == ","sv || !doc_.tokens->tokens[j].Has(text::kWord)) break;
      ++j;
    }
    // "in its war against Ukraine": a possessor is not the place; nor is a
    // demonym before a noun ("at an Israeli base in the Golan Heights").
    if (j < limit && MentionAt(j)) {
      const Mention* m = MentionAt(j);
      bool adjective = (m->kind == MentionKind::kDemonym && m->last < limit && !MentionAt(m->last) &&
                        doc_.tokens->tokens[m->last].Has(text::kWord) && !doc_.In(WordClass::kPrepositions, m->last)) ||
                       // "in the Russia-Ukraine war": names joined into a modifier
                       (m->last + 1 < limit && Norm(m->last) == "-"sv && doc_.tokens->tokens[m->last].Has(text::kGlueLeft));
      if (m->possessive || m->kind == MentionKind::kPronoun || (adjective && pred == &Clause::IsPlace)) {
        // A place named further on in the phrase still counts.
        for (uint32_t x = m->last, phrase_end = NounPhraseEnd(m->last, limit); x < phrase_end; ++x) {
          if (doc_.In(WordClass::kPrepositions, x) && x + 1 < limit) {
            std::vector<int32_t> further = AfterPreposition(x, NounPhraseEnd(x + 1, limit), word_class, pred);
            if (!further.empty()) return further;
            break;
          }
        }
        continue;
      }
    }
    if (j < limit && MentionAt(j) && (this->*pred)(EntityAt(j))) return GroupRight(j, nullptr, pred);
  }
  return {};
}

bool Clause::Negated(uint32_t v) const { return LocallyNegated(v) || InDenial(v); }

bool Clause::LocallyNegated(uint32_t v) const {
  // The verb's group ("could not have"), or the noun's modifiers ("the
  // planned transfer"), and the verb that governs it ("halted", "tried to").
  uint32_t stop = ClauseStart(v);
  uint32_t scope = std::min(VerbGroupStart(v), NounPhraseStart(v, stop, Links::kNone));
  if (scope > stop) --scope;
  for (uint32_t k = v; k > scope; --k) {
    // "may" is a modal, "May 2" a date.
    bool modal = doc_.In(WordClass::kHypotheticalModals, k - 1) && !doc_.tokens->tokens[k - 1].Has(text::kCap);
    if (doc_.In(WordClass::kNegations, k - 1) || modal ||
        doc_.In(WordClass::kHaltVerbs, k - 1)) {
      return true;
    }
    if (In(WordClass::kInfinitiveMarkers, k - 1) && k >= s_.first + 2 && doc_.In(WordClass::kAttemptVerbs, k - 2)) {
      return true;
    }
  }
  return false;
}

bool Clause::InDenial(uint32_t v) const {
  uint32_t stop = ClauseStart(v);
  // Inside a denial: "denied that X had supplied", "denies providing" -- but
  // not inside a claim reported within it ("rejected claims by Y accusing it
  // of supplying": Y's claim stands as Y's).
  bool denial = false;
  for (uint32_t k = stop; k < v; ++k) {
    if (In(WordClass::kDenialVerbs, k)) {
      denial = true;
    } else if (denial && (SpeechVerb(k) || doc_.HasPrefix(WordClass::kAccusationStems, k))) {
      denial = false;
    }
  }
  return denial;
}

bool Clause::Participle(uint32_t v) const {
  return HasSuffix(WordClass::kPastSuffixes, v, 2) || doc_.In(WordClass::kIrregularParticiples, v);
}

bool Clause::Passive(uint32_t v) const {
  if (!Participle(v)) return false;
  for (uint32_t k = v, group = VerbGroupStart(v); k > group; --k) {
    std::string_view w = Norm(k - 1);
    if (doc_.In(WordClass::kBeForms, k - 1) && w != "'s"sv) return true;
    if (MentionAt(k - 1) || !doc_.tokens->tokens[k - 1].Has(text::kWord)) break;
  }
  return false;
}

}  // namespace newsgraph::extract
