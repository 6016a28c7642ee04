// Adding one article: its row, its story and version, its entities and facts
// merged by canonical identity, every statement with its evidence. The rows
// are written by store::Writer (store_writer.hpp).
#include <string>

#include "newsgraph/store.hpp"
#include "store/store_impl.hpp"

namespace newsgraph {

Result<AddResult> Store::Add(const Article& article, std::string_view path, const Graph& graph) {
  if (!impl_->in_batch) return Status::Usage(impl_->path + ": Add outside a batch (Begin first)");
  AddResult result;
  StoredArticle& a = result.article;
  a.content_hash = ContentHash(article);
  Result<std::optional<StoredArticle>> known = FindByHash(a.content_hash);
  if (!known.ok()) return known.status();
  if (known.value()) {
    result.outcome = AddResult::Outcome::kDuplicate;
    result.article = std::move(*known.value());
    return result;
  }
  a.name = article.name;
  a.path = std::string(path);
  a.title = article.title;
  a.date = article.date;
  a.day = DayOf(article.date);
  a.outlet = article.source;
  a.address = article.url;
  a.format = article.format;
  a.story = StoryKey(article);
  store::Writer& w = *impl_->writer;
  std::int64_t story = 0;
  if (!a.story.empty()) NEWSGRAPH_RETURN_IF_ERROR(w.Story(a.story, &story, &a.version));
  if (a.version > 1) result.outcome = AddResult::Outcome::kNewVersion;
  Result<std::int64_t> id = w.InsertArticle(a, article.text.size(), story);
  if (!id.ok()) return id.status();
  a.id = id.value();
  NEWSGRAPH_RETURN_IF_ERROR(w.AddGraph(a.id, graph));
  return result;
}

}  // namespace newsgraph
