// What to take out of a store (see store.hpp): filters that combine, and the
// records facts and stats give back.
#ifndef NEWSGRAPH_STORE_QUERY_HPP_
#define NEWSGRAPH_STORE_QUERY_HPP_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "newsgraph/graph.hpp"

namespace newsgraph {

// Every field narrows the selection; all defaults select everything.
struct StoreFilter {
  // Article filters. since/until: YYYY-MM-DD, inclusive, on the article's
  // date (an article without a readable date is left out when either is set).
  std::string since, until;
  // Outlets (case-insensitive) or parts of addresses; any of them.
  std::vector<std::string> sources;
  // Article names, ids or addresses; any of them.
  std::vector<std::string> articles;
  // Fact filters: relation types (any of them).
  std::vector<std::string> types;
  // The neighbourhood of this entity id: facts within depth hops of it,
  // either direction, over the facts the other filters keep. "" = no limit.
  std::string entity;
  int depth = 1;

  bool SelectsArticles() const { return !since.empty() || !until.empty() || !sources.empty() || !articles.empty(); }
};

// One fact as one article states it.
struct FactRecord {
  std::string source, type, target;
  std::string label, asserted_by, date;
  double confidence = 1.0;
  int weight = 1;
  std::map<std::string, std::string> roles;
  std::vector<Evidence> evidence;
  std::int64_t article_id = 0;
  std::string article, article_title, article_day, outlet, address;
};

struct StoreStats {
  std::int64_t articles = 0;
  std::int64_t stories = 0;          // with more than one version
  std::int64_t versions = 0;         // articles that are version 2 or later
  std::int64_t entities = 0, facts = 0, statements = 0, evidence = 0;
  std::map<std::string, std::int64_t> entities_by_type;
  std::map<std::string, std::int64_t> facts_by_type;
  std::string first_day, last_day;   // "" when no article has a date
  std::int64_t undated = 0;          // articles without a readable date
  std::int64_t schema_version = 0;
  std::int64_t file_bytes = 0;       // the store file (without its WAL)
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_STORE_QUERY_HPP_
