// The progress line of extract and add, and their --jobs option.
#include <chrono>
#include <cstdio>

#include <unistd.h>

#include "cli/command.hpp"
#include "newsgraph/batch.hpp"

namespace newsgraph::cli {
namespace {

double Now() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace

OptionSpec JobsOption(unsigned* jobs) {
  return {"-j", "--jobs", OptionSpec::Arg::kRequired, "N",
          "extract on N threads (default: all cores); the output is the\n"
          "same for any N",
          [jobs](const std::string& v) -> Status {
            char* end = nullptr;
            long n = std::strtol(v.c_str(), &end, 10);
            if (v.empty() || *end != '\0' || n < 1 || n > 1024) {
              return Status::Usage("--jobs needs a number from 1 to 1024, not " + QuoteInput(v));
            }
            *jobs = static_cast<unsigned>(n);
            return Status::Ok();
          }};
}

bool ProgressWanted(bool quiet) { return !quiet && ::isatty(2); }

ProgressLine::ProgressLine(std::size_t total, bool enabled)
    : total_(total), enabled_(enabled), start_(Now()) {}

void ProgressLine::Update(std::size_t done) {
  if (!enabled_) return;
  const double now = Now();
  if (done < total_ && shown_ && now - last_ < 0.1) return;
  last_ = now;
  shown_ = true;
  std::fprintf(stderr, "\r%s\033[K", FormatProgress(done, total_, now - start_).c_str());
  std::fflush(stderr);
}

void ProgressLine::Clear() {
  if (!shown_) return;
  std::fputs("\r\033[K", stderr);
  shown_ = false;
}

ProgressLine::~ProgressLine() { Clear(); }

}  // namespace newsgraph::cli
