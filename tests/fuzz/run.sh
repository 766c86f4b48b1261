#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in build-fuzz/ and runs each for a
# bounded time, starting from the seed corpus in tests/fuzz/corpus/. Any crash fails.
#   tests/fuzz/run.sh [SECONDS_PER_TARGET]   (default 20)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
seconds=${1:-20}
build=${FUZZ_BUILD_DIR:-build-fuzz}
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -DSANGKIEN_WITH_OFFICE=OFF -DSANGKIEN_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ "-DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all" \
    >/dev/null
else
  cmake "$build" >/dev/null # picks up targets added since the folder was configured
fi
# The targets, as tests/fuzz/CMakeLists.txt declares them (a target added there runs here).
mapfile -t targets < <(sed -n 's/^foreach(target IN ITEMS \(.*\))$/\1/p' tests/fuzz/CMakeLists.txt | tr ' ' '\n' | grep .)
[ "${#targets[@]}" -gt 0 ] || { echo "fuzz: no target found in tests/fuzz/CMakeLists.txt" >&2; exit 1; }
cmake --build "$build" -j "$(nproc)" --target "${targets[@]}" >/dev/null
passed=0; failed=0
for target in "${targets[@]}"; do
  name=${target#fuzz_}
  work="$build/fuzz-corpus/$name"
  mkdir -p "$work"
  log="$build/$target.log"
  if "$build/tests/fuzz/$target" -max_total_time="$seconds" -rss_limit_mb=4096 -max_len=4096 \
      -artifact_prefix="$build/crash-$name-" "$work" "tests/fuzz/corpus/$name" >"$log" 2>&1; then
    echo "$target: $(grep -Eo 'Done [0-9]+ runs' "$log" | tail -1), no failure"
    passed=$((passed + 1))
  else
    echo "$target: FAILED (see $log)" >&2
    tail -30 "$log" >&2
    failed=$((failed + 1))
  fi
done
echo "fuzz: $passed passed, $failed failed"
# GoogleTest-style counts for run-tests.sh (FUZZ_XML: where to write them).
if [ -n "${FUZZ_XML:-}" ]; then
  echo "<testsuites tests=\"${#targets[@]}\" failures=\"$failed\" disabled=\"0\" errors=\"0\" name=\"fuzz\"></testsuites>" > "$FUZZ_XML"
fi
[ "$failed" -eq 0 ]
