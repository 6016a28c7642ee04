// DiffStyle (schemas/diff-style.json), ChangeFilter and input sniffing.
#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

#include "diff/diff_attributes.hpp"
#include "newsgraph/diff.hpp"
#include "newsgraph/file_util.hpp"

namespace newsgraph {
namespace {

using nlohmann::json;

Status ReadRgb(const json& colors, const char* name, std::string_view source, Rgb* out) {
  const auto it = colors.find(name);
  if (it == colors.end() || !it->is_array() || it->size() != 3) {
    return Status::InvalidInput(std::string(source) + ": colors." + name +
                                " must be an array of three integers");
  }
  for (int i = 0; i < 3; ++i) {
    const json& c = (*it)[i];
    if (!c.is_number_integer() || c.get<int>() < 0 || c.get<int>() > 255) {
      return Status::InvalidInput(std::string(source) + ": colors." + name + "[" +
                                  std::to_string(i) + "] " + QuoteInput(c.dump()) +
                                  " is not an integer in 0..255");
    }
    (*out)[i] = c.get<int>();
  }
  return Status::Ok();
}

std::string_view TrimLeft(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  return s;
}

}  // namespace

Rgb DiffStyle::ColorOf(Change change) const {
  return diff_internal::ByChange(change, added, removed, changed, unchanged);
}

Result<DiffStyle> DiffStyle::Parse(std::string_view text, std::string_view name) {
  json doc = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object()) {
    return Status::InvalidInput(std::string(name) + ": not a JSON object");
  }
  DiffStyle style;
  const json& colors = doc.value("colors", json::object());
  NEWSGRAPH_RETURN_IF_ERROR(ReadRgb(colors, "added", name, &style.added));
  NEWSGRAPH_RETURN_IF_ERROR(ReadRgb(colors, "removed", name, &style.removed));
  NEWSGRAPH_RETURN_IF_ERROR(ReadRgb(colors, "changed", name, &style.changed));
  NEWSGRAPH_RETURN_IF_ERROR(ReadRgb(colors, "unchanged", name, &style.unchanged));
  const json& ansi = doc.value("ansi", json::object());
  style.ansi_added = ansi.value("added", "");
  style.ansi_removed = ansi.value("removed", "");
  style.ansi_changed = ansi.value("changed", "");
  for (const json& a : doc.value("display_attributes", json::array())) {
    if (!a.is_string()) {
      return Status::InvalidInput(std::string(name) + ": display_attributes entry " +
                                  QuoteInput(a.dump()) + " is not a string");
    }
    style.display_attributes.push_back(a.get<std::string>());
  }
  return style;
}

Result<DiffStyle> DiffStyle::LoadDir(std::string_view schema_dir) {
  std::string path = std::string(schema_dir) + "/diff-style.json";
  Result<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  return Parse(text.value(), path);
}

bool ChangeFilter::Shows(Change change) const {
  return diff_internal::ByChange(change, added, removed, changed, unchanged);
}

Result<ChangeFilter> ChangeFilter::Parse(std::string_view list) {
  ChangeFilter f;
  f.added = f.removed = f.changed = f.unchanged = false;
  bool any = false;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t comma = std::min(list.find(',', start), list.size());
    std::string_view item = list.substr(start, comma - start);
    start = comma + 1;
    if (item.empty()) continue;
    if (item == "added") {
      f.added = true;
    } else if (item == "removed") {
      f.removed = true;
    } else if (item == "changed") {
      f.changed = true;
    } else if (item == "unchanged") {
      f.unchanged = true;
    } else {
      return Status::Usage("unknown change " + QuoteInput(item) +
                           " (added, removed, changed, unchanged)");
    }
    any = true;
  }
  if (!any) return Status::Usage("empty list of changes " + QuoteInput(list));
  return f;
}

bool LooksLikeGraphml(std::string_view bytes, std::string_view name) {
  const std::string ext = FileExtension(name);
  if (ext == "graphml" || ext == "xml") return true;
  std::string_view s = TrimLeft(bytes);
  if (s.substr(0, 8) == "<graphml") return true;
  if (s.substr(0, 5) != "<?xml") return false;
  // An XML declaration: GraphML when the first element is <graphml (after
  // comments and a doctype), not an XHTML page.
  std::string_view head = s.substr(0, 4096);
  const std::size_t graphml = head.find("<graphml");
  const std::size_t html = head.find("<html");
  return graphml != std::string_view::npos && (html == std::string_view::npos || graphml < html);
}

}  // namespace newsgraph
