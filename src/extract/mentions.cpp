// Stage 1: mentions. Gazetteer phrases (longest match), weapon designators,
// resolution numbers, ministries, person and organization names from cues
// (titles, appositions, speech verbs, bylines), and titles without names.
#include <algorithm>
#include <cctype>

#include "extract/document.hpp"
#include "extract/mentions_internal.hpp"

namespace newsgraph::extract {

using namespace std::string_view_literals;

std::string Slug(std::string_view name) {
  std::string out;
  bool dash = false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if (std::isalnum(c)) {
      if (dash && !out.empty()) out += '-';
      out += static_cast<char>(std::tolower(c));
      dash = false;
    } else if (c >= 0x80) {
      if (dash && !out.empty()) out += '-';
      out += static_cast<char>(c);  // keep UTF-8 letters as they are
      dash = false;
    } else if (c == '\'' ) {
      // "Côte d'Ivoire" -> "cote-divoire": apostrophes vanish
    } else {
      dash = true;
    }
  }
  return out;
}

namespace {

using text::kAllCaps;
using text::kCap;
using text::kDash;
using text::kDigit;
using text::kGlueLeft;
using text::kLineStart;
using text::kPunct;
using text::kWord;

bool IsCapWord(const Document& d, std::size_t i) {
  const text::Token& t = d.tokens->tokens[i];
  return t.Has(kWord) && t.Has(kCap) && !t.Has(kDigit) && d.Norm(i) != "'s"sv;
}

}  // namespace

int32_t EntityFromLexicon(const Lexicon& lex, Document* doc, int32_t lex_index) {
  auto known = doc->entity_by_lex.find(lex_index);
  if (known != doc->entity_by_lex.end()) return known->second;
  const LexEntity& le = lex.entities()[lex_index];
  int32_t e = doc->EntityFor(le.id, le.type, le.label);
  doc->entity_by_lex.emplace(lex_index, e);
  Entity& ent = doc->entities[e];
  ent.lex = lex_index;
  ent.kind = le.kind;
  ent.country = le.country;
  ent.category = le.category;
  ent.weapon_class = le.weapon_class;
  if (IsCountryEntity(le)) ent.iso3 = le.id;
  if (IsPersonEntity(le)) RememberPerson(doc, e);  // "Putin" later names the same person
  return e;
}

void AddMention(Document* doc, uint32_t first, uint32_t last, int32_t entity, MentionKind kind) {
  Mention m;
  m.first = first;
  m.last = last;
  m.entity = entity;
  m.kind = kind;
  m.possessive = last < doc->size() && doc->Norm(last) == "'s"sv;
  doc->mentions.push_back(m);
  if (doc->mention_at.size() > last) {
    for (uint32_t k = first; k < last; ++k) doc->mention_at[k] = static_cast<int32_t>(doc->mentions.size() - 1);
  }
}

void RebuildMentionIndex(Document* doc) {
  doc->mention_at.assign(doc->size() + 1, -1);
  for (std::size_t m = 0; m < doc->mentions.size(); ++m) {
    const Mention& mention = doc->mentions[m];
    for (uint32_t k = mention.first; k < mention.last; ++k) doc->mention_at[k] = static_cast<int32_t>(m);
  }
}

void DropMention(Document* doc, int32_t index) {
  Mention& m = doc->mentions[index];
  for (uint32_t k = m.first; k < m.last; ++k) {
    if (doc->mention_at[k] == index) doc->mention_at[k] = -1;
  }
  m.last = m.first;  // removed at the end of the stage
  m.entity = -1;
}

