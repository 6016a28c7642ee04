// Placeholder (issue 2, part 5).
#include "newsgraph/dot.hpp"

namespace newsgraph {

Status WriteDot(const Graph&, const Ontology&, std::ostream&, const DotOptions&) {
  return Status::Unsupported("DOT writer not built yet");
}

}  // namespace newsgraph
