#include "text/tokenizer.hpp"

#include <algorithm>
#include <cstring>

namespace newsgraph::text {
namespace {

bool IsAsciiAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

// Per byte: its ASCII lower case, and what it is.
enum CharBits : uint8_t { kAlnumBit = 1, kUpperBit = 2, kLetterBit = 4, kSpaceBit = 8, kLowerBit = 16 };
struct CharTable {
  uint8_t lower[256];
  uint8_t bits[256];
  constexpr CharTable() : lower(), bits() {
    for (int c = 0; c < 256; ++c) {
      bool upper = c >= 'A' && c <= 'Z', letter = upper || (c >= 'a' && c <= 'z');
      lower[c] = static_cast<uint8_t>(upper ? c + 32 : c);
      bits[c] = static_cast<uint8_t>((letter || (c >= '0' && c <= '9') ? kAlnumBit : 0) |
                                     (upper ? kUpperBit : 0) | (letter ? kLetterBit : 0) |
                                     (letter && !upper ? kLowerBit : 0) |
                                     (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
                                              c == '\v'
                                          ? kSpaceBit
                                          : 0));
    }
  }
};
constexpr CharTable kChars;

// Length of the UTF-8 sequence starting with lead byte c (1 for bad bytes).
std::size_t Utf8Len(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xe) return 3;
  if ((c >> 3) == 0x1e) return 4;
  return 1;
}

// Non-ASCII punctuation and spaces we know, with their ASCII folding.
// Returns nullptr for a non-ASCII letter.
struct Fold {
  const char* utf8;
  const char* ascii;  // "" = white space
  uint16_t flags;
};
constexpr Fold kFolds[] = {
    {"\u2018", "'", kQuote},  {"\u2019", "'", kQuote},  {"\u201a", "'", kQuote},
    {"\u201b", "'", kQuote},  {"\u201c", "\"", kQuote}, {"\u201d", "\"", kQuote},
    {"\u201e", "\"", kQuote}, {"\u00ab", "\"", kQuote}, {"\u00bb", "\"", kQuote},
    {"\u2032", "'", kQuote},  {"\u2010", "-", kDash},   {"\u2011", "-", kDash},
    {"\u2012", "-", kDash},   {"\u2013", "-", kDash},   {"\u2014", "-", kDash},
    {"\u2015", "-", kDash},   {"\u2212", "-", kDash},   {"\u2026", "...", 0},
    {"\u2022", "*", 0},       {"\u00b7", "*", 0},       {"\u00a0", "", 0},
    {"\u2009", "", 0},        {"\u200a", "", 0},        {"\u2002", "", 0},
    {"\u2003", "", 0},        {"\u202f", "", 0},        {"\u3000", "", 0},
    {"\u200b", "", 0},        {"\u200c", "", 0},        {"\u200d", "", 0},
    {"\ufeff", "", 0},        {"\u00ad", "", 0},
};

const Fold* FindFold(std::string_view text, std::size_t i) {
  // Every fold starts with one of these lead bytes; other letters need no search.
  unsigned char lead = static_cast<unsigned char>(text[i]);
  if (lead != 0xc2 && lead != 0xe2 && lead != 0xe3 && lead != 0xef) return nullptr;
  for (const Fold& f : kFolds) {
    std::size_t n = std::strlen(f.utf8);
    if (text.compare(i, n, f.utf8) == 0) return &f;
  }
  return nullptr;
}

bool IsApostrophe(std::string_view text, std::size_t i, std::size_t* len) {
  if (i < text.size() && text[i] == '\'') {
    *len = 1;
    return true;
  }
  if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xe2 &&
      text.compare(i, 3, "\u2019") == 0) {
    *len = 3;
    return true;
  }
  return false;
}

// A letter-like code point: ASCII letters and digits, and any non-ASCII code
// point that is not a known punctuation or space.
bool IsWordChar(std::string_view text, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return IsAsciiAlpha(c) || IsDigit(c);
  return FindFold(text, i) == nullptr;
}

