#include "extract/lexicon.hpp"

#include <algorithm>

#include "newsgraph/file_util.hpp"

namespace newsgraph::extract {

using namespace std::string_view_literals;
namespace {

constexpr const char* kWordClassNames[] = {
#define NEWSGRAPH_WORD_CLASS_NAME(id, name) name,
    NEWSGRAPH_WORD_CLASSES(NEWSGRAPH_WORD_CLASS_NAME)
#undef NEWSGRAPH_WORD_CLASS_NAME
};
static_assert(sizeof(kWordClassNames) / sizeof(kWordClassNames[0]) ==
                  static_cast<std::size_t>(WordClass::kCount),
              "one name per word class");

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    std::size_t p = s.find(sep, start);
    out.push_back(s.substr(start, p == std::string_view::npos ? std::string_view::npos : p - start));
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Calls row(columns, line_number) for each data line of a TSV file; a row
// with fewer than min_columns columns is an error naming file and line.
template <typename Fn>
Status ForEachRow(const std::string& path, std::size_t min_columns, Fn row) {
  Result<std::string> data = ReadFile(path);
  if (!data.ok()) return data.status();
  std::string_view rest = data.value();
  std::size_t line_no = 0;
  while (!rest.empty()) {
    std::size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++line_no;
    line = Trim(line);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> cols = Split(line, '\t');
    for (auto& c : cols) c = Trim(c);
    if (cols.size() < min_columns) {
      return Status::InvalidInput(path + ":" + std::to_string(line_no) + ": expected " +
                                  std::to_string(min_columns) + " tab-separated columns in " +
                                  QuoteInput(line));
    }
    Status s = row(cols, line_no);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

std::string Plural(std::string_view phrase) {
  std::string p(phrase);
  if (p.empty()) return p;
  char last = p.back();
  if (last == 's' || last == 'x' || (p.size() > 1 && p.compare(p.size() - 2, 2, "ch") == 0) ||
      (p.size() > 1 && p.compare(p.size() - 2, 2, "sh") == 0)) {
    return p + "es";
  }
  if (last == 'y' && p.size() > 1 && std::string_view("aeiou").find(p[p.size() - 2]) == std::string_view::npos) {
    return p.substr(0, p.size() - 1) + "ies";
  }
  return p + "s";
}

}  // namespace

int32_t Lexicon::AddEntity(LexEntity e) {
  auto it = entity_index_.find(e.id);
  if (it != entity_index_.end()) return it->second;
  int32_t index = static_cast<int32_t>(entities_.size());
  entity_index_.emplace(e.id, index);
  entities_.push_back(std::move(e));
  return index;
}

void Lexicon::AddName(std::string_view phrase, int32_t entity, NameKind kind, bool plurals) {
  if (phrase.empty()) return;
  int32_t value = entity * 4 + static_cast<int32_t>(kind);
  names_.Add(phrase, value, /*case_sensitive=*/true);
  if (plurals) names_.Add(Plural(phrase), value, true);
}

const LexEntity* Lexicon::FindEntity(std::string_view id) const {
  auto it = entity_index_.find(std::string(id));
  return it == entity_index_.end() ? nullptr : &entities_[it->second];
}



Status Lexicon::LoadCountries(const std::string& path) {
  // iso3  name  aliases  demonyms  capitals
  return ForEachRow(path, 2, [&](const std::vector<std::string_view>& c, std::size_t) {
    LexEntity e;
    e.id = std::string(c[0]);
    e.type = "country";
    e.label = std::string(c[1]);
    e.country = e.id;
    int32_t index = AddEntity(e);
    AddName(c[1], index, NameKind::kName, false);
    if (c.size() > 2) for (auto a : Split(c[2], '|')) AddName(Trim(a), index, NameKind::kName, false);
    if (c.size() > 3) for (auto d : Split(c[3], '|')) AddName(Trim(d), index, NameKind::kDemonym, false);
    if (c.size() > 4) for (auto k : Split(c[4], '|')) AddName(Trim(k), index, NameKind::kCapital, false);
    return Status::Ok();
  });
}

Status Lexicon::LoadEntities(const std::string& path, const std::string& type) {
  // organizations: id name aliases country category
  // weapons:       id name aliases class origin
  // locations:     id name aliases country
  // persons:       id name aliases country role
  return ForEachRow(path, 2, [&](const std::vector<std::string_view>& c, std::size_t) {
    LexEntity e;
    e.id = std::string(c[0]);
    e.type = type;
    e.label = std::string(c[1]);
    if (type == "person"sv) {
      // Known people: found by name; whom they represent comes from the text.
      e.type = "actor";
      e.kind = "person";
      if (c.size() > 3) e.country = std::string(c[3]);
    } else if (type == "actor"sv) {
      e.kind = "organization";
      if (c.size() > 3) e.country = std::string(c[3]);
      if (c.size() > 4) e.category = std::string(c[4]);
    } else if (type == "weapon"sv) {
      if (c.size() > 3) e.weapon_class = std::string(c[3]);
      if (c.size() > 4) e.country = std::string(c[4]);
    } else if (c.size() > 3) {
      e.country = std::string(c[3]);
    }
    bool plurals = type == "weapon"sv;
    int32_t index = AddEntity(e);
    AddName(c[1], index, NameKind::kName, plurals);
    if (c.size() > 2) {
      for (auto a : Split(c[2], '|')) AddName(Trim(a), index, NameKind::kName, plurals);
    }
    return Status::Ok();
  });
}

Status Lexicon::LoadTitles(const std::string& path) {
  // title  represents(country|body|none)  honorific(yes|no)
  return ForEachRow(path, 1, [&](const std::vector<std::string_view>& c, std::size_t line) {
    TitleInfo t;
    t.title = std::string(c[0]);
    std::string_view rep = c.size() > 1 ? c[1] : "none";
    if (rep == "country"sv) t.represents = TitleInfo::Represents::kCountry;
    else if (rep == "body"sv) t.represents = TitleInfo::Represents::kBody;
    else if (rep == "none"sv || rep.empty()) t.represents = TitleInfo::Represents::kNone;
    else return Status::InvalidInput(path + ":" + std::to_string(line) + ": represents must be country, body or none, not " + QuoteInput(rep));
    t.honorific = c.size() > 2 && c[2] == "yes"sv;
    int32_t index = static_cast<int32_t>(title_info_.size());
    titles_.Add(t.title, index, /*case_sensitive=*/false);
    // Plural titles ("envoys") name the same role.
    titles_.Add(Plural(t.title), index, false);
    title_info_.push_back(std::move(t));
    return Status::Ok();
  });
}

Status Lexicon::LoadAbbreviations(const std::string& path) {
  return ForEachRow(path, 1, [&](const std::vector<std::string_view>& c, std::size_t) {
    std::string norm = text::NormalizePhrase(c[0]);
    // "Mr." tokenizes as "mr ."; "U.S." as one token "u.s.".
    if (norm.size() > 2 && norm.compare(norm.size() - 2, 2, " .") == 0) {
      segmenter_.abbreviations.insert(norm.substr(0, norm.size() - 2));
    } else if (c.size() > 1 && c[1] == "sometimes"sv) {
      segmenter_.sometimes.insert(norm);
    }
    return Status::Ok();
  });
}

Status Lexicon::LoadTriggers(const std::string& path) {
  // forms  relation  frame  pos(verb|noun)
  return ForEachRow(path, 4, [&](const std::vector<std::string_view>& c, std::size_t line) {
    TriggerInfo t;
    t.relation = c[1] == "-"sv ? std::string() : std::string(c[1]);
    static const std::pair<const char*, Frame> kFrames[] = {
        {"transfer", Frame::kTransfer}, {"receive", Frame::kReceive}, {"use", Frame::kUse},
        {"attack", Frame::kAttack},     {"statement", Frame::kStatement},
        {"violate", Frame::kViolate},   {"member", Frame::kMember},
        {"impact", Frame::kImpact}};
    bool found = false;
    for (const auto& [name, frame] : kFrames) {
      if (c[2] == name) {
        t.frame = frame;
        found = true;
      }
    }
    if (!found) {
      return Status::InvalidInput(path + ":" + std::to_string(line) + ": unknown frame " + QuoteInput(c[2]));
    }
    t.noun = c[3] == "noun"sv;
    for (auto form : Split(c[0], '|')) {
      form = Trim(form);
      if (form.empty()) continue;
      TriggerInfo ti = t;
      // Regular past participles end in -ed; irregular ones are a word class.
      ti.passive_participle =
          !t.noun && (HasSuffix(WordClass::kPastSuffixes, form, 2) ||
                      InClass(WordClass::kIrregularParticiples, text::NormalizePhrase(form)));
      int32_t index = static_cast<int32_t>(trigger_info_.size());
      trigger_info_.push_back(ti);
      triggers_.Add(form, index, /*case_sensitive=*/false);
    }
    return Status::Ok();
  });
}

Status Lexicon::LoadWords(const std::string& path) {
  // class  word|word|...
  return ForEachRow(path, 2, [&](const std::vector<std::string_view>& c, std::size_t line) {
    int bit = -1;
    for (int k = 0; k < static_cast<int>(WordClass::kCount); ++k) {
      if (c[0] == kWordClassNames[k]) bit = k;
    }
    if (bit < 0) {
      return Status::InvalidInput(path + ":" + std::to_string(line) + ": unknown word class " +
                                  QuoteInput(c[0]));
    }
    for (auto w : Split(c[1], '|')) {
      w = Trim(w);
      if (w.empty()) continue;
      std::string norm = text::NormalizePhrase(w);
      if (c[0] == "sentence_openers"sv) segmenter_.openers.insert(norm);
      word_bits_.Insert(text::HashNorm(norm)).set(bit);
      words_[bit].push_back(norm);
      if (norm.find(' ') != std::string::npos) {
        // A phrase: also matched token by token in text ("as well as").
        std::vector<uint64_t> hashes;
        for (auto token : Split(norm, ' ')) {
          if (!token.empty()) hashes.push_back(text::HashNorm(token));
        }
        auto& phrases = phrases_[bit];
        auto at = std::find_if(phrases.begin(), phrases.end(),
                               [&](const std::vector<uint64_t>& p) { return p.size() < hashes.size(); });
        phrases.insert(at, std::move(hashes));
      }
    }
    return Status::Ok();
  });
}

bool Lexicon::HasSuffix(WordClass suffixes, std::string_view w, std::size_t longer_than) const {
  if (w.size() <= longer_than) return false;
  for (const std::string& suffix : Words(suffixes)) {
    if (w.size() >= suffix.size() && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0) return true;
  }
  return false;
}

bool Lexicon::HasPrefix(WordClass prefixes, std::string_view w) const {
  for (const std::string& prefix : Words(prefixes)) {
    if (w.compare(0, prefix.size(), prefix) == 0) return true;
  }
  return false;
}

Result<Lexicon> Lexicon::LoadDir(std::string_view schema_dir) {
  Lexicon lex;
  std::string dir(schema_dir);
  NEWSGRAPH_RETURN_IF_ERROR(lex.LoadCountries(dir + "/lexicon/countries.tsv"));
  NEWSGRAPH_RETURN_IF_ERROR(lex.LoadEntities(dir + "/lexicon/organizations.tsv", "actor"));
  NEWSGRAPH_RETURN_IF_ERROR(lex.LoadEntities(dir + "/lexicon/weapons.tsv", "weapon"));
  NEWSGRAPH_RETURN_IF_ERROR(lex.LoadEntities(dir + "/lexicon/locations.tsv", "location"));
  NEWSGRAPH_RETURN_IF_ERROR(lex.LoadEntities(dir + "/lexicon/persons.tsv", "person"));
  NEWSGRAPH_RETURN_IF_ERROR(lex.LoadTitles(dir + "/lexicon/titles.tsv"));
  NEWSGRAPH_RETURN_IF_ERROR(lex.LoadAbbreviations(dir + "/lexicon/abbreviations.txt"));
  NEWSGRAPH_RETURN_IF_ERROR(lex.LoadWords(dir + "/extract/words.tsv"));
  NEWSGRAPH_RETURN_IF_ERROR(lex.LoadTriggers(dir + "/extract/triggers.tsv"));
  for (const LexEntity& e : lex.entities_) {
    if (e.type != "weapon"sv) continue;
    if (e.weapon_class.empty()) lex.weapon_classes_.insert(e.id);
    else lex.weapon_classes_.insert(e.weapon_class);
  }
  return lex;
}

}  // namespace newsgraph::extract
