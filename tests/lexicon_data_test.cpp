// Checks the format and a few facts of the gazetteers and lexicons in schemas/lexicon/, which the
// extractor loads at start. Every file in the folder must be one of the known files below, so a new
// file gets a format check before it is used.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

const std::string kLexiconDir = std::string(NEWSGRAPH_SCHEMA_DIR) + "/lexicon";

struct Row {
  int line_number = 0;
  std::vector<std::string> columns;
};

struct Table {
  std::string file;
  std::vector<Row> rows;
  std::vector<std::string> errors;  // "file:line: message"
};

// Column counts of each known file; abbreviations.txt has one column and an optional second one.
const std::map<std::string, std::pair<size_t, size_t>> kColumns = {
    {"countries.tsv", {5, 5}}, {"organizations.tsv", {5, 5}}, {"weapons.tsv", {5, 5}},
    {"titles.tsv", {3, 3}},    {"locations.tsv", {4, 4}},     {"abbreviations.txt", {1, 2}},
    {"persons.tsv", {5, 5}},
};

bool IsValidUtf8(const std::string& s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t extra = 0;
    unsigned min_code = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      extra = 1, min_code = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      extra = 2, min_code = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      extra = 3, min_code = 0x10000;
    } else {
      return false;
    }
    if (i + extra >= s.size()) return false;
    unsigned code = c & (0x3F >> extra);
    for (size_t k = 1; k <= extra; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      code = (code << 6) | (cc & 0x3F);
    }
    if (code < min_code || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
    i += extra + 1;
  }
  return true;
}

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(s);
  while (std::getline(in, part, sep)) parts.push_back(part);
  if (!s.empty() && s.back() == sep) parts.emplace_back();
  if (s.empty()) parts.emplace_back();
  return parts;
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool HasOuterSpace(const std::string& s) {
  return !s.empty() && (std::isspace(static_cast<unsigned char>(s.front())) ||
                        std::isspace(static_cast<unsigned char>(s.back())));
}

// Reads a lexicon file: skips '#' comments, splits on TAB, records format errors.
Table Load(const std::string& file) {
  Table table;
  table.file = file;
  const auto [min_cols, max_cols] = kColumns.at(file);
  std::ifstream in(kLexiconDir + "/" + file, std::ios::binary);
  if (!in) {
    table.errors.push_back(file + ": cannot open");
    return table;
  }
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    const std::string where = file + ":" + std::to_string(number) + ": ";
    if (!line.empty() && line.back() == '\r') {
      table.errors.push_back(where + "CRLF line ending");
      line.pop_back();
    }
    if (!IsValidUtf8(line)) {
      table.errors.push_back(where + "invalid UTF-8");
      continue;
    }
    if (line.empty()) {
      table.errors.push_back(where + "blank line");
      continue;
    }
    if (line[0] == '#') continue;
    Row row{number, Split(line, '\t')};
    if (row.columns.size() < min_cols || row.columns.size() > max_cols) {
      table.errors.push_back(where + std::to_string(row.columns.size()) + " columns, expected " +
                             std::to_string(min_cols) + ": '" + line + "'");
      continue;
    }
    for (const auto& col : row.columns) {
      if (HasOuterSpace(col)) table.errors.push_back(where + "padded column '" + col + "'");
      if (col.find('|') == std::string::npos) continue;
      for (const auto& value : Split(col, '|')) {
        if (value.empty() || HasOuterSpace(value)) {
          table.errors.push_back(where + "empty or padded '|' value in '" + col + "'");
        }
      }
    }
    if (row.columns[0].empty()) table.errors.push_back(where + "empty first column");
    table.rows.push_back(std::move(row));
  }
  if (table.rows.empty()) table.errors.push_back(file + ": no entries");
  return table;
}

std::string Join(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

void RequireNoErrors(const std::vector<std::string>& errors) {
  INFO(Join(errors));
  CHECK(errors.empty());
}

std::set<std::string> CountryCodes() {
  std::set<std::string> codes;
  for (const auto& row : Load("countries.tsv").rows) codes.insert(row.columns[0]);
  return codes;
}

bool IsIso3(const std::string& s) {
  return s.size() == 3 &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return c >= 'A' && c <= 'Z'; });
}

