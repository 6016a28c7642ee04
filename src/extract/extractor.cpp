// Placeholder extractor (issue 3 replaces it).
#include "newsgraph/extractor.hpp"

namespace newsgraph {

struct Extractor::Impl {
  Ontology ontology;
};

Extractor::Extractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;
Extractor::~Extractor() = default;

Result<Extractor> Extractor::Load(std::string_view schema_dir) {
  Result<Ontology> o = Ontology::LoadDir(schema_dir);
  if (!o.ok()) return o.status();
  auto impl = std::make_unique<Impl>();
  impl->ontology = std::move(o.value());
  return Extractor(std::move(impl));
}

Status Extractor::Extract(const Article&, Graph*) const { return Status::Ok(); }

const Ontology& Extractor::ontology() const { return impl_->ontology; }

}  // namespace newsgraph
