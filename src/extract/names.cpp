// Names that no list holds: persons and organizations recognized by their
// cues, ministries built from their parts, and titles linking persons to the
// country or body they speak for.
#include <algorithm>
#include <unordered_map>

#include "extract/mentions_internal.hpp"

namespace newsgraph::extract {

using namespace std::string_view_literals;
namespace {

using text::kCap;
using text::kGlueLeft;
using text::kLineStart;
using text::kWord;

// The mention (index into doc->mentions) covering token i, by linear search:
// mentions are not indexed until the stage ends.
// The mention covering token i that names an entity (not a role mention still
// unresolved, nor a dropped one), or -1.
int32_t MentionCovering(const Document& doc, uint32_t i) {
  int32_t m = i < doc.mention_at.size() ? doc.mention_at[i] : -1;
  return m >= 0 && doc.mentions[m].entity >= 0 ? m : -1;
}

// The mention ending right before token i (skipping a possessive 's), or -1.
int32_t MentionEndingAt(const Document& doc, uint32_t i, uint32_t floor) {
  if (i <= floor) return -1;
  uint32_t j = i;
  if (doc.Norm(j - 1) == "'s"sv || doc.Norm(j - 1) == "'"sv) --j;
  if (j <= floor) return -1;
  return MentionCovering(doc, j - 1) >= 0 && doc.mentions[MentionCovering(doc, j - 1)].last == j
             ? MentionCovering(doc, j - 1)
             : -1;
}

const text::Sentence& SentenceOf(const Document& doc, uint32_t i) {
  for (const auto& s : doc.sentences) {
    if (s.first <= i && i < s.last) return s;
  }
  return doc.sentences.back();
}

// The first country the sentence names.
std::string FirstCountryIn(const Document& doc, const text::Sentence& s) {
  for (uint32_t k = s.first; k < s.last; ++k) {
    int32_t m = MentionCovering(doc, k);
    if (m < 0 || doc.mentions[m].entity < 0) continue;
    const Entity& e = doc.entities[doc.mentions[m].entity];
    if (IsCountryEntity(e)) return e.id;
  }
  return {};
}

// The country named last before token i, within the few sentences before.
std::string LastCountryBefore(const Document& doc, uint32_t i) {
  for (uint32_t k = i; k > 0 && k + 400 > i; --k) {
    int32_t m = MentionCovering(doc, k - 1);
    if (m < 0 || doc.mentions[m].entity < 0) continue;
    const Entity& e = doc.entities[doc.mentions[m].entity];
    if (IsCountryEntity(e)) return e.id;
  }
  return {};
}

}  // namespace

void MinistryPass(Document* doc, std::vector<char>* covered) {
  const auto& toks = doc->tokens->tokens;
  std::unordered_map<std::string, std::string> last_owner;  // field -> the state of its last ministry
  for (const auto& s : doc->sentences) {
    for (uint32_t i = s.first; i < s.last; ++i) {
      if ((*covered)[i] || !doc->In(WordClass::kMinistryNouns, i)) continue;
      uint32_t first = i, last = i + 1;
      std::string field;
      // "Ministry of Foreign Affairs": capitalized words after "of".
      if (i + 2 < s.last && doc->In(WordClass::kOfPreposition, i + 1) && toks[i + 2].Has(kCap)) {
        last = i + 2;
        while (last < s.last && !(*covered)[last] &&
               ((toks[last].Has(kCap) && toks[last].Has(kWord) && doc->Norm(last) != "'s"sv) ||
                doc->In(WordClass::kNameConjunctions, last))) {
          ++last;
        }
        if (doc->In(WordClass::kNameConjunctions, last - 1)) --last;
        for (uint32_t k = i + 2; k < last; ++k) {
          if (!doc->In(WordClass::kMinistryFieldFillers, k)) field += std::string(doc->Norm(k)) + " ";
        }
      }
      // "foreign ministry", "Defence Ministry": field words before.
      while (first > s.first && !(*covered)[first - 1] && doc->In(WordClass::kMinistryModifiers, first - 1)) {
        --first;
        if (!doc->In(WordClass::kMinistryFieldFillers, first)) field = std::string(doc->Norm(first)) + " " + field;
      }
      if (field.empty()) continue;  // a bare "ministry" is a definite description
      // Owner: a country mention right before ("Russia's", "Iranian").
      std::string iso;
      int32_t owner = MentionEndingAt(*doc, first, s.first);
      uint32_t span_first = first;
      if (owner >= 0 && IsCountryEntity(doc->entities[doc->mentions[owner].entity])) {
        iso = doc->entities[doc->mentions[owner].entity].id;
        span_first = doc->mentions[owner].first;
        // The country mention becomes part of the ministry's name.
        DropMention(doc, owner);
      } else if (int32_t in = last + 1 < s.last && doc->In(WordClass::kLocationPrepositions, last)
                                  ? MentionCovering(*doc, last + 1) : -1;
                 in >= 0 && doc->mentions[in].first == last + 1 &&
                 !doc->entities[doc->mentions[in].entity].country.empty() &&
                 (doc->mentions[in].kind == MentionKind::kCapital ||
                  IsLocationEntity(doc->entities[doc->mentions[in].entity]))) {
        // "the foreign ministry in Dhaka": the ministry of the state it sits in.
        iso = doc->entities[doc->mentions[in].entity].country;
        last = doc->mentions[in].last;
        DropMention(doc, in);
      } else if (auto same = last_owner.find(field); same != last_owner.end()) {
        // "Tajikistan's foreign ministry ... Foreign ministry spokeswoman X": the same ministry.
        iso = same->second;
      } else {
        // No owner named: the state the sentence is about, else the last one named.
        iso = FirstCountryIn(*doc, SentenceOf(*doc, first));
        if (iso.empty()) iso = LastCountryBefore(*doc, first);
      }
      if (!iso.empty()) last_owner[field] = iso;
      std::string f = field;
      for (std::size_t p; (p = f.find("defence")) != std::string::npos;) f.replace(p, 7, "defense");
      std::string id = Slug((iso.empty() ? std::string() : iso + " ") + f + " ministry");
      std::string label(doc->tokens->Span(span_first, last));
      int32_t e = doc->EntityFor(id, "actor", label);
      Entity& ent = doc->entities[e];
      ent.kind = "organization";
      ent.country = iso;
      ent.category = "ministry";
      // The name without its country is an alias users and readers use too.
      ent.aliases.emplace_back(doc->tokens->Span(first, last));
      AddMention(doc, span_first, last, e, MentionKind::kName);
      for (uint32_t k = span_first; k < last; ++k) (*covered)[k] = 1;
      i = last - 1;
    }
  }
}

std::vector<TitleSpan> FindTitles(const Lexicon& lex, const Document& doc, std::vector<char>& covered) {
  std::vector<TitleSpan> out;
  std::vector<PhraseMatcher::Hit> hits;
  for (const auto& s : doc.sentences) {
    for (uint32_t i = s.first; i < s.last;) {
      if (covered[i]) {
        ++i;
        continue;
      }
      hits.clear();
      lex.titles().MatchAll(*doc.tokens, i, s.last, &hits);
      // Keep the longest hit that does not run into covered tokens.
      const PhraseMatcher::Hit* best = nullptr;
      for (const auto& h : hits) {
        bool free = true;
        for (uint32_t k = i; k < i + h.length; ++k) free = free && !covered[k];
        if (free) {
          best = &h;
          break;
        }
      }
      if (!best) {
        ++i;
        continue;
      }
      uint32_t last = i + best->length;
      // "North Korea's official name": an adjective, not a title.
      if (best->length == 1 && doc.In(WordClass::kAdjectivalTitles, i) && last < s.last &&
          doc.tokens->tokens[last].Has(kWord) && !doc.tokens->tokens[last].Has(kCap) &&
          !doc.In(WordClass::kPrepositions, last) && !doc.In(WordClass::kSpeechVerbs, last) &&
          !doc.In(WordClass::kBeForms, last) && !doc.In(WordClass::kHaveForms, last)) {
        ++i;
        continue;
      }
      // "Deputy" + "Permanent Representative": titles that run together are one.
      if (!out.empty() && out.back().last == i) {
        out.back().last = last;
        out.back().title = best->value;
      } else {
        out.push_back({i, last, best->value});
      }
      for (uint32_t k = i; k < last; ++k) covered[k] = 1;
      i = last;
    }
  }
  return out;
}

// A headline in title case ("Army Accuses UAE of Arming Paramilitary Group"):
// capitals there mark no names.
bool TitleCaseLine(const Document& doc, const text::Sentence& s) {
  const auto& toks = doc.tokens->tokens;
  if (!toks[s.first].Has(kLineStart) || (s.last < doc.size() && !toks[s.last].Has(kLineStart))) return false;
  int words = 0, caps = 0;
  for (uint32_t k = s.first; k < s.last; ++k) {
    if (!toks[k].Has(kWord) || doc.Norm(k).size() <= 3) continue;  // "of", "to", "the" stay low
    ++words;
    caps += toks[k].Has(kCap);
  }
  return words >= 4 && caps * 10 >= words * 8;
}

void TreatyPass(Document* doc, std::vector<char>* covered) {
  const auto& toks = doc->tokens->tokens;
  for (const auto& s : doc->sentences) {
    if (TitleCaseLine(*doc, s)) continue;
    for (uint32_t i = s.first + 1; i < s.last; ++i) {
      if ((*covered)[i] || !toks[i].Has(kCap) || !doc->In(WordClass::kTreatyHeads, i)) continue;
      // Back over its name: capitalized words, a year, and the places or bodies it is named after.
      uint32_t first = i;
      std::vector<int32_t> inside;
      while (first > s.first) {
        uint32_t k = first - 1;
        int32_t m = MentionCovering(*doc, k);
        if (m >= 0) {
          const Mention& x = doc->mentions[m];
          const Entity& e = doc->entities[x.entity];
          if (x.last != first || x.possessive || x.kind == MentionKind::kDemonym ||
              (!IsCountryEntity(e) && !IsLocationEntity(e) && !IsActorEntity(e))) {
            break;
          }
          inside.push_back(m);
          first = x.first;
          if (doc->In(WordClass::kDefiniteArticles, first)) ++first;  // "the U.N." as listed
          if (first != x.first) break;
        } else if (!(*covered)[k] && ((toks[k].Has(kWord) && toks[k].Has(kCap) && !toks[k].Has(text::kDigit) &&
                                       !doc->In(WordClass::kDefiniteArticles, k)) ||
                                      (toks[k].Has(text::kDigit) && doc->Norm(k).size() == 4))) {
          --first;
        } else {
          break;
        }
      }
      if (first == i) continue;  // "the Agreement" alone refers back
      // On after it: "Convention on the Law of the Sea".
      uint32_t last = i + 1;
      if (last < s.last && doc->In(WordClass::kNameLinks, last) && !toks[last].Has(kCap)) {
        for (uint32_t j = last; j < s.last && !(*covered)[j]; ++j) {
          if (toks[j].Has(kWord) && toks[j].Has(kCap)) {
            last = j + 1;
          } else if (!doc->In(WordClass::kNameLinks, j)) {
            break;
          }
        }
      }
      for (int32_t m : inside) {
        // "the U.N. Convention": the body is named; "the Ottawa Convention": a city, not its state.
        if (IsActorEntity(doc->entities[doc->mentions[m].entity])) doc->implied.push_back(doc->mentions[m].entity);
        DropMention(doc, m);
      }
      std::string label(doc->tokens->Span(first, last));
      int32_t e = doc->EntityFor(Slug(label), "resolution", label);
      // "the 1982 U.N. Convention on the Law of the Sea" is also named without its year.
      if (toks[first].Has(text::kDigit)) doc->entities[e].aliases.emplace_back(doc->tokens->Span(first + 1, last));
      AddMention(doc, first, last, e, MentionKind::kName);
      for (uint32_t k = first; k < last; ++k) (*covered)[k] = 1;
      i = last - 1;
    }
  }
}

NameCue ClassifyRun(const Document& doc, const std::vector<TitleSpan>& titles,
                    const text::Sentence& s, uint32_t first, uint32_t last) {
  const auto& toks = doc.tokens->tokens;
  if (TitleCaseLine(doc, s)) return NameCue::kNone;
  uint32_t words = 0;
  for (uint32_t k = first; k < last; ++k) words += toks[k].Has(kWord) && doc.Norm(k) != "-"sv;
  if (words >= 2 && doc.In(WordClass::kOrgHeads, last - 1)) return NameCue::kOrganization;
  // Below, only persons: a name holds no common capitalized word ("News", "President").
  for (uint32_t k = first; k < last; ++k) {
    if (doc.In(WordClass::kNotPersonWords, k)) return NameCue::kNone;
  }
  // A single letter ("X", the platform) names no one.
  if (last == first + 1 && doc.Norm(first).size() < 2) return NameCue::kNone;
  // "..., Chancellor Says" in a headline: a verb, not a name.
  if (last == first + 1 && doc.In(WordClass::kSpeechVerbs, first)) return NameCue::kNone;
  // "(RSF)" after a run: an organization's abbreviation follows its name.
  auto title_ending_at = [&](uint32_t i) {
    for (const auto& t : titles) {
      if (t.last == i) return &t;
    }
    return static_cast<const TitleSpan*>(nullptr);
  };
  // Title right before: "Ambassador Vassily Nebenzia", "spokesman John Kirby".
  if (title_ending_at(first)) return NameCue::kPerson;
  // Honorific: "Mr Wood", "Dr. Kim".
  if (first > s.first) {
    uint32_t p = first - 1;
    if (doc.Norm(p) == "."sv && p > s.first) --p;
    if (doc.In(WordClass::kPersonHonorifics, p)) return NameCue::kPerson;
  }
  // Coordinated with a person: "commanders Hashim al-Zubaidi and Ali Karim Fadhil".
  if (words >= 2 && first >= s.first + 2 && doc.In(WordClass::kNameConjunctions, first - 1)) {
    int32_t m = MentionCovering(doc, first - 2);
    if (m >= 0 && doc.mentions[m].last == first - 1 && IsPersonEntity(doc.entities[doc.mentions[m].entity])) {
      return NameCue::kPerson;
    }
  }
  // Title then "to the X" or ",": "Ambassador to the U.N., Vasily Nebenzya".
  if (first > s.first && doc.Norm(first - 1) == ","sv) {
    for (const auto& t : titles) {
      if (t.last < first && t.last + 8 >= first && t.first >= s.first) {
        bool clean = true;
        for (uint32_t k = t.last; k + 1 < first; ++k) {
          if (doc.Norm(k) == ","sv || doc.In(WordClass::kTitleNameBreakers, k)) clean = false;
        }
        if (clean && words >= 2) return NameCue::kPerson;
      }
    }
  }
  // Title, "to the X" and the name: "Ambassador to the UN Hwang Joon-kook".
  for (const auto& t : titles) {
    if (t.last < first && t.last + 6 >= first && t.first >= s.first &&
        doc.In(WordClass::kTitlePostings, t.last)) {
      bool clean = true, named = false;
      for (uint32_t k = t.last; k < first; ++k) {
        if (doc.Norm(k) == ","sv || doc.In(WordClass::kTitleNameBreakers, k)) clean = false;
        named = named || MentionCovering(doc, k) >= 0;
      }
      clean = clean && named;
      if (clean && words >= 2) return NameCue::kPerson;
    }
  }
  // Apposition after: "Robert Wood, the deputy U.S. ambassador".
  if (last < s.last && doc.Norm(last) == ","sv) {
    for (const auto& t : titles) {
      if (t.first > last && t.first <= last + 7) {
        bool clean = true;
        for (uint32_t k = last + 1; k < t.first; ++k) {
          if (doc.Norm(k) == ","sv || doc.In(WordClass::kSpeechVerbs, k)) clean = false;
        }
        if (clean) return NameCue::kPerson;
      }
    }
  }
  // Speech verb after ("Kirby said") or before ("said Kirby").
  if (last < s.last && !doc.tokens->tokens[last].Has(kCap) && doc.In(WordClass::kSpeechVerbs, last) &&
      !doc.In(WordClass::kNotNameCueVerbs, last)) {
    return NameCue::kPerson;
  }
  if (first > s.first && doc.In(WordClass::kInvertedTagVerbs, first - 1) && words >= 2) {
    return NameCue::kPerson;
  }
  // "according to Robert Wood"
  if (first >= s.first + 2 && doc.PhraseAt(WordClass::kAttributionPhrases, first - 2, first) == 2 && words >= 2) {
    return NameCue::kPerson;
  }
  // Byline: a line "By Ji Da-gyum".
  if (first > s.first && doc.In(WordClass::kBylineWords, first - 1) &&
      toks[first - 1].Has(kLineStart) && last == s.last) {
    return NameCue::kPerson;
  }
  return NameCue::kNone;
}

int32_t PlaceLedOrganization(const Document& doc, const std::vector<char>& covered, const text::Sentence& s,
                             uint32_t first, uint32_t last) {
  const auto& toks = doc.tokens->tokens;
  if (!doc.In(WordClass::kOrgHeads, last - 1) || TitleCaseLine(doc, s)) return -1;
  // Back over capitalized words the run left out ("Security" in "Sahel Security Observatory").
  uint32_t k = first;
  while (k > s.first && !covered[k - 1] && toks[k - 1].Has(kWord) && toks[k - 1].Has(kCap) &&
         !toks[k - 1].Has(text::kDigit) && !doc.In(WordClass::kDefiniteArticles, k - 1)) {
    --k;
  }
  if (k == s.first) return -1;
  uint32_t words = 0;
  for (uint32_t j = k; j < last; ++j) words += toks[j].Has(kWord) && doc.Norm(j) != "-"sv;
  int32_t m = MentionCovering(doc, k - 1);
  if (m < 0 || doc.mentions[m].last != k || doc.mentions[m].possessive) return -1;
  const Entity& owner = doc.entities[doc.mentions[m].entity];
  MentionKind kind = doc.mentions[m].kind;
  // "the Nigerian Air Force", "the OSCE Permanent Council": a state (by name or
  // demonym), a place or a body whose name the organization's name starts with.
  bool state = IsCountryEntity(owner) && (kind == MentionKind::kName || kind == MentionKind::kDemonym);
  bool named = kind == MentionKind::kName && (IsLocationEntity(owner) || IsOrganizationEntity(owner));
  if (!state && !named) return -1;
  // One word more names a state's own force ("the Sri Lanka Navy"), not a body of a place or body.
  if (words < 2 && !(state && doc.In(WordClass::kArmedForceHeads, last - 1))) return -1;
  return m;
}

uint32_t OrganizationNameEnd(const Document& doc, const std::vector<char>& covered, const text::Sentence& s,
                             uint32_t last, std::vector<int32_t>* inside) {
  const auto& toks = doc.tokens->tokens;
  if (last >= s.last || TitleCaseLine(doc, s) || !doc.In(WordClass::kNameLinks, last) || toks[last].Has(kCap) ||
      doc.In(WordClass::kDefiniteArticles, last) || doc.In(WordClass::kNameConjunctions, last)) {
    return last;
  }
  uint32_t end = last;
  std::size_t kept = inside->size();
  bool own_word = false;  // "Government of Somalia" is the state; "Panel of Experts on Somalia" a body
  for (uint32_t j = last; j < s.last; ++j) {
    int32_t m = covered[j] ? MentionCovering(doc, j) : -1;
    if (m >= 0 && doc.mentions[m].first == j && !doc.mentions[m].possessive &&
        doc.mentions[m].kind == MentionKind::kName && IsCountryEntity(doc.entities[doc.mentions[m].entity])) {
      inside->push_back(m);  // "Panel of Experts on Somalia"
      j = doc.mentions[m].last - 1;
      end = j + 1;
      kept = inside->size();
    } else if (!covered[j] && toks[j].Has(kWord) && toks[j].Has(kCap) && !doc.In(WordClass::kWeekdays, j) &&
               !doc.In(WordClass::kMonths, j)) {
      end = j + 1;
      kept = inside->size();
      own_word = true;
    } else if (covered[j] || !doc.In(WordClass::kNameLinks, j) || toks[j].Has(kCap)) {
      break;
    }
  }
  inside->resize(own_word ? kept : 0);
  return own_word ? end : last;
}

void MissionPass(Document* doc, std::vector<char>* covered) {
  for (const auto& s : doc->sentences) {
    for (uint32_t i = s.first + 1; i + 2 < s.last; ++i) {
      if ((*covered)[i] || !doc->In(WordClass::kMissionNouns, i)) continue;
      int32_t owner = MentionEndingAt(*doc, i, s.first);
      if (owner < 0 || !IsCountryEntity(doc->entities[doc->mentions[owner].entity])) continue;
      // Where it is: "in Addis Ababa" (a place of a state), "to the United Nations" (a body).
      uint32_t k = i + 1;
      bool to_body = doc->In(WordClass::kTitlePostings, k);
      if (!to_body && !doc->In(WordClass::kLocationPrepositions, k)) continue;
      ++k;
      if (to_body && k < s.last && doc->In(WordClass::kDefiniteArticles, k) && MentionCovering(*doc, k) < 0) ++k;
      int32_t at = k < s.last ? MentionCovering(*doc, k) : -1;
      if (at < 0) continue;
      const Entity& where = doc->entities[doc->mentions[at].entity];
      bool place = !to_body && (IsLocationEntity(where) || doc->mentions[at].kind == MentionKind::kCapital);
      bool body = to_body && IsOrganizationEntity(where);
      if (!place && !body) continue;
      std::string iso = doc->entities[doc->mentions[owner].entity].id;
      uint32_t first = doc->mentions[owner].first, last = doc->mentions[at].last;
      // A post that acts is a body; "the staff of the Iranian embassy in Kyiv" is a place.
      uint32_t before = first;
      if (before > s.first && doc->In(WordClass::kDefiniteArticles, before - 1)) --before;
      if (before > s.first && doc->In(WordClass::kPrepositions, before - 1)) continue;
      if (doc->In(WordClass::kDefiniteArticles, first)) ++first;
      if (body) doc->implied.push_back(doc->mentions[at].entity);  // the body is named too
      DropMention(doc, owner);
      DropMention(doc, at);
      std::string label(doc->tokens->Span(first, last));
      int32_t e = doc->EntityFor(Slug(label), "actor", label);
      doc->entities[e].kind = "organization";
      doc->entities[e].country = iso;
      AddMention(doc, first, last, e, MentionKind::kName);
      for (uint32_t j = first; j < last; ++j) (*covered)[j] = 1;
      i = last - 1;
    }
  }
}

void AbbreviationsInParentheses(Document* doc) {
  const auto& toks = doc->tokens->tokens;
  std::vector<std::pair<std::string, int32_t>> named;  // abbreviation, entity
  for (const Mention& m : doc->mentions) {
    uint32_t p = m.last;
    if (m.entity < 0 || m.first == m.last || !IsOrganizationEntity(doc->entities[m.entity]) || p + 2 >= doc->size() ||
        doc->Norm(p) != "("sv || doc->Norm(p + 2) != ")"sv || !toks[p + 1].Has(text::kAllCaps)) {
      continue;
    }
    // The abbreviation starts as the name does ("Ambazonia Defence Forces (ADF)").
    uint32_t head = m.first;
    if (doc->In(WordClass::kDefiniteArticles, head) && head + 1 < m.last) ++head;
    std::string_view abbr = doc->tokens->Surface(p + 1);
    std::string_view name = doc->tokens->Surface(head);
    if (abbr.empty() || name.empty() || abbr[0] != name[0]) continue;
    named.push_back({std::string(abbr), m.entity});
  }
  if (named.empty()) return;
  for (Mention& m : doc->mentions) {
    if (m.entity < 0 || m.last != m.first + 1) continue;
    std::string_view surface = doc->tokens->Surface(m.first);
    for (const auto& [abbr, e] : named) {
      if (surface == abbr) m.entity = e;
    }
  }
}

uint32_t UnknownPlaceEnd(const Document& doc, const std::vector<char>& covered, const text::Sentence& s,
                         uint32_t first, uint32_t last) {
  const auto& toks = doc.tokens->tokens;
  if (TitleCaseLine(doc, s)) return 0;
  // "Isfara district", "Nduga regency": a name and its lower-case unit.
  if (last < s.last && !covered[last] && !toks[last].Has(kCap) && doc.In(WordClass::kLocationHeads, last) &&
      !doc.In(WordClass::kNotPlaceUnits, last)) {
    return last + 1;
  }
  // "the town of Jilib", "the village of Kok-Tash".
  if (first >= s.first + 2 && doc.In(WordClass::kOfPreposition, first - 1) &&
      doc.In(WordClass::kSettlementNouns, first - 2) && !toks[first - 2].Has(kCap)) {
    return last;
  }
  return 0;
}

int32_t KnownPerson(const Document& doc, uint32_t first, uint32_t last) {
  std::string surface(doc.tokens->Span(first, last));
  auto full = doc.person_names.find(surface);
  if (full != doc.person_names.end()) return full->second;
  if (last - first != 1) return -1;
  // Surname or family name: the last or (East Asian order) the first word.
  auto part = doc.person_name_parts.find(surface);
  return part == doc.person_name_parts.end() ? -1 : part->second;
}

// Remembers a person's full name and its first and last words for KnownPerson.
void RememberPerson(Document* doc, int32_t e) {
  const std::string& label = doc->entities[e].label;
  doc->person_names.emplace(label, e);
  std::size_t sp = label.find(' ');
  if (sp == std::string::npos) return;
  doc->person_name_parts.emplace(label.substr(0, sp), e);
  doc->person_name_parts.emplace(label.substr(label.rfind(' ') + 1), e);
}

void AddPersonMention(Document* doc, uint32_t first, uint32_t last) {
  int32_t e = KnownPerson(*doc, first, last);
  if (e < 0) {
    std::string label(doc->tokens->Span(first, last));
    e = doc->EntityFor(Slug(label), "actor", label);
    doc->entities[e].kind = "person";
    RememberPerson(doc, e);
  }
  AddMention(doc, first, last, e, MentionKind::kName);
}

void AttachTitles(const Lexicon& lex, Document* doc, const std::vector<TitleSpan>& titles,
                  std::vector<char>& covered) {
  // Tokens inside a title: a rank between a role and its holder ("Central Command's
  // commander, General Mark Ellison") is part of the holder's name phrase.
  std::vector<char> in_title(doc->size() + 1, 0);
  for (const TitleSpan& t : titles) {
    for (uint32_t k = t.first; k < t.last; ++k) in_title[k] = 1;
  }
  std::vector<std::pair<int32_t, std::string>> unowned;  // persons with a state title and no owner
  for (const TitleSpan& t : titles) {
    const text::Sentence& s = SentenceOf(*doc, t.first);
    const TitleInfo& info = lex.title_info()[t.title];
    // Who holds the title: a person right after (through "to the X" or ","),
    // or a person right before with a comma (apposition).
    int32_t person = -1;
    for (uint32_t k = t.last; k < s.last && k <= t.last + 6; ++k) {
      int32_t m = MentionCovering(*doc, k);
      if (m >= 0 && IsPersonEntity(doc->entities[doc->mentions[m].entity])) {
        person = doc->mentions[m].entity;
        break;
      }
      if (m < 0 && doc->Norm(k) != ","sv && !doc->In(WordClass::kTitleHolderLinks, k) && !in_title[k]) {
        break;
      }
      if (m >= 0) k = doc->mentions[m].last - 1;
    }
    uint32_t app_start = s.first;  // an apposition ("Name, the ...") starts after its comma
    if (person < 0) {
      // Apposition: "Name, the [owner's] title" - walk back to the comma.
      for (uint32_t k = t.first; k > s.first && k + 8 > t.first; --k) {
        if (doc->Norm(k - 1) == ","sv) {
          int32_t m = MentionEndingAt(*doc, k - 1, s.first);
          if (m >= 0 && IsPersonEntity(doc->entities[doc->mentions[m].entity])) {
            person = doc->mentions[m].entity;
            app_start = k;
          }
          break;
        }
      }
    }
    // The owner: a country or body named right before the title ("US",
    // "Russia's", "Seoul's top", "Kremlin"), inside an apposition, or after "for".
    int32_t owner = -1;
    uint32_t owner_first = t.first;
    for (uint32_t k = t.first, skipped = 0; k > s.first && skipped < 3; --k) {
      int32_t m = MentionEndingAt(*doc, k, s.first);
      if (m >= 0) {
        const Entity& e = doc->entities[doc->mentions[m].entity];
        // "Iran's U.N. ambassador": the U.N. is the posting; the state is the owner.
        int32_t before = MentionEndingAt(*doc, doc->mentions[m].first, s.first);
        bool posting = info.represents == TitleInfo::Represents::kCountry && IsActorEntity(e) &&
                       (e.category == "intl-org"sv || e.category == "un-body"sv) && !doc->mentions[m].possessive &&
                       before >= 0 && IsCountryEntity(doc->entities[doc->mentions[before].entity]);
        if (posting && skipped < 3) {
          k = doc->mentions[m].first + 1;
          ++skipped;
          continue;
        }
        if (IsCountryEntity(e) || (IsActorEntity(e) && IsOrganizationEntity(e))) {
          owner = doc->mentions[m].entity;
          owner_first = doc->mentions[m].first;
        }
        break;
      }
      std::string_view w = doc->Norm(k - 1);
      if (w == ","sv || w == "."sv || doc->In(WordClass::kSpeechVerbs, k - 1)) break;
      if (!doc->tokens->tokens[k - 1].Has(kWord)) break;
      ++skipped;
      if (k - 1 < app_start) break;
    }
    if (owner < 0) {
      // "spokesperson for the U.S. National Security Council"
      uint32_t k = t.last;
      if (k < s.last && doc->In(WordClass::kForPrepositions, k)) {
        ++k;
        if (k < s.last && doc->In(WordClass::kDefiniteArticles, k)) ++k;
        int32_t m = MentionCovering(*doc, k);
        if (m >= 0) {
          const Entity& e = doc->entities[doc->mentions[m].entity];
          if (IsCountryEntity(e) || IsOrganizationEntity(e)) owner = doc->mentions[m].entity;
        }
      }
    }
    // "Defence Minister X" with no owner named: a minister of the state the story was filed in.
    // ("Its spokesman, X": the pronoun's antecedent owns it; see OwnersFromPronouns.)
    bool pronoun_owner = t.first > s.first && doc->nlp && doc->PosAt(t.first - 1) == nlp::Pos::PRPS;
    // A rank after another title ("Its spokesman, Lieutenant General X") belongs with that title.
    uint32_t before = t.first;
    if (before > s.first && doc->Norm(before - 1) == ","sv) --before;
    pronoun_owner = pronoun_owner || (before > s.first && in_title[before - 1]);
    if (owner < 0 && person >= 0 && info.represents == TitleInfo::Represents::kCountry && doc->dateline_state >= 0 &&
        !pronoun_owner) {
      // Only if no other title of the article names whom the person serves (see below).
      unowned.push_back({person, std::string(doc->tokens->Span(t.first, t.last))});
    }
    std::string title(doc->tokens->Span(t.first, t.last));
    if (person >= 0) {
      Entity& p = doc->entities[person];
      if (p.title.empty()) p.title = std::string(lex.title_info()[t.title].title);
      if (owner >= 0 && info.represents != TitleInfo::Represents::kNone) {
        auto add = [&](int32_t whom, const std::string& role) {
          for (const auto& r : p.represents) {
            if (r.first == whom) return;
          }
          p.represents.push_back({whom, role});
        };
        add(owner, title);
        // A spokesperson of a body speaks for the body and, through it, its state.
        const Entity& body = doc->entities[owner];
        if (info.represents == TitleInfo::Represents::kBody && IsActorEntity(body) && !body.country.empty()) {
          auto state = doc->entity_by_id.find(body.country);
          if (state != doc->entity_by_id.end()) add(state->second, std::string(doc->tokens->Span(owner_first, t.last)));
        }
      }
      continue;
    }
    // No name: a role mention standing for whoever holds it.
    if (info.represents == TitleInfo::Represents::kNone) continue;
    Mention m;
    m.first = owner >= 0 ? std::min(owner_first, t.first) : t.first;
    m.last = t.last;
    m.entity = -1;
    m.kind = MentionKind::kRole;
    m.owner = owner;
    m.title = t.title;
    m.possessive = m.last < doc->size() && doc->Norm(m.last) == "'s"sv;
    // The role mention replaces the owner's own mention.
    if (owner >= 0) {
      int32_t i = MentionCovering(*doc, owner_first);
      if (i >= 0 && doc->mentions[i].entity == owner) {
        // The owner's name stays one of its names ("White House National Security Council spokesperson").
        doc->entities[owner].aliases.emplace_back(doc->tokens->Span(doc->mentions[i].first, doc->mentions[i].last));
        DropMention(doc, i);
      }
    }
    AddMention(doc, m.first, m.last, m.entity, m.kind);
    doc->mentions.back().owner = m.owner;
    doc->mentions.back().title = m.title;
    for (uint32_t k = m.first; k < m.last; ++k) covered[k] = 1;
  }
  for (const auto& [person, title] : unowned) {
    Entity& p = doc->entities[person];
    if (p.represents.empty()) p.represents.push_back({doc->dateline_state, title});
  }
}

}  // namespace newsgraph::extract