bool IsSlug(const std::string& s) {
  if (s.empty() || s.front() == '-' || s.back() == '-') return false;
  return std::all_of(s.begin(), s.end(), [](unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

// Returns the alias clashes of a gazetteer: a name or alias (compared case-insensitively) given to
// two different entries. `name_columns` are the columns holding names and '|'-joined aliases.
std::vector<std::string> AliasClashes(const Table& table, const std::vector<size_t>& name_columns) {
  std::map<std::string, std::set<std::string>> owners;
  for (const auto& row : table.rows) {
    for (size_t c : name_columns) {
      if (c >= row.columns.size() || row.columns[c].empty()) continue;
      for (const auto& value : Split(row.columns[c], '|')) {
        owners[Lower(value)].insert(row.columns[0]);
      }
    }
  }
  std::vector<std::string> clashes;
  for (const auto& [alias, ids] : owners) {
    if (ids.size() < 2) continue;
    std::string line = table.file + ": '" + alias + "' names";
    for (const auto& id : ids) line += " " + id;
    clashes.push_back(line);
  }
  return clashes;
}

// Returns the names and aliases (compared case-insensitively) that entries of two different
// gazetteer files share: the extractor matches all files through one phrase table, so such a name
// would make one mention two entities ("Golani" the person and the brigade). Each gazetteer is a
// table with its name columns.
std::vector<std::string> CrossFileClashes(
    const std::vector<std::pair<Table, std::vector<size_t>>>& gazetteers) {
  std::map<std::string, std::set<std::string>> owners;  // alias -> "file:id"
  std::map<std::string, std::set<std::string>> files;   // alias -> file
  for (const auto& [table, name_columns] : gazetteers) {
    for (const auto& row : table.rows) {
      for (size_t c : name_columns) {
        if (c >= row.columns.size() || row.columns[c].empty()) continue;
        for (const auto& value : Split(row.columns[c], '|')) {
          owners[Lower(value)].insert(table.file + ":" + row.columns[0]);
          files[Lower(value)].insert(table.file);
        }
      }
    }
  }
  std::vector<std::string> clashes;
  for (const auto& [alias, where] : owners) {
    if (files[alias].size() < 2) continue;
    std::string line = "'" + alias + "' names";
    for (const auto& w : where) line += " " + w;
    clashes.push_back(line);
  }
  return clashes;
}

// Returns the row of `table` whose first column is `id`, or null; the row lives as long as `table`.
const Row* Find(const Table& table, const std::string& id) {
  for (const auto& row : table.rows) {
    if (row.columns[0] == id) return &row;
  }
  return nullptr;
}

bool HasValue(const std::string& column, const std::string& value) {
  const auto values = Split(column, '|');
  return std::find(values.begin(), values.end(), value) != values.end();
}

}  // namespace

TEST_CASE("every file in schemas/lexicon is a known lexicon file", "[lexicon]") {
  std::vector<std::string> unknown;
  size_t seen = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kLexiconDir)) {
    const std::string name = entry.path().filename().string();
    if (kColumns.count(name)) {
      ++seen;
    } else {
      unknown.push_back(name + ": no format check for this file");
    }
  }
  RequireNoErrors(unknown);
  CHECK(seen == kColumns.size());
}

TEST_CASE("lexicon files are well-formed TSV", "[lexicon]") {
  const std::string file =
      GENERATE(as<std::string>{}, "countries.tsv", "organizations.tsv", "weapons.tsv", "titles.tsv",
               "locations.tsv", "abbreviations.txt");
  SECTION(file) {
    const Table table = Load(file);
    RequireNoErrors(table.errors);
    std::vector<std::string> errors;
    std::set<std::string> ids;
    for (const auto& row : table.rows) {
      const std::string where = file + ":" + std::to_string(row.line_number) + ": ";
      if (!ids.insert(row.columns[0]).second) {
        errors.push_back(where + "duplicate id '" + row.columns[0] + "'");
      }
      // Every gazetteer has a non-empty name in its second column.
      if (file != "titles.tsv" && file != "abbreviations.txt" && row.columns[1].empty()) {
        errors.push_back(where + "empty name");
      }
      if ((file == "organizations.tsv" || file == "weapons.tsv" || file == "locations.tsv") &&
          !IsSlug(row.columns[0])) {
        errors.push_back(where + "id is not a lower-case slug: '" + row.columns[0] + "'");
      }
    }
    RequireNoErrors(errors);
  }
}

