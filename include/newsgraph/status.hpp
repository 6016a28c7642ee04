// Errors as values. A Status says whether an operation worked and, if not,
// why, quoting the offending input ("article.html:12:5: unexpected '</p>'").
// Result<T> holds either a value or the Status that explains its absence.
#ifndef NEWSGRAPH_STATUS_HPP_
#define NEWSGRAPH_STATUS_HPP_

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace newsgraph {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidInput,  // the input is malformed (bad XML, bad UTF-8, unknown key ...)
    kNotFound,      // a file or an entity is missing
    kIOError,       // reading or writing failed
    kUnsupported,   // a feature we refuse by name (hyperedges, nested graphs ...)
    kUsage,         // the caller asked for something meaningless
  };

  Status() = default;  // OK
  static Status Ok() { return Status(); }
  static Status InvalidInput(std::string msg) { return Status(Code::kInvalidInput, std::move(msg)); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status IOError(std::string msg) { return Status(Code::kIOError, std::move(msg)); }
  static Status Unsupported(std::string msg) { return Status(Code::kUnsupported, std::move(msg)); }
  static Status Usage(std::string msg) { return Status(Code::kUsage, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "invalid input: msg", or "OK".
  std::string ToString() const;
  // Returns a copy whose message is prefixed with "context: ".
  Status WithContext(std::string_view context) const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// Quotes a piece of input for an error message: at most max_bytes bytes, with
// control characters escaped, inside single quotes.
std::string QuoteInput(std::string_view text, std::size_t max_bytes = 60);

// A value or the Status explaining why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) { assert(!status_.ok()); }  // NOLINT

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  // REQUIRES: ok()
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace newsgraph

#define NEWSGRAPH_RETURN_IF_ERROR(expr)              \
  do {                                               \
    ::newsgraph::Status _ng_status = (expr);         \
    if (!_ng_status.ok()) return _ng_status;         \
  } while (0)

#endif  // NEWSGRAPH_STATUS_HPP_
