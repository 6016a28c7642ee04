// newsgraph add STORE.db ARTICLE|DIR...
#include <cstdio>
#include <iostream>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "newsgraph/batch.hpp"
#include "newsgraph/extractor.hpp"
#include "newsgraph/store.hpp"

namespace newsgraph::cli {
namespace {

struct AddOptions {
  std::string store;
  std::vector<std::string> inputs;
  unsigned jobs = 0;            // 0 = all cores
  std::size_t batch_size = 1024; // articles per transaction
  std::size_t cache_mb = 16;    // SQLite page cache
  std::string outlet, date;     // for articles that name none
  std::string schema_dir;       // empty = FindSchemaDir()
  bool quiet = false;
  bool verbose = false;         // a line per article and per committed batch
};

Status ParseCount(const char* option, const std::string& v, std::size_t* into) {
  char* end = nullptr;
  unsigned long n = std::strtoul(v.c_str(), &end, 10);
  if (v.empty() || *end != '\0' || n < 1 || n > 1000000) {
    return Status::Usage(std::string(option) + " needs a number from 1 to 1000000, not " +
                         QuoteInput(v));
  }
  *into = n;
  return Status::Ok();
}

CommandSpec AddSpec(AddOptions* opt) {
  using Arg = OptionSpec::Arg;
  return {
      "add",
      "usage: newsgraph add STORE.db ARTICLE|DIR... [-j N] [--batch N] [--cache MB] [-q|-v]\n"
      "\n"
      "Extracts each article (text or HTML; a directory: its files, recursively) and adds it\n"
      "to the knowledge base STORE.db (SQLite, created when missing): its title, date, outlet,\n"
      "address and file name, its entities and its facts with their evidence. Entities and\n"
      "facts merge with those of earlier articles by canonical id. An article already stored\n"
      "(same text) changes nothing; one whose address, or title and outlet, is known but\n"
      "whose text changed is stored as a new version of that story.\n"
      "\n"
      "options:\n",
      "\n"
      "Articles are committed in batches: an interrupted run keeps every finished batch and\n"
      "none of the unfinished one; running it again completes it.\n"
      "exit codes: 0 all articles stored, 1 some input was bad or the store could not be\n"
      "written (nothing of the failed batch is kept), 2 usage error\n",
      22,
      {
          JobsOption(&opt->jobs),
          {nullptr, "--batch", Arg::kRequired, "N",
           "articles per transaction (default: 1024)",
           [opt](const std::string& v) { return ParseCount("--batch", v, &opt->batch_size); }},
          {nullptr, "--cache", Arg::kRequired, "MB",
           "the store's page cache, in MB (default: 16); memory is bounded\nby it, not by the articles",
           [opt](const std::string& v) { return ParseCount("--cache", v, &opt->cache_mb); }},
          {nullptr, "--outlet", Arg::kRequired, "NAME",
           "the outlet of articles that name none (plain text)", StoreIn(&opt->outlet)},
          {nullptr, "--date", Arg::kRequired, "YYYY-MM-DD",
           "the date of articles that give none (plain text)", StoreIn(&opt->date)},
          {nullptr, "--schemas", Arg::kRequired, "DIR",
           "ontology, lexicons and store.sql (default: $NEWSGRAPH_SCHEMAS,\n"
           "then the source tree's or the installed schemas/)",
           StoreIn(&opt->schema_dir)},
          {"-q", "--quiet", Arg::kNone, nullptr, "no progress, notes or summary", SetTrue(&opt->quiet)},
          {"-v", "--verbose", Arg::kNone, nullptr, "a line per article (added, already stored) and per committed\nbatch",
           SetTrue(&opt->verbose)},
      },
  };
}

Status FinishArgs(const std::vector<std::string>& positional, AddOptions* opt) {
  if (positional.empty()) return Status::Usage("no store given (STORE.db)");
  if (positional.size() < 2) return Status::Usage("no article or directory given");
  opt->store = positional[0];
  opt->inputs.assign(positional.begin() + 1, positional.end());
  if (!opt->date.empty() && DayOf(opt->date).empty()) {
    return Status::Usage("--date needs YYYY-MM-DD, not " + QuoteInput(opt->date));
  }
  return Status::Ok();
}

struct Counts {
  std::size_t added = 0, versions = 0, known = 0, failed = 0, batches = 0;
};

}  // namespace

int RunAdd(const std::vector<std::string>& args) {
  AddOptions opt;
  auto finish = [&opt](const std::vector<std::string>& rest) { return FinishArgs(rest, &opt); };
  if (std::optional<int> exit = ParseCommandLine(AddSpec(&opt), args, finish)) return *exit;
  auto fail = [](const Status& s) {
    PrintError("add", s.message());
    return kExitBadInput;
  };
  const std::string schema_dir = FindSchemaDir(opt.schema_dir);
  Result<Extractor> extractor = Extractor::Load(schema_dir);
  if (!extractor.ok()) return fail(extractor.status());
  Result<IngestOptions> ingest = IngestOptions::LoadDir(schema_dir);
  if (!ingest.ok()) return fail(ingest.status());
  Result<StoreSchema> schema = StoreSchema::LoadDir(schema_dir);
  if (!schema.ok()) return fail(schema.status());
  Result<std::vector<std::string>> paths = ExpandInputs(opt.inputs);
  if (!paths.ok()) return fail(paths.status());
  Result<Store> store = Store::Open(opt.store, Store::Mode::kWrite, schema.value());
  if (!store.ok()) return fail(store.status());
  if (Status s = store->SetCacheLimit(opt.cache_mb); !s.ok()) return fail(s);
  // A rerun skips the extraction of the articles the store holds: the
  // workers ask a second, read-only connection (one at a time), which sees
  // the committed batches. Memory does not grow with the store: no set of
  // hashes. A duplicate within the batch being written is extracted and
  // then found by Store::Add.
  Result<Store> lookup = Store::Open(opt.store, Store::Mode::kRead, schema.value());
  if (!lookup.ok()) return fail(lookup.status());
  if (Status s = lookup->SetCacheLimit(2); !s.ok()) return fail(s);

  BatchOptions batch;
  batch.jobs = opt.jobs;
  // Read ahead 32 articles per thread (not 4): while a commit waits for the
  // disk (fsync), the workers go on extracting instead of waiting with it.
  // A few MB at most, whatever the number of articles.
  batch.window = 32u * ResolveJobs(opt.jobs);
  std::mutex lookup_mu;
  batch.skip = [&](const Article& a) {
    const std::string hash = ContentHash(a);  // outside the lock: the workers hash in parallel
    std::lock_guard<std::mutex> lock(lookup_mu);
    Result<std::optional<StoredArticle>> found = lookup->FindByHash(hash);
    return found.ok() && found->has_value();
  };
  ProgressLine progress(paths->size(), ProgressWanted(opt.quiet));
  Counts n;
  std::size_t in_batch = 0;
  auto say = [&](const std::string& line) {
    progress.Clear();
    std::fprintf(stderr, "%s\n", line.c_str());
  };
  auto commit = [&]() -> Status {
    if (in_batch == 0) return Status::Ok();
    NEWSGRAPH_RETURN_IF_ERROR(store->Commit());
    ++n.batches;
    if (opt.verbose) {
      say("newsgraph add: committed batch " + std::to_string(n.batches) + " (" +
          std::to_string(in_batch) + " article(s), " + std::to_string(n.added + n.versions) +
          " stored by this run)");
    }
    in_batch = 0;
    return Status::Ok();
  };
  Status s = ExtractBatch(paths.value(), extractor.value(), ingest.value(), batch,
                          [&](BatchItem&& item) -> Status {
    progress.Update(item.index + 1);
    if (!item.status.ok()) {
      say("newsgraph add: " + item.status.message());
      ++n.failed;
      return Status::Ok();
    }
    if (!opt.quiet) {
      for (const std::string& note : item.article.notes) say("newsgraph add: " + item.path + ": " + note);
    }
    if (item.article.source.empty()) item.article.source = opt.outlet;
    if (item.article.date.empty()) item.article.date = opt.date;
    if (in_batch == 0) NEWSGRAPH_RETURN_IF_ERROR(store->Begin());
    Result<AddResult> r = store->Add(item.article, item.path, item.graph);
    if (!r.ok()) return r.status();
    ++in_batch;
    const StoredArticle& a = r->article;
    switch (r->outcome) {
      case AddResult::Outcome::kDuplicate:
        ++n.known;
        if (opt.verbose) {
          say("newsgraph add: " + item.path + ": already stored (article " + std::to_string(a.id) +
              ", " + a.path + "); nothing changed");
        }
        break;
      case AddResult::Outcome::kNewVersion:
        ++n.versions;
        if (!opt.quiet) {
          say("newsgraph add: " + item.path + ": version " + std::to_string(a.version) +
              " of " + DescribeStory(a.story));
        }
        break;
      case AddResult::Outcome::kAdded:
        ++n.added;
        if (opt.verbose) say("newsgraph add: " + item.path + ": added as article " + std::to_string(a.id));
        break;
    }
    return in_batch >= opt.batch_size ? commit() : Status::Ok();
  });
  if (s.ok()) s = commit();
  if (!s.ok()) {
    if (in_batch > 0) store->Rollback();
    progress.Clear();
    return fail(s);
  }
  progress.Clear();
  if (!opt.quiet) {
    std::fprintf(stderr,
                 "newsgraph add: %zu added, %zu new version(s), %zu already stored, %zu failed -> "
                 "%s\n",
                 n.added, n.versions, n.known, n.failed, opt.store.c_str());
  }
  return n.failed ? kExitBadInput : kExitOk;
}

}  // namespace newsgraph::cli
