#include "io/text_escape.hpp"

#include <array>

#include "newsgraph/encoding.hpp"

namespace newsgraph::io {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Non-ASCII code points that are name characters both in XML 1.0 4th edition
// (which libxml2's schema validator applies) and in the 5th edition: the
// letters of the scripts news names are written in.
constexpr std::pair<char32_t, char32_t> kNameRanges[] = {
    {0x00C0, 0x00D6}, {0x00D8, 0x00F6}, {0x00F8, 0x00FF}, {0x0100, 0x0131}, {0x0134, 0x013E},
    {0x0141, 0x0148}, {0x014A, 0x017E}, {0x0180, 0x01C3}, {0x01CD, 0x01F0}, {0x01F4, 0x01F5},
    {0x01FA, 0x0217}, {0x0300, 0x0345}, {0x0386, 0x0386}, {0x0388, 0x038A}, {0x038C, 0x038C},
    {0x038E, 0x03A1}, {0x03A3, 0x03CE}, {0x0401, 0x040C}, {0x040E, 0x044F}, {0x0451, 0x045C},
    {0x045E, 0x0481}, {0x05D0, 0x05EA}, {0x0621, 0x063A}, {0x0641, 0x064A}, {0x3041, 0x3094},
    {0x30A1, 0x30FA}, {0x4E00, 0x9FA5}, {0xAC00, 0xD7A3},
};

bool IsAsciiNameChar(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == ':';
}

bool IsNameCodePoint(char32_t cp) {
  if (cp < 0x80) return IsAsciiNameChar(static_cast<unsigned char>(cp));
  for (const auto& [lo, hi] : kNameRanges) {
    if (cp >= lo && cp <= hi) return true;
  }
  return false;
}

// XML 1.0 Char production, without the surrogates (never decoded).
bool IsXmlChar(char32_t cp) {
  if (cp < 0x20) return cp == 0x9 || cp == 0xA || cp == 0xD;
  return cp != 0xFFFE && cp != 0xFFFF;
}

// Bytes that need no attention in XML text: printable ASCII but & < > " '.
struct PlainTable {
  std::array<bool, 256> plain{};
  constexpr PlainTable() {
    for (int c = 0x20; c < 0x7F; ++c) plain[c] = true;
    plain['&'] = plain['<'] = plain['>'] = plain['"'] = plain['\''] = false;
  }
};
constexpr PlainTable kXmlPlain;

}  // namespace

char32_t NextCodePoint(std::string_view text, std::size_t* pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = *pos;
  unsigned char c = s[i];
  if (c < 0x80) {
    *pos = i + 1;
    return c;
  }
  int len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2, cp = c & 0x1F, min = 0x80;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3, cp = c & 0x0F, min = 0x800;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4, cp = c & 0x07, min = 0x10000;
  } else {
    *pos = i + 1;
    return kReplacement;
  }
  if (i + len > n) {
    *pos = i + 1;
    return kReplacement;
  }
  for (int k = 1; k < len; ++k) {
    unsigned char cc = s[i + k];
    if ((cc & 0xC0) != 0x80) {
      *pos = i + 1;
      return kReplacement;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    *pos = i + 1;
    return kReplacement;
  }
  *pos = i + len;
  return cp;
}

void AppendXmlEscaped(std::string_view text, bool attribute, std::string* out) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    std::size_t start = i;
    while (i < n && kXmlPlain.plain[static_cast<unsigned char>(text[i])]) ++i;
    out->append(text.data() + start, i - start);
    if (i >= n) break;
    char c = text[i];
    switch (c) {
      case '&': out->append("&amp;"); ++i; continue;
      case '<': out->append("&lt;"); ++i; continue;
      case '>': out->append("&gt;"); ++i; continue;
      case '"': out->append("&quot;"); ++i; continue;
      case '\'': out->append("&apos;"); ++i; continue;
      case '\r': out->append("&#13;"); ++i; continue;
      case '\n': out->append(attribute ? "&#10;" : "\n"); ++i; continue;
      case '\t': out->append(attribute ? "&#9;" : "\t"); ++i; continue;
      default: break;
    }
    char32_t cp = NextCodePoint(text, &i);
    if (IsXmlChar(cp)) {
      if (cp >= 0x80 && cp != kReplacement) {
        // Copy the valid sequence as it stands.
        std::size_t len = cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        out->append(text.data() + i - len, len);
      } else {
        AppendUtf8(cp, out);
      }
    }
  }
}

bool IsSafeNmtoken(std::string_view text) {
  if (text.empty()) return false;
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (!IsAsciiNameChar(c)) return false;
      ++i;
      continue;
    }
    if (!IsNameCodePoint(NextCodePoint(text, &i))) return false;
  }
  return true;
}

std::string ToNmtoken(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool in_gap = false;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    char32_t cp = NextCodePoint(text, &i);
    if (IsNameCodePoint(cp) && cp != kReplacement) {
      out.append(text.data() + start, i - start);
      in_gap = false;
    } else if (!in_gap) {
      out.push_back('_');
      in_gap = true;
    }
  }
  if (out.empty()) out = "_";
  return out;
}

void AppendDotEscaped(std::string_view text, std::string* out) {
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
      out->push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    if (c == '"' || c == '\\') {
      out->push_back('\\');
      out->push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    if (c == '\n') {
      out->append("\\n");
      ++i;
      continue;
    }
    if (c == '\t') {
      out->push_back(' ');
      ++i;
      continue;
    }
    std::size_t start = i;
    char32_t cp = NextCodePoint(text, &i);
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) continue;  // controls
    if (cp == kReplacement && i - start == 1) {
      AppendUtf8(cp, out);
    } else {
      out->append(text.data() + start, i - start);
    }
  }
}

void AppendDotHtmlEscaped(std::string_view text, std::string* out) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    char32_t cp = NextCodePoint(text, &i);
    switch (cp) {
      case '&': out->append("&amp;"); continue;
      case '<': out->append("&lt;"); continue;
      case '>': out->append("&gt;"); continue;
      case '"': out->append("&quot;"); continue;
      default: break;
    }
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) continue;
    if (cp == kReplacement && i - start == 1) {
      AppendUtf8(cp, out);
    } else {
      out->append(text.data() + start, i - start);
    }
  }
}

}  // namespace newsgraph::io
