// Tokens with byte offsets into the original UTF-8 text. Each token also has a
// normalized form (ASCII lower case, curly quotes and dashes folded) stored in
// one buffer per document, so tokenizing allocates nothing per token.
#ifndef NEWSGRAPH_TEXT_TOKENIZER_HPP_
#define NEWSGRAPH_TEXT_TOKENIZER_HPP_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::text {

enum TokenFlag : uint16_t {
  kWord = 1 << 0,       // letters or digits
  kPunct = 1 << 1,      // anything else
  kCap = 1 << 2,        // starts with an upper-case letter
  kAllCaps = 1 << 3,    // two or more letters, all upper case ("US", "DPRK", "U.N.")
  kDigit = 1 << 4,      // starts with a digit
  kGlueLeft = 1 << 5,   // no white space before it
  kLineStart = 1 << 6,  // first token of a line
  kQuote = 1 << 7,      // a quotation mark of any kind
  kDash = 1 << 8,       // a hyphen or dash
};

struct Token {
  uint32_t begin = 0;  // byte offsets into the text
  uint32_t end = 0;
  uint32_t norm_begin = 0;  // offsets into TokenizedText::norm
  uint32_t norm_len = 0;
  uint16_t flags = 0;
  uint64_t hash = 0;  // HashNorm of the normalized form

  bool Has(uint16_t f) const { return (flags & f) != 0; }
};

struct TokenizedText {
  std::string_view text;   // the tokenized text (not owned)
  std::vector<Token> tokens;
  std::string norm;        // normalized forms, back to back

  std::string_view Norm(std::size_t i) const {
    const Token& t = tokens[i];
    return std::string_view(norm).substr(t.norm_begin, t.norm_len);
  }
  std::string_view Surface(std::size_t i) const {
    const Token& t = tokens[i];
    return text.substr(t.begin, t.end - t.begin);
  }
  // The text from the start of token a to the end of token b - 1.
  std::string_view Span(std::size_t a, std::size_t b) const {
    if (a >= b) return {};
    return text.substr(tokens[a].begin, tokens[b - 1].end - tokens[a].begin);
  }
};

// Splits text into tokens. "Russia's" gives "Russia" + "'s", "don't" gives
// "do" + "n't", hyphens are tokens of their own (glued to their neighbours),
// "U.S." and "U.N." are one token, numbers keep their inner commas and dots.
// REQUIRES: text outlives the result.
TokenizedText Tokenize(std::string_view text);
// The same into *out, whose buffers are reused (a caller tokenizing text
// after text allocates once).
void Tokenize(std::string_view text, TokenizedText* out);

// The hash every token carries: FNV-1a of its normalized form.
inline constexpr uint64_t kHashNormSeed = 1469598103934665603ull;
// HashNorm(a + b) == HashNormExtend(HashNorm(a), b).
inline uint64_t HashNormExtend(uint64_t h, std::string_view more) {
  for (unsigned char c : more) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}
inline uint64_t HashNorm(std::string_view norm) { return HashNormExtend(kHashNormSeed, norm); }

// Normalizes a phrase the way Tokenize normalizes each token, joining tokens
// with single spaces ("North Korea’s" -> "north korea 's").
std::string NormalizePhrase(std::string_view phrase);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_TOKENIZER_HPP_
