// Fuzzes the GraphML reader: any document gives a graph or an error naming
// the source, a graph it reads can be written back, and reading it from a
// stream in small blocks (the first byte picks the size) gives the same graph
// or the same error as reading it from one buffer.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include "io/graphml_reader.hpp"
#include "io/xml_scan.hpp"
#include "newsgraph/graphml.hpp"
#include "newsgraph/ontology.hpp"

namespace {

const newsgraph::Ontology& GetOntology() {
  static const newsgraph::Ontology* ontology = [] {
    auto o = newsgraph::Ontology::LoadDir(NEWSGRAPH_SCHEMA_DIR);
    if (!o.ok()) std::abort();
    return new newsgraph::Ontology(std::move(o.value()));
  }();
  return *ontology;
}

std::string Written(const newsgraph::Graph& g) {
  std::ostringstream out;
  if (!newsgraph::WriteGraphml(g, GetOntology(), out).ok()) std::abort();
  return out.str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view xml(reinterpret_cast<const char*>(data), size);
  auto graph = newsgraph::ReadGraphml(xml, "fuzz.graphml", GetOntology());
  if (!graph.ok() && graph.status().message().rfind("fuzz.graphml", 0) != 0) std::abort();
  std::istringstream in{std::string(xml)};
  newsgraph::io::XmlWindow window(in, size ? 1 + data[0] % 61 : 1);
  auto streamed = newsgraph::io::ReadGraphmlFrom(&window, "fuzz.graphml", GetOntology());
  if (graph.ok() != streamed.ok()) std::abort();
  if (!graph.ok()) {
    if (graph.status().message() != streamed.status().message()) std::abort();
    return 0;
  }
  if (Written(graph.value()) != Written(streamed.value())) std::abort();
  return 0;
}
