// Placeholder (issue 2, part 4).
#include "newsgraph/graphml.hpp"

namespace newsgraph {

Result<Graph> ReadGraphml(std::string_view, std::string_view, const Ontology&) {
  return Status::Unsupported("GraphML reader not built yet");
}

}  // namespace newsgraph
