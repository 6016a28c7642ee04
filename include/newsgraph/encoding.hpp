// Decoding the bytes of an article file into UTF-8.
//
// What users feed us: UTF-8 with or without a BOM, UTF-16 with a BOM (saved by
// Windows editors), Windows-1252 text ("smart quotes" pasted from Word or an
// old web page), or the wrong file altogether (binary, UTF-32, a UTF-16 file
// without a BOM). Each gives clean UTF-8 or an error naming the byte offset.
//
//   Result<DecodedText> d = DecodeText(bytes, "page.html");
//   if (!d.ok()) return d.status();  // "page.html: binary file: NUL byte at offset 12"
//   Use(d->text);                    // d->notes says what was converted, if anything
#ifndef NEWSGRAPH_ENCODING_HPP_
#define NEWSGRAPH_ENCODING_HPP_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/status.hpp"

namespace newsgraph {

struct DecodedText {
  std::string text;      // valid UTF-8, without a BOM
  std::string encoding;  // "utf-8", "utf-16le", "utf-16be" or "windows-1252"
  // Human-readable notes on conversions made ("decoded 3 bytes as
  // Windows-1252 (first at offset 120)"); empty for clean UTF-8.
  std::vector<std::string> notes;
};

// Decodes bytes (the whole file named name) to UTF-8:
//  - a UTF-8 BOM is dropped; UTF-16LE/BE with a BOM is converted;
//  - UTF-8 is kept; a byte that is not part of valid UTF-8 is read as
//    Windows-1252 (with a note) when it is defined there, else the input is
//    refused naming its offset;
//  - binary input (a NUL byte, too many control bytes) and UTF-32 are refused.
// Every error message starts with name and gives the byte offset.
Result<DecodedText> DecodeText(std::string_view bytes, std::string_view name);

// Length of the valid UTF-8 sequence starting at s[i] (1-4), or 0 if the bytes
// there are not valid UTF-8 (overlong forms and surrogates are invalid).
std::size_t Utf8SequenceLength(std::string_view s, std::size_t i);

// Byte offset of the first byte that is not valid UTF-8, or npos.
std::size_t FindInvalidUtf8(std::string_view s);

// Appends the UTF-8 encoding of code point cp (REQUIRES: cp <= 0x10FFFF and
// not a surrogate).
void AppendUtf8(std::uint32_t cp, std::string* out);

// The Unicode code point of a Windows-1252 byte, or 0 for the five bytes the
// code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
std::uint32_t Windows1252ToUnicode(unsigned char byte);

}  // namespace newsgraph

#endif  // NEWSGRAPH_ENCODING_HPP_
