// Placeholder (issue 2, part 3).
#include "newsgraph/graphml.hpp"

namespace newsgraph {

Status WriteGraphml(const Graph&, const Ontology&, std::ostream&) {
  return Status::Unsupported("GraphML writer not built yet");
}

}  // namespace newsgraph
