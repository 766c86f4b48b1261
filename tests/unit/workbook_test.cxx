#include <gtest/gtest.h>

#include <algorithm>

#include "core/workbook/workbook.hxx"

using namespace sangkien::core;

namespace {

Cell T(const char* text) { return Cell(std::string(text)); }
Cell N(double value) { return Cell(value); }
const Cell E{};

bool has_issue(const Workbook& book, const std::string& key, std::size_t row = 0, const std::string& column = "")
{
    return std::any_of(book.issues.begin(), book.issues.end(), [&](const Issue& issue) {
        return issue.key == key && (row == 0 || issue.row == row) && (column.empty() || issue.column == column);
    });
}

// A realistic messy sheet: title rows and a merged title, two-row headings with a merged group
// heading, a numbering row, variant headings, text amounts and dates, a blank row, a totals row
// and a signature below it.
Sheet messy_initiatives()
{
    Sheet sheet;
    sheet.name = "DS sáng kiến";
    sheet.rows = {
        {T("LIÊN ĐOÀN LAO ĐỘNG HUYỆN DƯƠNG MINH CHÂU")},
        {T("DANH SÁCH SÁNG KIẾN CHƯƠNG TRÌNH \"01 TRIỆU SÁNG KIẾN\"")},
        {},
        {T("STT"), T("Mã"), T("TÊN SÁNG KIẾN"), T("Tác giả"), T("Chức vụ/nghề nghiệp"), T("Đơn vị / CĐCS"),
         T("Lĩnh vực"), T("Nhóm đối tượng"), T("Ngày cập nhật lên hệ thống"), T("Trạng thái"),
         T("Gia tri lam loi (dong)"), T("Giá trị xã hội, nhân văn"), T("Văn bản công nhận sáng kiến"), E,
         T("Văn bản công nhận giá trị làm lợi"), E, T("Ghi chú")},
        {E, E, E, E, E, E, E, E, E, E, E, E, T("Số"), T("Ngày"), T("Số"), T("Ngày"), E},
        {T("1"), T("2"), T("3"), T("4"), T("5"), T("6"), T("7"), T("8"), T("9"), T("10"), T("11"), T("12"), T("13"),
         T("14"), T("15"), T("16"), T("17")},
        {N(1), T("SK-001"), T("Cải tiến quy trình"), T("Nguyễn Văn A, Trần Thị B"), T("Công nhân"),
         T("CĐCS Công ty TNHH ABC"), T("Sản xuất kinh doanh"), T("Công nhân lao động"), T("15/3/2023"), T("Hợp lệ"),
         T("0,5 tỷ"), T("Không"), T("12/QĐ-ABC"), T("05/9/2022"), T("15/QĐ-ABC"), N(44900), E},
        {},
        {N(2), T("SK-002"), T("Ứng dụng phần mềm"), T("Lê Văn C"), T("Giáo viên"), T("Trường THCS Chà Là"),
         T("Giáo dục"), T("Viên chức"), N(45169), T("đang xem xét"), T("100 triệu USD"), T("Có"), T("3/QĐ-THCS"),
         T("31/2/2023"), E, E, E},
        {N(3), T("SK-003"), T("Sáng kiến ba"), T("Phạm D"), E, T("Trường THCS Chà Là"), T("Giáo dục"), T("Viên chức"),
         T("9/31/2023"), T("Đã gửi"), T("abc"), E, E, E, E, E, E},
        {E, E, T("Tổng cộng"), E, E, E, E, E, E, E, N(500000000)},
        {E, E, E, T("Người lập biểu")},
        {N(99), E, T("Không được đọc"), T("X")},
    };
    return sheet;
}

TEST(Workbook, FindsTwoRowHeadingsUnderTitleRows)
{
    std::vector<Issue> issues;
    const auto mapping = detect_columns(messy_initiatives(), SheetKind::initiatives, &issues);
    ASSERT_TRUE(mapping);
    EXPECT_EQ(mapping->heading_row, 4u);
    EXPECT_EQ(mapping->first_data_row, 6u); // after the numbering row
    const std::map<Field, std::size_t> expected{
        {Field::stt, 0}, {Field::code, 1}, {Field::title, 2}, {Field::authors, 3}, {Field::position, 4},
        {Field::unit, 5}, {Field::domain, 6}, {Field::target_group, 7}, {Field::updated_on, 8}, {Field::status, 9},
        {Field::value, 10}, {Field::social_value, 11}, {Field::recognition_number, 12}, {Field::recognition_date, 13},
        {Field::value_document_number, 14}, {Field::value_document_date, 15}, {Field::note, 16}};
    EXPECT_EQ(mapping->columns, expected);
}

TEST(Workbook, ReadsRowsWithIssuesWithoutStopping)
{
    WorkbookInput input;
    input.sheets.push_back(messy_initiatives());
    const Workbook book = read_workbook(input);
    // The blank row is skipped, the totals row is not an initiative; below it the signature is
    // reported as not read and the whole initiative row is read, with a note.
    ASSERT_EQ(book.initiatives.size(), 4u);
    EXPECT_EQ(book.subtotal_rows, 1u);
    EXPECT_TRUE(has_issue(book, "rows.after_total.one", 12));
    const auto signature = std::find_if(book.issues.begin(), book.issues.end(),
                                        [](const Issue& i) { return i.key == "rows.after_total.one"; });
    ASSERT_NE(signature, book.issues.end());
    // One row is said as one row, never "Rows 12–12".
    EXPECT_EQ(issue_message(*signature, Language::vietnamese),
              "Dòng 12 sau dòng Tổng cộng (dòng 11) không phải sáng kiến (chữ ký, ghi chú) nên không đọc.");
    EXPECT_EQ(issue_message(*signature, Language::english),
              "Row 12 after the grand total (row 11) is not an initiative (a signature, a note) and was not read.");
    EXPECT_TRUE(has_issue(book, "row.read_after_total", 13));
    EXPECT_EQ(book.initiatives[3].row, 13u);
    const Initiative& first = book.initiatives[0];
    EXPECT_EQ(first.row, 7u);
    EXPECT_EQ(first.code, "SK-001");
    EXPECT_EQ(first.authors, (std::vector<std::string>{"Nguyễn Văn A", "Trần Thị B"}));
    EXPECT_EQ(first.unit_key, "cong ty tnhh abc");
    EXPECT_EQ(first.updated_on, (Date{2023, 3, 15}));
    EXPECT_EQ(first.status, Status::valid);
    EXPECT_EQ(first.value.kind, MoneyKind::vnd);
    EXPECT_EQ(first.value.dong, 500'000'000);
    EXPECT_FALSE(first.social_value);
    EXPECT_EQ(first.recognition.number, "12/QĐ-ABC");
    EXPECT_EQ(first.recognition.date, (Date{2022, 9, 5}));
    EXPECT_EQ(first.value_document.date, from_serial(44900));

    const Initiative& second = book.initiatives[1];
    EXPECT_EQ(second.updated_on, (Date{2023, 8, 31}));
    EXPECT_EQ(second.status, Status::pending);
    EXPECT_EQ(second.value.kind, MoneyKind::other_currency);
    EXPECT_TRUE(second.social_value);
    EXPECT_FALSE(second.recognition.date);
    EXPECT_TRUE(has_issue(book, "money.other_currency", 9, "K"));
    EXPECT_TRUE(has_issue(book, "date.error.impossible", 9, "N"));

    const Initiative& third = book.initiatives[2];
    EXPECT_FALSE(third.updated_on);
    EXPECT_EQ(third.status, Status::unknown);
    EXPECT_TRUE(has_issue(book, "date.error.impossible", 10, "I"));
    EXPECT_TRUE(has_issue(book, "cell.status_unknown", 10, "J"));
    EXPECT_TRUE(has_issue(book, "money.error.unreadable", 10, "K"));
}

TEST(Workbook, IssuesSpeakBothLanguagesAndNameTheCell)
{
    WorkbookInput input;
    input.sheets.push_back(messy_initiatives());
    const Workbook book = read_workbook(input);
    const auto it = std::find_if(book.issues.begin(), book.issues.end(),
                                 [](const Issue& i) { return i.key == "cell.status_unknown"; });
    ASSERT_NE(it, book.issues.end());
    EXPECT_EQ(it->sheet, "DS sáng kiến");
    EXPECT_EQ(it->value, "Đã gửi");
    EXPECT_EQ(issue_message(*it, Language::vietnamese),
              "Trạng thái \"Đã gửi\" không rõ (dùng: Hợp lệ, Chờ duyệt, Không hợp lệ).");
    EXPECT_NE(issue_message(*it, Language::english).find("Unknown status"), std::string::npos);
}

TEST(Workbook, RecognisesSheetsByNameOrByContent)
{
    WorkbookInput input;
    Sheet unions{"Sheet2",
                 {{T("TT"), T("Tên CĐCS"), T("Khối"), T("Số đoàn viên"), T("Chỉ tiêu giai đoạn 1"), T("Chỉ tiêu giai đoạn 2"),
                   T("TƯLĐTT/quy chế có nội dung sáng kiến")},
                  {N(1), T("Công đoàn cơ sở Công ty TNHH ABC"), T("Ngoài nhà nước"), N(120), N(3), T("2"), T("x")},
                  {N(2), T("CĐCS Trường THCS Chà Là"), T("Trường học"), N(40), N(1), N(1), E},
                  {E, T("Tổng cộng"), E, N(160), N(4), N(3)}}};
    Sheet people{"Cá nhân đề xuất",
                 {{T("Họ và tên"), T("Chức vụ"), T("Đơn vị"), T("Thuộc Tổ hỗ trợ"), T("Đóng góp")},
                  {T("Võ Văn Ấn"), T("Chủ tịch CĐCS"), T("CĐCS Công ty TNHH ABC"), T("Có"), T("Hướng dẫn 12 sáng kiến")}}};
    Sheet settings{"Thông tin",
                   {{T("Mục"), T("Giá trị")}, {T("Tên đơn vị"), T("LIÊN ĐOÀN LAO ĐỘNG HUYỆN DƯƠNG MINH CHÂU")},
                    {T("Ngưỡng giá trị làm lợi"), T("500 triệu")}, {T("Ngày văn bản"), N(45174)}}};
    Sheet comments{"Nhận xét", {{T("I.1"), T("Ban Thường vụ đã chỉ đạo sát sao.")}, {T("II.2"), E}, {T("III.4"), T("Kiến nghị A")}}};
    input.sheets = {comments, unions, messy_initiatives(), people, settings};
    const Workbook book = read_workbook(input);
    EXPECT_EQ(book.sheet_names.at(SheetKind::unions), "Sheet2");
    EXPECT_EQ(book.sheet_names.at(SheetKind::initiatives), "DS sáng kiến");
    ASSERT_EQ(book.unions.size(), 2u);
    EXPECT_EQ(book.unions[0].quota, 5);
    EXPECT_TRUE(book.unions[0].labour_agreement_clause);
    EXPECT_FALSE(book.unions[1].labour_agreement_clause);
    EXPECT_EQ(book.unions[0].key, book.initiatives[0].unit_key);
    ASSERT_EQ(book.people.size(), 1u);
    EXPECT_TRUE(book.people[0].support_team);
    EXPECT_EQ(book.settings.at("ten don vi"), "LIÊN ĐOÀN LAO ĐỘNG HUYỆN DƯƠNG MINH CHÂU");
    EXPECT_EQ(book.settings.at("ngay van ban"), "5/9/2023");
    EXPECT_EQ(book.comments.at("I.1"), "Ban Thường vụ đã chỉ đạo sát sao.");
    EXPECT_EQ(book.comments.at("II.2"), "");
    EXPECT_EQ(book.comments.at("III.4"), "Kiến nghị A");
}

TEST(Workbook, NoInitiativeSheetIsAnIssueNotACrash)
{
    WorkbookInput input;
    input.sheets.push_back(Sheet{"Trang1", {{T("a"), T("b")}, {N(1), N(2)}}});
    const Workbook book = read_workbook(input);
    EXPECT_TRUE(book.initiatives.empty());
    EXPECT_TRUE(has_issue(book, "workbook.no_initiatives"));
    EXPECT_TRUE(read_workbook(WorkbookInput{}).initiatives.empty());
}

TEST(Workbook, UserCorrectionsOverrideTheDetectedMapping)
{
    WorkbookInput input;
    input.sheets.push_back(messy_initiatives());
    MappingOverrides overrides;
    overrides[SheetKind::initiatives][Field::note] = 1; // the user says: the code column is the note
    const Workbook book = read_workbook(input, overrides);
    EXPECT_EQ(book.initiatives[0].note, "SK-001");
}

TEST(Workbook, LegacyTextIsConvertedAndSaidSo)
{
    WorkbookInput input;
    input.sheets.push_back(Sheet{"Sáng kiến",
                                 {{T("Tên sáng kiến"), T("Tác giả"), T("Đơn vị"), T("Trạng thái")},
                                  {T("C¶i tiÕn"), T("NguyÔn V¨n A"), T("Tr\u00ADêng A"), T("Hîp lÖ")},
                                  {T("Caûi tieán"), T("Nguyeãn Vaên B"), T("Tröôøng A"), T("Hôïp leä")},
                                  {T("Công đoμn"), T("T?NG A"), T("Trường A"), T("Hợp lệ")}}});
    const Workbook book = read_workbook(input);
    ASSERT_EQ(book.initiatives.size(), 3u);
    EXPECT_EQ(book.initiatives[0].title, "Cải tiến");
    EXPECT_EQ(book.initiatives[0].authors[0], "Nguyễn Văn A");
    EXPECT_EQ(book.initiatives[0].status, Status::valid);
    EXPECT_EQ(book.initiatives[1].title, "Cải tiến");
    EXPECT_EQ(book.initiatives[1].unit_key, book.initiatives[2].unit_key);
    EXPECT_TRUE(has_issue(book, "cell.legacy_converted", 2, "A"));
    EXPECT_TRUE(has_issue(book, "cell.legacy_suspicious", 4, "A"));
    EXPECT_TRUE(has_issue(book, "cell.legacy_suspicious", 4, "B"));
}

TEST(Workbook, CombinedDocumentCellsGiveNumberAndDate)
{
    WorkbookInput input;
    input.sheets.push_back(Sheet{"Sáng kiến",
                                 {{T("Tên sáng kiến"), T("Tác giả"), T("Đơn vị"), T("Số, ngày văn bản công nhận sáng kiến")},
                                  {T("A"), T("B"), T("C"), T("Số 12/QĐ-UBND ngày 05/9/2022")},
                                  {T("A"), T("B"), T("C"), T("15/QĐ-CT, 1/10/2022")},
                                  {T("A"), T("B"), T("C"), T("QĐ 7 ngày 3 tháng 2 năm 2023")},
                                  {T("A"), T("B"), T("C"), T("Số 9/QĐ")}}});
    const Workbook book = read_workbook(input);
    ASSERT_EQ(book.initiatives.size(), 4u);
    EXPECT_EQ(book.initiatives[0].recognition.number, "12/QĐ-UBND");
    EXPECT_EQ(book.initiatives[0].recognition.date, (Date{2022, 9, 5}));
    EXPECT_EQ(book.initiatives[1].recognition.number, "15/QĐ-CT");
    EXPECT_EQ(book.initiatives[1].recognition.date, (Date{2022, 10, 1}));
    EXPECT_EQ(book.initiatives[2].recognition.date, (Date{2023, 2, 3}));
    EXPECT_EQ(book.initiatives[3].recognition.number, "9/QĐ");
    EXPECT_FALSE(book.initiatives[3].recognition.date);
    EXPECT_TRUE(has_issue(book, "cell.document_without_date", 5, "D"));
}

struct HeadingCase
{
    const char* heading;
    Field field;
};

class Headings : public testing::TestWithParam<HeadingCase> {};

TEST_P(Headings, MapToFields)
{
    EXPECT_EQ(field_for_heading(GetParam().heading, SheetKind::initiatives), GetParam().field) << GetParam().heading;
}

INSTANTIATE_TEST_SUITE_P(Variants, Headings, testing::Values(
    HeadingCase{"Giá trị làm lợi (đồng)", Field::value}, HeadingCase{"GIÁ TRỊ LÀM LỢI", Field::value},
    HeadingCase{"Gia tri lam loi", Field::value}, HeadingCase{"Giá trị xã hội, nhân văn", Field::social_value},
    HeadingCase{"Số văn bản công nhận giá trị làm lợi", Field::value_document_number},
    HeadingCase{"Ngày văn bản công nhận sáng kiến", Field::recognition_date},
    HeadingCase{"Số, ngày văn bản công nhận sáng kiến", Field::recognition},
    HeadingCase{"Tên sáng kiến/giải pháp", Field::title}, HeadingCase{"Họ và tên tác giả", Field::authors},
    HeadingCase{"Ngày cập nhật", Field::updated_on}, HeadingCase{"TRẠNG THÁI", Field::status},
    HeadingCase{"Loại giải pháp", Field::solution_type}, HeadingCase{"Khối", Field::block},
    HeadingCase{"Lĩnh vực", Field::domain}, HeadingCase{"Nhóm đối tượng", Field::target_group}));

TEST(Workbook, ColumnLetters)
{
    EXPECT_EQ(column_letter(0), "A");
    EXPECT_EQ(column_letter(25), "Z");
    EXPECT_EQ(column_letter(26), "AA");
    EXPECT_EQ(column_letter(16383), "XFD");
}

TEST(Workbook, FieldIdsRoundTrip)
{
    for (int f = 0; f < static_cast<int>(Field::count_); ++f)
        EXPECT_EQ(field_from_id(field_id(static_cast<Field>(f))), static_cast<Field>(f));
}

} // namespace

