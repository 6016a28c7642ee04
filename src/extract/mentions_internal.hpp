// Helpers shared by the mention stage's files (mentions.cpp, names.cpp).
#ifndef NEWSGRAPH_EXTRACT_MENTIONS_INTERNAL_HPP_
#define NEWSGRAPH_EXTRACT_MENTIONS_INTERNAL_HPP_

#include <cctype>
#include <string_view>
#include <vector>

#include "extract/document.hpp"

namespace newsgraph::extract {

// What an entity (of a document or of the lexicon) is: its ontology type or, for
// actors, its kind. Compared as views: the lengths first, no strlen (these are
// asked of every entity, again and again).
inline bool FieldIs(std::string_view field, std::string_view name) { return field == name; }
template <typename E>
inline bool IsCountryEntity(const E& e) { return FieldIs(e.type, "country"); }
template <typename E>
inline bool IsLocationEntity(const E& e) { return FieldIs(e.type, "location"); }
template <typename E>
inline bool IsActorEntity(const E& e) { return FieldIs(e.type, "actor"); }
template <typename E>
inline bool IsWeaponEntity(const E& e) { return FieldIs(e.type, "weapon"); }
template <typename E>
inline bool IsPersonEntity(const E& e) { return FieldIs(e.kind, "person"); }
template <typename E>
inline bool IsOrganizationEntity(const E& e) { return FieldIs(e.kind, "organization"); }

// True if word (lower case) is one of the space-separated words of label, in any case.
inline bool HasWord(std::string_view label, std::string_view word) {
  std::size_t start = 0;
  while (start <= label.size()) {
    std::size_t end = label.find(' ', start);
    if (end == std::string_view::npos) end = label.size();
    if (end - start == word.size()) {
      bool same = true;
      for (std::size_t k = 0; k < word.size() && same; ++k) {
        same = std::tolower(static_cast<unsigned char>(label[start + k])) == word[k];
      }
      if (same) return true;
    }
    start = end + 1;
  }
  return false;
}

struct TitleSpan {
  uint32_t first, last;
  int32_t title;  // index into Lexicon::title_info
};

enum class NameCue { kNone, kPerson, kOrganization };

// Adds a mention and indexes its tokens in doc->mention_at.
void AddMention(Document* doc, uint32_t first, uint32_t last, int32_t entity, MentionKind kind);
// Indexes every mention's tokens in doc->mention_at anew.
void RebuildMentionIndex(Document* doc);
// Removes a mention from the index and empties it (compacted at the stage's end).
void DropMention(Document* doc, int32_t index);
// The document's entity for a lexicon entry, made on first use.
int32_t EntityFromLexicon(const Lexicon& lex, Document* doc, int32_t lex_index);
// Systems named in a list before the noun that says what they are: "the Akash,
// Pinaka and Caesar systems", "Rafale and Mirage fighter jets" (weapon_lists.cpp).
void ListedSystemsPass(const Lexicon& lex, Document* doc, std::vector<char>* covered);
// Ministries: "Russia's foreign ministry", "Iranian Ministry of Foreign Affairs".
void MinistryPass(Document* doc, std::vector<char>* covered);
// Treaties and agreements by name: "the Ottawa Convention", "the 1966 Geneva
// Agreement", "the U.N. Convention on the Law of the Sea" (resolution nodes).
void TreatyPass(Document* doc, std::vector<char>* covered);
// A state's diplomatic posts: "Turkey's embassy in Addis Ababa", "Iran's mission
// to the United Nations" (organizations; a bare "the embassy" is none).
void MissionPass(Document* doc, std::vector<char>* covered);
// "the Coalition of Patriots for Change (CPC)": the abbreviation in parentheses
// after an organization's name names it, here and after, whatever the lists say.
void AbbreviationsInParentheses(Document* doc);
// The end of a place the lists do not know, named by the capitalized run
// [first, last) with its unit ("Isfara district") or after a settlement noun
// ("the town of Jilib"); 0 if the run names no place so.
uint32_t UnknownPlaceEnd(const Document& doc, const std::vector<char>& covered, const text::Sentence& s,
                         uint32_t first, uint32_t last);
// Title phrases on uncovered tokens; marks them covered.
std::vector<TitleSpan> FindTitles(const Lexicon& lex, const Document& doc, std::vector<char>& covered);
// Decides whether the capitalized run [first, last) names a person or an organization.
NameCue ClassifyRun(const Document& doc, const std::vector<TitleSpan>& titles,
                    const text::Sentence& s, uint32_t first, uint32_t last);
// "the Guyana Defence Force", "the Nigerian Air Force", "the OSCE Permanent
// Council": the mention of a state, place or body whose name starts the
// organization's name that the run [first, last) ends, or -1.
int32_t PlaceLedOrganization(const Document& doc, const std::vector<char>& covered, const text::Sentence& s,
                             uint32_t first, uint32_t last);
// The end of an organization's name that runs on after its head with "of", "for",
// "on" or "to": "Centre for Democracy and Development", "Mission to Moldova";
// last if it does not. Adds the states named inside it to *inside.
uint32_t OrganizationNameEnd(const Document& doc, const std::vector<char>& covered, const text::Sentence& s,
                             uint32_t last, std::vector<int32_t>* inside);
void AddPersonMention(Document* doc, uint32_t first, uint32_t last);
// Remembers a person's full name and its first and last words for KnownPerson.
void RememberPerson(Document* doc, int32_t e);
// The person entity the run names again (full name or surname), or -1.
int32_t KnownPerson(const Document& doc, uint32_t first, uint32_t last);
// Links titles to the persons they describe and to the country or body they
// speak for; a title with no name becomes a role mention ("Russia's envoy").
void AttachTitles(const Lexicon& lex, Document* doc, const std::vector<TitleSpan>& titles,
                  std::vector<char>& covered);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_MENTIONS_INTERNAL_HPP_
