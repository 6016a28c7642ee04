// The working state of one extraction: the article's tokens and sentences,
// the mentions found in them, the entities those mentions resolve to, and the
// facts found between entities. Built stage by stage by mentions.cpp,
// resolve.cpp and relations.cpp; turned into graph nodes and edges by
// extractor.cpp.
#ifndef NEWSGRAPH_EXTRACT_DOCUMENT_HPP_
#define NEWSGRAPH_EXTRACT_DOCUMENT_HPP_

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/lexicon.hpp"
#include "nlp/annotator.hpp"
#include "text/segmenter.hpp"
#include "text/tokenizer.hpp"

namespace newsgraph::extract {

enum class MentionKind {
  kName,      // a name: "North Korea", "Robert Wood", "KN-23"
  kDemonym,   // "North Korean", "Russian"
  kCapital,   // a capital or seat of government standing for the state
  kPronoun,   // he, she, it, they, we ...
  kRole,      // a title without a name: "Russia's envoy", "the Council"
};

struct Mention {
  uint32_t first = 0;  // token span [first, last)
  uint32_t last = 0;
  uint32_t sentence = 0;
  int32_t entity = -1;  // index into Document::entities; -1 = unresolved
  MentionKind kind = MentionKind::kName;
  bool possessive = false;  // followed by 's
  // Role mentions: the country or body the title belongs to, and the title.
  int32_t owner = -1;
  int32_t title = -1;
};

struct Entity {
  std::string id;
  std::string type;  // country, actor, weapon, resolution, location
  std::string kind;  // person, organization (actors)
  std::string label;
  std::string iso3;
  std::string country;       // ISO3 of the state it belongs to, when known
  std::string category;      // organizations: from the lexicon
  std::string weapon_class;  // weapons: class id
  std::vector<std::string> aliases;
  int mentions = 0;
  int32_t lex = -1;  // lexicon entity index
  // Persons: whom they represent, and in what role.
  std::vector<std::pair<int32_t, std::string>> represents;
  std::string title;  // normalized title ("ambassador", "spokesman")
  int32_t merged_into = -1;  // set when resolution merged this entity into another

  // A body that speaks for states (the G7, the OSCE, a U.N. organ), not one state's ministry.
  bool InternationalBody() const { return category == "intl-org" || category == "un-body"; }
};

// One extracted fact, before it becomes a graph edge.
struct Fact {
  int32_t source = -1;
  std::string relation;
  int32_t target = -1;
  std::map<std::string, int32_t> role_entities;   // recipient, supplier, location, user, weapon
  std::map<std::string, std::string> role_texts;  // about, role
  int32_t asserted_by = -1;
  std::string date;
  uint32_t sentence = 0;
  double confidence = 0.8;
  // A denial whose target is only the article's last claimant: the fact it
  // denies ("denied that X had supplied ..."), so that whoever the article
  // says asserted that fact can be its target instead.
  bool weak_target = false;
  std::string denied_relation;
  int32_t denied_source = -1;
};

struct Document {
  std::string_view name;
  const text::TokenizedText* tokens = nullptr;
  const Lexicon* lexicon = nullptr;
  std::vector<text::Sentence> sentences;
  std::vector<Mention> mentions;            // in text order
  std::vector<int32_t> mention_at;          // token -> mention index or -1
  std::vector<Entity> entities;
  std::unordered_map<std::string, int32_t> entity_by_id;
  std::unordered_map<int32_t, int32_t> entity_by_lex;  // lexicon entity -> entity
  // Persons by full name, and by the first and last words of their names.
  std::unordered_map<std::string, int32_t> person_names, person_name_parts;
  std::vector<Fact> facts;
  // Part-of-speech tags and lemmas of every token (the linguistic layer); may be null.
  const nlp::Annotation* nlp = nullptr;
  std::vector<WordBits> token_classes;      // token -> word class bits
  // Entities named inside another name ("U.N. Security Council" in "U.N.
  // Security Council resolutions"): mentioned, though no mention is theirs.
  std::vector<int32_t> implied;
  int32_t dateline_state = -1;  // the state of the dateline's capital ("BOGOTA, Jan 5 -"), if any

  // True if token i is a word of the class.
  bool In(WordClass c, std::size_t i) const { return token_classes[i][static_cast<std::size_t>(c)]; }
  // The length in tokens of the longest phrase of the class that starts at
  // token i and ends before limit ("as well as"), else 0. One-word entries
  // count as phrases of length 1.
  uint32_t PhraseAt(WordClass c, std::size_t i, std::size_t limit) const {
    for (const auto& phrase : lexicon->Phrases(c)) {
      if (i + phrase.size() > limit) continue;
      bool match = true;
      for (std::size_t k = 0; k < phrase.size() && match; ++k) match = tokens->tokens[i + k].hash == phrase[k];
      if (match) return static_cast<uint32_t>(phrase.size());
    }
    return i < limit && In(c, i) ? 1 : 0;
  }
  // Token i ends in a suffix of the class and is longer than longer_than.
  bool HasSuffix(WordClass c, std::size_t i, std::size_t longer_than = 0) const {
    return lexicon->HasSuffix(c, Norm(i), longer_than);
  }
  bool HasPrefix(WordClass c, std::size_t i) const { return lexicon->HasPrefix(c, Norm(i)); }

  // The entity index after following merges.
  int32_t Canonical(int32_t e) const {
    while (e >= 0 && entities[e].merged_into >= 0) e = entities[e].merged_into;
    return e;
  }
  // Finds or creates the entity with this id.
  int32_t EntityFor(const std::string& id, const std::string& type, const std::string& label) {
    auto it = entity_by_id.find(id);
    if (it != entity_by_id.end()) return it->second;
    Entity e;
    e.id = id;
    e.type = type;
    e.label = label;
    int32_t index = static_cast<int32_t>(entities.size());
    entities.push_back(std::move(e));
    entity_by_id.emplace(id, index);
    return index;
  }
  std::string_view Norm(std::size_t i) const { return tokens->Norm(i); }
  // The tag of token i; NN when no tags were computed.
  nlp::Pos PosAt(std::size_t i) const {
    return nlp && i < nlp->tokens.size() ? nlp->tokens[i].pos : nlp::Pos::NN;
  }
  std::size_t size() const { return tokens->tokens.size(); }
};

// Lower-case slug of a name: "Hwang Joon-kook" -> "hwang-joon-kook".
std::string Slug(std::string_view name);

// Stage 1: gazetteer and pattern mentions, persons, organizations, titles.
void FindMentions(const Lexicon& lex, Document* doc);
// Stage 2: pronouns, surnames, definite descriptions, roles, weapon classes.
void ResolveMentions(const Lexicon& lex, Document* doc);
// Stage 3: relations from trigger words and their frames.
void FindRelations(const Lexicon& lex, Document* doc);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_DOCUMENT_HPP_