// Flags that depend on a word's first character.
uint16_t LeadFlags(std::string_view word) {
  uint16_t flags = kWord;
  unsigned char c0 = static_cast<unsigned char>(word[0]);
  if (IsDigit(c0)) flags |= kDigit;
  if (IsUpper(c0) || c0 >= 0xc3) flags |= kCap;  // accented capitals start at U+00C0
  if (c0 >= 0xc3 && c0 < 0xe0) {
    // U+00C0..U+00DE are capitals; U+00DF.. lower case (2-byte, lead 0xc3).
    unsigned char c1 = word.size() > 1 ? static_cast<unsigned char>(word[1]) : 0;
    if (c0 == 0xc3 && c1 >= 0x9f) flags &= ~kCap;
  }
  return flags;
}


class Builder {
 public:
  // Fills *out, reusing the room its buffers already have.
  Builder(std::string_view text, TokenizedText* out) : out_(*out) {
    out_.text = text;
    out_.tokens.clear();
    // Normal forms are never longer than the text they come from; Push grows
    // the buffer anyway if one is, and Finish cuts it to what was written.
    out_.norm.resize(text.size() + 16);
    out_.tokens.reserve(text.size() / 5 + 8);
  }

  // Adds a token with the given flags (punctuation, "'s", "n't").
  void Add(std::size_t begin, std::size_t end, uint16_t flags, std::string_view norm) {
    int letters, upper;
    Push(begin, end, flags, norm, &letters, &upper);
  }
  // Adds a word, working out its flags in the same pass as its normal form.
  void AddWord(std::size_t begin, std::size_t end, std::string_view word) {
    int letters, upper;
    Token& t = Push(begin, end, LeadFlags(word), word, &letters, &upper);
    if (letters >= 2 && letters == upper) t.flags |= kAllCaps;
  }
  void Space(bool newline) {
    glue_ = false;
    if (newline) line_start_ = true;
  }
  void Finish() { out_.norm.resize(norm_used_); }

  // The common word: a run of ASCII letters and digits from text[begin] to
  // the first other byte, read, lower-cased and hashed in one pass. Adds it
  // and returns its end when that byte cannot continue the word (white space,
  // most punctuation, the end); returns begin and adds nothing otherwise.
  std::size_t AddAsciiWord(std::string_view text, std::size_t begin) {
    const std::size_t n = text.size();
    const std::size_t at = norm_used_;
    if (at + (n - begin) > out_.norm.size()) out_.norm.resize(2 * (at + (n - begin)));
    char* const dst = &out_.norm[at];
    const unsigned char* const src = reinterpret_cast<const unsigned char*>(text.data());
    uint64_t h = kHashNormSeed;
    unsigned seen = 0, upper = 0;  // bits of every byte or'ed; capitals
    std::size_t j = begin;
    while (j < n) {
      unsigned c = src[j];
      unsigned bits = kChars.bits[c];
      if (!(bits & kAlnumBit)) break;
      unsigned lower = kChars.lower[c];
      seen |= bits;
      upper += bits & kUpperBit;
      dst[j - begin] = static_cast<char>(lower);
      h = (h ^ lower) * 1099511628211ull;
      ++j;
    }
    if (j < n) {
      unsigned char d = static_cast<unsigned char>(text[j]);
      bool number = IsDigit(static_cast<unsigned char>(text[begin]));
      // Letters beyond ASCII, inner apostrophes and number separators need the full rules.
      if (d >= 0x80 || d == '\'' || (number && (d == ',' || d == '.'))) return begin;
    }
    norm_used_ = at + (j - begin);
    Token& t = Append(begin, j, LeadFlags(text.substr(begin, j - begin)), at, j - begin, h);
    // Two or more letters, all capitals: no lower-case letter and two capitals.
    if (!(seen & kLowerBit) && upper >= 2 * kUpperBit) t.flags |= kAllCaps;
    return j;
  }

