// What a store holds, in counts.
#include <sys/stat.h>

#include "newsgraph/store.hpp"
#include "store/store_impl.hpp"

namespace newsgraph {

using store::Statement;

Result<StoreStats> Store::Stats() const {
  StoreStats st;
  struct Count {
    const char* sql;
    std::int64_t* into;
  };
  const Count counts[] = {
      {"SELECT count(*) FROM articles", &st.articles},
      {"SELECT count(*) FROM (SELECT story_id FROM articles WHERE story_id IS NOT NULL "
       "GROUP BY story_id HAVING count(*) > 1)",
       &st.stories},
      {"SELECT count(*) FROM articles WHERE version > 1", &st.versions},
      {"SELECT count(*) FROM entities", &st.entities},
      {"SELECT count(*) FROM facts", &st.facts},
      {"SELECT count(*) FROM statements", &st.statements},
      {"SELECT count(*) FROM evidence", &st.evidence},
      {"SELECT count(*) FROM articles WHERE day = ''", &st.undated},
      {"PRAGMA user_version", &st.schema_version},
  };
  for (const Count& c : counts) {
    Result<Statement*> q = impl_->Prepared(c.sql);
    if (!q.ok()) return q.status();
    int rc = q.value()->Step();
    if (rc != SQLITE_ROW) return impl_->Error(rc);
    *c.into = q.value()->Int(0);
  }
  struct ByType {
    const char* sql;
    std::map<std::string, std::int64_t>* into;
  };
  const ByType by_type[] = {
      {"SELECT type, count(*) FROM entities GROUP BY type ORDER BY type", &st.entities_by_type},
      {"SELECT type, count(*) FROM facts GROUP BY type ORDER BY type", &st.facts_by_type},
  };
  for (const ByType& b : by_type) {
    Result<Statement*> q = impl_->Prepared(b.sql);
    if (!q.ok()) return q.status();
    int rc;
    while ((rc = q.value()->Step()) == SQLITE_ROW) {
      (*b.into)[std::string(q.value()->Text(0))] = q.value()->Int(1);
    }
    if (rc != SQLITE_DONE) return impl_->Error(rc);
  }
  Result<Statement*> range =
      impl_->Prepared("SELECT COALESCE(min(day), ''), COALESCE(max(day), '') FROM articles "
                      "WHERE day <> ''");
  if (!range.ok()) return range.status();
  int rc = range.value()->Step();
  if (rc != SQLITE_ROW) return impl_->Error(rc);
  st.first_day = range.value()->Text(0);
  st.last_day = range.value()->Text(1);
  struct stat file;
  if (::stat(impl_->path.c_str(), &file) == 0) st.file_bytes = file.st_size;
  return st;
}

}  // namespace newsgraph
