// Stage 3: relations. Each trigger word found in a sentence is read through
// its frame (extract/triggers.tsv): the frame knows where the relation's
// source, target and roles stand around the trigger, in the active, the
// passive and the nominal forms.
#include <algorithm>
#include <set>
#include <unordered_map>

#include "extract/clause.hpp"
#include "extract/document.hpp"

namespace newsgraph::extract {

using namespace std::string_view_literals;
namespace {

struct TriggerHit {
  uint32_t first, last;  // token span
  const TriggerInfo* info;
};

class SentenceRelations {
 public:
  // latest: for each relation, the sources of its facts in the last sentence that stated one.
  SentenceRelations(const Lexicon& lex, Document* doc, uint32_t si, const std::vector<int32_t>& issuers,
                    std::vector<int32_t>* recent_users, std::vector<int32_t>* recent_claimants,
                    std::unordered_map<std::string, std::vector<int32_t>>* latest)
      : lex_(lex), doc_(*doc), si_(si), s_(doc->sentences[si]), c_(lex, *doc, s_),
        issuers_(issuers), recent_users_(*recent_users), recent_claimants_(*recent_claimants),
        latest_(*latest) {}

  void Run();

 private:
  void Emit(int32_t src, const std::string& rel, int32_t dst, std::map<std::string, int32_t> roles = {},
            std::string about = {});
  std::vector<int32_t> Subject(const TriggerHit& t);
  std::vector<int32_t> Weapons(uint32_t from, uint32_t to) const;
  void Transfer(const TriggerHit& t);
  void Receive(const TriggerHit& t);
  void Use(const TriggerHit& t);
  void Attack(const TriggerHit& t);
  void Statement(const TriggerHit& t);
  void Violate(const TriggerHit& t);
  void Member(const TriggerHit& t);
  void Impact(const TriggerHit& t);
  // Emits source -relation-> target for every pair, the role set to the first role value.
  void EmitEach(const std::vector<int32_t>& sources, const std::string& relation,
                const std::vector<int32_t>& targets, const char* role, const std::vector<int32_t>& role_values);
  void SupplyPair(const std::vector<int32_t>& suppliers, const std::vector<int32_t>& recipients,
                  const std::vector<int32_t>& weapons);
  void UsePair(const std::vector<int32_t>& users, const std::vector<int32_t>& weapons,
               const std::vector<int32_t>& places);
  std::vector<int32_t> ObjectActors(uint32_t from, uint32_t to, bool first_only) const;
  int32_t Speaker() const;
  // Sources of the latest fact of this relation stated before (this sentence included).
  std::vector<int32_t> LatestAgents(const std::string& relation) const;
  // The relation of a noun trigger standing as the object ("the sanctions", "the attack").
  const TriggerInfo* ActNoun(uint32_t from, uint32_t to) const;
  std::vector<int32_t> SentenceSources(const std::string& relation) const;
  // The subject of an act verb whose object is the noun trigger at t
  // ("Iran conducted missile strikes", "X approved the sale of").
  std::vector<int32_t> ActVerbSubject(const TriggerHit& t) const;

