// Escaping text for the output formats: XML character data and attribute
// values, XML NMTOKENs, and Graphviz DOT quoted strings. Every function
// yields valid output for any input bytes: invalid UTF-8 becomes U+FFFD and
// characters the format forbids are dropped.
#ifndef NEWSGRAPH_IO_TEXT_ESCAPE_HPP_
#define NEWSGRAPH_IO_TEXT_ESCAPE_HPP_

#include <cstdint>
#include <string>
#include <string_view>

namespace newsgraph::io {

// Decodes one UTF-8 sequence at text[*pos] and advances *pos past it.
// Returns the code point, or U+FFFD (advancing one byte) for a malformed,
// overlong, surrogate or truncated sequence.
char32_t NextCodePoint(std::string_view text, std::size_t* pos);

// Appends text escaped for XML 1.0: & < > " ' as entities, carriage return
// (and, in attribute values, tab and newline) as character references so a
// parser gives them back unchanged; characters XML 1.0 forbids (most C0
// controls, U+FFFE, U+FFFF) are dropped.
void AppendXmlEscaped(std::string_view text, bool attribute, std::string* out);

// True when text is a non-empty XML NMTOKEN that every schema validator
// accepts (ASCII name characters and the common non-ASCII letters).
bool IsSafeNmtoken(std::string_view text);
// Maps text to a safe NMTOKEN: each run of other characters becomes one '_';
// empty text becomes "_". Different inputs may give the same token: callers
// make tokens unique.
std::string ToNmtoken(std::string_view text);

// Appends text escaped for the inside of a DOT double-quoted string used as
// an escString (label, tooltip): '"' and '\' are escaped, a newline becomes
// "\n", other control characters are dropped.
void AppendDotEscaped(std::string_view text, std::string* out);
// Appends text escaped for a DOT HTML-like label (& < > " as entities).
void AppendDotHtmlEscaped(std::string_view text, std::string* out);

}  // namespace newsgraph::io

#endif  // NEWSGRAPH_IO_TEXT_ESCAPE_HPP_
