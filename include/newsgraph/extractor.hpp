// The extractor: article -> segments -> mentions -> entities -> relations ->
// graph. Rule-based and lexicon-driven; all knowledge (gazetteers, triggers,
// argument frames) is loaded from the schema directory.
#ifndef NEWSGRAPH_EXTRACTOR_HPP_
#define NEWSGRAPH_EXTRACTOR_HPP_

#include <memory>
#include <ostream>
#include <string_view>

#include "newsgraph/article.hpp"
#include "newsgraph/graph.hpp"
#include "newsgraph/ontology.hpp"
#include "newsgraph/status.hpp"

namespace newsgraph {

class Extractor {
 public:
  // Loads the ontology and lexicons from schema_dir (see FindSchemaDir).
  static Result<Extractor> Load(std::string_view schema_dir);

  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;
  ~Extractor();

  // Adds the entities and facts of article to *graph. Thread-safe: the
  // extractor is immutable after Load.
  Status Extract(const Article& article, Graph* graph) const;
  // The same, and writes to *explain (when not null) every sentence with its
  // mentions and the facts read from it: why an edge is there, or is not.
  Status Extract(const Article& article, Graph* graph, std::ostream* explain) const;

  const Ontology& ontology() const;

 private:
  struct Impl;
  explicit Extractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_EXTRACTOR_HPP_
