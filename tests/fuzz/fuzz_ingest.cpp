// Fuzzes LoadArticle: decoding, HTML extraction and text cleaning. Any input
// must give an Article or an error naming the file, never a crash, a hang or
// a leak. The first byte picks the file name, so that the .html rule is
// fuzzed too.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "newsgraph/article.hpp"

namespace {

const newsgraph::IngestOptions& Options() {
  static const newsgraph::IngestOptions* options = [] {
    auto o = newsgraph::IngestOptions::LoadDir(NEWSGRAPH_SCHEMA_DIR);
    if (!o.ok()) std::abort();
    return new newsgraph::IngestOptions(std::move(o.value()));
  }();
  return *options;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string_view name = !bytes.empty() && (bytes[0] & 1) ? "page.html" : "article.txt";
  auto article = newsgraph::LoadArticle(bytes, name, Options());
  if (article.ok()) {
    // The promises of LoadArticle: clean UTF-8 text ending in a newline.
    const std::string& text = article->text;
    if (text.empty() || text.back() != '\n') std::abort();
    if (text.find('\r') != std::string::npos || text.find('\0') != std::string::npos) std::abort();
  } else if (article.status().message().rfind(name, 0) != 0) {
    std::abort();  // every error names the file
  }
  return 0;
}
