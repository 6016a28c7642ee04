#include "newsgraph/file_util.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

#include <catch2/catch.hpp>

using newsgraph::Status;

namespace {

std::string TempDir() {
  char tmpl[] = "/tmp/newsgraph-file-util-XXXXXX";
  REQUIRE(mkdtemp(tmpl) != nullptr);
  return tmpl;
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("file util: read a whole file, including NUL bytes and no final newline") {
  std::string dir = TempDir();
  std::string path = dir + "/a.bin";
  const std::string content("one\0two\nthree", 13);
  std::ofstream(path, std::ios::binary) << content;
  auto read = newsgraph::ReadFile(path);
  REQUIRE(read.ok());
  CHECK(read.value() == content);
  auto empty_path = dir + "/empty.txt";
  std::ofstream(empty_path).close();
  auto empty = newsgraph::ReadFile(empty_path);
  REQUIRE(empty.ok());
  CHECK(empty.value().empty());
}

TEST_CASE("file util: errors name the path") {
  std::string dir = TempDir();
  auto missing = newsgraph::ReadFile(dir + "/missing.txt");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == Status::Code::kNotFound);
  CHECK(missing.status().message().find(dir + "/missing.txt") != std::string::npos);
  auto directory = newsgraph::ReadFile(dir);
  REQUIRE_FALSE(directory.ok());
  CHECK(directory.status().message().find("is a directory") != std::string::npos);
}

TEST_CASE("file util: OpenFile opens for a stream reader, with ReadFile's errors") {
  std::string dir = TempDir();
  const std::string path = dir + "/a.bin";
  const std::string content("x\0y", 3);
  std::ofstream(path, std::ios::binary) << content;
  std::ifstream in;
  REQUIRE(newsgraph::OpenFile(path, &in).ok());
  std::stringstream ss;
  ss << in.rdbuf();
  CHECK(ss.str() == content);
  for (const std::string& bad : {dir + "/missing.txt", dir}) {
    std::ifstream none;
    Status s = newsgraph::OpenFile(bad, &none);
    REQUIRE_FALSE(s.ok());
    CHECK(s.message() == newsgraph::ReadFile(bad).status().message());
  }
}

TEST_CASE("file util: atomic write replaces the file only on success") {
  std::string dir = TempDir();
  std::string path = dir + "/out.graphml";
  REQUIRE(newsgraph::WriteFileAtomically(path, [](std::ostream& out) {
            out << "first";
            return Status::Ok();
          }).ok());
  CHECK(Slurp(path) == "first");
  // A writer that fails half way leaves the old file untouched and no temporary behind.
  Status s = newsgraph::WriteFileAtomically(path, [](std::ostream& out) {
    out << "half of the second";
    return Status::InvalidInput("bad graph");
  });
  CHECK_FALSE(s.ok());
  CHECK(Slurp(path) == "first");
  std::string leftovers = dir + "/out.graphml.tmp." + std::to_string(::getpid());
  CHECK_FALSE(std::ifstream(leftovers).good());
}

TEST_CASE("file util: an unwritable place is an error naming the path") {
  Status s = newsgraph::WriteFileAtomically("/nonexistent-dir/out.dot", [](std::ostream& out) {
    out << "x";
    return Status::Ok();
  });
  REQUIRE_FALSE(s.ok());
  CHECK(s.code() == Status::Code::kIOError);
  CHECK(s.message().find("/nonexistent-dir/out.dot") != std::string::npos);
}

TEST_CASE("file util: names and extensions") {
  CHECK(newsgraph::FileName("a/b/c.txt") == "c.txt");
  CHECK(newsgraph::FileName("c.txt") == "c.txt");
  CHECK(newsgraph::FileStem("a/b/c.tar.gz") == "c.tar");
  CHECK(newsgraph::FileStem("a/.hidden") == ".hidden");
  CHECK(newsgraph::FileExtension("x.GraphML") == "graphml");
  CHECK(newsgraph::FileExtension("noext") == "");
}
