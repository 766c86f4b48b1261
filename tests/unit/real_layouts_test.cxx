// Lists as offices really keep them: group headings and subtotals, two-row headings with Số | Ngày
// under a document group, formula errors, duplicates, amounts missing their unit, English headings,
// portal vocabulary — and a property: structure rows inserted anywhere change no verdict or figure.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "core/rules/aggregate.hxx"
#include "core/rules/criteria_settings.hxx"
#include "core/rules/result_sheets.hxx"
#include "core/features/sample.hxx"
#include "core/rules/summary_text.hxx"

using namespace sangkien::core;

namespace {

Cell T(const char* text) { return Cell(std::string(text)); }
Cell N(double value) { return Cell(value); }
Cell X(const char* shown) { return Cell(CellError{shown}); }
const Cell E{};

const Issue* find_issue(const Workbook& book, const std::string& key, std::size_t row = 0)
{
    const auto it = std::find_if(book.issues.begin(), book.issues.end(),
                                 [&](const Issue& issue) { return issue.key == key && (row == 0 || issue.row == row); });
    return it == book.issues.end() ? nullptr : &*it;
}

std::size_t count_issues(const Workbook& book, const std::string& key)
{
    return static_cast<std::size_t>(
        std::count_if(book.issues.begin(), book.issues.end(), [&](const Issue& issue) { return issue.key == key; }));
}

Row initiative(double stt, const char* code, const char* title, const char* author, const char* unit, Cell value,
               Cell status = T("Hợp lệ"))
{
    // STT | Mã | Tên | Tác giả | Đơn vị | Ngày cập nhật | Trạng thái | Giá trị | QĐ số | QĐ ngày | VB số | VB ngày
    return {N(stt), T(code), T(title), T(author), T(unit), T("15/3/2023"), std::move(status), std::move(value),
            T("12/QĐ"), N(44809), T("13/QĐ"), T("6.9.2022")};
}

// A district list grouped by khối and CĐCS, as Excel forms are laid out: title rows, a merged
// two-row heading with Số | Ngày under each document, a numbering row, section and subtotal rows
// with SUMs, a grand total and signatures.
Sheet grouped_list()
{
    Sheet sheet{"Danh sách", {}};
    auto& rows = sheet.rows;
    rows.push_back({T("LIÊN ĐOÀN LAO ĐỘNG HUYỆN DƯƠNG MINH CHÂU")});
    rows.push_back({T("DANH SÁCH SÁNG KIẾN ĐỀ NGHỊ KHEN THƯỞNG")});
    rows.push_back({T("STT"), T("Mã sáng kiến"), T("Tên sáng kiến"), T("Tác giả"), T("Đơn vị"), T("Ngày cập nhật"),
                    T("Trạng thái"), T("Giá trị làm lợi (đồng)"), T("Quyết định công nhận sáng kiến"), E,
                    T("Văn bản công nhận giá trị làm lợi"), E});                                   // row 3
    rows.push_back({E, E, E, E, E, E, E, E, T("Số"), T("Ngày"), T("Số"), T("Ngày")});             // row 4
    rows.push_back({T("(1)"), T("(2)"), T("(3)"), T("(4)"), T("(5)"), T("(6)"), T("(7)"), T("(8)"), T("(9)"),
                    T("(10)"), T("(11)"), T("(12)")});                                             // row 5
    rows.push_back({T("I"), T("KHỐI TRƯỜNG HỌC")});                                                // row 6
    rows.push_back({T("1."), T("CĐCS Trường THCS Chà Là")});                                       // row 7
    rows.push_back(initiative(1, "SK-01", "Giáo án điện tử", "Lê Văn C", "Trường THCS Chà Là", N(600'000'000))); // 8
    rows.push_back(initiative(2, "SK-02", "Sổ điểm số", "Trần Thị D và Võ E", "Trường THCS Chà Là",
                              T("650.000.000")));                                                  // row 9
    rows.push_back({E, T("Cộng CĐCS Trường THCS Chà Là"), E, E, E, E, E, N(1'250'000'000)});      // row 10
    rows.push_back({T("2."), T("CĐCS Trường Tiểu học Suối Đá")});                                  // row 11
    rows.push_back(initiative(1, "SK-03", "Thư viện xanh", "Phạm Thị G", "Trường Tiểu học Suối Đá",
                              N(700'000'000)));                                                    // row 12
    rows.push_back({E, T("Cộng"), E, E, E, E, E, N(750'000'000)});                                 // row 13: wrong
    rows.push_back({E, T("Cộng khối trường học"), E, E, E, E, E, N(1'950'000'000)});              // row 14
    rows.push_back({T("II"), T("KHỐI DOANH NGHIỆP")});                                             // row 15
    rows.push_back(initiative(1, "SK-04", "Máy cắt tự động", "Nguyễn Văn A", "Công ty TNHH ABC", N(800'000'000))); // 16
    rows.push_back({});                                                                            // row 17
    rows.push_back({E, T("Tổng cộng"), E, E, E, E, E, N(2'750'000'000)});                          // row 18
    rows.push_back({E, T("Người lập biểu"), E, E, T("Chủ tịch")});                                 // row 19
    rows.push_back({E, T("(Ký, ghi rõ họ tên)")});                                                 // row 20
    return sheet;
}

TEST(RealLayouts, StructureRowsAreNotInitiativesAndSubtotalsAreChecked)
{
    const Workbook book = read_workbook({{grouped_list()}});
    ASSERT_EQ(book.initiatives.size(), 4u);
    EXPECT_EQ((std::vector<std::size_t>{book.initiatives[0].row, book.initiatives[1].row, book.initiatives[2].row,
                                        book.initiatives[3].row}),
              (std::vector<std::size_t>{8, 9, 12, 16}));
    EXPECT_EQ(book.section_rows, 4u);
    EXPECT_EQ(book.subtotal_rows, 4u);
    EXPECT_EQ(book.initiatives[0].section, "CĐCS Trường THCS Chà Là");
    EXPECT_EQ(book.initiatives[3].section, "KHỐI DOANH NGHIỆP");
    // Only the wrong subtotal is a note, with both figures.
    EXPECT_EQ(count_issues(book, "row.subtotal_mismatch"), 1u);
    const Issue* mismatch = find_issue(book, "row.subtotal_mismatch", 13);
    ASSERT_TRUE(mismatch);
    EXPECT_EQ(mismatch->column, "H");
    EXPECT_EQ(issue_message(*mismatch, Language::vietnamese), "Dòng 13 ghi Cộng 750.000.000, cộng lại được 700.000.000.");
    // Signatures below the total are reported as not read, never silently dropped.
    const Issue* after = find_issue(book, "rows.after_total");
    ASSERT_TRUE(after);
    EXPECT_EQ(after->arguments, (std::vector<std::string>{"19", "20", "18"}));
    EXPECT_FALSE(find_issue(book, "cell.no_authors"));
    EXPECT_FALSE(find_issue(book, "cell.no_unit"));
}

TEST(RealLayouts, DocumentSubHeadingsTakeTheirMeaningFromTheGroup)
{
    const Workbook book = read_workbook({{grouped_list()}});
    const ColumnMapping& mapping = book.mappings.at(SheetKind::initiatives);
    EXPECT_EQ(mapping.columns.at(Field::recognition_number), 8u);
    EXPECT_EQ(mapping.columns.at(Field::recognition_date), 9u);
    EXPECT_EQ(mapping.columns.at(Field::value_document_number), 10u);
    EXPECT_EQ(mapping.columns.at(Field::value_document_date), 11u);
    EXPECT_EQ(mapping.first_data_row, 5u);
    const Initiative& first = book.initiatives[0];
    EXPECT_EQ(first.recognition.number, "12/QĐ");
    EXPECT_EQ(first.recognition.date, from_serial(44809));
    EXPECT_EQ(first.value_document.date, (Date{2022, 9, 6}));
    EXPECT_FALSE(find_issue(book, "cell.document_without_date"));
    const Review review = review_workbook(book, {});
    for (const auto& verdict : review.verdicts)
        EXPECT_TRUE(verdict.qualifies);
    const Summary summary = summarise(book, review);
    EXPECT_EQ(summary.total.valid, 4);
    EXPECT_EQ(summary.total.value, 2'750'000'000);
}

struct HeadingCase
{
    const char* group;
    const char* sub;
    Field expected;
};

class DocumentHeadings : public ::testing::TestWithParam<HeadingCase>
{
};

TEST_P(DocumentHeadings, SubHeadingDecides)
{
    const HeadingCase& c = GetParam();
    Sheet sheet{"S",
                {{T("Tên sáng kiến"), T("Tác giả"), T("Đơn vị"), T(c.group)}, {E, E, E, T(c.sub)}, {T("a"), T("b"), T("c"), E}}};
    const auto mapping = detect_columns(sheet, SheetKind::initiatives);
    ASSERT_TRUE(mapping);
    ASSERT_TRUE(mapping->columns.count(c.expected)) << c.group << " / " << c.sub;
    EXPECT_EQ(mapping->columns.at(c.expected), 3u);
}

INSTANTIATE_TEST_SUITE_P(
    RealLayouts, DocumentHeadings,
    ::testing::Values(HeadingCase{"Quyết định công nhận sáng kiến", "Số", Field::recognition_number},
                      HeadingCase{"Quyết định công nhận sáng kiến", "Ngày", Field::recognition_date},
                      HeadingCase{"Quyết định công nhận sáng kiến", "Ngày tháng năm", Field::recognition_date},
                      HeadingCase{"Quyết định công nhận sáng kiến", "Số, ngày", Field::recognition},
                      HeadingCase{"Văn bản công nhận giá trị làm lợi", "Số", Field::value_document_number},
                      HeadingCase{"Văn bản công nhận giá trị làm lợi", "Ngày", Field::value_document_date},
                      HeadingCase{"Văn bản công nhận giá trị làm lợi", "Số và ngày", Field::value_document},
                      HeadingCase{"Văn bản công nhận sáng kiến", "Số hiệu", Field::recognition_number},
                      HeadingCase{"Recognition", "Date", Field::recognition_date},
                      HeadingCase{"Benefit document", "No.", Field::value_document_number}));

TEST(RealLayouts, DateColumnsAcceptEveryWayOfWritingADate)
{
    for (const Cell& cell : {N(45174), T("05/9/2023"), T("5-9-2023"), T("5.9.2023"), T("ngày 5 tháng 9 năm 2023")})
    {
        Sheet sheet{"S",
                    {{T("Tên sáng kiến"), T("Tác giả"), T("Đơn vị"), T("Ngày cập nhật"), T("Văn bản công nhận sáng kiến")},
                     {T("a"), T("b"), T("c"), cell, cell}}};
        const Workbook book = read_workbook({{sheet}});
        ASSERT_EQ(book.initiatives.size(), 1u);
        EXPECT_EQ(book.initiatives[0].updated_on, (Date{2023, 9, 5})) << cell_text(cell);
        EXPECT_EQ(book.initiatives[0].recognition.date, (Date{2023, 9, 5})) << cell_text(cell);
        EXPECT_FALSE(find_issue(book, "cell.document_without_date")) << cell_text(cell);
    }
}

// One row per read column holding an error: never taken as empty.
struct ErrorCase
{
    std::size_t column;      // 0-based in `error_list`
    Field field;
    bool needs_check;        // the verdict cannot be decided
    bool uncertain;          // not judged, or its place in the figures is not known
    int valid;               // valid count of the list with this row
    std::int64_t value;      // total value of the valid ones
};

Sheet error_list(std::size_t column, const char* error)
{
    Sheet sheet{"Sáng kiến",
                {{T("STT"), T("Mã"), T("Tên sáng kiến"), T("Tác giả"), T("Đơn vị"), T("Ngày cập nhật"), T("Trạng thái"),
                  T("Giá trị làm lợi"), T("Số văn bản công nhận"), T("Ngày văn bản công nhận"),
                  T("Số văn bản công nhận giá trị làm lợi"), T("Ngày văn bản công nhận giá trị làm lợi")},
                 initiative(1, "A1", "Một", "Lê A", "Đơn vị X", N(954'000'000)),
                 initiative(2, "A2", "Hai", "Lê B", "Đơn vị X", N(600'000'000))}};
    sheet.rows[1][column] = X(error);
    return sheet;
}

class ErrorCells : public ::testing::TestWithParam<ErrorCase>
{
};

TEST_P(ErrorCells, AreReportedAndTheInitiativeIsNotJudgedOnThem)
{
    const ErrorCase& c = GetParam();
    const Workbook book = read_workbook({{error_list(c.column, "#DIV/0!")}});
    ASSERT_EQ(book.initiatives.size(), 2u);
    const Issue* issue = find_issue(book, "cell.formula_error", 2);
    ASSERT_TRUE(issue);
    EXPECT_EQ(issue->column, column_letter(c.column));
    EXPECT_EQ(issue->value, "#DIV/0!");
    EXPECT_TRUE(issue->is_error);
    EXPECT_NE(issue_message(*issue, Language::vietnamese).find("#DIV/0!"), std::string::npos);
    ASSERT_EQ(book.initiatives[0].unreadable.size(), 1u);
    EXPECT_EQ(book.initiatives[0].unreadable[0].field, c.field);

    const Review review = review_workbook(book, {});
    const InitiativeVerdict& verdict = review.verdicts[0];
    EXPECT_FALSE(verdict.qualifies);
    EXPECT_EQ(verdict.needs_check, c.needs_check);
    EXPECT_EQ(verdict.uncertain, c.uncertain);
    EXPECT_EQ(verdict.reasons.front(), Reason::cell_error);
    const std::string text = verdict_text(verdict, book.initiatives[0], review.criteria, Language::vietnamese);
    EXPECT_NE(text.find(column_letter(c.column) + "2"), std::string::npos) << text;
    EXPECT_EQ(text.rfind(c.needs_check ? "Cần kiểm tra: " : "Không đạt: ", 0), 0u) << text;
    const Summary summary = summarise(book, review);
    EXPECT_EQ(summary.total.valid, c.valid);
    EXPECT_EQ(summary.total.value, c.value);
    EXPECT_EQ(summary.total.uncertain, c.uncertain ? 1 : 0);
    EXPECT_TRUE(review.verdicts[1].qualifies);
    EXPECT_NE(summary_text(book, review, summary, Language::vietnamese).find("1 sáng kiến chưa xét được vì ô lỗi công thức"),
                  std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(
    RealLayouts, ErrorCells,
    ::testing::Values(ErrorCase{1, Field::code, true, true, 2, 1'554'000'000},
                      ErrorCase{2, Field::title, true, true, 2, 1'554'000'000},
                      ErrorCase{3, Field::authors, true, true, 2, 1'554'000'000},
                      ErrorCase{4, Field::unit, true, true, 2, 1'554'000'000},
                      ErrorCase{5, Field::updated_on, true, true, 1, 600'000'000},
                      ErrorCase{6, Field::status, true, true, 1, 600'000'000},
                      ErrorCase{7, Field::value, true, true, 2, 600'000'000},
                      ErrorCase{8, Field::recognition_number, true, true, 2, 1'554'000'000},
                      ErrorCase{9, Field::recognition_date, true, true, 2, 1'554'000'000},
                      ErrorCase{10, Field::value_document_number, true, true, 2, 1'554'000'000},
                      ErrorCase{11, Field::value_document_date, true, true, 2, 1'554'000'000}));

TEST(RealLayouts, AnErrorBesideAFailedCriterionStillFails)
{
    Sheet sheet = error_list(7, "#N/A");
    sheet.rows[1][6] = T("Không hợp lệ");
    const Workbook book = read_workbook({{sheet}});
    const Review review = review_workbook(book, {});
    EXPECT_FALSE(review.verdicts[0].needs_check);
    EXPECT_FALSE(review.verdicts[0].uncertain); // not valid, so its value decides no figure
    EXPECT_EQ(verdict_word(review.verdicts[0], Language::vietnamese), "Không đạt");
}

TEST(RealLayouts, ErrorsInTheUnionListMakeTheUnitNeedChecking)
{
    const Sheet unions{"Công đoàn cơ sở",
                       {{T("Tên CĐCS"), T("Chỉ tiêu")}, {T("Đơn vị X"), X("#REF!")}, {T("Đơn vị Y"), N(1)}}};
    const Workbook book = read_workbook({{error_list(1, "#N/A"), unions}});
    EXPECT_TRUE(find_issue(book, "cell.formula_error", 2));
    ASSERT_EQ(book.unions.size(), 2u);
    EXPECT_TRUE(book.unions[0].quota_unreadable);
    const Review review = review_workbook(book, {});
    EXPECT_TRUE(review.unions[0].needs_check);
    EXPECT_FALSE(review.unions[0].qualifies);
    const auto sheets = result_sheets(book, review, summarise(book, review), Language::vietnamese);
    EXPECT_EQ(sheets[2].rows[0][8], T("Cần kiểm tra"));
}

TEST(RealLayouts, DuplicatesAreFlaggedAndCountedOnce)
{
    Sheet sheet = error_list(1, "#N/A");
    sheet.rows[1][1] = T("A1");
    sheet.rows.push_back(initiative(3, "a1", "Ba", "Lê C", "Đơn vị X", N(700'000'000)));             // same mã
    sheet.rows.push_back(initiative(4, "", "  HAI ", "lê b", "đơn vị x", N(600'000'000)));           // same content
    sheet.rows.push_back(initiative(5, "", "Hai", "Lê B", "Đơn vị Khác", N(600'000'000)));           // other unit
    const Workbook book = read_workbook({{sheet}});
    ASSERT_EQ(book.initiatives.size(), 5u);
    EXPECT_EQ(book.duplicates, 2u);
    EXPECT_EQ(book.initiatives[2].duplicate_of, 2u);
    EXPECT_EQ(book.initiatives[2].duplicate_rule, DuplicateRule::same_code);
    EXPECT_EQ(book.initiatives[3].duplicate_of, 3u);
    EXPECT_EQ(book.initiatives[3].duplicate_rule, DuplicateRule::same_title_authors_unit);
    EXPECT_EQ(book.initiatives[4].duplicate_of, 0u);
    EXPECT_TRUE(find_issue(book, "row.duplicate_code", 4));
    EXPECT_TRUE(find_issue(book, "row.duplicate_content", 5));
    const Review review = review_workbook(book, {});
    const Summary summary = summarise(book, review);
    EXPECT_EQ(summary.total.valid, 3);
    EXPECT_EQ(summary.total.value, 2'154'000'000LL);
    EXPECT_EQ(verdict_text(review.verdicts[3], book.initiatives[3], review.criteria, Language::vietnamese),
              "Trùng: trùng tên, tác giả và đơn vị với sáng kiến ở dòng 3, chỉ tính một lần");
    const auto sheets = result_sheets(book, review, summary, Language::vietnamese);
    EXPECT_EQ(sheets[1].rows[2][10], T("Trùng"));
    const auto duplicates_row = std::find_if(sheets[0].rows.begin(), sheets[0].rows.end(), [](const Row& row) {
        return row[0] == Cell(std::string(text(Language::vietnamese, "result.sum.duplicates")));
    });
    ASSERT_NE(duplicates_row, sheets[0].rows.end());
    EXPECT_EQ((*duplicates_row)[1], N(2)); // the summary's duplicate count, a number
}

TEST(RealLayouts, AmountsMissingTheirUnitAreNotedAndKept)
{
    Sheet sheet = error_list(1, "#N/A");
    sheet.rows[1][1] = T("A1");
    sheet.rows.push_back(initiative(3, "A3", "Ba", "Lê C", "Đơn vị X", T("1,5")));
    sheet.rows.push_back(initiative(4, "A4", "Bốn", "Lê D", "Đơn vị X", N(0.4)));
    sheet.rows.push_back(initiative(5, "A5", "Năm", "Lê E", "Đơn vị X", N(250)));
    sheet.rows.push_back(initiative(6, "A6", "Sáu", "Lê G", "Đơn vị X", T("1,5 triệu")));
    const Workbook book = read_workbook({{sheet}});
    EXPECT_EQ(count_issues(book, "money.suspect_no_unit"), 3u);
    for (const std::size_t row : {4u, 5u, 6u})
    {
        const Issue* note = find_issue(book, "money.suspect_no_unit", row);
        ASSERT_TRUE(note) << row;
        EXPECT_EQ(note->column, "H");
        EXPECT_FALSE(note->is_error);
    }
    EXPECT_EQ(book.initiatives[4].value.dong, 250); // the value used is what the cell says
    EXPECT_NE(issue_message(*find_issue(book, "money.suspect_no_unit", 4), Language::vietnamese).find("\"1,5\""),
              std::string::npos);
}

TEST(RealLayouts, EnglishHeadingsAreKnown)
{
    const Sheet sheet{"Sheet1",
                      {{T("No."), T("Code"), T("Title"), T("Author(s)"), T("Unit"), T("Sector"), T("Status"),
                        T("Upload date"), T("Benefit (VND)"), T("Recognition No."), T("Recognition date")},
                       {N(1), T("X1"), T("Smart meter"), T("Lê A"), T("Unit A"), T("Enterprise"), T("Approved"),
                        T("1/3/2023"), N(700'000'000), T("1/QĐ"), T("5/9/2022")}}};
    const Workbook book = read_workbook({{sheet}});
    ASSERT_EQ(book.sheet_names.at(SheetKind::initiatives), "Sheet1");
    const auto& columns = book.mappings.at(SheetKind::initiatives).columns;
    const std::map<Field, std::size_t> expected{
        {Field::stt, 0}, {Field::code, 1}, {Field::title, 2}, {Field::authors, 3}, {Field::unit, 4}, {Field::block, 5},
        {Field::status, 6}, {Field::updated_on, 7}, {Field::value, 8}, {Field::recognition_number, 9},
        {Field::recognition_date, 10}};
    EXPECT_EQ(columns, expected);
    EXPECT_EQ(book.initiatives.at(0).status, Status::valid);
}

TEST(RealLayouts, ASheetChosenByTheUserIsReadWhateverItsHeadings)
{
    const Sheet sheet{"Bảng 1", {{T("Cột 1"), T("Cột 2")}, {T("x"), T("y")}}};
    EXPECT_FALSE(read_workbook({{sheet}}).sheet_names.count(SheetKind::initiatives));
    const MappingOverrides columns{{SheetKind::initiatives, {{Field::title, 0}, {Field::authors, 1}}}};
    const Workbook book = read_workbook({{sheet}}, columns, {{SheetKind::initiatives, "Bảng 1"}});
    EXPECT_EQ(book.sheet_names.at(SheetKind::initiatives), "Bảng 1");
    ASSERT_EQ(book.initiatives.size(), 1u);
    EXPECT_EQ(book.initiatives[0].title, "x");
    EXPECT_EQ(book.initiatives[0].authors, (std::vector<std::string>{"y"}));
}

TEST(RealLayouts, UnitsComeFromCdcsHeadingsWhenTheListHasNoUnitColumn)
{
    const Sheet sheet{"Sáng kiến",
                      {{T("STT"), T("Tên sáng kiến"), T("Tác giả"), T("Trạng thái")},
                       {T("1"), T("CĐCS Trường THCS Chà Là")},
                       {N(1), T("Giáo án"), T("Lê A"), T("Đã duyệt")},
                       {N(2), T("Sổ điểm"), T("Lê B"), T("Chờ phê duyệt")},
                       {T("2"), T("Công đoàn Công ty ABC")},
                       {N(1), T("Máy cắt"), T("Lê C"), T("Không được duyệt")}}};
    const Workbook book = read_workbook({{sheet}});
    ASSERT_EQ(book.initiatives.size(), 3u);
    EXPECT_EQ(book.initiatives[0].unit, "CĐCS Trường THCS Chà Là");
    EXPECT_EQ(book.initiatives[2].unit, "Công đoàn Công ty ABC");
    EXPECT_EQ(book.initiatives[0].status, Status::valid);
    EXPECT_EQ(book.initiatives[1].status, Status::pending);
    EXPECT_EQ(book.initiatives[2].status, Status::rejected);
    EXPECT_TRUE(find_issue(book, "rows.unit_from_section"));
}

TEST(RealLayouts, RowsThatOnlyLookLikeHeadingsStayInitiatives)
{
    const Sheet sheet{"Sáng kiến",
                      {{T("STT"), T("Tên sáng kiến"), T("Tác giả"), T("Đơn vị")},
                       {N(1), T("Cải tiến máy cắt")},                      // an initiative missing its details
                       {N(2), T("Công nghệ sấy lúa"), T("Lê A"), T("X")},   // "Công…" is not "Cộng"
                       {N(3), T("Cộng đồng học tập"), T("Lê B"), T("X")}}};
    const Workbook book = read_workbook({{sheet}});
    EXPECT_EQ(book.initiatives.size(), 3u);
    EXPECT_EQ(book.section_rows + book.subtotal_rows, 0u);
}

struct StatusCase
{
    const char* text;
    Status status;
};

class PortalStatuses : public ::testing::TestWithParam<StatusCase>
{
};

TEST_P(PortalStatuses, AreUnderstood)
{
    EXPECT_EQ(parse_status(GetParam().text), GetParam().status) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(RealLayouts, PortalStatuses,
                         ::testing::Values(StatusCase{"Đã duyệt", Status::valid}, StatusCase{"Đã phê duyệt", Status::valid},
                                           StatusCase{"Duyệt", Status::valid}, StatusCase{"Chưa duyệt", Status::pending},
                                           StatusCase{"Chờ phê duyệt", Status::pending},
                                           StatusCase{"Không duyệt", Status::rejected},
                                           StatusCase{"Không được duyệt", Status::rejected},
                                           StatusCase{"Approved", Status::valid}, StatusCase{"Pending", Status::pending},
                                           StatusCase{"Rejected", Status::rejected}));

TEST(RealLayouts, SummaryFiguresAreNumbers)
{
    const Workbook book = read_workbook({{grouped_list()}});
    const Review review = review_workbook(book, {});
    const auto sheets = result_sheets(book, review, summarise(book, review), Language::vietnamese);
    const ResultSheet& summary = sheets[0];
    bool value_seen = false;
    for (std::size_t r = 0; r < summary.rows.size(); ++r)
    {
        const auto* figure = std::get_if<std::string>(&summary.rows[r][1]);
        if (figure) // only the dates (the period, the cut-off: "31/8/2023") and the ways of combining are words
        {
            EXPECT_TRUE(figure->find('/') != std::string::npos || figure->find_first_of("0123456789") == std::string::npos)
                << *figure;
        }
        if (summary.rows[r][0] == T("Tổng giá trị làm lợi của sáng kiến hợp lệ"))
        {
            value_seen = true;
            EXPECT_EQ(summary.rows[r][1], N(2'750'000'000));
            EXPECT_TRUE(std::any_of(summary.cell_formats.begin(), summary.cell_formats.end(), [r](const CellFormat& f) {
                return f.row == r && f.column == 1 && f.format == ColumnFormat::money;
            }));
        }
    }
    EXPECT_TRUE(value_seen);
}

// Property: group headings, subtotals and blank rows inserted anywhere into a list change no
// verdict and no figure.
TEST(RealLayouts, StructureRowsChangeNoVerdictAndNoFigure)
{
    for (const std::uint64_t seed : {3u, 17u, 2023u})
    {
        const SampleWorkbook sample = generate_sample({1500, seed, seed % 2 == 1});
        const Workbook plain = read_workbook(sample.input);
        const Review plain_review = review_workbook(plain, resolve_criteria(plain).criteria);
        const Summary plain_summary = summarise(plain, plain_review);

        WorkbookInput grouped = sample.input;
        Sheet& sheet = *std::find_if(grouped.sheets.begin(), grouped.sheets.end(),
                                     [&](const Sheet& s) { return s.name == plain.sheet_names.at(SheetKind::initiatives); });
        const std::size_t first_data = plain.mappings.at(SheetKind::initiatives).first_data_row;
        const std::size_t value_column = plain.mappings.at(SheetKind::initiatives).columns.at(Field::value);
        std::mt19937_64 random(seed);
        std::vector<Row> rows(sheet.rows.begin(), sheet.rows.begin() + static_cast<long>(first_data));
        int group = 0;
        for (std::size_t r = first_data; r < sheet.rows.size(); ++r)
        {
            switch (random() % 12)
            {
            case 0: rows.push_back({T("I"), T("KHỐI DOANH NGHIỆP")}); break;
            case 1: rows.push_back({T((std::to_string(++group) + ".").c_str()), T("CĐCS Nhóm tự đặt")}); break;
            case 2: {
                Row subtotal(value_column + 1);
                subtotal[1] = T("Cộng");
                subtotal[value_column] = N(static_cast<double>(random() % 1'000'000'000));
                rows.push_back(subtotal);
                break;
            }
            case 3: rows.push_back({}); break;
            default: break;
            }
            rows.push_back(sheet.rows[r]);
        }
        sheet.rows = std::move(rows);
        const Workbook book = read_workbook(grouped);
        const Review review = review_workbook(book, resolve_criteria(book).criteria);
        const Summary summary = summarise(book, review);
        ASSERT_EQ(book.initiatives.size(), plain.initiatives.size()) << seed;
        EXPECT_GT(book.section_rows, 0u);
        EXPECT_GT(book.subtotal_rows, 0u);
        for (std::size_t i = 0; i < book.initiatives.size(); ++i)
        {
            ASSERT_EQ(review.verdicts[i].reasons, plain_review.verdicts[i].reasons) << seed << " " << i;
            ASSERT_EQ(review.verdicts[i].counted, plain_review.verdicts[i].counted) << seed << " " << i;
            ASSERT_EQ(book.initiatives[i].unit_key, plain.initiatives[i].unit_key) << seed << " " << i;
        }
        EXPECT_EQ(summary.total.updated, plain_summary.total.updated);
        EXPECT_EQ(summary.total.valid, plain_summary.total.valid);
        EXPECT_EQ(summary.total.value, plain_summary.total.value);
        EXPECT_EQ(summary.units_reaching_quota, plain_summary.units_reaching_quota);
        EXPECT_EQ(summary.qualifying_people, plain_summary.qualifying_people);
    }
}

} // namespace

namespace {

TEST(RealLayouts, TheSummaryNamesOnlyTheStructureRowsThereAre)
{
    Workbook book;
    EXPECT_EQ(structure_rows_text(book, "result.sum.structure", Language::vietnamese), "");
    book.subtotal_rows = 1;
    EXPECT_EQ(structure_rows_text(book, "result.sum.structure", Language::vietnamese), "Không tính 1 dòng cộng của danh sách");
    book.section_rows = 4;
    EXPECT_EQ(structure_rows_text(book, "summary.structure", Language::english),
              "4 group heading rows and 1 total row of the list were left out.");
}

} // namespace
