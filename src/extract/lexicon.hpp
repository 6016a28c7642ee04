// Everything the extractor knows about words, loaded from schemas/:
// gazetteers (lexicon/*.tsv), titles, abbreviations, relation triggers with
// their argument frames (extract/triggers.tsv) and word classes
// (extract/words.tsv). Immutable after loading; shared by every extraction.
#ifndef NEWSGRAPH_EXTRACT_LEXICON_HPP_
#define NEWSGRAPH_EXTRACT_LEXICON_HPP_

#include <bitset>
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
// X(enumerator, name in words.tsv); keep them sorted by name.
#define NEWSGRAPH_WORD_CLASSES(X) \
  X(kAccompanimentPhrases, "accompaniment_phrases") \
  X(kAccountabilityVerbs, "accountability_verbs") \
  X(kAccusationComplements, "accusation_complements") \
  X(kAccusationStems, "accusation_stems") \
  X(kActNounDeterminers, "act_noun_determiners") \
  X(kActVerbs, "act_verbs") \
  X(kAdditionLinks, "addition_links") \
  X(kAdjectivalTitles, "adjectival_titles") \
  X(kAdoptionVerbs, "adoption_verbs") \
  X(kAdverbSuffixes, "adverb_suffixes") \
  X(kAgentPrepositions, "agent_prepositions") \
  X(kAnaphoricDeterminers, "anaphoric_determiners") \
  X(kArticles, "articles") \
  X(kAttackTargetPrepositions, "attack_target_prepositions") \
  X(kAttackTargetPrepositionsWar, "attack_target_prepositions_war") \
  X(kAttemptVerbs, "attempt_verbs") \
  X(kArmedForceHeads, "armed_force_heads") \
  X(kAttributionPhrases, "attribution_phrases") \
  X(kBasedWords, "based_words") \
  X(kBeForms, "be_forms") \
  X(kBehalfPhrases, "behalf_phrases") \
  X(kBetweenPrepositions, "between_prepositions") \
  X(kBylineWords, "byline_words") \
  X(kCausePrepositions, "cause_prepositions") \
  X(kCharterNouns, "charter_nouns") \
  X(kCitationVerbs, "citation_verbs") \
  X(kClaimNouns, "claim_nouns") \
  X(kClauseBreakers, "clause_breakers") \
  X(kCombatantNouns, "combatant_nouns") \
  X(kCommaClauseOpeners, "comma_clause_openers") \
  X(kCompassHeads, "compass_heads") \
  X(kCompassModifiers, "compass_modifiers") \
  X(kComplementizers, "complementizers") \
  X(kConflictSideNouns, "conflict_side_nouns") \
  X(kConflictStateNouns, "conflict_state_nouns") \
  X(kConsistVerbs, "consist_verbs") \
  X(kControlParticiples, "control_participles") \
  X(kCoordinators, "coordinators") \
  X(kDefiniteArticles, "definite_articles") \
  X(kDefiniteDeterminers, "definite_determiners") \
  X(kDefiniteHeads, "definite_heads") \
  X(kDenialVerbs, "denial_verbs") \
  X(kDirectObjectPrepositions, "direct_object_prepositions") \
  X(kDismissalWords, "dismissal_words") \
  X(kDoForms, "do_forms") \
  X(kDualQuantifiers, "dual_quantifiers") \
  X(kEmbargoPhrases, "embargo_phrases") \
  X(kEnvoyTitles, "envoy_titles") \
  X(kExampleLinks, "example_links") \
  X(kFiringTargetPrepositions, "firing_target_prepositions") \
  X(kFiringVerbs, "firing_verbs") \
  X(kFirstPersonPlural, "first_person_plural") \
  X(kFirstPersonSubjects, "first_person_subjects") \
  X(kForPrepositions, "for_prepositions") \
  X(kGerundSuffixes, "gerund_suffixes") \
  X(kGroupDeterminers, "group_determiners") \
  X(kHaltVerbs, "halt_verbs") \
  X(kHaveForms, "have_forms") \
  X(kHomeStateHeads, "home_state_heads") \
  X(kHypotheticalModals, "hypothetical_modals") \
  X(kImposeVerbs, "impose_verbs") \
  X(kInclusivePrepositions, "inclusive_prepositions") \
  X(kInfinitiveMarkers, "infinitive_markers") \
  X(kInstrumentPrepositions, "instrument_prepositions") \
  X(kInvasionNouns, "invasion_nouns") \
  X(kInvertedTagVerbs, "inverted_tag_verbs") \
  X(kIrregularParticiples, "irregular_participles") \
  X(kJoinVerbs, "join_verbs") \
  X(kJointActPrepositions, "joint_act_prepositions") \
  X(kLabellingVerbs, "labelling_verbs") \
  X(kListContinuers, "list_continuers") \
  X(kListJoiners, "list_joiners") \
  X(kListLinks, "list_links") \
  X(kListNouns, "list_nouns") \
  X(kLanguageNouns, "language_nouns") \
  X(kListPhrases, "list_phrases") \
  X(kListingVerbs, "listing_verbs") \
  X(kLocationHeads, "location_heads") \
  X(kLocationPrepositions, "location_prepositions") \
  X(kMeansPrepositions, "means_prepositions") \
  X(kMemberNouns, "member_nouns") \
  X(kMinistryFieldFillers, "ministry_field_fillers") \
  X(kMinistryModifiers, "ministry_modifiers") \
  X(kMinistryNouns, "ministry_nouns") \
  X(kMissionNouns, "mission_nouns") \
  X(kMonths, "months") \
  X(kNameConjunctions, "name_conjunctions") \
  X(kNameLinks, "name_links") \
  X(kNegations, "negations") \
  X(kNonModifiers, "non_modifiers") \
  X(kNonViolatorPrepositions, "non_violator_prepositions") \
  X(kNotNameCueVerbs, "not_name_cue_verbs") \
  X(kNotObjectPrepositions, "not_object_prepositions") \
  X(kNotPersonWords, "not_person_words") \
  X(kNotPlaceUnits, "not_place_units") \
  X(kNotThirdPersonSuffixes, "not_third_person_suffixes") \
  X(kNounComplementPrepositions, "noun_complement_prepositions") \
  X(kNounMarkers, "noun_markers") \
  X(kObjectEnders, "object_enders") \
  X(kObjectRelativePronouns, "object_relative_pronouns") \
  X(kOfPreposition, "of_preposition") \
  X(kOfTargetNouns, "of_target_nouns") \
  X(kOrgHeads, "org_heads") \
  X(kPartyNouns, "party_nouns") \
  X(kPastSuffixes, "past_suffixes") \
  X(kPersonHonorifics, "person_honorifics") \
  X(kPersonParticles, "person_particles") \
  X(kPersonPronouns, "person_pronouns") \
  X(kPluralSuffixes, "plural_suffixes") \
  X(kPossessiveGroupPronouns, "possessive_group_pronouns") \
  X(kPossessivePersonPronouns, "possessive_person_pronouns") \
  X(kPossessiveThingPronouns, "possessive_thing_pronouns") \
  X(kPrepositions, "prepositions") \
  X(kPurposeMarkers, "purpose_markers") \
  X(kPurposeVerbs, "purpose_verbs") \
  X(kPutVerbs, "put_verbs") \
  X(kQuantityNouns, "quantity_nouns") \
  X(kQuantityPhrases, "quantity_phrases") \
  X(kRecipientDeterminers, "recipient_determiners") \
  X(kRecipientPrepositions, "recipient_prepositions") \
  X(kRejectedActs, "rejected_acts") \
  X(kRelativePronouns, "relative_pronouns") \
  X(kRepresentativeNouns, "representative_nouns") \
  X(kResolutionNouns, "resolution_nouns") \
  X(kResponsibilityPhrases, "responsibility_phrases") \
  X(kSanctionMeasureNouns, "sanction_measure_nouns") \
  X(kSanctionPrepositions, "sanction_prepositions") \
  X(kSentenceOpeners, "sentence_openers") \
  X(kSettlementNouns, "settlement_nouns") \
  X(kSingularMemberNouns, "singular_member_nouns") \
  X(kSourcePrepositions, "source_prepositions") \
  X(kSpeechVerbs, "speech_verbs") \
  X(kStateNouns, "state_nouns") \
  X(kStatementNouns, "statement_nouns") \
  X(kSubjectAdditions, "subject_additions") \
  X(kSubjectPronounPrecursors, "subject_pronoun_precursors") \
  X(kSubjectRelativePronouns, "subject_relative_pronouns") \
  X(kSubordinators, "subordinators") \
  X(kThingPronouns, "thing_pronouns") \
  X(kThirdPersonSuffixes, "third_person_suffixes") \
  X(kTitleHolderLinks, "title_holder_links") \
  X(kTitleNameBreakers, "title_name_breakers") \
  X(kTitlePostings, "title_postings") \
  X(kTreatyHeads, "treaty_heads") \
  X(kTripleQuantifiers, "triple_quantifiers") \
  X(kUrgeVerbs, "urge_verbs") \
  X(kUsePurposePrepositions, "use_purpose_prepositions") \
  X(kVerbCoordinators, "verb_coordinators") \
  X(kVerbMarkers, "verb_markers") \
  X(kVerbParticles, "verb_particles") \
  X(kVerbSFormPrecursors, "verb_s_form_precursors") \
  X(kVoteObjectVerbs, "vote_object_verbs") \
  X(kVoteObjects, "vote_objects") \
  X(kWarNouns, "war_nouns") \
  X(kWeaponGenericHeads, "weapon_generic_heads") \
  X(kWeekdays, "weekdays") \
  X(kWhatCalledPhrases, "what_called_phrases")

