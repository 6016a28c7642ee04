// Fuzzes the GraphML reader: any document gives a graph or an error naming
// the source, and a graph it reads can be written back.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string_view>

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

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view xml(reinterpret_cast<const char*>(data), size);
  auto graph = newsgraph::ReadGraphml(xml, "fuzz.graphml", GetOntology());
  if (!graph.ok()) return 0;
  std::ostringstream out;
  newsgraph::Status status = newsgraph::WriteGraphml(graph.value(), GetOntology(), out);
  if (!status.ok()) std::abort();
  return 0;
}
