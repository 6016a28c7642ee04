// newsgraph stats STORE.db [--json]
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "newsgraph/ontology.hpp"
#include "newsgraph/store.hpp"

namespace newsgraph::cli {
namespace {

struct StatsOptions {
  std::string store;
  std::string schema_dir;
  bool json = false;
};

CommandSpec StatsSpec(StatsOptions* opt) {
  using Arg = OptionSpec::Arg;
  return {
      "stats",
      "usage: newsgraph stats STORE.db [--json]\n"
      "\n"
      "Counts what a store holds: articles, stories with several versions, entities and\n"
      "facts by type, statements and evidence, and the range of article dates.\n"
      "\n"
      "options:\n",
      "\nexit codes: 0 printed, 1 the store could not be read, 2 usage error\n",
      18,
      {
          {nullptr, "--json", Arg::kNone, nullptr, "as one JSON object", SetTrue(&opt->json)},
          {nullptr, "--schemas", Arg::kRequired, "DIR", "where store.sql is (default: as extract)",
           StoreIn(&opt->schema_dir)},
      },
  };
}

void PrintByType(const char* what, const std::map<std::string, std::int64_t>& counts) {
  for (const auto& [type, n] : counts) std::printf("  %-12s %lld\n", type.c_str(), static_cast<long long>(n));
  if (counts.empty()) std::printf("  (no %s)\n", what);
}

}  // namespace

int RunStats(const std::vector<std::string>& args) {
  StatsOptions opt;
  auto finish = [&opt](const std::vector<std::string>& rest) -> Status {
    if (rest.size() != 1) return Status::Usage("expected one store (STORE.db), got " + std::to_string(rest.size()));
    opt.store = rest[0];
    return Status::Ok();
  };
  if (std::optional<int> exit = ParseCommandLine(StatsSpec(&opt), args, finish)) return *exit;
  Result<Store> store = OpenStoreForReading(opt.store, FindSchemaDir(opt.schema_dir));
  Result<StoreStats> st = store.ok() ? store->Stats() : Result<StoreStats>(store.status());
  if (!st.ok()) {
    PrintError("stats", st.status().message());
    return kExitBadInput;
  }
  const StoreStats& s = st.value();
  if (opt.json) {
    nlohmann::json j = {{"articles", s.articles},
                        {"stories_with_versions", s.stories},
                        {"later_versions", s.versions},
                        {"entities", s.entities},
                        {"entities_by_type", s.entities_by_type},
                        {"facts", s.facts},
                        {"facts_by_type", s.facts_by_type},
                        {"statements", s.statements},
                        {"evidence", s.evidence},
                        {"first_date", s.first_day},
                        {"last_date", s.last_day},
                        {"undated_articles", s.undated},
                        {"schema_version", s.schema_version},
                        {"file_bytes", s.file_bytes}};
    std::printf("%s\n", j.dump(2).c_str());
    return kExitOk;
  }
  auto ll = [](std::int64_t v) { return static_cast<long long>(v); };
  std::printf("store %s (schema version %lld, %lld bytes)\n", opt.store.c_str(), ll(s.schema_version),
              ll(s.file_bytes));
  std::printf("articles: %lld (%lld later versions of %lld stories)\n", ll(s.articles), ll(s.versions),
              ll(s.stories));
  if (s.first_day.empty()) {
    std::printf("dates: none\n");
  } else {
    std::printf("dates: %s to %s (%lld undated)\n", s.first_day.c_str(), s.last_day.c_str(), ll(s.undated));
  }
  std::printf("entities: %lld\n", ll(s.entities));
  PrintByType("entities", s.entities_by_type);
  std::printf("facts: %lld (%lld statements, %lld evidence sentences)\n", ll(s.facts), ll(s.statements),
              ll(s.evidence));
  PrintByType("facts", s.facts_by_type);
  return kExitOk;
}

}  // namespace newsgraph::cli
