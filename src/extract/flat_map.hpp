// A small open-addressing hash map from 64-bit keys that are already hashes
// (token hashes, trie keys) to values: one probe sequence over two flat
// arrays, no allocation per entry, no division. Key 0 marks an empty slot, so
// key 0 is stored apart.
#ifndef NEWSGRAPH_EXTRACT_FLAT_MAP_HPP_
#define NEWSGRAPH_EXTRACT_FLAT_MAP_HPP_

#include <cstdint>
#include <vector>

namespace newsgraph::extract {

template <typename V>
class FlatMap64 {
 public:
  // The value of key, or nullptr.
  const V* Find(uint64_t key) const {
    if (key == 0) return has_zero_ ? &zero_ : nullptr;
    if (keys_.empty()) return nullptr;
    for (std::size_t i = Slot(key);; i = (i + 1) & mask_) {
      if (keys_[i] == key) return &values_[i];
      if (keys_[i] == 0) return nullptr;
    }
  }
  // The value of key, added as V() if absent; *added tells which.
  V& Insert(uint64_t key, bool* added = nullptr) {
    if (key == 0) {
      if (added) *added = !has_zero_;
      has_zero_ = true;
      return zero_;
    }
    if ((size_ + 1) * 2 > keys_.size()) Grow();
    for (std::size_t i = Slot(key);; i = (i + 1) & mask_) {
      if (keys_[i] == key) {
        if (added) *added = false;
        return values_[i];
      }
      if (keys_[i] == 0) {
        keys_[i] = key;
        ++size_;
        if (added) *added = true;
        return values_[i];
      }
    }
  }
  std::size_t size() const { return size_ + (has_zero_ ? 1 : 0); }
  // Makes room for n keys in all, so that inserting them does not grow the table.
  void Reserve(std::size_t n) {
    while ((n + 1) * 2 > keys_.size()) Grow();
  }

 private:
  std::size_t Slot(uint64_t key) const {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_) & mask_;
  }
  void Grow() {
    std::vector<uint64_t> old_keys = std::move(keys_);
    std::vector<V> old_values = std::move(values_);
    std::size_t capacity = old_keys.empty() ? 64 : old_keys.size() * 2;
    keys_.assign(capacity, 0);
    values_.assign(capacity, V());
    mask_ = capacity - 1;
    shift_ = 64;
    for (std::size_t c = capacity; c > 1; c >>= 1) --shift_;
    size_ = 0;
    for (std::size_t i = 0; i < old_keys.size(); ++i) {
      if (old_keys[i] != 0) Insert(old_keys[i]) = old_values[i];
    }
  }

  std::vector<uint64_t> keys_;
  std::vector<V> values_;
  std::size_t mask_ = 0;
  int shift_ = 64;
  std::size_t size_ = 0;
  bool has_zero_ = false;
  V zero_ = V();
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_FLAT_MAP_HPP_
