#!/usr/bin/env bash
# The command line as a user runs it: version, help, a bad command, check and review on the
# bundled example, a missing workbook and a workbook without initiatives (clear message,
# non-zero exit, nothing written), a second review that says what changed since the first, and the
# feedback to each CĐCS.
set -euo pipefail
cli=$1
example=$2
fail() { echo "cli_test: $*" >&2; exit 1; }

"$cli" --version | grep -q "^Sáng kiến [0-9]" || fail "--version"
for verb in doctor sample check review report dossier merge feedback; do
  "$cli" --help | grep -q "sangkien $verb" || fail "--help does not name $verb"
done
"$cli" --help | grep -q "Mã thoát\|Exit status" || fail "--help does not explain the exit statuses"
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
# review: DIR/KetQuaXet.ods with the five result sheets; the example itself is untouched.
before=$(sha256sum "$example" | cut -d' ' -f1)
out=$(SANGKIEN_LANG=vi "$cli" review "$example" -o "$tmp/out" 2>"$tmp/review.err") || fail "review failed: $(cat "$tmp/review.err")"
grep -q "^Sổ sáng kiến: 500 sáng kiến" <<<"$out" || fail "review output: $out"
[ -s "$tmp/out/KetQuaXet.ods" ] || fail "review wrote no KetQuaXet.ods"
grep -q "Đã ghi kết quả xét vào" "$tmp/review.err" || fail "review message: $(cat "$tmp/review.err")"
content=$(unzip -p "$tmp/out/KetQuaXet.ods" content.xml)
for sheet in "KQ Tổng hợp" "KQ Sáng kiến" "KQ CĐCS" "KQ Cá nhân" "Lỗi dữ liệu"; do
  grep -q "table:name=\"$sheet\"" <<<"$content" || fail "KetQuaXet.ods lacks the sheet $sheet"
done
[ "$(sha256sum "$example" | cut -d' ' -f1)" = "$before" ] || fail "review changed the example workbook"

# review of a workbook without an initiative sheet: a Vietnamese message, exit 1, no file.
printf '%s\n' '<?xml version="1.0" encoding="UTF-8"?>' \
  '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">' \
  '<office:body><office:spreadsheet><table:table table:name="Đoàn viên"><table:table-row><table:table-cell office:value-type="string"><text:p>Họ tên</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document>' \
  > "$tmp/empty.fods"
set +e
out=$(SANGKIEN_LANG=vi "$cli" review "$tmp/empty.fods" -o "$tmp/out2" 2>&1); code=$?
set -e
[ $code -eq 1 ] && grep -q "Không tìm thấy trang tính danh sách sáng kiến" <<<"$out" || fail "review without initiatives: $code $out"
[ ! -e "$tmp/out2/KetQuaXet.ods" ] || fail "review without initiatives wrote a file"
# report and dossier: the documents in the folder, a second run says which files it replaced, and
# a workbook without initiatives gives the message and no file.
out=$(SANGKIEN_LANG=vi "$cli" report "$example" -o "$tmp/docs" --format odt,pdf,docx 2>"$tmp/report.err") || fail "report failed: $(cat "$tmp/report.err")"
for ext in odt pdf docx; do [ -s "$tmp/docs/BaoCaoTongKet.$ext" ] || fail "report wrote no BaoCaoTongKet.$ext"; done
grep -q "Đã lập báo cáo tổng kết" <<<"$out" || fail "report output: $out"
pdftotext "$tmp/docs/BaoCaoTongKet.pdf" "$tmp/report.txt" && grep -q "KẾT QUẢ ĐẠT ĐƯỢC" "$tmp/report.txt" || fail "the report PDF lacks section II"
out=$(SANGKIEN_LANG=vi "$cli" dossier "$example" -o "$tmp/docs" 2>"$tmp/dossier.err") || fail "dossier failed: $(cat "$tmp/dossier.err")"
for doc in ToTrinh BienBan TomTatThanhTich BaoCaoThanhTichTapThe BaoCaoThanhTichCaNhan QuyetDinh GiayKhen; do
  [ -s "$tmp/docs/$doc.odt" ] && [ -s "$tmp/docs/$doc.pdf" ] || fail "dossier wrote no $doc"
