#include "store/store_select.hpp"

#include <algorithm>
#include <deque>
#include <unordered_map>

namespace newsgraph::store {

void Where::And(const std::string& clause, std::vector<std::string> values) {
  sql += (sql.empty() ? "(" : " AND (") + clause + ")";
  params.insert(params.end(), std::make_move_iterator(values.begin()),
                std::make_move_iterator(values.end()));
}

void Where::BindTo(Statement* s, int first) const {
  for (std::size_t i = 0; i < params.size(); ++i) s->Bind(first + static_cast<int>(i), params[i]);
}

namespace {

// "(x OR x OR ...)" with one copy of one_clause per value, each taking
// per_value parameters (all the value).
void AnyOf(const std::vector<std::string>& values, const std::string& one_clause, int per_value,
           Where* where) {
  if (values.empty()) return;
  std::string clause;
  std::vector<std::string> params;
  for (const std::string& v : values) {
    clause += (clause.empty() ? "" : " OR ") + one_clause;
    for (int i = 0; i < per_value; ++i) params.push_back(v);
  }
  where->And(clause, std::move(params));
}

}  // namespace

Where ArticleWhere(const StoreFilter& filter, std::int64_t article_id) {
  Where w;
  if (article_id > 0) w.And("a.id = ?", {std::to_string(article_id)});
  if (!filter.since.empty()) w.And("a.day <> '' AND a.day >= ?", {filter.since});
  if (!filter.until.empty()) w.And("a.day <> '' AND a.day <= ?", {filter.until});
  AnyOf(filter.sources, "lower(a.outlet) = lower(?) OR instr(a.address, ?) > 0", 2, &w);
  AnyOf(filter.articles, "a.name = ? OR a.address = ? OR CAST(a.id AS TEXT) = ?", 3, &w);
  return w;
}

Where StatementWhere(const StoreFilter& filter, std::int64_t article_id) {
  Where articles = ArticleWhere(filter, article_id);
  Where w;
  if (!articles.sql.empty()) {
    w.And("st.article_id IN (SELECT a.id FROM articles a" + articles.Text() + ")",
          articles.params);
  }
  AnyOf(filter.types, "f.type = ?", 1, &w);
  return w;
}

Result<Selection> Select(Store::Impl* impl, const StoreFilter& filter, std::int64_t article_id) {
  Selection sel;
  Where aw = ArticleWhere(filter, article_id);
  {
    Result<Statement> q = Statement::Prepare(
        impl->db,
        std::string("SELECT ") + kArticleColumns +
            " FROM articles a LEFT JOIN stories s ON s.id = a.story_id" + aw.Text() +
            " ORDER BY a.id",
        impl->path);
    if (!q.ok()) return q.status();
    aw.BindTo(&q.value());
    int rc;
    while ((rc = q->Step()) == SQLITE_ROW) sel.articles.push_back(ReadArticle(q.value()));
    if (rc != SQLITE_DONE) return impl->Error(rc);
  }
  std::int64_t last = sel.articles.empty() ? 0 : sel.articles.back().id;
  sel.by_id.assign(static_cast<std::size_t>(last) + 1, nullptr);
  for (const StoredArticle& a : sel.articles) sel.by_id[static_cast<std::size_t>(a.id)] = &a;

  sel.facts_filtered = !filter.types.empty() || !filter.entity.empty();
  if (!sel.facts_filtered) return sel;
  if (!filter.entity.empty()) {
    Result<Statement*> known = impl->Prepared("SELECT 1 FROM entities WHERE id = ?1");
    if (!known.ok()) return known.status();
    known.value()->Bind(1, filter.entity);
    if (known.value()->Step() != SQLITE_ROW) {
      return Status::NotFound(impl->path + ": no entity " + QuoteInput(filter.entity) +
                              " in the store");
    }
  }
  // The candidate facts: (id, source, target) of the statements kept.
  Where sw = StatementWhere(filter, article_id);
  Result<Statement> q = Statement::Prepare(
      impl->db,
      "SELECT DISTINCT f.id, f.source, f.target FROM statements st JOIN facts f "
      "ON f.id = st.fact_id" + sw.Text(),
      impl->path);
  if (!q.ok()) return q.status();
  sw.BindTo(&q.value());
  struct Candidate {
    std::int64_t id;
    std::string source, target;
  };
  std::vector<Candidate> candidates;
  int rc;
  while ((rc = q->Step()) == SQLITE_ROW) {
    candidates.push_back({q->Int(0), std::string(q->Text(1)), std::string(q->Text(2))});
  }
  if (rc != SQLITE_DONE) return impl->Error(rc);
  if (filter.entity.empty()) {
    for (const Candidate& c : candidates) {
      sel.facts.insert(c.id);
      sel.endpoints.insert(c.source);
      sel.endpoints.insert(c.target);
    }
    return sel;
  }
  // Breadth-first over the candidates, either direction, depth hops.
  std::unordered_map<std::string, std::vector<const Candidate*>> touching;
  for (const Candidate& c : candidates) {
    touching[c.source].push_back(&c);
    touching[c.target].push_back(&c);
  }
  std::unordered_map<std::string, int> distance{{filter.entity, 0}};
  std::deque<std::string> queue{filter.entity};
  sel.endpoints.insert(filter.entity);
  while (!queue.empty()) {
    std::string at = std::move(queue.front());
    queue.pop_front();
    const int d = distance[at];
    if (d >= filter.depth) continue;
    for (const Candidate* c : touching[at]) {
      sel.facts.insert(c->id);
      for (const std::string* end : {&c->source, &c->target}) {
        sel.endpoints.insert(*end);
        if (distance.emplace(*end, d + 1).second) queue.push_back(*end);
      }
    }
  }
  return sel;
}

Status WalkStatements(Store::Impl* impl, const StoreFilter& filter, std::int64_t article_id,
                      const Selection& sel, const std::function<void(StatementRow&&)>& emit) {
  Where sw = StatementWhere(filter, article_id);
  Result<Statement> q = Statement::Prepare(
      impl->db,
      "SELECT st.id, st.fact_id, st.article_id, f.source, f.type, f.target, st.label, "
      "st.asserted_by, st.date, st.confidence, st.weight, st.roles, st.extra, ev.text, "
      "ev.begin_offset, ev.end_offset FROM statements st JOIN facts f ON f.id = st.fact_id "
      "LEFT JOIN evidence ev ON ev.statement_id = st.id" +
          sw.Text() + " ORDER BY st.fact_id, st.id",
      impl->path);
  if (!q.ok()) return q.status();
  sw.BindTo(&q.value());
  std::optional<StatementRow> row;
  std::int64_t row_id = 0;
  int rc;
  while ((rc = q->Step()) == SQLITE_ROW) {
    const std::int64_t id = q->Int(0);
    if (!row || id != row_id) {
      if (row) emit(std::move(*row));
      row.reset();
      row_id = id;
      const std::int64_t fact = q->Int(1), article = q->Int(2);
      if (sel.facts_filtered && !sel.facts.count(fact)) continue;
      if (article < 0 || static_cast<std::size_t>(article) >= sel.by_id.size() ||
          !sel.by_id[static_cast<std::size_t>(article)]) {
        continue;
      }
      row.emplace();
      row->fact_id = fact;
      row->article_id = article;
      row->source = q->Text(3);
      row->edge.type = q->Text(4);
      row->target = q->Text(5);
      row->edge.label = q->Text(6);
      row->edge.asserted_by = q->Text(7);
      row->edge.date = q->Text(8);
      row->edge.confidence = q->Real(9);
      row->edge.weight = static_cast<int>(q->Int(10));
      row->edge.roles = JsonToMap(q->Text(11));
      row->edge.extra = JsonToMap(q->Text(12));
    }
    if (!row || q->IsNull(13)) continue;
    Evidence ev;
    ev.text = q->Text(13);
    ev.begin = static_cast<std::size_t>(q->Int(14));
    ev.end = static_cast<std::size_t>(q->Int(15));
    ev.article = sel.by_id[static_cast<std::size_t>(row->article_id)]->name;
    row->edge.evidence.push_back(std::move(ev));
  }
  if (rc != SQLITE_DONE) return impl->Error(rc);
  if (row) emit(std::move(*row));
  return Status::Ok();
}

}  // namespace newsgraph::store
