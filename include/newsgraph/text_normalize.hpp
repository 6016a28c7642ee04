// Cleaning decoded article text so that the extractor sees plain lines of
// prose whatever the source: line ends, Unicode spaces and invisible
// characters are normalized. Offsets of evidence point into the result.
#ifndef NEWSGRAPH_TEXT_NORMALIZE_HPP_
#define NEWSGRAPH_TEXT_NORMALIZE_HPP_

#include <string>
#include <string_view>

namespace newsgraph {

// Returns utf8 with:
//  - CRLF, lone CR, U+2028 and U+2029 turned into '\n';
//  - no-break spaces (U+00A0, U+202F, U+2007), the other Unicode spaces
//    (U+2000-U+200A, U+205F, U+3000), TAB, FF and VT turned into ' ';
//  - zero-width characters (U+200B-U+200D, U+2060, U+FEFF), soft hyphens
//    (U+00AD), control characters (C0 but '\n', DEL, C1) removed;
//  - runs of spaces folded to one, each line trimmed, runs of blank lines
//    folded to one blank line, no blank line at the start or end, and a
//    final '\n' when the text is not empty.
// Bytes that are not valid UTF-8 are dropped (callers decode first).
std::string NormalizeText(std::string_view utf8);

}  // namespace newsgraph

#endif  // NEWSGRAPH_TEXT_NORMALIZE_HPP_