 private:
  // Appends the token: its normal form (ASCII lower case) to the shared
  // buffer, its hash, and counts of its ASCII letters and capitals.
  Token& Push(std::size_t begin, std::size_t end, uint16_t flags, std::string_view norm, int* letters,
              int* upper) {
    const std::size_t at = norm_used_;
    if (at + norm.size() > out_.norm.size()) out_.norm.resize(2 * (at + norm.size()));
    norm_used_ = at + norm.size();
    char* dst = &out_.norm[at];
    uint64_t h = kHashNormSeed;
    int l = 0, u = 0;
    for (std::size_t k = 0; k < norm.size(); ++k) {
      unsigned char c = static_cast<unsigned char>(norm[k]);
      unsigned char lower = kChars.lower[c];
      uint8_t bits = kChars.bits[c];
      l += (bits & kLetterBit) != 0;
      u += (bits & kUpperBit) != 0;
      dst[k] = static_cast<char>(lower);
      h = (h ^ lower) * 1099511628211ull;
    }
    *letters = l;
    *upper = u;
    return Append(begin, end, flags, at, norm.size(), h);
  }

  // Adds the token whose normal form, norm_len bytes, is already at norm_at
  // with hash h.
  Token& Append(std::size_t begin, std::size_t end, uint16_t flags, std::size_t norm_at,
                std::size_t norm_len, uint64_t h) {
    Token t;
    t.begin = static_cast<uint32_t>(begin);
    t.end = static_cast<uint32_t>(end);
    t.norm_begin = static_cast<uint32_t>(norm_at);
    t.norm_len = static_cast<uint32_t>(norm_len);
    t.hash = h;
    if (glue_) flags |= kGlueLeft;
    if (line_start_) flags |= kLineStart;
    t.flags = flags;
    out_.tokens.push_back(t);
    glue_ = true;
    line_start_ = false;
    return out_.tokens.back();
  }

  TokenizedText& out_;
  std::size_t norm_used_ = 0;  // bytes of out_.norm written
  bool glue_ = false;
  bool line_start_ = true;
};


}  // namespace

TokenizedText Tokenize(std::string_view text) {
  TokenizedText out;
  Tokenize(text, &out);
  return out;
}

