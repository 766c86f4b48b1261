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
cmake --build "$build" -j "$(nproc)" --target fuzz_money fuzz_date fuzz_text fuzz_workbook fuzz_template >/dev/null
passed=0
for target in money date text workbook template; do
  work="$build/fuzz-corpus/$target"
  mkdir -p "$work"
  log="$build/fuzz_$target.log"
  if "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -rss_limit_mb=4096 -max_len=4096 \
      -artifact_prefix="$build/crash-$target-" "$work" "tests/fuzz/corpus/$target" >"$log" 2>&1; then
    echo "fuzz_$target: $(grep -Eo 'Done [0-9]+ runs' "$log" | tail -1), no failure"
    passed=$((passed + 1))
  else
    echo "fuzz_$target: FAILED (see $log)" >&2
    tail -30 "$log" >&2
    exit 1
  fi
done
echo "fuzz: $passed passed, 0 failed"
