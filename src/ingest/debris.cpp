#include "newsgraph/debris.hpp"

#include <algorithm>
#include <cctype>

#include "newsgraph/file_util.hpp"

namespace newsgraph {
namespace {

bool IsAsciiAlnum(unsigned char c) { return std::isalnum(c) != 0; }

// Multi-byte punctuation and arrows common around debris: "›", "»", "→", "…",
// "•", "|" variants. Returns its length at s[i], or 0.
std::size_t TrimmableSymbolAt(std::string_view s, std::size_t i) {
  static const std::string_view kSymbols[] = {"\xE2\x80\xBA", "\xC2\xBB", "\xC2\xAB",
                                              "\xE2\x86\x92", "\xE2\x80\xA6", "\xE2\x80\xA2",
                                              "\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x96\xB6",
                                              "\xE2\x96\xBA", "\xE2\x86\x91", "\xC2\xB7", "\xC2\xA9"};
  for (std::string_view sym : kSymbols) {
    if (s.substr(i, sym.size()) == sym) return sym.size();
  }
  return 0;
}

// Lower-cased, inner spaces folded, outer spaces trimmed.
std::string PrefixKey(std::string_view phrase) {
  std::string key;
  bool space = false;
  for (unsigned char c : phrase) {
    if (c == ' ' || c == '\t') {
      space = !key.empty();
      continue;
    }
    if (space) key.push_back(' ');
    space = false;
    key.push_back(static_cast<char>(c < 0x80 ? std::tolower(c) : c));
  }
  return key;
}

}  // namespace

std::string DebrisKey(std::string_view line) {
  // Trim from both ends: ASCII non-alphanumerics and the symbols above.
  std::size_t b = 0, e = line.size();
  while (b < e) {
    unsigned char c = static_cast<unsigned char>(line[b]);
    if (c < 0x80 && !IsAsciiAlnum(c)) {
      ++b;
    } else if (std::size_t n = TrimmableSymbolAt(line, b)) {
      b += n;
    } else {
      break;
    }
  }
  while (e > b) {
    unsigned char c = static_cast<unsigned char>(line[e - 1]);
    if (c < 0x80 && !IsAsciiAlnum(c)) {
      --e;
      continue;
    }
    bool trimmed = false;
    for (std::size_t n = 2; n <= 3 && n <= e - b; ++n) {
      if (TrimmableSymbolAt(line, e - n) == n) {
        e -= n;
        trimmed = true;
        break;
      }
    }
    if (!trimmed) break;
  }
  std::string key;
  key.reserve(e - b);
  bool space = false;
  for (std::size_t i = b; i < e; ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if (c == ' ' || c == '\t') {
      space = true;
      continue;
    }
    if (space) key.push_back(' ');
    space = false;
    key.push_back(static_cast<char>(c < 0x80 ? std::tolower(c) : c));
  }
  return key;
}

Result<DebrisFilter> DebrisFilter::Parse(std::string_view text, std::string_view name) {
  DebrisFilter f;
  std::size_t line_no = 0;
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos || line[first] == '#') continue;
    bool prefix = line.back() == '*';
    if (prefix) line.remove_suffix(1);
    // A prefix keeps its trailing punctuation: "Watch:*" must not match
    // "Watch out".
    std::string key = prefix ? PrefixKey(line) : DebrisKey(line);
    if (key.empty()) {
      return Status::InvalidInput(std::string(name) + ":" + std::to_string(line_no) +
                                  ": empty phrase: " + QuoteInput(line));
    }
    (prefix ? f.prefixes_ : f.exact_).push_back(std::move(key));
  }
  std::sort(f.exact_.begin(), f.exact_.end());
  f.exact_.erase(std::unique(f.exact_.begin(), f.exact_.end()), f.exact_.end());
  return f;
}

Result<DebrisFilter> DebrisFilter::LoadDir(std::string_view schema_dir) {
  std::string path = std::string(schema_dir) + "/ingest/debris.txt";
  Result<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  return Parse(text.value(), path);
}

bool DebrisFilter::IsDebris(std::string_view line) const {
  if (exact_.empty() && prefixes_.empty()) return false;
  if (line.size() > kMaxPrefixLine) return false;
  std::string key = DebrisKey(line);
  if (key.empty()) return false;
  if (std::binary_search(exact_.begin(), exact_.end(), key)) return true;
  for (const std::string& p : prefixes_) {
    // The prefix must end at a word boundary: "Read more*" does not match
    // "Read moreover".
    bool word_end = !IsAsciiAlnum(static_cast<unsigned char>(p.back()));
    if (key.size() >= p.size() && key.compare(0, p.size(), p) == 0 &&
        (key.size() == p.size() || word_end ||
         !IsAsciiAlnum(static_cast<unsigned char>(key[p.size()])))) {
      return true;
    }
  }
  return false;
}

std::string DebrisFilter::RemoveDebrisLines(std::string_view text) const {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t nl = text.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
    std::string_view line = text.substr(pos, end - pos);
    std::string_view bare = line;
    if (!bare.empty() && bare.back() == '\n') bare.remove_suffix(1);
    if (!IsDebris(bare)) out.append(line);
    pos = end;
  }
  return out;
}

}  // namespace newsgraph
