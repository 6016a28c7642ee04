// HtmlRules from schemas/ingest/html.json, and HTML detection.
#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

#include "newsgraph/file_util.hpp"
#include "newsgraph/html.hpp"

namespace newsgraph {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

Status ReadList(const nlohmann::json& doc, const char* key, std::string_view name,
                std::vector<std::string>* into) {
  auto it = doc.find(key);
  if (it == doc.end()) {
    return Status::InvalidInput(std::string(name) + ": missing key " + QuoteInput(key));
  }
  const nlohmann::json* values = &*it;
  if (values->is_object()) {
    auto v = values->find("values");
    if (v == values->end()) {
      return Status::InvalidInput(std::string(name) + ": " + key + ": missing \"values\"");
    }
    values = &*v;
  }
  if (!values->is_array()) {
    return Status::InvalidInput(std::string(name) + ": " + key + ": expected a list of strings");
  }
  for (const auto& v : *values) {
    if (!v.is_string() || v.get_ref<const std::string&>().empty()) {
      return Status::InvalidInput(std::string(name) + ": " + key + ": not a non-empty string: " +
                                  QuoteInput(v.dump()));
    }
    into->push_back(Lower(v.get_ref<const std::string&>()));
  }
  return Status::Ok();
}

}  // namespace

Result<HtmlRules> HtmlRules::Parse(std::string_view json, std::string_view name) {
  nlohmann::json doc = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    return Status::InvalidInput(std::string(name) + ": not a JSON object");
  }
  HtmlRules r;
  NEWSGRAPH_RETURN_IF_ERROR(ReadList(doc, "skip_tags", name, &r.skip_tags));
  NEWSGRAPH_RETURN_IF_ERROR(ReadList(doc, "skip_class_words", name, &r.skip_class_words));
  NEWSGRAPH_RETURN_IF_ERROR(ReadList(doc, "related_headings", name, &r.related_headings));
  NEWSGRAPH_RETURN_IF_ERROR(ReadList(doc, "title_meta", name, &r.title_meta));
  NEWSGRAPH_RETURN_IF_ERROR(ReadList(doc, "date_meta", name, &r.date_meta));
  NEWSGRAPH_RETURN_IF_ERROR(ReadList(doc, "source_meta", name, &r.source_meta));
  NEWSGRAPH_RETURN_IF_ERROR(ReadList(doc, "url_meta", name, &r.url_meta));
  NEWSGRAPH_RETURN_IF_ERROR(ReadList(doc, "article_types", name, &r.article_types));
  return r;
}

Result<HtmlRules> HtmlRules::LoadDir(std::string_view schema_dir) {
  std::string path = std::string(schema_dir) + "/ingest/html.json";
  Result<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  return Parse(text.value(), path);
}

bool LooksLikeHtml(std::string_view text) {
  std::size_t start = text.find_first_not_of(" \t\r\n\f");
  if (start == std::string_view::npos || text[start] != '<') return false;
  std::string head = Lower(text.substr(start, 2048));
  static const char* const kMarkers[] = {"<!doctype html", "<html", "<head", "<body", "<meta",
                                         "<title", "<article", "<main", "<div", "<p>", "<p ",
                                         "<h1", "<section", "<span", "<br"};
  return std::any_of(std::begin(kMarkers), std::end(kMarkers),
                     [&](const char* m) { return head.find(m) != std::string::npos; });
}

}  // namespace newsgraph
