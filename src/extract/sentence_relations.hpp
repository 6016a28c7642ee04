// The relation stage's per-sentence reader: finds the trigger words of one
// sentence and reads each through its argument frame. Private to src/extract;
// its frames are defined in relations.cpp (shared helpers and the run),
// frames_arms.cpp (transfer, receive, use, impact) and frames_stance.cpp
// (attack, statement, violation, membership).
#ifndef NEWSGRAPH_EXTRACT_SENTENCE_RELATIONS_HPP_
#define NEWSGRAPH_EXTRACT_SENTENCE_RELATIONS_HPP_

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/clause.hpp"
#include "extract/document.hpp"

namespace newsgraph::extract {

struct TriggerHit {
  uint32_t first, last;  // token span
  const TriggerInfo* info;
};

// What the article said before the sentence being read, that later sentences refer back to.
struct ArticleMemory {
  std::vector<int32_t> issuers;           // of a joint statement: "We ..." speaks for them
  std::vector<int32_t> recent_users;      // who last used or received weapons
  std::vector<int32_t> recent_claimants;  // who last made a claim a denial can answer
  // Acts of parties the sentence did not name ("seven nations condemned X"), source unset.
  std::vector<Fact> unnamed_acts;
  // For each relation, the sources of its facts in the last sentence that stated one.
  std::unordered_map<std::string, std::vector<int32_t>> latest;
  int32_t last_un_body = -1;  // the U.N. body named last ("members" refer to it)
};

class SentenceRelations {
 public:
  SentenceRelations(const Lexicon& lex, Document* doc, uint32_t si, ArticleMemory* memory)
      : lex_(lex), doc_(*doc), si_(si), s_(doc->sentences[si]), c_(lex, *doc, s_),
        issuers_(memory->issuers), recent_users_(memory->recent_users),
        recent_claimants_(memory->recent_claimants), unnamed_acts_(memory->unnamed_acts),
        latest_(memory->latest), last_un_body_(memory->last_un_body) {}

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
  // The targets of an attack in [from, end): the verb's object (when object) or
  // the phrase after one of preps, a place or an armed group (also as a modifier
  // of its sites, "RSF positions"), then the first place named after that.
  std::vector<int32_t> AttackTargets(uint32_t from, uint32_t end, bool object, WordClass preps) const;
  bool Armed(int32_t e) const;  // an armed group or a military
  bool AttackNounAt(uint32_t k) const;  // an attack noun ("strikes") starts at token k
  void Statement(const TriggerHit& t);
  // The names an apposition at token i describes: "A and B, the two members of X," -> A, B.
  std::vector<int32_t> AppositionBefore(uint32_t i) const;
  // Records in *denial the act the denial at t denies, when the sentence states one.
  void DeniedFact(const TriggerHit& t, Fact* denial) const;
  // A sanction stated inside a text put to a vote ("vetoed a draft imposing sanctions on X",
  // "abstained on a resolution on sanctions"): true, and *adopters set to the body that
  // adopted the text ("the Council adopted a resolution imposing ..."), if one did.
  bool InVotedText(const TriggerHit& t, std::vector<int32_t>* adopters) const;
  // A party put on a sanctions list ("added X to its sanctions list", "X was put on a
  // blacklist"): the listing verb's subject and object. False if no listing verb governs it.
  bool ListedParties(const TriggerHit& t, std::vector<int32_t>* listers, std::vector<int32_t>* listed) const;
  // A sanction measure noun imposed by the verb before its group ("imposed similar measures").
  bool ImposedMeasure(uint32_t i) const;
  void Violate(const TriggerHit& t);
  void Member(const TriggerHit& t);
  void Impact(const TriggerHit& t);
  // Emits source -relation-> target for every pair, the role set to the first role value.
  void EmitEach(const std::vector<int32_t>& sources, const std::string& relation,
                const std::vector<int32_t>& targets, const char* role, const std::vector<int32_t>& role_values);
  // The weapons of a fact, a class replaced by the named systems it stands for: its
  // examples ("drones such as the Mohajer-6") or, for a definite class ("the drones"),
  // the systems of that class the last sentence naming any named.
  std::vector<int32_t> SpecificWeapons(const std::vector<int32_t>& weapons) const;
  void SupplyPair(const std::vector<int32_t>& suppliers, const std::vector<int32_t>& recipients,
                  const std::vector<int32_t>& weapons);
  void UsePair(const std::vector<int32_t>& users, const std::vector<int32_t>& weapons,
               const std::vector<int32_t>& places);
  std::vector<int32_t> ObjectActors(uint32_t from, uint32_t to, bool first_only) const;
  // "both sides", "the three governments" at token from: the parties the article has named
  // most so far (states and armed groups), as many as the phrase counts; empty otherwise.
  std::vector<int32_t> CountedParties(uint32_t from, uint32_t to) const;
  int32_t Speaker() const;
  // Sources of the latest fact of this relation stated before (this sentence included).
  std::vector<int32_t> LatestAgents(const std::string& relation) const;
  // The relation of a noun trigger standing as the object ("the sanctions", "the attack").
  // The act noun heading the phrase at from ("the deadly attack"); with agents, also one
  // whose agents modify it ("the U.S. strikes"), *agents set to them.
  const TriggerInfo* ActNoun(uint32_t from, uint32_t to, std::vector<int32_t>* agents = nullptr) const;
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
  std::vector<Fact>& unnamed_acts_;
  std::unordered_map<std::string, std::vector<int32_t>>& latest_;
  int32_t& last_un_body_;
  std::vector<int32_t> attack_places_;  // where the attack a use belongs to took place
  std::vector<TriggerHit> triggers_;
  std::map<uint32_t, std::vector<int32_t>> subject_override_;  // trigger token -> subject
};


}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_SENTENCE_RELATIONS_HPP_
