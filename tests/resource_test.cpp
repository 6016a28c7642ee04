#include "nlp/resource.hpp"

#include <cstdlib>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

using newsgraph::nlp::NextLine;
using newsgraph::nlp::ReadResource;
using newsgraph::nlp::ResolveResourceDir;

TEST_CASE("resource: the argument wins over the environment, which wins over the default") {
  unsetenv("NEWSGRAPH_RESOURCE_TEST_DIR");
  REQUIRE(ResolveResourceDir("", "NEWSGRAPH_RESOURCE_TEST_DIR", "/usr/share/x") == "/usr/share/x");
  setenv("NEWSGRAPH_RESOURCE_TEST_DIR", "/env", 1);
  REQUIRE(ResolveResourceDir("", "NEWSGRAPH_RESOURCE_TEST_DIR", "/usr/share/x") == "/env");
  REQUIRE(ResolveResourceDir("/arg", "NEWSGRAPH_RESOURCE_TEST_DIR", "/usr/share/x") == "/arg");
  setenv("NEWSGRAPH_RESOURCE_TEST_DIR", "", 1);
  REQUIRE(ResolveResourceDir("", "NEWSGRAPH_RESOURCE_TEST_DIR", "/usr/share/x") == "/usr/share/x");
  unsetenv("NEWSGRAPH_RESOURCE_TEST_DIR");
}

TEST_CASE("resource: a missing file names itself, the package and the variable") {
  std::string out = "kept";
  auto s = ReadResource("/nonexistent/words.yml", "some-package", "SOME_DIR", &out);
  REQUIRE(s.code() == newsgraph::Status::Code::kNotFound);
  REQUIRE(s.message().find("/nonexistent/words.yml") != std::string::npos);
  REQUIRE(s.message().find("some-package") != std::string::npos);
  REQUIRE(s.message().find("SOME_DIR") != std::string::npos);
  REQUIRE(out == "kept");
}

TEST_CASE("resource: lines with and without a final newline") {
  struct Row {
    std::string text;
    std::vector<std::string> lines;
  };
  const std::vector<Row> rows = {
      {"", {}}, {"a", {"a"}}, {"a\n", {"a"}}, {"a\n\nb", {"a", "", "b"}}, {"\n", {""}}};
  for (const auto& r : rows) {
    std::string_view rest = r.text, line;
    std::vector<std::string> got;
    while (NextLine(&rest, &line)) got.emplace_back(line);
    REQUIRE(got == r.lines);
  }
}
