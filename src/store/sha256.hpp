// SHA-256 (FIPS 180-4) of a byte string, for the content hash that keeps
// each article once in the store (not a public API).
#ifndef NEWSGRAPH_STORE_SHA256_HPP_
#define NEWSGRAPH_STORE_SHA256_HPP_

#include <string>
#include <string_view>

namespace newsgraph::store {

// 64 lower-case hex digits.
std::string Sha256Hex(std::string_view bytes);

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_SHA256_HPP_
