#include "store/sqlite.hpp"

#include <utility>

namespace newsgraph::store {

Status SqliteError(int code, sqlite3* db, std::string_view path) {
  const int primary = code & 0xff;
  std::string what = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  std::string msg = std::string(path) + ": ";
  if (primary == SQLITE_FULL) {
    msg += "the disk is full (" + what + "); nothing of the unfinished batch was kept";
  } else if (primary == SQLITE_READONLY || primary == SQLITE_PERM) {
    msg += "the store is read-only (" + what + ")";
  } else if (primary == SQLITE_NOTADB) {
    msg += "not a newsgraph store (not an SQLite database)";
  } else if (primary == SQLITE_CANTOPEN) {
    msg += "cannot open the store (" + what + ")";
  } else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
    msg += "the store is busy: another process holds it (" + what + ")";
  } else {
    msg += what;
  }
  if (primary == SQLITE_FULL || primary == SQLITE_IOERR) return Status::IOError(msg);
  return primary == SQLITE_NOTADB ? Status::InvalidInput(msg) : Status::IOError(msg);
}

Statement& Statement::operator=(Statement&& other) noexcept {
  std::swap(stmt_, other.stmt_);
  return *this;
}

Result<Statement> Statement::Prepare(sqlite3* db, std::string_view sql, std::string_view path) {
  Statement s;
  int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &s.stmt_, nullptr);
  if (rc != SQLITE_OK) return SqliteError(rc, db, path);
  return s;
}

Statement& Statement::Bind(int i, std::string_view text) {
  sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::BindView(int i, std::string_view text) {
  sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
  return *this;
}

Statement& Statement::Bind(int i, std::int64_t value) {
  sqlite3_bind_int64(stmt_, i, value);
  return *this;
}

Statement& Statement::Bind(int i, double value) {
  sqlite3_bind_double(stmt_, i, value);
  return *this;
}

Statement& Statement::BindNull(int i) {
  sqlite3_bind_null(stmt_, i);
  return *this;
}

std::string_view Statement::Text(int col) const {
  const unsigned char* p = sqlite3_column_text(stmt_, col);
  if (!p) return {};
  return {reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col))};
}

void ConfigureSqlite() {
  static const int once = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)once;
}

Status Exec(sqlite3* db, const char* sql, std::string_view path) {
  int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
  return rc == SQLITE_OK ? Status::Ok() : SqliteError(rc, db, path);
}

}  // namespace newsgraph::store
