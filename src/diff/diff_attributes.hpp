// The attributes of a node or edge as the diff sees them: (name, value) pairs
// in name order, only the non-empty ones, only the ones DiffOptions compares.
// Shared by the core (to compare) and the writers (to show added and removed
// elements the same way).
#ifndef NEWSGRAPH_SRC_DIFF_DIFF_ATTRIBUTES_HPP_
#define NEWSGRAPH_SRC_DIFF_DIFF_ATTRIBUTES_HPP_

#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/diff.hpp"
#include "newsgraph/graph.hpp"

namespace newsgraph::diff_internal {

// The one of four values that goes with a change.
template <typename T>
T ByChange(Change change, T added, T removed, T changed, T unchanged) {
  switch (change) {
    case Change::kAdded: return added;
    case Change::kRemoved: return removed;
    case Change::kChanged: return changed;
    case Change::kUnchanged: break;
  }
  return unchanged;
}

struct Attribute {
  std::string_view name;
  std::string_view value;
  bool set_valued = false;  // '|'-joined set of values
};

// Collects attributes. Values point into the element or into this object's
// own storage (joined aliases, formatted numbers): valid until the next call.
// Not thread-safe; one per thread.
class AttributeCollector {
 public:
  explicit AttributeCollector(const DiffOptions& options);

  const std::vector<Attribute>& Of(const NodeData& node);
  const std::vector<Attribute>& Of(const EdgeData& edge);

 private:
  void Add(std::string_view name, std::string_view value, bool set_valued);
  std::string_view Own(std::string value);
  void Finish();

  bool evidence_;
  std::vector<std::string> ignore_;  // sorted
  std::vector<Attribute> list_;
  std::deque<std::string> owned_;
};

// The changes between two attribute lists (each in name order).
std::vector<AttributeChange> CompareAttributes(const std::vector<Attribute>& old_list,
                                               const std::vector<Attribute>& new_list);

// Bytes of one value a report shows; longer values are cut with "...".
constexpr std::size_t kMaxShown = 300;

// The changes as a report line shows them: "asserted_by '' -> 'kor'; aliases
// +'DPRK' -'the North'" (aliases as gained and lost values).
std::string DescribeChanges(const std::vector<AttributeChange>& changes);

// Whether a value prints bare in a text report (an id, a code, a number);
// other values are quoted.
bool IsBareWord(std::string_view value);

}  // namespace newsgraph::diff_internal

#endif  // NEWSGRAPH_SRC_DIFF_DIFF_ATTRIBUTES_HPP_
