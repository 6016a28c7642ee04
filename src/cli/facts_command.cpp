// newsgraph facts STORE.db [filters] [--format text|json|csv]
#include <cstdio>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "newsgraph/file_util.hpp"
#include "newsgraph/ontology.hpp"
#include "newsgraph/store.hpp"

namespace newsgraph::cli {
namespace {

struct FactsOptions {
  std::string store;
  std::string output = "-";
  std::string format;      // text | json | csv; empty = from the extension, else text
  std::string schema_dir;  // empty = FindSchemaDir()
  StoreFilter filter;
};

CommandSpec FactsSpec(FactsOptions* opt) {
  using Arg = OptionSpec::Arg;
  CommandSpec spec{
      "facts",
      "usage: newsgraph facts STORE.db [filters] [--format text|json|csv] [-o OUT]\n"
      "\n"
      "Prints the facts of a store that the filters select, one per fact and article that\n"
      "states it, with its evidence sentences, the article, its date and outlet.\n"
      "\n"
      "options:\n",
      "\n"
      "example: newsgraph facts news.db --type supplied --entity PRK --format csv\n"
      "exit codes: 0 printed (also when nothing matched), 1 the store could not be read,\n"
      "2 usage error\n",
      26,
      {
          {"-o", "--output", Arg::kRequired, "OUT", "write to OUT instead of standard output",
           StoreIn(&opt->output)},
          {nullptr, "--format", Arg::kRequired, "FORMAT",
           "text, json or csv (default: from OUT's extension, else text)", StoreIn(&opt->format)},
          {nullptr, "--schemas", Arg::kRequired, "DIR", "where store.sql is (default: as extract)",
           StoreIn(&opt->schema_dir)},
      }};
  for (OptionSpec& o : StoreFilterOptions(&opt->filter)) spec.options.push_back(std::move(o));
  return spec;
}

std::string Roles(const FactRecord& f) {
  std::string out;
  for (const auto& [role, value] : f.roles) out += (out.empty() ? "" : ", ") + role + " " + value;
  if (!f.asserted_by.empty()) out += (out.empty() ? "" : ", ") + std::string("asserted_by ") + f.asserted_by;
  if (!f.date.empty()) out += (out.empty() ? "" : ", ") + std::string("date ") + f.date;
  return out;
}

void WriteText(const std::vector<FactRecord>& facts, std::ostream& out) {
  for (const FactRecord& f : facts) {
    out << f.source << ' ' << f.type << ' ' << f.target;
    const std::string roles = Roles(f);
    if (!roles.empty()) out << " (" << roles << ')';
    out << "\n  article " << f.article_id << ' ' << f.article;
    if (!f.article_day.empty()) out << ", " << f.article_day;
    if (!f.outlet.empty()) out << ", " << f.outlet;
    out << '\n';
    for (const Evidence& e : f.evidence) out << "  \"" << e.text << "\"\n";
  }
}

nlohmann::json ToJson(const FactRecord& f) {
  nlohmann::json evidence = nlohmann::json::array();
  for (const Evidence& e : f.evidence) {
    evidence.push_back({{"text", e.text}, {"begin", e.begin}, {"end", e.end}});
  }
  return {{"source", f.source},         {"type", f.type},
          {"target", f.target},         {"label", f.label},
          {"asserted_by", f.asserted_by}, {"date", f.date},
          {"confidence", f.confidence}, {"weight", f.weight},
          {"roles", f.roles},           {"evidence", evidence},
          {"article", {{"id", f.article_id}, {"name", f.article}, {"title", f.article_title},
                       {"date", f.article_day}, {"outlet", f.outlet}, {"address", f.address}}}};
}

// RFC 4180: quoted when it holds a comma, a quote or a line break.
std::string Csv(std::string_view v) {
  if (v.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(v);
  std::string out = "\"";
  for (char c : v) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void WriteCsv(const std::vector<FactRecord>& facts, std::ostream& out) {
  out << "source,type,target,asserted_by,date,confidence,weight,roles,article_id,article,"
         "article_date,outlet,address,evidence\r\n";
  for (const FactRecord& f : facts) {
    std::string roles, evidence;
    for (const auto& [role, value] : f.roles) roles += (roles.empty() ? "" : "|") + role + "=" + value;
    for (const Evidence& e : f.evidence) evidence += (evidence.empty() ? "" : "\n") + e.text;
    char confidence[32];
    std::snprintf(confidence, sizeof confidence, "%g", f.confidence);
    for (const std::string& field :
         {f.source, f.type, f.target, f.asserted_by, f.date, std::string(confidence),
          std::to_string(f.weight), roles, std::to_string(f.article_id), f.article, f.article_day,
          f.outlet, f.address}) {
      out << Csv(field) << ',';
    }
    out << Csv(evidence) << "\r\n";
  }
}

}  // namespace

int RunFacts(const std::vector<std::string>& args) {
  FactsOptions opt;
  auto finish = [&opt](const std::vector<std::string>& rest) -> Status {
    if (rest.size() != 1) return Status::Usage("expected one store (STORE.db), got " + std::to_string(rest.size()));
    opt.store = rest[0];
    if (opt.format.empty()) {
      const std::string ext = FileExtension(opt.output);
      opt.format = ext == "json" || ext == "csv" ? ext : "text";
    }
    if (opt.format != "text" && opt.format != "json" && opt.format != "csv") {
      return Status::Usage("unknown format " + QuoteInput(opt.format) + " (text, json or csv)");
    }
    return Status::Ok();
  };
  if (std::optional<int> exit = ParseCommandLine(FactsSpec(&opt), args, finish)) return *exit;
  Result<Store> store = OpenStoreForReading(opt.store, FindSchemaDir(opt.schema_dir));
  Result<std::vector<FactRecord>> facts =
      store.ok() ? store->Facts(opt.filter) : Result<std::vector<FactRecord>>(store.status());
  Status s = facts.status();
  if (facts.ok()) {
    s = WriteOutput(opt.output, [&](std::ostream& out) {
      if (opt.format == "json") {
        nlohmann::json all = nlohmann::json::array();
        for (const FactRecord& f : facts.value()) all.push_back(ToJson(f));
        out << all.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
      } else if (opt.format == "csv") {
        WriteCsv(facts.value(), out);
      } else {
        WriteText(facts.value(), out);
      }
      return Status::Ok();
    });
  }
  if (!s.ok()) {
    PrintError("facts", s.message());
    return kExitBadInput;
  }
  return kExitOk;
}

}  // namespace newsgraph::cli
