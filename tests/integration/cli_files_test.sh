#!/usr/bin/env bash
# The user's files through the command line, case by case (issue "Safe files"): the command, its
# exit status, a pattern of its message, and what is in the input and output folders afterwards —
# the input unchanged (hash), no lock file, no temporary file, no empty folder, no office left.
#   cli_files_test.sh CLI FIXTURES_DIR
set -uo pipefail
cli=$(realpath "$1")
fixtures=$(realpath "$2")
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; umount "$work"/*/full "$work"/*/ro 2>/dev/null; rm -rf "$work"' EXIT
# Every run of this script keeps its temporary files here, whoever runs it: what is left is seen
# (it must be empty at the end), and the offices found are this script's only.
export TMPDIR="$work/tmp"
mkdir -m 1777 "$TMPDIR"
export SANGKIEN_LANG=vi
passed=0; failed=0
workbook="$fixtures/tieng-anh.ods"

fail_case() { echo "FAIL $1: $2" >&2; failed=$((failed + 1)); }

# The processes whose environment names a temporary folder (a prefix): the offices of this script
# carry TMPDIR=$TMPDIR/sangkien-office-…/tmp, and each interruption case's run its own TMPDIR.
processes_of() {
  local file p
  for file in $(grep -lzsF "TMPDIR=$1" /proc/[0-9]*/environ 2>/dev/null); do
    p=${file#/proc/}; p=${p%/environ}
    [ "$p" != "$BASHPID" ] && echo "$(cat "/proc/$p/comm" 2>/dev/null)[$p]"
  done
}

# No office of ours (nor uno.bin) may outlive a command.
no_office_left() {
  for _ in $(seq 1 40); do
    [ -n "$(processes_of "$TMPDIR/sangkien-office-")" ] || return 0
    sleep 0.25
  done
  return 1
}

# What must hold in a case's folder after any run: the inputs as they were, no lock file, no
# temporary file, no empty folder; and no office left.
check_folder() {
  check_files "$@" || return 1
  no_office_left || { fail_case "$1" "an office process was left"; return 1; }
  return 0
}
check_files() {
  local name=$1 dir=$2 hashes=$3
  [ ! -s "$hashes" ] || (cd "$dir" && sha256sum --quiet -c "$hashes" >/dev/null 2>&1) || { fail_case "$name" "an input changed"; return 1; }
  local leftovers
  leftovers=$(find "$dir" \( -name '.~lock.*#' -newer "$hashes" -o -name '.~sangkien-*' -o -name 'lu*.tmp' \) -print 2>/dev/null)
  [ -z "$leftovers" ] || { fail_case "$name" "left behind: $leftovers"; return 1; }
  leftovers=$(find "$dir" -mindepth 1 -type d -empty ! -name ro ! -name full ! -name 'tạm' -print 2>/dev/null)
  [ -z "$leftovers" ] || { fail_case "$name" "empty folder left: $leftovers"; return 1; }
  return 0
}

# run_case NAME EXPECTED_STATUS MESSAGE_PATTERN [EXPECTED_FILE…] -- COMMAND…
# The command runs in the case folder ($dir, prepared by the caller); every EXPECTED_FILE must exist.
run_case() {
  local name=$1 expected=$2 pattern=$3; shift 3
  local files=()
  while [ "$1" != "--" ]; do files+=("$1"); shift; done; shift
  local hashes="$dir/.hashes"
  # The inputs: every file but what the commands write (out/, docs/).
  (cd "$dir" && find . -type f ! -name '.hashes*' ! -path './out/*' ! -path './docs/*' -print0 | xargs -0 -r sha256sum > .hashes.new \
     && mv .hashes.new .hashes)
  local out status
  out=$(cd "$dir" && "$@" 2>&1); status=$?
  if [ "$status" -ne "$expected" ]; then fail_case "$name" "exit $status, expected $expected: $out"; return; fi
  if ! grep -Eq -- "$pattern" <<<"$out"; then fail_case "$name" "message does not match /$pattern/: $out"; return; fi
  if grep -Eq 'Exception|0x[0-9a-f]{3}|\.cxx|Error Area|SfxBaseModel' <<<"$out"; then fail_case "$name" "internal text reached the user: $out"; return; fi
  for file in "${files[@]}"; do
    [ -e "$dir/$file" ] || { fail_case "$name" "no $file: $(ls -la "$dir") $out"; return; }
  done
  check_folder "$name" "$dir" "$hashes" || return
  echo "ok   $name"
  passed=$((passed + 1))
}

new_case() { dir="$work/$1"; mkdir -p "$dir"; }

# --- Bad inputs: a plain answer naming the file, before any office starts. ---
new_case missing;   run_case "missing file" 1 "Không thấy tệp khong-co.ods" -- "$cli" check khong-co.ods
new_case folder;    mkdir -p "$dir/so.ods"; echo x > "$dir/so.ods/x"; run_case "a folder" 1 "Thư mục so.ods không có sổ sáng kiến nào" -- "$cli" check so.ods
new_case empty;     : > "$dir/rong.ods"; run_case "an empty file" 1 "Tệp rong.ods rỗng" -- "$cli" check rong.ods
new_case random;    head -c 5000 /dev/urandom > "$dir/rac.ods"; printf 'x' | dd of="$dir/rac.ods" bs=1 count=1 conv=notrunc 2>/dev/null
run_case "random bytes" 1 "rac.ods không phải bảng tính" -- "$cli" check rac.ods
new_case writer;    printf '<?xml version="1.0"?>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:mimetype="application/vnd.oasis.opendocument.text"><office:body/></office:document>\n' > "$dir/vanban.fodt"
run_case "a Writer document" 1 "vanban.fodt không phải bảng tính" -- "$cli" check vanban.fodt
new_case truncated; head -c 3000 "$fixtures/khoi-cdcs.xlsx" > "$dir/cut.xlsx"
run_case "a truncated .xlsx" 1 "cut.xlsx.*(không phải bảng tính|bị hỏng)" -- "$cli" check cut.xlsx
new_case password;  { printf '\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1'; head -c 600 /dev/zero; printf 'E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0'; head -c 600 /dev/zero; } > "$dir/matkhau.xlsx"
run_case "a password-protected .xlsx" 1 "matkhau.xlsx có mật khẩu" -- "$cli" check matkhau.xlsx
new_case unknown_format; cp "$workbook" "$dir/so.ods"
run_case "an unknown --format (no office)" 2 'Định dạng "odt,abc" không rõ' -- "$cli" report so.ods -o docs --format odt,abc
new_case dash;      cp "$workbook" "$dir/-so.ods"
run_case "a leading dash" 2 "hãy viết ./-so.ods" -- "$cli" check -so.ods
run_case "a leading dash written ./" 0 "Sổ sáng kiến: 5 sáng kiến" -- "$cli" check ./-so.ods
new_case tmpdir;    cp "$workbook" "$dir/so.ods"
run_case "a missing TMPDIR" 1 "TMPDIR" -- env TMPDIR="$work/khong-co" "$cli" check so.ods
new_case office;    cp "$workbook" "$dir/so.ods"
run_case "a wrong --office" 1 "LibreOffice" -- "$cli" check so.ods --office "$work/khong-co"
run_case "a wrong --oxt" 1 "Không thấy gói tiện ích" -- "$cli" check so.ods --oxt "$work/khong-co.oxt"
new_case nolist;    printf '%s\n' '<?xml version="1.0" encoding="UTF-8"?>' \
  '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">' \
  '<office:body><office:spreadsheet><table:table table:name="Đoàn viên"><table:table-row><table:table-cell office:value-type="string"><text:p>Họ tên</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document>' > "$dir/doanvien.fods"
run_case "check of a workbook without a list" 1 "Không tìm thấy trang tính danh sách sáng kiến" -- "$cli" check doanvien.fods

# --- Inputs are only read. ---
new_case readonly;  cp "$workbook" "$dir/so.ods"; chmod 444 "$dir/so.ods"; : > "$dir/.~lock.so.ods#"
run_case "a read-only workbook open elsewhere (lock present)" 0 "Đã ghi kết quả xét vào .*out/KetQuaXet.ods" out/KetQuaXet.ods -- "$cli" review so.ods -o out
new_case rofolder;  mkdir -p "$dir/ro"; cp "$workbook" "$dir/ro/so.ods"
if mount -t tmpfs -o size=1m tmpfs "$dir/ro" 2>/dev/null; then
  cp "$workbook" "$dir/ro/so.ods"; mount -o remount,ro "$dir/ro"
  run_case "a workbook in a read-only folder" 0 "Sổ sáng kiến: 5 sáng kiến" -- "$cli" check ro/so.ods
  run_case "no permission to write" 1 "không có quyền ghi" -- "$cli" review ro/so.ods -o ro/out
  umount "$dir/ro"
else
  echo "skip read-only folder cases (cannot mount tmpfs here)"
fi
new_case csv;       printf '%s\n' 'STT;Tên sáng kiến;Tác giả;Đơn vị;Trạng thái;Ngày cập nhật;Giá trị làm lợi' \
  '1;Máy cắt tự động;Nguyễn Văn An;Công ty A;Hợp lệ;15/3/2023;600 triệu' \
  '2;"Sổ tay; bản 2";Trần Thị Bình;Công ty A;Chờ duyệt;16/3/2023;1.200.000.000' \
  '3;Bản đồ số;Lê Văn Cường;Trường B;Không hợp lệ;17/3/2023;' > "$dir/danhsach.csv"
run_case "a UTF-8 CSV with semicolons" 0 "Cập nhật đến ngày 31/8/2023: 3 sáng kiến; hợp lệ: 1; đang xem xét: 1; không hợp lệ: 1" -- "$cli" check danhsach.csv

new_case calcsaved
if soffice "-env:UserInstallation=file://$work/profile-convert" --headless --convert-to fods --outdir "$dir" "$workbook" >/dev/null 2>&1; then
  rm -rf "$work/profile-convert"
  run_case "a flat ODS saved by Calc (its type after the namespaces)" 0 "Sổ sáng kiến: 5 sáng kiến" -- "$cli" check tieng-anh.fods
else
  echo "skip the Calc-saved flat ODS case (no soffice on PATH)"
fi
new_case writer_ods; pad=$(for i in $(seq 1 90); do printf ' xmlns:ns%d="urn:example:namespace:number:%d"' "$i" "$i"; done)
# Its type comes so late that the office's own detection takes it for a text document.
sed "s|<office:document |<office:document$pad |" "$fixtures/khoi-van-ban-gop.fods" > "$dir/la.fods"
run_case "a file the office opens as something else" 1 "la.fods (không phải bảng tính|bị hỏng)" -- "$cli" check la.fods

# --- As an ordinary user: clerks are not root, and root reads and writes what they cannot. As root
# these cases run as "nobody" in folders it owns; as any other user, as that user. ---
if [ "$(id -u)" -eq 0 ]; then
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$work/nobody-home")
  chmod 711 "$work"; mkdir -p "$work/nobody-home"; chown 65534:65534 "$work/nobody-home"
  user_case() { new_case "$1"; chown 65534:65534 "$dir"; }
else
  as_user=(env)
  user_case() { new_case "$1"; }
fi
user_cli=$cli
if ! "${as_user[@]}" test -x "$cli" || ! "${as_user[@]}" test -r "$(dirname "$cli")/sangkien.oxt"; then
  # A checkout in a private folder: the user runs a copy of the CLI with its .oxt beside it.
  mkdir -p "$work/bin" && cp "$cli" "$(dirname "$cli")/sangkien.oxt" "$work/bin/" && chmod -R a+rX "$work/bin"
  user_cli="$work/bin/$(basename "$cli")"
fi
if "${as_user[@]}" test -r "$user_cli" -a -x "$user_cli"; then
  cli_saved=$cli; cli=$user_cli
  user_case user_readonly; cp "$workbook" "$dir/so.ods"; chmod 444 "$dir/so.ods"
  run_case "as a user: check of a read-only workbook" 0 "Sổ sáng kiến: 5 sáng kiến" -- "${as_user[@]}" "$cli" check so.ods
  run_case "as a user: review of a read-only workbook" 0 "Đã ghi kết quả xét vào .*out/KetQuaXet.ods" out/KetQuaXet.ods -- "${as_user[@]}" "$cli" review so.ods -o out
  user_case user_rofolder; mkdir -p "$dir/ro" "$dir/ra"; cp "$workbook" "$dir/ro/so.ods"; chmod 444 "$dir/ro/so.ods"
  [ "$(id -u)" -ne 0 ] || chown -R 65534:65534 "$dir/ro" "$dir/ra"
  chmod 555 "$dir/ro"
  run_case "as a user: review of a workbook in a read-only folder" 0 "Đã ghi kết quả xét vào .*ra/KetQuaXet.ods" ra/KetQuaXet.ods -- "${as_user[@]}" "$cli" review ro/so.ods -o ra
  run_case "as a user: an output folder that is not writable" 1 "không có quyền ghi" -- "${as_user[@]}" "$cli" review ro/so.ods -o ro/out
  run_case "as a user: report of a read-only workbook" 0 "Đã ghi .*BaoCaoTongKet.odt" ra/BaoCaoTongKet.odt -- "${as_user[@]}" "$cli" report ro/so.ods -o ra --format odt
  chmod 755 "$dir/ro"
  cli=$cli_saved
else
  fail_case "as a user" "the ordinary user cannot run $user_cli"
fi

# --- Outputs are never replaced without being asked. ---
new_case self;      mkdir -p "$dir/X"; cp "$workbook" "$dir/X/KetQuaXet.ods"
run_case "output over the input itself" 1 "đè lên chính sổ" -- "$cli" review X/KetQuaXet.ods -o X
new_case existing;  cp "$workbook" "$dir/so.ods"; mkdir -p "$dir/out"; echo "cũ" > "$dir/out/KetQuaXet.ods"
run_case "an existing result is kept" 0 "Đã có .*KetQuaXet.ods: giữ nguyên.*KetQuaXet \(2\).ods" "out/KetQuaXet (2).ods" -- "$cli" review so.ods -o out
grep -q "cũ" "$dir/out/KetQuaXet.ods" || fail_case "an existing result is kept" "it was replaced"
run_case "--ghi-de replaces on purpose" 0 "Ghi đè .*out/KetQuaXet.ods" -- "$cli" review so.ods -o out --ghi-de
grep -q "cũ" "$dir/out/KetQuaXet.ods" && fail_case "--ghi-de replaces on purpose" "it was not replaced"
run_case "report keeps existing documents" 0 "Đã ghi .*BaoCaoTongKet.odt" docs/BaoCaoTongKet.odt -- "$cli" report so.ods -o docs --format odt
run_case "report again gets the next name" 0 "Đã có .*BaoCaoTongKet.odt: giữ nguyên" "docs/BaoCaoTongKet (2).odt" -- "$cli" report so.ods -o docs --format odt
new_case sample;    echo "sổ thật" > "$dir/so.fods"
run_case "sample never replaces a workbook" 0 "Đã có .*so.fods: giữ nguyên" "so (2).fods" -- "$cli" sample -n 5 -o so.fods
grep -q "sổ thật" "$dir/so.fods" || fail_case "sample never replaces a workbook" "the workbook was replaced"
new_case odd;       cp "$workbook" "$dir/so.ods"
run_case "a folder named with ? # %" 0 "Đã ghi kết quả xét vào" "kết quả?#%/KetQuaXet.ods" -- "$cli" review so.ods -o "kết quả?#%"
new_case full;      cp "$workbook" "$dir/so.ods"; mkdir -p "$dir/full"
if mount -t tmpfs -o size=8k tmpfs "$dir/full" 2>/dev/null; then
  run_case "a full disk" 1 "đĩa đã đầy" -- "$cli" review so.ods -o full/out
  [ -z "$(ls -A "$dir/full")" ] || fail_case "a full disk" "left in the folder: $(ls -A "$dir/full")"
  umount "$dir/full"
else
  echo "skip the full-disk case (cannot mount tmpfs here)"
fi

# --- Gộp sổ: folders, refused inputs and outputs, existing results, sources open elsewhere. ---
merge_fixtures="$fixtures/../merge/cdcs"
new_case merge_bad; mkdir -p "$dir/rong"; echo "ghi chú" > "$dir/rong/ghi-chu.txt"
printf 'Tên sáng kiến;Tác giả\nA;B\n' > "$dir/ds.csv"; cp "$merge_fixtures/cdcs-thcs-cha-la.xlsx" "$dir/a.xlsx"
run_case "merge of a folder without workbooks" 1 "rong không có sổ sáng kiến nào" -- "$cli" merge rong -o gop.ods
run_case "merge of a CSV" 1 "Không gộp được tệp CSV .*ds.csv" -- "$cli" merge a.xlsx ds.csv -o gop.ods
run_case "merge into a folder" 2 "là một thư mục" -- "$cli" merge a.xlsx -o rong
run_case "merge into a .pdf" 2 'dưới dạng "gop.pdf"' -- "$cli" merge a.xlsx -o gop.pdf
run_case "merge over one of its sources" 1 "đè lên chính sổ" -- "$cli" merge a.xlsx -o a.xlsx
run_case "merge with an unknown --thong-tin" 2 '^  a\.xlsx$' -- "$cli" merge a.xlsx -o gop.ods --thong-tin b.xls
new_case merge_ok;  mkdir -p "$dir/nhan"; cp "$merge_fixtures"/* "$dir/nhan/"
touch "$dir/nhan/.~lock.cdcs-benh-vien.xls#"; echo "cũ" > "$dir/gop.ods"
run_case "merge of a folder keeps an existing result" 0 "Đã gộp 6 tệp: 40 sáng kiến.*|giữ nguyên.*gop \(2\).ods" "gop (2).ods" -- "$cli" merge nhan -o gop.ods
grep -q "cũ" "$dir/gop.ods" || fail_case "merge of a folder keeps an existing result" "it was replaced"
run_case "merge with --thong-tin from a source" 0 "Trang Thông tin|Đã gộp 2 tệp" gop.xlsx -- "$cli" merge nhan/cdcs-ubnd-xa-phuoc-minh.xls nhan/cdcs-benh-vien.xls -o gop.xlsx --thong-tin cdcs-ubnd-xa-phuoc-minh.xls
"$cli" check "$dir/gop.xlsx" 2>/dev/null | grep -q "Sổ sáng kiến: 1[0-9] sáng kiến" || fail_case "merge with --thong-tin from a source" "the merged workbook does not read back"

new_case several;   cp "$merge_fixtures/cdcs-thcs-cha-la.xlsx" "$merge_fixtures/cdcs-benh-vien.xls" "$dir/"
run_case "review of two workbooks at once" 0 "Đã ghi kết quả xét vào .*out/KetQuaXet.ods" out/KetQuaXet.ods -- "$cli" review cdcs-thcs-cha-la.xlsx cdcs-benh-vien.xls -o out
run_case "check of a folder of district workbooks" 0 "Sổ sáng kiến cấp tỉnh: 62 sáng kiến" -- "$cli" check "$fixtures/../merge/tinh"

# --- Two runs on the same file at once: both work, neither replaces the other's result. ---
new_case twice;     cp "$workbook" "$dir/so.ods"; (cd "$dir" && sha256sum so.ods > .hashes)
(cd "$dir" && "$cli" review so.ods -o out >/dev/null 2>&1; echo $? > a.status) &
(cd "$dir" && "$cli" review so.ods -o out >/dev/null 2>&1; echo $? > b.status) &
wait
if [ "$(cat "$dir/a.status")$(cat "$dir/b.status")" = "00" ] && [ -s "$dir/out/KetQuaXet.ods" ] && [ -s "$dir/out/KetQuaXet (2).ods" ]; then
  rm -f "$dir/a.status" "$dir/b.status"
  check_folder "two runs at once" "$dir" "$dir/.hashes" && { echo "ok   two runs at once"; passed=$((passed + 1)); }
else
  fail_case "two runs at once" "statuses $(cat "$dir/a.status" "$dir/b.status" | tr '\n' ' '), files: $(ls "$dir/out" 2>&1)"
fi

# --- Signals at several moments of a 100,000-row review: nothing partial, no lock, no office. ---
new_case signals
"$cli" sample -n 100000 --seed 9 -o "$dir/lon.fods" >/dev/null 2>&1 || fail_case "signals" "no 100,000-row sample"
(cd "$dir" && sha256sum lon.fods > .hashes)
for spec in "INT:loading:4" "TERM:reviewing:14" "HUP:storing:24" "KILL:reviewing:14"; do
  IFS=: read -r signal moment delay <<<"$spec"
  name="SIG$signal while $moment"
  (cd "$dir" && exec "$cli" review lon.fods -o out >"$work/signal.out" 2>&1) &
  pid=$!
  sleep "$delay"
  kill -s "$signal" "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  if [ -d "$dir/out" ] && [ -n "$(ls -A "$dir/out")" ]; then
    # Finished before the signal, or stored whole: a complete file only.
    bad=$(find "$dir/out" -type f ! -name 'KetQuaXet*.ods')
    [ -z "$bad" ] || { fail_case "$name" "partial files: $bad"; continue; }
    for f in "$dir"/out/KetQuaXet*.ods; do unzip -tq "$f" >/dev/null 2>&1 || fail_case "$name" "a broken $f"; done
    rm -rf "$dir/out"
  fi
  rm -rf "$dir/out"
  last=$(grep -o '\[[0-9]*%\][^…]*' "$work/signal.out" | tail -1)
  check_folder "$name" "$dir" "$dir/.hashes" && { echo "ok   $name (last step reached: ${last:-none})"; passed=$((passed + 1)); }
done

# --- Interruptions: whenever a run ends (Ctrl+C, SIGTERM, SIGHUP, SIGKILL; during the office's
# start-up while uno.bin installs the extension, during the work, during the store), nothing of it
# is left: no process (the office, uno.bin, the CLI's watcher) and an empty temporary folder (the
# office's lu*.tmp live in the run's private folder). Each case has its own TMPDIR, which every
# process of the run carries in its environment: that is how its processes are found. ---
# Waits (at most 120 s, while the run goes on) until the moment comes: "startup" (uno.bin is
# running), "work" (the review has begun), "store" (the result is being stored), "sample" (the
# sample is being written).
wait_for_moment() {
  local moment=$1 temp=$2 output=$3 pid=$4
  for _ in $(seq 1 6000); do
    kill -0 "$pid" 2>/dev/null || return 1
    case "$moment" in
      startup) processes_of "$temp" | grep -q '^uno.bin' && return 0 ;;
      work) grep -q '\[50%\]' "$output" && return 0 ;;
      store) grep -q '\[90%\]' "$output" && return 0 ;;
      sample) [ -n "$(find "$temp" -name '*.fods' -size +1k 2>/dev/null)" ] && return 0 ;;
    esac
    sleep 0.02 # uno.bin runs for about half a second
  done
  return 1
}
# interrupt_case NAME SIGNAL MOMENT EXPECTED_STATUS -- COMMAND… (runs in $dir with TMPDIR=$dir.tmp)
interrupt_case() {
  local name=$1 signal=$2 moment=$3 expected=$4; shift 5
  local temp="$dir.tmp" output="$dir.out" hashes="$dir/.hashes"
  rm -rf "$temp"; mkdir -p "$temp"; [ "$(stat -c %u "$dir")" = 0 ] || chown "$(stat -c %u:%g "$dir")" "$temp"
  (cd "$dir" && find . -type f ! -name '.hashes*' -print0 | xargs -0 -r sha256sum > .hashes)
  (cd "$dir" && exec env TMPDIR="$temp" "$@" >"$output" 2>&1) &
  local pid=$! status
  if ! wait_for_moment "$moment" "$temp" "$output" "$pid"; then
    kill -KILL "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
    fail_case "$name" "the moment \"$moment\" never came: $(tail -3 "$output")"; return
  fi
  local at_signal
  at_signal=$(processes_of "$temp" | tr '\n' ' ')
  kill -s "$signal" "$pid"; wait "$pid"; status=$?
  [ "$status" -eq "$expected" ] || { fail_case "$name" "exit $status, expected $expected: $(tail -3 "$output")"; return; }
  if [ "$signal" != KILL ] && ! grep -q "Đã dừng theo yêu cầu" "$output"; then fail_case "$name" "no word of the stop: $(tail -3 "$output")"; return; fi
  if grep -Eq 'Exception|\.cxx' "$output"; then fail_case "$name" "internal text reached the user: $(cat "$output")"; return; fi
  # SIGINT/SIGTERM/SIGHUP: cleaned before the CLI ends. SIGKILL: the office dies with its parent
  # and the watcher cleans up just after.
  local left=""
  for _ in $(seq 1 $([ "$signal" = KILL ] && echo 100 || echo 1)); do
    left="$(processes_of "$temp")$(ls -A "$temp")"
    [ -z "$left" ] && break
    sleep 0.1
  done
  [ -z "$left" ] || { fail_case "$name" "left behind: $(processes_of "$temp" | tr '\n' ' ') $(find "$temp" -maxdepth 3 | head -5 | tr '\n' ' ')"; return; }
  local partial
  partial=$(find "$dir" -type f ! -name '.hashes' ! -path "$dir/so*" ! -name 'KetQuaXet*.ods' -newer "$hashes")
  [ -z "$partial" ] || { fail_case "$name" "partial files: $partial"; return; }
  if [ -d "$dir/out" ]; then # finished before the signal, or stored whole: complete files only
    [ -n "$(ls -A "$dir/out")" ] || { fail_case "$name" "an empty output folder was left"; return; }
    for f in "$dir"/out/KetQuaXet*.ods; do [ ! -e "$f" ] || unzip -tq "$f" >/dev/null 2>&1 || { fail_case "$name" "a broken $f"; return; }; done
  fi
  rm -rf "$dir/out" "$temp" "$output"
  check_files "$name" "$dir" "$hashes" && { echo "ok   $name (running at the signal: ${at_signal:-nothing})"; passed=$((passed + 1)); }
}
new_case interrupt; "$cli" sample -n 30000 --seed 4 -o "$dir/so.fods" >/dev/null 2>&1 || fail_case "interruptions" "no 30,000-row sample"
interrupt_case "Ctrl+C during start-up (uno.bin installing)" INT startup 130 -- "$cli" review so.fods -o out
interrupt_case "SIGTERM during the review" TERM work 143 -- "$cli" review so.fods -o out
interrupt_case "SIGHUP during the store" HUP store 129 -- "$cli" review so.fods -o out
interrupt_case "SIGKILL of the CLI during the review" KILL work 137 -- "$cli" review so.fods -o out
interrupt_case "Ctrl+C while sample writes" INT sample 130 -- "$cli" sample -n 200000 -o out/lon.fods
if [ -n "${cli_saved:-}" ]; then
  user_case user_interrupt; cp "$work/interrupt/so.fods" "$dir/"; [ "$(id -u)" -ne 0 ] || chown 65534:65534 "$dir/so.fods"
  interrupt_case "as a user: SIGTERM during start-up (uno.bin installing)" TERM startup 143 -- "${as_user[@]}" "$user_cli" review so.fods -o out
  interrupt_case "as a user: SIGKILL of the CLI during start-up" KILL startup 137 -- "${as_user[@]}" "$user_cli" review so.fods -o out
  interrupt_case "as a user: Ctrl+C during the store" INT store 130 -- "${as_user[@]}" "$user_cli" review so.fods -o out
  interrupt_case "as a user: SIGTERM while sample writes" TERM sample 143 -- "${as_user[@]}" "$user_cli" sample -n 200000 -o out/lon.fods
fi

# A run's private folder goes with it however it ends (see the interruptions above); one left by
# a run that could not clean up (power cut) is removed by the next run, as this one does.
"$cli" check "$workbook" >/dev/null 2>&1 || true

left=$(ls -A "$TMPDIR")
if [ -n "$left" ]; then fail_case "the temporary folder" "left in it: $left"; else echo "ok   the temporary folder is empty"; passed=$((passed + 1)); fi

echo "cli_files: $passed passed, $failed failed"
if [ -n "${GTEST_OUTPUT:-}" ]; then
  echo "<testsuites tests=\"$((passed + failed))\" failures=\"$failed\" disabled=\"0\" errors=\"0\" name=\"cli_files\"></testsuites>" > "${GTEST_OUTPUT#xml:}cli_files.xml"
fi
[ "$failed" -eq 0 ]
