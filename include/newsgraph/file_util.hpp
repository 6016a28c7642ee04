// Reading and writing whole files, with errors as values. Writes go to a
// temporary file beside the target and are renamed into place, so a failure
// never leaves a half-written output and never harms an existing one.
#ifndef NEWSGRAPH_FILE_UTIL_HPP_
#define NEWSGRAPH_FILE_UTIL_HPP_

#include <fstream>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

#include "newsgraph/status.hpp"

namespace newsgraph {

// Reads the whole file. Errors name the path and the system's reason.
Result<std::string> ReadFile(std::string_view path);
// Opens the file for reading (binary), for a reader that takes a stream.
// Errors as ReadFile's.
Status OpenFile(std::string_view path, std::ifstream* in);

// Calls write(stream) on a temporary file in the target's directory, then
// renames it to path. If write returns an error or the stream fails, the
// temporary is removed and path is left as it was.
Status WriteFileAtomically(std::string_view path,
                           const std::function<Status(std::ostream&)>& write);

// The last path component without its extension ("a/b/c.txt" -> "c").
std::string FileStem(std::string_view path);
// The last path component ("a/b/c.txt" -> "c.txt").
std::string FileName(std::string_view path);
// The lower-cased extension without the dot ("x.GraphML" -> "graphml").
std::string FileExtension(std::string_view path);

}  // namespace newsgraph

#endif  // NEWSGRAPH_FILE_UTIL_HPP_
