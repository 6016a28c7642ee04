// The GraphML reader on any window of a document (ReadGraphml wraps it for a
// buffer and for a stream); tests and the fuzzer read with small blocks.
#ifndef NEWSGRAPH_IO_GRAPHML_READER_HPP_
#define NEWSGRAPH_IO_GRAPHML_READER_HPP_

#include <string_view>

#include "io/xml_scan.hpp"
#include "newsgraph/graph.hpp"
#include "newsgraph/ontology.hpp"
#include "newsgraph/status.hpp"

namespace newsgraph::io {

Result<Graph> ReadGraphmlFrom(XmlWindow* window, std::string_view source_name,
                              const Ontology& ontology);

}  // namespace newsgraph::io

#endif  // NEWSGRAPH_IO_GRAPHML_READER_HPP_
