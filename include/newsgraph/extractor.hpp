// The extractor: article -> segments -> mentions -> entities -> relations ->
// graph. Rule-based and lexicon-driven; all knowledge (gazetteers, triggers,
// argument frames) is loaded from the schema directory.
#ifndef NEWSGRAPH_EXTRACTOR_HPP_
#define NEWSGRAPH_EXTRACTOR_HPP_

#include <memory>
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

  const Ontology& ontology() const;

 private:
  struct Impl;
  explicit Extractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_EXTRACTOR_HPP_