  const Lexicon& lex_;
  Document& doc_;
  uint32_t si_;
  const text::Sentence& s_;
  Clause c_;
  const std::vector<int32_t>& issuers_;
  std::vector<int32_t>& recent_users_;
  std::vector<int32_t>& recent_claimants_;
  std::unordered_map<std::string, std::vector<int32_t>>& latest_;
  std::vector<int32_t> attack_places_;  // where the attack a use belongs to took place
  std::vector<TriggerHit> triggers_;
  std::map<uint32_t, std::vector<int32_t>> subject_override_;  // trigger token -> subject
  int32_t override_asserter_ = -1;
};

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
  f.asserted_by = override_asserter_;
  doc_.facts.push_back(std::move(f));
}

std::vector<int32_t> SentenceRelations::Subject(const TriggerHit& t) {
  auto it = subject_override_.find(t.first);
  if (it != subject_override_.end()) return it->second;
  // In a statement's own words, "We ... condemn" is its issuers speaking.
  std::string_view opener = c_.Norm(s_.first) == "\""sv && s_.first + 1 < s_.last ? c_.Norm(s_.first + 1) : c_.Norm(s_.first);
  if ((opener == "we"sv || opener == "our"sv) && !issuers_.empty() && t.info->frame == Frame::kStatement &&
      !(t.first > s_.first && c_.MentionAt(t.first - 1))) {
    return issuers_;
  }
  std::vector<int32_t> subj = c_.SubjectOf(t.first);
  if (subj.empty() && t.info->frame == Frame::kStatement && !issuers_.empty()) {
    // "... and we call on": a joint statement's issuers speak.
    for (uint32_t k = t.first; k > c_.ClauseStart(t.first) && k + 4 > t.first; --k) {
      if (c_.Norm(k - 1) == "we"sv) return issuers_;
      if (c_.MentionAt(k - 1)) break;
    }
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

void SentenceRelations::SupplyPair(const std::vector<int32_t>& suppliers,
                                   const std::vector<int32_t>& recipients,
                                   const std::vector<int32_t>& weapons) {
  EmitEach(suppliers, "supplied", weapons, "recipient", recipients);
  EmitEach(recipients, "acquired", weapons, "supplier", suppliers);
  for (int32_t r : recipients) recent_users_.push_back(r);
}

void SentenceRelations::UsePair(const std::vector<int32_t>& users, const std::vector<int32_t>& weapons,
                                const std::vector<int32_t>& places) {
  EmitEach(users, "used", weapons, "location", places);
  EmitEach(weapons, "used-in", places, "user", users);
  for (int32_t u : users) recent_users_.push_back(u);
}

void SentenceRelations::Transfer(const TriggerHit& t) {
  if (c_.Negated(t.first)) return;
  // "US-supplied missiles" is read by the compound rule in Run().
  if (t.first > s_.first && doc_.tokens->tokens[t.first].Has(text::kGlueLeft) && c_.Norm(t.first - 1) == "-"sv) return;
  uint32_t end = c_.ClauseEnd(t.last - 1);
  std::vector<int32_t> suppliers, recipients, weapons;
  bool between = false;
  if (!t.info->noun && !(t.info->passive_participle && (c_.Passive(t.first) ||
                                                        (t.first > s_.first && c_.MentionAt(t.first - 1) &&
                                                         c_.IsWeapon(c_.EntityAt(t.first - 1)))))) {
    // Active: "X supplied Y with W", "X sent W to Y".
    suppliers = Subject(t);
    for (uint32_t k = t.last; k < end; ++k) {
      const Mention* m = c_.MentionAt(k);
      if (!m) continue;
      int32_t e = c_.EntityAt(k);
      std::string_view prev = k > s_.first ? c_.Norm(m->first - 1) : "";
      // "North Korean missiles", "Chinese-made weapons": a demonym before a weapon qualifies it.
      bool modifier = m->kind == MentionKind::kDemonym && m->last < end &&
                      (c_.IsWeapon(c_.EntityAt(m->last)) || (c_.Norm(m->last) == "-"sv &&
                                                              doc_.tokens->tokens[m->last].Has(text::kGlueLeft)));
      std::string_view before_det = m->first >= s_.first + 2 && (prev == "the"sv || prev == "its"sv)
                                        ? c_.Norm(m->first - 2) : prev;
      bool to = c_.In(WordClass::kRecipientPrepositions, m->first - 1) ||
                (before_det != prev && c_.In(WordClass::kRecipientPrepositions, m->first - 2));
      if (c_.IsAgent(e) && !modifier && recipients.empty() &&
          (to || m->first == t.last || (prev == "the"sv && m->first == t.last + 1))) {
        uint32_t gend;
        recipients = c_.GroupRight(m->first, &gend, &Clause::IsAgent);
        // "to Sudan's paramilitary RSF": the possessed body is the recipient.
        if (m->possessive) {
          for (uint32_t j = m->last + 1; j < end && j < m->last + 4; ++j) {
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
      for (uint32_t k = t.first; k > s_.first && weapons.empty() && k + 6 > t.first; --k) {
        if (c_.IsWeapon(c_.EntityAt(k - 1))) weapons = c_.GroupLeft(k, &wb, &Clause::IsWeapon);
      }
    }
    suppliers = c_.AfterPreposition(t.last, std::min(end, t.last + 2), WordClass::kSourcePrepositions, &Clause::IsAgent);
    recipients = c_.AfterPreposition(t.last, end, WordClass::kRecipientPrepositions, &Clause::IsAgent);
  } else {
    // Nominal: "X's transfer of W to Y", "transfers of W from X to Y", "X's W transfers to Y".
    int32_t owner = c_.PossessorBefore(t.first, 6);
    if (owner >= 0) suppliers.push_back(owner);
    std::vector<int32_t> from = c_.AfterPreposition(t.last, end, WordClass::kSourcePrepositions, &Clause::IsAgent);
    if (suppliers.empty()) suppliers = from;
    recipients = c_.AfterPreposition(t.last, end, WordClass::kRecipientPrepositions, &Clause::IsAgent);
    weapons = Weapons(t.last, std::min(end, t.last + 8));
    // Weapons named before the noun: "drone and missile transfers", "arms supplies".
    uint32_t wb;
    std::vector<int32_t> before = c_.GroupLeft(t.first, &wb, &Clause::IsWeapon);
    weapons.insert(weapons.end(), before.begin(), before.end());
    for (uint32_t k = t.last; k < end; ++k) between = between || c_.Norm(k) == "between"sv;
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
    int32_t owner = c_.PossessorBefore(t.first, 6);
    if (owner >= 0) recipients.push_back(owner);
    else recipients = Subject(t);
    weapons = Weapons(t.last, std::min(end, t.last + 10));
  }
  // Weapons "from X" name the supplier: the weapons themselves may stand before "from".
  SupplyPair(suppliers, recipients, weapons);
}

void SentenceRelations::Use(const TriggerHit& t) {
  if (c_.Negated(t.first)) return;
  uint32_t end = c_.ClauseEnd(t.last - 1);
  std::vector<int32_t> users, weapons;
  bool passive = !t.info->noun && c_.Passive(t.first);
  if (t.info->noun) {
    int32_t owner = c_.PossessorBefore(t.first, 6);
    if (owner < 0) {
      // "X's unprecedented series of W launches"
      uint32_t k = t.first;
      while (k > s_.first && (c_.IsWeapon(c_.EntityAt(k - 1)) || c_.Norm(k - 1) == "of"sv ||
                              c_.Norm(k - 1) == "series"sv || !c_.MentionAt(k - 1)) && k + 8 > t.first) {
        if (c_.Norm(k - 1) == ","sv || (c_.In(WordClass::kPrepositions, k - 1) && c_.Norm(k - 1) != "of"sv)) break;
        --k;
        if (c_.MentionAt(k) && c_.IsAgent(c_.EntityAt(k))) {
          if (c_.MentionAt(k)->possessive) owner = c_.EntityAt(k);
          break;
        }
      }
    }
    if (owner >= 0) users.push_back(owner);
    if (users.empty() && t.first > s_.first && c_.Norm(t.first - 1) == "to"sv) {
      // "put W to use in": the one who put it.
      for (uint32_t k = t.first - 1; k > s_.first && k + 10 > t.first; --k) {
        if (c_.Norm(k - 1) == "put"sv || c_.Norm(k - 1) == "puts"sv || c_.Norm(k - 1) == "putting"sv) {
          users = c_.SubjectOf(k - 1);
          uint32_t b = k;
          std::vector<int32_t> w = c_.GroupRight(b, nullptr, &Clause::IsWeapon);
          (void)w;
          for (uint32_t j = k; j < t.first; ++j) {
            if (c_.IsWeapon(c_.EntityAt(j))) weapons.push_back(c_.EntityAt(j));
          }
          break;
        }
      }
    }
    std::vector<int32_t> after = Weapons(t.last, std::min(end, t.last + 10));
    weapons.insert(weapons.end(), after.begin(), after.end());
    uint32_t wb;
    std::vector<int32_t> before = c_.GroupLeft(t.first, &wb, &Clause::IsWeapon);
    weapons.insert(weapons.end(), before.begin(), before.end());
    std::vector<int32_t> by = c_.AfterPreposition(t.last, end, WordClass::kSourcePrepositions, &Clause::IsAgent);
    if (users.empty()) users = by;
    if (users.empty()) users = ActVerbSubject(t);  // "Kim oversaw the launch of a Hwasong-18"
  } else if (passive) {
    uint32_t wb;
    weapons = c_.GroupLeft(t.first - 1, &wb, &Clause::IsWeapon);
    if (weapons.empty()) {
      for (uint32_t k = c_.ClauseStart(t.first); k < t.first; ++k) {
        if (c_.IsWeapon(c_.EntityAt(k))) weapons.push_back(c_.EntityAt(k));
      }
    }
    users = c_.AfterPreposition(t.last, std::min(end, t.last + 3), WordClass::kSourcePrepositions, &Clause::IsAgent);
    if (users.empty()) {
      // The weapon's recipient, when the article said who received it.
      int looked = 0;
      for (auto it = doc_.facts.rbegin(); it != doc_.facts.rend() && users.empty() && ++looked < 200; ++it) {
        if (it->relation == "acquired"sv && !weapons.empty() && it->target == weapons.front()) users.push_back(it->source);
      }
    }
    if (users.empty() && !recent_users_.empty()) users.push_back(recent_users_.back());
  } else {
    users = Subject(t);
    // "using Ukraine as a test site": the object is not a weapon.
    for (uint32_t k = t.last; k < end && k < t.last + 4; ++k) {
      if (const Mention* m = c_.MentionAt(k)) {
        // "DPRK ballistic missiles", "North Korean missiles": modifiers before a weapon.
        bool modifier = (m->last < end && c_.MentionAt(m->last) && c_.IsWeapon(c_.EntityAt(m->last))) ||
                        (m->last + 1 < end && c_.Norm(m->last) == "-"sv &&
                         doc_.tokens->tokens[m->last].Has(text::kGlueLeft));  // "US-supplied"
        bool in_pp = m->first > t.last && c_.In(WordClass::kPrepositions, m->first - 1);
        if (modifier || in_pp) {
          k = m->last - 1;
          continue;
        }
        if (!c_.IsWeapon(c_.EntityAt(k))) return;
        break;
      }
    }
    if (users.empty() && t.first > s_.first + 1 &&
        (c_.Norm(t.first - 1) == "that"sv || c_.Norm(t.first - 1) == "which"sv)) {
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
      for (uint32_t k = t.first; k > s_.first && k + 8 > t.first; --k) {
        std::string_view w = c_.Norm(k - 1);
        if (w == "that"sv || w == "which"sv) {
          // "drones that Russia deployed", "arms transfers, which Russia used"
          for (uint32_t j = k - 1; j > s_.first && j + 4 > k; --j) {
            if (c_.IsWeapon(c_.EntityAt(j - 1))) {
              uint32_t wb;
              weapons = c_.GroupLeft(j, &wb, &Clause::IsWeapon);
              break;
            }
            if (c_.MentionAt(j - 1)) break;
          }
          break;
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
      if (c_.Norm(k) != "to"sv) continue;
      std::vector<PhraseMatcher::Hit> hits;
      lex_.triggers().MatchAll(*doc_.tokens, k + 1, end, &hits);
      bool attack = false;
      for (const auto& h : hits) attack = attack || lex_.trigger_info()[h.value].frame == Frame::kAttack;
      if (!attack) continue;
      for (uint32_t j = k + 2; j < end && j < k + 6; ++j) {
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
  // "Ukraine's Odesa": the named place, not its state.
  UsePair(users, weapons, places);
  // "used W to strike Z" / "in attacks on Z": the attack states the weapon.
  for (int32_t u : users) {
    for (int32_t p : places) {
      if (doc_.entities[p].type == "country"sv || doc_.entities[p].type == "location"sv) {
        (void)u;
      }
    }
  }
}

void SentenceRelations::Attack(const TriggerHit& t) {
  if (c_.Negated(t.first)) return;
  uint32_t end = c_.ClauseEnd(t.last - 1);
  std::string_view word = c_.Norm(t.first);
  std::vector<int32_t> attackers, targets, weapons;
  if (t.info->noun) {
    int32_t owner = c_.PossessorBefore(t.first, 6);
    if (owner < 0 && t.first > s_.first && c_.MentionAt(t.first - 1) && c_.IsAgent(c_.EntityAt(t.first - 1))) {
      owner = c_.EntityAt(t.first - 1);  // "RSF attacks on Khartoum"
    }
    if (owner >= 0) attackers.push_back(owner);
    std::vector<int32_t> by = c_.AfterPreposition(t.last, std::min(end, t.last + 3), WordClass::kSourcePrepositions, &Clause::IsAgent);
    if (attackers.empty()) attackers = by;
    WordClass preps = (word == "war"sv || word == "aggression"sv) ? WordClass::kAttackTargetPrepositionsWar
                                                                 : WordClass::kAttackTargetPrepositions;
    targets = c_.AfterPreposition(t.last, std::min(end, t.last + 8), preps, &Clause::IsPlace);
    if (targets.empty() && word == "invasion"sv) {
      targets = c_.AfterPreposition(t.last, std::min(end, t.last + 3), WordClass::kOfPreposition, &Clause::IsPlace);
    }
    if (attackers.empty()) attackers = ActVerbSubject(t);  // "Iran conducted missile strikes in Iraq"
    if (attackers.empty() && (word == "invasion"sv || word == "war"sv || word == "aggression"sv)) {
      // "Moscow launched its full-scale invasion of Ukraine"
      attackers = Subject(t);
    }
    uint32_t wb;
    weapons = c_.GroupLeft(t.first, &wb, &Clause::IsWeapon);
  } else {
    if (c_.Passive(t.first)) {
      attackers = c_.AfterPreposition(t.last, std::min(end, t.last + 3), WordClass::kSourcePrepositions, &Clause::IsAgent);
    } else {
      attackers = Subject(t);
      for (uint32_t k = t.last; k < end && k < t.last + 6; ++k) {
        const Mention* m = c_.MentionAt(k);
        if (!m) continue;
        int32_t e = c_.EntityAt(k);
        const std::string& category = e >= 0 ? doc_.entities[e].category : std::string();
        bool armed = category == "armed-group"sv || category == "military"sv;
        if (c_.IsPlace(e) || armed) {
          // "Ukraine's Odesa": the place after a possessive state.
          if (m->possessive && m->last + 1 < end && c_.MentionAt(m->last + 1) &&
              c_.IsPlace(c_.EntityAt(m->last + 1))) {
            targets.push_back(c_.EntityAt(m->last + 1));
          } else {
            uint32_t gend;
            targets = c_.GroupRight(m->first, &gend, &Clause::IsAgent);
            if (targets.empty()) targets.push_back(e);
          }
        }
        break;
      }
      if (targets.empty()) {
        targets = c_.AfterPreposition(t.last, std::min(end, t.last + 8), WordClass::kAttackTargetPrepositions, &Clause::IsPlace);
      }
    }
  }
  // "weaponry used in attacks on X": the user attacked.
  if (attackers.empty() && t.info->noun && t.first >= s_.first + 2 && c_.Norm(t.first - 1) == "in"sv) {
    bool used = false;
    for (uint32_t k = t.first - 1; k > s_.first && k + 5 > t.first; --k) {
      std::vector<PhraseMatcher::Hit> hits;
      lex_.triggers().MatchAll(*doc_.tokens, k - 1, s_.last, &hits);
      for (const auto& h : hits) used = used || lex_.trigger_info()[h.value].frame == Frame::kUse;
    }
    if (used) attackers = SentenceSources("used");
  }
  // "using W", "with W" in the same clause states the weapon.
  if (weapons.empty()) {
    for (uint32_t k = c_.ClauseStart(t.first); k < end; ++k) {
      std::string_view w = c_.Norm(k);
      if ((w == "using"sv || w == "with"sv) && k + 1 < end) {
        weapons = Weapons(k + 1, std::min(end, k + 6));
        if (!weapons.empty()) break;
      }
    }
  }
  EmitEach(attackers, "attacked", targets, "weapon", weapons);
  if (!weapons.empty()) {
    // "drone strikes on X", "attacked X with drones": the weapon was used there.
    UsePair(attackers, weapons, targets);
  }
}

std::vector<int32_t> SentenceRelations::ObjectActors(uint32_t from, uint32_t to, bool first_only) const {
  std::vector<int32_t> out;
  for (uint32_t k = from; k < to; ++k) {
    const Mention* m = c_.MentionAt(k);
    if (!m) {
      std::string_view w = c_.Norm(k);
      if (first_only && (w == "of"sv || w == "for"sv || w == "to"sv || w == "as"sv) && !out.empty()) break;
      if (w == "that"sv || w == "which"sv || w == "who"sv || (w == ","sv && !out.empty())) break;
      // "condemned the sale and imposed sanctions on X": a second verb phrase.
      if (w == "and"sv && k + 1 < to && !c_.MentionAt(k + 1) && c_.Norm(k + 1) != "the"sv &&
          !doc_.tokens->tokens[k + 1].Has(text::kCap)) {
        std::string_view next = c_.Norm(k + 1);
        bool verb = (next.size() > 2 && next.substr(next.size() - 2) == "ed"sv) || c_.SpeechVerb(k + 1) ||
                    c_.In(WordClass::kIrregularParticiples, k + 1);
        if (verb) break;
      }
      // "urged member states to ...": an infinitive ends the object.
      if (w == "to"sv && k + 1 < to && !c_.MentionAt(k + 1) && c_.Norm(k + 1) != "the"sv) break;
      continue;
    }
    int32_t e = c_.EntityAt(k);
    std::string_view prev = m->first > s_.first ? c_.Norm(m->first - 1) : "";
    if (prev == "the"sv && m->first >= s_.first + 2) prev = c_.Norm(m->first - 2);
    bool direct = !c_.In(WordClass::kPrepositions, m->first - 1 >= s_.first ? m->first - 1 : m->first) ||
                  prev == "between"sv || prev == "by"sv || prev == "on"sv || prev == "against"sv;
    if (prev == "from"sv || prev == "to"sv || prev == "in"sv || prev == "into"sv || prev == "with"sv || (prev == "of"sv && !m->possessive)) direct = false;
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
  for (int skip = 0; k > s_.first && skip < 5; ++skip) {
    // "claimed responsibility for an attack": the claimant is the agent.
    if (c_.Norm(k - 1) == "for"sv && k >= s_.first + 3 && c_.Norm(k - 2) == "responsibility"sv) {
      return c_.SubjectOf(k - 3);
    }
    const Mention* m = c_.MentionAt(k - 1);
    if (m && c_.IsWeapon(c_.EntityAt(k - 1))) {
      k = m->first;
      continue;
    }
    std::string_view w = c_.Norm(k - 1);
    bool det = w == "the"sv || w == "a"sv || w == "an"sv || w == "its"sv || w == "their"sv || w == "new"sv;
    bool adj = !m && doc_.tokens->tokens[k - 1].Has(text::kWord) && !c_.In(WordClass::kPrepositions, k - 1) &&
               !c_.In(WordClass::kActVerbs, k - 1) && (w.size() < 3 || w.substr(w.size() - 2) != "ed"sv) &&
               !c_.SpeechVerb(k - 1);
    if (!det && !adj) break;
    --k;
  }
  if (k > s_.first && k <= t.first && c_.In(WordClass::kActVerbs, k - 1)) return c_.SubjectOf(k - 1);
  return {};
}

const TriggerInfo* SentenceRelations::ActNoun(uint32_t from, uint32_t to) const {
  std::vector<PhraseMatcher::Hit> hits;
  for (uint32_t k = from; k < to && k < from + 5; ++k) {
    if (c_.MentionAt(k)) return nullptr;
    hits.clear();
    lex_.triggers().MatchAll(*doc_.tokens, k, to, &hits);
    for (const auto& h : hits) {
      const TriggerInfo* ti = &lex_.trigger_info()[h.value];
      if (ti->noun) return ti;
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
    std::string_view w = c_.Norm(k);
    if (w == "according"sv && k + 2 < s_.last && c_.Norm(k + 1) == "to"sv) {
      int32_t e = c_.EntityAt(k + 2);
      if (e < 0 && k + 3 < s_.last && c_.Norm(k + 2) == "the"sv) e = c_.EntityAt(k + 3);
      if (c_.IsAgent(e)) return e;
    }
    if (!c_.SpeechVerb(k) || w == "citing"sv || w == "cited"sv) continue;
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

void SentenceRelations::Statement(const TriggerHit& t) {
  const std::string& rel = t.info->relation;
  // An accusation reported inside a denial still stands as the accuser's.
  if (rel != "denied"sv && c_.LocallyNegated(t.first)) return;
  uint32_t end = c_.ClauseEnd(t.last - 1);
  std::vector<int32_t> speakers, targets;
  if (t.info->noun) {
    // "sanctions against X", "U.N. sanctions on X", "condemnation of X"
    if (t.first > s_.first && c_.IsAgent(c_.EntityAt(t.first - 1))) speakers.push_back(c_.EntityAt(t.first - 1));
    int32_t owner = c_.PossessorBefore(t.first, 3);
    if (speakers.empty() && owner >= 0) speakers.push_back(owner);
    if (speakers.empty()) {
      // "sanctions designations by each of our governments", "condemnation by X"
      for (uint32_t k = t.last; k < end && k < t.last + 3; ++k) {
        if (c_.Norm(k) != "by"sv) continue;
        for (uint32_t j = k + 1; j < end && j < k + 5; ++j) {
          if ((c_.Norm(j) == "our"sv || c_.Norm(j) == "we"sv) && !issuers_.empty()) speakers = issuers_;
        }
        if (speakers.empty()) speakers = c_.AfterPreposition(k, std::min(end, k + 5), WordClass::kSourcePrepositions, &Clause::IsAgent);
        break;
      }
    }
    if (speakers.empty()) speakers = Subject(t);
    if (rel == "sanctioned"sv) {
      targets = c_.AfterPreposition(t.last, std::min(end, t.last + 10), WordClass::kSanctionPrepositions, &Clause::IsAgent);
      if (targets.empty()) {
        // "sanctions designations ... to hold the DPRK and Russia to account"
        for (uint32_t k = t.last; k < end && targets.empty(); ++k) {
          if (c_.Norm(k) == "hold"sv) {
            targets = ObjectActors(k + 1, std::min(end, k + 6), true);
          }
        }
      }
    } else {
      targets = c_.AfterPreposition(t.last, std::min(end, t.last + 4), WordClass::kOfPreposition, &Clause::IsAgent);
    }
  } else {
    // "Azerbaijan Accused of Using ..." (a headline): a participle with "of" is passive.
    bool headline_passive = t.last < s_.last && c_.Norm(t.last) == "of"sv && rel == "accused"sv &&
                            c_.Norm(t.first).size() > 2 && c_.Norm(t.first).substr(c_.Norm(t.first).size() - 2) == "ed"sv &&
                            t.first > s_.first && c_.MentionAt(t.first - 1);
    bool passive = (c_.Passive(t.first) || headline_passive) && rel != "denied"sv;
    if (passive) {
      speakers = c_.AfterPreposition(t.last, end, WordClass::kSourcePrepositions, &Clause::IsAgent);
      targets = c_.SubjectOf(t.first);
    } else {
      speakers = Subject(t);
      bool first_only = rel == "accused"sv || rel == "urged"sv || rel == "denied"sv;
      targets = ObjectActors(t.last, end, first_only);
      if (targets.empty() && rel != "denied"sv) {
        // "protest the attack", "condemned the sanctions": the act's agents.
        if (const TriggerInfo* act = ActNoun(t.last, end)) {
          if (act->relation != rel) targets = LatestAgents(act->relation);
        }
      }
      if (targets.empty() && rel == "urged"sv) {
        // "called for measures to be taken by the Council"
        targets = c_.AfterPreposition(t.last, end, WordClass::kSourcePrepositions, &Clause::IsAgent);
      }
    }
  }
  if (speakers.empty()) {
    // "which is totally refuted": an agentless statement is the quoted speaker's.
    int32_t sp = Speaker();
    if (sp >= 0 && !t.info->noun) speakers.push_back(sp);
  }
  if (speakers.empty()) return;
  std::string about;
  if (rel == "denied"sv) {
    // The denied claim's author: named ("allegations from X", "Amnesty's claims"),
    // else whoever made claims or accusations before in the article.
    auto own_side = [&](int32_t x) {
      for (int32_t sp : speakers) {
        if (x == sp) return true;
        for (const auto& r : doc_.entities[sp].represents) {
          if (r.first == x) return true;
        }
        for (const auto& r : doc_.entities[x].represents) {
          if (r.first == sp) return true;
        }
        if (doc_.entities[sp].country == doc_.entities[x].id) return true;
      }
      return false;
    };
    if (!t.info->noun && c_.Passive(t.first)) targets.clear();  // "which is refuted"
    std::vector<int32_t> named;
    uint32_t claim = 0;
    for (uint32_t k = t.last; k < s_.last && !claim; ++k) {
      if (c_.In(WordClass::kClaimNouns, k)) claim = k;
    }
    for (int32_t x : targets) {
      if (!own_side(x) && c_.IsAgent(x)) named.push_back(x);
    }
    if (claim || named.empty()) {
      // "allegations from X, Y": X and Y made the claim, and so accused the denier.
      std::vector<int32_t> by = claim ? c_.AfterPreposition(claim + 1, std::min<uint32_t>(s_.last, claim + 4),
                                                            WordClass::kSourcePrepositions, &Clause::IsAgent)
                                      : std::vector<int32_t>();
      if (!by.empty()) {
        for (int32_t x : by) {
          for (int32_t sp : speakers) {
            int32_t accused = sp;
            for (const auto& r : doc_.entities[sp].represents) accused = r.first;
            if (doc_.entities[x].kind != "person"sv) Emit(x, "accused", accused);
          }
        }
      }
      named.clear();
      for (int32_t x : by) {
        if (!own_side(x)) named.push_back(x);
      }
      if (named.empty()) {
        for (int32_t x : recent_claimants_) {
          if (!own_side(x) && std::find(named.begin(), named.end(), x) == named.end()) named.push_back(x);
        }
      }
      if (named.empty()) named = Weapons(t.last, end);
    }
    targets = named;
  }
  // Accusations carry their embedded fact: "accused X of supplying W to Y".
  if (rel == "accused"sv && !targets.empty()) {
    for (uint32_t k = t.last; k + 1 < end; ++k) {
      if (c_.Norm(k) == "of"sv || c_.Norm(k) == "for"sv) {
        subject_override_[k + 1] = targets;
        break;
      }
    }
  }
  for (int32_t sp : speakers) {
    for (int32_t tg : targets) {
      if (rel == "sanctioned"sv || rel == "urged"sv || rel == "condemned"sv || rel == "accused"sv) {
        if (!c_.IsAgent(tg)) continue;
      }
      Emit(sp, rel, tg, {}, about);
    }
  }
  if (rel == "accused"sv || rel == "condemned"sv) {
    recent_claimants_.assign(speakers.begin(), speakers.end());
  }
}

void SentenceRelations::Violate(const TriggerHit& t) {
  if (c_.Negated(t.first)) return;
  uint32_t end = c_.ClauseEnd(t.last - 1);
  std::vector<int32_t> resolutions;
  for (uint32_t k = t.last; k < end && k < t.last + 12; ++k) {
    if (c_.IsResolution(c_.EntityAt(k))) {
      resolutions.push_back(c_.EntityAt(k));
      break;
    }
  }
  if (resolutions.empty()) return;
  std::vector<int32_t> violators;
  if (!t.info->noun) {
    violators = Subject(t);
    if (violators.empty()) {
      for (uint32_t k = t.last; k < end; ++k) {
        const Mention* m = c_.MentionAt(k);
        if (m && m->possessive && c_.IsAgent(c_.EntityAt(k))) {
          violators.push_back(c_.EntityAt(k));
          break;
        }
      }
    }
  } else {
    int32_t owner = c_.PossessorBefore(t.first, 4);
    if (owner >= 0) {
      violators.push_back(owner);
    } else {
      // "in violation of R": the agents of the sentence's act, not its speakers
      // or the targets of statements.
      std::set<int32_t> speakers;
      for (auto it = doc_.facts.rbegin(); it != doc_.facts.rend() && it->sentence == si_; ++it) {
        if (it->relation == "condemned"sv || it->relation == "sanctioned"sv || it->relation == "accused"sv ||
            it->relation == "urged"sv) {
          speakers.insert(it->source);
        }
      }
      int32_t sp = Speaker();
      // "X told the Council that Iran transferred drones ... in violation of":
      // the violators are in the clause that states the act.
      uint32_t from = s_.first;
      for (uint32_t k = t.first; k > s_.first; --k) {
        if (c_.Norm(k - 1) == "that"sv || c_.Norm(k - 1) == ";"sv || c_.SpeechVerb(k - 1)) {
          from = k;
          break;
        }
      }
      for (uint32_t k = from; k < t.first; ++k) {
        const Mention* m = c_.MentionAt(k);
        if (!m) continue;
        int32_t e = c_.EntityAt(k);
        std::string_view prev = m->first > s_.first ? c_.Norm(m->first - 1) : "";
        k = m->last - 1;
        if (!c_.IsAgent(e) || speakers.count(e) || e == sp) continue;
        if (doc_.entities[e].kind == "person"sv) continue;
        if (prev == "against"sv || prev == "into"sv || prev == "in"sv || prev == "at"sv) continue;
        if (std::find(violators.begin(), violators.end(), e) == violators.end()) violators.push_back(e);
      }
    }
  }
  for (int32_t v : violators) {
    for (int32_t r : resolutions) Emit(v, "violated", r);
  }
}

void SentenceRelations::Member(const TriggerHit& t) {
  std::string_view word = c_.Norm(t.first);
  // The body: named right before ("Security Council members"), after "of", or the
  // last body the article named.
  auto is_body = [&](int32_t e) { return e >= 0 && doc_.entities[e].kind == "organization"sv; };
  int32_t body = -1;
  for (uint32_t k = t.first; k > s_.first && k + 4 > t.first; --k) {
    if (is_body(c_.EntityAt(k - 1))) {
      body = c_.EntityAt(k - 1);
      break;
    }
    if (c_.MentionAt(k - 1)) break;
  }
  if (body < 0 && t.last + 1 < s_.last && c_.Norm(t.last) == "of"sv) {
    for (uint32_t k = t.last + 1; k < s_.last && k < t.last + 4; ++k) {
      if (is_body(c_.EntityAt(k))) {
        body = c_.EntityAt(k);
        break;
      }
    }
  }
  if (body < 0) {
    // "... Council, where Russia is a permanent member": the last body before.
    for (uint32_t k = t.first; k > s_.first; --k) {
      if (is_body(c_.EntityAt(k - 1))) {
        body = c_.EntityAt(k - 1);
        break;
      }
    }
  }
  if (body >= 0 && word != "member"sv && word != "members"sv && word != "consist"sv && word != "consists"sv &&
      word != "consisted"sv) {
    // Votes and vetoes are cast in a council: prefer one the article names.
    for (const Mention& m : doc_.mentions) {
      if (m.entity < 0) continue;
      int32_t e = doc_.Canonical(m.entity);
      if (is_body(e) && doc_.entities[e].category == "un-body"sv &&
          doc_.entities[e].label.find("Council") != std::string::npos) {
        body = e;
        break;
      }
    }
  }
  if (body < 0) {
    // The last U.N. body named in the text before.
    for (uint32_t k = t.first; k > 0 && body < 0 && k + 3000 > t.first; --k) {
      int32_t e = c_.EntityAt(k - 1);
      if (is_body(e) && doc_.entities[e].category == "un-body"sv) body = e;
    }
  }
  if (body < 0) return;
  std::vector<int32_t> members;
  if (word == "member"sv || word == "members"sv) {
    uint32_t k = t.last;
    if (k < s_.last && c_.Norm(k) == ","sv) ++k;
    if (k < s_.last && c_.Norm(k) == "including"sv) ++k;
    if (k < s_.last && c_.Norm(k) == "the"sv) ++k;
    if (k < s_.last && c_.MentionAt(k) && c_.IsAgent(c_.EntityAt(k)) && c_.EntityAt(k) != body) {
      members = c_.GroupRight(k, nullptr, &Clause::IsAgent, /*strict=*/true);
    } else if (word == "member"sv) {
      members = c_.SubjectOf(t.first);  // "where Russia is a permanent member"
    }
  } else if (word == "consist"sv || word == "consists"sv || word == "consisted"sv) {
    uint32_t k = t.last;
    if (k < s_.last && c_.Norm(k) == "the"sv) ++k;
    members = c_.GroupRight(k, nullptr, &Clause::IsAgent);
  } else {
    // "Russia vetoed", "China abstained", "holds a permanent seat", "Russia's veto"
    if (doc_.entities[body].category != "un-body"sv && doc_.entities[body].id != "united-nations"sv) return;
    if (t.info->noun || (t.first > s_.first && c_.Norm(t.first - 1) == "'s"sv)) {
      int32_t owner = c_.PossessorBefore(t.first, 1);
      if (owner >= 0) members.push_back(owner);
    } else {
      members = Subject(t);
    }
  }
  for (int32_t m : members) {
    if (m != body && doc_.entities[m].kind != "person"sv) Emit(m, "member-of", body);
  }
}

void SentenceRelations::Impact(const TriggerHit& t) {
  if (c_.Negated(t.first)) return;
  // The weapon is the subject: "The missile landed in ...", "missile fragments
  // fell on ...", "one North Korean ballistic missile downed over Kyiv".
  std::vector<int32_t> weapons;
  for (uint32_t k = t.first; k > s_.first && k + 6 > t.first && weapons.empty(); --k) {
    if (c_.IsWeapon(c_.EntityAt(k - 1))) weapons = c_.GroupLeft(k, nullptr, &Clause::IsWeapon);
    else if (c_.MentionAt(k - 1) || c_.Norm(k - 1) == ","sv) break;
  }
  if (weapons.empty()) return;
  uint32_t end = c_.ClauseEnd(t.last - 1);
  std::vector<int32_t> places = c_.AfterPreposition(t.last, end, WordClass::kLocationPrepositions, &Clause::IsPlace);
  if (places.empty()) return;
  // "in the Zaporizhzhia region of Ukraine": the state the place lies in too.
  for (uint32_t k = t.last; k + 1 < end; ++k) {
    if (c_.Norm(k) == "of"sv && c_.MentionAt(k + 1) && doc_.entities[c_.EntityAt(k + 1)].type == "country"sv &&
        k > t.last && c_.MentionAt(k - 1) && c_.EntityAt(k - 1) == places.back()) {
      places.push_back(c_.EntityAt(k + 1));
      break;
    }
  }
  // Who used it: whoever the article said used or received that weapon last.
  std::vector<int32_t> users;
  int looked = 0;
  for (auto it = doc_.facts.rbegin(); it != doc_.facts.rend() && users.empty() && ++looked < 200; ++it) {
    if ((it->relation == "used"sv || it->relation == "acquired"sv) && it->target == weapons.front()) {
      users.push_back(it->source);
    }
  }
  EmitEach(weapons, "used-in", places, "user", users);
}

void SentenceRelations::Run() {
  std::vector<PhraseMatcher::Hit> hits;
  for (uint32_t i = s_.first; i < s_.last; ++i) {
    hits.clear();
    lex_.triggers().MatchAll(*doc_.tokens, i, s_.last, &hits);
    if (hits.empty() || doc_.mention_at[i] >= 0) continue;
    uint32_t len = hits.front().length;
    // A word can be verb and noun ("strikes", "supplies"): a determiner, a
    // possessive or an adjective before it makes it a noun.
    std::string_view prev = i > s_.first ? c_.Norm(i - 1) : "";
    bool noun_context = prev == "the"sv || prev == "a"sv || prev == "an"sv || prev == "'s"sv || prev == "its"sv ||
                        prev == "their"sv || prev == "of"sv || prev == "his"sv || prev == "her"sv ||
                        (i > s_.first && c_.MentionAt(i - 1) && c_.MentionAt(i - 1)->kind != MentionKind::kPronoun &&
                         !c_.In(WordClass::kBeForms, i - 1) && c_.IsWeapon(c_.EntityAt(i - 1))) ||
                        (i > s_.first && doc_.tokens->tokens[i - 1].Has(text::kWord) &&
                         !c_.MentionAt(i - 1) && !c_.In(WordClass::kHaveForms, i - 1) && !c_.In(WordClass::kBeForms, i - 1) &&
                         !c_.In(WordClass::kNegations, i - 1) && !c_.In(WordClass::kHypotheticalModals, i - 1) &&
                         c_.Norm(i - 1) != "to"sv && c_.Norm(i - 1) != "that"sv && c_.Norm(i - 1) != "also"sv &&
                         c_.Norm(i - 1) != "and"sv && c_.Norm(i - 1) != "who"sv && c_.Norm(i - 1) != "which"sv &&
                         !(c_.Norm(i - 1).size() > 2 && c_.Norm(i - 1).substr(c_.Norm(i - 1).size() - 2) == "ly"sv) &&
                         !doc_.tokens->tokens[i - 1].Has(text::kCap));
    const TriggerInfo* verb = nullptr;
    const TriggerInfo* noun = nullptr;
    for (const auto& h : hits) {
      if (h.length != len) break;
      const TriggerInfo* ti = &lex_.trigger_info()[h.value];
      (ti->noun ? noun : verb) = ti;
    }
    // "attacks on Khartoum", "supplies of arms": a preposition after makes it a noun.
    if (i + len < s_.last) {
      std::string_view next = c_.Norm(i + len);
      if (next == "on"sv || next == "against"sv || next == "of"sv || next == "by"sv) noun_context = true;
    }
    const TriggerInfo* chosen = (noun && (noun_context || !verb)) ? noun : verb;
    if (!chosen) chosen = noun;
    // "the vote", "a launch" with no noun reading of the word: no fact.
    if (!chosen->noun && (prev == "the"sv || prev == "a"sv || prev == "an"sv)) {
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
      case Frame::kSay: break;
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
    std::vector<int32_t> weapons = Weapons(d + 2, std::min<uint32_t>(s_.last, d + 6));
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
}

// Issuers of a joint statement: "A, B and C gave/issued a statement",
// "a statement issued by A and B".
std::vector<int32_t> FindIssuers(const Lexicon& lex, const Document& doc) {
  for (const auto& s : doc.sentences) {
    Clause c(lex, doc, s);
    for (uint32_t k = s.first; k < s.last; ++k) {
      if (c.Norm(k) != "statement"sv && c.Norm(k) != "statements"sv) continue;
      // "issued by A, B and C"
      for (uint32_t j = k + 1; j + 1 < s.last && j < k + 6; ++j) {
        if (c.Norm(j) == "by"sv) {
          for (uint32_t x = j + 1; x < s.last && x < j + 5; ++x) {
            if (c.MentionAt(x) && c.IsAgent(c.EntityAt(x))) {
              auto g = c.GroupRight(x, nullptr, &Clause::IsAgent);
              if (g.size() >= 2) return g;
              break;
            }
          }
        }
      }
      std::vector<int32_t> subj = c.SubjectOf(k);
      if (subj.size() >= 2) return subj;
    }
  }
  return {};
}

}  // namespace

void FindRelations(const Lexicon& lex, Document* doc) {
  std::vector<int32_t> issuers = FindIssuers(lex, *doc);
  std::vector<int32_t> recent_users, recent_claimants;
  std::unordered_map<std::string, std::vector<int32_t>> latest;
  for (uint32_t si = 0; si < doc->sentences.size(); ++si) {
    std::size_t before = doc->facts.size();
    SentenceRelations(lex, doc, si, issuers, &recent_users, &recent_claimants, &latest).Run();
    std::unordered_map<std::string, std::vector<int32_t>> stated;
    for (std::size_t f = before; f < doc->facts.size(); ++f) {
      auto& sources = stated[doc->facts[f].relation];
      if (std::find(sources.begin(), sources.end(), doc->facts[f].source) == sources.end()) {
        sources.push_back(doc->facts[f].source);
      }
    }
    for (auto& [relation, sources] : stated) latest[relation] = std::move(sources);
    // Bounded memory of who used what: only the recent past matters.
    if (recent_users.size() > 64) recent_users.erase(recent_users.begin(), recent_users.end() - 32);
  }
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
