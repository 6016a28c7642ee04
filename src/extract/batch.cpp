// Parallel extraction with ordered, bounded delivery.
#include "newsgraph/batch.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include "newsgraph/file_util.hpp"

namespace newsgraph {
namespace {

Result<std::string> ReadInput(const std::string& path) {
  if (path != "-") return ReadFile(path);
  std::string bytes{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  if (std::cin.bad()) return Status::IOError("<stdin>: read failed");
  return bytes;
}

// Reads, ingests and extracts one input. Thread-safe.
BatchItem Process(std::size_t index, const std::string& path, const Extractor& extractor,
                  const IngestOptions& ingest, const BatchOptions& options) {
  BatchItem item;
  item.index = index;
  item.path = path;
  Result<std::string> bytes = ReadInput(path);
  if (!bytes.ok()) {
    item.status = bytes.status();
    return item;
  }
  // Errors name the path the user gave; the article keeps its file name.
  Result<Article> article = LoadArticle(bytes.value(), path == "-" ? "<stdin>" : path, ingest);
  if (!article.ok()) {
    item.status = article.status();
    return item;
  }
  item.article = std::move(article.value());
  item.article.name = path == "-" ? "stdin" : FileName(path);
  if (options.skip && options.skip(item.article)) {
    item.skipped = true;
    return item;
  }
  std::ostringstream explain;
  item.status = extractor.Extract(item.article, &item.graph, options.explain ? &explain : nullptr);
  if (options.explain) item.explain = explain.str();
  return item;
}

// The workers' shared state: the next input to take, and the finished items
// waiting for their turn.
struct Pipeline {
  std::mutex mu;
  std::condition_variable ready;    // an item finished
  std::condition_variable room;     // the window moved on, or the batch stopped
  std::size_t next = 0;             // next input to take
  std::size_t delivered = 0;        // inputs handed back
  bool stop = false;
  std::deque<std::optional<BatchItem>> slots;  // index delivered + i
};

}  // namespace

unsigned ResolveJobs(unsigned jobs) {
  if (jobs > 0) return jobs;
  return std::max(1u, std::thread::hardware_concurrency());
}

Status ExtractBatch(const std::vector<std::string>& paths, const Extractor& extractor,
                    const IngestOptions& ingest, const BatchOptions& options,
                    const std::function<Status(BatchItem&&)>& deliver) {
  const unsigned jobs = std::min<std::size_t>(ResolveJobs(options.jobs), std::max<std::size_t>(paths.size(), 1));
  if (jobs <= 1) {
    for (std::size_t i = 0; i < paths.size(); ++i) {
      NEWSGRAPH_RETURN_IF_ERROR(deliver(Process(i, paths[i], extractor, ingest, options)));
    }
    return Status::Ok();
  }
  const std::size_t window = options.window ? options.window : 4u * jobs;
  Pipeline p;
  auto work = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock<std::mutex> lock(p.mu);
        p.room.wait(lock, [&] { return p.stop || p.next >= paths.size() || p.next < p.delivered + window; });
        if (p.stop || p.next >= paths.size()) return;
        i = p.next++;
      }
      BatchItem item = Process(i, paths[i], extractor, ingest, options);
      std::lock_guard<std::mutex> lock(p.mu);
      const std::size_t at = i - p.delivered;
      if (p.slots.size() <= at) p.slots.resize(at + 1);
      p.slots[at] = std::move(item);
      p.ready.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(work);
  Status status;
  for (std::size_t i = 0; i < paths.size() && status.ok(); ++i) {
    std::optional<BatchItem> item;
    {
      std::unique_lock<std::mutex> lock(p.mu);
      p.ready.wait(lock, [&] { return !p.slots.empty() && p.slots.front().has_value(); });
      item = std::move(p.slots.front());
      p.slots.pop_front();
      ++p.delivered;
    }
    p.room.notify_all();
    status = deliver(std::move(*item));
  }
  {
    std::lock_guard<std::mutex> lock(p.mu);
    p.stop = true;
  }
  p.room.notify_all();
  for (std::thread& t : threads) t.join();
  return status;
}

Result<std::vector<std::string>> ExpandInputs(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (input == "-" || !fs::is_directory(input, ec)) {
      if (input != "-" && !fs::exists(input, ec)) {
        return Status::NotFound(input + ": no such file or directory");
      }
      out.push_back(input);
      continue;
    }
    std::vector<std::string> files;
    fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec);
    if (ec) return Status::IOError(input + ": " + ec.message());
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) return Status::IOError(input + ": " + ec.message());
      const std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec)) files.push_back(it->path().string());
    }
    std::sort(files.begin(), files.end());
    out.insert(out.end(), files.begin(), files.end());
  }
  return out;
}

std::string FormatProgress(std::size_t done, std::size_t total, double seconds) {
  const double rate = seconds > 0 ? done / seconds : 0.0;
  std::string left = "--:--";
  if (rate > 0 && total >= done) {
    const long s = static_cast<long>((total - done) / rate + 0.5);
    char buf[32];
    if (s >= 3600) {
      std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    } else {
      std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    }
    left = buf;
  }
  const int width = static_cast<int>(std::to_string(total).size());
  char line[128];
  std::snprintf(line, sizeof line, "[%*zu/%zu] %.1f articles/s, %s left", width, done, total, rate,
                left.c_str());
  return line;
}

}  // namespace newsgraph
