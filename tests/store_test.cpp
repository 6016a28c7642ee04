// The knowledge base: creating and refusing stores, adding articles once,
// versions, and slices that rebuild what extract gives.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "newsgraph/article.hpp"
#include "newsgraph/extractor.hpp"
#include "newsgraph/file_util.hpp"
#include "newsgraph/graphml.hpp"
#include "newsgraph/store.hpp"
#include "store/sha256.hpp"
#include "store/store_impl.hpp"

using namespace newsgraph;  // NOLINT: test file

namespace {

const Extractor& TheExtractor() {
  static Extractor extractor = [] {
    Result<Extractor> e = Extractor::Load(NEWSGRAPH_SCHEMA_DIR);
    if (!e.ok()) throw std::runtime_error(e.status().ToString());
    return std::move(e.value());
  }();
  return extractor;
}

const StoreSchema& TheSchema() {
  static StoreSchema schema = [] {
    Result<StoreSchema> s = StoreSchema::LoadDir(NEWSGRAPH_SCHEMA_DIR);
    if (!s.ok()) throw std::runtime_error(s.status().ToString());
    return std::move(s.value());
  }();
  return schema;
}

// A fresh store path in a temporary directory.
std::string TempStore(const char* tag) {
  std::string dir = "/tmp/newsgraph-store-test-" + std::to_string(::getpid());
  std::string mk = "mkdir -p " + dir;
  REQUIRE(std::system(mk.c_str()) == 0);
  std::string path = dir + "/" + tag + ".db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  return path;
}

Article Make(const std::string& name, const std::string& text, const std::string& url = "",
             const std::string& date = "") {
  Result<Article> a = LoadArticle(text, name);
  REQUIRE(a.ok());
  a->url = url;
  a->date = date;
  return a.value();
}

Graph ExtractOne(const Article& a) {
  Graph g;
  REQUIRE(TheExtractor().Extract(a, &g).ok());
  return g;
}

std::string Graphml(const Graph& g) {
  std::ostringstream out;
  REQUIRE(WriteGraphml(g, TheExtractor().ontology(), out).ok());
  return out.str();
}

AddResult::Outcome AddOne(Store& store, const Article& a) {
  REQUIRE(store.Begin().ok());
  Result<AddResult> r = store.Add(a, a.name, ExtractOne(a));
  REQUIRE(r.ok());
  REQUIRE(store.Commit().ok());
  return r->outcome;
}

const char* const kSupply =
    "Iran supplies drones\n\nIran supplied Shahed-136 drones to Russia in March, Ukraine said.\n";
const char* const kSupplyV2 =
    "Iran supplies drones\n\nIran supplied Shahed-136 drones to Russia in March, Ukraine said. "
    "The United States condemned Iran.\n";
const char* const kSanction =
    "New sanctions\n\nThe European Union sanctioned North Korea on Monday. Russia used KN-23 "
    "missiles against Kharkiv.\n";

}  // namespace

