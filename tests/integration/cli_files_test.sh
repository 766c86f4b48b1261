#!/usr/bin/env bash
# The user's files through the command line, case by case (issue "Safe files"): the command, its
# exit status, a pattern of its message, and what is in the input and output folders afterwards —
# the input unchanged (hash), no lock file, no temporary file, no empty folder, no office left.
#   cli_files_test.sh CLI FIXTURES_DIR
set -uo pipefail
cli=$(realpath "$1")
fixtures=$(realpath "$2")
work=$(mktemp -d)
here=$(dirname "$(realpath "${BASH_SOURCE[0]}")")
stick_device=""
cleanup() {
  chmod -R u+w "$work" 2>/dev/null; umount "$work"/*/full "$work"/*/ro "$work"/*/usb "$work"/*/small 2>/dev/null
  [ -z "$stick_device" ] || losetup -d "$stick_device" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
export SANGKIEN_LANG=vi
# Every run of this script keeps its temporary files here, whoever runs it (world-writable like
# /tmp, for the cases run as another user): what is left is seen (it must be empty at the end),
# and the offices found are this script's only.
export TMPDIR="$work/tmp"
chmod 711 "$work"; mkdir -p "$TMPDIR" && chmod 1777 "$TMPDIR"
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
    # by the profile in its command line (any TMPDIR of a case) or by its environment
    pgrep -f "$work/.*sangkien-office-" >/dev/null || [ -n "$(processes_of "$TMPDIR/sangkien-office-")" ] || return 0
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
  leftovers=$(find "$dir" -mindepth 1 -type d -empty ! -name ro ! -name full ! -name small ! -name 'tạm' -print 2>/dev/null)
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
  # The inputs: every file but what the commands write (out/, docs/) and what no one may read.
  (cd "$dir" && find . -type f -readable ! -name '.hashes*' ! -path './out/*' ! -path './docs/*' -print0 | xargs -0 -r sha256sum > .hashes.new \
     && mv .hashes.new .hashes)
  local out status
  out=$(cd "$dir" && "$@" 2>&1); status=$?
  last_out=$out
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
run_case "check of a workbook without a list" 1 "Không tìm thấy trang tính danh sách sáng kiến trong doanvien.fods.*hãy mở doanvien.fods bằng LibreOffice Calc" -- "$cli" check doanvien.fods

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

# --- Messages that lead somewhere (issue 25, item 9): CSV as Excel writes it, a small or
# Vietnamese-named temporary folder under LANG=C, devices and pipes, standard output that cannot be
# written, outputs refused before any long work. ---
# The same list as CSV in every encoding Excel writes (the sample's list sheet, title lines above
# its heading): the same figures as the workbook itself.
check_figures() { grep -v '^\[\|^Đọc ' <<<"$1" | grep -v '^Sổ sáng kiến:'; }
new_case csv_encodings
"$cli" sample -n 40 --seed 5 -o "$dir/so.fods" >/dev/null 2>&1 || fail_case "CSV encodings" "no sample"
if (cd "$dir" && soffice "-env:UserInstallation=file://$work/profile-csv" --headless --convert-to 'csv:Text - txt - csv (StarCalc):59,34,76,1' so.fods \
      && soffice "-env:UserInstallation=file://$work/profile-csv" --headless --convert-to 'txt:Text - txt - csv (StarCalc):9,34,76,1' so.fods) >/dev/null 2>&1; then
  rm -rf "$work/profile-csv"
  (cd "$dir" && { printf '\xef\xbb\xbf'; cat so.csv; } > so-bom.csv && { printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE so.txt; } > so-unicode.txt \
     && iconv -f UTF-8 -t WINDOWS-1258 so.csv > so-1258.csv && rm so.txt)
  grep -q 'DANH SÁCH SÁNG KIẾN' "$dir/so.csv" && ! grep -q 'ế' "$dir/so-1258.csv" || fail_case "CSV encodings" "the fixtures are not what they claim"
  run_case "the workbook the CSV files come from" 0 "Sổ sáng kiến: 40 sáng kiến" -- "$cli" check so.fods
  workbook_figures=$(grep -E '^(Cập nhật đến ngày|Tổng giá trị làm lợi)' <<<"$last_out")
  run_case "a UTF-8 CSV with title lines" 0 "Đọc so.csv như tệp CSV, bảng mã UTF-8\." -- "$cli" check so.csv
  csv_figures=$(check_figures "$last_out")
  [ "$(grep -E '^(Cập nhật đến ngày|Tổng giá trị làm lợi)' <<<"$last_out")" = "$workbook_figures" ] && [ -n "$workbook_figures" ] \
    || fail_case "a UTF-8 CSV with title lines" "figures differ from the workbook's: $last_out / $workbook_figures"
  for spec in "so-bom.csv:UTF-8 \(có BOM" "so-unicode.txt:UTF-16 \(\"Unicode Text\"" "so-1258.csv:Windows-1258"; do
    file=${spec%%:*}
    run_case "CSV $file" 0 "Đọc $file như tệp CSV, bảng mã ${spec#*:}" -- "$cli" check "$file"
    [ "$(check_figures "$last_out")" = "$csv_figures" ] || fail_case "CSV $file" "figures differ from the UTF-8 CSV's: $last_out"
  done
else
  echo "skip the CSV encodings cases (no soffice on PATH)"
fi
new_case langc;     cp "$workbook" "$dir/sổ.ods"; mkdir -p "$dir/tạm"
run_case "LANG=C with a Vietnamese temporary folder and file name" 0 "Sổ sáng kiến: 5 sáng kiến" -- env -u LANGUAGE LANG=C LC_ALL=C TMPDIR="$dir/tạm" timeout 60 "$cli" check sổ.ods
[ -z "$(ls -A "$dir/tạm")" ] || fail_case "LANG=C with a Vietnamese temporary folder and file name" "left in the temporary folder: $(ls -A "$dir/tạm")"
new_case smalltmp;  cp "$workbook" "$dir/so.ods"; mkdir -p "$dir/small"
if mount -t tmpfs -o size=4m tmpfs "$dir/small" 2>/dev/null; then
  run_case "a temporary folder too small" 1 "Thư mục tạm .*small đầy" -- env TMPDIR="$dir/small" "$cli" check so.ods
  [ -z "$(ls -A "$dir/small")" ] || fail_case "a temporary folder too small" "left in it: $(ls -A "$dir/small")"
  umount "$dir/small"
else
  echo "skip the small temporary folder case (cannot mount tmpfs here)"
fi
new_case devices;   mkfifo "$dir/ong.csv"
run_case "a device given as a workbook" 1 "/dev/zero không phải tệp thường" -- "$cli" check /dev/zero
run_case "a pipe given as a workbook" 1 "ong.csv không phải tệp thường" -- timeout 20 "$cli" check ong.csv
run_case "a device, in English" 1 "/dev/zero is not a regular file" -- env SANGKIEN_LANG=en "$cli" check /dev/zero
new_case stdout;    cp "$workbook" "$dir/so.ods"
run_case "check > /dev/full" 1 "Không ghi được kết quả ra đầu ra chuẩn" -- sh -c 'exec "$0" check so.ods > /dev/full' "$cli"
new_case sample_xlsx
run_case "sample -o x.xlsx is refused" 2 "chỉ ghi sổ mẫu dạng bảng tính phẳng .fods, không ghi được x.xlsx" -- "$cli" sample -n 5 -o x.xlsx
[ ! -e "$dir/x.xlsx" ] || fail_case "sample -o x.xlsx is refused" "x.xlsx was written"

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
  ! grep -q "Đang khởi động" <<<"$last_out" || fail_case "as a user: an output folder that is not writable" "said only after starting an office: $last_out"
  run_case "as a user: merge into a folder that is not writable" 1 "Không ghi được gop.ods vào thư mục .*ro: không có quyền ghi" -- "${as_user[@]}" "$cli" merge ro/so.ods -o ro/gop.ods
  ! grep -q "Đang khởi động" <<<"$last_out" || fail_case "as a user: merge into a folder that is not writable" "said only after starting an office: $last_out"
  run_case "as a user: report of a read-only workbook" 0 "Đã ghi .*BaoCaoTongKet.odt" ra/BaoCaoTongKet.odt -- "${as_user[@]}" "$cli" report ro/so.ods -o ra --format odt
  # The feedback to each CĐCS: one set of files per run; a second run keeps every file of the first
  # (the hashes of run_case) and numbers its whole set alike.
  run_case "as a user: feedback with letters on a read-only workbook" 0 "Đã lập phản hồi cho [0-9]+ đơn vị" -- \
    "${as_user[@]}" "$cli" feedback ro/so.ods -o ra --format ods,pdf --cong-van
  first=$(cd "$dir/ra" && ls | grep -c '^PhanHoi_')
  [ "$first" -ge 4 ] || fail_case "as a user: feedback with letters" "files: $(ls "$dir/ra")"
  run_case "as a user: feedback again keeps every earlier file" 0 "Đã lập phản hồi cho [0-9]+ đơn vị" -- \
    "${as_user[@]}" "$cli" feedback ro/so.ods -o ra --format ods,pdf --cong-van
  [ "$(cd "$dir/ra" && ls | grep -c '^PhanHoi_.* (2)\.')" -eq "$first" ] || fail_case "as a user: feedback again" "files: $(ls "$dir/ra")"
  chmod 755 "$dir/ro"
  user_case user_unreadable; mkdir -p "$dir/nhan"; cp "$fixtures/../merge/cdcs/"*.xls "$dir/nhan/"
  [ "$(id -u)" -ne 0 ] || chown -R 65534:65534 "$dir/nhan"
  chmod 000 "$dir/nhan/cdcs-benh-vien.xls"
  run_case "as a user: an unreadable workbook in a folder" 1 "Không có quyền đọc tệp nhan/cdcs-benh-vien.xls" -- "${as_user[@]}" "$cli" check nhan
  chmod 644 "$dir/nhan/cdcs-benh-vien.xls"
  cli=$cli_saved
else
  fail_case "as a user" "the ordinary user cannot run $user_cli"
fi

# --- Damaged workbooks are refused as damaged, whatever the format, never half read; protected ones
# are read (issue 25). The damaged files are made here from good fixtures; half of the cases run as
# the ordinary user. ---
# damage KIND SOURCE TARGET [MEMBER]: a copy of SOURCE, damaged as KIND says.
damage() {
  python3 - "$@" <<'PYTHON'
import re, struct, sys, zipfile
kind, source, target = sys.argv[1:4]
data = open(source, 'rb').read()
def rezip(change):
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, change(info.filename, zin.read(info.filename)))
if kind == 'member':        # one XML member cut in half; the package itself is valid
    rezip(lambda name, body: body[:len(body) // 2] if name == sys.argv[4] else body)
elif kind == 'half':        # the file cut in half
    open(target, 'wb').write(data[:len(data) // 2])
elif kind == 'xls-stream':  # the compound file whole, its Workbook stream cut in half
    entry = data.index('Workbook'.encode('utf-16-le') + b'\0\0')
    size = struct.unpack_from('<I', data, entry + 120)[0]
    out = bytearray(data); struct.pack_into('<I', out, entry + 120, size // 2)
    open(target, 'wb').write(out)
elif kind == 'protect':     # every sheet protected (no password) and the structure protected
    def protect(name, body):
        if name.startswith('xl/worksheets/'):
            return body.replace(b'</sheetData>', b'</sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/>')
        if name == 'xl/workbook.xml':
            body, count = re.subn(rb'<workbookProtection[^>]*/>', b'<workbookProtection lockStructure="1"/>', body)
            assert count == 1, 'the fixture has no workbookProtection element to fill'
        return body
    rezip(protect)
PYTHON
}
new_case damaged;   damage member "$fixtures/khoi-cdcs.xlsx" "$dir/cat.xlsx" xl/worksheets/sheet1.xml
run_case "an .xlsx whose sheet is cut in half" 1 "cat.xlsx bị hỏng hoặc bị cắt cụt \(phần xl/worksheets/sheet1.xml" -- "$cli" review cat.xlsx -o out
[ ! -e "$dir/out" ] || fail_case "an .xlsx whose sheet is cut in half" "a result was written: $(ls -A "$dir/out")"
damage half "$fixtures/tieng-anh.ods" "$dir/nua.ods"
run_case "an .ods cut in half (no zip directory)" 1 "nua.ods bị hỏng hoặc bị cắt cụt \(chỉ còn một phần\)" -- "$cli" check nua.ods
damage xls-stream "$fixtures/cdcs-khong-don-vi.xls" "$dir/cat.xls"; cp "$fixtures/tieng-anh.ods" "$dir/tot.ods"
run_case "a merge with an .xls whose list is cut" 1 "cat.xls bị hỏng hoặc bị cắt cụt \(phần Workbook" -- "$cli" merge tot.ods cat.xls -o gop.ods
[ ! -e "$dir/gop.ods" ] || fail_case "a merge with an .xls whose list is cut" "a merged book was written"
new_case protected; damage protect "$fixtures/khoi-cdcs.xlsx" "$dir/baove.xlsx"
run_case "a workbook with protected sheets and structure is reviewed" 0 "Đã ghi kết quả xét vào .*out/KetQuaXet.ods" out/KetQuaXet.ods -- "$cli" review baove.xlsx -o out
if "${as_user[@]}" test -x "$user_cli"; then
  cli_saved=$cli; cli=$user_cli
  user_case user_damaged
  damage member "$fixtures/tieng-anh.ods" "$dir/cat.ods" content.xml
  run_case "as a user: an .ods whose content is cut in half" 1 "cat.ods bị hỏng hoặc bị cắt cụt \(phần content.xml" -- "${as_user[@]}" "$cli" review cat.ods -o out
  [ ! -e "$dir/out" ] || fail_case "as a user: an .ods whose content is cut in half" "a result was written"
  damage half "$fixtures/khoi-van-ban-gop.fods" "$dir/cat.fods"
  run_case "as a user: a .fods cut in half" 1 "cat.fods bị hỏng hoặc bị cắt cụt" -- "${as_user[@]}" "$cli" check cat.fods
  mkdir -p "$dir/thu-muc"; cp "$fixtures/tieng-anh.ods" "$dir/thu-muc/"; damage half "$fixtures/cdcs-khong-don-vi.xls" "$dir/thu-muc/nua.xls"
  run_case "as a user: a folder holding a truncated .xls" 1 "thu-muc/nua.xls bị hỏng hoặc bị cắt cụt" -- "${as_user[@]}" "$cli" review thu-muc -o out
  [ ! -e "$dir/out" ] || fail_case "as a user: a folder holding a truncated .xls" "a result was written"
  user_case user_protected; damage protect "$fixtures/khoi-cdcs.xlsx" "$dir/baove.xlsx"
  run_case "as a user: a workbook with protected sheets and structure is reviewed" 0 "Đã ghi kết quả xét vào .*out/KetQuaXet.ods" out/KetQuaXet.ods -- "${as_user[@]}" "$cli" review baove.xlsx -o out
  cli=$cli_saved
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

# --- Publishing without hard links, as a whole set. USB sticks (FAT32/exFAT) and many shares refuse
# link(): a shim (LD_PRELOAD) takes hard links and renameat2's flags away on any machine, and a real
# FAT or exFAT image is used when one can be mounted. Each case as root and as an ordinary user. ---
shim="$work/shim/publish_shim.so"
mkdir -p "$work/shim"
if cc -shared -fPIC -o "$shim" "$here/publish_shim.c" -ldl 2>"$work/shim/cc.log"; then
  chmod -R a+rX "$work/shim"
  no_links=(env LD_PRELOAD="$shim" SANGKIEN_SHIM_NO_LINK=1)
  long="$(for _ in $(seq 35); do printf 'kiến-'; done)ếab" # 250 bytes: the name is 255, the limit
  for who in root user; do
    if [ "$who" = root ]; then runner=(); c=$cli; make_case=new_case; else runner=("${as_user[@]}"); c=$user_cli; make_case=user_case; fi
    $make_case "nolink_$who"; echo "sổ thật" > "$dir/so.fods"; echo "sổ thật" > "$dir/$long.fods"
    run_case "$who, no hard links: an existing workbook is kept" 0 "giữ nguyên.*so \(2\)\.fods" "so (2).fods" -- \
      "${runner[@]}" "${no_links[@]}" "$c" sample -n 5 -o so.fods
    run_case "$who, no hard links: a name taken meanwhile is kept" 0 "giữ nguyên.*so \(4\)\.fods" "so (4).fods" -- \
      "${runner[@]}" "${no_links[@]}" SANGKIEN_SHIM_CLASH="so (3).fods" "$c" sample -n 5 -o so.fods
    grep -q "another writer" "$dir/so (3).fods" || fail_case "$who, no hard links: a name taken meanwhile is kept" "it was replaced"
    run_case "$who, no hard links: a 255-byte name" 0 "giữ nguyên" -- "${runner[@]}" "${no_links[@]}" "$c" sample -n 5 -o "$long.fods"
    numbered=$(cd "$dir" && ls | grep ' (2)\.fods$' | grep -v '^so ')
    if [ -z "$numbered" ] || [ "$(printf %s "$numbered" | wc -c)" -gt 255 ] || ! printf %s "$numbered" | iconv -f UTF-8 -t UTF-8 >/dev/null 2>&1; then
      fail_case "$who, no hard links: a 255-byte name" "the numbered name is missing, too long or cut inside a letter: $numbered"
    fi
    grep -q "sổ thật" "$dir/so.fods" && grep -q "sổ thật" "$dir/$long.fods" || fail_case "$who, no hard links" "a workbook was replaced"
    run_case "$who, a name over 255 bytes is refused in words" 1 "tên tệp quá dài" -- "${runner[@]}" "$c" sample -n 5 -o "moi/${long}xyz12.fods"
    [ ! -e "$dir/moi" ] || fail_case "$who, a name over 255 bytes" "left: $(find "$dir/moi")"
    run_case "$who, a failed publish leaves no folder it made" 1 "Không ghi được so\.fods vào thư mục .*moi/con\." -- \
      "${runner[@]}" "${no_links[@]}" SANGKIEN_SHIM_FAIL=so.fods "$c" sample -n 5 -o moi/con/so.fods
    [ ! -e "$dir/moi" ] || fail_case "$who, a failed publish leaves no folder it made" "left: $(find "$dir/moi")"
    run_case "$who, a failed publish keeps what another wrote in its new folder" 1 "Không ghi được so\.fods" moi/con/khac.txt -- \
      "${runner[@]}" "${no_links[@]}" SANGKIEN_SHIM_FAIL=so.fods SANGKIEN_SHIM_DROP=khac.txt "$c" sample -n 5 -o moi/con/so.fods
  done

  # A dossier is one set: a rerun numbers all its files alike, even when only one of them exists.
  new_case set_rerun; cp "$workbook" "$dir/so.ods"; mkdir -p "$dir/docs"; echo "bản cũ" > "$dir/docs/BienBan.pdf"
  run_case "a dossier beside one old file takes (2) for the whole set" 0 "giữ nguyên.*BienBan \(2\)\.pdf" \
    "docs/ToTrinh (2).odt" "docs/ToTrinh (2).pdf" "docs/BienBan (2).odt" "docs/GiayKhen (2).pdf" -- "$cli" dossier so.ods -o docs --format odt,pdf
  [ "$(cd "$dir/docs" && ls | grep -vc ' (2)\.')" -eq 1 ] || fail_case "a dossier beside one old file" "a mixed set: $(ls "$dir/docs")"
  # Withdrawn whole: the 11th of 14 files fails to take its name (the placeholder way, as an
  # ordinary user): none of the set stays, nor the folder the run made.
  user_case set_fail; cp "$workbook" "$dir/so.ods"
  run_case "as a user, no hard links: a dossier that fails midway leaves nothing" 1 "Không tệp nào trong bộ 14 tệp" -- \
    "${as_user[@]}" "${no_links[@]}" SANGKIEN_SHIM_FAIL=QuyetDinh.odt "$user_cli" dossier so.ods -o docs --format odt,pdf
  [ ! -e "$dir/docs" ] || fail_case "a dossier that fails midway leaves nothing" "left: $(ls -A "$dir/docs")"
  # A signal while the set takes its names waits until the set is whole, then takes it all back.
  new_case set_signal; cp "$workbook" "$dir/so.ods"; (cd "$dir" && sha256sum so.ods > .hashes)
  (cd "$dir" && exec env LD_PRELOAD="$shim" SANGKIEN_SHIM_SLOW=BienBan.pdf "$cli" dossier so.ods -o docs --format odt,pdf >"$work/signal.out" 2>&1) &
  pid=$!
  for _ in $(seq 1 600); do [ ! -e "$dir/docs/ToTrinh.odt" ] || break; sleep 0.1; done
  placed=$(ls "$dir/docs" 2>/dev/null | grep -vc '^\.' || true)
  kill -TERM "$pid" 2>/dev/null; wait "$pid"; status=$?
  if [ "$placed" -eq 0 ]; then
    fail_case "SIGTERM while a dossier takes its names" "the set never started to take its names (exit $status): $(cat "$work/signal.out")"
  elif [ "$status" -ne 143 ] || [ -e "$dir/docs" ]; then
    fail_case "SIGTERM while a dossier takes its names" "exit $status, left: $(ls -A "$dir/docs" 2>&1)"
  else
    check_folder "SIGTERM while a dossier takes its names" "$dir" "$dir/.hashes" && { echo "ok   SIGTERM while a dossier takes its names ($placed of 14 placed when it came, none left)"; passed=$((passed + 1)); }
  fi
  # A full disk: found while the set is copied, before any file takes its name.
  new_case set_full; cp "$workbook" "$dir/so.ods"; mkdir -p "$dir/full"
  if mount -t tmpfs -o size=64k tmpfs "$dir/full" 2>/dev/null; then
    run_case "a report on a full disk leaves nothing" 1 "Không tệp nào trong bộ 2 tệp" -- "$cli" report so.ods -o full/docs --format odt,pdf
    [ -z "$(ls -A "$dir/full")" ] || fail_case "a report on a full disk leaves nothing" "left: $(ls -A "$dir/full")"
    umount "$dir/full"
  else
    echo "skip the full-disk set case (cannot mount tmpfs here)"
  fi
else
  fail_case "publishing without hard links" "cannot build the shim: $(cat "$work/shim/cc.log")"
fi

# A real stick image: FAT32 through the kernel when it has vfat, else exFAT through FUSE.
new_case stick; cp "$workbook" "$dir/so.ods"; mkdir -p "$dir/usb"; stick=""
if [ "$(id -u)" -ne 0 ]; then
  echo "skip the USB-stick cases (mounting an image needs root)"
elif truncate -s 40M "$work/stick.img" && command -v mkfs.vfat >/dev/null && mkfs.vfat -F 32 "$work/stick.img" >/dev/null 2>&1 \
     && mount -o loop,uid=65534,gid=65534,umask=022 "$work/stick.img" "$dir/usb" 2>/dev/null; then
  stick="FAT32"
elif command -v mkfs.exfat >/dev/null && command -v mount.exfat-fuse >/dev/null \
     && stick_device=$(losetup -f --show "$work/stick.img" 2>/dev/null) && mkfs.exfat "$stick_device" >/dev/null 2>&1 \
     && mount.exfat-fuse -o allow_other,uid=65534,gid=65534,umask=022 "$stick_device" "$dir/usb" >/dev/null 2>&1; then
  stick="exFAT"
else
  echo "skip the USB-stick cases: no vfat in this kernel and no exFAT through FUSE (install dosfstools, or exfatprogs and exfat-fuse)"
fi
if [ -n "$stick" ]; then
  echo "bản cũ" > "$dir/usb/BaoCaoTongKet.pdf"
  run_case "$stick stick: a report beside an old file takes (2) for both" 0 "giữ nguyên.*BaoCaoTongKet \(2\)\.odt" \
    "usb/BaoCaoTongKet (2).odt" "usb/BaoCaoTongKet (2).pdf" -- "$cli" report so.ods -o usb --format odt,pdf
  [ ! -e "$dir/usb/BaoCaoTongKet.odt" ] || fail_case "$stick stick: a report" "a mixed set: $(ls "$dir/usb")"
  run_case "$stick stick, as a user: sample twice" 0 "giữ nguyên.*mau \(2\)\.fods" usb/mau.fods "usb/mau (2).fods" -- \
    sh -c '"$@" && "$@"' - "${as_user[@]}" "$user_cli" sample -n 5 -o usb/mau.fods
  umount "$dir/usb"; [ -z "$stick_device" ] || { losetup -d "$stick_device"; stick_device=""; }
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

# --- Interruptions: whenever a run ends (Ctrl+C, SIGTERM, SIGHUP, SIGKILL; during the office's
# start-up while uno.bin installs the extension, during the work, during the store), nothing of it
# is left: no process (the office, uno.bin, the CLI's watcher) and an empty temporary folder (the
# office's lu*.tmp live in the run's private folder). Each case has its own TMPDIR, which every
# process of the run carries in its environment: that is how its processes are found. ---
# Waits (at most 120 s, while the run goes on) until the moment comes: "startup" (the office starting, or uno.bin
# running), "work" (the review has begun), "store" (the result is being stored), "sample" (the
# sample is being written).
wait_for_moment() {
  local moment=$1 temp=$2 output=$3 pid=$4
  for _ in $(seq 1 6000); do
    kill -0 "$pid" 2>/dev/null || return 1
    case "$moment" in
      # (uno.bin lives about half a second: on a busy machine the office itself, just started,
      # is the start-up moment too)
      startup) processes_of "$temp" | grep -Eq '^(uno.bin|soffice.bin)' && return 0 ;;
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
  local temp="$dir.tmp" output="$dir.out" hashes="$dir/.hashes" cache="$dir.cache"
  rm -rf "$temp" "$cache"; mkdir -p "$temp" "$cache"
  [ "$(stat -c %u "$dir")" = 0 ] || chown "$(stat -c %u:%g "$dir")" "$temp" "$cache"
  # At start-up the extension is installed (uno.bin runs) only into a fresh profile: no prepared
  # profile for these cases (see "prepared profiles" in docs/developer.md).
  local prepared=()
  [ "$moment" != startup ] || prepared=(XDG_CACHE_HOME="$cache")
  (cd "$dir" && find . -type f ! -name '.hashes*' -print0 | xargs -0 -r sha256sum > .hashes)
  (cd "$dir" && exec env TMPDIR="$temp" "${prepared[@]}" "$@" >"$output" 2>&1) &
  local pid=$! status
  if ! wait_for_moment "$moment" "$temp" "$output" "$pid"; then
    kill -KILL "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
    fail_case "$name" "the moment \"$moment\" never came: $(tail -3 "$output")"
    rm -rf "$dir/out" "$temp" "$output" "$cache" # the next case starts clean
    return
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
  rm -rf "$dir/out" "$temp" "$output" "$cache"
  check_files "$name" "$dir" "$hashes" && { echo "ok   $name (running at the signal: ${at_signal:-nothing})"; passed=$((passed + 1)); }
}
new_case interrupt; "$cli" sample -n 30000 --seed 4 -o "$dir/so.fods" >/dev/null 2>&1 || fail_case "interruptions" "no 30,000-row sample"
interrupt_case "Ctrl+C during start-up (the office starting, uno.bin installing)" INT startup 130 -- "$cli" review so.fods -o out
interrupt_case "SIGTERM during the review" TERM work 143 -- "$cli" review so.fods -o out
interrupt_case "SIGHUP during the store" HUP store 129 -- "$cli" review so.fods -o out
interrupt_case "SIGKILL of the CLI during the review" KILL work 137 -- "$cli" review so.fods -o out
interrupt_case "Ctrl+C while sample writes" INT sample 130 -- "$cli" sample -n 200000 -o out/lon.fods
if [ -n "${cli_saved:-}" ]; then
  user_case user_interrupt; cp "$work/interrupt/so.fods" "$dir/"; [ "$(id -u)" -ne 0 ] || chown 65534:65534 "$dir/so.fods"
  interrupt_case "as a user: SIGTERM during start-up (the office starting, uno.bin installing)" TERM startup 143 -- "${as_user[@]}" "$user_cli" review so.fods -o out
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