TEST_CASE("countries: ISO3 codes are unique upper-case triples", "[lexicon]") {
  const Table table = Load("countries.tsv");
  std::vector<std::string> errors;
  for (const auto& row : table.rows) {
    if (!IsIso3(row.columns[0])) {
      errors.push_back("countries.tsv:" + std::to_string(row.line_number) + ": bad ISO3 '" +
                       row.columns[0] + "'");
    }
  }
  RequireNoErrors(errors);
  // 193 U.N. members, 2 observers, Taiwan and Kosovo.
  CHECK(table.rows.size() >= 195);
  CHECK(CountryCodes().size() == table.rows.size());
}

TEST_CASE("country and origin columns name a country of countries.tsv", "[lexicon]") {
  const auto codes = CountryCodes();
  REQUIRE(codes.count("USA") == 1);
  const std::vector<std::pair<std::string, size_t>> columns = {
      {"organizations.tsv", 3}, {"weapons.tsv", 4}, {"locations.tsv", 3}};
  std::vector<std::string> errors;
  for (const auto& [file, col] : columns) {
    for (const auto& row : Load(file).rows) {
      const std::string& code = row.columns[col];
      if (!code.empty() && codes.count(code) == 0) {
        errors.push_back(file + ":" + std::to_string(row.line_number) + ": unknown country '" +
                         code + "'");
      }
    }
  }
  RequireNoErrors(errors);
}

TEST_CASE("weapons: each system names a class defined in the file", "[lexicon]") {
  const Table table = Load("weapons.tsv");
  // A class is a line that other lines name in their class column (a system's
  // class, or a class's broader class), or a line with an empty class column.
  std::set<std::string> ids, classes;
  for (const auto& row : table.rows) {
    ids.insert(row.columns[0]);
    if (row.columns[3].empty()) classes.insert(row.columns[0]);
  }
  for (const auto& row : table.rows) {
    if (!row.columns[3].empty() && ids.count(row.columns[3])) classes.insert(row.columns[3]);
  }
  std::vector<std::string> errors;
  for (const auto& row : table.rows) {
    const std::string& cls = row.columns[3];
    if (!cls.empty() && (ids.count(cls) == 0 || cls == row.columns[0])) {
      errors.push_back("weapons.tsv:" + std::to_string(row.line_number) + ": unknown class '" +
                       cls + "'");
    }
  }
  RequireNoErrors(errors);
  for (const char* cls : {"weapons", "ballistic-missile", "icbm", "drone", "artillery-shell",
                          "missile-launcher", "nuclear-warhead", "munitions"}) {
    INFO(cls);
    CHECK(classes.count(cls) == 1);
  }
}

TEST_CASE("weapons: a name that is a common word is only listed qualified", "[lexicon]") {
  // "Hawk", "Puma" or "Tor" alone would turn birds, cats and Tor browsers into weapon mentions;
  // they are listed as "Hawk air defense system", "Puma drone", "Tor missile system".
  const std::set<std::string> common_words = {
      "spike", "arrow",   "hero",    "hawk",  "puma",     "boxer",  "coyote",  "raven",
      "sparrow", "typhoon", "tiger", "cobra", "lynx",     "warrior", "senator", "vampire",
      "shark", "punisher", "tor",   "hammer", "meteor",  "mistral", "harpy",   "heron",
      "orbiter", "trophy", "avenger", "stunner", "nag",   "rocks",  "derby",   "python"};
  std::vector<std::string> errors;
  for (const auto& row : Load("weapons.tsv").rows) {
    std::vector<std::string> names = {row.columns[1]};
    if (!row.columns[2].empty()) {
      for (const auto& alias : Split(row.columns[2], '|')) names.push_back(alias);
    }
    for (const auto& name : names) {
      if (common_words.count(Lower(name))) {
        errors.push_back("weapons.tsv:" + std::to_string(row.line_number) +
                         ": bare common word '" + name + "'");
      }
    }
  }
  RequireNoErrors(errors);
}

TEST_CASE("organizations: category is one of the known categories", "[lexicon]") {
  const std::set<std::string> categories = {"intl-org",    "un-body",     "gov-body", "military",
                                            "armed-group", "news-agency", "ngo",      "company"};
  std::vector<std::string> errors;
  for (const auto& row : Load("organizations.tsv").rows) {
    if (categories.count(row.columns[4]) == 0) {
      errors.push_back("organizations.tsv:" + std::to_string(row.line_number) +
                       ": unknown category '" + row.columns[4] + "'");
    }
  }
  RequireNoErrors(errors);
}