namespace {

// Gazetteer pass: longest match of lexicon names.
void GazetteerPass(const Lexicon& lex, Document* doc, std::vector<char>* covered) {
  std::vector<PhraseMatcher::Hit> hits;
  for (const auto& s : doc->sentences) {
    for (uint32_t i = s.first; i < s.last;) {
      hits.clear();
      lex.names().MatchAll(*doc->tokens, i, s.last, &hits);
      if (hits.empty()) {
        ++i;
        continue;
      }
      // "the U.N. Security Council": an alias with "the" ("the U.N.") must not
      // cut a longer name that starts after it.
      if (doc->In(WordClass::kDefiniteArticles, i) && hits.front().length > 1) {
        std::vector<PhraseMatcher::Hit> after;
        lex.names().MatchAll(*doc->tokens, i + 1, s.last, &after);
        if (!after.empty() && after.front().length >= hits.front().length) {
          ++i;
          continue;
        }
      }
      // Longest first; among equals prefer a country, then the first listed.
      uint32_t len = hits.front().length;
      int32_t best = hits.front().value;
      for (const auto& h : hits) {
        if (h.length != len) break;
        if (lex.entities()[h.value / 4].type == "country"sv &&
            lex.entities()[best / 4].type != "country"sv) {
          best = h.value;
        }
      }
      // "Yemen's Houthis", "the Revolutionary Guard Corps' Quds Force": a name
      // that holds its owner's possessive names two entities.
      for (uint32_t p = i + 1; p + 1 < i + len; ++p) {
        std::string_view w = doc->Norm(p);
        if (w != "'s"sv && !(w == "'"sv && doc->tokens->tokens[p].Has(text::kGlueLeft))) continue;
        std::vector<PhraseMatcher::Hit> owner;
        lex.names().MatchAll(*doc->tokens, i, p, &owner);
        if (owner.empty() || owner.front().length != p - i || owner.front().value / 4 == best / 4) break;
        int32_t o = EntityFromLexicon(lex, doc, owner.front().value / 4);
        auto okind = static_cast<NameKind>(owner.front().value % 4);
        // "Israel's security cabinet": the text names the body with its owner.
        Entity& named = doc->entities[EntityFromLexicon(lex, doc, best / 4)];
        named.aliases.emplace_back(doc->tokens->Span(i, i + len));
        AddMention(doc, i, p, o, okind == NameKind::kDemonym ? MentionKind::kDemonym
                                 : okind == NameKind::kCapital ? MentionKind::kCapital : MentionKind::kName);
        for (uint32_t k = i; k < p; ++k) (*covered)[k] = 1;
        (*covered)[p] = 1;
        len -= p + 1 - i;
        i = p + 1;
        break;
      }
      int32_t e = EntityFromLexicon(lex, doc, best / 4);
      auto kind = static_cast<NameKind>(best % 4);
      MentionKind mk = kind == NameKind::kDemonym   ? MentionKind::kDemonym
                       : kind == NameKind::kCapital ? MentionKind::kCapital
                                                    : MentionKind::kName;
      AddMention(doc, i, i + len, e, mk);
      for (uint32_t k = i; k < i + len; ++k) (*covered)[k] = 1;
      i += len;
    }
  }
}

// Whether the word at i is an attack verb ("struck", "shelled"): its object is a place.
bool AttackVerbAt(const Lexicon& lex, const Document& doc, uint32_t i) {
  std::vector<PhraseMatcher::Hit> hits;
  lex.triggers().MatchAll(*doc.tokens, i, i + 1, &hits);
  for (const auto& h : hits) {
    const TriggerInfo& ti = lex.trigger_info()[h.value];
    if (ti.frame == Frame::kAttack && !ti.noun) return true;
  }
  return false;
}

// Capitals stand for their state, except as places: "over Kyiv", "attacks on
// Khartoum", "struck Kyiv", "Pyongyang International Airport"; "London-based" names no one.
// Adjacent weapon names are one compound: "ATACMS missiles" (the specific one),
// "ballistic missile launchers" (the head).
void AdjustGazetteerMentions(const Lexicon& lex, Document* doc, std::vector<char>* covered) {
  const auto& toks = doc->tokens->tokens;
  std::vector<Mention> out;
  for (std::size_t i = 0; i < doc->mentions.size(); ++i) {
    Mention m = doc->mentions[i];
    // Copies: EntityFor below may grow doc->entities and move its elements.
    struct {
      std::string id, type, weapon_class;
      int32_t lex;
    } e{doc->entities[m.entity].id, doc->entities[m.entity].type, doc->entities[m.entity].weapon_class,
        doc->entities[m.entity].lex};
    // A dateline ("KYIV —", "PORT SUDAN, Sudan —", "VIENNA / NEW YORK, Aug 28 -") says
    // where the story was filed: capitals from the line's start, joined by slashes.
    uint32_t line = m.first;
    while (line > 0 && !toks[line].Has(kLineStart) &&
           (toks[line - 1].Has(text::kAllCaps) || doc->Norm(line - 1) == "/"sv)) {
      --line;
    }
    if (toks[line].Has(kLineStart) && toks[m.first].Has(text::kAllCaps) && m.last < doc->size() &&
        (toks[m.last].Has(kDash) || doc->Norm(m.last) == ","sv || doc->Norm(m.last) == ":"sv ||
         doc->Norm(m.last) == "/"sv)) {
      if (doc->dateline_state < 0 && m.kind == MentionKind::kCapital && e.type == "country"sv) {
        doc->dateline_state = m.entity;
      }
      continue;
    }
    // "its French initials", "French-speaking": a language, not the state.
    if (m.kind == MentionKind::kDemonym && m.last + 1 < doc->size() &&
        (doc->In(WordClass::kLanguageNouns, m.last) ||
         (doc->Norm(m.last) == "-"sv && toks[m.last].Has(kGlueLeft) && doc->In(WordClass::kLanguageNouns, m.last + 1)))) {
      for (uint32_t k = m.first; k < m.last; ++k) (*covered)[k] = 0;
      continue;
    }
    // "a Britain-based monitor" still names Britain.
    if (m.kind == MentionKind::kCapital && m.last + 1 < doc->size() &&
        doc->Norm(m.last) == "-"sv && toks[m.last].Has(kGlueLeft) && doc->In(WordClass::kBasedWords, m.last + 1)) {
      for (uint32_t k = m.first; k < m.last; ++k) (*covered)[k] = 0;
      continue;
    }
    // "southern Lebanon", "northern Israel": a part of a state is a place.
    if (IsCountryEntity(e) && m.kind == MentionKind::kName && m.first > 0 &&
        !(*covered)[m.first - 1] && !toks[m.first - 1].Has(kCap) && doc->In(WordClass::kCompassModifiers, m.first - 1)) {
      std::string label(doc->tokens->Span(m.first - 1, m.last));
      m.entity = doc->EntityFor(Slug(label), "location", label);
      doc->entities[m.entity].country = e.id;
      m.first -= 1;
      (*covered)[m.first] = 1;
      out.push_back(m);
      continue;
    }
    // "the Zaporizhzhia region", "Donetsk oblast": a place's administrative unit.
    if (IsLocationEntity(e) && m.last < doc->size() && !(*covered)[m.last] &&
        doc->In(WordClass::kLocationHeads, m.last) && !toks[m.last].Has(kCap) &&
        !doc->In(WordClass::kNotPlaceUnits, m.last)) {
      // "Ain al-Asad base" where the list knows "Ain al-Asad Air Base" is that place.
      if (!HasWord(doc->entities[m.entity].label, doc->Norm(m.last))) {
        std::string label(doc->tokens->Span(m.first, m.last + 1));
        m.entity = doc->EntityFor(Slug(label), "location", label);
        doc->entities[m.entity].country = doc->entities[doc->mentions[i].entity].country;
      }
      (*covered)[m.last] = 1;
      m.last += 1;
      out.push_back(m);
      continue;
    }
    if (m.kind == MentionKind::kCapital || m.kind == MentionKind::kName) {
      // A place name built on it: "Pyongyang International Airport", "Port Sudan".
      uint32_t j = m.last;
      while (j < doc->size() && !(*covered)[j] && toks[j].Has(kCap) && toks[j].Has(kWord) &&
             !toks[j].Has(kLineStart) && j < m.last + 4) {
        ++j;
      }
      if (j > m.last && (IsCountryEntity(e) || IsLocationEntity(e)) && doc->In(WordClass::kLocationHeads, j - 1)) {
        std::string label(doc->tokens->Span(m.first, j));
        m.entity = doc->EntityFor(Slug(label), "location", label);
        for (uint32_t k = m.last; k < j; ++k) (*covered)[k] = 1;
        m.last = j;
        m.kind = MentionKind::kName;
        out.push_back(m);
        continue;
      }
    }
    // "Esmail Baghaei" where the list knows "Baghaei": the given name, spelled
    // another way, belongs to the same person.
    // "Foreign Minister Abbas Nouri" where the list knows "Abbas" for another person:
    // a one-word name followed by another capitalized name is someone else's given name.
    if (e.lex >= 0 && lex.entities()[e.lex].kind == "person"sv && m.last == m.first + 1 && m.last < doc->size() &&
        !(*covered)[m.last] && IsCapWord(*doc, m.last) && doc->PosAt(m.last) == nlp::Pos::NNP &&
        !doc->In(WordClass::kNotPersonWords, m.last) && !toks[m.last].Has(kLineStart)) {
      (*covered)[m.first] = 0;
      continue;
    }
    if (e.lex >= 0 && lex.entities()[e.lex].kind == "person"sv) {
      uint32_t first = m.first;
      std::vector<PhraseMatcher::Hit> title;
      while (first > 0 && m.first - first < 2 && !(*covered)[first - 1] && IsCapWord(*doc, first - 1) &&
             !doc->In(WordClass::kNotPersonWords, first - 1) && !toks[first].Has(kLineStart)) {
        title.clear();
        lex.titles().MatchAll(*doc->tokens, first - 1, m.first, &title);
        if (!title.empty()) break;  // "Permanent Representative Robert Wood": a title, not a name
        --first;
      }
      // "Tariq Bajwa" where the list knows "Qamar Javed Bajwa": a given name that
      // does not even start like the known one names someone else of that surname.
      const std::string& known = lex.entities()[e.lex].label;
      if (first < m.first && known.find(' ') != std::string::npos &&
          std::tolower(static_cast<unsigned char>(known[0])) != static_cast<unsigned char>(doc->Norm(first)[0])) {
        for (uint32_t k = m.first; k < m.last; ++k) (*covered)[k] = 0;
        continue;
      }
      for (uint32_t k = first; k < m.first; ++k) (*covered)[k] = 1;
      m.first = first;
    }
    if (m.kind == MentionKind::kCapital && m.first > 0 &&
        (doc->In(WordClass::kLocationPrepositions, m.first - 1) || AttackVerbAt(lex, *doc, m.first - 1))) {
      std::string label(doc->tokens->Span(m.first, m.last));
      int32_t loc = doc->EntityFor(Slug(label), "location", label);
      doc->entities[loc].country = e.id;
      m.entity = loc;
      m.kind = MentionKind::kName;
    }
    if (!out.empty() && IsWeaponEntity(doc->entities[out.back().entity]) && IsWeaponEntity(e) &&
        out.back().last == m.first) {
      // Keep the more specific of the two: a system over a class, else the head.
      const Entity& prev = doc->entities[out.back().entity];
      bool prev_is_system = !lex.IsWeaponClass(prev.id);
      bool cur_is_system = !lex.IsWeaponClass(e.id);
      if (prev.lex < 0) prev_is_system = true;  // designators are systems
      if (e.lex < 0) cur_is_system = true;
      out.back().last = m.last;
      if (!(prev_is_system && !cur_is_system)) out.back().entity = m.entity;
      continue;
    }
    out.push_back(m);
  }
  doc->mentions = std::move(out);
}

// "KN-23", "Hwasong-17", "Shahed-136", "S-400", "DF-21D": a capitalized word,
// a glued hyphen and a glued number.
void DesignatorPass(Document* doc, std::vector<char>* covered) {
  const auto& toks = doc->tokens->tokens;
  for (const auto& s : doc->sentences) {
    for (uint32_t i = s.first; i + 2 < s.last; ++i) {
      if ((*covered)[i + 2]) continue;
      // The part after the hyphen: a number ("KN-23") or a Roman one ("Shaheen-III").
      std::string_view part = doc->Norm(i + 2);
      bool roman = toks[i + 2].Has(text::kAllCaps) && part.size() <= 4 &&
                   part.find_first_not_of("ivx") == std::string_view::npos;
      if (!IsCapWord(*doc, i) || doc->Norm(i + 1) != "-"sv || !toks[i + 1].Has(kGlueLeft) ||
          !toks[i + 2].Has(kGlueLeft) || !(toks[i + 2].Has(kDigit) || roman)) {
        continue;
      }
      if (doc->In(WordClass::kNotPersonWords, i) || doc->In(WordClass::kMonths, i)) continue;
      if (i > s.first && toks[i].Has(kGlueLeft) && doc->Norm(i - 1) == "-"sv) continue;
      // "Shahed-101" where the list knows only "Shahed": the designator names the system.
      Mention* known = nullptr;
      if ((*covered)[i]) {
        for (Mention& m : doc->mentions) {
          if (m.first == i && m.last == i + 1 && m.entity >= 0 && IsWeaponEntity(doc->entities[m.entity])) known = &m;
        }
        if (!known) continue;
      }
      uint32_t end = i + 3;
      // "-ER", "-1A" suffixes glued on.
      while (end + 1 < s.last && doc->Norm(end) == "-"sv && toks[end].Has(kGlueLeft) &&
             toks[end + 1].Has(kGlueLeft) && toks[end + 1].Has(kWord)) {
        end += 2;
      }
      std::string surface(doc->tokens->Span(i, end));
      std::string id = Slug(surface);
      // Plural designators ("KN-23s") name the system.
      if (id.size() > 1 && id.back() == 's' && std::isdigit(static_cast<unsigned char>(id[id.size() - 2]))) {
        id.pop_back();
        surface.pop_back();
      }
      int32_t e = doc->EntityFor(id, "weapon", surface);
      if (known) {
        if (doc->entities[e].weapon_class.empty()) {
          doc->entities[e].weapon_class = doc->entities[known->entity].weapon_class;
        }
        known->entity = e;
        known->last = end;
      } else {
        AddMention(doc, i, end, e, MentionKind::kName);
      }
      for (uint32_t k = i; k < end; ++k) (*covered)[k] = 1;
      i = end - 1;
    }
  }
}

// "Resolution 2270", "resolutions 1718 and 2231": a numbered U.N. resolution.
// "<U.N. body> resolutions" and "<U.N.> Charter" become collective nodes.
void ResolutionPass(Document* doc, std::vector<char>* covered) {
  const auto& toks = doc->tokens->tokens;
  for (const auto& s : doc->sentences) {
    for (uint32_t i = s.first; i + 1 < s.last; ++i) {
      if (doc->In(WordClass::kResolutionNouns, i) && toks[i + 1].Has(kDigit) && !(*covered)[i + 1]) {
        std::string number(doc->Norm(i + 1));
        number.erase(std::remove(number.begin(), number.end(), ','), number.end());
        if (number.size() < 3 || number.size() > 5) continue;
        uint32_t first = i;
        // Absorb "UN Security Council" / "UN Security" before it.
        int32_t e = doc->EntityFor("unscr-" + number, "resolution", "Resolution " + number);
        AddMention(doc, first, i + 2, e, MentionKind::kName);
        (*covered)[i] = (*covered)[i + 1] = 1;
        ++i;
      }
    }
  }
  // "<U.N. body> resolutions" and "<U.N.> Charter": collective nodes.
  for (Mention& m : doc->mentions) {
    if (m.entity < 0 || m.last >= doc->size()) continue;
    const Entity& e = doc->entities[m.entity];
    bool un = e.category == "un-body"sv || e.id == "united-nations"sv;
    if (!un) continue;
    uint32_t after = m.last + 1;
    uint32_t embargo = doc->PhraseAt(WordClass::kEmbargoPhrases, m.last, doc->size());
    if (doc->In(WordClass::kResolutionNouns, m.last) && (after >= doc->size() || !toks[after].Has(kDigit))) {
      doc->implied.push_back(m.entity);
      m.entity = doc->EntityFor("unscr", "resolution", "U.N. Security Council resolutions");
      (*covered)[m.last] = 1;
      m.last = after;
    } else if (doc->In(WordClass::kCharterNouns, m.last)) {
      m.entity = doc->EntityFor("un-charter", "resolution", "U.N. Charter");
      (*covered)[m.last] = 1;
      m.last = after;
    } else if (embargo > 0) {
      // "a U.N. arms embargo": a sanctions regime that can be violated.
      uint32_t end = m.last + embargo;
      m.entity = doc->EntityFor("un-arms-embargo", "resolution", "U.N. arms embargo");
      for (uint32_t k = m.last; k < end; ++k) (*covered)[k] = 1;
      m.last = end;
    }
  }
}

// A capitalized run that may be a name: capitalized words, name particles
// between them, and hyphen-glued parts ("Joon-kook").
struct Run {
  uint32_t first, last;
};

std::vector<Run> CapitalizedRuns(const Document& doc,
                                 const std::vector<char>& covered, const text::Sentence& s) {
  std::vector<Run> runs;
  const auto& toks = doc.tokens->tokens;
  uint32_t i = s.first;
  while (i < s.last) {
    if (covered[i] || !IsCapWord(doc, i) || doc.In(WordClass::kNotPersonWords, i)) {
      ++i;
      continue;
    }
    uint32_t j = i + 1;
    while (j < s.last && !covered[j]) {
      if (IsCapWord(doc, j) && !doc.In(WordClass::kNotPersonWords, j)) {
        ++j;
      } else if (IsCapWord(doc, j) && j + 1 < s.last && !covered[j + 1] && IsCapWord(doc, j + 1)) {
        // "Tashim News Agency": a capitalized common word inside a longer name.
        ++j;
      } else if (doc.Norm(j) == "-"sv && toks[j].Has(kGlueLeft) && j + 1 < s.last &&
                 toks[j + 1].Has(kGlueLeft) && toks[j + 1].Has(kWord) && !covered[j + 1] &&
                 !toks[j + 1].Has(kDigit) && !doc.In(WordClass::kBasedWords, j + 1)) {  // "Abuja-based" ends it
        j += 2;
      } else if (doc.In(WordClass::kPersonParticles, j) && !toks[j].Has(kCap)) {
        // "von der Leyen", "bin Salman": particles between capitalized parts.
        uint32_t p = j;
        while (p < s.last && !covered[p] && doc.In(WordClass::kPersonParticles, p) && !toks[p].Has(kCap)) ++p;
        if (p < s.last && !covered[p] && IsCapWord(doc, p)) {
          j = p + 1;
        } else if (p + 1 < s.last && !covered[p] && !covered[p + 1] && doc.Norm(p) == "-"sv &&
                   toks[p].Has(kGlueLeft) && toks[p + 1].Has(kGlueLeft) && IsCapWord(doc, p + 1)) {
          j = p + 2;  // "Hamid al-Waqidi": a particle glued to the next part
        } else {
          break;
        }
      } else {
        break;
      }
    }
    runs.push_back({i, j});
    i = j;
  }
  return runs;
}

}  // namespace