TEST_CASE("roles and attributes are stored as the JSON nlohmann writes, and read back") {
  using Map = std::map<std::string, std::string>;
  const Map map = GENERATE(Map{}, Map{{"agent", "USA"}, {"patient", "IRN"}},
                           Map{{"say", "he said \"no\""}}, Map{{"path", "a\\b"}},
                           Map{{"line", "one\ntwo\x01"}}, Map{{"name", "Z\xc3\xbcrich"}},
                           Map{{"bad", "x\xff\xfe"}}, Map{{"del", "\x7f"}, {"", "empty key"}});
  CAPTURE(map);
  const std::string json = store::MapToJson(map);
  CHECK(json == nlohmann::json(map).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  if (map.count("bad") == 0) CHECK(store::JsonToMap(json) == map);
}

TEST_CASE("sha256 matches the FIPS 180-4 examples") {
  // Both the portable code and, on a CPU that has them, the SHA instructions;
  // lengths around the block size (55, 56, 64 bytes) take one or two tail blocks.
  const bool portable = GENERATE(true, false);
  if (!portable && !store::HasShaInstructions()) return;
  CAPTURE(portable);
  CHECK(store::Sha256Hex("", portable) ==
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(store::Sha256Hex("abc", portable) ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(store::Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", portable) ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(store::Sha256Hex(std::string(1000000, 'a'), portable) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  // The two ways agree on every length of a varied text.
  std::string text;
  for (int i = 0; i < 300; ++i) text += static_cast<char>('a' + (i * 7 + i / 13) % 26);
  for (std::size_t n = 0; n <= text.size(); ++n) {
    CAPTURE(n);
    CHECK(store::Sha256Hex(std::string_view(text).substr(0, n), portable) ==
          store::Sha256Hex(std::string_view(text).substr(0, n), true));
  }
}

TEST_CASE("DayOf reads ISO dates only") {
  struct Case {
    const char* in;
    const char* day;
  };
  const Case cases[] = {{"2024-03-05", "2024-03-05"},       {"2024-03-05T10:00:00Z", "2024-03-05"},
                        {"2024/03/05", "2024-03-05"},       {"20240305", "2024-03-05"},
                        {"March 5, 2024", ""},              {"2024-13-05", ""},
                        {"", ""},                           {"2024-03-051", ""}};
  for (const Case& c : cases) CHECK(DayOf(c.in) == c.day);
}

TEST_CASE("a store holds each article once and its changed texts as versions") {
  const std::string path = TempStore("versions");
  Result<Store> store = Store::Open(path, Store::Mode::kWrite, TheSchema());
  REQUIRE(store.ok());
  const Article v1 = Make("v1.txt", kSupply, "https://news.example/iran-drones", "2024-03-05");
  const Article v2 = Make("v2.txt", kSupplyV2, "https://news.example/iran-drones", "2024-03-06");
  CHECK(AddOne(store.value(), v1) == AddResult::Outcome::kAdded);
  CHECK(AddOne(store.value(), v1) == AddResult::Outcome::kDuplicate);
  CHECK(AddOne(store.value(), v2) == AddResult::Outcome::kNewVersion);
  // Same title, no address: a story by title (and outlet).
  const Article other = Make("other.txt", kSanction);
  CHECK(AddOne(store.value(), other) == AddResult::Outcome::kAdded);

  Result<std::vector<StoredArticle>> versions = store->Versions("https://news.example/iran-drones");
  REQUIRE(versions.ok());
  REQUIRE(versions->size() == 2);
  CHECK(versions.value()[0].name == "v1.txt");
  CHECK(versions.value()[1].version == 2);
  CHECK(versions.value()[1].day == "2024-03-06");

  Result<StoreStats> stats = store->Stats();
  REQUIRE(stats.ok());
  CHECK(stats->articles == 3);
  CHECK(stats->versions == 1);
  CHECK(stats->first_day == "2024-03-05");
  CHECK(stats->undated == 1);

  // The graph of one version is that version's extraction.
  Result<Graph> g2 = store->ArticleGraph(versions.value()[1].id);
  REQUIRE(g2.ok());
  CHECK(Graphml(g2.value()) == Graphml([&] {
          Graph g = ExtractOne(v2);
          g.attributes()["date"] = "2024-03-06";
          return g;
        }()));
}

TEST_CASE("export rebuilds the merged graph of extract; filters slice it") {
  const std::string path = TempStore("export");
  Result<Store> store = Store::Open(path, Store::Mode::kWrite, TheSchema());
  REQUIRE(store.ok());
  const Article a = Make("a.txt", kSupply, "", "2024-03-05");
  const Article b = Make("b.txt", kSanction, "", "2024-04-01");
  AddOne(store.value(), a);
  AddOne(store.value(), b);
  Graph merged = ExtractOne(a);
  merged.Merge(ExtractOne(b));
  Result<Graph> all = store->Export(StoreFilter());
  REQUIRE(all.ok());
  CHECK(Graphml(all.value()) == Graphml(merged));

  SECTION("dates") {
    StoreFilter f;
    f.since = "2024-04-01";
    Result<Graph> g = store->Export(f);
    REQUIRE(g.ok());
    CHECK(g->FindNode("PRK"));
    CHECK_FALSE(g->FindNode("IRN"));
  }
  SECTION("types") {
    StoreFilter f;
    f.types = {"supplied"};
    Result<std::vector<FactRecord>> facts = store->Facts(f);
    REQUIRE(facts.ok());
    REQUIRE_FALSE(facts->empty());
    for (const FactRecord& r : facts.value()) {
      CHECK(r.type == "supplied");
      CHECK(r.article == "a.txt");
      CHECK_FALSE(r.evidence.empty());
    }
  }
  SECTION("neighbourhood") {
    StoreFilter f;
    f.entity = "RUS";
    f.depth = 1;
    Result<Graph> g = store->Export(f);
    REQUIRE(g.ok());
    CHECK(g->FindNode("RUS"));
    CHECK_FALSE(g->FindNode("european-union"));
    for (const Graph::Edge& e : g->SortedEdges()) {
      const bool touches = g->node(g->source(e)).id == "RUS" || g->node(g->target(e)).id == "RUS";
      CHECK(touches);
    }
    f.entity = "nobody";
    CHECK(store->Export(f).status().code() == Status::Code::kNotFound);
  }
}

TEST_CASE("stores are refused by name") {
  SECTION("not an SQLite file") {
    const std::string path = TempStore("text");
    std::ofstream(path) << "just some text, long enough to be looked at by SQLite as a header\n";
    Result<Store> s = Store::Open(path, Store::Mode::kWrite, TheSchema());
    REQUIRE_FALSE(s.ok());
    CHECK(s.status().message().find("not a newsgraph store") != std::string::npos);
  }
  SECTION("another program's database") {
    const std::string path = TempStore("other");
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    Result<Store> s = Store::Open(path, Store::Mode::kWrite, TheSchema());
    REQUIRE_FALSE(s.ok());
    CHECK(s.status().message().find("not a newsgraph store") != std::string::npos);
  }
  SECTION("a newer schema version") {
    const std::string path = TempStore("newer");
    REQUIRE(Store::Open(path, Store::Mode::kWrite, TheSchema()).ok());
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    const std::string bump = "PRAGMA user_version = " + std::to_string(TheSchema().version + 1);
    REQUIRE(sqlite3_exec(db, bump.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    Result<Store> s = Store::Open(path, Store::Mode::kRead, TheSchema());
    REQUIRE_FALSE(s.ok());
    CHECK(s.status().message().find("is newer than this newsgraph's") != std::string::npos);
  }
  SECTION("a missing store is not created for reading") {
    const std::string path = TempStore("missing");
    CHECK(Store::Open(path, Store::Mode::kRead, TheSchema()).status().code() ==
          Status::Code::kNotFound);
  }
}

TEST_CASE("the schema is data with a version") {
  CHECK(TheSchema().version >= 1);
  CHECK_FALSE(StoreSchema::Parse("CREATE TABLE t(x);", "bad.sql").ok());
  CHECK_FALSE(StoreSchema::Parse("CREATE TABLE (", "broken.sql").ok());
}
