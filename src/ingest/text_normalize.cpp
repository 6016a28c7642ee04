#include "newsgraph/text_normalize.hpp"

#include <cstdint>

#include "newsgraph/encoding.hpp"

namespace newsgraph {
namespace {

enum class CharClass { kKeep, kSpace, kNewline, kDrop };

CharClass Classify(std::uint32_t cp) {
  if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029) return CharClass::kNewline;
  if (cp == ' ' || cp == '\t' || cp == '\f' || cp == '\v') return CharClass::kSpace;
  if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) return CharClass::kDrop;
  if (cp == 0x00A0 || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
      (cp >= 0x2000 && cp <= 0x200A)) {
    return CharClass::kSpace;
  }
  if (cp == 0x00AD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF) {
    return CharClass::kDrop;
  }
  return CharClass::kKeep;
}

std::uint32_t DecodeAt(std::string_view s, std::size_t i, std::size_t len) {
  auto b = [&](std::size_t k) { return static_cast<std::uint32_t>(static_cast<unsigned char>(s[k])); };
  switch (len) {
    case 1: return b(i);
    case 2: return ((b(i) & 0x1F) << 6) | (b(i + 1) & 0x3F);
    case 3: return ((b(i) & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F);
    default:
      return ((b(i) & 0x07) << 18) | ((b(i + 1) & 0x3F) << 12) | ((b(i + 2) & 0x3F) << 6) |
             (b(i + 3) & 0x3F);
  }
}

}  // namespace

std::string NormalizeText(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size() + 1);
  // Pending separators are written only before the next visible character, so
  // that lines end trimmed and blank-line runs fold.
  bool pending_space = false;
  int pending_newlines = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    std::size_t len = Utf8SequenceLength(utf8, i);
    if (len == 0) {  // invalid byte: drop it
      ++i;
      continue;
    }
    std::uint32_t cp = DecodeAt(utf8, i, len);
    CharClass cls = Classify(cp);
    if (cls == CharClass::kNewline) {
      // CRLF counts as one line end.
      if (!(cp == '\n' && i > 0 && utf8[i - 1] == '\r')) ++pending_newlines;
      pending_space = false;
    } else if (cls == CharClass::kSpace) {
      pending_space = true;
    } else if (cls == CharClass::kKeep) {
      if (!out.empty()) {
        if (pending_newlines > 0) {
          out.append(pending_newlines > 1 ? 2 : 1, '\n');
        } else if (pending_space) {
          out.push_back(' ');
        }
      }
      pending_newlines = 0;
      pending_space = false;
      out.append(utf8.data() + i, len);
    }
    i += len;
  }
  if (!out.empty()) out.push_back('\n');
  return out;
}

}  // namespace newsgraph
