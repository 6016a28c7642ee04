# Shared by the real-client checks (tests/clients/*_check.sh): source it.
#   fail MESSAGE      count a failure and print it; the check goes on
#   missing MESSAGE   a client tool is absent: skip (exit 77), or fail in CI
#                     ($CI set), where scripts/bootstrap.sh must have installed it
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
missing() {
  if [ -n "${CI:-}" ]; then
    echo "FAIL: $* (required in CI: scripts/bootstrap.sh installs it)" >&2
    exit 1
  fi
  echo "SKIP: $*"
  exit 77
}
