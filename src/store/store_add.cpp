// Adding one article: its row, its story and version, its entities and facts
// merged by canonical identity, every statement with its evidence.
#include <string>

#include "newsgraph/file_util.hpp"
#include "newsgraph/store.hpp"
#include "store/store_impl.hpp"

namespace newsgraph {

using store::Statement;

namespace {

std::string JoinAliases(const std::vector<std::string>& aliases) {
  std::string out;
  for (const std::string& a : aliases) {
    if (!out.empty()) out += '|';
    out += a;
  }
  return out;
}

// The story's id (created when new) and the version the article gets in it.
Status StoryOf(Store::Impl* impl, const std::string& key, std::int64_t* story, int* version) {
  Result<Statement*> find = impl->Prepared("SELECT id FROM stories WHERE key = ?1");
  if (!find.ok()) return find.status();
  find.value()->Bind(1, key);
  int rc = find.value()->Step();
  if (rc == SQLITE_ROW) {
    *story = find.value()->Int(0);
    Result<Statement*> last = impl->Prepared(
        "SELECT COALESCE(MAX(version), 0) FROM articles WHERE story_id = ?1");
    if (!last.ok()) return last.status();
    last.value()->Bind(1, *story);
    rc = last.value()->Step();
    if (rc != SQLITE_ROW) return impl->Error(rc);
    *version = static_cast<int>(last.value()->Int(0)) + 1;
    return Status::Ok();
  }
  if (rc != SQLITE_DONE) return impl->Error(rc);
  Result<Statement*> add = impl->Prepared("INSERT INTO stories(key) VALUES (?1)");
  if (!add.ok()) return add.status();
  add.value()->Bind(1, key);
  NEWSGRAPH_RETURN_IF_ERROR(impl->Done(add.value()));
  *story = sqlite3_last_insert_rowid(impl->db);
  *version = 1;
  return Status::Ok();
}

Status AddNodes(Store::Impl* impl, std::int64_t article_id, const Graph& graph) {
  Result<Statement*> upsert = impl->Prepared(
      "INSERT INTO entities(id, type, kind, label, iso3, mentions, articles) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1) ON CONFLICT(id) DO UPDATE SET "
      "type = CASE WHEN type = '' THEN excluded.type ELSE type END, "
      "kind = CASE WHEN kind = '' THEN excluded.kind ELSE kind END, "
      "iso3 = CASE WHEN iso3 = '' THEN excluded.iso3 ELSE iso3 END, "
      "label = CASE WHEN length(CAST(excluded.label AS BLOB)) > length(CAST(label AS BLOB)) "
      "OR (length(CAST(excluded.label AS BLOB)) = length(CAST(label AS BLOB)) "
      "AND excluded.label < label) THEN excluded.label ELSE label END, "
      "mentions = mentions + excluded.mentions, articles = articles + 1");
  if (!upsert.ok()) return upsert.status();
  Result<Statement*> mention = impl->Prepared(
      "INSERT INTO mentions(article_id, entity_id, type, kind, label, iso3, aliases, mentions, "
      "extra) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  if (!mention.ok()) return mention.status();
  for (Graph::Vertex v : graph.SortedNodes()) {
    const NodeData& n = graph.node(v);
    Statement* u = upsert.value();
    u->Reset();
    u->Bind(1, n.id).Bind(2, n.type).Bind(3, n.kind).Bind(4, n.label).Bind(5, n.iso3);
    u->Bind(6, n.mentions);
    NEWSGRAPH_RETURN_IF_ERROR(impl->Done(u));
    Statement* m = mention.value();
    m->Reset();
    m->Bind(1, article_id).Bind(2, n.id).Bind(3, n.type).Bind(4, n.kind).Bind(5, n.label);
    m->Bind(6, n.iso3).Bind(7, JoinAliases(n.aliases)).Bind(8, n.mentions);
    m->Bind(9, store::MapToJson(n.extra));
    NEWSGRAPH_RETURN_IF_ERROR(impl->Done(m));
  }
  return Status::Ok();
}

// The id of fact (source, type, target), created when new.
Result<std::int64_t> FactId(Store::Impl* impl, const std::string& source, const std::string& type,
                            const std::string& target) {
  Result<Statement*> find =
      impl->Prepared("SELECT id FROM facts WHERE source = ?1 AND type = ?2 AND target = ?3");
  if (!find.ok()) return find.status();
  Statement* f = find.value();
  f->Bind(1, source).Bind(2, type).Bind(3, target);
  int rc = f->Step();
  if (rc == SQLITE_ROW) return f->Int(0);
  if (rc != SQLITE_DONE) return impl->Error(rc);
  Result<Statement*> add =
      impl->Prepared("INSERT INTO facts(source, type, target) VALUES (?1, ?2, ?3)");
  if (!add.ok()) return add.status();
  add.value()->Bind(1, source).Bind(2, type).Bind(3, target);
  NEWSGRAPH_RETURN_IF_ERROR(impl->Done(add.value()));
  return static_cast<std::int64_t>(sqlite3_last_insert_rowid(impl->db));
}

Status AddEdges(Store::Impl* impl, std::int64_t article_id, const Graph& graph) {
  Result<Statement*> statement = impl->Prepared(
      "INSERT INTO statements(fact_id, article_id, label, asserted_by, date, confidence, weight, "
      "roles, extra) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  if (!statement.ok()) return statement.status();
  Result<Statement*> evidence = impl->Prepared(
      "INSERT INTO evidence(statement_id, text, begin_offset, end_offset) "
      "VALUES (?1, ?2, ?3, ?4)");
  if (!evidence.ok()) return evidence.status();
  for (const Graph::Edge& e : graph.SortedEdges()) {
    const EdgeData& d = graph.edge(e);
    Result<std::int64_t> fact =
        FactId(impl, graph.node(graph.source(e)).id, d.type, graph.node(graph.target(e)).id);
    if (!fact.ok()) return fact.status();
    Statement* s = statement.value();
    s->Reset();
    s->Bind(1, fact.value()).Bind(2, article_id).Bind(3, d.label).Bind(4, d.asserted_by);
    s->Bind(5, d.date).Bind(6, d.confidence).Bind(7, d.weight);
    s->Bind(8, store::MapToJson(d.roles)).Bind(9, store::MapToJson(d.extra));
    NEWSGRAPH_RETURN_IF_ERROR(impl->Done(s));
    const std::int64_t statement_id = sqlite3_last_insert_rowid(impl->db);
    for (const Evidence& ev : d.evidence) {
      Statement* x = evidence.value();
      x->Reset();
      x->Bind(1, statement_id).Bind(2, ev.text);
      x->Bind(3, static_cast<std::int64_t>(ev.begin)).Bind(4, static_cast<std::int64_t>(ev.end));
      NEWSGRAPH_RETURN_IF_ERROR(impl->Done(x));
    }
  }
  return Status::Ok();
}

}  // namespace

Result<AddResult> Store::Add(const Article& article, std::string_view path, const Graph& graph) {
  if (!impl_->in_batch) return Status::Usage(impl_->path + ": Add outside a batch (Begin first)");
  AddResult result;
  StoredArticle& a = result.article;
  a.content_hash = ContentHash(article);
  Result<std::optional<StoredArticle>> known = FindByHash(a.content_hash);
  if (!known.ok()) return known.status();
  if (known.value()) {
    result.outcome = AddResult::Outcome::kDuplicate;
    result.article = std::move(*known.value());
    return result;
  }
  a.name = article.name;
  a.path = std::string(path);
  a.title = article.title;
  a.date = article.date;
  a.day = DayOf(article.date);
  a.outlet = article.source;
  a.address = article.url;
  a.format = article.format;
  a.story = StoryKey(article);
  std::int64_t story = 0;
  if (!a.story.empty()) {
    NEWSGRAPH_RETURN_IF_ERROR(StoryOf(impl_.get(), a.story, &story, &a.version));
  }
  if (a.version > 1) result.outcome = AddResult::Outcome::kNewVersion;

  Result<Statement*> insert = impl_->Prepared(
      "INSERT INTO articles(content_hash, name, path, title, date, day, outlet, address, format, "
      "text_bytes, story_id, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
  if (!insert.ok()) return insert.status();
  Statement* s = insert.value();
  s->Bind(1, a.content_hash).Bind(2, a.name).Bind(3, a.path).Bind(4, a.title).Bind(5, a.date);
  s->Bind(6, a.day).Bind(7, a.outlet).Bind(8, a.address).Bind(9, a.format);
  s->Bind(10, static_cast<std::int64_t>(article.text.size()));
  if (story) {
    s->Bind(11, story);
  } else {
    s->BindNull(11);
  }
  s->Bind(12, a.version);
  NEWSGRAPH_RETURN_IF_ERROR(impl_->Done(s));
  a.id = sqlite3_last_insert_rowid(impl_->db);
  NEWSGRAPH_RETURN_IF_ERROR(AddNodes(impl_.get(), a.id, graph));
  NEWSGRAPH_RETURN_IF_ERROR(AddEdges(impl_.get(), a.id, graph));
  return result;
}

}  // namespace newsgraph
