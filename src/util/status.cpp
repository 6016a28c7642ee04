#include "newsgraph/status.hpp"

#include <cstdio>

namespace newsgraph {

std::string Status::ToString() const {
  const char* prefix = "";
  switch (code_) {
    case Code::kOk: return "OK";
    case Code::kInvalidInput: prefix = "invalid input"; break;
    case Code::kNotFound: prefix = "not found"; break;
    case Code::kIOError: prefix = "I/O error"; break;
    case Code::kUnsupported: prefix = "unsupported"; break;
    case Code::kUsage: prefix = "usage"; break;
  }
  return std::string(prefix) + ": " + message_;
}

Status Status::WithContext(std::string_view context) const {
  if (ok()) return *this;
  return Status(code_, std::string(context) + ": " + message_);
}

std::string QuoteInput(std::string_view text, std::size_t max_bytes) {
  std::string out = "'";
  std::size_t n = 0;
  for (unsigned char c : text) {
    if (n++ >= max_bytes) {
      out += "...";
      break;
    }
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += "'";
  return out;
}

}  // namespace newsgraph
