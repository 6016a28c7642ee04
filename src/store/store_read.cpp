// Reading a store back: graphs of a selection, fact records, versions.
#include <algorithm>
#include <iterator>
#include <set>
#include <tuple>

#include "newsgraph/store.hpp"
#include "store/store_select.hpp"

namespace newsgraph {

using store::Selection;
using store::Statement;
using store::StatementRow;

namespace store {
namespace {

std::vector<std::string> SplitAliases(std::string_view joined) { return SplitValues(joined); }

Status AddNodes(Store::Impl* impl, const StoreFilter& filter, std::int64_t article_id,
                const Selection& sel, Graph* g) {
  Where aw = ArticleWhere(filter, article_id);
  std::string sql =
      "SELECT m.entity_id, m.type, m.kind, m.label, m.iso3, m.aliases, m.mentions, m.extra "
      "FROM mentions m";
  if (!aw.sql.empty()) sql += " WHERE m.article_id IN (SELECT a.id FROM articles a" + aw.Text() + ")";
  Result<Statement> q = Statement::Prepare(impl->db, sql, impl->path);
  if (!q.ok()) return q.status();
  aw.BindTo(&q.value());
  int rc;
  while ((rc = q->Step()) == SQLITE_ROW) {
    NodeData n;
    n.id = q->Text(0);
    if (sel.facts_filtered && !sel.endpoints.count(n.id)) continue;
    n.type = q->Text(1);
    n.kind = q->Text(2);
    n.label = q->Text(3);
    n.iso3 = q->Text(4);
    n.aliases = SplitAliases(q->Text(5));
    n.mentions = static_cast<int>(q->Int(6));
    n.extra = JsonToMap(q->Text(7));
    g->AddNode(std::move(n));
  }
  return rc == SQLITE_DONE ? Status::Ok() : impl->Error(rc);
}

// The graph attributes extract writes, over the selected articles (united
// in one pass: one at a time is quadratic in the number of articles).
void AddAttributes(const Selection& sel, Graph* g) {
  std::map<std::string, ValueUnion> attrs;
  for (const StoredArticle& a : sel.articles) {
    attrs["articles"].Add(a.name);
    attrs["title"].Add(a.title);
    attrs["date"].Add(a.date);
    attrs["source"].Add(a.outlet);
    g->AddArticle(a.name, {a.date, a.title, a.outlet});
  }
  for (const auto& [key, u] : attrs) {
    std::string v = u.Value();
    if (!v.empty()) g->attributes()[key] = std::move(v);
  }
}

// Adds the statements of one fact as one edge, merged as Graph::AddFact merges.
void FlushFact(std::vector<StatementRow>* group, Graph* g) {
  if (group->empty()) return;
  const StatementRow& head = group->front();
  auto endpoint = [g](const std::string& id) {
    if (std::optional<Graph::Vertex> v = g->FindNode(id)) return *v;
    NodeData n;
    n.id = id;
    return g->AddNode(std::move(n));
  };
  Graph::Vertex s = endpoint(head.source), t = endpoint(head.target);
  // A fact stated in every article has thousands of statements: united in
  // one pass (one by one with Graph::AddFact is quadratic).
  FactUnion merged(std::move(group->front().edge));
  for (std::size_t i = 1; i < group->size(); ++i) merged.Add(std::move((*group)[i].edge));
  g->AddEdge(s, t, std::move(merged).Finish());
  group->clear();
}

}  // namespace

Result<Graph> BuildGraph(Store::Impl* impl, const StoreFilter& filter, std::int64_t article_id) {
  Result<Selection> sel = Select(impl, filter, article_id);
  if (!sel.ok()) return sel.status();
  Graph g;
  NEWSGRAPH_RETURN_IF_ERROR(AddNodes(impl, filter, article_id, sel.value(), &g));
  std::vector<StatementRow> group;
  Status s = WalkStatements(impl, filter, article_id, sel.value(), [&](StatementRow&& row) {
    if (!group.empty() && group.front().fact_id != row.fact_id) FlushFact(&group, &g);
    group.push_back(std::move(row));
  });
  NEWSGRAPH_RETURN_IF_ERROR(s);
  FlushFact(&group, &g);
  AddAttributes(sel.value(), &g);
  return g;
}

}  // namespace store

Result<Graph> Store::Export(const StoreFilter& filter) const {
  return store::BuildGraph(impl_.get(), filter, 0);
}

Result<Graph> Store::ArticleGraph(std::int64_t article_id) const {
  return store::BuildGraph(impl_.get(), StoreFilter(), article_id);
}

Result<std::vector<StoredArticle>> Store::Articles(const StoreFilter& filter) const {
  StoreFilter articles_only = filter;
  articles_only.types.clear();
  articles_only.entity.clear();
  Result<Selection> sel = store::Select(impl_.get(), articles_only, 0);
  if (!sel.ok()) return sel.status();
  return std::move(sel.value().articles);
}

Result<std::vector<FactRecord>> Store::Facts(const StoreFilter& filter) const {
  Result<Selection> sel = store::Select(impl_.get(), filter, 0);
  if (!sel.ok()) return sel.status();
  std::vector<FactRecord> out;
  Status s = store::WalkStatements(impl_.get(), filter, 0, sel.value(), [&](StatementRow&& row) {
    const StoredArticle& a = *sel.value().by_id[static_cast<std::size_t>(row.article_id)];
    FactRecord r;
    r.source = std::move(row.source);
    r.type = std::move(row.edge.type);
    r.target = std::move(row.target);
    r.label = std::move(row.edge.label);
    r.asserted_by = std::move(row.edge.asserted_by);
    r.date = std::move(row.edge.date);
    r.confidence = row.edge.confidence;
    r.weight = row.edge.weight;
    r.roles = std::move(row.edge.roles);
    r.evidence = std::move(row.edge.evidence);
    std::sort(r.evidence.begin(), r.evidence.end());
    r.article_id = a.id;
    r.article = a.name;
    r.article_title = a.title;
    r.article_day = a.day;
    r.outlet = a.outlet;
    r.address = a.address;
    out.push_back(std::move(r));
  });
  NEWSGRAPH_RETURN_IF_ERROR(s);
  std::sort(out.begin(), out.end(), [](const FactRecord& x, const FactRecord& y) {
    return std::tie(x.source, x.type, x.target, x.article_id) <
           std::tie(y.source, y.type, y.target, y.article_id);
  });
  return out;
}

Result<std::vector<StoredArticle>> Store::Versions(std::string_view key) const {
  Result<Statement*> q = impl_->Prepared(
      std::string("SELECT ") + store::kArticleColumns +
      " FROM articles a JOIN stories s ON s.id = a.story_id WHERE s.id = (SELECT s2.id FROM "
      "stories s2 WHERE s2.key = 'url ' || ?1 UNION ALL SELECT a2.story_id FROM articles a2 "
      "WHERE a2.story_id IS NOT NULL AND (a2.address = ?1 OR a2.title = ?1 OR a2.name = ?1) "
      "LIMIT 1) ORDER BY a.version");
  if (!q.ok()) return q.status();
  q.value()->Bind(1, key);
  std::vector<StoredArticle> out;
  int rc;
  while ((rc = q.value()->Step()) == SQLITE_ROW) out.push_back(store::ReadArticle(*q.value()));
  if (rc != SQLITE_DONE) return impl_->Error(rc);
  return out;
}

}  // namespace newsgraph
