// The force, stance, law and affiliation frames: attacks, statements about
// other parties (condemn, accuse, deny, urge, sanction), violations and
// membership.
#include <algorithm>
#include <set>

#include "extract/sentence_relations.hpp"

namespace newsgraph::extract {

using namespace std::string_view_literals;

bool SentenceRelations::AttackNounAt(uint32_t k) const {
  std::vector<PhraseMatcher::Hit> hits;
  lex_.triggers().MatchAll(*doc_.tokens, k, s_.last, &hits);
  for (const auto& h : hits) {
    const TriggerInfo& ti = lex_.trigger_info()[h.value];
    if (ti.noun && ti.frame == Frame::kAttack) return true;
  }
  return false;
}

bool SentenceRelations::Armed(int32_t e) const {
  if (e < 0) return false;
  const std::string& category = doc_.entities[e].category;
  return category == "armed-group" || category == "military";
}

std::vector<int32_t> SentenceRelations::CountedParties(uint32_t from, uint32_t to) const {
  uint32_t k = from;
  if (k < to && c_.In(WordClass::kDefiniteArticles, k)) ++k;
  std::size_t n = k < to && c_.In(WordClass::kDualQuantifiers, k) ? 2 : k < to && c_.In(WordClass::kTripleQuantifiers, k) ? 3 : 0;
  if (n == 0) return {};
  ++k;
  while (k < to && !c_.MentionAt(k) && nlp::IsAdjective(doc_.PosAt(k))) ++k;  // "both warring parties"
  // "the two governments" are states; "both sides", "both warring parties" may be armed groups.
  bool states = k < to && c_.In(WordClass::kConflictStateNouns, k);
  if (k >= to || c_.MentionAt(k) || !(states || c_.In(WordClass::kConflictSideNouns, k))) return {};
  // The last list of that many states the article gave ("Mali, Burkina Faso and Niger").
  if (states) {
    for (uint32_t si = si_ + 1; si-- > 0;) {
      Clause c(lex_, doc_, doc_.sentences[si]);
      std::vector<int32_t> latest;
      uint32_t last = si == si_ ? from : doc_.sentences[si].last;
      for (uint32_t j = doc_.sentences[si].first; j < last; ++j) {
        const Mention* m = c.MentionAt(j);
        if (!m || !c.IsCountry(c.EntityAt(j))) continue;
        uint32_t group_end = j;
        std::vector<int32_t> group = c.GroupRight(j, &group_end, &Clause::IsCountry);
        if (group.size() == n) latest = group;
        j = std::max(j, group_end - 1);
      }
      if (!latest.empty()) return latest;
    }
  }
  std::vector<std::pair<int32_t, int32_t>> counts;  // (entity, mentions), in order of first mention
  for (const Mention& m : doc_.mentions) {
    if (m.first >= s_.first) break;
    if (m.entity < 0 || m.kind == MentionKind::kPronoun) continue;
    int32_t e = doc_.Canonical(m.entity);
    if (!c_.IsCountry(e) && (states || !Armed(e))) continue;
    auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == e; });
    if (it == counts.end()) counts.push_back({e, 1});
    else ++it->second;
  }
  if (counts.size() < n) return {};
  std::stable_sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<int32_t> out;
  for (std::size_t i = 0; i < n; ++i) out.push_back(counts[i].first);
  return out;
}

