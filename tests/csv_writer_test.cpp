#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "format_test_graphs.hpp"
#include "newsgraph/csv.hpp"

namespace newsgraph {
namespace {

using testing::DatedGraph;
using testing::ShippedOntology;

// An RFC 4180 reader, enough for the tests: rows of fields.
std::vector<std::vector<std::string>> ReadCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    std::string& field = rows.back().back();
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
      rows.emplace_back(1);
    } else {
      field += c;
    }
  }
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  return rows;
}

// Row index -> column name -> value.
std::vector<std::map<std::string, std::string>> Table(const std::string& text) {
  auto rows = ReadCsv(text);
  REQUIRE_FALSE(rows.empty());
  std::vector<std::map<std::string, std::string>> out;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    REQUIRE(rows[r].size() == rows[0].size());
    std::map<std::string, std::string> row;
    for (std::size_t c = 0; c < rows[0].size(); ++c) row[rows[0][c]] = rows[r][c];
    out.push_back(std::move(row));
  }
  return out;
}

TEST_CASE("csv: nodes in Gephi's columns") {
  std::ostringstream out;
  REQUIRE(WriteCsvNodes(DatedGraph(), ShippedOntology(), out).ok());
  CHECK(out.str().rfind("Id,Label,type,", 0) == 0);
  const auto nodes = Table(out.str());
  REQUIRE(nodes.size() == 4);
  CHECK(nodes[0].at("Id") == "PRK");
  CHECK(nodes[0].at("Label") == "North \"Korea\"");
  CHECK(nodes[0].at("extra.label") == "clash");
  CHECK(nodes[0].at("mentions") == "4");
  CHECK(nodes[0].at("dates") == "2024-03-05|2024-04-01");
  CHECK(nodes[0].at("color").front() == '#');
  CHECK(nodes[1].at("dates").empty());
}

TEST_CASE("csv: edges in Gephi's columns, the relation type as Kind, quoting") {
  std::ostringstream out;
  REQUIRE(WriteCsvEdges(DatedGraph(), ShippedOntology(), out).ok());
  CHECK(out.str().rfind("Source,Target,Type,Kind,Id,Label,Weight,", 0) == 0);
  const auto edges = Table(out.str());
  REQUIRE(edges.size() == 2);
  for (const auto& e : edges) {
    CHECK(e.at("Type") == "Directed");
    CHECK(e.count("type") == 0);  // Gephi would read it as the direction
  }
  const auto& supplied = edges[0].at("Kind") == "supplied" ? edges[0] : edges[1];
  CHECK(supplied.at("Source") == "PRK");
  CHECK(supplied.at("Weight") == "2");
  CHECK(supplied.at("note") == "x,y");
  CHECK(supplied.at("evidence").find("He said \"no\", & <left>, then came back.\n") == 0);
  CHECK(supplied.at("dates") == "2024-03-05|2024-04-01");
  std::ostringstream bad;
  bad.setstate(std::ios::badbit);
  CHECK_FALSE(WriteCsvEdges(DatedGraph(), ShippedOntology(), bad).ok());
}

}  // namespace
}  // namespace newsgraph
