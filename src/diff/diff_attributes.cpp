#include "diff/diff_attributes.hpp"

#include <algorithm>
#include <charconv>

namespace newsgraph::diff_internal {
namespace {

std::string FormatDouble(double value) {
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof(buf), value);
  return ec == std::errc() ? std::string(buf, end) : std::to_string(value);
}

// The values only in `from` and not in `minus`; both sorted.
std::vector<std::string> SetDifference(const std::vector<std::string>& from,
                                       const std::vector<std::string>& minus) {
  std::vector<std::string> out;
  std::set_difference(from.begin(), from.end(), minus.begin(), minus.end(),
                      std::back_inserter(out));
  return out;
}

std::vector<std::string> SortedValues(std::string_view joined) {
  std::vector<std::string> v = SplitValues(joined);
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

AttributeChange MakeChange(const Attribute* old_attr, const Attribute* new_attr) {
  AttributeChange c;
  const Attribute& any = old_attr ? *old_attr : *new_attr;
  c.name = std::string(any.name);
  if (old_attr) c.old_value = std::string(old_attr->value);
  if (new_attr) c.new_value = std::string(new_attr->value);
  c.set_valued = (old_attr && old_attr->set_valued) || (new_attr && new_attr->set_valued);
  if (c.set_valued) {
    std::vector<std::string> before = SortedValues(c.old_value);
    std::vector<std::string> after = SortedValues(c.new_value);
    c.gained = SetDifference(after, before);
    c.lost = SetDifference(before, after);
  }
  return c;
}

}  // namespace

AttributeCollector::AttributeCollector(const DiffOptions& options)
    : evidence_(options.evidence), ignore_(options.ignore) {
  std::sort(ignore_.begin(), ignore_.end());
}

void AttributeCollector::Add(std::string_view name, std::string_view value, bool set_valued) {
  if (value.empty()) return;
  if (std::binary_search(ignore_.begin(), ignore_.end(), name)) return;
  list_.push_back({name, value, set_valued});
}

std::string_view AttributeCollector::Own(std::string value) {
  owned_.push_back(std::move(value));
  return owned_.back();
}

void AttributeCollector::Finish() {
  // Lists hold a handful of attributes: a stable insertion sort, which unlike
  // std::stable_sort allocates nothing (this runs twice per common element).
  for (std::size_t i = 1; i < list_.size(); ++i) {
    for (std::size_t j = i; j > 0 && list_[j].name < list_[j - 1].name; --j) {
      std::swap(list_[j], list_[j - 1]);
    }
  }
}

const std::vector<Attribute>& AttributeCollector::Of(const NodeData& node) {
  list_.clear();
  owned_.clear();
  Add("type", node.type, false);
  Add("kind", node.kind, false);
  Add("label", node.label, false);
  if (!node.aliases.empty()) {
    std::string joined;
    for (const std::string& a : node.aliases) {
      if (!joined.empty()) joined += '|';
      joined += a;
    }
    Add("aliases", Own(std::move(joined)), true);
  }
  Add("iso3", node.iso3, false);
  for (const auto& [name, value] : node.extra) Add(name, value, false);
  if (evidence_ && node.mentions != 0) Add("mentions", Own(std::to_string(node.mentions)), false);
  Finish();
  return list_;
}

const std::vector<Attribute>& AttributeCollector::Of(const EdgeData& edge) {
  list_.clear();
  owned_.clear();
  // The label defaults to the type: only a label of its own is a fact.
  if (edge.label != edge.type) Add("label", edge.label, false);
  Add("asserted_by", edge.asserted_by, true);
  Add("date", edge.date, true);
  for (const auto& [name, value] : edge.roles) Add(name, value, true);
  for (const auto& [name, value] : edge.extra) Add(name, value, false);
  if (evidence_) {
    std::string text, offsets, articles;
    for (const Evidence& e : edge.evidence) {
      if (!text.empty()) text += '\n';
      text += e.text;
      if (!offsets.empty()) offsets += ';';
      offsets += std::to_string(e.begin) + "-" + std::to_string(e.end);
      if (!articles.empty()) articles += ';';
      articles += e.article;
    }
    Add("evidence", Own(std::move(text)), false);
    Add("offsets", Own(std::move(offsets)), false);
    Add("article", Own(std::move(articles)), false);
    Add("confidence", Own(FormatDouble(edge.confidence)), false);
    Add("weight", Own(std::to_string(edge.weight)), false);
  }
  Finish();
  return list_;
}

std::vector<AttributeChange> CompareAttributes(const std::vector<Attribute>& old_list,
                                               const std::vector<Attribute>& new_list) {
  std::vector<AttributeChange> out;
  auto o = old_list.begin();
  auto n = new_list.begin();
  while (o != old_list.end() || n != new_list.end()) {
    if (n == new_list.end() || (o != old_list.end() && o->name < n->name)) {
      out.push_back(MakeChange(&*o++, nullptr));
    } else if (o == old_list.end() || n->name < o->name) {
      out.push_back(MakeChange(nullptr, &*n++));
    } else {
      if (o->value != n->value) out.push_back(MakeChange(&*o, &*n));
      ++o;
      ++n;
    }
  }
  return out;
}

std::string DescribeChanges(const std::vector<AttributeChange>& changes) {
  std::string out;
  for (const AttributeChange& c : changes) {
    if (!out.empty()) out += "; ";
    out += c.name;
    if (c.name == "aliases") {
      for (const std::string& v : c.gained) out += " +" + QuoteInput(v, kMaxShown);
      for (const std::string& v : c.lost) out += " -" + QuoteInput(v, kMaxShown);
    } else {
      out += ' ' + QuoteInput(c.old_value, kMaxShown) + " -> " + QuoteInput(c.new_value, kMaxShown);
    }
  }
  return out;
}

bool IsBareWord(std::string_view value) {
  if (value.empty()) return false;
  for (char c : value) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_' || c == '.' || c == ':' || c == '|' || c == '/';
    if (!ok) return false;
  }
  return true;
}

}  // namespace newsgraph::diff_internal
