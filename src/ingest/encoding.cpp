#include "newsgraph/encoding.hpp"

#include <cstdio>

namespace newsgraph {
namespace {

// A few stray control bytes are debris (NormalizeText drops them); more than
// this many, and more than 1 in kControlRatio bytes, means the file is binary.
constexpr std::size_t kMaxStrayControls = 16;
constexpr std::size_t kControlRatio = 100;
// Windows-1252 English text has few bytes >= 0x80; when more than 1 in
// kHighByteRatio bytes are high bytes that are not UTF-8, it is binary.
constexpr std::size_t kHighByteRatio = 4;
constexpr std::size_t kMinSizeForRatios = 64;

std::string Hex(unsigned char c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", c);
  return buf;
}

std::string At(std::string_view name, std::size_t offset) {
  return std::string(name) + ": byte offset " + std::to_string(offset) + ": ";
}

// A control byte that no text file holds (TAB, LF, FF, CR and ESC excepted).
bool IsBinaryControl(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0x1B) || c == 0x7F;
}

// NUL bytes at every other offset are the mark of UTF-16 saved without a BOM.
bool LooksLikeUtf16WithoutBom(std::string_view b) {
  if (b.size() < 8) return false;
  std::size_t even = 0, odd = 0, n = b.size() < 4096 ? b.size() : 4096;
  for (std::size_t i = 0; i < n; ++i) {
    if (b[i] == '\0') (i % 2 ? odd : even)++;
  }
  return even > n / 4 || odd > n / 4;
}

Status CheckNotBinary(std::string_view text, std::string_view name, std::size_t offset_base) {
  std::size_t controls = 0, first = std::string_view::npos;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0) {
      return Status::InvalidInput(At(name, offset_base + i) +
                                  "binary file (NUL byte); newsgraph reads text and HTML articles");
    }
    if (IsBinaryControl(c)) {
      if (controls++ == 0) first = i;
    }
  }
  if (controls > kMaxStrayControls && controls * kControlRatio > text.size()) {
    return Status::InvalidInput(At(name, offset_base + first) + "binary file (" +
                                std::to_string(controls) + " control bytes, first " +
                                Hex(static_cast<unsigned char>(text[first])) +
                                "); newsgraph reads text and HTML articles");
  }
  return Status::Ok();
}

Result<DecodedText> DecodeUtf16(std::string_view b, bool little_endian, std::string_view name) {
  DecodedText out;
  out.encoding = little_endian ? "utf-16le" : "utf-16be";
  out.notes.push_back("converted from " + std::string(little_endian ? "UTF-16LE" : "UTF-16BE"));
  out.text.reserve(b.size());
  if (b.size() % 2 != 0) {
    return Status::InvalidInput(At(name, b.size() - 1 + 2) +
                                "UTF-16 text has an odd number of bytes (truncated file?)");
  }
  auto unit = [&](std::size_t i) -> std::uint32_t {
    unsigned char lo = static_cast<unsigned char>(b[little_endian ? i : i + 1]);
    unsigned char hi = static_cast<unsigned char>(b[little_endian ? i + 1 : i]);
    return (static_cast<std::uint32_t>(hi) << 8) | lo;
  };
  for (std::size_t i = 0; i < b.size(); i += 2) {
    std::uint32_t u = unit(i);
    const std::size_t file_offset = i + 2;  // the BOM was stripped before
    if (u == 0) {
      return Status::InvalidInput(At(name, file_offset) + "binary file (NUL character in UTF-16)");
    }
    if (u >= 0xD800 && u <= 0xDBFF) {
      std::uint32_t low = i + 3 < b.size() ? unit(i + 2) : 0;
      if (low < 0xDC00 || low > 0xDFFF) {
        return Status::InvalidInput(At(name, file_offset) + "unpaired UTF-16 surrogate");
      }
      AppendUtf8(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), &out.text);
      i += 2;
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
      return Status::InvalidInput(At(name, file_offset) + "unpaired UTF-16 surrogate");
    } else {
      AppendUtf8(u, &out.text);
    }
  }
  NEWSGRAPH_RETURN_IF_ERROR(CheckNotBinary(out.text, name, 0));
  return out;
}

}  // namespace

