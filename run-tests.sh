#!/usr/bin/env bash
# Runs every test: builds first (installing what is missing, see build-oxt.sh), then the unit tests
# and the integration tests in a private headless LibreOffice, the unit tests under ASan/UBSan, the
# fuzz targets, the whole suite again on LibreOffice from Debian's backports, then checks nothing
# was left behind.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
BUILD_DIR=${BUILD_DIR:-build}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true} # see build-oxt.sh
started=$(date +%s)
step() { echo "[suite] $1: $(( $(date +%s) - started )) s since the start"; }

./build-oxt.sh
step "build"

results="$BUILD_DIR/test-results"
rm -rf "$results"
mkdir -p "$results"
results=$(cd "$results" && pwd) # absolute: the tests run in other folders
status=0
GTEST_OUTPUT="xml:$results/" ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 1200 || status=$?
step "ctest"

# The unit tests again under AddressSanitizer + UBSan, and every fuzz target for a bounded time.
echo "Unit tests under ASan/UBSan (build-asan/)…"
GTEST_OUTPUT="xml:$results/unit_tests_asan.xml" tests/run-sanitized.sh || status=1
step "sanitizers"
echo "Fuzzing (build-fuzz/, ${FUZZ_SECONDS:=15} s per target)…"
FUZZ_XML="$results/fuzz.xml" tests/fuzz/run.sh "$FUZZ_SECONDS" || status=1
[ -f "$results/fuzz.xml" ] || { echo '<testsuites tests="1" failures="1" disabled="0" errors="0" name="fuzz"></testsuites>' > "$results/fuzz.xml"; status=1; }
step "fuzzing"

# The core through the Windows cross compiler (syntax only; docs/windows.md).
GTEST_OUTPUT="xml:$results/" BUILD_DIR="$BUILD_DIR" tests/compat/windows_syntax.sh || status=1
step "windows syntax"

# The compatibility run: the same suite and the README's main job against LibreOffice from Debian
# 12's backports (25.2 today), unpacked under $BUILD_DIR/lo-backports (SANGKIEN_LO_BACKPORTS=0 skips it).
if [ "${SANGKIEN_LO_BACKPORTS:-1}" != 0 ]; then
  mkdir -p "$results/lo-backports"
  GTEST_OUTPUT="xml:$results/lo-backports/" BUILD_DIR="$BUILD_DIR" tests/compat/lo-backports.sh || status=1
  step "compatibility run"
fi

# GoogleTest's own counts, per binary and in total.
passed=0; failed=0; skipped=0
for report in "$results"/*.xml "$results"/lo-backports/*.xml; do
  [ -f "$report" ] || continue
  line=$(grep -m1 '<testsuites ' "$report")
  tests=$(sed -E 's/.* tests="([0-9]+)".*/\1/' <<<"$line")
  failures=$(sed -E 's/.* failures="([0-9]+)".*/\1/' <<<"$line")
  errors=$(sed -E 's/.* errors="([0-9]+)".*/\1/' <<<"$line")
  disabled=$(sed -E 's/.* disabled="([0-9]+)".*/\1/' <<<"$line")
  skips=$(grep -c '<skipped' "$report" || true)
  bad=$((failures + errors))
  name=$(basename "$report" .xml)
  [[ "$report" == */lo-backports/* ]] && name="$name (LibreOffice from backports)"
  echo "$name: $((tests - bad - skips)) passed, $bad failed, $skips skipped"
  passed=$((passed + tests - bad - skips)); failed=$((failed + bad)); skipped=$((skipped + skips + disabled))
done

leftovers=$(pgrep -af 'sangkien-office-' || true)
if [ -n "$leftovers" ]; then
  echo "An office process was left behind:" >&2
  echo "$leftovers" >&2
  status=1
fi
if ls -d "${TMPDIR:-/tmp}"/sangkien-office-* >/dev/null 2>&1; then
  echo "A temporary office profile was left behind:" >&2
  ls -d "${TMPDIR:-/tmp}"/sangkien-office-* >&2
  status=1
fi

echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$passed" -gt 0 ] || { echo "no test ran" >&2; status=1; }
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # e.g. an office that did not exit cleanly, found after the last test of a binary
  echo "some checks failed outside the counted tests: see the output above" >&2
fi
exit $status
