// Extraction throughput: every article given (or every .txt in a folder) is
// repeated in memory until the corpus reaches --mb megabytes, then extracted
// article by article on one thread. Prints MB/s, words/s and peak memory.
//
//   build/bench/extract_bench --mb 50 ../shared/corpus/articles
#include <sys/resource.h>
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_args.hpp"
#include "newsgraph/article.hpp"
#include "newsgraph/extractor.hpp"
#include "newsgraph/file_util.hpp"
#include "newsgraph/graph.hpp"
#include "newsgraph/ontology.hpp"

namespace {

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

std::size_t CountWords(const std::string& text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

int main(int argc, char** argv) {
  newsgraph::bench::BenchArgs args;
  bool given = newsgraph::bench::ParseBenchArgs(argc, argv, &args);
  const double target_mb = args.target_mb;
  const std::vector<std::string>& paths = args.paths;
  if (!given) {
    std::fprintf(stderr, "usage: extract_bench [--mb N] ARTICLE_OR_DIR...\n");
    return 2;
  }
  std::vector<newsgraph::Article> articles;
  for (const auto& p : paths) {
    auto bytes = newsgraph::ReadFile(p);
    if (!bytes.ok()) {
      std::fprintf(stderr, "%s\n", bytes.status().ToString().c_str());
      return 1;
    }
    auto a = newsgraph::LoadArticle(bytes.value(), newsgraph::FileName(p));
    if (a.ok()) articles.push_back(std::move(a.value()));
  }
  auto t0 = std::chrono::steady_clock::now();
  auto extractor = newsgraph::Extractor::Load(newsgraph::FindSchemaDir());
  if (!extractor.ok()) {
    std::fprintf(stderr, "%s\n", extractor.status().ToString().c_str());
    return 1;
  }
  double load_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::size_t bytes = 0, words = 0, nodes = 0, edges = 0, docs = 0;
  const std::size_t target = static_cast<std::size_t>(target_mb * 1024 * 1024);
  std::vector<std::size_t> article_words;  // counted once, outside the timed loop
  for (const auto& a : articles) article_words.push_back(CountWords(a.text));
  auto t1 = std::chrono::steady_clock::now();
  const double cpu0 = ThreadCpuSeconds();
  while (bytes < target) {
    for (std::size_t i = 0; i < articles.size(); ++i) {
      const auto& a = articles[i];
      newsgraph::Graph g;  // one graph per article, as `extract` on one file
      if (!extractor->Extract(a, &g).ok()) return 1;
      bytes += a.text.size();
      words += article_words[i];
      nodes += g.num_nodes();
      edges += g.num_edges();
      ++docs;
      if (bytes >= target) break;
    }
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
  const double cpu = ThreadCpuSeconds() - cpu0;
  rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  std::printf("articles        %zu (%zu distinct)\n", docs, articles.size());
  std::printf("input           %.1f MB, %zu words\n", bytes / 1048576.0, words);
  std::printf("lexicon load    %.3f s\n", load_s);
  std::printf("extract         %.2f s: %.1f MB/s, %.0f words/s (one thread)\n", secs,
              bytes / 1048576.0 / secs, words / secs);
  // The thread's CPU time: on a machine shared with other work, the wall
  // clock counts the time the thread waited for a core; this does not.
  std::printf("extract CPU     %.2f s: %.1f MB/s\n", cpu, bytes / 1048576.0 / cpu);
  std::printf("output          %zu nodes, %zu edges\n", nodes, edges);
  std::printf("peak memory     %.1f MB (max RSS)\n", ru.ru_maxrss / 1024.0);
  return 0;
}