enum class WordClass : int {
#define NEWSGRAPH_WORD_CLASS_ENUM(id, name) id,
  NEWSGRAPH_WORD_CLASSES(NEWSGRAPH_WORD_CLASS_ENUM)
#undef NEWSGRAPH_WORD_CLASS_ENUM
  kCount
};

// The classes a word is in, a bit per class.
using WordBits = std::bitset<static_cast<std::size_t>(WordClass::kCount)>;

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
    return ClassBits(norm_word)[static_cast<std::size_t>(word_class)];
  }
  // The bits of every class the normalized word is in.
  WordBits ClassBits(std::string_view norm_word) const { return ClassBitsOfHash(text::HashNorm(norm_word)); }
  // The same from a token's hash (text::Token::hash).
  WordBits ClassBitsOfHash(uint64_t hash) const {
    const WordBits* bits = word_bits_.Find(hash);
    return bits ? *bits : WordBits();
  }
  // The entries of a class that are several tokens long ("as well as"), as
  // the hashes of their tokens (text::Token::hash), longest first.
  const std::vector<std::vector<uint64_t>>& Phrases(WordClass word_class) const {
    return phrases_[static_cast<std::size_t>(word_class)];
  }
  // The entries of a class as written (normalized), for classes of affixes
  // ("ed", "ing"; "accus") that are matched at the end or start of a word.
  const std::vector<std::string>& Words(WordClass word_class) const {
    return words_[static_cast<std::size_t>(word_class)];
  }
  // True if the normalized word is longer than longer_than characters and
  // ends in (or starts with) an entry of the class.
  bool HasSuffix(WordClass suffixes, std::string_view norm_word, std::size_t longer_than = 0) const;
  bool HasPrefix(WordClass prefixes, std::string_view norm_word) const;
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
  FlatMap64<WordBits> word_bits_;
  std::vector<std::vector<std::vector<uint64_t>>> phrases_ =
      std::vector<std::vector<std::vector<uint64_t>>>(static_cast<std::size_t>(WordClass::kCount));
  std::vector<std::vector<std::string>> words_ =
      std::vector<std::vector<std::string>>(static_cast<std::size_t>(WordClass::kCount));
  std::unordered_set<std::string> weapon_classes_;
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_LEXICON_HPP_
