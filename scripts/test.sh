#!/usr/bin/env bash
# Builds the solution once (Release) and runs every test project in it, one after the other, then prints
# the totals as the very last line:
#
#   123 passed, 0 failed          (", 4 skipped" is added only when tests were skipped)
#
# Exit code: 0 when nothing failed, 1 otherwise. A build failure runs no tests and ends with
# "0 passed, 1 failed" (the build counts as one failure), so the closing line never looks green.
#
#   bash scripts/test.sh
#
# TRX files land in TestResults/<Project>.trx. See docs/running.md.
set -euo pipefail

# shellcheck source=scripts/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$REPO_ROOT"

readonly CONFIGURATION=Release
readonly SOLUTION=VastbusBot.sln
readonly RESULTS_DIR="$REPO_ROOT/TestResults"

require_node
require_dotnet
ensure_node_modules

# Test projects are the solution's projects that say <IsTestProject>true</IsTestProject>; the benchmarks
# and the shared VastbusBot.Testing library do not, so they are built but not run.
mapfile -t test_projects < <(
  dotnet sln "$SOLUTION" list | tr '\134' '/' | grep '\.csproj$' | while read -r project; do
    if grep -q '<IsTestProject>true</IsTestProject>' "$project"; then printf '%s\n' "$project"; fi
  done
)

info "Building $SOLUTION ($CONFIGURATION)"
if ! dotnet build "$SOLUTION" -c "$CONFIGURATION" --nologo -v quiet; then
  echo
  echo "BUILD FAILED: no tests were run (the errors are above). The build counts as 1 failure."
  echo "0 passed, 1 failed"
  exit 1
fi

rm -rf "$RESULTS_DIR"
mkdir -p "$RESULTS_DIR"

# One project at a time: the machine has 2 cores, xunit already runs test classes in parallel, and some
# projects start Azurite, the Agents Playground or Chromium. A hung test host is killed after 10 minutes.
missing=0 # runs that failed without a TRX failure to show for it
for project in "${test_projects[@]}"; do
  name="$(basename "$project" .csproj)"
  info "Testing $name"
  status=0
  dotnet test "$project" -c "$CONFIGURATION" --no-build --nologo \
    --results-directory "$RESULTS_DIR" --logger "trx;LogFileName=$name.trx" \
    --blame-hang-timeout 10m --blame-hang-dump-type none || status=$?
  if [[ ! -f "$RESULTS_DIR/$name.trx" ]]; then
    echo "$name: dotnet test exited with $status and wrote no TRX; counted as 1 failure."
    missing=$((missing + 1))
  elif [[ "$status" -ne 0 ]] && node tests/tools/summarize-trx.mjs "$RESULTS_DIR/$name.trx" >/dev/null; then
    echo "$name: dotnet test exited with $status although its TRX shows no failure; counted as 1 failure."
    missing=$((missing + 1))
  fi
done

echo
info "Summary"
# The summary's last line is the closing line; nothing may be printed after it.
exec node tests/tools/summarize-trx.mjs --extra-failed "$missing" "$RESULTS_DIR"
