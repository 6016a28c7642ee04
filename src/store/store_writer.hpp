// What Store::Add writes (not a public API): the rows of one article, with
// the statements prepared once per connection, and what a batch keeps in
// memory until its commit.
//
// The writing thread is add's serial part, so it does no work twice: each
// statement is prepared once and its text parameters point at the caller's
// strings (no copies); an entity named by many articles of a batch is written
// once, at the batch's end, with its totals (Flush); a fact met again in the
// batch (or lately) is not looked up again, and a new one is inserted
// without a lookup first. What is held is bounded: the entities of a batch,
// and at most kKnownFacts fact ids.
#ifndef NEWSGRAPH_STORE_STORE_WRITER_HPP_
#define NEWSGRAPH_STORE_STORE_WRITER_HPP_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include <sqlite3.h>

#include "newsgraph/graph.hpp"
#include "newsgraph/status.hpp"
#include "newsgraph/store.hpp"
#include "store/sqlite.hpp"

namespace newsgraph::store {

class Writer {
 public:
  // Prepares the statements on db (a connection opened for writing); errors
  // name path. REQUIRES: db outlives the Writer.
  static Result<std::unique_ptr<Writer>> Prepare(sqlite3* db, std::string_view path);

  // The id of the story key (created when new) and the version an article
  // added to it now gets.
  Status Story(const std::string& key, std::int64_t* story, int* version);
  // Inserts the article row (a.id is ignored); returns its id. story 0: none.
  Result<std::int64_t> InsertArticle(const StoredArticle& a, std::size_t text_bytes,
                                     std::int64_t story);
  // The article's mentions (and its share of the entity totals) and its
  // statements with their evidence, merged into facts by (source, type, target).
  Status AddGraph(std::int64_t article_id, const Graph& graph);
  // Writes the entity totals of the batch. REQUIRES: before its COMMIT.
  Status Flush();
  // After the batch's COMMIT: forgets its entity totals; the fact ids stay
  // known (at most kKnownFacts of them).
  void Committed();
  // After a ROLLBACK: forgets the batch, and the fact ids (those it created
  // no longer exist).
  void Clear();

 private:
  // An entity's totals over the articles of the batch, merged as the upsert
  // of Flush merges them into the stored row (the same result as one upsert
  // per article, in any grouping).
  struct EntityTotal {
    std::string type, kind, label, iso3;
    std::int64_t mentions = 0, articles = 0;
  };

  Writer(sqlite3* db, std::string_view path) : db_(db), path_(path) {}
  Status Error(int code) const { return SqliteError(code, db_, path_); }
  // A row the insert said exists but the lookup did not find.
  Status Lost(const std::string& what) const;
  // Steps s (which returns no row we need) and resets it for the next use.
  Status Run(Statement& s) const;
  Result<std::int64_t> FactId(const std::string& source, const std::string& type,
                              const std::string& target);
  void Count(const NodeData& n);

  sqlite3* db_;
  std::string path_;
  Statement find_story_, add_story_, last_version_, add_article_;
  Statement add_mention_, upsert_entity_;
  Statement add_fact_, find_fact_, add_statement_, add_evidence_;
  std::unordered_map<std::string, EntityTotal> entities_;  // by id (Flush sorts them)
  // Fact ids met lately, "source\0type\0target" -> id: a fact stated again
  // costs no lookup. Emptied when it holds kKnownFacts (memory stays bounded).
  static constexpr std::size_t kKnownFacts = 8192;
  std::unordered_map<std::string, std::int64_t> facts_;
};

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_STORE_WRITER_HPP_
