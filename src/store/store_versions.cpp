// Two versions of one story, for newsgraph diff STORE.db --versions KEY.
#include <string>

#include "newsgraph/store.hpp"

namespace newsgraph {

Result<VersionPair> Store::LoadVersions(std::string_view key, int old_version,
                                        int new_version) const {
  Result<std::vector<StoredArticle>> versions = Versions(key);
  if (!versions.ok()) return versions.status();
  const std::vector<StoredArticle>& all = versions.value();
  if (all.empty()) {
    return Status::NotFound(path() + ": no story " + QuoteInput(key) +
                            " (an address, a title or a file name of a stored article)");
  }
  std::string have;
  for (const StoredArticle& a : all) have += (have.empty() ? "" : ", ") + std::to_string(a.version);
  if (old_version == 0 && new_version == 0) {
    if (all.size() < 2) {
      return Status::NotFound(path() + ": the story " + QuoteInput(key) + " has one version");
    }
    old_version = all[all.size() - 2].version;
    new_version = all.back().version;
  }
  const StoredArticle* old_a = nullptr;
  const StoredArticle* new_a = nullptr;
  for (const StoredArticle& a : all) {
    if (a.version == old_version) old_a = &a;
    if (a.version == new_version) new_a = &a;
  }
  if (!old_a || !new_a) {
    return Status::NotFound(path() + ": the story " + QuoteInput(key) + " has no version " +
                            std::to_string(old_a ? new_version : old_version) + " (it has " +
                            have + ")");
  }
  VersionPair pair;
  pair.old_article = *old_a;
  pair.new_article = *new_a;
  Result<Graph> old_graph = ArticleGraph(old_a->id);
  if (!old_graph.ok()) return old_graph.status();
  Result<Graph> new_graph = ArticleGraph(new_a->id);
  if (!new_graph.ok()) return new_graph.status();
  pair.old_graph = std::move(old_graph.value());
  pair.new_graph = std::move(new_graph.value());
  return pair;
}

}  // namespace newsgraph
