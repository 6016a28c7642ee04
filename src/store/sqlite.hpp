// A thin RAII layer over the SQLite C API for the store (not a public API):
// a connection, prepared statements, and errors as Status values that name
// the store file.
#ifndef NEWSGRAPH_STORE_SQLITE_HPP_
#define NEWSGRAPH_STORE_SQLITE_HPP_

#include <cstdint>
#include <string>
#include <string_view>

#include <sqlite3.h>

#include "newsgraph/status.hpp"

namespace newsgraph::store {

// "store.db: database or disk is full" and the like: one line, the file named.
// A read-only file or file system and a full disk get the wording users know.
Status SqliteError(int code, sqlite3* db, std::string_view path);

class Statement {
 public:
  Statement() = default;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& other) noexcept : stmt_(other.stmt_) { other.stmt_ = nullptr; }
  Statement& operator=(Statement&& other) noexcept;
  ~Statement() { sqlite3_finalize(stmt_); }

  // Prepares sql on db; errors name path.
  static Result<Statement> Prepare(sqlite3* db, std::string_view sql, std::string_view path);

  // Parameters are 1-based, as in SQLite. Text is copied.
  Statement& Bind(int i, std::string_view text);
  // Text bound without a copy. REQUIRES: text stays alive and unchanged
  // until the statement has been stepped and reset or bound again.
  Statement& BindView(int i, std::string_view text);
  Statement& Bind(int i, std::int64_t value);
  Statement& Bind(int i, int value) { return Bind(i, static_cast<std::int64_t>(value)); }
  Statement& Bind(int i, double value);
  Statement& BindNull(int i);

  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return sqlite3_step(stmt_); }
  // Resets for the next use; bindings are cleared.
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  // Resets for the next use and keeps the bindings (for a statement whose
  // parameters are all bound again before each step).
  void Rewind() { sqlite3_reset(stmt_); }

  std::string_view Text(int col) const;
  std::int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  double Real(int col) const { return sqlite3_column_double(stmt_, col); }
  bool IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

// Process-wide settings, before SQLite's first use (later calls do nothing):
// no memory statistics, so that an allocation takes no global lock (this
// SQLite is built without lookaside memory: every row written allocates).
void ConfigureSqlite();

// Runs one or more statements that return no rows we need.
Status Exec(sqlite3* db, const char* sql, std::string_view path);

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_SQLITE_HPP_
