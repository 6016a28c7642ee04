// Stage 1, weapon lists: names of systems listed before the noun that says
// what they are. "the Akash, Pinaka and Caesar systems", "Rafale and Mirage
// fighter jets", "the K2, K9 and Chunmoo": the gazetteer lists bare names
// that are also common words only in a qualified form ("Akash missile
// system"), and a name it does not know is still a system of the class its
// noun names. Runs after the gazetteer and designator passes, before names of
// persons and organizations are read from capitalized runs.
#include <algorithm>
#include <cctype>

#include "extract/document.hpp"
#include "extract/mentions_internal.hpp"

namespace newsgraph::extract {

using namespace std::string_view_literals;

namespace {

// A word that can be (part of) a system's name: capitalized, tagged a proper noun, not yet a mention.
bool NameWord(const Document& doc, const std::vector<char>& covered, uint32_t i) {
  const text::Token& t = doc.tokens->tokens[i];
  nlp::Pos pos = doc.PosAt(i);
  return !covered[i] && t.Has(text::kWord) && t.Has(text::kCap) && (pos == nlp::Pos::NNP || pos == nlp::Pos::NNPS) &&
         !doc.In(WordClass::kNotPersonWords, i) && !doc.In(WordClass::kMonths, i) && !doc.In(WordClass::kWeekdays, i);
}

bool StartsWithWord(std::string_view label, std::string_view name) {
  if (label.size() <= name.size() || label[name.size()] != ' ') return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(label[i])) != std::tolower(static_cast<unsigned char>(name[i]))) {
      return false;
    }
  }
  return true;
}

// The one named system of the lexicon whose name is the given name qualified
// ("Akash" -> "Akash missile system"); -1 if none, or if several are.
int32_t QualifiedSystem(const Lexicon& lex, std::string_view name) {
  int32_t found = -1;
  for (std::size_t x = 0; x < lex.entities().size(); ++x) {
    const LexEntity& le = lex.entities()[x];
    if (le.type != "weapon"sv || lex.IsWeaponClass(le.id) || !StartsWithWord(le.label, name)) continue;
    if (found >= 0) return -1;
    found = static_cast<int32_t>(x);
  }
  return found;
}

struct Item {
  uint32_t first, last;
  int32_t mention;  // an existing system mention, or -1 for words to name
};

}  // namespace

void ListedSystemsPass(const Lexicon& lex, Document* doc, std::vector<char>* covered) {
  struct Head {
    uint32_t first;
    int32_t mention;  // the weapon mention heading the list, or -1 for a generic head ("systems")
  };
  std::vector<Head> heads;
  for (std::size_t m = 0; m < doc->mentions.size(); ++m) {
    if (doc->entities[doc->mentions[m].entity].type == "weapon"sv) heads.push_back({doc->mentions[m].first, static_cast<int32_t>(m)});
  }
  for (uint32_t i = 0; i < doc->size(); ++i) {
    if (!(*covered)[i] && doc->In(WordClass::kWeaponGenericHeads, i)) heads.push_back({i, -1});
  }
  std::vector<int32_t> mention_at(doc->size() + 1, -1);
  for (std::size_t m = 0; m < doc->mentions.size(); ++m) {
    for (uint32_t k = doc->mentions[m].first; k < doc->mentions[m].last; ++k) mention_at[k] = static_cast<int32_t>(m);
  }
  const auto& sentences = doc->sentences;
  std::vector<Mention> added;
  for (const Head& h : heads) {
    auto s = std::upper_bound(sentences.begin(), sentences.end(), h.first,
                              [](uint32_t x, const text::Sentence& st) { return x < st.last; });
    if (s == sentences.end()) continue;
    uint32_t floor = s->first;
    std::string cls;  // the class the head names, when it is a class
    if (h.mention >= 0) {
      const Entity& e = doc->entities[doc->mentions[h.mention].entity];
      if (lex.IsWeaponClass(e.id)) cls = e.id;
    }
    // Leftwards: the item glued to a class head ("Mirage fighter jets"), or to a
    // generic head; then items joined by commas and conjunctions.
    std::vector<Item> items;
    uint32_t k = h.first;
    bool need_link = h.mention >= 0 && cls.empty();  // "K2, K9 and Chunmoo": the system is the last conjunct
    while (k > floor) {
      uint32_t j = k;
      if (need_link) {
        while (j > floor && (doc->Norm(j - 1) == ","sv || doc->In(WordClass::kListJoiners, j - 1))) --j;
        if (j == k) break;
      }
      int32_t m = j > floor ? mention_at[j - 1] : -1;
      if (m >= 0 && doc->entities[doc->mentions[m].entity].type == "weapon"sv &&
          !lex.IsWeaponClass(doc->entities[doc->mentions[m].entity].id)) {
        items.push_back({doc->mentions[m].first, j, m});
        k = doc->mentions[m].first;
        need_link = true;
        continue;
      }
      uint32_t e = j;
      while (j > floor && NameWord(*doc, *covered, j - 1) && mention_at[j - 1] < 0) --j;
      if (j == e || e - j > 2) break;
      items.push_back({j, e, -1});
      k = j;
      need_link = true;
    }
    if (items.empty()) continue;
    // A name the lexicon does not know is a system of the head's class when one it
    // knows stands beside it ("Rafale and Mirage fighter jets"), or alone when it is
    // no abbreviation ("Mirage jets"; "NK missiles" are North Korea's).
    bool known = false;
    for (const Item& it : items) {
      known = known || it.mention >= 0 || QualifiedSystem(lex, doc->tokens->Span(it.first, it.last)) >= 0;
    }
    for (std::size_t n = 0; n < items.size(); ++n) {
      const Item& it = items[n];
      if (it.mention >= 0) continue;
      std::string name(doc->tokens->Span(it.first, it.last));
      int32_t x = QualifiedSystem(lex, name);
      int32_t e = -1;
      if (x >= 0) {
        e = EntityFromLexicon(lex, doc, x);
      } else if ((known || !doc->tokens->tokens[it.first].Has(text::kAllCaps)) && !cls.empty() && it.last - it.first == 1) {
        // A name the lexicon does not know, of the class its noun names.
        e = doc->EntityFor(Slug(name), "weapon", name);
        if (doc->entities[e].weapon_class.empty()) doc->entities[e].weapon_class = cls;
      }
      if (e < 0) continue;  // "Akash systems": nothing says what it is
      if (n == 0 && h.mention >= 0 && !cls.empty() && it.last == h.first) {
        // "Mirage fighter jets": one mention, of the system.
        Mention& head = doc->mentions[h.mention];
        head.first = it.first;
        head.entity = e;
      } else {
        Mention m;
        m.first = it.first;
        m.last = it.last;
        m.entity = e;
        m.kind = MentionKind::kName;
        added.push_back(m);
      }
      for (uint32_t t = it.first; t < it.last; ++t) (*covered)[t] = 1;
    }
  }
  for (Mention& m : added) {
    m.possessive = m.last < doc->size() && doc->Norm(m.last) == "'s"sv;
    doc->mentions.push_back(m);
  }
  std::sort(doc->mentions.begin(), doc->mentions.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

}  // namespace newsgraph::extract
