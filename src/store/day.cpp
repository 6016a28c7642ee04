// The calendar day of an article's date, for --since/--until.
#include <cctype>
#include <string>
#include <string_view>

#include "newsgraph/store.hpp"

namespace newsgraph {
namespace {

bool Digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace

// ISO 8601 as pages write it: 2024-03-05, 2024-03-05T10:00:00Z, 2024/03/05,
// 20240305. Dates in words are left unread (the store keeps them as written).
std::string DayOf(std::string_view date) {
  std::size_t start = 0;
  while (start < date.size() && std::isspace(static_cast<unsigned char>(date[start]))) ++start;
  date.remove_prefix(start);
  std::string_view y, m, d;
  if (date.size() >= 10 && (date[4] == '-' || date[4] == '/') && date[7] == date[4]) {
    y = date.substr(0, 4), m = date.substr(5, 2), d = date.substr(8, 2);
    if (date.size() > 10 && std::isdigit(static_cast<unsigned char>(date[10]))) return "";
  } else if (date.size() >= 8 && Digits(date.substr(0, 8)) &&
             (date.size() == 8 || !std::isdigit(static_cast<unsigned char>(date[8])))) {
    y = date.substr(0, 4), m = date.substr(4, 2), d = date.substr(6, 2);
  } else {
    return "";
  }
  if (!Digits(y) || !Digits(m) || !Digits(d)) return "";
  int month = std::stoi(std::string(m)), day = std::stoi(std::string(d));
  if (month < 1 || month > 12 || day < 1 || day > 31) return "";
  return std::string(y) + "-" + std::string(m) + "-" + std::string(d);
}

}  // namespace newsgraph