TEST_CASE("titles: lower-case, represents and honorific values valid", "[lexicon]") {
  std::vector<std::string> errors;
  for (const auto& row : Load("titles.tsv").rows) {
    const std::string where = "titles.tsv:" + std::to_string(row.line_number) + ": ";
    if (row.columns[0] != Lower(row.columns[0])) {
      errors.push_back(where + "title not lower-case '" + row.columns[0] + "'");
    }
    const std::string& represents = row.columns[1];
    if (represents != "country" && represents != "body" && represents != "none") {
      errors.push_back(where + "bad represents '" + represents + "'");
    }
    if (row.columns[2] != "yes" && row.columns[2] != "no") {
      errors.push_back(where + "bad honorific '" + row.columns[2] + "'");
    }
  }
  RequireNoErrors(errors);
}

TEST_CASE("abbreviations: end with a dot, optional 'sometimes'", "[lexicon]") {
  std::vector<std::string> errors;
  for (const auto& row : Load("abbreviations.txt").rows) {
    const std::string where = "abbreviations.txt:" + std::to_string(row.line_number) + ": ";
    if (row.columns[0].back() != '.')
      errors.push_back(where + "no final dot '" + row.columns[0] + "'");
    if (row.columns.size() == 2 && row.columns[1] != "sometimes") {
      errors.push_back(where + "second column must be 'sometimes', got '" + row.columns[1] + "'");
    }
    if (row.columns[0] == "etc.") errors.push_back(where + "'etc.' often ends a sentence");
  }
  RequireNoErrors(errors);
}

TEST_CASE("no alias names two different entries of the same file", "[lexicon]") {
  const std::vector<std::pair<std::string, std::vector<size_t>>> gazetteers = {
      {"countries.tsv", {1, 2, 3, 4}},
      {"organizations.tsv", {1, 2}},
      {"weapons.tsv", {1, 2}},
      {"locations.tsv", {1, 2}},
  };
  for (const auto& [file, columns] : gazetteers) {
    RequireNoErrors(AliasClashes(Load(file), columns));
  }
}

TEST_CASE("no name or alias names entries of two different gazetteers", "[lexicon]") {
  RequireNoErrors(CrossFileClashes({{Load("countries.tsv"), {1, 2, 3, 4}},
                                    {Load("organizations.tsv"), {1, 2}},
                                    {Load("weapons.tsv"), {1, 2}},
                                    {Load("locations.tsv"), {1, 2}},
                                    {Load("persons.tsv"), {1, 2}}}));
}

TEST_CASE("the cross-file clash check finds a clash", "[lexicon]") {
  Table persons;
  persons.file = "persons.tsv";
  persons.rows = {{1, {"ahmed-al-sharaa", "Ahmed al-Sharaa", "Golani|al-Sharaa"}}};
  Table organizations;
  organizations.file = "organizations.tsv";
  organizations.rows = {{1, {"golani-brigade", "Golani Brigade", "golani"}},
                        {2, {"al-sharaa-office", "Sharaa office", "Sharaa"}}};
  const auto clashes = CrossFileClashes({{persons, {1, 2}}, {organizations, {1, 2}}});
  REQUIRE(clashes.size() == 1);
  CHECK(clashes[0] == "'golani' names organizations.tsv:golani-brigade persons.tsv:ahmed-al-sharaa");
}

TEST_CASE("the alias clash check finds a clash", "[lexicon]") {
  Table table;
  table.file = "example.tsv";
  table.rows = {{1, {"congo-a", "Congo", "DRC|Congo-Kinshasa"}},
                {2, {"congo-b", "Republic of the Congo", "congo"}}};
  const auto clashes = AliasClashes(table, {1, 2});
  REQUIRE(clashes.size() == 1);
  CHECK(clashes[0] == "example.tsv: 'congo' names congo-a congo-b");
}

TEST_CASE("the UTF-8 check rejects malformed bytes", "[lexicon]") {
  CHECK(IsValidUtf8("Côte d'Ivoire"));
  CHECK(IsValidUtf8("Türkiye"));
  CHECK_FALSE(IsValidUtf8(std::string("C\xF4te")));       // Latin-1 byte
  CHECK_FALSE(IsValidUtf8(std::string("\xC3")));          // truncated sequence
  CHECK_FALSE(IsValidUtf8(std::string("\xC0\xAF")));      // overlong encoding
  CHECK_FALSE(IsValidUtf8(std::string("\xED\xA0\x80")));  // UTF-16 surrogate
}