std::vector<int32_t> SentenceRelations::AttackTargets(uint32_t from, uint32_t end, bool object,
                                                      WordClass preps) const {
  std::vector<int32_t> out;
  auto add = [&](int32_t e) {
    if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
  };
  bool introduced = object;  // the verb's object, or a phrase after one of preps
  bool found_target = false, found_place = false;
  bool site_owner = false;  // the place found names the owner of sites ("Pakistani border posts")
  bool held_by = false;  // after "held by": only an armed group
  for (uint32_t k = from; k < end; ++k) {
    // The phrase ends where another fact or a subordinate clause begins
    // ("... the war in Ukraine after the US disclosed ... attacks against Ukraine").
    if (c_.In(WordClass::kSubordinators, k) && !c_.MentionAt(k)) break;
    // A participle of control is not another fact: "sites used by the militia".
    bool control = k > from && k + 1 < end && c_.In(WordClass::kControlParticiples, k) &&
                   c_.In(WordClass::kAgentPrepositions, k + 1);
    // Nor is a word glued into a modifier: "the Iran-backed militia".
    bool glued = k > from && c_.Norm(k - 1) == "-"sv && doc_.tokens->tokens[k].Has(text::kGlueLeft);
    bool other_fact = false;
    for (const TriggerHit& h : triggers_) other_fact = other_fact || (h.first == k && h.first >= from && !control && !glued);
    if (other_fact) break;
    const Mention* m = c_.MentionAt(k);
    // "launched at least one": a quantity, not a target.
    if (uint32_t len = c_.PhraseAt(WordClass::kQuantityPhrases, k)) {
      k += len - 1;
      continue;
    }
    if (!m) {
      // "the town of Mirebalais": "of" goes on with the phrase it is in.
      bool of = c_.In(WordClass::kOfPreposition, k);
      if (c_.In(WordClass::kPrepositions, k) && (!of || preps == WordClass::kOfPreposition)) {
        // "towns held by the TNLA": the holder of the attacked sites.
        bool holder = c_.In(WordClass::kAgentPrepositions, k) && k > from && c_.In(WordClass::kControlParticiples, k - 1);
        // A target's own location goes on with it: "(fired) at towns in northern X".
        introduced = c_.In(preps, k) || holder || (introduced && c_.In(WordClass::kLocationPrepositions, k));
        held_by = holder;
      }
      continue;
    }
    int32_t e = c_.EntityAt(k);
    uint32_t next = m->last;
    // A name before a noun stands for its sites: "Ukrainian targets", "RSF positions".
    if (introduced && !m->possessive && m->kind != MentionKind::kPronoun) {
      uint32_t gend = next;
      if (c_.IsPlace(e) && !held_by && (!found_place || site_owner) && (!found_target || !c_.IsPlace(out.front()) || site_owner)) {
        bool modifier = site_owner;
        for (int32_t x : c_.GroupRight(k, &gend, &Clause::IsPlace)) add(x);
        // "Pakistani border posts in Kurram": the sites' place is named after them.
        site_owner = !modifier && gend < end && !c_.MentionAt(gend) && nlp::IsNoun(doc_.PosAt(gend));
        found_place = found_target = true;
      } else if (Armed(e) && !found_target) {
        for (int32_t x : c_.GroupRight(k, &gend, &Clause::IsAgent)) {
          if (Armed(x)) add(x);
        }
        found_target = true;
      }
      k = gend - 1;
      continue;
    }
    // "Ukraine's Odesa": the place after a possessive state; "Ukraine's
    // infrastructure", "the RSF's bases": the owner of what was attacked.
    if (introduced && m->possessive && !found_target) {
      uint32_t owned = next + 1;  // past the "'s"
      if (owned < end && c_.IsPlace(c_.EntityAt(owned))) {
        add(c_.EntityAt(owned));
        found_place = found_target = true;
        k = c_.MentionAt(owned)->last - 1;
        continue;
      }
      if (c_.IsPlace(e) || Armed(e)) {
        add(e);
        found_target = true;
        found_place = c_.IsPlace(e);
      }
    }
    k = next - 1;
  }
  return out;
}

