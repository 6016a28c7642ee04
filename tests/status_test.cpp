#include "newsgraph/status.hpp"

#include <string>

#include <catch2/catch.hpp>

using newsgraph::QuoteInput;
using newsgraph::Result;
using newsgraph::Status;

TEST_CASE("status: codes, messages and context") {
  CHECK(Status::Ok().ok());
  CHECK(Status::Ok().ToString() == "OK");
  Status s = Status::InvalidInput("x.graphml:3:7: unknown key 'd9'");
  CHECK_FALSE(s.ok());
  CHECK(s.code() == Status::Code::kInvalidInput);
  CHECK(s.ToString() == "invalid input: x.graphml:3:7: unknown key 'd9'");
  CHECK(s.WithContext("convert").message() == "convert: x.graphml:3:7: unknown key 'd9'");
  CHECK(Status::Ok().WithContext("ignored").ok());
  CHECK(Status::Usage("no output").code() == Status::Code::kUsage);
  CHECK(Status::Unsupported("hyperedge").ToString() == "unsupported: hyperedge");
}

TEST_CASE("status: quoting offending input") {
  CHECK(QuoteInput("abc") == "'abc'");
  CHECK(QuoteInput("a\nb\tc") == "'a\\nb\\tc'");
  CHECK(QuoteInput(std::string("\x01", 1)) == "'\\x01'");
  CHECK(QuoteInput("abcdef", 3) == "'abc...'");
}

TEST_CASE("status: result holds a value or the reason") {
  Result<int> good(42);
  REQUIRE(good.ok());
  CHECK(good.value() == 42);
  Result<int> bad(Status::NotFound("missing.txt: No such file or directory"));
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().code() == Status::Code::kNotFound);
}

namespace {
Status Step(bool fail) { return fail ? Status::IOError("disk full") : Status::Ok(); }
Status Pipeline(bool fail) {
  NEWSGRAPH_RETURN_IF_ERROR(Step(false));
  NEWSGRAPH_RETURN_IF_ERROR(Step(fail));
  return Status::Ok();
}
}  // namespace

TEST_CASE("status: RETURN_IF_ERROR passes the first error up") {
  CHECK(Pipeline(false).ok());
  CHECK(Pipeline(true).message() == "disk full");
}
