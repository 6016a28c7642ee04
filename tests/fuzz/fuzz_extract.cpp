// Fuzzes the extractor on what ingest makes of any input: LoadArticle, then
// Extractor::Extract into a graph.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "newsgraph/article.hpp"
#include "newsgraph/extractor.hpp"
#include "newsgraph/graph.hpp"

namespace {

struct Setup {
  newsgraph::IngestOptions ingest;
  newsgraph::Extractor extractor;
};

const Setup& Get() {
  static const Setup* setup = [] {
    auto ingest = newsgraph::IngestOptions::LoadDir(NEWSGRAPH_SCHEMA_DIR);
    auto extractor = newsgraph::Extractor::Load(NEWSGRAPH_SCHEMA_DIR);
    if (!ingest.ok() || !extractor.ok()) {  // a setup error, not a finding: say which
      std::fprintf(stderr, "fuzz_extract: %s\n",
                   (!ingest.ok() ? ingest.status() : extractor.status()).message().c_str());
      std::abort();
    }
    return new Setup{std::move(ingest.value()), std::move(extractor.value())};
  }();
  return *setup;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const Setup& s = Get();
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto article = newsgraph::LoadArticle(bytes, "article.txt", s.ingest);
  if (!article.ok()) return 0;
  newsgraph::Graph graph;
  newsgraph::Status status = s.extractor.Extract(article.value(), &graph);
  (void)status;
  // Evidence must point into the article text.
  for (auto e : graph.SortedEdges()) {
    for (const auto& ev : graph.edge(e).evidence) {
      if (ev.begin > ev.end || ev.end > article->text.size()) std::abort();
    }
  }
  return 0;
}