void FindMentions(const Lexicon& lex, Document* doc) {
  std::vector<char> covered(doc->size() + 1, 0);
  GazetteerPass(lex, doc, &covered);
  DesignatorPass(doc, &covered);
  std::sort(doc->mentions.begin(), doc->mentions.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
  AdjustGazetteerMentions(lex, doc, &covered);
  ListedSystemsPass(lex, doc, &covered);
  ResolutionPass(doc, &covered);
  RebuildMentionIndex(doc);
  MinistryPass(doc, &covered);
  TreatyPass(doc, &covered);
  MissionPass(doc, &covered);
  std::vector<TitleSpan> titles = FindTitles(lex, *doc, covered);
  // Persons and organizations from capitalized runs with cues.
  std::vector<std::pair<Run, uint32_t>> pending;  // runs without a cue, for surname matching
  for (uint32_t si = 0; si < doc->sentences.size(); ++si) {
    const auto& s = doc->sentences[si];
    for (const Run& r : CapitalizedRuns(*doc, covered, s)) {
      if (covered[r.first]) continue;  // taken by the name of the run before
      int32_t owner = PlaceLedOrganization(*doc, covered, s, r.first, r.last);
      NameCue cue = owner >= 0 ? NameCue::kOrganization : ClassifyRun(*doc, titles, s, r.first, r.last);
      // The name may run on after its head: "Centre for Democracy and Development".
      std::vector<int32_t> inside;
      uint32_t last = r.last;
      if (cue != NameCue::kPerson && doc->In(WordClass::kOrgHeads, r.last - 1)) {
        last = OrganizationNameEnd(*doc, covered, s, r.last, &inside);
        if (last > r.last) cue = NameCue::kOrganization;
      }
      if (cue == NameCue::kOrganization) {
        uint32_t first = r.first;
        std::string country;
        if (owner >= 0) {
          first = doc->mentions[owner].first;
          if (doc->In(WordClass::kDefiniteArticles, first)) ++first;  // "the Sahel" as listed
          const Entity& o = doc->entities[doc->mentions[owner].entity];
          country = IsCountryEntity(o) ? o.id : o.country;
          DropMention(doc, owner);
        }
        for (int32_t m : inside) {
          doc->implied.push_back(doc->mentions[m].entity);  // the state is still named
          DropMention(doc, m);
        }
        std::string label(doc->tokens->Span(first, last));
        int32_t e = doc->EntityFor(Slug(label), "actor", label);
        doc->entities[e].kind = "organization";
        if (doc->entities[e].country.empty()) doc->entities[e].country = country;
        AddMention(doc, first, last, e, MentionKind::kName);
        for (uint32_t k = first; k < last; ++k) covered[k] = 1;
        continue;
      } else if (cue == NameCue::kPerson) {
        AddPersonMention(doc, r.first, r.last);
      } else if (uint32_t end = UnknownPlaceEnd(*doc, covered, s, r.first, r.last);
                 end > 0 && KnownPerson(*doc, r.first, r.last) < 0) {
        std::string label(doc->tokens->Span(r.first, end));
        AddMention(doc, r.first, end, doc->EntityFor(Slug(label), "location", label), MentionKind::kName);
        for (uint32_t k = r.first; k < end; ++k) covered[k] = 1;
        continue;
      } else {
        pending.push_back({r, si});
        continue;
      }
      for (uint32_t k = r.first; k < r.last; ++k) covered[k] = 1;
    }
  }
  // A run without a cue that repeats a known person's name or surname.
  for (const auto& [r, si] : pending) {
    int32_t e = KnownPerson(*doc, r.first, r.last);
    if (e >= 0) {
      AddMention(doc, r.first, r.last, e, MentionKind::kName);
      for (uint32_t k = r.first; k < r.last; ++k) covered[k] = 1;
    }
  }
  AbbreviationsInParentheses(doc);
  AttachTitles(lex, doc, titles, covered);
  doc->mentions.erase(std::remove_if(doc->mentions.begin(), doc->mentions.end(),
                                     [](const Mention& m) { return m.first == m.last; }),
                      doc->mentions.end());
  std::sort(doc->mentions.begin(), doc->mentions.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
  doc->mention_at.assign(doc->size() + 1, -1);
  for (std::size_t m = 0; m < doc->mentions.size(); ++m) {
    Mention& mention = doc->mentions[m];
    for (uint32_t k = mention.first; k < mention.last; ++k) doc->mention_at[k] = static_cast<int32_t>(m);
  }
  // Sentence of each mention.
  uint32_t si = 0;
  for (Mention& m : doc->mentions) {
    while (si + 1 < doc->sentences.size() && doc->sentences[si].last <= m.first) ++si;
    m.sentence = si;
  }
}

}  // namespace newsgraph::extract
