// The arms frames: transfers ("X supplied Y with W"), acquisitions ("Y bought W
// from X"), uses ("X fired W at Z") and impacts ("the missile landed in Z").
#include <algorithm>
#include <set>

#include "extract/sentence_relations.hpp"

namespace newsgraph::extract {

using namespace std::string_view_literals;

void SentenceRelations::Transfer(const TriggerHit& t) {
  if (c_.Negated(t.first)) return;
  // "US-supplied missiles" is read by the compound rule in Run().
  if (t.first > s_.first && doc_.tokens->tokens[t.first].Has(text::kGlueLeft) && c_.Norm(t.first - 1) == "-"sv) return;
  // "a supply boat", "supply lines": a transfer noun before another noun only modifies it.
  if (t.info->noun && t.last < s_.last && !c_.MentionAt(t.last) &&
      (doc_.PosAt(t.last) == nlp::Pos::NN || doc_.PosAt(t.last) == nlp::Pos::NNS) &&
      !c_.In(WordClass::kPrepositions, t.last) && !c_.In(WordClass::kWeekdays, t.last)) {
    return;
  }
  // "with armed drones", "the supplied rifles": a participle before its noun only describes it.
  if (!t.info->noun && t.first > s_.first && t.last < s_.last && c_.IsWeapon(c_.EntityAt(t.last)) &&
      (doc_.PosAt(t.first) == nlp::Pos::VBN || nlp::IsAdjective(doc_.PosAt(t.first))) &&
      !c_.In(WordClass::kInfinitiveMarkers, t.first - 1) &&
      (c_.In(WordClass::kArticles, t.first - 1) || c_.In(WordClass::kPrepositions, t.first - 1))) {
    return;
  }
  uint32_t end = c_.ClauseEnd(t.last - 1);
  std::vector<int32_t> suppliers, recipients, weapons;
  bool between = false;
  // "J-10C fighters armed with PL-15 missiles": a participle right after a weapon's
  // phrase is a passive without "be".
  bool reduced = false;
  for (uint32_t k = c_.NounPhraseStart(t.first, s_.first, Clause::Links::kNone); k < t.first && !reduced; ++k) {
    reduced = c_.IsWeapon(c_.EntityAt(k));
  }
  if (!t.info->noun && !(t.info->passive_participle && (c_.Passive(t.first) || reduced))) {
    // Active: "X supplied Y with W", "X sent W to Y".
    suppliers = Subject(t);
    for (uint32_t k = t.last; k < end; ++k) {
      const Mention* m = c_.MentionAt(k);
      if (!m) continue;
      int32_t e = c_.EntityAt(k);
      std::string_view prev = m->first > s_.first ? c_.Norm(m->first - 1) : "";
      // "North Korean missiles", "Chinese-made weapons": a demonym before a weapon qualifies it.
      bool modifier = m->kind == MentionKind::kDemonym && m->last < end &&
                      (c_.IsWeapon(c_.EntityAt(m->last)) || (c_.Norm(m->last) == "-"sv &&
                                                              doc_.tokens->tokens[m->last].Has(text::kGlueLeft)));
      bool determiner = m->first > s_.first && c_.In(WordClass::kRecipientDeterminers, m->first - 1);
      std::string_view before_det = m->first >= s_.first + 2 && determiner ? c_.Norm(m->first - 2) : prev;
      bool to = (m->first > s_.first && c_.In(WordClass::kRecipientPrepositions, m->first - 1)) ||
                (before_det != prev && c_.In(WordClass::kRecipientPrepositions, m->first - 2));
      if (c_.IsAgent(e) && !modifier && recipients.empty() &&
          (to || m->first == t.last ||
           (m->first > s_.first && c_.In(WordClass::kDefiniteArticles, m->first - 1) && m->first == t.last + 1))) {
        uint32_t gend;
        recipients = c_.GroupRight(m->first, &gend, &Clause::IsAgent);
        // "to Sudan's paramilitary RSF": the possessed body is the recipient.
        if (m->possessive) {
          for (uint32_t j = m->last + 1, phrase_end = c_.NounPhraseEnd(m->last, end); j < phrase_end; ++j) {
            if (c_.MentionAt(j) && c_.IsAgent(c_.EntityAt(j))) {
              recipients = c_.GroupRight(j, &gend, &Clause::IsAgent);
              break;
            }
          }
        }
        k = gend - 1;
        continue;
      }
      if (c_.IsWeapon(e) && weapons.empty()) {
        uint32_t gend;
        weapons = c_.GroupRight(m->first, &gend, &Clause::IsWeapon);
        k = gend - 1;
        continue;
      }
      k = m->last - 1;
    }
  } else if (!t.info->noun) {
    // Passive or participle: "W (were) supplied by X (to Y)".
    uint32_t wb;
    weapons = c_.GroupLeft(t.first - (c_.Passive(t.first) ? 1 : 0), &wb, &Clause::IsWeapon);
    if (weapons.empty()) {
      for (uint32_t k = t.first, floor = c_.SubjectPhraseStart(t.first); k > floor && weapons.empty(); --k) {
        if (c_.IsWeapon(c_.EntityAt(k - 1))) weapons = c_.GroupLeft(k, &wb, &Clause::IsWeapon);
      }
    }
    suppliers = c_.PrepositionAfterVerb(t.last, end, WordClass::kSourcePrepositions, &Clause::IsAgent);
    recipients = c_.AfterPreposition(t.last, end, WordClass::kRecipientPrepositions, &Clause::IsAgent);
  } else {
    // Nominal: "X's transfer of W to Y", "transfers of W from X to Y", "X's W transfers to Y".
    int32_t owner = c_.PossessorBefore(t.first);
    if (owner >= 0) suppliers.push_back(owner);
    std::vector<int32_t> from = c_.AfterPreposition(t.last, end, WordClass::kSourcePrepositions, &Clause::IsAgent);
    if (suppliers.empty()) suppliers = from;
    recipients = c_.AfterPreposition(t.last, end, WordClass::kRecipientPrepositions, &Clause::IsAgent);
    weapons = Weapons(t.last, c_.NounPhraseEnd(t.last, end));
    // Weapons named before the noun: "drone and missile transfers", "arms supplies".
    uint32_t wb;
    std::vector<int32_t> before = c_.GroupLeft(t.first, &wb, &Clause::IsWeapon);
    weapons.insert(weapons.end(), before.begin(), before.end());
    for (uint32_t k = t.last; k < end; ++k) between = between || c_.In(WordClass::kBetweenPrepositions, k);
    // "X approved the possible sale of W", "X continues shipment of W".
    if (suppliers.empty() && !between) suppliers = ActVerbSubject(t);
  }
  if (between) return;
  // "X-supplied W": the compound names the supplier of the weapon after it.
  if (weapons.empty()) return;
  SupplyPair(suppliers, recipients, weapons);
}

void SentenceRelations::Receive(const TriggerHit& t) {
  if (c_.Negated(t.first)) return;
  uint32_t end = c_.ClauseEnd(t.last - 1);
  std::vector<int32_t> recipients, suppliers, weapons;
  suppliers = c_.AfterPreposition(t.last, end, WordClass::kSourcePrepositions, &Clause::IsAgent);
  if (!t.info->noun && !c_.Passive(t.first) &&
      !(t.first > s_.first && c_.IsWeapon(c_.EntityAt(t.first - 1)))) {
    recipients = Subject(t);
    weapons = Weapons(t.last, end);
  } else if (!t.info->noun) {
    uint32_t wb;
    weapons = c_.GroupLeft(t.first - (c_.Passive(t.first) ? 1 : 0), &wb, &Clause::IsWeapon);
    if (!recent_users_.empty()) recipients.push_back(recent_users_.back());
    std::vector<int32_t> subj = c_.SubjectOf(wb);
    if (!subj.empty()) recipients = subj;
  } else {
    int32_t owner = c_.PossessorBefore(t.first);
    if (owner >= 0) recipients.push_back(owner);
    else recipients = Subject(t);
    weapons = Weapons(t.last, c_.NounPhraseEnd(t.last, end));
  }
  // Weapons "from X" name the supplier: the weapons themselves may stand before "from".
  SupplyPair(suppliers, recipients, weapons);
}

void SentenceRelations::Use(const TriggerHit& t) {
  if (c_.Negated(t.first)) return;
  uint32_t end = c_.ClauseEnd(t.last - 1);
  std::vector<int32_t> users, weapons;
  bool passive = !t.info->noun && c_.Passive(t.first);
  // "weaponry used in attacks on X": a participle right after the weapon is a passive without "be".
  bool reduced = !t.info->noun && !passive && t.first > s_.first && c_.Participle(t.first) &&
                 c_.IsWeapon(c_.EntityAt(t.first - 1));
  if (t.info->noun) {
    int32_t owner = c_.PossessorBefore(t.first);
    if (owner < 0) {
      // "X's unprecedented series of W launches"
      uint32_t k = t.first;
      uint32_t floor = c_.NounPhraseStart(t.first, s_.first);
      while (k > floor && (c_.IsWeapon(c_.EntityAt(k - 1)) || c_.In(WordClass::kOfPreposition, k - 1) ||
                           c_.In(WordClass::kQuantityNouns, k - 1) || !c_.MentionAt(k - 1))) {
        if (c_.Norm(k - 1) == ","sv ||
            (c_.In(WordClass::kPrepositions, k - 1) && !c_.In(WordClass::kOfPreposition, k - 1))) {
          break;
        }
        --k;
        if (c_.MentionAt(k) && c_.IsAgent(c_.EntityAt(k))) {
          if (c_.MentionAt(k)->possessive) owner = c_.EntityAt(k);
          break;
        }
      }
    }
    if (owner >= 0) users.push_back(owner);
    if (users.empty() && t.first > s_.first && c_.In(WordClass::kInfinitiveMarkers, t.first - 1)) {
      // "put W to use in": the one who put it.
      uint32_t object = c_.NounPhraseStart(t.first - 1, s_.first);
      if (object > s_.first && c_.In(WordClass::kPutVerbs, object - 1)) {
        users = c_.SubjectOf(object - 1);
        for (uint32_t j = object; j < t.first; ++j) {
          if (c_.IsWeapon(c_.EntityAt(j))) weapons.push_back(c_.EntityAt(j));
        }
      }
    }
    std::vector<int32_t> after = Weapons(t.last, c_.NounPhraseEnd(t.last, end));
    weapons.insert(weapons.end(), after.begin(), after.end());
    uint32_t wb;
    std::vector<int32_t> before = c_.GroupLeft(t.first, &wb, &Clause::IsWeapon);
    weapons.insert(weapons.end(), before.begin(), before.end());
    std::vector<int32_t> by = c_.AfterPreposition(t.last, end, WordClass::kSourcePrepositions, &Clause::IsAgent);
    if (users.empty()) users = by;
    if (users.empty()) users = ActVerbSubject(t);  // "Kim oversaw the launch of a Hwasong-18"
  } else if (passive || reduced) {
    uint32_t wb;
    weapons = c_.GroupLeft(t.first - (reduced ? 0 : 1), &wb, &Clause::IsWeapon);
    if (weapons.empty()) {
      for (uint32_t k = c_.ClauseStart(t.first); k < t.first; ++k) {
        if (c_.IsWeapon(c_.EntityAt(k))) weapons.push_back(c_.EntityAt(k));
      }
    }
    users = c_.PrepositionAfterVerb(t.last, end, WordClass::kSourcePrepositions, &Clause::IsAgent);
    if (users.empty()) {
      // The weapon's recipient, when the article said who received it.
      for (auto it = doc_.facts.rbegin(); it != doc_.facts.rend() && users.empty(); ++it) {
        if (it->relation == "acquired"sv && !weapons.empty() && it->target == weapons.front()) users.push_back(it->source);
      }
    }
    if (users.empty() && !recent_users_.empty()) users.push_back(recent_users_.back());
  } else {
    users = Subject(t);
    // "using Ukraine as a test site": the object is not a weapon.
    for (uint32_t k = t.last, object_end = c_.NounPhraseEnd(t.last, end); k < object_end; ++k) {
      if (const Mention* m = c_.MentionAt(k)) {
        // "DPRK ballistic missiles", "North Korean missiles": modifiers before a weapon.
        uint32_t head = m->possessive ? m->last + 1 : m->last;  // "Iran's Shahed drones"
        bool modifier = (head < end && c_.MentionAt(head) && c_.IsWeapon(c_.EntityAt(head))) ||
                        (m->last + 1 < end && c_.Norm(m->last) == "-"sv &&
                         doc_.tokens->tokens[m->last].Has(text::kGlueLeft));  // "US-supplied"
        // "a salvo of rockets": an of-phrase is still the object.
        bool in_pp = m->first > t.last && c_.In(WordClass::kPrepositions, m->first - 1) &&
                     !c_.In(WordClass::kOfPreposition, m->first - 1);
        if (modifier || in_pp) {
          k = m->last - 1;
          continue;
        }
        if (!c_.IsWeapon(c_.EntityAt(k))) return;
        break;
      }
    }
    if (users.empty() && t.first > s_.first + 1 &&
        c_.In(WordClass::kObjectRelativePronouns, t.first - 1)) {
      // "an attack on Crimea that used W": the attacker used it, where it attacked.
      users = SentenceSources("attacked");
      for (auto it = doc_.facts.rbegin(); it != doc_.facts.rend() && it->sentence == si_; ++it) {
        if (it->relation == "attacked"sv && std::find(attack_places_.begin(), attack_places_.end(), it->target) ==
                                                attack_places_.end()) {
          attack_places_.push_back(it->target);
        }
      }
    }
    // The object: the first weapons after the verb ("fired rockets at X").
    for (uint32_t k = t.last; k < end && weapons.empty(); ++k) {
      if (c_.IsWeapon(c_.EntityAt(k))) weapons = c_.GroupRight(k, nullptr, &Clause::IsWeapon);
    }
    if (weapons.empty()) {
      // "drones that Russia has deployed": the antecedent of the relative clause.
      uint32_t k = c_.NounPhraseStart(c_.VerbGroupStart(t.first), s_.first);
      if (k > s_.first && c_.In(WordClass::kObjectRelativePronouns, k - 1)) {
        // "drones that Russia deployed", "arms transfers, which Russia used"
        for (uint32_t j = k - 1, floor = c_.AntecedentStart(k - 1); j > floor; --j) {
          if (c_.IsWeapon(c_.EntityAt(j - 1))) {
            uint32_t wb;
            weapons = c_.GroupLeft(j, &wb, &Clause::IsWeapon);
            break;
          }
          if (c_.MentionAt(j - 1)) break;
        }
      }
    }
  }
  if (weapons.empty()) return;
  std::vector<int32_t> places = c_.AfterPreposition(t.last, end, WordClass::kLocationPrepositions, &Clause::IsPlace);
  if (places.empty()) places = attack_places_;
  attack_places_.clear();
  if (places.empty()) {
    // "used W to strike Ukraine's infrastructure": the target is where it was used.
    for (uint32_t k = t.last; k + 2 < end; ++k) {
      if (!c_.In(WordClass::kInfinitiveMarkers, k)) continue;
      std::vector<PhraseMatcher::Hit> hits;
      lex_.triggers().MatchAll(*doc_.tokens, k + 1, end, &hits);
      bool attack = false;
      for (const auto& h : hits) attack = attack || lex_.trigger_info()[h.value].frame == Frame::kAttack;
      if (!attack) continue;
      for (uint32_t j = k + 2, object_end = c_.NounPhraseEnd(k + 2, end); j < object_end; ++j) {
        const Mention* pm = c_.MentionAt(j);
        if (!pm || !c_.IsPlace(c_.EntityAt(j))) continue;
        // "to bombard Ukraine's Odesa": the place named, not the state it lies in.
        if (pm->possessive && pm->last + 1 < end && c_.MentionAt(pm->last + 1) &&
            c_.IsPlace(c_.EntityAt(pm->last + 1))) {
          j = pm->last + 1;
        }
        places.push_back(c_.EntityAt(j));
        break;
      }
      break;
    }
  }
  UsePair(users, weapons, places);
  // "fired rockets at towns in X", "the launch of missiles at X": the weapons were sent at
  // a target, which the users attacked.
  if (c_.In(WordClass::kFiringVerbs, t.first) && !users.empty()) {
    std::vector<int32_t> targets = AttackTargets(t.last, end, false, WordClass::kFiringTargetPrepositions);
    // A place in the users' own country is where they launched from ("a launch at Y airport").
    auto own = [&](int32_t x) {
      for (int32_t u : users) {
        if (x == u || (!doc_.entities[x].country.empty() && doc_.entities[x].country == doc_.entities[u].id)) return true;
      }
      return false;
    };
    targets.erase(std::remove_if(targets.begin(), targets.end(), own), targets.end());
    EmitEach(users, "attacked", targets, "weapon", weapons);
  }
}

void SentenceRelations::Impact(const TriggerHit& t) {
  if (c_.Negated(t.first)) return;
  // The weapon is the subject: "The missile landed in ...", "missile fragments
  // fell on ...", "one North Korean ballistic missile downed over Kyiv".
  std::vector<int32_t> weapons;
  uint32_t from = t.first;
  // "... missiles on December 30, which landed in ...": the relative pronoun's antecedent.
  if (from > s_.first + 1 && c_.In(WordClass::kObjectRelativePronouns, from - 1)) {
    for (uint32_t k = from - 1, floor = c_.AntecedentStart(from - 1); k > floor; --k) {
      if (c_.IsWeapon(c_.EntityAt(k - 1))) {
        weapons = c_.GroupLeft(k, nullptr, &Clause::IsWeapon);
        break;
      }
      if (c_.MentionAt(k - 1) && !c_.In(WordClass::kMonths, k - 1)) break;
    }
  }
  for (uint32_t k = from, floor = c_.SubjectPhraseStart(from); k > floor && weapons.empty(); --k) {
    if (c_.IsWeapon(c_.EntityAt(k - 1))) weapons = c_.GroupLeft(k, nullptr, &Clause::IsWeapon);
    else if (c_.MentionAt(k - 1) || c_.Norm(k - 1) == ","sv) break;
  }
  if (weapons.empty()) return;
  uint32_t end = c_.ClauseEnd(t.last - 1);
  std::vector<int32_t> places = c_.AfterPreposition(t.last, end, WordClass::kLocationPrepositions, &Clause::IsPlace);
  if (places.empty()) return;
  // "in the Zaporizhzhia region of Ukraine": the state the place lies in too.
  for (uint32_t k = t.last; k + 1 < end; ++k) {
    if (c_.In(WordClass::kOfPreposition, k) && c_.IsCountry(c_.EntityAt(k + 1)) &&
        k > t.last && c_.MentionAt(k - 1) && c_.EntityAt(k - 1) == places.back()) {
      places.push_back(c_.EntityAt(k + 1));
      break;
    }
  }
  // Who used it: whoever the article said used or received that weapon last.
  std::vector<int32_t> users;
  for (auto it = doc_.facts.rbegin(); it != doc_.facts.rend() && users.empty(); ++it) {
    if ((it->relation == "used"sv || it->relation == "acquired"sv) && it->target == weapons.front()) {
      users.push_back(it->source);
    }
  }
  EmitEach(weapons, "used-in", places, "user", users);
}

}  // namespace newsgraph::extract
