// Everything the extractor knows about words, loaded from schemas/:
// gazetteers (lexicon/*.tsv), titles, abbreviations, relation triggers with
// their argument frames (extract/triggers.tsv) and word classes
// (extract/words.tsv). Immutable after loading; shared by every extraction.
#ifndef NEWSGRAPH_EXTRACT_LEXICON_HPP_
#define NEWSGRAPH_EXTRACT_LEXICON_HPP_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/flat_map.hpp"
#include "extract/phrase_matcher.hpp"
#include "newsgraph/status.hpp"
#include "text/segmenter.hpp"

namespace newsgraph::extract {

// The word classes the rules refer to; their words are data
// (schemas/extract/words.tsv, one line per class, named in snake_case).
enum class WordClass : int {
  kActVerbs,
  kAdjectivalTitles,
  kAgentPrepositions,
  kAttackTargetPrepositions,
  kAttackTargetPrepositionsWar,
  kAttemptVerbs,
  kBeForms,
  kBylineWords,
  kClaimNouns,
  kDefiniteHeads,
  kDoForms,
  kEnvoyTitles,
  kForPrepositions,
  kHaltVerbs,
  kHaveForms,
  kHypotheticalModals,
  kIrregularParticiples,
  kListLinks,
  kLocationHeads,
  kLocationPrepositions,
  kMinistryModifiers,
  kMonths,
  kNegations,
  kNotPersonWords,
  kOfPreposition,
  kOrgHeads,
  kPartyNouns,
  kPersonHonorifics,
  kPersonParticles,
  kPersonPronouns,
  kPossessivePersonPronouns,
  kPrepositions,
  kPurposeVerbs,
  kRecipientPrepositions,
  kSanctionPrepositions,
  kSentenceOpeners,
  kSourcePrepositions,
  kSpeechVerbs,
  kStateNouns,
  kStatementNouns,
  kSubordinators,
  kThingPronouns,
  kUrgeVerbs,
  kVoteObjectVerbs,
  kVoteObjects,
  kVerbParticles,
  kWeekdays,
  kCount
};

// A known entity: a country, organization, weapon or location.
struct LexEntity {
  std::string id;        // canonical id (ISO3 for countries)
  std::string type;      // country, actor, weapon, location
  std::string kind;      // organization for actors
  std::string label;
  std::string country;   // ISO3 the body belongs to / place lies in / weapon comes from
  std::string category;  // organizations: intl-org, un-body, gov-body, military, armed-group ...
  std::string weapon_class;  // weapons: id of the class a system belongs to
};

// How a gazetteer phrase names its entity.
enum class NameKind : int { kName = 0, kDemonym = 1, kCapital = 2 };

struct TitleInfo {
  enum class Represents { kCountry, kBody, kNone };
  std::string title;
  Represents represents = Represents::kNone;
  bool honorific = false;  // may stand right before a name
};

// Argument frames: how a trigger's arguments map to the relation's roles.
enum class Frame {
  kTransfer,   // supplier acts: "X supplied Y with W", "X sent W to Y", "W supplied by X"
  kReceive,    // recipient acts: "Y acquired W from X", "W procured from X"
  kUse,        // "X used/fired W in Z", "X's use of W in Z"
  kAttack,     // "X attacked Z", "X's attacks on Z", "strikes by X"
  kStatement,  // "X condemned/accused/denied/urged/sanctioned Y"
  kViolate,    // "X violated R", "in violation of R"
  kMember,     // "Council members A, B", "A is a permanent member"
  kImpact,     // a weapon as subject: "the missile landed in X", "a drone downed over X"
};

struct TriggerInfo {
  std::string relation;  // ontology relation
  Frame frame = Frame::kTransfer;
  bool noun = false;      // a nominalization ("transfer", "attacks")
  bool passive_participle = false;  // the form can be a past participle ("supplied")
};

class Lexicon {
 public:
  static Result<Lexicon> LoadDir(std::string_view schema_dir);

  const std::vector<LexEntity>& entities() const { return entities_; }
  const LexEntity* FindEntity(std::string_view id) const;
  // Value = entity index * 4 + NameKind.
  const PhraseMatcher& names() const { return names_; }
  const PhraseMatcher& titles() const { return titles_; }
  const std::vector<TitleInfo>& title_info() const { return title_info_; }
  const PhraseMatcher& triggers() const { return triggers_; }
  const std::vector<TriggerInfo>& trigger_info() const { return trigger_info_; }
  const text::SegmenterRules& segmenter_rules() const { return segmenter_; }
  // True if the normalized word is in the word class (extract/words.tsv).
  bool InClass(WordClass word_class, std::string_view norm_word) const {
    return (ClassBits(norm_word) >> static_cast<int>(word_class)) & 1u;
  }
  // The bits (1 << WordClass) of every class the normalized word is in.
  uint64_t ClassBits(std::string_view norm_word) const { return ClassBitsOfHash(text::HashNorm(norm_word)); }
  // The same from a token's hash (text::Token::hash).
  uint64_t ClassBitsOfHash(uint64_t hash) const {
    const uint64_t* bits = word_bits_.Find(hash);
    return bits ? *bits : 0;
  }
  // True for a weapon class ("ballistic-missile"), false for a named system.
  bool IsWeaponClass(std::string_view id) const { return weapon_classes_.count(std::string(id)) > 0; }

 private:
  Status LoadCountries(const std::string& path);
  Status LoadEntities(const std::string& path, const std::string& type);
  Status LoadTitles(const std::string& path);
  Status LoadAbbreviations(const std::string& path);
  Status LoadTriggers(const std::string& path);
  Status LoadWords(const std::string& path);
  int32_t AddEntity(LexEntity e);
  void AddName(std::string_view phrase, int32_t entity, NameKind kind, bool plurals);

  std::vector<LexEntity> entities_;
  std::unordered_map<std::string, int32_t> entity_index_;
  PhraseMatcher names_;
  PhraseMatcher titles_;
  std::vector<TitleInfo> title_info_;
  PhraseMatcher triggers_;
  std::vector<TriggerInfo> trigger_info_;
  text::SegmenterRules segmenter_;
  // Word classes: each class is a bit; each word, keyed by the hash of its
  // normalized form, maps to the bits of its classes. Lookups allocate nothing.
  FlatMap64<uint64_t> word_bits_;
  std::unordered_set<std::string> weapon_classes_;
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_LEXICON_HPP_
