// The knowledge base: one SQLite file that grows article by article.
//
// Each article is stored once (by the SHA-256 of its clean text) with its
// metadata, the entities it names and the facts it states with their
// evidence. Entities and facts merge across articles by canonical identity
// (entity id; source, type, target), and every statement keeps the article it
// came from, so any slice of the store rebuilds the graph `extract` would
// give for those articles. An article whose address (or title and outlet) is
// known but whose text changed is a new version of that story.
//
//   Result<StoreSchema> schema = StoreSchema::LoadDir(FindSchemaDir());
//   Result<Store> store = Store::Open("news.db", Store::Mode::kWrite, schema.value());
//   store->Begin();
//   Result<AddResult> r = store->Add(article, "in/a.txt", graph_of_article);
//   store->Commit();                       // one transaction per batch
//   Result<Graph> g = store->Export(filter);  // see store_query.hpp
//
// The file is in WAL mode: readers (export, facts, stats) run while a writer
// adds; a writer killed mid-batch leaves every committed batch and nothing of
// the unfinished one. A Store is used by one thread at a time.
#ifndef NEWSGRAPH_STORE_HPP_
#define NEWSGRAPH_STORE_HPP_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/article.hpp"
#include "newsgraph/graph.hpp"
#include "newsgraph/status.hpp"
#include "newsgraph/store_query.hpp"

namespace newsgraph {

// The store's schema, as data (schemas/store.sql): its SQL, the schema
// version (PRAGMA user_version) and the file's mark (PRAGMA application_id).
struct StoreSchema {
  std::string sql;
  int version = 0;
  std::int64_t application_id = 0;

  // Runs sql on an empty in-memory database to learn its version and mark;
  // name is used in error messages.
  static Result<StoreSchema> Parse(std::string_view sql, std::string_view name);
  // Reads <schema_dir>/store.sql.
  static Result<StoreSchema> LoadDir(std::string_view schema_dir);
};

// An article as the store holds it.
struct StoredArticle {
  std::int64_t id = 0;       // 1, 2, ... in the order of addition
  std::string content_hash;  // SHA-256 of the clean text, hex
  std::string name, path, title, date, day, outlet, address, format;
  std::string story;         // the story key ("" when neither address nor title is known)
  int version = 1;           // within its story
};

struct AddResult {
  enum class Outcome { kAdded, kNewVersion, kDuplicate };
  Outcome outcome = Outcome::kAdded;
  // The new article, or for kDuplicate the one already stored.
  StoredArticle article;
};

// The story an article belongs to: "url ADDRESS" when its address is known,
// else "title OUTLET<TAB>TITLE" when its title is, else "".
std::string StoryKey(const Article& article);
// A story key for people: the address, or 'TITLE' (OUTLET).
std::string DescribeStory(std::string_view key);
// The date as YYYY-MM-DD when it is ISO 8601 ("2024-03-05",
// "2024-03-05T10:00:00Z", "2024/03/05", "20240305"), else "".
std::string DayOf(std::string_view date);
// SHA-256 of the article's text, hex: its identity in the store.
std::string ContentHash(const Article& article);

struct VersionPair;

class Store {
 public:
  enum class Mode {
    kRead,   // queries only; the file must exist
    kWrite,  // creates the file when missing
  };

  // Opens (or creates) a store. Refused by name: a file that is not an SQLite
  // database or not a newsgraph store, a store of a newer schema version.
  static Result<Store> Open(const std::string& path, Mode mode, const StoreSchema& schema);

  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  ~Store();

  const std::string& path() const;
  // The most memory SQLite's page cache of this connection takes (a store
  // opened for writing starts with 16 MB).
  Status SetCacheLimit(std::size_t megabytes);

  // A batch: everything added between Begin and Commit lands together or not
  // at all. REQUIRES: Mode::kWrite.
  Status Begin();
  Status Commit();
  Status Rollback();
  // The stored article with this content hash, if any (inside or outside a batch).
  Result<std::optional<StoredArticle>> FindByHash(std::string_view content_hash) const;
  // Adds article with graph, its own extraction (nothing else merged in);
  // path is where it was read from. A known text changes nothing (kDuplicate).
  // REQUIRES: inside a batch.
  Result<AddResult> Add(const Article& article, std::string_view path, const Graph& graph);

  // Articles matching the article filters of filter (dates, sources,
  // articles), in the order of addition.
  Result<std::vector<StoredArticle>> Articles(const StoreFilter& filter) const;
  // The graph of the matching facts: what extract would give for the
  // matching articles, cut down to the facts and entities the filter keeps.
  Result<Graph> Export(const StoreFilter& filter) const;
  // The matching statements, one per fact and article, with their evidence.
  Result<std::vector<FactRecord>> Facts(const StoreFilter& filter) const;
  Result<StoreStats> Stats() const;
  // The versions of the story whose address is key (or whose title is key),
  // oldest first; empty when there is none.
  Result<std::vector<StoredArticle>> Versions(std::string_view key) const;
  // The graph of one stored article.
  Result<Graph> ArticleGraph(std::int64_t article_id) const;

  // Two versions of the story key (see Versions) and their graphs: versions
  // old_version and new_version, or the latest two when both are 0. Errors
  // name the story and the versions it has.
  Result<VersionPair> LoadVersions(std::string_view key, int old_version, int new_version) const;

  struct Impl;  // defined in src/store/store_impl.hpp, for the store's own sources

 private:
  static Result<Store> OpenStore(const std::string& path, Mode mode, const StoreSchema& schema);
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

struct VersionPair {
  StoredArticle old_article, new_article;
  Graph old_graph, new_graph;
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_STORE_HPP_
