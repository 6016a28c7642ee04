// SHA-256 (FIPS 180-4) of a byte string, for the content hash that keeps
// each article once in the store (not a public API).
#ifndef NEWSGRAPH_STORE_SHA256_HPP_
#define NEWSGRAPH_STORE_SHA256_HPP_

#include <string>
#include <string_view>

namespace newsgraph::store {

// 64 lower-case hex digits. Uses the CPU's SHA instructions when it has them
// (x86-64 SHA-NI: about ten times faster) unless portable is set.
std::string Sha256Hex(std::string_view bytes, bool portable = false);

// Whether this CPU has the SHA instructions Sha256Hex uses.
bool HasShaInstructions();

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_SHA256_HPP_