void Tokenize(std::string_view text, TokenizedText* out) {
  Builder b(text, out);
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    uint8_t bits = kChars.bits[c];
    if (bits & kSpaceBit) {
      b.Space(c == '\n');
      ++i;
      continue;
    }
    // A plain word, unless it may be a dotted abbreviation ("U.S.").
    if ((bits & kAlnumBit) && !(i + 1 < n && text[i + 1] == '.' && (bits & kLetterBit))) {
      std::size_t end = b.AddAsciiWord(text, i);
      if (end != i) {
        i = end;
        continue;
      }
    }
    if (const Fold* f = c >= 0x80 ? FindFold(text, i) : nullptr) {
      std::size_t len = std::strlen(f->utf8);
      if (*f->ascii == 0) {
        // Zero-width characters glue, visible spaces separate.
        if (std::strcmp(f->utf8, "\u200b") != 0 && std::strcmp(f->utf8, "\u200c") != 0 &&
            std::strcmp(f->utf8, "\u200d") != 0 && std::strcmp(f->utf8, "\u00ad") != 0 &&
            std::strcmp(f->utf8, "\ufeff") != 0) {
          b.Space(false);
        }
        i += len;
        continue;
      }
      // A curly apostrophe may start "'s" / "'" possessives, handled below.
      std::size_t alen;
      if (!(IsApostrophe(text, i, &alen) && i > 0)) {
        b.Add(i, i + len, kPunct | f->flags, f->ascii);
        i += len;
        continue;
      }
    }
    std::size_t alen = 0;
    if (IsApostrophe(text, i, &alen)) {
      // "'s" possessive / contraction, or a lone quote.
      std::size_t j = i + alen;
      if (j < n && (text[j] == 's' || text[j] == 'S') && (j + 1 >= n || !IsWordChar(text, j + 1))) {
        b.Add(i, j + 1, kWord, "'s");
        i = j + 1;
        continue;
      }
      b.Add(i, j, kPunct | kQuote, "'");
      i = j;
      continue;
    }
    if (IsAsciiAlpha(c) || IsDigit(c) || (c >= 0x80 && IsWordChar(text, i))) {
      std::size_t start = i;
      // Dotted abbreviations: U.S., U.N., a.m. (two or more single letters with dots).
      if (IsAsciiAlpha(c)) {
        std::size_t j = i;
        while (j + 1 < n && IsAsciiAlpha(static_cast<unsigned char>(text[j])) && text[j + 1] == '.') {
          j += 2;
        }
        if (j - i >= 4 && (j >= n || !IsWordChar(text, j))) {
          std::string_view word = text.substr(i, j - i);
          b.AddWord(i, j, word);
          i = j;
          continue;
        }
      }
      bool number = IsDigit(c);
      while (i < n) {
        unsigned char d = static_cast<unsigned char>(text[i]);
        if (IsAsciiAlpha(d) || IsDigit(d)) {
          ++i;
        } else if (d >= 0x80 && IsWordChar(text, i)) {
          i = std::min(n, i + Utf8Len(d));  // a truncated sequence ends at the end
        } else if (number && (d == ',' || d == '.') && i + 1 < n &&
                   IsDigit(static_cast<unsigned char>(text[i + 1]))) {
          ++i;
        } else if (d == '\'' || (d == 0xe2 && text.compare(i, 3, "\u2019") == 0)) {
          // Inner apostrophe: "O'Brien" stays one word; "n't" splits off.
          std::size_t al = d == '\'' ? 1 : 3;
          std::size_t j = i + al;
          bool next_s = j < n && (text[j] == 's' || text[j] == 'S') &&
                        (j + 1 >= n || !IsWordChar(text, j + 1));
          bool next_t = j < n && (text[j] == 't' || text[j] == 'T') && i > start &&
                        (text[i - 1] == 'n' || text[i - 1] == 'N') &&
                        (j + 1 >= n || !IsWordChar(text, j + 1));
          if (next_t) {
            // split "does|n't"
            std::string_view word = text.substr(start, i - 1 - start);
            if (!word.empty()) b.AddWord(start, i - 1, word);
            b.Add(i - 1, j + 1, kWord, "n't");
            i = j + 1;
            start = i;
            break;
          }
          if (next_s || j >= n || !IsWordChar(text, j)) break;
          i = j;
        } else {
          break;
        }
      }
      if (i > start) {
        std::string_view word = text.substr(start, i - start);
        // Only a word with a curly apostrophe inside ("O\u2019Brien") needs folding.
        if (std::memchr(word.data(), 0xe2, word.size()) != nullptr &&
            word.find("\u2019") != std::string_view::npos) {
          std::string folded(word);
          for (std::size_t p; (p = folded.find("\u2019")) != std::string::npos;) folded.replace(p, 3, "'");
          b.AddWord(start, i, folded);
        } else {
          b.AddWord(start, i, word);
        }
      }
      continue;
    }
    // ASCII punctuation: one token per character ("..." stays one).
    if (c == '.' && i + 2 < n && text[i + 1] == '.' && text[i + 2] == '.') {
      b.Add(i, i + 3, kPunct, "...");
      i += 3;
      continue;
    }
    uint16_t flags = kPunct;
    if (c == '"' || c == '`') flags |= kQuote;
    if (c == '-') flags |= kDash;
    std::size_t len = Utf8Len(c);
    if (i + len > n) len = n - i;
    char one[2] = {static_cast<char>(c == '`' ? '\'' : c), 0};
    b.Add(i, i + len, flags, c < 0x80 ? std::string_view(one, 1) : text.substr(i, len));
    i += len;
  }
  b.Finish();
}

std::string NormalizePhrase(std::string_view phrase) {
  TokenizedText t = Tokenize(phrase);
  std::string out;
  for (std::size_t i = 0; i < t.tokens.size(); ++i) {
    if (i) out += ' ';
    out += t.Norm(i);
  }
  return out;
}

}  // namespace newsgraph::text