done
SANGKIEN_LANG=vi "$cli" report "$example" -o "$tmp/docs" --format odt 2>"$tmp/report2.err" >/dev/null || fail "second report failed"
grep -q "Đã có .*BaoCaoTongKet.odt: giữ nguyên" "$tmp/report2.err" || fail "a kept file was not named: $(cat "$tmp/report2.err")"
[ -s "$tmp/docs/BaoCaoTongKet (2).odt" ] || fail "the second report was not stored under the next name"
SANGKIEN_LANG=vi "$cli" report "$example" -o "$tmp/docs" --format odt --ghi-de 2>"$tmp/report3.err" >/dev/null || fail "third report failed"
grep -q "Ghi đè .*BaoCaoTongKet.odt" "$tmp/report3.err" || fail "a replaced file was not named: $(cat "$tmp/report3.err")"
set +e
out=$(SANGKIEN_LANG=vi "$cli" report "$tmp/empty.fods" -o "$tmp/docs2" 2>&1); code=$?
set -e
[ $code -eq 1 ] && grep -q "Không tìm thấy trang tính danh sách sáng kiến" <<<"$out" || fail "report without initiatives: $code $out"
[ ! -e "$tmp/docs2/BaoCaoTongKet.odt" ] || fail "report without initiatives wrote a file"
# A form with formula errors (tests/integration/data/real): check and report say how many
# initiatives could not be judged; the report warns that its figures leave them out.
real="$(dirname "$example")/../tests/integration/data/real/khoi-cdcs.xlsx"
out=$(SANGKIEN_LANG=vi "$cli" check "$real" 2>/dev/null) || fail "check of the Excel form failed"
grep -q "^3 sáng kiến chưa xét được vì ô lỗi công thức hoặc thiếu cột" <<<"$out" || fail "check did not count the unjudged: $out"
grep -q "^1 sáng kiến trùng" <<<"$out" || fail "check did not count the duplicate: $out"
grep -q "^Bỏ qua 5 dòng tên nhóm và 5 dòng cộng" <<<"$out" || fail "check did not skip the structure rows: $out"
out=$(SANGKIEN_LANG=vi "$cli" report "$real" -o "$tmp/docs3" --format odt 2>&1) || fail "report of the Excel form failed: $out"
grep -q "Chú ý: 3 sáng kiến có ô lỗi công thức" <<<"$out" || fail "the report did not warn about unjudged initiatives: $out"
# What changed since the last review (--so-voi): the first review's KetQuaXet.ods carries its record
# (KQ Lưu); a copy of the example with an initiative under review made valid (SK100010) and another
# removed (SK100022), reviewed with --so-voi, gets KQ Thay đổi naming exactly those two.
grep -q 'table:name="KQ Lưu"' <<<"$content" || fail "KetQuaXet.ods lacks the record sheet KQ Lưu"
sed -e '/>SK100010</s/Đang xem xét/Hợp lệ/' -e '/>SK100022</d' "$example" > "$tmp/sua.fods"
grep -q '>SK100010<.*>Hợp lệ<' "$tmp/sua.fods" && ! grep -q '>SK100022<' "$tmp/sua.fods" || fail "the example's rows SK100010, SK100022 were not found"
SANGKIEN_LANG=vi "$cli" review "$tmp/sua.fods" -o "$tmp/out4" --so-voi "$tmp/out/KetQuaXet.ods" >"$tmp/review4.out" 2>"$tmp/review4.err" \
  || fail "review --so-voi failed: $(cat "$tmp/review4.err")"
grep -q "^So với lần xét trước (trang KQ Thay đổi): .*nay hợp lệ 1, .*không ghép được 1 sáng kiến" "$tmp/review4.out" \
  || fail "review --so-voi did not say what changed: $(cat "$tmp/review4.out")"
changes=$(unzip -p "$tmp/out4/KetQuaXet.ods" content.xml | sed -n 's|.*\(<table:table table:name="KQ Thay đổi".*\)|\1|p' | sed 's|</table:table>.*||')
[ -n "$changes" ] || fail "KetQuaXet.ods of review --so-voi lacks the sheet KQ Thay đổi"
rows=$(sed 's|</table:table-row>|\n|g' <<<"$changes")
grep -q '<text:p>Nay hợp lệ</text:p>.*<text:p>SK100010</text:p>' <<<"$rows" || fail "KQ Thay đổi does not list SK100010 as now valid"
grep -q '<text:p>Không ghép được: chỉ có ở lần xét trước</text:p>.*<text:p>SK100022</text:p>' <<<"$rows" \
  || fail "KQ Thay đổi does not list the removed SK100022"
