#include "io/xml_scan.hpp"

#include <algorithm>
#include <cstring>

namespace newsgraph::io {
namespace {

constexpr std::size_t npos = std::string_view::npos;

bool IsNameStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' ||
         static_cast<unsigned char>(c) >= 0x80;
}

std::size_t Characters(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

}  // namespace

std::size_t TagLength(std::string_view s) {
  char quote = 0;
  for (std::size_t k = 1; k < s.size(); ++k) {
    const char c = s[k];
    if (quote) {
      const void* q = std::memchr(s.data() + k, quote, s.size() - k);
      if (!q) return npos;
      k = static_cast<std::size_t>(static_cast<const char*>(q) - s.data());
      quote = 0;
    } else if (c == '>') {
      return k + 1;
    } else if (c == '"' || c == '\'') {
      quote = c;
    }
  }
  return npos;
}

ElementScan ScanElement(std::string_view s, const int depth, const int max_depth) {
  ElementScan scan;
  int level = depth;
  std::size_t i = 0;
  auto skip_to = [&](std::string_view terminator, std::size_t from) {
    std::size_t at = s.find(terminator, from);
    i = at == npos ? npos : at + terminator.size();
    return i != npos;
  };
  while (i < s.size()) {
    if (s[i] != '<') {
      const void* lt = std::memchr(s.data() + i, '<', s.size() - i);
      if (!lt) break;
      i = static_cast<std::size_t>(static_cast<const char*>(lt) - s.data());
    }
    const std::size_t tag = i;
    if (i + 1 >= s.size()) break;
    const char next = s[i + 1];
    if (next == '!') {
      std::string_view rest = s.substr(i, 9);
      auto starts = [&rest](std::string_view mark) {
        return rest.substr(0, mark.size()) == mark.substr(0, rest.size());
      };
      bool closed;
      if (starts("<!--")) {
        closed = rest.size() >= 4 && skip_to("-->", i + 4);
      } else if (starts("<![CDATA[")) {
        closed = rest.size() >= 9 && skip_to("]]>", i + 9);
      } else {
        closed = skip_to(">", i + 2);  // a DOCTYPE or other declaration
      }
      if (!closed) break;
      continue;
    }
    if (next == '?') {
      if (!skip_to("?>", i + 2)) break;
      continue;
    }
    const bool end_tag = next == '/';
    if (!end_tag && !IsNameStart(next)) {  // not markup: the parser will say so
      ++i;
      continue;
    }
    const std::size_t length = TagLength(s.substr(i));
    if (length == npos) break;
    const std::size_t k = i + length - 1;  // its '>'
    i = k + 1;
    if (end_tag) {
      if (--level <= depth) {
        scan.outcome = ElementScan::kComplete;
        scan.end = i;
        return scan;
      }
    } else if (s[k - 1] != '/') {
      if (++level > max_depth) {
        scan.outcome = ElementScan::kTooDeep;
        scan.end = tag;
        scan.depth = level;
        return scan;
      }
    } else if (level == depth) {  // the element is one empty-element tag
      scan.outcome = ElementScan::kComplete;
      scan.end = i;
      return scan;
    }
  }
  scan.outcome = ElementScan::kNeedMore;
  return scan;
}

bool XmlWindow::ReadMore(std::size_t keep) {
  if (!in_) return false;
  Forget(std::min(keep, base_ + size_));
  const std::size_t start = std::min(keep, base_ + size_) - base_;
  // Drop what is forgotten, then read at least as much again as is kept.
  buffer_.erase(0, start);
  base_ += start;
  const std::size_t held = buffer_.size();
  const std::size_t want = std::max(block_, held);
  buffer_.resize(held + want);
  in_->read(buffer_.data() + held, static_cast<std::streamsize>(want));
  const auto got = static_cast<std::size_t>(in_->gcount());
  buffer_.resize(held + got);
  data_ = buffer_.data();
  size_ = buffer_.size();
  return got > 0;
}

void XmlWindow::Forget(std::size_t offset) {
  if (offset <= counted_) return;
  std::string_view part = From(counted_).substr(0, offset - counted_);
  std::size_t last = part.rfind('\n');
  if (last == npos) {
    column_ += Characters(part);
  } else {
    lines_ += static_cast<std::size_t>(std::count(part.begin(), part.end(), '\n'));
    column_ = Characters(part.substr(last + 1));
  }
  counted_ = offset;
}

std::size_t XmlWindow::Line(std::size_t offset) const {
  std::string_view part = From(counted_).substr(0, offset - std::min(offset, counted_));
  return lines_ + 1 + static_cast<std::size_t>(std::count(part.begin(), part.end(), '\n'));
}

std::size_t XmlWindow::Column(std::size_t offset) const {
  std::string_view part = From(counted_).substr(0, offset - std::min(offset, counted_));
  std::size_t last = part.rfind('\n');
  if (last == npos) return column_ + Characters(part) + 1;
  return Characters(part.substr(last + 1)) + 1;
}

}  // namespace newsgraph::io
