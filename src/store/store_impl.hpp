// What the store's source files share (not a public API): the connection,
// the statements kept prepared for adding, and the row readers.
#ifndef NEWSGRAPH_STORE_STORE_IMPL_HPP_
#define NEWSGRAPH_STORE_STORE_IMPL_HPP_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <sqlite3.h>

#include "newsgraph/store.hpp"
#include "store/sqlite.hpp"
#include "store/store_writer.hpp"

namespace newsgraph {

struct Store::Impl {
  sqlite3* db = nullptr;
  std::string path;
  Mode mode = Mode::kRead;
  bool in_batch = false;
  // Prepared on first use, by SQL text.
  std::map<std::string, store::Statement, std::less<>> statements;
  // What Add writes, prepared at the first Begin; holds the open batch.
  std::unique_ptr<store::Writer> writer;

  ~Impl() {
    writer.reset();  // finalize before closing
    statements.clear();
    if (db) sqlite3_close_v2(db);
  }

  // The statement for sql, prepared once and reset for reuse.
  Result<store::Statement*> Prepared(std::string_view sql);
  Status Error(int code) const { return store::SqliteError(code, db, path); }
  // Steps a statement that returns no row; an error names the store.
  Status Done(store::Statement* s) const {
    int rc = s->Step();
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? Status::Ok() : Error(rc);
  }
};

namespace store {

// The columns of StoredArticle, in this order, for "SELECT <kArticleColumns>
// FROM articles a LEFT JOIN stories s ON s.id = a.story_id".
extern const char* const kArticleColumns;
StoredArticle ReadArticle(const Statement& s);

// JSON object text <-> a string map (roles, extra attributes).
std::string MapToJson(const std::map<std::string, std::string>& m);
std::map<std::string, std::string> JsonToMap(std::string_view json);

}  // namespace store
}  // namespace newsgraph

#endif  // NEWSGRAPH_STORE_STORE_IMPL_HPP_