[ "$(grep -c '<text:p>SK1[0-9]*</text:p>' <<<"$rows")" -eq 2 ] || fail "KQ Thay đổi lists other initiatives than the two corrected"
# The English names of the option, and a missing earlier review said with its name (exit 1, no file).
set +e
out=$(SANGKIEN_LANG=vi "$cli" review "$example" -o "$tmp/out5" --so-voi "$tmp/khong-co.ods" 2>&1); code=$?
set -e
[ $code -eq 1 ] && grep -q "Không thấy tệp so sánh $tmp/khong-co.ods" <<<"$out" || fail "a missing --so-voi file: $code $out"
[ ! -e "$tmp/out5" ] || fail "a missing --so-voi file left an output"
set +e
out=$(SANGKIEN_LANG=en "$cli" review "$example" -o "$tmp/out5" --compare-with "$example" 2>&1); code=$?
set -e
[ $code -eq 1 ] && grep -q "holds no review record" <<<"$out" || fail "--compare-with a workbook without a record: $code $out"
[ ! -e "$tmp/out5/KetQuaXet.ods" ] || fail "--compare-with a workbook without a record wrote a file"
# Feedback to each CĐCS, the loop's next step: one PhanHoi_ file per unit, as .ods and .pdf; each
# file is addressed to its own unit, and every initiative code of the example is in exactly one file.
SANGKIEN_LANG=vi "$cli" feedback "$example" -o "$tmp/phanhoi" >"$tmp/feedback.out" 2>"$tmp/feedback.err" \
  || fail "feedback failed: $(cat "$tmp/feedback.err")"
units=$(find "$tmp/phanhoi" -name 'PhanHoi_*.ods' | wc -l)
[ "$units" -ge 5 ] && [ "$(find "$tmp/phanhoi" -name 'PhanHoi_*.pdf' | wc -l)" -eq "$units" ] || fail "feedback files: $(ls "$tmp/phanhoi")"
grep -q "^Đã lập phản hồi cho $units đơn vị" "$tmp/feedback.out" || fail "feedback did not say what it made: $(cat "$tmp/feedback.out")"
: > "$tmp/feedback-codes"
for file in "$tmp/phanhoi"/PhanHoi_*.ods; do
  content=$(unzip -p "$file" content.xml)
  grep -q '<text:p>Gửi</text:p>' <<<"$content" || fail "$file is addressed to nobody"
  grep -o '<text:p>SK1[0-9]*</text:p>' <<<"$content" | sort -u >> "$tmp/feedback-codes" || true
done
[ -z "$(sort "$tmp/feedback-codes" | uniq -d)" ] || fail "initiatives in two feedback files: $(sort "$tmp/feedback-codes" | uniq -d | head -3)"
[ "$(wc -l < "$tmp/feedback-codes")" -eq "$(grep -o '>SK1[0-9]*<' "$example" | sort -u | wc -l)" ] \
  || fail "the feedback files do not hold every initiative once"
# With --cong-van, each unit's file goes with its covering letter (a Công văn), here as PDF only.
SANGKIEN_LANG=vi "$cli" feedback "$example" -o "$tmp/phanhoi3" --format pdf --cong-van >/dev/null 2>"$tmp/feedback3.err" \
  || fail "feedback --cong-van failed: $(cat "$tmp/feedback3.err")"
[ "$(find "$tmp/phanhoi3" -name 'PhanHoi_*_CongVan.pdf' | wc -l)" -eq "$units" ] && [ -z "$(find "$tmp/phanhoi3" -name '*.ods' -o -name '*.odt')" ] \
  || fail "feedback --cong-van --format pdf: $(ls "$tmp/phanhoi3")"
set +e
out=$(SANGKIEN_LANG=vi "$cli" review "$example" -o "$tmp/phanhoi4" --cong-van 2>&1); code=$?
set -e
[ $code -eq 2 ] && grep -q "chỉ dùng với lệnh feedback" <<<"$out" || fail "review --cong-van: $code $out"
set +e
out=$(SANGKIEN_LANG=vi "$cli" feedback "$example" -o "$tmp/phanhoi2" --format odt 2>&1); code=$?
set -e
[ $code -eq 2 ] && grep -q 'Định dạng "odt" không rõ: dùng ods, pdf' <<<"$out" || fail "feedback --format odt: $code $out"
# The district's loop on CĐCS workbooks written by other programs (tests/integration/data/merge/cdcs:
# Excel's .xlsx, .xls, Calc's .ods): merged, reviewed, feedback per CĐCS pointing into each CĐCS's
# own file (never the office's private copy); one CĐCS corrects its workbook (SK-5037 now approved),
# the corrected set is merged again and reviewed with --so-voi: exactly that initiative became valid.
cdcs="$(dirname "$0")/data/merge/cdcs"
mkdir -p "$tmp/loop"
SANGKIEN_LANG=vi "$cli" merge "$cdcs" -o "$tmp/loop/gop.ods" >/dev/null 2>&1 || fail "loop: merge failed"
SANGKIEN_LANG=vi "$cli" review "$tmp/loop/gop.ods" -o "$tmp/loop/r1" >/dev/null 2>&1 || fail "loop: review failed"
SANGKIEN_LANG=vi "$cli" feedback "$tmp/loop/gop.ods" -o "$tmp/loop/ph" --format ods >/dev/null 2>"$tmp/loop/ph.err" \
  || fail "loop: feedback failed: $(cat "$tmp/loop/ph.err")"