std::size_t Utf8SequenceLength(std::string_view s, std::size_t i) {
  auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = at(i);
  if (c < 0x80) return 1;
  std::size_t len;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;  // overlong
    if (c == 0xED) hi = 0x9F;  // surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;  // overlong
    if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  if (at(i + 1) < lo || at(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < len; ++k) {
    if (at(i + k) < 0x80 || at(i + k) > 0xBF) return 0;
  }
  return len;
}

std::size_t FindInvalidUtf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = Utf8SequenceLength(s, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

void AppendUtf8(std::uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::uint32_t Windows1252ToUnicode(unsigned char byte) {
  // 0x80-0x9F; the rest of the code page is Latin-1.
  static const std::uint16_t kHigh[32] = {
      0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80-87
      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,       // 88-8F
      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90-97
      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,  // 98-9F
  };
  if (byte >= 0x80 && byte <= 0x9F) return kHigh[byte - 0x80];
  return byte;
}

Result<DecodedText> DecodeText(std::string_view bytes, std::string_view name) {
  auto starts = [&](std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; };
  if (starts(std::string_view("\xFF\xFE\0\0", 4)) || starts(std::string_view("\0\0\xFE\xFF", 4))) {
    return Status::Unsupported(At(name, 0) + "UTF-32 text is not supported; save it as UTF-8");
  }
  if (starts("\xFF\xFE")) return DecodeUtf16(bytes.substr(2), true, name);
  if (starts("\xFE\xFF")) return DecodeUtf16(bytes.substr(2), false, name);

  DecodedText out;
  out.encoding = "utf-8";
  std::size_t base = 0;
  if (starts("\xEF\xBB\xBF")) base = 3;
  std::string_view body = bytes.substr(base);
  if (LooksLikeUtf16WithoutBom(body)) {
    std::size_t nul = body.find('\0');
    return Status::InvalidInput(At(name, base + nul) +
                                "looks like UTF-16 without a byte-order mark; save it as UTF-8");
  }
  NEWSGRAPH_RETURN_IF_ERROR(CheckNotBinary(body, name, base));

  std::size_t first_bad = FindInvalidUtf8(body);
  if (first_bad == std::string_view::npos) {
    out.text.assign(body.data(), body.size());
    return out;
  }
  // Not valid UTF-8: keep the valid sequences, read the other bytes as
  // Windows-1252 (a UTF-8 file with pasted smart quotes, or a cp1252 file).
  out.text.reserve(body.size() + body.size() / 8);
  std::size_t converted = 0;
  for (std::size_t i = 0; i < body.size();) {
    std::size_t n = Utf8SequenceLength(body, i);
    if (n > 0) {
      out.text.append(body.data() + i, n);
      i += n;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(body[i]);
    std::uint32_t cp = Windows1252ToUnicode(c);
    if (cp == 0) {
      return Status::InvalidInput(At(name, base + i) + "invalid UTF-8 byte " + Hex(c) +
                                  " (not Windows-1252 either) near " +
                                  QuoteInput(body.substr(i > 20 ? i - 20 : 0, 40)));
    }
    AppendUtf8(cp, &out.text);
    ++converted;
    ++i;
  }
  if (body.size() >= kMinSizeForRatios && converted * kHighByteRatio > body.size()) {
    return Status::InvalidInput(At(name, base + first_bad) + "binary file (" +
                                std::to_string(converted) + " of " + std::to_string(body.size()) +
                                " bytes are neither UTF-8 nor text)");
  }
  out.encoding = "windows-1252";
  out.notes.push_back("not valid UTF-8: decoded " + std::to_string(converted) +
                      " byte(s) as Windows-1252 (first at byte offset " +
                      std::to_string(base + first_bad) + ")");
  return out;
}

}  // namespace newsgraph
