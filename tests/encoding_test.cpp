#include "newsgraph/encoding.hpp"

#include <string>

#include <catch2/catch.hpp>

using newsgraph::DecodeText;

namespace {

std::string Bytes(std::initializer_list<int> b) {
  std::string s;
  for (int c : b) s.push_back(static_cast<char>(c));
  return s;
}

}  // namespace

TEST_CASE("UTF-8 passes through and a UTF-8 BOM is dropped") {
  auto plain = DecodeText("Kyiv \xE2\x80\x94 caf\xC3\xA9", "a.txt");
  REQUIRE(plain.ok());
  CHECK(plain->text == "Kyiv \xE2\x80\x94 caf\xC3\xA9");
  CHECK(plain->encoding == "utf-8");
  CHECK(plain->notes.empty());
  auto bom = DecodeText("\xEF\xBB\xBFSeoul", "a.txt");
  REQUIRE(bom.ok());
  CHECK(bom->text == "Seoul");
}

TEST_CASE("UTF-16 with a BOM is converted, surrogate pairs included") {
  // "Hi é😀" in UTF-16LE and UTF-16BE.
  std::string le = Bytes({0xFF, 0xFE, 'H', 0, 'i', 0, ' ', 0, 0xE9, 0, 0x3D, 0xD8, 0x00, 0xDE});
  std::string be = Bytes({0xFE, 0xFF, 0, 'H', 0, 'i', 0, ' ', 0, 0xE9, 0xD8, 0x3D, 0xDE, 0x00});
  for (const std::string& in : {le, be}) {
    auto d = DecodeText(in, "a.txt");
    INFO(d.status().message());
    REQUIRE(d.ok());
    CHECK(d->text == "Hi \xC3\xA9\xF0\x9F\x98\x80");
    REQUIRE(d->notes.size() == 1);
  }
  CHECK(DecodeText(le, "a.txt")->encoding == "utf-16le");
  CHECK(DecodeText(be, "a.txt")->encoding == "utf-16be");
}

TEST_CASE("bytes that are not UTF-8 are read as Windows-1252, with a note") {
  // Smart quotes from Word in an otherwise UTF-8 file with an em dash.
  std::string in = "\x93Yes,\x94 he said \xE2\x80\x94 it\x92s over \x80" "5";
  auto d = DecodeText(in, "a.txt");
  REQUIRE(d.ok());
  CHECK(d->text ==
        "\xE2\x80\x9CYes,\xE2\x80\x9D he said \xE2\x80\x94 it\xE2\x80\x99s over \xE2\x82\xAC" "5");
  CHECK(d->encoding == "windows-1252");
  REQUIRE(d->notes.size() == 1);
  CHECK(d->notes[0] == "not valid UTF-8: decoded 4 byte(s) as Windows-1252 (first at byte offset 0)");
  // Latin-1 letters.
  CHECK(DecodeText("caf\xE9 na\xEFve", "a.txt")->text == "caf\xC3\xA9 na\xC3\xAFve");
}

TEST_CASE("bad input is refused with the file name and byte offset") {
  struct Case {
    std::string bytes;
    std::string message;
  };
  auto c = GENERATE(values<Case>({
      {std::string("abc\0def", 7),
       "a.txt: byte offset 3: binary file (NUL byte); newsgraph reads text and HTML articles"},
      {"text then \x81 undefined",
       "a.txt: byte offset 10: invalid UTF-8 byte 0x81 (not Windows-1252 either) near 'text "
       "then \x81 undefined'"},
      {Bytes({0xFF, 0xFE, 0, 0, 'a', 0, 0, 0}),
       "a.txt: byte offset 0: UTF-32 text is not supported; save it as UTF-8"},
      {Bytes({0xFF, 0xFE, 'a', 0, 0x00, 0xD8, 'b', 0}),
       "a.txt: byte offset 4: unpaired UTF-16 surrogate"},
      {Bytes({0xFF, 0xFE, 'a', 0, 'b'}),
       "a.txt: byte offset 4: UTF-16 text has an odd number of bytes (truncated file?)"},
      {Bytes({'N', 0, 'e', 0, 'w', 0, 's', 0, ' ', 0, 'i', 0, 't', 0, 'e', 0, 'm', 0}),
       "a.txt: byte offset 1: looks like UTF-16 without a byte-order mark; save it as UTF-8"},
      {std::string(40, '\x01') + std::string(100, 'a'),
       "a.txt: byte offset 0: binary file (40 control bytes, first 0x01); newsgraph reads text "
       "and HTML articles"},
  }));
  auto d = DecodeText(c.bytes, "a.txt");
  REQUIRE_FALSE(d.ok());
  CHECK(d.status().message() == c.message);
}

TEST_CASE("mostly high bytes that are not UTF-8 is binary, not Windows-1252") {
  std::string noise;
  for (int i = 0; i < 400; ++i) noise.push_back(static_cast<char>(0xA0 + (i * 7) % 0x5F));
  auto d = DecodeText(noise, "blob.bin");
  REQUIRE_FALSE(d.ok());
  CHECK(d.status().message().find("blob.bin: byte offset 0: binary file (") == 0);
}

TEST_CASE("a few stray control bytes are not binary") {
  auto d = DecodeText("Text with a DOS end\x1A", "a.txt");
  REQUIRE(d.ok());
  CHECK(d->text == "Text with a DOS end\x1A");  // NormalizeText drops it
}

TEST_CASE("UTF-8 validation rejects overlongs, surrogates and truncation") {
  using newsgraph::FindInvalidUtf8;
  CHECK(FindInvalidUtf8("ok \xC3\xA9 \xF0\x9F\x98\x80") == std::string_view::npos);
  CHECK(FindInvalidUtf8("a\xC0\xAF") == 1);          // overlong '/'
  CHECK(FindInvalidUtf8("ab\xED\xA0\x80") == 2);     // surrogate
  CHECK(FindInvalidUtf8("abc\xE2\x80") == 3);        // truncated
  CHECK(FindInvalidUtf8("\xF4\x90\x80\x80") == 0);   // above U+10FFFF
  CHECK(newsgraph::Windows1252ToUnicode(0x8D) == 0);
  CHECK(newsgraph::Windows1252ToUnicode(0x96) == 0x2013);
  CHECK(newsgraph::Windows1252ToUnicode(0xE9) == 0xE9);
}