// One fact per row: in `file`, the entry `id` has `value` in column `column`; `whole` compares the
// whole column, otherwise `value` is one of its '|'-joined values.
struct Fact {
  const char* file;
  const char* id;
  size_t column;
  const char* value;
  bool whole;
};

TEST_CASE("lexicon facts the extractor relies on", "[lexicon]") {
  const Fact fact = GENERATE(values<Fact>({
      {"countries.tsv", "PRK", 1, "North Korea", true},
      {"countries.tsv", "PRK", 2, "DPRK", false},
      {"countries.tsv", "PRK", 4, "Pyongyang", false},
      {"countries.tsv", "USA", 2, "U.S.", false},
      {"countries.tsv", "RUS", 4, "Kremlin", false},
      {"countries.tsv", "VAT", 2, "Holy See", false},
      {"countries.tsv", "PSE", 1, "Palestine", true},
      {"countries.tsv", "TWN", 1, "Taiwan", true},
      {"countries.tsv", "XKX", 1, "Kosovo", true},
      {"countries.tsv", "NGA", 4, "Aso Rock", false},
      {"countries.tsv", "UKR", 4, "Bankova", false},
      {"organizations.tsv", "un-security-council", 2, "UNSC", false},
      {"organizations.tsv", "un-security-council", 4, "un-body", true},
      {"organizations.tsv", "white-house", 3, "USA", true},
      {"organizations.tsv", "rapid-support-forces", 4, "armed-group", true},
      {"weapons.tsv", "kn-23", 3, "ballistic-missile", true},
      {"weapons.tsv", "kn-23", 4, "PRK", true},
      {"weapons.tsv", "ah-4", 3, "howitzer", true},
      {"titles.tsv", "ambassador", 1, "country", true},
      {"titles.tsv", "ambassador", 2, "yes", true},
      {"titles.tsv", "analyst", 1, "none", true},
      {"abbreviations.txt", "U.S.", 1, "sometimes", true},
      {"locations.tsv", "kharkiv", 2, "Kharkov", false},
      {"locations.tsv", "kharkiv", 3, "UKR", true},
      {"locations.tsv", "red-sea", 3, "", true},
      {"locations.tsv", "north-darfur", 3, "SDN", true},
      {"locations.tsv", "el-fasher", 2, "al-Fashir", false},
      {"locations.tsv", "kremenchuk", 3, "UKR", true},
      {"locations.tsv", "shusha", 2, "Shushi", false},
      {"locations.tsv", "kayah-state", 2, "Karenni State", false},
      {"locations.tsv", "mischief-reef", 3, "", true},
      {"locations.tsv", "rif-dimashq", 3, "SYR", true},
      {"organizations.tsv", "uk-maritime-trade-operations", 2, "UKMTO", false},
      {"organizations.tsv", "uk-maritime-trade-operations", 4, "military", true},
      {"organizations.tsv", "karen-national-union", 4, "armed-group", true},
      {"organizations.tsv", "un-panel-of-experts-on-sudan", 4, "un-body", true},
      {"organizations.tsv", "kachin-independence-army", 2, "KIA", false},
      {"organizations.tsv", "baykar", 3, "TUR", true},
      {"weapons.tsv", "kh-50", 3, "cruise-missile", true},
      {"weapons.tsv", "aksungur", 4, "TUR", true},
      {"weapons.tsv", "hisar", 2, "Hisar-O", false},
      {"weapons.tsv", "drone", 2, "FPV drone", false},
      {"weapons.tsv", "bomb", 2, "barrel bomb", false},
      {"weapons.tsv", "k-15-sagarika", 3, "submarine-launched-ballistic-missile", true},
      {"titles.tsv", "squadron leader", 1, "country", true},
      {"titles.tsv", "external affairs minister", 2, "yes", true},
      {"titles.tsv", "government spokesperson", 1, "body", true},
      {"titles.tsv", "senior research fellow", 1, "none", true},
  }));
  INFO(fact.file << " " << fact.id << " column " << fact.column << " '" << fact.value << "'");
  const Table table = Load(fact.file);
  const Row* row = Find(table, fact.id);
  REQUIRE(row != nullptr);
  REQUIRE(row->columns.size() > fact.column);
  if (fact.whole) {
    CHECK(row->columns[fact.column] == fact.value);
  } else {
    CHECK(HasValue(row->columns[fact.column], fact.value));
  }
}

