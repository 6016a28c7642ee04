// Helpers shared by the test files: the shipped schemas loaded once, and test
// data read whole. Each test fails with a REQUIRE if its data cannot be read.
#ifndef NEWSGRAPH_TESTS_TEST_SUPPORT_HPP_
#define NEWSGRAPH_TESTS_TEST_SUPPORT_HPP_

#include <string>

#include <catch2/catch.hpp>

#include "newsgraph/article.hpp"
#include "newsgraph/extractor.hpp"
#include "newsgraph/file_util.hpp"
#include "newsgraph/html.hpp"

namespace newsgraph::testing {

// The whole file at path.
inline std::string Slurp(const std::string& path) {
  Result<std::string> data = ReadFile(path);
  REQUIRE(data.ok());
  return data.value();
}

// The HTML rules of the shipped schemas/.
inline const HtmlRules& ShippedHtmlRules() {
  static const HtmlRules rules = [] {
    auto r = HtmlRules::LoadDir(NEWSGRAPH_SCHEMA_DIR);
    REQUIRE(r.ok());
    return r.value();
  }();
  return rules;
}

// The ingest options of the shipped schemas/.
inline const IngestOptions& ShippedIngestOptions() {
  static const IngestOptions options = [] {
    auto o = IngestOptions::LoadDir(NEWSGRAPH_SCHEMA_DIR);
    REQUIRE(o.ok());
    return o.value();
  }();
  return options;
}

// The extractor of the shipped schemas/, loaded once.
inline const Extractor& ShippedExtractor() {
  static auto* extractor = [] {
    auto loaded = Extractor::Load(NEWSGRAPH_SCHEMA_DIR);
    REQUIRE(loaded.ok());
    return new Extractor(std::move(loaded.value()));
  }();
  return *extractor;
}

// The graph of one article holding text.
inline Graph ExtractText(const std::string& text) {
  Article article;
  article.name = "test.txt";
  article.text = text;
  Graph g;
  REQUIRE(ShippedExtractor().Extract(article, &g).ok());
  return g;
}

}  // namespace newsgraph::testing

#endif  // NEWSGRAPH_TESTS_TEST_SUPPORT_HPP_
