// Stage 3: relations. Each trigger word found in a sentence is read through
// its frame (extract/triggers.tsv): the frame knows where the relation's
// source, target and roles stand around the trigger, in the active, the
// passive and the nominal forms.
#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_map>

#include "extract/sentence_relations.hpp"

namespace newsgraph::extract {

using namespace std::string_view_literals;

void SentenceRelations::Emit(int32_t src, const std::string& rel, int32_t dst,
                             std::map<std::string, int32_t> roles, std::string about) {
  if (src < 0 || dst < 0 || src == dst) return;
  Fact f;
  f.source = src;
  f.relation = rel;
  f.target = dst;
  f.role_entities = std::move(roles);
  if (!about.empty()) f.role_texts["about"] = std::move(about);
  f.sentence = si_;
  doc_.facts.push_back(std::move(f));
}

std::vector<int32_t> SentenceRelations::Subject(const TriggerHit& t) {
  auto it = subject_override_.find(t.first);
  if (it != subject_override_.end()) return it->second;
  // In a statement's own words, "We ... condemn" is its issuers speaking.
  uint32_t opener = c_.Norm(s_.first) == "\""sv && s_.first + 1 < s_.last ? s_.first + 1 : s_.first;
  if (c_.In(WordClass::kFirstPersonPlural, opener) && !issuers_.empty() && t.info->frame == Frame::kStatement &&
      !(t.first > s_.first && c_.MentionAt(t.first - 1))) {
    return issuers_;
  }
  std::vector<int32_t> subj = c_.SubjectOf(t.first);
  // "A backed the text, as did B and C": the verb repeated for more subjects.
  for (uint32_t k = t.last; k + 2 < s_.last && !subj.empty(); ++k) {
    if (!c_.In(WordClass::kSubordinators, k) || !c_.In(WordClass::kDoForms, k + 1)) continue;
    if (c_.Norm(k - 1) != ","sv || !c_.MentionAt(k + 2)) break;
    for (int32_t e : c_.GroupRight(k + 2, nullptr, &Clause::IsAgent)) {
      if (std::find(subj.begin(), subj.end(), e) == subj.end()) subj.push_back(e);
    }
    break;
  }
  if (subj.empty() && t.info->frame == Frame::kStatement && !issuers_.empty()) {
    // "... and we call on": a joint statement's issuers speak.
    // The pronoun stands right before the verb group ("we also call on").
    uint32_t g = c_.VerbGroupStart(t.first);
    if (g > c_.ClauseStart(t.first) && c_.In(WordClass::kFirstPersonSubjects, g - 1)) return issuers_;
  }
  return subj;
}

std::vector<int32_t> SentenceRelations::Weapons(uint32_t from, uint32_t to) const {
  std::vector<int32_t> out;
  for (uint32_t k = from; k < to; ++k) {
    int32_t e = c_.EntityAt(k);
    if (c_.IsWeapon(e) && std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
    if (const Mention* m = c_.MentionAt(k)) k = m->last - 1;
  }
  return out;
}

void SentenceRelations::EmitEach(const std::vector<int32_t>& sources, const std::string& relation,
                                 const std::vector<int32_t>& targets, const char* role,
                                 const std::vector<int32_t>& role_values) {
  for (int32_t source : sources) {
    for (int32_t target : targets) {
      std::map<std::string, int32_t> roles;
      if (!role_values.empty()) roles[role] = role_values.front();
      Emit(source, relation, target, roles);
    }
  }
}

std::vector<int32_t> SentenceRelations::SpecificWeapons(const std::vector<int32_t>& weapons) const {
  std::vector<int32_t> out;
  auto add = [&](int32_t e) {
    if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
  };
  // True if system e belongs to class cls (directly or through broader classes).
  auto of_class = [&](int32_t e, const std::string& cls) {
    if (lex_.IsWeaponClass(doc_.entities[e].id)) return false;
    std::string c = doc_.entities[e].weapon_class;
    for (int depth = 0; !c.empty() && depth < 6; ++depth) {
      if (c == cls) return true;
      const LexEntity* le = lex_.FindEntity(c);
      c = le ? le->weapon_class : std::string();
    }
    return false;
  };
  for (int32_t w : weapons) {
    std::vector<int32_t> named;
    if (lex_.IsWeaponClass(doc_.entities[w].id)) {
      for (uint32_t k = s_.first; k < s_.last && named.empty(); ++k) {
        const Mention* m = c_.MentionAt(k);
        if (!m || c_.EntityAt(k) != w) continue;
        uint32_t j = m->last, link = c_.PhraseAt(WordClass::kExampleLinks, j);
        if (link > 0) {
          j += link;
          if (j < s_.last && c_.In(WordClass::kDefiniteArticles, j)) ++j;
          if (c_.MentionAt(j) && c_.IsWeapon(c_.EntityAt(j))) named = c_.GroupRight(j, nullptr, &Clause::IsWeapon);
        } else if (m->first > s_.first && c_.In(WordClass::kAnaphoricDeterminers, m->first - 1)) {
          // Back through the sentences before to the systems of the class: the last one
          // named for "the drone", the last two or more for "the drones".
          bool plural = doc_.PosAt(m->last - 1) == nlp::Pos::NNS || doc_.PosAt(m->last - 1) == nlp::Pos::NNPS;
          int32_t sentence = -1;
          for (auto it = doc_.mentions.rbegin(); it != doc_.mentions.rend(); ++it) {
            if (it->first >= s_.first || it->entity < 0) continue;
            bool enough = plural ? named.size() >= 2 : !named.empty();
            if (enough && it->sentence != static_cast<uint32_t>(sentence)) break;
            int32_t e = doc_.Canonical(it->entity);
            if (!of_class(e, doc_.entities[w].id)) continue;
            sentence = static_cast<int32_t>(it->sentence);
            if (std::find(named.begin(), named.end(), e) == named.end()) named.insert(named.begin(), e);
          }
        }
        k = m->last - 1;
      }
    }
    if (named.empty()) add(w);
    for (int32_t x : named) add(x);
  }
  return out;
}

void SentenceRelations::SupplyPair(const std::vector<int32_t>& suppliers,
                                   const std::vector<int32_t>& recipients,
                                   const std::vector<int32_t>& given) {
  std::vector<int32_t> weapons = SpecificWeapons(given);
  EmitEach(suppliers, "supplied", weapons, "recipient", recipients);
  EmitEach(recipients, "acquired", weapons, "supplier", suppliers);
  for (int32_t r : recipients) recent_users_.push_back(r);
}

void SentenceRelations::UsePair(const std::vector<int32_t>& users, const std::vector<int32_t>& given,
                                const std::vector<int32_t>& places) {
  std::vector<int32_t> weapons = SpecificWeapons(given);
  EmitEach(users, "used", weapons, "location", places);
  EmitEach(weapons, "used-in", places, "user", users);
  for (int32_t u : users) recent_users_.push_back(u);
}

std::vector<int32_t> SentenceRelations::ObjectActors(uint32_t from, uint32_t to, bool first_only) const {
  std::vector<int32_t> out;
  for (uint32_t k = from; k < to; ++k) {
    const Mention* m = c_.MentionAt(k);
    if (!m) {
      std::string_view w = c_.Norm(k);
      if (first_only && c_.In(WordClass::kObjectEnders, k) && !out.empty()) break;
      if (c_.In(WordClass::kRelativePronouns, k) || (w == ","sv && !out.empty())) break;
      // "sanctions on A and two firms it said had ...": a reduced relative clause ends the object.
      if (!out.empty() && c_.SpeechVerb(k)) break;
      // "condemned the sale and imposed sanctions on X": a second verb phrase.
      if (c_.In(WordClass::kVerbCoordinators, k) && k + 1 < to && !c_.MentionAt(k + 1) &&
          !c_.In(WordClass::kDefiniteArticles, k + 1) && !doc_.tokens->tokens[k + 1].Has(text::kCap)) {
        bool verb = c_.HasSuffix(WordClass::kPastSuffixes, k + 1, 2) || c_.SpeechVerb(k + 1) ||
                    c_.In(WordClass::kIrregularParticiples, k + 1);
        if (verb) break;
      }
      // "urged member states to ...": an infinitive ends the object.
      if (c_.In(WordClass::kInfinitiveMarkers, k) && k + 1 < to && !c_.MentionAt(k + 1) &&
          !c_.In(WordClass::kDefiniteArticles, k + 1)) {
        break;
      }
      continue;
    }
    int32_t e = c_.EntityAt(k);
    // The word before the mention, skipping "the".
    bool has_prev = m->first > s_.first;
    uint32_t prev = has_prev ? m->first - 1 : m->first;
    if (has_prev && c_.In(WordClass::kDefiniteArticles, prev) && m->first >= s_.first + 2) prev = m->first - 2;
    bool direct = !c_.In(WordClass::kPrepositions, m->first > s_.first ? m->first - 1 : m->first) ||
                  (has_prev && c_.In(WordClass::kDirectObjectPrepositions, prev));
    if (has_prev && (c_.In(WordClass::kNotObjectPrepositions, prev) ||
                     (c_.In(WordClass::kOfPreposition, prev) && !m->possessive))) {
      direct = false;
    }
    if (m->first == from) direct = true;
    if (c_.IsAgent(e) && direct) {
      uint32_t gend;
      for (int32_t x : c_.GroupRight(m->first, &gend, &Clause::IsAgent)) {
        if (std::find(out.begin(), out.end(), x) == out.end()) out.push_back(x);
      }
      k = gend - 1;
      // "Russia's annexation of four Ukrainian regions": the act's owner is
      // the party; what follows describes the act.
      if (first_only || c_.MentionAt(gend - 1)->possessive) break;
      continue;
    }
    k = m->last - 1;
  }
  return out;
}

std::vector<int32_t> SentenceRelations::LatestAgents(const std::string& relation) const {
  // The facts of one relation stated last: this sentence's, else the last sentence's that had one.
  std::vector<int32_t> out = SentenceSources(relation);
  if (!out.empty()) return out;
  auto it = latest_.find(relation);
  return it == latest_.end() ? out : it->second;
}

std::vector<int32_t> SentenceRelations::SentenceSources(const std::string& relation) const {
  // This sentence's facts are the last ones in doc_.facts.
  std::vector<int32_t> out;
  for (auto it = doc_.facts.rbegin(); it != doc_.facts.rend() && it->sentence == si_; ++it) {
    if (it->relation == relation && std::find(out.begin(), out.end(), it->source) == out.end()) {
      out.insert(out.begin(), it->source);
    }
  }
  return out;
}

std::vector<int32_t> SentenceRelations::ActVerbSubject(const TriggerHit& t) const {
  uint32_t k = t.first;
  // Skip the noun's determiners, modifiers and named weapons ("the possible", "ballistic missile").
  while (k > s_.first) {
    // "claimed responsibility for an attack": the claimant is the agent.
    if (k >= s_.first + 3 && doc_.PhraseAt(WordClass::kResponsibilityPhrases, k - 2, k) == 2) {
      return c_.SubjectOf(k - 3);
    }
    const Mention* m = c_.MentionAt(k - 1);
    if (m && c_.IsWeapon(c_.EntityAt(k - 1))) {
      k = m->first;
      continue;
    }
    bool det = c_.In(WordClass::kActNounDeterminers, k - 1);
    bool adj = !m && doc_.tokens->tokens[k - 1].Has(text::kWord) && !c_.In(WordClass::kPrepositions, k - 1) &&
               !c_.In(WordClass::kActVerbs, k - 1) && !c_.HasSuffix(WordClass::kPastSuffixes, k - 1, 2) &&
               !c_.SpeechVerb(k - 1);
    if (!det && !adj) break;
    --k;
  }
  if (k > s_.first + 1 && k <= t.first && c_.In(WordClass::kVerbParticles, k - 1)) --k;  // "carried out"
  if (k > s_.first && k <= t.first && c_.In(WordClass::kActVerbs, k - 1)) return c_.SubjectOf(k - 1);
  return {};
}

const TriggerInfo* SentenceRelations::ActNoun(uint32_t from, uint32_t to, std::vector<int32_t>* agents) const {
  std::vector<PhraseMatcher::Hit> hits;
  // The act noun heads the object phrase ("protest the deadly attack").
  for (uint32_t k = from, phrase_end = c_.NounPhraseEnd(from, to); k < phrase_end; ++k) {
    if (const Mention* m = c_.MentionAt(k)) {
      // "the U.S. strikes", "American-British aggression": agents may modify the act.
      if (!agents || !c_.IsAgent(c_.EntityAt(k)) || m->possessive) return nullptr;
      k = m->last - 1;
      continue;
    }
    hits.clear();
    lex_.triggers().MatchAll(*doc_.tokens, k, to, &hits);
    for (const auto& h : hits) {
      const TriggerInfo* ti = &lex_.trigger_info()[h.value];
      // A membership ("urged member states to ...") is a standing, not an act with agents.
      if (!ti->noun || ti->frame == Frame::kMember) continue;
      if (agents && k > from && c_.MentionAt(k - 1)) *agents = c_.GroupLeft(k, nullptr, &Clause::IsAgent);
      return ti;
    }
  }
  return nullptr;
}

int32_t SentenceRelations::Speaker() const {
  // '"...," Baghaei said.': a sentence opening with a quote has its tag last.
  if (doc_.tokens->tokens[s_.first].Has(text::kQuote)) {
    for (uint32_t k = s_.last; k > s_.first; --k) {
      if (!c_.SpeechVerb(k - 1)) continue;
      if (k < s_.last && c_.IsAgent(c_.EntityAt(k))) return c_.EntityAt(k);
      std::vector<int32_t> subj = c_.SubjectOf(k - 1);
      if (!subj.empty()) return subj.front();
      break;
    }
  }
  for (uint32_t k = s_.first; k < s_.last; ++k) {
    if (k + 2 < s_.last && c_.PhraseAt(WordClass::kAttributionPhrases, k) == 2) {
      int32_t e = c_.EntityAt(k + 2);
      if (e < 0 && k + 3 < s_.last && c_.In(WordClass::kDefiniteArticles, k + 2)) e = c_.EntityAt(k + 3);
      if (c_.IsAgent(e)) return e;
    }
    if (!c_.SpeechVerb(k) || c_.In(WordClass::kCitationVerbs, k)) continue;
    // ", the report said": a tag whose subject names no one gives no speaker.
    uint32_t tag = c_.NounPhraseStart(c_.VerbGroupStart(k), s_.first, Clause::Links::kNone);
    bool unnamed_tag = tag < k && tag > s_.first && c_.Norm(tag - 1) == ","sv;
    for (uint32_t j = tag; j < k && unnamed_tag; ++j) unnamed_tag = !c_.MentionAt(j);
    if (unnamed_tag) continue;
    std::vector<int32_t> subj = c_.SubjectOf(k);
    if (!subj.empty()) return subj.front();
    // "..., said Kirby" / "..., Kirby said": an inverted tag ends the sentence or clause.
    if (k + 1 < s_.last && c_.IsAgent(c_.EntityAt(k + 1))) {
      uint32_t after = c_.MentionAt(k + 1)->last;
      if (after >= s_.last || c_.Norm(after) == ","sv || c_.Norm(after) == "."sv || c_.Norm(after) == ";"sv) {
        return c_.EntityAt(k + 1);
      }
    }
    if (k > s_.first && c_.IsAgent(c_.EntityAt(k - 1))) return c_.EntityAt(k - 1);
  }
  return -1;
}

void SentenceRelations::Run() {
  std::vector<PhraseMatcher::Hit> hits;
  for (uint32_t i = s_.first; i < s_.last; ++i) {
    hits.clear();
    lex_.triggers().MatchAll(*doc_.tokens, i, s_.last, &hits);
    if (hits.empty() && ImposedMeasure(i)) {
      // "imposed similar measures on X": the noun stands for sanctions.
      for (const TriggerInfo& ti : lex_.trigger_info()) {
        if (ti.relation == "sanctioned"sv && ti.noun) {
          triggers_.push_back({i, i + 1, &ti});
          break;
        }
      }
      continue;
    }
    if (hits.empty() || doc_.mention_at[i] >= 0) continue;
    uint32_t len = hits.front().length;
    // A word can be verb and noun ("strikes", "supplies"): a determiner, a
    // possessive or an adjective before it makes it a noun.
    bool has_prev = i > s_.first;
    bool noun_context = (has_prev && c_.In(WordClass::kNounMarkers, i - 1)) ||
                        (i > s_.first && c_.MentionAt(i - 1) && c_.MentionAt(i - 1)->kind != MentionKind::kPronoun &&
                         !c_.In(WordClass::kBeForms, i - 1) && c_.IsWeapon(c_.EntityAt(i - 1))) ||
                        (i > s_.first && doc_.tokens->tokens[i - 1].Has(text::kWord) &&
                         !c_.MentionAt(i - 1) && !c_.In(WordClass::kHaveForms, i - 1) && !c_.In(WordClass::kBeForms, i - 1) &&
                         !c_.In(WordClass::kNegations, i - 1) && !c_.In(WordClass::kHypotheticalModals, i - 1) &&
                         !c_.In(WordClass::kVerbMarkers, i - 1) && !c_.HasSuffix(WordClass::kAdverbSuffixes, i - 1, 2) &&
                         !doc_.tokens->tokens[i - 1].Has(text::kCap));
    // The tagger decides where it is sure: a noun or a finite / base verb form
    // at the trigger's head (its last word); participles and gerunds keep the
    // context above, as they are read both ways ("the shelling", "supplied").
    nlp::Pos head = doc_.PosAt(i + len - 1);
    if (doc_.nlp && nlp::IsNoun(head)) noun_context = true;
    if (doc_.nlp && (head == nlp::Pos::VBD || head == nlp::Pos::VBZ || head == nlp::Pos::VBP)) noun_context = false;
    const TriggerInfo* verb = nullptr;
    const TriggerInfo* noun = nullptr;
    for (const auto& h : hits) {
      if (h.length != len) break;
      const TriggerInfo* ti = &lex_.trigger_info()[h.value];
      (ti->noun ? noun : verb) = ti;
    }
    // "attacks on Khartoum", "supplies of arms": a preposition after makes it a noun.
    if (i + len < s_.last) {
      if (c_.In(WordClass::kNounComplementPrepositions, i + len)) noun_context = true;
    }
    const TriggerInfo* chosen = (noun && (noun_context || !verb)) ? noun : verb;
    if (!chosen) chosen = noun;
    // "the vote", "a launch" with no noun reading of the word: no fact.
    if (!chosen->noun && has_prev && c_.In(WordClass::kArticles, i - 1)) {
      i += len - 1;
      continue;
    }
    triggers_.push_back({i, i + len, chosen});
    i += len - 1;
  }
  for (const TriggerHit& t : triggers_) {
    switch (t.info->frame) {
      case Frame::kTransfer: Transfer(t); break;
      case Frame::kReceive: Receive(t); break;
      case Frame::kUse: Use(t); break;
      case Frame::kAttack: Attack(t); break;
      case Frame::kStatement: Statement(t); break;
      case Frame::kViolate: Violate(t); break;
      case Frame::kMember: Member(t); break;
      case Frame::kImpact: Impact(t); break;
    }
  }
  // "X-supplied W": a state glued to a transfer participle before a weapon.
  for (uint32_t i = s_.first; i + 2 < s_.last; ++i) {
    const Mention* m = c_.MentionAt(i);
    if (!m || m->last + 1 >= s_.last || !c_.IsAgent(c_.EntityAt(i))) continue;
    uint32_t d = m->last;
    if (c_.Norm(d) != "-"sv || !doc_.tokens->tokens[d].Has(text::kGlueLeft)) continue;
    std::vector<PhraseMatcher::Hit> th;
    lex_.triggers().MatchAll(*doc_.tokens, d + 1, s_.last, &th);
    bool transfer = false;
    for (const auto& h : th) transfer = transfer || lex_.trigger_info()[h.value].frame == Frame::kTransfer;
    if (!transfer) continue;
    std::vector<int32_t> weapons = Weapons(d + 2, c_.NounPhraseEnd(d + 2, s_.last));
    // The recipient: named after the weapons ("... weapons to the Houthis"), or
    // whoever the sentence says used them ("Russian forces launched the
    // North Korean-supplied missiles").
    uint32_t end = c_.ClauseEnd(d + 1);
    std::vector<int32_t> recipients =
        c_.AfterPreposition(d + 2, end, WordClass::kRecipientPrepositions, &Clause::IsAgent);
    if (recipients.empty()) recipients = SentenceSources("used");
    SupplyPair({c_.EntityAt(i)}, recipients, weapons);
  }
  // Reported speech: facts stated in this sentence are asserted by its speaker.
  int32_t speaker = Speaker();
  if (speaker >= 0) {
    for (auto it = doc_.facts.rbegin(); it != doc_.facts.rend() && it->sentence == si_; ++it) {
      Fact& f = *it;
      // "'The UAE denies ...,' said its minister": a statement made by a person
      // for the state is the person's.
      bool stance = f.relation == "condemned"sv || f.relation == "accused"sv || f.relation == "denied"sv ||
                    f.relation == "urged"sv;
      if (stance && f.source != speaker && doc_.entities[speaker].kind == "person"sv) {
        for (const auto& r : doc_.entities[speaker].represents) {
          if (doc_.Canonical(r.first) == f.source) f.source = speaker;
        }
      }
      if (f.source != speaker && f.asserted_by < 0) f.asserted_by = speaker;
    }
    bool claims = false;
    for (uint32_t k = s_.first; k < s_.last; ++k) claims = claims || c_.SpeechVerb(k);
    if (claims) {
      bool denial = false;
      for (auto it = doc_.facts.rbegin(); it != doc_.facts.rend() && it->sentence == si_; ++it) {
        denial = denial || it->relation == "denied"sv;
      }
      if (!denial) recent_claimants_.assign(1, speaker);
    }
  }
  for (uint32_t k = s_.first; k < s_.last; ++k) {
    int32_t e = c_.EntityAt(k);
    if (e >= 0 && doc_.entities[e].kind == "organization"sv && doc_.entities[e].category == "un-body"sv) {
      last_un_body_ = e;
    }
  }
}

namespace {

// True if the token at i is a word that a name before it modifies ("Council
// members", "Russian forces"), not a coordinator, preposition or subordinator.
bool ModifiedNoun(const Clause& c, const Document& doc, uint32_t i) {
  return i < c.sentence().last && !c.MentionAt(i) && doc.tokens->tokens[i].Has(text::kWord) &&
         !c.In(WordClass::kListLinks, i) && !c.In(WordClass::kPrepositions, i) &&
         !c.In(WordClass::kSubordinators, i);
}

// The issuers a sentence names for a joint statement or letter: "the joint
// statement by A, B and C", "a statement issued by countries including A and
// B", "permanent members A and B, non-permanent members C and D, as well as
// E", or "A, B and C issued a statement". Empty unless two or more are named.
std::vector<int32_t> IssuersIn(const Lexicon& lex, const Document& doc, const text::Sentence& s) {
  Clause c(lex, doc, s);
  for (uint32_t k = s.first; k < s.last; ++k) {
    if (!c.In(WordClass::kStatementNouns, k) || c.MentionAt(k)) continue;
    uint32_t end = c.ClauseEnd(k);
    for (uint32_t j = k + 1; j < end; ++j) {
      // "by A, B and C", "on behalf of A, B and C"
      uint32_t behalf = c.PhraseAt(WordClass::kBehalfPhrases, j);
      if (!c.In(WordClass::kAgentPrepositions, j) && behalf == 0) continue;
      if (behalf > 0) j += behalf - 1;
      std::vector<int32_t> out;
      // The list runs through commas and roles ("eight countries, including A, B,
      // and C") until the statement's own verb, a speech verb or a subordinate clause.
      std::vector<PhraseMatcher::Hit> hits;
      for (uint32_t x = j + 1; x < s.last && c.Norm(x) != ";"; ++x) {
        bool in_list = (x + 1 < s.last && c.In(WordClass::kListLinks, x + 1)) || c.In(WordClass::kListLinks, x - 1);
        if (c.In(WordClass::kSubordinators, x) && !in_list) break;  // "... as Pyongyang prepared"
        hits.clear();
        lex.triggers().MatchAll(*doc.tokens, x, s.last, &hits);
        bool verb = c.SpeechVerb(x);
        for (const auto& h : hits) verb = verb || !lex.trigger_info()[h.value].noun;
        if (!c.MentionAt(x) && verb) break;
        const Mention* m = c.MentionAt(x);
        if (!m) continue;
        int32_t e = c.EntityAt(x);
        x = m->last - 1;
        if (!c.IsAgent(e) || m->possessive || ModifiedNoun(c, doc, m->last)) continue;
        if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
      }
      if (out.size() >= 2) return out;
      break;
    }
    std::vector<int32_t> subj = c.SubjectOf(k);
    if (subj.size() >= 2) return subj;
  }
  return {};
}

// A joint statement whose issuers are named in sentence si after its acts
// were stated ("G7 ministers condemned X and urged Y. The statement was
// issued by A and B."): every issuer performs each act stated in si or the
// sentence before it by one of the issuers, by a body speaking for them, or by
// parties the sentence left unnamed.
void ShareStatementActs(const Lexicon& lex, const std::vector<int32_t>& issuers, uint32_t si,
                        const std::vector<Fact>& unnamed_acts, Document* doc) {
  std::set<std::string> stance;  // the relations of the statement frame
  for (const TriggerInfo& ti : lex.trigger_info()) {
    if (ti.frame == Frame::kStatement) stance.insert(ti.relation);
  }
  auto issuer = [&](int32_t e) { return std::find(issuers.begin(), issuers.end(), e) != issuers.end(); };
  std::set<std::tuple<int32_t, std::string, int32_t>> have;
  std::vector<Fact> shared;
  for (const Fact& f : doc->facts) {
    if (f.sentence + 1 < si || f.sentence > si) continue;
    have.emplace(f.source, f.relation, f.target);
    const Entity& src = doc->entities[f.source];
    // A body that speaks for states (the G7, the OSCE), not one state's ministry.
    bool body = src.type == "actor" && src.kind != "person" && src.InternationalBody();
    if (!stance.count(f.relation) || !(issuer(f.source) || body)) continue;
    for (int32_t e : issuers) {
      if (e == f.source || e == f.target) continue;
      Fact copy = f;
      copy.source = e;
      shared.push_back(std::move(copy));
    }
  }
  // Acts of parties left unnamed there ("Seven nations condemned X") are the issuers'.
  for (const Fact& f : unnamed_acts) {
    if (f.sentence + 1 < si || f.sentence > si) continue;
    for (int32_t e : issuers) {
      if (e == f.target) continue;
      Fact copy = f;
      copy.source = e;
      shared.push_back(std::move(copy));
    }
  }
  for (Fact& f : shared) {
    if (have.emplace(f.source, f.relation, f.target).second) doc->facts.push_back(std::move(f));
  }
}

// A denial of a fact answers whoever the article says asserted that fact,
// before or after it ("X denied that Iran had supplied missiles ... The US
// said Iran had supplied missiles"), rather than merely the last claimant.
void AnswerDenials(Document* doc) {
  for (Fact& denial : doc->facts) {
    if (!denial.weak_target) continue;
    int32_t source = doc->Canonical(denial.denied_source);
    for (const Fact& f : doc->facts) {
      if (f.relation != denial.denied_relation || doc->Canonical(f.source) != source || f.asserted_by < 0) continue;
      int32_t asserter = doc->Canonical(f.asserted_by);
      if (asserter == denial.source || asserter == source) continue;
      denial.target = asserter;
      break;
    }
  }
}

// "Its spokesman, Lieutenant General X", "Their commander X": a title whose owner
// is a possessive pronoun, resolved only now, gives the holder whom they represent.
void OwnersFromPronouns(const Lexicon& lex, Document* doc) {
  std::vector<PhraseMatcher::Hit> hits;
  for (const text::Sentence& s : doc->sentences) {
    Clause c(lex, *doc, s);
    // The title phrases of the sentence, by the token they end before.
    std::vector<int32_t> title_ending(s.last - s.first + 1, -1), title_start(s.last - s.first + 1, 0);
    for (uint32_t k = s.first; k < s.last; ++k) {
      hits.clear();
      lex.titles().MatchAll(*doc->tokens, k, s.last, &hits);
      for (const auto& h : hits) {
        title_ending[k + h.length - s.first] = h.value;
        title_start[k + h.length - s.first] = k;
      }
    }
    for (uint32_t k = s.first; k < s.last; ++k) {
      const Mention* m = c.MentionAt(k);
      if (!m || m->first != k || m->kind != MentionKind::kName) continue;
      int32_t person = c.EntityAt(k);
      if (!c.IsPerson(person) || !doc->entities[person].represents.empty()) continue;
      // Back over the titles and one comma between them and the name.
      uint32_t j = k, commas = 0;
      int32_t title = -1;
      uint32_t title_first = k, title_last = k;
      while (j > s.first) {
        if (c.Norm(j - 1) == ","sv && commas++ == 0) {
          --j;
        } else if (title_ending[j - s.first] >= 0) {
          int32_t ti = title_ending[j - s.first];
          if (lex.title_info()[ti].represents != TitleInfo::Represents::kNone) {
            title = ti;
            title_first = title_start[j - s.first];
            title_last = j;
          }
          j = title_start[j - s.first];
        } else {
          break;
        }
      }
      if (title < 0 || j <= s.first) continue;
      const Mention* owner = c.MentionAt(j - 1);
      int32_t e = c.EntityAt(j - 1);
      if (!owner || owner->kind != MentionKind::kPronoun || !c.In(WordClass::kPossessiveGroupPronouns, j - 1) ||
          !c.IsAgent(e) || c.IsPerson(e)) {
        continue;
      }
      Entity& p = doc->entities[person];
      std::string role(doc->tokens->Span(title_first, title_last));
      p.represents.push_back({e, role});
      if (p.title.empty()) p.title = lex.title_info()[title].title;
      const Entity& body = doc->entities[e];
      if (lex.title_info()[title].represents == TitleInfo::Represents::kBody && body.type == "actor"sv &&
          !body.country.empty()) {
        auto state = doc->entity_by_id.find(body.country);
        if (state != doc->entity_by_id.end()) p.represents.push_back({doc->Canonical(state->second), role});
      }
    }
  }
}

}  // namespace

void FindRelations(const Lexicon& lex, Document* doc) {
  OwnersFromPronouns(lex, doc);
  ArticleMemory memory;
  std::vector<std::vector<int32_t>> issuers(doc->sentences.size());
  for (uint32_t si = 0; si < doc->sentences.size(); ++si) {
    issuers[si] = IssuersIn(lex, *doc, doc->sentences[si]);
    if (memory.issuers.empty()) memory.issuers = issuers[si];
  }
  for (uint32_t si = 0; si < doc->sentences.size(); ++si) {
    std::size_t before = doc->facts.size();
    SentenceRelations(lex, doc, si, &memory).Run();
    if (!issuers[si].empty()) {
      ShareStatementActs(lex, issuers[si], si, memory.unnamed_acts, doc);
    } else if (si > 0 && !issuers[si - 1].empty()) {
      // "... read a statement on behalf of A, B and C. The signatories condemned X": the
      // parties left unnamed right after the issuers are they.
      for (const Fact& f : memory.unnamed_acts) {
        if (f.sentence != si) continue;
        for (int32_t e : issuers[si - 1]) {
          if (e == f.target) continue;
          Fact copy = f;
          copy.source = e;
          doc->facts.push_back(std::move(copy));
        }
      }
    }
    std::unordered_map<std::string, std::vector<int32_t>> stated;
    for (std::size_t f = before; f < doc->facts.size(); ++f) {
      auto& sources = stated[doc->facts[f].relation];
      if (std::find(sources.begin(), sources.end(), doc->facts[f].source) == sources.end()) {
        sources.push_back(doc->facts[f].source);
      }
    }
    for (auto& [relation, sources] : stated) memory.latest[relation] = std::move(sources);
    // Bounded memory of who used what: only the recent past matters.
    auto& users = memory.recent_users;
    if (users.size() > 64) users.erase(users.begin(), users.end() - 32);
  }
  AnswerDenials(doc);
  // Persons' affiliations.
  for (std::size_t e = 0; e < doc->entities.size(); ++e) {
    const Entity& p = doc->entities[e];
    if (p.kind != "person"sv || p.merged_into >= 0) continue;
    for (const auto& [owner, role] : p.represents) {
      Fact f;
      f.source = static_cast<int32_t>(e);
      f.relation = "represents";
      f.target = doc->Canonical(owner);
      f.role_texts["role"] = role;
      f.sentence = 0;
      doc->facts.push_back(std::move(f));
    }
  }
}

}  // namespace newsgraph::extract