TEST_CASE("lexicon facts: what must not be there", "[lexicon]") {
  // Organizations are not capitals; a title abbreviation never ends a sentence.
  const Table countries = Load("countries.tsv");
  const Row* usa = Find(countries, "USA");
  REQUIRE(usa != nullptr);
  CHECK_FALSE(HasValue(usa->columns[4], "White House"));
  const Table abbreviations = Load("abbreviations.txt");
  const Row* gen = Find(abbreviations, "Gen.");
  REQUIRE(gen != nullptr);
  CHECK(gen->columns.size() == 1);
  // A city is not the alias of the outlet named after it; a brigade does not take a person's name.
  const Table organizations = Load("organizations.tsv");
  const Row* garowe = Find(organizations, "garowe-online");
  REQUIRE(garowe != nullptr);
  CHECK_FALSE(HasValue(garowe->columns[2], "Garowe"));
  const Row* golani = Find(organizations, "golani-brigade");
  REQUIRE(golani != nullptr);
  CHECK_FALSE(HasValue(golani->columns[2], "Golani"));
}

TEST_CASE("persons: format and references", "[lexicon]") {
  const Table table = Load("persons.tsv");
  RequireNoErrors(table.errors);
  CHECK(table.rows.size() >= 500);
  // Single-word aliases that are common lower-case English words would turn ordinary text into
  // person mentions ("prices rose in May").
  const std::set<std::string> common_words = {
      "rice",    "brown",    "black", "white", "king",     "may",    "price", "miller", "wood",
      "young",   "rose",     "hope",  "grant", "long",     "little", "love",  "march",  "green",
      "gallant", "cleverly", "truss", "moon",  "barbecue", "power",  "waltz"};
  const auto codes = CountryCodes();
  std::vector<std::string> errors;
  std::set<std::string> ids;
  for (const auto& row : table.rows) {
    const std::string where = "persons.tsv:" + std::to_string(row.line_number) + ": ";
    const std::string& id = row.columns[0];
    if (!ids.insert(id).second) errors.push_back(where + "duplicate id '" + id + "'");
    if (!IsSlug(id)) errors.push_back(where + "id is not a lower-case slug: '" + id + "'");
    if (row.columns[1].empty()) errors.push_back(where + "empty name");
    const std::string& country = row.columns[3];
    if (!country.empty() && codes.count(country) == 0) {
      errors.push_back(where + "unknown country '" + country + "'");
    }
    if (row.columns[2].empty()) continue;
    for (const auto& alias : Split(row.columns[2], '|')) {
      if (alias.find(' ') == std::string::npos && common_words.count(Lower(alias))) {
        errors.push_back(where + "alias is a common English word: '" + alias + "'");
      }
    }
  }
  RequireNoErrors(errors);
  RequireNoErrors(AliasClashes(table, {1, 2}));

  const Row* putin = Find(table, "vladimir-putin");
  REQUIRE(putin != nullptr);
  CHECK(putin->columns[1] == "Vladimir Putin");
  CHECK(putin->columns[3] == "RUS");
  CHECK(HasValue(putin->columns[2], "Putin"));
  const Row* zelenskyy = Find(table, "volodymyr-zelenskyy");
  REQUIRE(zelenskyy != nullptr);
  CHECK(HasValue(zelenskyy->columns[2], "Zelensky"));
  CHECK(zelenskyy->columns[3] == "UKR");
  const Row* guterres = Find(table, "antonio-guterres");
  REQUIRE(guterres != nullptr);
  CHECK(guterres->columns[3].empty());
  // Leaders of armed groups serve no state; U.N. envoys serve no state either.
  for (const char* id : {"musa-hilal", "hanna-tetteh"}) {
    const Row* row = Find(table, id);
    REQUIRE(row != nullptr);
    CHECK(row->columns[3].empty());
  }
  const Row* koo = Find(table, "wellington-koo");
  REQUIRE(koo != nullptr);
  CHECK(HasValue(koo->columns[2], "Koo Li-hsiung"));
  CHECK(HasValue(guterres->columns[2], "Guterres"));
  const Row* kim = Find(table, "kim-jong-un");
  REQUIRE(kim != nullptr);
  CHECK(kim->columns[3] == "PRK");
  const Row* nasrallah = Find(table, "hassan-nasrallah");
  REQUIRE(nasrallah != nullptr);
  CHECK(nasrallah->columns[3].empty());
}
