#include "newsgraph/file_util.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace newsgraph {

namespace {

// Opens p for reading into *in; *st is its status.
Status Open(const std::string& p, std::ifstream* in, struct stat* st) {
  if (::stat(p.c_str(), st) != 0) {
    return Status::NotFound(p + ": " + std::strerror(errno));
  }
  if (S_ISDIR(st->st_mode)) return Status::IOError(p + ": is a directory");
  in->open(p, std::ios::binary);
  if (!*in) return Status::IOError(p + ": cannot open: " + std::strerror(errno));
  return Status::Ok();
}

}  // namespace

Status OpenFile(std::string_view path, std::ifstream* in) {
  struct stat st;
  return Open(std::string(path), in, &st);
}

Result<std::string> ReadFile(std::string_view path) {
  std::string p(path);
  struct stat st;
  std::ifstream in;
  NEWSGRAPH_RETURN_IF_ERROR(Open(p, &in, &st));
  std::string data;
  if (S_ISREG(st.st_mode)) {
    // A regular file: one read into a buffer of its size.
    data.resize(static_cast<std::size_t>(st.st_size));
    in.read(data.data(), static_cast<std::streamsize>(data.size()));
    data.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) return Status::IOError(p + ": read failed: " + std::strerror(errno));
    // A file that grew while we read: take the rest too.
    char buf[65536];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) data.append(buf, static_cast<std::size_t>(in.gcount()));
  } else {
    data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  if (in.bad()) return Status::IOError(p + ": read failed: " + std::strerror(errno));
  return data;
}

Status WriteFileAtomically(std::string_view path,
                           const std::function<Status(std::ostream&)>& write) {
  std::string target(path);
  std::string tmp = target + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IOError(target + ": cannot write: " + std::strerror(errno));
    Status s = write(out);
    out.flush();
    if (s.ok() && !out) s = Status::IOError(target + ": write failed: " + std::strerror(errno));
    out.close();
    if (s.ok() && out.fail()) s = Status::IOError(target + ": close failed");
    if (!s.ok()) {
      std::remove(tmp.c_str());
      return s;
    }
  }
  if (std::rename(tmp.c_str(), target.c_str()) != 0) {
    Status s = Status::IOError(target + ": cannot rename into place: " + std::strerror(errno));
    std::remove(tmp.c_str());
    return s;
  }
  return Status::Ok();
}

std::string FileName(std::string_view path) {
  std::size_t slash = path.find_last_of('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

std::string FileStem(std::string_view path) {
  std::string name = FileName(path);
  std::size_t dot = name.find_last_of('.');
  if (dot == std::string::npos || dot == 0) return name;
  return name.substr(0, dot);
}

std::string FileExtension(std::string_view path) {
  std::string name = FileName(path);
  std::size_t dot = name.find_last_of('.');
  if (dot == std::string::npos || dot == 0) return "";
  std::string ext = name.substr(dot + 1);
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

}  // namespace newsgraph
