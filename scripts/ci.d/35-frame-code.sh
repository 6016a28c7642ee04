#!/usr/bin/env bash
# Frame-code ratchet (issue 8): the relation frames read the sentence's structure, not fixed
# token windows, and their English lives in schemas/extract/. Fails if a fixed window
# (scripts/count-windows.sh) or an English word literal in the frame files
# (scripts/count-literals.sh) comes back; -v of either script lists them.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
windows=$(bash "$root/scripts/count-windows.sh" | awk '$1 == "frame" {print $3}')
english=$(bash "$root/scripts/count-literals.sh" | awk '$1 == "frame" && $2 == "files" {print $3}')
echo "== frame code: $windows fixed token windows, $english English word literals in the frame files"
status=0
if [ "$windows" != 0 ]; then
  echo "frame code: fixed token windows are back (scripts/count-windows.sh -v lists them)" >&2
  status=1
fi
if [ "$english" != 0 ]; then
  echo "frame code: English word literals in the frame files (scripts/count-literals.sh -v; put them in schemas/extract/)" >&2
  status=1
fi
exit $status