[ "$(find "$tmp/loop/ph" -name 'PhanHoi_*.ods' | wc -l)" -eq 6 ] || fail "loop: not one feedback file per CĐCS: $(ls "$tmp/loop/ph")"
minh_phat=$(unzip -p "$tmp/loop/ph/PhanHoi_CDCS-Cong-ty-TNHH-Minh-Phat.ods" content.xml)
grep -q '<text:p>cdcs-cong-ty-minh-phat.ods</text:p>' <<<"$minh_phat" || fail "loop: Minh Phát's rows are not placed in its own file"
for file in "$tmp/loop/ph"/*.ods; do
  content=$(unzip -p "$file" content.xml)
  ! grep -q 'so-sang-kien' <<<"$content" || fail "loop: $file names the office's private copy"
done
mkdir -p "$tmp/loop/round2"
cp "$cdcs"/* "$tmp/loop/round2/"
python3 - "$cdcs/cdcs-tieu-hoc-suoi-da.ods" "$tmp/loop/round2/cdcs-tieu-hoc-suoi-da.ods" <<'PY'
import sys, zipfile
source, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
    for item in old.infolist():
        data = old.read(item.filename)
        if item.filename == "content.xml":
            text = data.decode("utf-8")
            at = text.index("SK-5037")
            changed = text[:at] + text[at:].replace("Chờ duyệt", "Hợp lệ", 1)
            assert changed != text
            data = changed.encode("utf-8")
        new.writestr(item, data)
PY
SANGKIEN_LANG=vi "$cli" merge "$tmp/loop/round2" -o "$tmp/loop/gop2.ods" >/dev/null 2>&1 || fail "loop: second merge failed"
SANGKIEN_LANG=vi "$cli" review "$tmp/loop/gop2.ods" -o "$tmp/loop/r2" --so-voi "$tmp/loop/r1/KetQuaXet.ods" >"$tmp/loop/r2.out" 2>&1 \
  || fail "loop: second review failed: $(cat "$tmp/loop/r2.out")"
grep -q "^So với lần xét trước (trang KQ Thay đổi): .*nay hợp lệ 1, không còn hợp lệ 0 .*không ghép được 0 sáng kiến" "$tmp/loop/r2.out" \
  || fail "loop: the second review does not say exactly the correction: $(cat "$tmp/loop/r2.out")"
loop_rows=$(unzip -p "$tmp/loop/r2/KetQuaXet.ods" content.xml | sed 's|</table:table-row>|\n|g')
grep -q '<text:p>Nay hợp lệ</text:p>.*<text:p>SK-5037</text:p>' <<<"$loop_rows" || fail "loop: KQ Thay đổi does not list SK-5037 as now valid"
# A Thông tin value nobody can read is said once (it used to be said by the reader and again by the
# command), and the review goes on at the plan's value.
sed 's|<text:p>Hạn cập nhật</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>31/8/2023|<text:p>Hạn cập nhật</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>31/2/2023|' \
  "$example" > "$tmp/bad-setting.fods"
grep -q '31/2/2023' "$tmp/bad-setting.fods" || fail "the example's Hạn cập nhật row was not found"
SANGKIEN_LANG=vi "$cli" review "$tmp/bad-setting.fods" -o "$tmp/out3" >"$tmp/review3.err" 2>&1 || fail "review with a bad setting failed"
[ "$(grep -c '^ *- Thông tin: .*"31/2/2023" trong trang Thông tin' "$tmp/review3.err")" -eq 1 ] || fail "the unreadable setting is not said exactly once: $(cat "$tmp/review3.err")"
echo "cli_test: all checks passed"
if [ -n "${GTEST_OUTPUT:-}" ]; then
  echo '<testsuites tests="15" failures="0" disabled="0" errors="0" name="cli"></testsuites>' > "${GTEST_OUTPUT#xml:}cli.xml"
fi