void SentenceRelations::Attack(const TriggerHit& t) {
  if (c_.Negated(t.first)) return;
  uint32_t end = c_.ClauseEnd(t.last - 1);
  bool war = c_.In(WordClass::kWarNouns, t.first);
  std::vector<int32_t> attackers, targets, weapons;
  if (t.info->noun) {
    // "Israeli and U.S. strikes", "American-British aggression": the attackers as modifiers.
    if (t.first > s_.first && c_.MentionAt(t.first - 1)) {
      for (int32_t x : c_.GroupLeft(t.first, nullptr, &Clause::IsAgent)) attackers.push_back(x);
    }
    int32_t owner = attackers.empty() ? c_.PossessorBefore(t.first) : -1;
    if (owner >= 0) attackers.push_back(owner);
    if (attackers.empty()) {
      // "strikes by the army on ...", "the shelling of border posts by X forces": the agent
      // phrase among the noun's complements.
      for (uint32_t k = t.last, phrase_end = c_.NounPhraseEnd(t.last, end); k < phrase_end; ++k) {
        if (!c_.In(WordClass::kAgentPrepositions, k)) continue;
        // "strikes on towns held by X": X holds the target; it did not strike.
        if (k > t.last && c_.In(WordClass::kControlParticiples, k - 1)) break;
        attackers = c_.AfterPreposition(k, c_.NounPhraseEnd(k, end), WordClass::kAgentPrepositions, &Clause::IsAgent);
        break;
      }
    }
    WordClass preps = war ? WordClass::kAttackTargetPrepositionsWar : WordClass::kAttackTargetPrepositions;
    // "A U.S. air strike killed 14 militants near X": the noun is the subject of a verb
    // whose object is what it hit.
    uint32_t v = t.last;
    while (v < end && nlp::IsAdverb(doc_.PosAt(v)) && !c_.MentionAt(v)) ++v;
    nlp::Pos p = v < end ? doc_.PosAt(v) : nlp::Pos::SYM;
    bool subject = v + 1 < end && !c_.MentionAt(v) &&
                   (p == nlp::Pos::VBD || p == nlp::Pos::VBN || p == nlp::Pos::VBZ || p == nlp::Pos::VBP);
    targets = subject ? AttackTargets(v + 1, end, true, preps) : AttackTargets(t.last, end, false, preps);
    if (targets.empty() && (c_.In(WordClass::kOfTargetNouns, t.first) || !attackers.empty())) {
      // "invasion of X"; "the shelling of X by Y": with its agent named, the of-phrase is the target.
      targets = AttackTargets(t.last, end, false, WordClass::kOfPreposition);
    }
    if (attackers.empty()) attackers = ActVerbSubject(t);  // "Iran conducted missile strikes in Iraq"
    // "Russia's war in Ukraine", "waged a war in Yemen": a war with a party is fought where it is.
    // ("The Council discussed the war in Ukraine" names no party to it.)
    if (targets.empty() && !attackers.empty() && war) {
      targets = AttackTargets(t.last, end, false, WordClass::kAttackTargetPrepositions);
    }
    if (attackers.empty() && (war || c_.In(WordClass::kOfTargetNouns, t.first))) {
      attackers = Subject(t);  // "Moscow launched its full-scale invasion of Ukraine"
    }
    uint32_t wb;
    weapons = c_.GroupLeft(t.first, &wb, &Clause::IsWeapon);
  } else {
    if (c_.Passive(t.first)) {
      attackers = c_.AfterPreposition(t.last, end, WordClass::kSourcePrepositions, &Clause::IsAgent);
    } else {
      attackers = Subject(t);
      if (attackers.empty()) {
        // "the strikes hit a market": an attack named before does it; its attackers act.
        uint32_t k = t.first;
        while (k > s_.first && !c_.MentionAt(k - 1) && doc_.tokens->tokens[k - 1].Has(text::kWord) &&
               !c_.In(WordClass::kPrepositions, k - 1) && !AttackNounAt(k - 1)) {
          --k;
        }
        if (k > s_.first && AttackNounAt(k - 1)) attackers = LatestAgents("attacked");
      }
    }
    targets = AttackTargets(t.last, end, !c_.Passive(t.first), WordClass::kAttackTargetPrepositions);
    if (c_.Passive(t.first) && !attackers.empty()) {
      // "The town of X was overrun by Y": the passive's subject was attacked.
      uint32_t group = c_.VerbGroupStart(t.first);
      for (int32_t x : AttackTargets(c_.SubjectPhraseStart(t.first), group, true, WordClass::kAttackTargetPrepositions)) {
        if (std::find(targets.begin(), targets.end(), x) == targets.end()) targets.push_back(x);
      }
    }
  }
  for (int32_t a : attackers) targets.erase(std::remove(targets.begin(), targets.end(), a), targets.end());
  // "weaponry used in attacks on X": the user attacked.
  if (attackers.empty() && t.info->noun && t.first >= s_.first + 2 && c_.In(WordClass::kUsePurposePrepositions, t.first - 1)) {
    // The phrase attaches to a use verb before it, past the verb's object and adverbs
    // ("weaponry used in attacks", "have used the drones mainly in strikes").
    auto verb_before = [&](uint32_t v) {
      while (v > s_.first && nlp::IsAdverb(doc_.PosAt(v - 1)) && !c_.MentionAt(v - 1)) --v;
      return v;
    };
    uint32_t right = verb_before(t.first - 1);
    uint32_t past_object = verb_before(c_.NounPhraseStart(right, s_.first, Clause::Links::kNone));
    bool used = false;
    for (const TriggerHit& u : triggers_) {
      used = used || ((u.last == right || u.last == past_object) && u.info->frame == Frame::kUse);
    }
    if (used) attackers = SentenceSources("used");
  }
  // "using W", "with W" in the same clause states the weapon, unless another fact's word
  // governs it ("supplying X with W to drag the region into war").
  if (weapons.empty()) {
    uint32_t from = c_.ClauseStart(t.first);
    for (uint32_t k = from; k < end; ++k) {
      bool other = false;
      for (const TriggerHit& h : triggers_) other = other || (h.first != t.first && h.first >= from && h.first < k);
      if (other && k < t.first) continue;
      if (c_.In(WordClass::kInstrumentPrepositions, k) && k + 1 < end) {
        weapons = Weapons(k + 1, c_.NounPhraseEnd(k + 1, end));
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

void SentenceRelations::Statement(const TriggerHit& t) {
  const std::string& rel = t.info->relation;
  // An accusation reported inside a denial still stands as the accuser's.
  if (rel != "denied"sv && c_.LocallyNegated(t.first)) return;
  uint32_t end = c_.ClauseEnd(t.last - 1);
  if (rel == "denied"sv && t.last == t.first + 1 && c_.In(WordClass::kLabellingVerbs, t.first)) {
    // "called the army's claims baseless fabrications": a claim labelled with a dismissive word.
    bool claim = false, dismissed = false;
    for (uint32_t k = t.last, object_end = c_.NounPhraseEnd(t.last, end); k < object_end; ++k) {
      claim = claim || c_.In(WordClass::kClaimNouns, k);
    }
    for (uint32_t k = t.last; k < end; ++k) dismissed = dismissed || c_.In(WordClass::kDismissalWords, k);
    if (!claim || !dismissed) return;
  }
  std::vector<int32_t> speakers, targets;
  std::vector<int32_t> adopters;
  bool voted = rel == "sanctioned"sv && InVotedText(t, &adopters);
  if (t.info->noun && rel == "sanctioned"sv && ListedParties(t, &speakers, &targets)) {
    // read by the listing verb
  } else if (t.info->noun) {
    // "sanctions against X", "U.N. sanctions on X", "condemnation of X"
    if (t.first > s_.first && c_.IsAgent(c_.EntityAt(t.first - 1))) speakers.push_back(c_.EntityAt(t.first - 1));
    int32_t owner = c_.PossessorBefore(t.first);
    if (speakers.empty() && owner >= 0) speakers.push_back(owner);
    if (speakers.empty()) {
      // "sanctions designations by each of our governments", "condemnation by X"
      // The by-phrase is a complement of the noun's phrase.
      for (uint32_t k = t.last, phrase_end = c_.NounPhraseEnd(t.last, end); k < phrase_end; ++k) {
        if (!c_.In(WordClass::kAgentPrepositions, k)) continue;
        uint32_t by_end = c_.NounPhraseEnd(k, end);
        for (uint32_t j = k + 1; j < by_end; ++j) {
          if (c_.In(WordClass::kFirstPersonPlural, j) && !issuers_.empty()) speakers = issuers_;
        }
        if (speakers.empty()) speakers = c_.AfterPreposition(k, by_end, WordClass::kSourcePrepositions, &Clause::IsAgent);
        break;
      }
    }
    // "Canada announced new sanctions on X": the act verb's subject.
    if (speakers.empty()) speakers = ActVerbSubject(t);
    if (speakers.empty()) speakers = Subject(t);
    if (rel == "sanctioned"sv) {
      targets = c_.AfterPreposition(t.last, c_.NounPhraseEnd(t.last, end), WordClass::kSanctionPrepositions,
                                    &Clause::IsAgent);
      if (targets.empty()) {
        // "sanctions designations ... to hold the DPRK and Russia to account"
        for (uint32_t k = t.last; k < end && targets.empty(); ++k) {
          if (c_.In(WordClass::kAccountabilityVerbs, k)) {
            targets = ObjectActors(k + 1, c_.NounPhraseEnd(k + 1, end), true);
          }
        }
      }
    } else {
      targets = c_.AfterPreposition(t.last, c_.NounPhraseEnd(t.last, end), WordClass::kOfPreposition, &Clause::IsAgent);
    }
  } else {
    // "Azerbaijan Accused of Using ..." (a headline): a participle with "of" is passive.
    bool headline_passive = t.last < s_.last && c_.In(WordClass::kOfPreposition, t.last) && rel == "accused"sv &&
                            c_.HasSuffix(WordClass::kPastSuffixes, t.first, 2) &&
                            t.first > s_.first && c_.MentionAt(t.first - 1);
    bool passive = (c_.Passive(t.first) || headline_passive) && rel != "denied"sv;
    if (passive) {
      speakers = c_.AfterPreposition(t.last, end, WordClass::kSourcePrepositions, &Clause::IsAgent);
      targets = c_.SubjectOf(t.first);
    } else {
      speakers = Subject(t);
      bool first_only = rel == "accused"sv || rel == "urged"sv || rel == "denied"sv;
      // "condemned what it called 'American-British aggression'": the object is what was named.
      uint32_t object = t.last;
      if (uint32_t len = object < end ? c_.PhraseAt(WordClass::kWhatCalledPhrases, object) : 0) {
        object += len;
        while (object < end && (doc_.tokens->tokens[object].Has(text::kQuote) || c_.In(WordClass::kArticles, object))) {
          ++object;
        }
      }
      targets = ObjectActors(object, end, first_only);
      if (targets.empty() && rel != "denied"sv) {
        targets = CountedParties(object, end);  // "urged both sides to ..."
        for (int32_t sp : speakers) targets.erase(std::remove(targets.begin(), targets.end(), sp), targets.end());
      }
      if (targets.empty() && rel != "denied"sv) {
        // "protest the attack", "condemned the sanctions": the act's agents.
        std::vector<int32_t> agents;
        if (const TriggerInfo* act = ActNoun(object, end, &agents)) {
          if (!agents.empty()) targets = agents;
          else if (act->relation != rel) targets = LatestAgents(act->relation);
        }
      }
      if (targets.empty() && rel == "urged"sv) {
        // "called for measures to be taken by the Council"
        targets = c_.AfterPreposition(t.last, end, WordClass::kSourcePrepositions, &Clause::IsAgent);
      }
    }
  }
  if (rel == "sanctioned"sv && !targets.empty()) {
    // "sanctions on A, and on B": a second phrase of the same preposition adds targets.
    for (uint32_t k = t.last; k + 1 < end; ++k) {
      if (!c_.In(WordClass::kCoordinators, k) || !c_.In(WordClass::kSanctionPrepositions, k + 1)) continue;
      for (int32_t x : c_.AfterPreposition(k + 1, end, WordClass::kSanctionPrepositions, &Clause::IsAgent)) {
        if (std::find(targets.begin(), targets.end(), x) == targets.end()) targets.push_back(x);
      }
      break;
    }
  }
  // The voters on a text do not impose what it imposes; the body that adopts it does.
  if (voted) speakers = adopters;
  if (speakers.empty() && voted) return;
  if (speakers.empty()) {
    // "Seven nations condemned X": unnamed parties act; a joint statement named
    // later may say who they are.
    // Back to the clause's start; a speech verb before ("X claimed that ...,
    // which is refuted") means the subject is not in this stretch.
    for (uint32_t k = t.first; k > c_.ClauseStart(t.first) && !t.info->noun && !c_.SpeechVerb(k - 1); --k) {
      if (!c_.MentionAt(k - 1) && c_.In(WordClass::kPartyNouns, k - 1)) {
        for (int32_t tg : targets) {
          if (!c_.IsAgent(tg)) continue;
          Fact f;
          f.relation = rel;
          f.target = tg;
          f.sentence = si_;
          unnamed_acts_.push_back(std::move(f));
        }
        return;
      }
    }
    // "which is totally refuted": an agentless statement is the quoted speaker's.
    int32_t sp = Speaker();
    if (sp >= 0 && !t.info->noun) speakers.push_back(sp);
  }
  if (speakers.empty()) return;
  std::string about;
  bool weak = false;  // the denial's target is only the last claimant
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
    // The claim nouns after the denial ("the reports", "allegations from X");
    // the first whose author is named gives the author. After the first, only its own
    // phrase ("the reports and claims by X"), not statements cited further on.
    uint32_t claim = 0;
    bool possessed = false;
    std::vector<int32_t> by;
    for (uint32_t k = t.last, limit = s_.last; k < limit && by.empty(); ++k) {
      if (!c_.In(WordClass::kClaimNouns, k)) continue;
      if (!claim) {
        claim = k;
        limit = c_.NounPhraseEnd(k, s_.last);
        // "rejected Baku's charge": the possessor made the claim.
        uint32_t p = k;
        while (p > t.last && !c_.MentionAt(p - 1) && doc_.tokens->tokens[p - 1].Has(text::kWord) &&
               !c_.In(WordClass::kPrepositions, p - 1)) {
          --p;
        }
        const Mention* owner = p > t.last ? c_.MentionAt(p - 1) : nullptr;
        if (owner && owner->possessive && owner->kind != MentionKind::kPronoun && c_.IsAgent(c_.EntityAt(p - 1))) {
          by.push_back(c_.EntityAt(p - 1));
          // Whom the claim was about, the sentence says only in a clause after it
          // ("denies India's charge that it supports militants").
          possessed = !(k + 1 < s_.last && c_.In(WordClass::kComplementizers, k + 1));
          break;
        }
      }
      by = c_.AfterPreposition(k + 1, c_.NounPhraseEnd(k, s_.last), WordClass::kSourcePrepositions,
                               &Clause::IsAgent);
    }
    if (!claim && !t.info->noun) {
      // "rejected the draft as biased", "dismissed the measures": a rejected act or
      // proposal is no denied claim.
      for (uint32_t k = t.last; k < end && !c_.MentionAt(k); ++k) {
        if (!nlp::IsNoun(doc_.PosAt(k))) continue;
        if (c_.In(WordClass::kRejectedActs, k)) return;
        break;
      }
    }
    for (int32_t x : targets) {
      if (!own_side(x) && c_.IsAgent(x)) named.push_back(x);
    }
    if (claim || named.empty()) {
      // "allegations from X, Y": X and Y made the claim, and so accused the denier.
      if (!by.empty() && !possessed) {
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
        // "X have claimed that ..., which is refuted": a claim made in this sentence.
        for (uint32_t k = s_.first; k < t.first && named.empty(); ++k) {
          if (!c_.SpeechVerb(k)) continue;
          for (int32_t x : c_.SubjectOf(k)) {
            if (!own_side(x) && c_.IsAgent(x)) named.push_back(x);
          }
        }
      }
      if (named.empty()) {
        // "X rejected the allegation": the last accusation made against X answered,
        // with every accuser of the sentence that made it.
        int64_t made = -1;
        for (auto it = doc_.facts.rbegin(); it != doc_.facts.rend(); ++it) {
          if (made >= 0 && it->sentence != made) break;
          if (it->relation != "accused"sv || !own_side(it->target) || own_side(it->source)) continue;
          made = it->sentence;
          if (std::find(named.begin(), named.end(), it->source) == named.end()) named.insert(named.begin(), it->source);
        }
        weak = !named.empty();
      }
      if (named.empty()) {
        for (int32_t x : recent_claimants_) {
          if (!own_side(x) && std::find(named.begin(), named.end(), x) == named.end()) named.push_back(x);
        }
        weak = !named.empty();
      }
      if (named.empty()) named = Weapons(t.last, end);
    }
    targets = named;
  }
  // Accusations carry their embedded fact: "accused X of supplying W to Y".
  if (rel == "accused"sv && !targets.empty()) {
    for (uint32_t k = t.last; k + 1 < end; ++k) {
      if (c_.In(WordClass::kAccusationComplements, k)) {
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
      std::size_t before = doc_.facts.size();
      Emit(sp, rel, tg, {}, about);
      if (weak && doc_.facts.size() > before) DeniedFact(t, &doc_.facts.back());
    }
  }
  if (rel == "accused"sv || rel == "condemned"sv) {
    recent_claimants_.assign(speakers.begin(), speakers.end());
  }
}

bool SentenceRelations::InVotedText(const TriggerHit& t, std::vector<int32_t>* adopters) const {
  // Back from the sanction through its noun group and the phrases after the text
  // ("a resolution sponsored by France that imposes sanctions") to the voted text.
  uint32_t start = c_.ClauseStart(t.first);
  uint32_t text = t.first;
  for (uint32_t k = t.first; k > start && text == t.first; --k) {
    const Mention* m = c_.MentionAt(k - 1);
    if (m) {
      if (c_.IsAgent(c_.EntityAt(k - 1)) && !c_.InPrepositionalPhrase(*m)) return false;  // the sanction's own subject
      if (c_.IsResolution(c_.EntityAt(k - 1))) {
        text = m->first;  // "vetoed a Security Council resolution on sanctions"
        break;
      }
      k = m->first + 1;
      continue;
    }
    if (c_.In(WordClass::kVoteObjects, k - 1)) text = k - 1;
  }
  if (text == t.first) return false;
  for (uint32_t k = text; k > start; --k) {
    if (!c_.In(WordClass::kAdoptionVerbs, k - 1)) continue;
    for (int32_t e : c_.SubjectOf(k - 1)) {
      if (doc_.entities[e].kind == "organization"sv) adopters->push_back(e);
    }
    break;
  }
  return true;
}

bool SentenceRelations::ListedParties(const TriggerHit& t, std::vector<int32_t>* listers,
                                      std::vector<int32_t>* listed) const {
  if (!c_.In(WordClass::kListNouns, t.last - 1)) return false;
  // Back over the list's determiners and modifiers ("its", "the U.S.", "unreliable") to its preposition.
  uint32_t start = c_.ClauseStart(t.first), k = t.first;
  while (k > start && !c_.In(WordClass::kPrepositions, k - 1) && !c_.SpeechVerb(k - 1) &&
         !c_.In(WordClass::kListingVerbs, k - 1)) {
    --k;
  }
  if (k <= start || !c_.In(WordClass::kPrepositions, k - 1)) return false;
  uint32_t prep = k - 1, verb = prep;
  while (verb > start && !c_.In(WordClass::kListingVerbs, verb - 1) && !c_.SpeechVerb(verb - 1)) --verb;
  if (verb <= start || !c_.In(WordClass::kListingVerbs, verb - 1)) return false;
  --verb;
  if (c_.Passive(verb)) {
    // "A and B had been added to its list": the list's owner, or the agent after it.
    *listed = c_.SubjectOf(verb);
    int32_t owner = c_.PossessorBefore(t.first);
    if (owner >= 0) listers->push_back(owner);
    if (listers->empty()) {
      *listers = c_.AfterPreposition(t.last, c_.ClauseEnd(t.last - 1), WordClass::kAgentPrepositions, &Clause::IsAgent);
    }
  } else {
    *listers = c_.SubjectOf(verb);
    *listed = ObjectActors(verb + 1, prep, false);
  }
  return true;
}

bool SentenceRelations::ImposedMeasure(uint32_t i) const {
  if (!c_.In(WordClass::kSanctionMeasureNouns, i) || c_.MentionAt(i)) return false;
  // Back over the noun group's determiners and modifiers ("similar", "new targeted").
  uint32_t k = i;
  while (k > s_.first && !c_.MentionAt(k - 1) && doc_.tokens->tokens[k - 1].Has(text::kWord) &&
         !c_.In(WordClass::kImposeVerbs, k - 1) && !c_.In(WordClass::kPrepositions, k - 1) &&
         !nlp::IsVerb(doc_.PosAt(k - 1))) {
    --k;
  }
  return k > s_.first && c_.In(WordClass::kImposeVerbs, k - 1);
}

std::vector<int32_t> SentenceRelations::AppositionBefore(uint32_t i) const {
  // Back over the noun group's words ("the three African") to a comma after a name.
  uint32_t k = i;
  while (k > s_.first && !c_.MentionAt(k - 1) && doc_.tokens->tokens[k - 1].Has(text::kWord) &&
         !c_.In(WordClass::kPrepositions, k - 1) && !c_.SpeechVerb(k - 1)) {
    --k;
  }
  while (k > s_.first && c_.MentionAt(k - 1) && c_.MentionAt(k - 1)->kind == MentionKind::kDemonym) {
    k = c_.MentionAt(k - 1)->first;  // "African"
    while (k > s_.first && !c_.MentionAt(k - 1) && doc_.tokens->tokens[k - 1].Has(text::kWord) &&
           !c_.In(WordClass::kPrepositions, k - 1)) {
      --k;
    }
  }
  if (k <= s_.first + 1 || c_.Norm(k - 1) != ","sv || !c_.MentionAt(k - 2)) return {};
  return c_.GroupLeft(k - 1, nullptr, &Clause::IsAgent);
}

void SentenceRelations::DeniedFact(const TriggerHit& t, Fact* denial) const {
  // "denied that Tehran had supplied missiles": the first act the rest of the sentence states.
  for (const TriggerHit& act : triggers_) {
    if (act.first < t.last || act.info->noun) continue;
    if (act.info->frame == Frame::kStatement || act.info->frame == Frame::kMember) continue;
    std::vector<int32_t> agents = c_.SubjectOf(act.first);
    if (agents.empty()) continue;
    denial->weak_target = true;
    denial->denied_relation = act.info->relation;
    denial->denied_source = agents.front();
    return;
  }
}

void SentenceRelations::Violate(const TriggerHit& t) {
  if (c_.Negated(t.first)) return;
  uint32_t end = c_.ClauseEnd(t.last - 1);
  std::vector<int32_t> resolutions;
  // The violated text is in the trigger's object phrase ("violating several Security Council
  // resolutions", "in breach of the embargo imposed by Resolution 1970").
  for (uint32_t k = t.last, phrase_end = c_.NounPhraseEnd(t.last, end); k < phrase_end; ++k) {
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
    int32_t owner = c_.PossessorBefore(t.first);
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
        if (c_.In(WordClass::kComplementizers, k - 1) || c_.Norm(k - 1) == ";"sv || c_.SpeechVerb(k - 1)) {
          from = k;
          break;
        }
      }
      for (uint32_t k = from; k < t.first; ++k) {
        const Mention* m = c_.MentionAt(k);
        if (!m) continue;
        int32_t e = c_.EntityAt(k);
        bool target = m->first > s_.first && c_.In(WordClass::kNonViolatorPrepositions, m->first - 1);
        k = m->last - 1;
        if (!c_.IsAgent(e) || speakers.count(e) || e == sp) continue;
        if (doc_.entities[e].kind == "person"sv) continue;
        if (target) continue;
        if (std::find(violators.begin(), violators.end(), e) == violators.end()) violators.push_back(e);
      }
    }
  }
  for (int32_t v : violators) {
    for (int32_t r : resolutions) Emit(v, "violated", r);
  }
}

void SentenceRelations::Member(const TriggerHit& t) {
  // The body: named right before ("Security Council members"), after "of", or the
  // last body the article named.
  auto is_body = [&](int32_t e) { return e >= 0 && doc_.entities[e].kind == "organization"sv; };
  int32_t body = -1;
  for (uint32_t k = t.first, start = c_.NounPhraseStart(t.first, s_.first, Clause::Links::kNone); k > start; --k) {
    if (is_body(c_.EntityAt(k - 1))) {
      body = c_.EntityAt(k - 1);
      break;
    }
    if (c_.MentionAt(k - 1)) break;
  }
  std::vector<int32_t> more_bodies;  // "a member of NATO and the European Union"
  uint32_t bodies_end = 0;           // past the bodies named after "of"
  if (body < 0 && t.last + 1 < s_.last && c_.In(WordClass::kOfPreposition, t.last)) {
    for (uint32_t k = t.last + 1, phrase_end = c_.NounPhraseEnd(t.last + 1, s_.last); k < phrase_end; ++k) {
      if (is_body(c_.EntityAt(k))) {
        body = c_.EntityAt(k);
        bodies_end = c_.MentionAt(k)->last;
        for (int32_t x : c_.GroupRight(k, nullptr, &Clause::IsAgent)) {
          // Blocs coordinated with the first ("NATO and the EU"); an armed group named after
          // one ("an alliance, along with the X Army") is another member, not a body.
          if (x != body && is_body(x) && doc_.entities[x].InternationalBody()) more_bodies.push_back(x);
        }
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
  bool member_noun = c_.In(WordClass::kMemberNouns, t.first), consist = c_.In(WordClass::kConsistVerbs, t.first);
  if (body >= 0 && !member_noun && !consist) {
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
    // "vetoed a U.N. Security Council resolution": a body named inside another name.
    for (int32_t x : doc_.implied) {
      int32_t e = doc_.Canonical(x);
      if (body < 0 && is_body(e) && doc_.entities[e].category == "un-body"sv) body = e;
    }
  }
  // The last U.N. body named in the sentences before (none in this one: see above).
  if (body < 0) body = last_un_body_;
  if (body < 0) return;
  std::vector<int32_t> members;
  if (member_noun) {
    uint32_t k = t.last;
    if (k < s_.last && c_.Norm(k) == ","sv) ++k;
    if (k < s_.last && c_.In(WordClass::kInclusivePrepositions, k)) ++k;
    if (k < s_.last && c_.In(WordClass::kDefiniteArticles, k)) ++k;
    if (k < s_.last && c_.MentionAt(k) && c_.IsAgent(c_.EntityAt(k)) && c_.EntityAt(k) != body) {
      members = c_.GroupRight(k, nullptr, &Clause::IsAgent, /*strict=*/true);
    }
    // "A and B, the two members of X,", "A, a NATO member,": an apposition to the names.
    uint32_t phrase = c_.NounPhraseStart(t.first, s_.first, Clause::Links::kNone);
    if (members.empty()) members = AppositionBefore(phrase);
    if (members.empty() && c_.In(WordClass::kSingularMemberNouns, t.first)) {
      members = c_.SubjectOf(t.first);  // "where Russia is a permanent member"
    }
    if (members.empty()) members = AppositionBefore(t.first);
    // "X is a member of the Y Alliance, along with A and B": A and B are members too.
    uint32_t j = bodies_end;
    if (j > 0 && j < s_.last && c_.Norm(j) == ","sv) ++j;
    if (uint32_t len = j > 0 && j < s_.last ? c_.PhraseAt(WordClass::kAccompanimentPhrases, j) : 0) {
      j += len;
      if (j < s_.last && c_.In(WordClass::kArticles, j)) ++j;
      if (j < s_.last && c_.MentionAt(j)) {
        for (int32_t x : c_.GroupRight(j, nullptr, &Clause::IsAgent)) {
          if (x != body && std::find(members.begin(), members.end(), x) == members.end()) members.push_back(x);
        }
      }
    }
  } else if (consist) {
    uint32_t k = t.last;
    if (k < s_.last && c_.In(WordClass::kDefiniteArticles, k)) ++k;
    members = c_.GroupRight(k, nullptr, &Clause::IsAgent);
  } else {
    // "Russia vetoed", "China abstained", "holds a permanent seat", "Russia's veto"
    if (doc_.entities[body].category != "un-body"sv && doc_.entities[body].id != "united-nations"sv) return;
    // "backed the resolution": a vote only with what is voted on as its object.
    if (c_.In(WordClass::kVoteObjectVerbs, t.first)) {
      uint32_t end = c_.ClauseEnd(t.last - 1);
      uint32_t k = t.last;
      while (k < end && !c_.MentionAt(k) && !c_.In(WordClass::kVoteObjects, k)) ++k;
      if (k >= end || c_.MentionAt(k)) return;
    }
    if (t.info->noun || (t.first > s_.first && c_.Norm(t.first - 1) == "'s"sv)) {
      int32_t owner = c_.PossessorBefore(t.first);
      if (owner >= 0) members.push_back(owner);
    } else {
      members = Subject(t);
    }
  }
  more_bodies.insert(more_bodies.begin(), body);
  for (int32_t m : members) {
    for (int32_t b : more_bodies) {
      if (m != b && doc_.entities[m].kind != "person"sv) Emit(m, "member-of", b);
    }
  }
}

}  // namespace newsgraph::extract
