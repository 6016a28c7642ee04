#include "store/store_writer.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "store/store_impl.hpp"

namespace newsgraph::store {
namespace {

std::string JoinAliases(const std::vector<std::string>& aliases) {
  std::string out;
  for (const std::string& a : aliases) {
    if (!out.empty()) out += '|';
    out += a;
  }
  return out;
}

// The label an entity keeps: the longest in bytes, ties to the smallest
// (as the upsert below decides).
bool BetterLabel(const std::string& candidate, const std::string& label) {
  if (candidate.size() != label.size()) return candidate.size() > label.size();
  return candidate < label;
}

void KeepFirst(std::string* field, const std::string& value) {
  if (field->empty()) *field = value;
}

}  // namespace

Result<std::unique_ptr<Writer>> Writer::Prepare(sqlite3* db, std::string_view path) {
  std::unique_ptr<Writer> w(new Writer(db, path));
  struct {
    Statement* into;
    const char* sql;
  } const statements[] = {
      {&w->find_story_, "SELECT id FROM stories WHERE key = ?1"},
      {&w->add_story_, "INSERT INTO stories(key) VALUES (?1) ON CONFLICT(key) DO NOTHING"},
      {&w->last_version_, "SELECT COALESCE(MAX(version), 0) FROM articles WHERE story_id = ?1"},
      {&w->add_article_,
       "INSERT INTO articles(content_hash, name, path, title, date, day, outlet, address, "
       "format, text_bytes, story_id, version) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"},
      {&w->add_mention_,
       "INSERT INTO mentions(article_id, entity_id, type, kind, label, iso3, aliases, mentions, "
       "extra) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"},
      {&w->upsert_entity_,
       "INSERT INTO entities(id, type, kind, label, iso3, mentions, articles) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(id) DO UPDATE SET "
       "type = CASE WHEN type = '' THEN excluded.type ELSE type END, "
       "kind = CASE WHEN kind = '' THEN excluded.kind ELSE kind END, "
       "iso3 = CASE WHEN iso3 = '' THEN excluded.iso3 ELSE iso3 END, "
       "label = CASE WHEN length(CAST(excluded.label AS BLOB)) > length(CAST(label AS BLOB)) "
       "OR (length(CAST(excluded.label AS BLOB)) = length(CAST(label AS BLOB)) "
       "AND excluded.label < label) THEN excluded.label ELSE label END, "
       "mentions = mentions + excluded.mentions, articles = articles + excluded.articles"},
      {&w->add_fact_,
       "INSERT INTO facts(source, type, target) VALUES (?1, ?2, ?3) "
       "ON CONFLICT(source, type, target) DO NOTHING"},
      {&w->find_fact_, "SELECT id FROM facts WHERE source = ?1 AND type = ?2 AND target = ?3"},
      {&w->add_statement_,
       "INSERT INTO statements(fact_id, article_id, label, asserted_by, date, confidence, "
       "weight, roles, extra) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"},
      {&w->add_evidence_,
       "INSERT INTO evidence(statement_id, text, begin_offset, end_offset) "
       "VALUES (?1, ?2, ?3, ?4)"},
  };
  for (const auto& s : statements) {
    Result<Statement> prepared = Statement::Prepare(db, s.sql, path);
    if (!prepared.ok()) return prepared.status();
    *s.into = std::move(prepared.value());
  }
  return w;
}

Status Writer::Lost(const std::string& what) const {
  return Status::IOError(path_ + ": " + what + " was stored and cannot be found (damaged store?)");
}

Status Writer::Run(Statement& s) const {
  const int rc = s.Step();
  s.Rewind();
  return rc == SQLITE_DONE || rc == SQLITE_ROW ? Status::Ok() : Error(rc);
}

Status Writer::Story(const std::string& key, std::int64_t* story, int* version) {
  // Most stories are new: insert first, look up only when it is known.
  add_story_.BindView(1, key);
  NEWSGRAPH_RETURN_IF_ERROR(Run(add_story_));
  if (sqlite3_changes(db_) == 1) {
    *story = sqlite3_last_insert_rowid(db_);
    *version = 1;
    return Status::Ok();
  }
  find_story_.BindView(1, key);
  int rc = find_story_.Step();
  if (rc == SQLITE_ROW) *story = find_story_.Int(0);
  find_story_.Rewind();
  if (rc == SQLITE_DONE) return Lost("story " + QuoteInput(key));
  if (rc != SQLITE_ROW) return Error(rc);
  last_version_.Bind(1, *story);
  rc = last_version_.Step();
  if (rc == SQLITE_ROW) *version = static_cast<int>(last_version_.Int(0)) + 1;
  last_version_.Rewind();
  return rc == SQLITE_ROW ? Status::Ok() : Error(rc);
}

Result<std::int64_t> Writer::InsertArticle(const StoredArticle& a, std::size_t text_bytes,
                                           std::int64_t story) {
  Statement& s = add_article_;
  s.BindView(1, a.content_hash).BindView(2, a.name).BindView(3, a.path).BindView(4, a.title);
  s.BindView(5, a.date).BindView(6, a.day).BindView(7, a.outlet).BindView(8, a.address);
  s.BindView(9, a.format).Bind(10, static_cast<std::int64_t>(text_bytes));
  if (story) {
    s.Bind(11, story);
  } else {
    s.BindNull(11);
  }
  s.Bind(12, a.version);
  NEWSGRAPH_RETURN_IF_ERROR(Run(s));
  return static_cast<std::int64_t>(sqlite3_last_insert_rowid(db_));
}

void Writer::Count(const NodeData& n) {
  auto it = entities_.find(n.id);
  if (it == entities_.end()) {
    it = entities_.emplace(n.id, EntityTotal{n.type, n.kind, n.label, n.iso3, 0, 0}).first;
  } else {
    EntityTotal& e = it->second;
    KeepFirst(&e.type, n.type);
    KeepFirst(&e.kind, n.kind);
    KeepFirst(&e.iso3, n.iso3);
    if (BetterLabel(n.label, e.label)) e.label = n.label;
  }
  it->second.mentions += n.mentions;
  it->second.articles += 1;
}

Result<std::int64_t> Writer::FactId(const std::string& source, const std::string& type,
                                    const std::string& target) {
  std::string key;
  key.reserve(source.size() + type.size() + target.size() + 2);
  key.append(source).append(1, '\0').append(type).append(1, '\0').append(target);
  auto known = facts_.find(key);
  if (known != facts_.end()) return known->second;
  add_fact_.BindView(1, source).BindView(2, type).BindView(3, target);
  NEWSGRAPH_RETURN_IF_ERROR(Run(add_fact_));
  std::int64_t id = 0;
  if (sqlite3_changes(db_) == 1) {
    id = sqlite3_last_insert_rowid(db_);
  } else {  // stored by an earlier batch
    find_fact_.BindView(1, source).BindView(2, type).BindView(3, target);
    const int rc = find_fact_.Step();
    if (rc == SQLITE_ROW) id = find_fact_.Int(0);
    find_fact_.Rewind();
    if (rc == SQLITE_DONE) return Lost("fact " + QuoteInput(source + " " + type + " " + target));
    if (rc != SQLITE_ROW) return Error(rc);
  }
  if (facts_.size() >= kKnownFacts) facts_.clear();
  facts_.emplace(std::move(key), id);
  return id;
}

Status Writer::AddGraph(std::int64_t article_id, const Graph& graph) {
  for (Graph::Vertex v : graph.SortedNodes()) {
    const NodeData& n = graph.node(v);
    const std::string aliases = JoinAliases(n.aliases);
    const std::string extra = MapToJson(n.extra);
    Statement& m = add_mention_;
    m.Bind(1, article_id).BindView(2, n.id).BindView(3, n.type).BindView(4, n.kind);
    m.BindView(5, n.label).BindView(6, n.iso3).BindView(7, aliases).Bind(8, n.mentions);
    m.BindView(9, extra);
    NEWSGRAPH_RETURN_IF_ERROR(Run(m));
    Count(n);
  }
  for (const Graph::Edge& e : graph.SortedEdges()) {
    const EdgeData& d = graph.edge(e);
    Result<std::int64_t> fact =
        FactId(graph.node(graph.source(e)).id, d.type, graph.node(graph.target(e)).id);
    if (!fact.ok()) return fact.status();
    const std::string roles = MapToJson(d.roles);
    const std::string extra = MapToJson(d.extra);
    Statement& s = add_statement_;
    s.Bind(1, fact.value()).Bind(2, article_id).BindView(3, d.label).BindView(4, d.asserted_by);
    s.BindView(5, d.date).Bind(6, d.confidence).Bind(7, d.weight);
    s.BindView(8, roles).BindView(9, extra);
    NEWSGRAPH_RETURN_IF_ERROR(Run(s));
    const std::int64_t statement_id = sqlite3_last_insert_rowid(db_);
    for (const Evidence& ev : d.evidence) {
      Statement& x = add_evidence_;
      x.Bind(1, statement_id).BindView(2, ev.text);
      x.Bind(3, static_cast<std::int64_t>(ev.begin)).Bind(4, static_cast<std::int64_t>(ev.end));
      NEWSGRAPH_RETURN_IF_ERROR(Run(x));
    }
  }
  return Status::Ok();
}

Status Writer::Flush() {
  // In id order: the same file for any order of arrival.
  std::vector<const std::pair<const std::string, EntityTotal>*> sorted;
  sorted.reserve(entities_.size());
  for (const auto& entry : entities_) sorted.push_back(&entry);
  std::sort(sorted.begin(), sorted.end(), [](const auto* x, const auto* y) { return x->first < y->first; });
  for (const auto* entry : sorted) {
    const std::string& id = entry->first;
    const EntityTotal& e = entry->second;
    Statement& u = upsert_entity_;
    u.BindView(1, id).BindView(2, e.type).BindView(3, e.kind).BindView(4, e.label);
    u.BindView(5, e.iso3).Bind(6, e.mentions).Bind(7, e.articles);
    NEWSGRAPH_RETURN_IF_ERROR(Run(u));
  }
  entities_.clear();
  return Status::Ok();
}

void Writer::Committed() { entities_.clear(); }

void Writer::Clear() {
  entities_.clear();
  facts_.clear();
}

}  // namespace newsgraph::store
