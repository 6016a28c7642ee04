// newsgraph export STORE.db -o OUT [filters]
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "newsgraph/ontology.hpp"
#include "newsgraph/store.hpp"

namespace newsgraph::cli {
namespace {

// "a,b,,c" -> a, b, c appended.
std::function<Status(const std::string&)> AppendList(std::vector<std::string>* into) {
  return [into](std::string v) {
    for (char& c : v) c = c == ',' ? '|' : c;
    for (std::string& item : SplitValues(v)) into->push_back(std::move(item));
    return Status::Ok();
  };
}

std::function<Status(const std::string&)> StoreDay(const char* option, std::string* into) {
  return [option, into](const std::string& v) {
    *into = DayOf(v);
    if (into->empty() || *into != v) {
      return Status::Usage(std::string(option) + " needs a date YYYY-MM-DD, not " + QuoteInput(v));
    }
    return Status::Ok();
  };
}

struct ExportOptions {
  std::string store;
  std::string output;      // required
  std::string format;      // empty = from the extension
  std::string schema_dir;  // empty = FindSchemaDir()
  StoreFilter filter;
  bool quiet = false;
};

CommandSpec ExportSpec(ExportOptions* opt) {
  using Arg = OptionSpec::Arg;
  CommandSpec spec{
      "export",
      "usage: newsgraph export STORE.db -o OUT [--format FORMAT] [filters]\n"
      "\n"
      "Writes the knowledge graph of a store, or of the slice the filters select: the graph\n"
      "extract would give for those articles, cut down to the facts kept. Filters combine.\n"
      "\n"
      "options:\n",
      "\n"
      "example: newsgraph export news.db --entity IRN --depth 2 --since 2024-03-01 -o iran.graphml\n"
      "exit codes: 0 written, 1 the store could not be read or the output written, 2 usage\n",
      26,
      {
          {"-o", "--output", Arg::kRequired, "OUT", "output file; '-' writes to standard output",
           StoreIn(&opt->output)},
          GraphFormatOption(&opt->format),
          {nullptr, "--schemas", Arg::kRequired, "DIR",
           "ontology and store.sql (default: $NEWSGRAPH_SCHEMAS, then the\n"
           "source tree's or the installed schemas/)",
           StoreIn(&opt->schema_dir)},
          {"-q", "--quiet", Arg::kNone, nullptr, "no summary on standard error", SetTrue(&opt->quiet)},
      }};
  for (OptionSpec& o : StoreFilterOptions(&opt->filter)) spec.options.push_back(std::move(o));
  return spec;
}

}  // namespace

std::vector<OptionSpec> StoreFilterOptions(StoreFilter* filter) {
  using Arg = OptionSpec::Arg;
  return {
      {nullptr, "--entity", Arg::kRequired, "ID",
       "the neighbourhood of entity ID (canonical id: IRN, kn-23)", StoreIn(&filter->entity)},
      {nullptr, "--depth", Arg::kRequired, "N",
       "hops from --entity, either direction (default: 1)",
       [filter](const std::string& v) -> Status {
         char* end = nullptr;
         long n = std::strtol(v.c_str(), &end, 10);
         if (v.empty() || *end != '\0' || n < 0 || n > 1000) {
           return Status::Usage("--depth needs a number from 0 to 1000, not " + QuoteInput(v));
         }
         filter->depth = static_cast<int>(n);
         return Status::Ok();
       }},
      {nullptr, "--type", Arg::kRequired, "TYPE,...", "only facts of these types (supplied,used)",
       AppendList(&filter->types)},
      {nullptr, "--since", Arg::kRequired, "YYYY-MM-DD", "only articles dated on or after",
       StoreDay("--since", &filter->since)},
      {nullptr, "--until", Arg::kRequired, "YYYY-MM-DD", "only articles dated on or before",
       StoreDay("--until", &filter->until)},
      {nullptr, "--source", Arg::kRequired, "SOURCE,...",
       "only articles of these outlets, or whose address contains one", AppendList(&filter->sources)},
      {nullptr, "--article", Arg::kRequired, "ARTICLE,...",
       "only these articles (file name, address or article id)", AppendList(&filter->articles)},
  };
}

Result<Store> OpenStoreForReading(const std::string& path, const std::string& schema_dir) {
  Result<StoreSchema> schema = StoreSchema::LoadDir(schema_dir);
  if (!schema.ok()) return schema.status();
  return Store::Open(path, Store::Mode::kRead, schema.value());
}

int RunExport(const std::vector<std::string>& args) {
  ExportOptions opt;
  auto finish = [&opt](const std::vector<std::string>& rest) -> Status {
    if (rest.size() != 1) return Status::Usage("expected one store (STORE.db), got " + std::to_string(rest.size()));
    opt.store = rest[0];
    if (opt.output.empty()) return Status::Usage("no output given (-o OUT)");
    return ResolveOutputFormat(opt.output, &opt.format);
  };
  if (std::optional<int> exit = ParseCommandLine(ExportSpec(&opt), args, finish)) return *exit;
  auto fail = [](const Status& s) {
    PrintError("export", s.message());
    return kExitBadInput;
  };
  const std::string schema_dir = FindSchemaDir(opt.schema_dir);
  Result<Ontology> ontology = Ontology::LoadDir(schema_dir);
  if (!ontology.ok()) return fail(ontology.status());
  Result<Store> store = OpenStoreForReading(opt.store, schema_dir);
  if (!store.ok()) return fail(store.status());
  Result<Graph> graph = store->Export(opt.filter);
  if (!graph.ok()) return fail(graph.status());
  Status s = WriteGraphOutput(opt.output, opt.format, graph.value(), ontology.value());
  if (!s.ok()) return fail(s);
  if (!opt.quiet && opt.output != "-") {
    std::fprintf(stderr, "newsgraph export: %zu nodes, %zu edges -> %s\n", graph->num_nodes(),
                 graph->num_edges(), opt.output.c_str());
  }
  return kExitOk;
}

}  // namespace newsgraph::cli
