#!/usr/bin/env bash
# Same data, same figures, through files other tools wrote: a generated district in several layouts
# (layout_rewrite), written as .xlsx by openpyxl (as Excel writes it), as .xls by xlwt and as .ods
# by Calc, each checked by `sangkien check`; every figure line must equal the original layout's.
# Then the paths (issue 25): the same workbooks given one by one in any order, as a folder, merged
# into .ods, .xlsx and .xls, beside a copy in another format and an earlier review's result, all
# give the same figures.
#   formats_test.sh CLI LAYOUT_REWRITE SPELLINGS_TSV
# SANGKIEN_FORMATS_LAYOUTS (default "single:13 single:15 random:97") picks the layouts; "all" runs
# every single rewrite and ten random compositions (a longer run, on demand).
set -uo pipefail
cli=$(realpath "$1"); rewrite=$(realpath "$2"); spellings=$(realpath "$3")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SANGKIEN_LANG=vi
passed=0; failed=0
size=150

layouts=${SANGKIEN_FORMATS_LAYOUTS:-"single:13 single:15 random:97"}
if [ "$layouts" = all ]; then
  layouts=$(for i in $(seq 1 23); do printf 'single:%d ' "$i"; done; for s in $(seq 101 110); do printf 'random:%d ' "$s"; done)
fi

# The figures of a check: every line that holds one, the sheet names left out.
figures() {
  "$cli" check "$@" 2>/dev/null | grep -E '^(Sổ sáng kiến|Cập nhật đến|Chỉ tiêu|Tổng giá trị|Công đoàn cơ sở đạt|Sáng kiến đạt|Hợp lệ theo)' \
    | sed -E 's/ \(trang "[^"]*"\)//'
}

write() { # NAME MODE N: NAME.xlsx, NAME.xls; prints the layout
  "$rewrite" "$spellings" "$size" "$2" "$3" | "$here/write_workbooks.py" "$work/$1"
}

write base single 0 >/dev/null || { echo "formats: cannot write the original (python3-openpyxl, python3-xlwt?)" >&2; exit 1; }
expected=$(figures "$work/base.xlsx")
[ -n "$expected" ] || { echo "formats: the original gives no figures" >&2; exit 1; }

names=()
for spec in $layouts; do
  name="layout-${spec/:/-}"
  described=$(write "$name" "${spec%%:*}" "${spec##*:}") || { echo "FAIL $spec: not written"; failed=$((failed + 1)); continue; }
  names+=("$name")
  echo "     $spec: $described"
done
# The CĐCS' workbooks of a district (written by openpyxl, xlwt and Calc), for the paths.
paths="$work/paths"
mkdir -p "$paths/folder"
cp "$here/../integration/data/merge/cdcs/"* "$paths/folder/"
# Calc saves each .xlsx as .ods, in one run of its own.
(cd "$work" && soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to ods --outdir "$work/ods" \
   "${names[@]/%/.xlsx}" base.xlsx "$paths/folder/cdcs-thcs-cha-la.xlsx" >/dev/null 2>&1) || echo "formats: Calc could not convert (no .ods cases)"

compare() { # LABEL FILE…
  local label=$1 actual
  shift
  actual=$(figures "$@")
  if [ "$actual" = "$expected" ]; then
    echo "ok   $label"; passed=$((passed + 1))
  else
    echo "FAIL $label"; diff <(echo "$expected") <(echo "$actual") | sed 's/^/     /'; failed=$((failed + 1))
  fi
}
compare "the original as .xls (xlwt)" "$work/base.xls"
[ -f "$work/ods/base.ods" ] && compare "the original as .ods (Calc)" "$work/ods/base.ods"
for name in "${names[@]}"; do
  compare "$name as .xlsx (openpyxl)" "$work/$name.xlsx"
  compare "$name as .xls (xlwt)" "$work/$name.xls"
  [ -f "$work/ods/$name.ods" ] && compare "$name as .ods (Calc)" "$work/ods/$name.ods"
done

# Paths: the same workbook twice (two formats) is read once.
compare "the original as .xlsx and .xls together" "$work/base.xlsx" "$work/base.xls"
expected=$(figures "$paths/folder")
[ -n "$expected" ] || { echo "FAIL paths: the CĐCS folder gives no figures"; failed=$((failed + 1)); }
mapfile -t files < <(find "$paths/folder" -type f | sort -r)
compare "the CĐCS' workbooks one by one, in reverse order" "${files[@]}"
for format in ods xlsx xls; do
  "$cli" merge "$paths/folder" -o "$paths/merged.$format" >/dev/null 2>&1
  compare "the CĐCS' workbooks merged into .$format" "$paths/merged.$format"
done
"$cli" review "$paths/folder" -o "$paths/folder" >/dev/null 2>&1
[ -f "$work/ods/cdcs-thcs-cha-la.ods" ] && cp "$work/ods/cdcs-thcs-cha-la.ods" "$paths/folder/"
compare "the folder with an earlier review's result and a workbook in two formats" "$paths/folder"

echo "formats: $passed passed, $failed failed"
if [ -n "${GTEST_OUTPUT:-}" ]; then
  echo "<testsuites tests=\"$((passed + failed))\" failures=\"$failed\" disabled=\"0\" errors=\"0\" name=\"formats\"></testsuites>" > "${GTEST_OUTPUT#xml:}formats.xml"
fi
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
