#include "nlp/chunker.hpp"

#include "nlp/resource.hpp"

namespace newsgraph::nlp {
namespace {

bool NounLike(Pos p) { return IsNoun(p) || p == Pos::PRP || p == Pos::CD; }
// Tokens that may open or fill a noun group before its head.
bool Premodifier(Pos p) {
  return p == Pos::DT || p == Pos::PDT || p == Pos::PRPS || p == Pos::CD || IsAdjective(p);
}

}  // namespace

Result<Chunker> Chunker::FromText(std::string_view text, std::string_view name) {
  static const std::pair<std::string_view, Class> kNames[] = {
      {"aux", kAux},
      {"passive_aux", kPassiveAux},
      {"perfect_aux", kPerfectAux},
      {"negation", kNegation},
      {"future", kFuture},
      {"subject_control", kSubjectControl},
      {"modality", kModality},
      {"object_control", kObjectControl},
      {"noun_prepositions", kNounPrep},
      {"agent_prepositions", kAgentPrep},
      {"speech", kSpeech}};
  Chunker c;
  std::string_view rest = text, line;
  int line_no = 0;
  while (NextLine(&rest, &line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::size_t tab = line.find('\t');
    std::string_view cls = line.substr(0, tab);
    uint32_t bit = 0;
    for (const auto& [n, b] : kNames) {
      if (n == cls) bit = b;
    }
    if (tab == std::string_view::npos || bit == 0) {
      return Status::InvalidInput(std::string(name) + ":" + std::to_string(line_no) +
                                  ": expected a known class, a tab and words in " +
                                  QuoteInput(line));
    }
    std::string_view words = line.substr(tab + 1);
    while (!words.empty()) {
      std::size_t bar = words.find('|');
      std::string_view w = words.substr(0, bar);
      if (!w.empty()) c.classes_.Insert(text::HashNorm(w)) |= bit;
      words.remove_prefix(bar == std::string_view::npos ? words.size() : bar + 1);
    }
  }
  return c;
}

Result<Chunker> Chunker::Load(std::string_view schema_dir) {
  std::string path = std::string(schema_dir) + "/nlp/chunker.tsv";
  std::string data;
  Status s = ReadResource(path, "newsgraph's schemas", "the schema directory", &data);
  if (!s.ok()) return s;
  return FromText(data, path);
}

void Chunker::Chunk(const text::TokenizedText& text, const Annotation& a, text::Sentence s,
                    const std::vector<KeepTogether>& keep, Chunks* out) const {
  const uint32_t n = s.last - s.first;
  out->nouns.clear();
  out->verbs.clear();
  out->preps.clear();
  out->noun_of.assign(n, -1);
  out->verb_of.assign(n, -1);
  auto pos = [&](uint32_t i) { return a.tokens[i].pos; };
  auto NounAt = [&](uint32_t i) { return i < s.last ? out->noun_of[i - s.first] : -1; };

  // Tokens that must stay in one noun group: the end of the span each starts.
  std::vector<uint32_t> keep_end(n, 0);
  for (const KeepTogether& k : keep) {
    if (k.first >= s.first && k.last <= s.last && k.first < k.last) keep_end[k.first - s.first] = k.last;
  }

  // 1. Noun groups and verb groups, left to right.
  for (uint32_t i = s.first; i < s.last;) {
    Pos p = pos(i);
    bool prev_verb = i > s.first && (IsVerb(pos(i - 1)) || pos(i - 1) == Pos::MD || pos(i - 1) == Pos::TO);
    // "displaced people", "the downed drone"; but "of shelling villages" is a gerund.
    bool participle_mod = (p == Pos::VBN || (p == Pos::VBG && i > s.first && Premodifier(pos(i - 1)))) &&
                          !prev_verb && i + 1 < s.last &&
                          (IsNoun(pos(i + 1)) || IsAdjective(pos(i + 1))) &&
                          (i == s.first || !IsNoun(pos(i - 1)));
    if (keep_end[i - s.first] || NounLike(p) || Premodifier(p) || participle_mod) {
      uint32_t e = i;
      bool seen_noun = false;
      int32_t head = -1;
      while (e < s.last) {
        Pos q = pos(e);
        if (keep_end[e - s.first]) {
          if (e > i && seen_noun) break;  // a mention starts its own group after a noun
          e = keep_end[e - s.first];
          head = int32_t(e - 1);
          seen_noun = true;
          continue;
        }
        if (a.tokens[e].continues && e > i) {
          ++e;
          continue;
        }
        bool mod = q == Pos::VBN || q == Pos::VBG;
        bool ok = seen_noun ? (IsNoun(q) || q == Pos::CD)
                            : (NounLike(q) || Premodifier(q) ||
                               (mod && e + 1 < s.last && (IsNoun(pos(e + 1)) || IsAdjective(pos(e + 1)))));
        if (q == Pos::PRP && e > i) ok = false;
        if (!ok) break;
        if (NounLike(q)) {
          seen_noun = true;
          head = int32_t(e);
          // the last piece of a compound is the head
          while (head + 1 < int32_t(s.last) && a.tokens[head + 1].continues) ++head;
        }
        if (q == Pos::PRP) {
          ++e;
          break;
        }
        ++e;
      }
      if (head < 0) {  // no noun: adjectives or determiners alone make no group
        i = e > i ? e : i + 1;
        continue;
      }
      NounGroup g;
      g.first = i;
      g.last = e;
      g.head = uint32_t(head);
      if (i > s.first + 1 && pos(i - 1) == Pos::POS && NounAt(i - 2) >= 0) g.possessor = NounAt(i - 2);
      for (uint32_t k = i; k < e; ++k) out->noun_of[k - s.first] = int32_t(out->nouns.size());
      out->nouns.push_back(g);
      i = e;
      continue;
    }
    bool starts_verb = IsVerb(p) || p == Pos::MD ||
                       (p == Pos::TO && i + 1 < s.last && (pos(i + 1) == Pos::VB || IsAdverb(pos(i + 1))));
    if (!starts_verb) {
      ++i;
      continue;
    }
    VerbGroup v;
    v.first = i;
    uint32_t e = i;
    int32_t main = -1, prev_verb_tok = -1;
    bool more = true;
    while (e < s.last && more) {
      Pos q = pos(e);
      if (q == Pos::TO && e == i) {
        v.infinitive = true;
      } else if (q == Pos::MD) {
        if (main >= 0 && !Is(a, uint32_t(main), kAux)) break;
        v.modal = int32_t(e);
        if (Is(a, e, kFuture)) v.tense = Tense::kFuture;
      } else if (IsAdverb(q)) {
        if (Is(a, e, kNegation)) v.negated = true;
        if (e + 1 >= s.last || !(IsVerb(pos(e + 1)) || IsAdverb(pos(e + 1)))) break;
      } else if (IsVerb(q)) {
        if (main >= 0 && !Is(a, uint32_t(main), kAux)) break;
        if (main >= 0 && Is(a, uint32_t(main), kAux) && !IsVerb(q)) break;
        prev_verb_tok = main;
        main = int32_t(e);
        while (main + 1 < int32_t(s.last) && a.tokens[main + 1].continues) main++;
        e = uint32_t(main);
      } else if (q == Pos::RP && main >= 0) {
        more = false;  // a particle ends the group ("shot down")
      } else {
        break;
      }
      ++e;
    }
    if (main < 0) {
      i = e > i ? e : i + 1;
      continue;
    }
    v.last = e;
    v.main = uint32_t(main);
    Pos m = pos(v.main);
    Pos first_verb = pos(v.infinitive ? v.first + 1 : v.first);
    if (v.tense == Tense::kNone && !v.infinitive) {
      if (first_verb == Pos::VBD) v.tense = Tense::kPast;
      if (first_verb == Pos::VBZ || first_verb == Pos::VBP || first_verb == Pos::MD) v.tense = Tense::kPresent;
    }
    // The tagger may call a participle after an auxiliary a past tense ("were hosted/VBD").
    if ((m == Pos::VBN || m == Pos::VBD) && prev_verb_tok >= 0) {
      v.passive = Is(a, uint32_t(prev_verb_tok), kPassiveAux);
      v.perfect = Is(a, uint32_t(prev_verb_tok), kPerfectAux);
      for (uint32_t k = v.first; k < uint32_t(prev_verb_tok); ++k) {
        if (IsVerb(pos(k)) && Is(a, k, kPerfectAux)) v.perfect = true;
      }
    }
    // A participle right after a noun group: "missiles supplied by", "drones launched".
    if (m == Pos::VBN && prev_verb_tok < 0 && v.modal < 0 && !v.infinitive && v.first > s.first &&
        NounAt(v.first - 1) >= 0) {
      v.passive = v.participle = true;
    }
    if (m == Pos::VBG && prev_verb_tok < 0 && v.modal < 0 && !v.infinitive) v.gerund = true;
    for (uint32_t k = v.first; k < v.last; ++k) out->verb_of[k - s.first] = int32_t(out->verbs.size());
    out->verbs.push_back(std::move(v));
    i = e;
  }

  // 2. Possessors, coordination and apposition between noun groups.
  for (std::size_t g = 0; g + 1 < out->nouns.size(); ++g) {
    NounGroup& x = out->nouns[g];
    const NounGroup& y = out->nouns[g + 1];
    uint32_t gap = y.first - x.last;
    if (gap == 1 && pos(x.last) == Pos::CC) x.conjunct = int32_t(g + 1);
    if (gap == 2 && pos(x.last) == Pos::Comma && pos(x.last + 1) == Pos::CC) x.conjunct = int32_t(g + 1);
    if (gap == 1 && pos(x.last) == Pos::Comma) {
      // "A, B and C" is a list; "A, the ambassador," an apposition.
      bool list = false;
      for (std::size_t h = g + 1; h + 1 < out->nouns.size(); ++h) {
        const NounGroup& u = out->nouns[h];
        const NounGroup& w = out->nouns[h + 1];
        uint32_t k = u.last;
        if (k < w.first && pos(k) == Pos::Comma) ++k;
        if (k + 1 == w.first && pos(k) == Pos::CC) list = true;
        if (!(k + 1 == w.first && (pos(k) == Pos::CC || pos(k) == Pos::Comma))) break;
        if (list) break;
      }
      if (list) {
        x.conjunct = int32_t(g + 1);
      } else if (y.last >= s.last || pos(y.last) == Pos::Comma || pos(y.last) == Pos::Period) {
        out->nouns[g + 1].apposition_of = int32_t(g);
      }
    }
  }

  // 3. Prepositional phrases: "of" attaches to the noun before it, the others
  // to the nearest verb group before them, else to the noun.
  int32_t last_verb = -1;
  for (uint32_t i = s.first; i < s.last; ++i) {
    if (out->verb_of[i - s.first] >= 0) last_verb = out->verb_of[i - s.first];
    if (!(pos(i) == Pos::IN || pos(i) == Pos::TO) || NounAt(i + 1) < 0) continue;
    PrepPhrase pp;
    pp.prep = i;
    pp.noun = NounAt(i + 1);
    int32_t before = i > s.first ? NounAt(i - 1) : -1;
    if (before >= 0 && (Is(a, i, kNounPrep) || last_verb < 0)) {
      pp.attach_noun = before;
    } else if (last_verb >= 0) {
      pp.attach_verb = last_verb;
    }
    out->nouns[pp.noun].prep = int32_t(out->preps.size());
    if (pp.attach_verb >= 0) {
      VerbGroup& v = out->verbs[pp.attach_verb];
      v.preps.push_back({i, pp.noun});
      if (v.passive && v.agent < 0 && Is(a, i, kAgentPrep)) v.agent = pp.noun;
    }
    out->preps.push_back(pp);
  }

  // 4. Grammatical functions, verb group by verb group.
  auto FreeNoun = [&](int32_t g) {
    const NounGroup& x = out->nouns[g];
    return x.prep < 0 && x.apposition_of < 0 &&
           !(x.last < s.last && pos(x.last) == Pos::POS);
  };
  auto Conjuncts = [&](int32_t g, std::vector<int32_t>* into) {
    into->clear();
    // back to the first conjunct, then forward
    for (bool moved = true; moved;) {
      moved = false;
      for (std::size_t h = 0; h < out->nouns.size(); ++h) {
        if (out->nouns[h].conjunct == g) {
          g = int32_t(h);
          moved = true;
        }
      }
    }
    for (; g >= 0; g = out->nouns[g].conjunct) into->push_back(g);
  };
  std::vector<uint32_t> relative_from(out->verbs.size(), UINT32_MAX);  // relative pronoun's token
  for (std::size_t vi = 0; vi < out->verbs.size(); ++vi) {
    VerbGroup& v = out->verbs[vi];
    // Object (and indirect object) right after the group; a noun group
    // followed by a finite verb is that verb's subject instead.
    uint32_t k = v.last;
    while (k < s.last && (pos(k) == Pos::RP || IsAdverb(pos(k)))) ++k;
    int32_t obj = NounAt(k);
    if (obj >= 0 && out->nouns[obj].first == k && !v.passive) {
      const NounGroup& o = out->nouns[obj];
      int32_t next_verb = o.last < s.last ? out->verb_of[o.last - s.first] : -1;
      // After a speech verb, "the draft called for" is a clause, not a reduced relative.
      if (next_verb >= 0 && Is(a, v.main, kSpeech) && out->verbs[next_verb].participle) {
        out->verbs[next_verb].participle = out->verbs[next_verb].passive = false;
      }
      bool subject_of_next = next_verb >= 0 && !out->verbs[next_verb].infinitive &&
                             !out->verbs[next_verb].participle && !out->verbs[next_verb].gerund;
      if (!subject_of_next) {
        int32_t second = NounAt(o.last);
        if (second >= 0 && out->nouns[second].first == o.last && o.conjunct < 0 &&
            out->nouns[second].apposition_of < 0 && pos(o.head) != Pos::CD) {
          v.indirect_object = obj;
          v.object = second;
        } else {
          v.object = obj;
        }
      }
    }
    // Governor of an infinitive or gerund: the verb group just before it.
    if ((v.infinitive || v.gerund) && vi > 0) {
      const VerbGroup& g = out->verbs[vi - 1];
      bool adjacent = true;
      for (uint32_t t = g.last; t < v.first; ++t) {
        int32_t ng = NounAt(t);
        if (ng < 0 && !(IsAdverb(pos(t)) || pos(t) == Pos::IN || pos(t) == Pos::RP)) adjacent = false;
      }
      if (adjacent) {
        v.governor = int32_t(vi - 1);
        if (v.infinitive && Is(a, g.main, kModality)) v.modal = int32_t(g.main);
        if (v.infinitive && g.modal >= 0 && v.modal < 0 && Is(a, g.main, kSubjectControl)) v.modal = g.modal;
        if (g.object >= 0 && (Is(a, g.main, kObjectControl) || v.gerund)) {
          Conjuncts(g.object, &v.subjects);
        } else if (g.object < 0 || Is(a, g.main, kSubjectControl)) {
          v.subjects = g.subjects;
        }
        continue;
      }
    }
    if (v.participle) {  // its noun group is its (passive) subject
      uint32_t t = v.first - 1;
      if (pos(t) == Pos::Comma) --t;
      Conjuncts(NounAt(t), &v.subjects);
      continue;
    }
    if (v.infinitive || v.gerund) continue;
    // Coordinated verb groups share the subject: "denied the accusation and said".
    if (v.first > s.first && pos(v.first - 1) == Pos::CC && vi > 0) {
      v.conjunct_of = int32_t(vi - 1);
      v.subjects = out->verbs[vi - 1].subjects;
      if (!v.subjects.empty()) continue;
    }
    // Subject: the nearest free noun group before the group, skipping
    // prepositional phrases, appositions and possessors.
    for (uint32_t t = v.first; t-- > s.first;) {
      int32_t g = NounAt(t);
      if (g >= 0) {
        if (!FreeNoun(g)) continue;
        if (out->nouns[g].apposition_of >= 0) continue;
        // an object of an earlier verb is no subject unless a comma or "that" parts them
        bool taken = false;
        for (std::size_t w = 0; w < vi; ++w) taken |= out->verbs[w].object == g;
        if (taken) break;
        Conjuncts(g, &v.subjects);
        break;
      }
      if (int32_t w = out->verb_of[t - s.first]; w >= 0) {
        if (relative_from[w] != UINT32_MAX) {  // skip a relative clause: "X, which ..., ended"
          t = relative_from[w];
          continue;
        }
        const VerbGroup& wg = out->verbs[w];
        if (!wg.participle && !wg.gerund && !wg.infinitive) break;
      }
      if (pos(t) == Pos::WDT || pos(t) == Pos::WP) {  // relative pronoun: its antecedent
        uint32_t b = t;
        if (b > s.first && pos(b - 1) == Pos::Comma) --b;
        if (b > s.first && NounAt(b - 1) >= 0) {
          relative_from[vi] = b;
          v.antecedent = NounAt(b - 1);
          // "which Congress has delayed": the antecedent is the object
          if (v.subjects.empty() && t + 1 < v.first && NounAt(t + 1) >= 0) {
            Conjuncts(NounAt(t + 1), &v.subjects);
            if (v.object < 0) v.object = v.antecedent;
          } else {
            Conjuncts(v.antecedent, &v.subjects);
          }
        }
        break;
      }
    }
  }
}

}  // namespace newsgraph::nlp
