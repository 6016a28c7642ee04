// Stage 2: resolution. Every mention is tied to one entity: surnames to full
// names, titles without names to the person (or state) holding them,
// pronouns and definite descriptions ("the Council", "the North") to what
// they refer to, and weapon classes to the one system of that class the
// article names.
#include <algorithm>
#include <unordered_map>

#include "extract/clause.hpp"
#include "extract/mentions_internal.hpp"

namespace newsgraph::extract {

using namespace std::string_view_literals;
namespace {

bool IsPerson(const Document& d, int32_t e) { return e >= 0 && IsPersonEntity(d.entities[e]); }

std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A single-word person merges into the one full name sharing that word.
void MergeSurnames(Document* doc) {
  for (std::size_t a = 0; a < doc->entities.size(); ++a) {
    Entity& single = doc->entities[a];
    if (!IsPersonEntity(single) || single.label.find(' ') != std::string::npos) continue;
    int32_t target = -1;
    int found = 0;
    for (std::size_t b = 0; b < doc->entities.size(); ++b) {
      const Entity& full = doc->entities[b];
      if (b == a || !IsPersonEntity(full) || full.merged_into >= 0) continue;
      auto w = Words(full.label);
      if (w.size() < 2) continue;
      if (w.back() == single.label || w.front() == single.label) {
        target = static_cast<int32_t>(b);
        ++found;
      }
    }
    if (found == 1) {
      single.merged_into = target;
      Entity& full = doc->entities[target];
      for (auto& r : single.represents) full.represents.push_back(r);
      if (full.title.empty()) full.title = single.title;
    }
  }
}

// "Tariq Bajwa ... Bajwa's accusation" where the list knows another Bajwa: a known
// person the text only ever calls by a surname is the one person of the article
// named in full with that surname.
void MergeKnownSurnames(Document* doc) {
  std::vector<int32_t> surname_of(doc->entities.size(), -2);  // -2 unseen, -1 not a lone surname
  for (const Mention& m : doc->mentions) {
    if (m.entity < 0 || m.kind != MentionKind::kName || doc->entities[m.entity].lex < 0 ||
        !IsPersonEntity(doc->entities[m.entity])) {
      continue;
    }
    std::string_view surface = doc->tokens->Span(m.first, m.last);
    int32_t& seen = surname_of[m.entity];
    if (surface.find(' ') != std::string_view::npos || surface == doc->entities[m.entity].label) {
      seen = -1;
    } else if (seen == -2) {
      seen = static_cast<int32_t>(&m - doc->mentions.data());
    }
  }
  for (std::size_t a = 0; a < doc->entities.size(); ++a) {
    if (surname_of[a] < 0 || doc->entities[a].merged_into >= 0) continue;
    const Mention& m = doc->mentions[surname_of[a]];
    std::string surname(doc->tokens->Span(m.first, m.last));
    int32_t target = -1;
    int found = 0;
    for (std::size_t b = 0; b < doc->entities.size(); ++b) {
      const Entity& full = doc->entities[b];
      if (b == a || !IsPersonEntity(full) || full.merged_into >= 0 || full.lex >= 0) continue;
      auto w = Words(full.label);
      if (w.size() >= 2 && w.back() == surname) {
        target = static_cast<int32_t>(b);
        ++found;
      }
    }
    if (found == 1) doc->entities[a].merged_into = target;
  }
}

int32_t SentenceSubject(const Document& doc, uint32_t sentence, uint32_t before,
                        bool (*pred)(const Document&, int32_t)) {
  for (const Mention& m : doc.mentions) {
    if (m.sentence != sentence || m.first >= before) continue;
    if (m.entity >= 0 && pred(doc, doc.Canonical(m.entity))) return doc.Canonical(m.entity);
  }
  return -1;
}

bool IsStateOrOrg(const Document& d, int32_t e) {
  return e >= 0 && (IsCountryEntity(d.entities[e]) || IsOrganizationEntity(d.entities[e]));
}

// "it" / "its": a possessive "its" belongs to its clause's subject ("Russia
// has fired ... in its war"); an object "it" is not the subject of its verb
// ("Amnesty accusing it"); a subject "it" is the nearest state or body.
int32_t ResolveIt(const Lexicon& lex, const Document& doc, const text::Sentence& s, uint32_t i) {
  Clause c(lex, doc, s);
  std::vector<int32_t> candidates;  // nearest first
  for (uint32_t k = i; k > s.first; --k) {
    int32_t e = c.EntityAt(k - 1);
    // "used Iranian drones for its strikes": a weapon's origin is not what "its" refers to.
    const Mention* m = c.MentionAt(k - 1);
    if (m && !m->possessive && m->last < i && c.IsWeapon(c.EntityAt(m->last))) continue;
    if (e >= 0 && IsStateOrOrg(doc, e) && std::find(candidates.begin(), candidates.end(), e) == candidates.end()) {
      candidates.push_back(e);
    }
  }
  if (candidates.empty()) return -1;
  if (doc.In(WordClass::kPossessiveThingPronouns, i)) {
    // "sent weapons to Russia (for|to) use in its war": the purpose is the recipient's.
    if (i >= s.first + 4 && doc.In(WordClass::kPurposeVerbs, i - 2) &&
        doc.In(WordClass::kPurposeMarkers, i - 3) && doc.In(WordClass::kPrepositions, i - 1)) {
      const Mention* m = c.MentionAt(i - 4);
      if (m && m->first > s.first && doc.In(WordClass::kRecipientPrepositions, m->first - 1) &&
          IsStateOrOrg(doc, c.EntityAt(i - 4))) {
        return c.EntityAt(i - 4);
      }
    }
    std::vector<int32_t> subj = c.SubjectOf(i);
    if (!subj.empty() && std::find(candidates.begin(), candidates.end(), subj.front()) != candidates.end()) {
      return subj.front();
    }
    return candidates.front();
  }
  bool object = i > s.first && doc.tokens->tokens[i - 1].Has(text::kWord) &&
                !doc.In(WordClass::kSpeechVerbs, i - 1) &&  // "Hezbollah said it launched"
                !doc.In(WordClass::kSubjectPronounPrecursors, i - 1);
  if (object) {
    // Not the subject of the verb whose object it is ("Amnesty ... accusing it").
    std::vector<int32_t> subj = c.SubjectOf(i - 1);
    for (int32_t e : candidates) {
      if (std::find(subj.begin(), subj.end(), e) == subj.end()) return e;
    }
  }
  return candidates.front();
}

void ResolveRoles(const Lexicon& lex, Document* doc) {
  for (Mention& m : doc->mentions) {
    if (m.kind != MentionKind::kRole || m.entity >= 0 || m.title < 0) continue;
    const TitleInfo& info = lex.title_info()[m.title];
    // "Ukrainian officials", "U.S. diplomats": many holders stand for their state or body.
    std::string_view said = doc->Norm(m.last - 1);
    if (m.owner >= 0 && said.size() > 1 && said.back() == 's' && info.title.back() != 's') {
      m.entity = m.owner;
      continue;
    }
    std::vector<int32_t> holders;
    for (std::size_t e = 0; e < doc->entities.size(); ++e) {
      const Entity& p = doc->entities[e];
      if (!IsPersonEntity(p) || p.merged_into >= 0) continue;
      // The same role: the same title, or two names of the envoy's role.
      bool envoy = lex.InClass(WordClass::kEnvoyTitles, info.title) && lex.InClass(WordClass::kEnvoyTitles, p.title);
      bool same_role = p.title == info.title || envoy;
      for (const auto& r : p.represents) {
        if (r.first == m.owner && same_role) {
          holders.push_back(static_cast<int32_t>(e));
          break;
        }
      }
      if (m.owner < 0 && !p.title.empty() && p.title == info.title) holders.push_back(static_cast<int32_t>(e));
    }
    if (holders.size() == 1) {
      m.entity = holders[0];
      continue;
    }
    if (holders.empty() && m.owner >= 0) {
      // A person named soon after with no known affiliation holds it.
      std::vector<int32_t> loose;
      auto from = std::upper_bound(doc->mentions.begin(), doc->mentions.end(), m.first,
                                   [](uint32_t first, const Mention& x) { return first < x.first; });
      for (auto n_it = from; n_it != doc->mentions.end() && n_it->sentence <= m.sentence + 5; ++n_it) {
        const Mention& n = *n_it;
        if (n.entity < 0) continue;
        int32_t e = doc->Canonical(n.entity);
        // Only a person the text gives no title or affiliation of its own.
        // Only a person with no affiliation of their own, and no title or the
        // same role ("Russia's envoy" ... "Ambassador Vassily Nebenzia").
        const std::string& title = doc->entities[e].title;
        bool same_role = title.empty() || title == info.title ||
                         (lex.InClass(WordClass::kEnvoyTitles, title) && lex.InClass(WordClass::kEnvoyTitles, info.title));
        if (IsPerson(*doc, e) && doc->entities[e].represents.empty() && same_role &&
            std::find(loose.begin(), loose.end(), e) == loose.end()) {
          loose.push_back(e);
        }
      }
      if (loose.size() == 1) {
        m.entity = loose[0];
        doc->entities[loose[0]].represents.push_back({m.owner, info.title});
        if (doc->entities[loose[0]].title.empty()) doc->entities[loose[0]].title = info.title;
        continue;
      }
      // Nobody named: the statement is the state's or body's own.
      m.entity = m.owner;
    }
  }
}

void AddPronouns(const Lexicon& lex, Document* doc) {
  std::vector<char> covered(doc->size() + 1, 0);
  for (const Mention& m : doc->mentions) {
    for (uint32_t k = m.first; k < m.last; ++k) covered[k] = 1;
  }
  std::vector<Mention> added;
  // What the text named so far, kept up to date as i moves on: the last
  // person, and for each word of a body's name or a person's title the last
  // entity it named ("council" -> the U.N. Security Council).
  std::size_t next = 0;
  int32_t last_person = -1;
  std::unordered_map<std::string, int32_t> by_word;
  auto learn_words = [&](const std::string& text, int32_t e) {
    std::string word;
    for (std::size_t k = 0; k <= text.size(); ++k) {
      char c = k < text.size() ? text[k] : ' ';
      if (c == ' ') {
        if (!word.empty()) by_word[word] = e;
        word.clear();
      } else {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
    }
  };
  auto advance = [&](uint32_t i) {
    for (; next < doc->mentions.size() && doc->mentions[next].first < i; ++next) {
      const Mention& m = doc->mentions[next];
      if (m.entity < 0) continue;
      int32_t c = doc->Canonical(m.entity);
      const Entity& ent = doc->entities[c];
      if (IsPersonEntity(ent)) {
        last_person = c;
        learn_words(ent.title, c);
      } else if (IsActorEntity(ent)) {
        learn_words(ent.label, c);
        // The words the text itself used ("Myanmar Junta" ... "the junta").
        learn_words(std::string(doc->tokens->Span(m.first, m.last)), c);
      } else if (IsCountryEntity(ent)) {
        // "the North": the state whose name starts with the compass word.
        std::string lower = Lower(ent.label);
        for (const std::string& compass : lex.Words(WordClass::kCompassHeads)) {
          if (lower.size() > compass.size() && lower.compare(0, compass.size(), compass) == 0 &&
              lower[compass.size()] == ' ') {
            by_word["\x01" + compass] = c;
          }
        }
      }
    }
  };
  auto recall = [&](std::string_view word) {
    auto it = by_word.find(std::string(word));
    return it == by_word.end() ? -1 : it->second;
  };
  for (uint32_t si = 0; si < doc->sentences.size(); ++si) {
    const auto& s = doc->sentences[si];
    for (uint32_t i = s.first; i < s.last; ++i) {
      if (covered[i]) continue;
      int32_t e = -1;
      MentionKind kind = MentionKind::kPronoun;
      if (doc->In(WordClass::kPersonPronouns, i) || doc->In(WordClass::kPossessivePersonPronouns, i)) {
        // The most recent person named before.
        advance(i);
        e = last_person;
      } else if (doc->In(WordClass::kThingPronouns, i)) {
        e = ResolveIt(lex, *doc, s, i);
        if (e < 0 && si > 0) e = SentenceSubject(*doc, si - 1, s.first, IsStateOrOrg);
      } else if ((doc->In(WordClass::kDefiniteDeterminers, i) && i + 1 < s.last && !covered[i + 1]) ||
                 (i > s.first && doc->tokens->tokens[i].Has(text::kCap) && doc->In(WordClass::kDefiniteHeads, i) &&
                  !doc->tokens->tokens[i - 1].Has(text::kCap) &&
                  !(i + 1 < s.last && doc->tokens->tokens[i + 1].Has(text::kCap)))) {
        // "the Council", "this council", and a capitalized "Council" alone.
        bool bare = !doc->In(WordClass::kDefiniteDeterminers, i);
        if (bare) --i;  // the head is at i + 1 below
        std::string_view head = doc->Norm(i + 1);
        advance(i);
        if (doc->In(WordClass::kCompassHeads, i + 1)) {
          // "the North": the state whose name starts with it.
          e = recall(std::string("\x01") + std::string(head));
        } else if (doc->In(WordClass::kDefiniteHeads, i + 1)) {
          e = recall(head);
        }
        if (e < 0) {
          // "Council members" after "U.N. Security Council resolutions": a body named inside a name.
          for (int32_t x : doc->implied) {
            if (IsActorEntity(doc->entities[x]) && HasWord(doc->entities[x].label, head)) e = x;
          }
        }
        // "the government", "the authorities" with no state named for them: the dateline's.
        if (e < 0 && !bare && doc->dateline_state >= 0 && doc->In(WordClass::kHomeStateHeads, i + 1)) {
          e = doc->dateline_state;
        }
        if (e < 0 && bare) {
          ++i;
          continue;
        }
        if (e >= 0) {
          kind = MentionKind::kRole;
          Mention m;
          m.first = bare ? i + 1 : i;
          m.last = i + 2;
          m.entity = e;
          m.kind = kind;
          m.sentence = si;
          m.possessive = m.last < doc->size() && doc->Norm(m.last) == "'s"sv;
          added.push_back(m);
          covered[i] = covered[i + 1] = 1;
          ++i;
          continue;
        }
      }
      if (e < 0) continue;
      Mention m;
      m.first = i;
      m.last = i + 1;
      m.entity = e;
      m.kind = kind;
      m.sentence = si;
      m.possessive =
          doc->In(WordClass::kPossessivePersonPronouns, i) || doc->In(WordClass::kPossessiveGroupPronouns, i);
      added.push_back(m);
    }
  }
  doc->mentions.insert(doc->mentions.end(), added.begin(), added.end());
  std::sort(doc->mentions.begin(), doc->mentions.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

// Ancestors of a weapon in the lexicon's class chain (class, its class, ...).
std::vector<std::string> WeaponAncestors(const Lexicon& lex, const Document& doc, int32_t e) {
  std::vector<std::string> out;
  std::string cls = doc.entities[e].weapon_class;
  for (int depth = 0; !cls.empty() && depth < 6; ++depth) {
    out.push_back(cls);
    const LexEntity* le = lex.FindEntity(cls);
    cls = le ? le->weapon_class : std::string();
  }
  return out;
}

void MergeWeaponClasses(const Lexicon& lex, Document* doc) {
  // A class merges into the one weapon of the article that belongs to it.
  for (std::size_t c = 0; c < doc->entities.size(); ++c) {
    Entity& cls = doc->entities[c];
    if (!IsWeaponEntity(cls) || cls.merged_into >= 0) continue;
    std::vector<int32_t> members;
    for (std::size_t w = 0; w < doc->entities.size(); ++w) {
      if (w == c || !IsWeaponEntity(doc->entities[w]) || doc->entities[w].merged_into >= 0) continue;
      auto anc = WeaponAncestors(lex, *doc, static_cast<int32_t>(w));
      if (std::find(anc.begin(), anc.end(), cls.id) != anc.end()) members.push_back(static_cast<int32_t>(w));
    }
    // Prefer the most specific members: drop those that are ancestors of others.
    std::vector<int32_t> leaves;
    for (int32_t a : members) {
      bool ancestor = false;
      for (int32_t b : members) {
        if (a == b) continue;
        auto anc = WeaponAncestors(lex, *doc, b);
        ancestor = ancestor || std::find(anc.begin(), anc.end(), doc->entities[a].id) != anc.end();
      }
      if (!ancestor) leaves.push_back(a);
    }
    if (leaves.size() == 1) cls.merged_into = leaves[0];
  }
}

}  // namespace

void ResolveMentions(const Lexicon& lex, Document* doc) {
  MergeSurnames(doc);
  MergeKnownSurnames(doc);
  ResolveRoles(lex, doc);
  AddPronouns(lex, doc);
  MergeWeaponClasses(lex, doc);
  // Index, sentence numbers, mention counts and aliases.
  doc->mention_at.assign(doc->size() + 1, -1);
  uint32_t si = 0;
  for (std::size_t i = 0; i < doc->mentions.size(); ++i) {
    Mention& m = doc->mentions[i];
    while (si + 1 < doc->sentences.size() && doc->sentences[si].last <= m.first) ++si;
    m.sentence = si;
    for (uint32_t k = m.first; k < m.last; ++k) doc->mention_at[k] = static_cast<int32_t>(i);
    if (m.entity < 0) continue;
    m.entity = doc->Canonical(m.entity);
    Entity& e = doc->entities[m.entity];
    if (m.kind == MentionKind::kPronoun) continue;
    ++e.mentions;
    std::string surface(doc->tokens->Span(m.first, m.last));
    if (std::find(e.aliases.begin(), e.aliases.end(), surface) == e.aliases.end()) e.aliases.push_back(surface);
  }
}

}  // namespace newsgraph::extract
