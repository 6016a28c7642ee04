// LoadArticle: bytes of a file -> Article (decode, detect, extract, clean).
#include "newsgraph/article.hpp"

#include <cctype>

#include "newsgraph/encoding.hpp"
#include "newsgraph/file_util.hpp"
#include "newsgraph/ontology.hpp"
#include "newsgraph/text_normalize.hpp"

namespace newsgraph {
namespace {

// A first line longer than this is a paragraph, not a headline.
constexpr std::size_t kMaxHeadlineBytes = 200;

std::string LowerPrefix(std::string_view s, std::size_t n) {
  std::string out(s.substr(0, n));
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// An XML document that is not XHTML: most likely a graph given to extract.
Status CheckNotXml(std::string_view text, std::string_view name) {
  std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos || text.compare(start, 5, "<?xml") != 0) return Status::Ok();
  std::string head = LowerPrefix(text.substr(start), 4096);
  if (head.find("<html") != std::string::npos) return Status::Ok();
  if (head.find("<graphml") != std::string::npos) {
    return Status::InvalidInput(std::string(name) +
                                ": this is a GraphML graph, not an article (see 'newsgraph "
                                "convert')");
  }
  return Status::InvalidInput(std::string(name) + ": this is an XML document, not an article");
}

bool EndsSentence(std::string_view line) {
  static const std::string_view kEnds[] = {".", "!", "?", ":", ";", ",", "\"",
                                           "\xE2\x80\x9D" /* ” */, "\xE2\x80\x99" /* ’ */, ")"};
  for (std::string_view e : kEnds) {
    if (line.size() >= e.size() && line.substr(line.size() - e.size()) == e) return true;
  }
  return false;
}

// The first line of a plain-text article when it reads as a headline.
std::string HeadlineOf(std::string_view text) {
  std::size_t nl = text.find('\n');
  if (nl == std::string_view::npos || nl + 1 >= text.size()) return "";  // one line only
  std::string_view first = text.substr(0, nl);
  if (first.size() > kMaxHeadlineBytes || EndsSentence(first)) return "";
  return std::string(first);
}

bool HasHtmlExtension(std::string_view name) {
  std::string ext = FileExtension(name);
  return ext == "html" || ext == "htm" || ext == "xhtml";
}

}  // namespace

Result<IngestOptions> IngestOptions::LoadDir(std::string_view schema_dir) {
  IngestOptions options;
  Result<DebrisFilter> debris = DebrisFilter::LoadDir(schema_dir);
  if (!debris.ok()) return debris.status();
  Result<HtmlRules> html = HtmlRules::LoadDir(schema_dir);
  if (!html.ok()) return html.status();
  options.debris = std::move(debris.value());
  options.html = std::move(html.value());
  return options;
}

Result<Article> LoadArticle(std::string_view bytes, std::string_view name,
                            const IngestOptions& options) {
  const std::string file(name);
  if (bytes.empty()) return Status::InvalidInput(file + ": empty file");
  if (bytes.size() > options.max_bytes) {
    return Status::InvalidInput(file + ": " + std::to_string(bytes.size()) +
                                " bytes is larger than the limit of " +
                                std::to_string(options.max_bytes) +
                                " bytes for one article file");
  }
  Result<DecodedText> decoded = DecodeText(bytes, name);
  if (!decoded.ok()) return decoded.status();
  NEWSGRAPH_RETURN_IF_ERROR(CheckNotXml(decoded->text, name));

  Article a;
  a.name = file;
  a.encoding = decoded->encoding;
  a.notes = std::move(decoded->notes);
  std::string raw;
  if (LooksLikeHtml(decoded->text) || HasHtmlExtension(name)) {
    Result<HtmlArticle> page = ExtractHtml(decoded->text, name, options.html, options.html_limits);
    if (!page.ok()) return page.status();
    a.format = "html";
    a.title = NormalizeText(page->title);
    a.date = page->date;
    a.source = NormalizeText(page->source);
    a.url = page->url;
    // NormalizeText ends a non-empty text with '\n'; a title is one line.
    if (!a.title.empty()) a.title.pop_back();
    if (!a.source.empty()) a.source.pop_back();
    raw = std::move(page->text);
  } else {
    a.format = "text";
    raw = std::move(decoded->text);
  }
  // Normalize, drop debris lines, and fold the blank lines they leave.
  a.text = NormalizeText(options.debris.RemoveDebrisLines(NormalizeText(raw)));
  if (a.text.empty()) {
    return Status::InvalidInput(file + (a.format == "html" ? ": no article text in the HTML page"
                                                           : ": no article text (only spaces "
                                                             "or web debris)"));
  }
  if (a.text.size() > options.max_text_bytes) {
    return Status::InvalidInput(file + ": article text of " + std::to_string(a.text.size()) +
                                " bytes is larger than the limit of " +
                                std::to_string(options.max_text_bytes) + " bytes; split it");
  }
  if (a.format == "text") a.title = HeadlineOf(a.text);
  return a;
}

Result<Article> LoadArticle(std::string_view bytes, std::string_view name) {
  static const IngestOptions* const kDefault = [] {
    Result<IngestOptions> loaded = IngestOptions::LoadDir(FindSchemaDir());
    return new IngestOptions(loaded.ok() ? std::move(loaded.value()) : IngestOptions());
  }();
  return LoadArticle(bytes, name, *kDefault);
}

}  // namespace newsgraph