namespace {

// Repeats by evidence: the same mã; or, without a mã on one side, the same title, the same authors
// with their tones and the same unit and CĐCS. Anything weaker is only said ("có thể trùng").
TEST(Workbook, RepeatsNeedEvidence)
{
    WorkbookInput input;
    input.sheets.push_back(Sheet{"Sáng kiến",
                                 {{T("Mã"), T("Tên sáng kiến"), T("Tác giả"), T("LĐLĐ huyện"), T("CĐCS")},
                                  {T("A1"), T("Máy cắt"), T("Nguyễn Thanh Ánh"), T("Huyện X"), T("CĐCS Trường A")},
                                  {T("B7"), T("Máy cắt"), T("Nguyễn Thanh Anh"), T("Huyện X"), T("CĐCS Trường B")},
                                  {T(""), T("máy  cắt"), T("nguyễn thanh ánh"), T("Huyện X"), T("CĐCS Trường A")},
                                  {T(""), T("Máy cắt"), T("Nguyễn Thanh Ánh"), T("Huyện X"), T("CĐCS Trường C")},
                                  {T("a1"), T("Khác hẳn"), T("Ai đó"), T("Huyện Y"), T("CĐCS Trường D")}}});
    const Workbook book = read_workbook(input);
    ASSERT_EQ(book.initiatives.size(), 5u);
    EXPECT_EQ(book.initiatives[1].duplicate_of, 0u);  // another author (tones), another CĐCS, its own mã
    EXPECT_EQ(book.initiatives[2].duplicate_of, 2u);  // no mã: same title, author with tones, unit and CĐCS
    EXPECT_EQ(book.initiatives[2].duplicate_rule, DuplicateRule::same_title_authors_unit);
    EXPECT_EQ(book.initiatives[3].duplicate_of, 0u);  // another CĐCS of the same district
    EXPECT_EQ(book.initiatives[4].duplicate_of, 2u);  // the same mã
    EXPECT_EQ(book.duplicates, 2u);
    const auto possible = std::count_if(book.issues.begin(), book.issues.end(),
                                        [](const Issue& issue) { return issue.key == "row.possible_duplicate"; });
    EXPECT_EQ(possible, 2); // rows 3 and 5 may repeat row 2: said, counted
}

} // namespace
