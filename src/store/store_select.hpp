// A filter turned into SQL and a walk over the statements it keeps (not a
// public API): what export, facts and diff of versions share.
#ifndef NEWSGRAPH_STORE_STORE_SELECT_HPP_
#define NEWSGRAPH_STORE_STORE_SELECT_HPP_

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_set>
#include <vector>

#include "newsgraph/store.hpp"
#include "store/store_impl.hpp"

namespace newsgraph::store {

// A WHERE clause with its '?' parameters, in order.
struct Where {
  std::string sql;  // "" = everything
  std::vector<std::string> params;

  // Adds "AND (clause)".
  void And(const std::string& clause, std::vector<std::string> values = {});
  // " WHERE ..." or "".
  std::string Text() const { return sql.empty() ? "" : " WHERE " + sql; }
  void BindTo(Statement* s, int first = 1) const;
};

// The article conditions of filter (and article_id when > 0), on "articles a".
Where ArticleWhere(const StoreFilter& filter, std::int64_t article_id);
// The statement conditions on "statements st JOIN facts f": the articles of
// ArticleWhere, the types, and a single article id when article_id > 0.
Where StatementWhere(const StoreFilter& filter, std::int64_t article_id);

// One statement as the graph holds it.
struct StatementRow {
  std::int64_t fact_id = 0, article_id = 0;
  std::string source, target;
  EdgeData edge;  // evidence carries the article's name
};

// What a selection keeps: the articles by id, and (when the filter names
// types or an entity) the facts and their endpoints.
struct Selection {
  std::vector<StoredArticle> articles;        // in the order of addition
  std::vector<const StoredArticle*> by_id;    // index = article id
  bool facts_filtered = false;
  std::unordered_set<std::int64_t> facts;     // when facts_filtered
  std::unordered_set<std::string> endpoints;  // when facts_filtered
};

Result<Selection> Select(Store::Impl* impl, const StoreFilter& filter, std::int64_t article_id);

// Calls emit for each statement the selection keeps, grouped by fact (in the
// order facts were first stated), then by statement.
Status WalkStatements(Store::Impl* impl, const StoreFilter& filter, std::int64_t article_id,
                      const Selection& selection,
                      const std::function<void(StatementRow&&)>& emit);

// The graph of a selection (Export, ArticleGraph).
Result<Graph> BuildGraph(Store::Impl* impl, const StoreFilter& filter, std::int64_t article_id);

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_STORE_SELECT_HPP_
