// Headings read by meaning: every spelling in data/heading_spellings.tsv (collected from public
// Vietnamese forms and the programme's lists, plus common office variants) gives its field, or no
// field; and the units a value heading or an "ĐVT" line names scale the column.
#include <gtest/gtest.h>

#include <set>

#include "../metamorphic/heading_table.hxx"
#include "core/forms/review_form.hxx"
#include "core/rules/rules.hxx"
#include "core/workbook/workbook.hxx"

namespace {

using namespace sangkien::core;

struct Spelling
{
    std::size_t line = 0;
    SheetKind kind = SheetKind::initiatives;
    std::string heading;
    std::optional<Field> field; // nullopt: not a field of ours
};

std::vector<Spelling> spellings()
{
    std::vector<Spelling> all;
    for (const auto& row : sangkien::test::read_heading_table(std::string(SANGKIEN_SOURCE_DIR) + "/tests/unit/data/heading_spellings.tsv"))
    {
        EXPECT_TRUE(row.field || row.field_id == "-") << "line " << row.line << ": unknown field " << row.field_id;
        all.push_back(Spelling{row.line, *sheet_kind_from_id(row.kind), row.heading, row.field});
    }
    return all;
}

TEST(Headings, RealSpellingsGiveTheirField)
{
    const auto all = spellings();
    ASSERT_GE(all.size(), 150u);
    std::size_t wrong = 0;
    for (const Spelling& spelling : all)
    {
        const auto field = field_for_heading(spelling.heading, spelling.kind);
        if (field == spelling.field)
            continue;
        ++wrong;
        ADD_FAILURE() << "line " << spelling.line << " (" << sheet_kind_id(spelling.kind) << ") \"" << spelling.heading
                      << "\": got " << (field ? field_id(*field) : "none") << ", want "
                      << (spelling.field ? field_id(*spelling.field) : "none");
    }
    EXPECT_EQ(wrong, 0u) << "of " << all.size();
}

struct UnitCase
{
    const char* text;
    std::int64_t dong; // 0: no unit
};

class Units : public testing::TestWithParam<UnitCase> {};

TEST_P(Units, NamedInAHeading)
{
    const auto unit = amount_unit_in(GetParam().text);
    EXPECT_EQ(unit ? unit->dong : 0, GetParam().dong) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(Spellings, Units, testing::Values(
    UnitCase{"Giá trị làm lợi (đồng)", 1}, UnitCase{"Giá trị làm lợi (VNĐ)", 1}, UnitCase{"Giá trị làm lợi (VND)", 1},
    UnitCase{"Giá trị làm lợi (nghìn đồng)", 1'000}, UnitCase{"Giá trị làm lợi (ngàn đồng)", 1'000},
    UnitCase{"Giá trị làm lợi (1.000 đ)", 1'000}, UnitCase{"Giá trị làm lợi (1000đ)", 1'000},
    UnitCase{"Giá trị làm lợi (triệu đồng)", 1'000'000}, UnitCase{"GIÁ TRỊ LÀM LỢI (TRIỆU ĐỒNG)", 1'000'000},
    UnitCase{"Hiệu quả kinh tế (tr.đ)", 1'000'000}, UnitCase{"Hiệu quả kinh tế (Tr.đồng)", 1'000'000},
    UnitCase{"Số tiền làm lợi (trđ)", 1'000'000}, UnitCase{"Giá trị làm lợi (tỷ đồng)", 1'000'000'000},
    UnitCase{"Giá trị làm lợi (tỉ đồng)", 1'000'000'000}, UnitCase{"ĐVT: nghìn đồng", 1'000},
    UnitCase{"Đơn vị tính: Triệu đồng", 1'000'000}, UnitCase{"Giá trị làm lợi", 0},
    UnitCase{"Tỷ lệ đóng góp (%)", 0}, UnitCase{"Giá trị làm lợi (1.000.000 đ)", 1'000'000},
    // Never a word inside a name or an amount.
    UnitCase{"Đơn vị: LĐLĐ huyện Triệu Sơn", 0}, UnitCase{"Đơn vị: Công đoàn Công ty", 0},
    UnitCase{"Giá trị làm lợi (đồng) – từ 500 triệu trở lên", 1}, UnitCase{"ĐVT: 1.000đ", 1'000},
    UnitCase{"Số tiền làm lợi (đồng/năm)", 1}));

Sheet list_with(std::vector<Row> rows)
{
    return Sheet{"Sáng kiến", std::move(rows)};
}

Cell T(const char* text) { return std::string(text); }

TEST(Headings, UnitInTheHeadingScalesTheColumnExactly)
{
    WorkbookInput input;
    input.sheets.push_back(list_with({{T("Tên sáng kiến"), T("Tác giả"), T("Đơn vị"), T("Giá trị làm lợi (triệu đồng)")},
                                      {T("A"), T("An"), T("X"), 650.0},
                                      {T("B"), T("Bình"), T("X"), T("3.400,5")},
                                      {T("C"), T("Chi"), T("X"), T("1.250,5")},
                                      {T("D"), T("Dũng"), T("X"), T("2 tỷ")}}));
    const Workbook book = read_workbook(input);
    ASSERT_EQ(book.initiatives.size(), 4u);
    EXPECT_EQ(book.initiatives[0].value.dong, 650'000'000);
    EXPECT_EQ(book.initiatives[1].value.dong, 3'400'500'000);
    EXPECT_EQ(book.initiatives[2].value.dong, 1'250'500'000);
    EXPECT_EQ(book.initiatives[3].value.dong, 2'000'000'000); // its own unit wins
    const bool said = std::any_of(book.issues.begin(), book.issues.end(), [](const Issue& issue) {
        return issue.key == "column.unit_from_heading" && issue.column == "D";
    });
    EXPECT_TRUE(said);
    EXPECT_FALSE(std::any_of(book.issues.begin(), book.issues.end(),
                             [](const Issue& issue) { return issue.key == "money.suspect_no_unit"; }));
}

TEST(Headings, UnitLineAboveTheTableScalesTheColumn)
{
    WorkbookInput input;
    input.sheets.push_back(list_with({{T("DANH SÁCH SÁNG KIẾN")},
                                      {std::monostate{}, std::monostate{}, T("ĐVT: nghìn đồng")},
                                      {T("Tên sáng kiến"), T("Tác giả"), T("Đơn vị"), T("Giá trị làm lợi")},
                                      {T("A"), T("An"), T("X"), 820'000.0},
                                      {T("B"), T("Bình"), T("X"), T("820.000")}}));
    const Workbook book = read_workbook(input);
    ASSERT_EQ(book.initiatives.size(), 2u);
    EXPECT_EQ(book.initiatives[0].value.dong, 820'000'000);
    EXPECT_EQ(book.initiatives[1].value.dong, 820'000'000);
}

TEST(Headings, DocumentHeadingsNamingTheInitiativeAreDocuments)
{
    EXPECT_EQ(field_for_heading("Số QĐ công nhận sáng kiến", SheetKind::initiatives), Field::recognition_number);
    EXPECT_EQ(field_for_heading("Số VB công nhận giá trị làm lợi", SheetKind::initiatives), Field::value_document_number);
    EXPECT_EQ(field_for_heading("Recognition No./date", SheetKind::initiatives), Field::recognition);
    EXPECT_EQ(field_for_heading("Giá trị làm lợi theo văn bản xác nhận", SheetKind::initiatives), Field::value);
}

TEST(Headings, SeveralAuthorColumnsAreJoined)
{
    WorkbookInput input;
    input.sheets.push_back(list_with({{T("Tên sáng kiến"), T("Tác giả"), T("Đồng tác giả"), T("Đơn vị")},
                                      {T("A"), T("An"), T("Bình, Chi"), T("X")}}));
    const Workbook book = read_workbook(input);
    ASSERT_EQ(book.initiatives.size(), 1u);
    EXPECT_EQ(book.initiatives[0].authors, (std::vector<std::string>{"An", "Bình", "Chi"}));
}

TEST(Headings, TwoValueColumnsWithOtherCellsAreAmbiguousAndJudgeNobody)
{
    WorkbookInput input;
    input.sheets.push_back(list_with({{T("Tên sáng kiến"), T("Tác giả"), T("Đơn vị"), T("Giá trị làm lợi"), T("Giá trị làm lợi")},
                                      {T("A"), T("An"), T("X"), 1.0, 2.0}}));
    const Workbook book = read_workbook(input);
    ASSERT_EQ(book.initiatives.size(), 1u);
    EXPECT_FALSE(book.mappings.at(SheetKind::initiatives).columns.count(Field::value));
    EXPECT_EQ(book.initiatives[0].columns_unclear & criterion_column_bit(Field::value), criterion_column_bit(Field::value));
}

TEST(Headings, PlaceholderWordsMeanNoneAndAreNotedOncePerColumn)
{
    WorkbookInput input;
    input.sheets.push_back(list_with({{T("Tên sáng kiến"), T("Tác giả"), T("Đơn vị"), T("Số, ngày văn bản công nhận sáng kiến")},
                                      {T("A"), T("An"), T("X"), T("Chưa có")},
                                      {T("B"), T("Bình"), T("X"), T("-")},
                                      {T("C"), T("Chi"), T("X"), T("Số 12/QĐ ngày 5/9/2022")}}));
    const Workbook book = read_workbook(input);
    ASSERT_EQ(book.initiatives.size(), 3u);
    EXPECT_FALSE(book.initiatives[0].recognition.present());
    EXPECT_FALSE(book.initiatives[1].recognition.present());
    EXPECT_TRUE(book.initiatives[2].recognition.date);
    EXPECT_EQ(std::count_if(book.issues.begin(), book.issues.end(),
                            [](const Issue& issue) { return issue.key == "column.placeholders"; }),
              1);
    EXPECT_FALSE(std::any_of(book.issues.begin(), book.issues.end(),
                             [](const Issue& issue) { return issue.key == "cell.document_without_date"; }));
}

// One row per author, the initiative's other cells merged over them (only the top cell holds them):
// one initiative with all its authors, and each co-author of a qualifying one qualifies.
TEST(Headings, AnInitiativeOverSeveralRowsIsOneWithAllItsAuthors)
{
    const Cell none;
    WorkbookInput input;
    input.sheets.push_back(list_with({{T("STT"), T("Tên sáng kiến"), T("Tác giả"), T("Chức vụ"), T("Đơn vị"), T("Trạng thái"),
                                       T("Giá trị làm lợi"), T("Giá trị xã hội"), T("Số, ngày QĐ công nhận sáng kiến"),
                                       T("Số, ngày VB công nhận giá trị làm lợi")},
                                      {1.0, T("Máy cắt"), T("Nguyễn Văn An"), T("Tổ trưởng"), T("CĐCS A"), T("Hợp lệ"),
                                       600'000'000.0, T("Không"), T("Số 1/QĐ ngày 5/9/2022"), T("Số 2/QĐ ngày 6/9/2022")},
                                      {none, none, T("Trần Thị Bình"), T("Công nhân")},
                                      {none, none, T("Lê Văn Cường"), T("Kỹ sư")},
                                      {2.0, T("Sổ tay điện tử cho"), T("Phạm Dũng"), none, T("CĐCS A"), T("Hợp lệ"), 1.0,
                                       T("Không"), T("Số 3/QĐ ngày 5/9/2022"), T("Số 4/QĐ ngày 6/9/2022")},
                                      {none, T("công nhân mới")}}));
    const Workbook book = read_workbook(input);
    ASSERT_EQ(book.initiatives.size(), 2u);
    EXPECT_EQ(book.initiatives[0].authors, (std::vector<std::string>{"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"}));
    EXPECT_EQ(book.initiatives[1].title, "Sổ tay điện tử cho công nhân mới");
    const Review review = review_workbook(book, {});
    EXPECT_TRUE(review.verdicts[0].qualifies);
    EXPECT_EQ(std::count_if(review.people.begin(), review.people.end(), [](const PersonResult& p) { return p.qualifies; }), 3);
    EXPECT_FALSE(std::any_of(book.issues.begin(), book.issues.end(), [](const Issue& issue) { return issue.is_error; }));
}

// Quotas in khối groups with subtotals: every CĐCS of every group, none of the structure rows.
TEST(Headings, QuotasInGroupsWithSubtotalsAreAllRead)
{
    const Cell none;
    WorkbookInput input;
    input.sheets.push_back(list_with({{T("Tên sáng kiến"), T("Tác giả"), T("Đơn vị")}, {T("A"), T("An"), T("CĐCS A")}}));
    input.sheets.push_back(Sheet{"Chỉ tiêu",
                                 {{T("GIAO CHỈ TIÊU SÁNG KIẾN")},
                                  {T("STT"), T("Tên CĐCS"), T("Số đoàn viên"), T("Chỉ tiêu")},
                                  {T("I"), T("KHỐI HCSN")},
                                  {1.0, T("CĐCS A"), 30.0, 2.0},
                                  {2.0, T("CĐCS B"), 20.0, 1.0},
                                  {none, T("Cộng"), 50.0, 3.0},
                                  {T("II"), T("KHỐI DOANH NGHIỆP")},
                                  {3.0, T("CĐCS C"), 100.0, 5.0},
                                  {none, T("Cộng khối doanh nghiệp"), 100.0, 5.0},
                                  {none, T("Tổng cộng"), 150.0, 8.0},
                                  {none, T("Người lập biểu")}}});
    const Workbook book = read_workbook(input);
    ASSERT_EQ(book.unions.size(), 3u);
    EXPECT_EQ(book.unions[2].name, "CĐCS C");
    EXPECT_EQ(book.unions[2].quota, 5);
    EXPECT_EQ(book.unions[0].block, "KHỐI HCSN");
    EXPECT_EQ(book.unions[2].block, "KHỐI DOANH NGHIỆP");
}

// A district kept as one sheet per CĐCS, the CĐCS only in each sheet's title rows: one list, every
// sheet read, each row counted for its CĐCS; the quota sheet stays the CĐCS list.
TEST(Headings, OneSheetPerUnionIsOneList)
{
    WorkbookInput input;
    const auto union_sheet = [](const char* sheet, const char* unit, std::vector<std::pair<const char*, const char*>> rows) {
        Sheet out{sheet,
                  {{T("LIÊN ĐOÀN LAO ĐỘNG HUYỆN DƯƠNG MINH CHÂU")},
                   {T(unit)},
                   {T("DANH SÁCH SÁNG KIẾN")},
                   {T("STT"), T("Tên sáng kiến"), T("Tác giả"), T("Trạng thái"), T("Giá trị làm lợi (triệu đồng)")}}};
        double n = 1;
        for (const auto& [title, author] : rows)
            out.rows.push_back({n++, T(title), T(author), T("Hợp lệ"), 600.0});
        return out;
    };
    input.sheets.push_back(union_sheet("Chà Là", "CĐCS Trường THCS Chà Là", {{"A", "An"}, {"B", "Bình"}}));
    input.sheets.push_back(union_sheet("Minh Phát", "CĐCS Công ty TNHH Minh Phát", {{"C", "Chi"}}));
    input.sheets.push_back(Sheet{"Chỉ tiêu",
                                 {{T("Tên CĐCS"), T("Chỉ tiêu")},
                                  {T("CĐCS Trường THCS Chà Là"), 2.0},
                                  {T("CĐCS Công ty TNHH Minh Phát"), 2.0}}});
    input.sheets.push_back(union_sheet("Phước Minh", "", {{"D", "Dũng"}}));
    input.sheets.back().rows[1] = {};
    input.sheets.back().name = "CĐCS UBND xã Phước Minh";
    input.sheets[2].rows.push_back({T("CĐCS UBND xã Phước Minh"), 1.0});
    const Workbook book = read_workbook(input);
    ASSERT_EQ(book.initiatives.size(), 4u);
    EXPECT_EQ(book.initiatives[0].unit, "CĐCS Trường THCS Chà Là");
    EXPECT_EQ(book.initiatives[2].unit, "CĐCS Công ty TNHH Minh Phát");
    EXPECT_EQ(book.initiatives[2].sheet, "Minh Phát");
    EXPECT_EQ(book.initiatives[3].unit, "CĐCS UBND xã Phước Minh"); // from the sheet's name, in the CĐCS list
    EXPECT_EQ(book.initiatives[0].value.dong, 600'000'000);
    EXPECT_EQ(book.list_sheets.size(), 3u);
    const Review review = review_workbook(book, {});
    ASSERT_EQ(review.unions.size(), 3u);
    EXPECT_EQ(review.unions[0].counts.valid, 2);
    EXPECT_TRUE(review.unions[0].qualifies);
    EXPECT_EQ(review.unions[1].counts.valid, 1);
    EXPECT_EQ(review.unions[2].counts.valid, 1);

    // The review dialog lists the other sheets, ticked; one unticked is left out, said, remembered.
    ReviewForm form = make_review_form(input, {}, Criteria{}, Language::vietnamese);
    ASSERT_EQ(form.further_sheets.size(), 2u);
    EXPECT_EQ(form.further_sheets[0], (std::pair<std::string, bool>{"Minh Phát", true}));
    form.further_sheets[0].second = false;
    const FormOutcome outcome = read_review_form(form, input, Criteria{}, Language::vietnamese);
    EXPECT_EQ(outcome.sheets.left_out, (std::set<std::string>{"Minh Phát"}));
    const SheetChoices remembered = sheet_choices_from_text(sheet_choices_to_text(outcome.sheets));
    EXPECT_EQ(remembered.left_out, outcome.sheets.left_out);
    const Workbook without = read_workbook(input, {}, remembered);
    EXPECT_EQ(without.initiatives.size(), 3u);
    ASSERT_EQ(without.sheets_left_out.size(), 1u);
    EXPECT_EQ(without.sheets_left_out[0], (std::pair<std::string, std::string>{"Minh Phát", "sheets.left_out.user"}));
    EXPECT_EQ(make_review_form(input, {}, Criteria{}, Language::vietnamese, remembered).further_sheets[0].second, false);
}

// What the reviewer of the reader found: each must stay read as a clerk means it.
TEST(Headings, LinesAndCellsThatOnlyLookLikeStructure)
{
    const Cell none;
    WorkbookInput input;
    input.sheets.push_back(list_with({{T("LIÊN ĐOÀN LAO ĐỘNG HUYỆN TRIỆU SƠN")},
                                      {T("Đơn vị: LĐLĐ huyện Triệu Sơn")},
                                      {T("STT"), T("Tên sáng kiến"), T("Tác giả"), T("Đơn vị"), T("Trạng thái"),
                                       T("Giá trị làm lợi"), T("Số, ngày QĐ công nhận sáng kiến")},
                                      {1.0, T("Máy cắt tự động cho"), T("Nguyễn Văn An"), T("CĐCS A"), T("Hợp lệ"), 600'000'000.0,
                                       T("x")},
                                      {none, T("VẬT TƯ BẰNG MÃ VẠCH")},
                                      {none, none, T("Tô Văn Hùng")},
                                      {2.0, T("Sổ tay"), T("Lê Bình"), T("CĐCS A"), T("Hợp lệ"), 1.0, T("Số 1/QĐ ngày 5/9/2022")}}));
    input.sheets.push_back(Sheet{"DS cá nhân tiêu biểu",
                                 {{T("Họ và tên"), T("Chức vụ"), T("Đơn vị"), T("Tên sáng kiến tham gia")},
                                  {T("Trần C"), T("Tổ trưởng"), T("CĐCS A"), T("Máy cắt tự động")}}});
    input.sheets.push_back(Sheet{"Chỉ tiêu",
                                 {{T("STT"), T("Tên CĐCS"), T("Số đoàn viên"), T("Chỉ tiêu")},
                                  {T("I"), T("KHỐI HCSN"), 300.0, 5.0},
                                  {1.0, T("CĐCS A"), 300.0, 5.0}}});
    const Workbook book = read_workbook(input);
    ASSERT_EQ(book.initiatives.size(), 2u);
    EXPECT_EQ(book.initiatives[0].value.dong, 600'000'000);          // "Đơn vị: LĐLĐ huyện Triệu Sơn" is no unit
    EXPECT_EQ(book.initiatives[0].title, "Máy cắt tự động cho VẬT TƯ BẰNG MÃ VẠCH"); // a wrapped line, no group
    EXPECT_EQ(book.initiatives[0].authors, (std::vector<std::string>{"Nguyễn Văn An", "Tô Văn Hùng"}));
    EXPECT_TRUE(book.initiatives[0].recognition.present());           // "x" is no "none yet"
    EXPECT_EQ(book.sheet_names.at(SheetKind::people), "DS cá nhân tiêu biểu"); // not more of the list
    ASSERT_EQ(book.unions.size(), 1u);                                // "I | KHỐI HCSN | 300 | 5" is a group
    EXPECT_EQ(book.unions[0].quota, 5);
}

// A "Tổng hợp" sheet beside one sheet per CĐCS holds the same rows: read once, the copy said.
TEST(Headings, ACopySheetIsLeftOutNotCountedTwice)
{
    WorkbookInput input;
    const Row heading{T("Mã"), T("Tên sáng kiến"), T("Tác giả"), T("Đơn vị"), T("Trạng thái")};
    input.sheets.push_back(Sheet{"Tổng hợp", {heading, {T("A1"), T("Máy"), T("An"), T("X"), T("Hợp lệ")},
                                              {T("A2"), T("Sổ"), T("Bình"), T("Y"), T("Hợp lệ")}}});
    input.sheets.push_back(Sheet{"X", {heading, {T("A1"), T("Máy"), T("An"), T("X"), T("Hợp lệ")}}});
    input.sheets.push_back(Sheet{"Y", {heading, {T("A2"), T("Sổ"), T("Bình"), T("Y"), T("Hợp lệ")}}});
    const Workbook book = read_workbook(input);
    EXPECT_EQ(book.initiatives.size(), 2u);
    EXPECT_EQ(book.sheets_left_out.size(), 2u);
    EXPECT_EQ(book.duplicates, 0u);
}

// "Done when": a list whose value column cannot be found judges nobody "Không đạt" for lack of value.
TEST(Headings, NoValueColumnFailsNobodyForLackOfValue)
{
    WorkbookInput input;
    input.sheets.push_back(list_with({{T("Tên sáng kiến"), T("Tác giả"), T("Đơn vị"), T("Trạng thái"), T("Hiệu số tiết kiệm"),
                                       T("Giá trị xã hội"), T("Số, ngày QĐ công nhận sáng kiến"),
                                       T("Số, ngày VB công nhận giá trị làm lợi")},
                                      {T("A"), T("An"), T("X"), T("Hợp lệ"), 900'000'000.0, T("Không"),
                                       T("Số 1/QĐ ngày 5/9/2022"), T("Số 2/QĐ ngày 6/9/2022")},
                                      {T("B"), T("Bình"), T("X"), T("Không hợp lệ"), 900'000'000.0, T("Không"),
                                       T("Số 3/QĐ ngày 5/9/2022"), T("Số 4/QĐ ngày 6/9/2022")}}));
    const Workbook book = read_workbook(input);
    const Review review = review_workbook(book, {});
    ASSERT_EQ(review.verdicts.size(), 2u);
    EXPECT_TRUE(review.verdicts[0].needs_check);
    EXPECT_FALSE(review.verdicts[0].qualifies);
    const std::string text = verdict_text(review.verdicts[0], book.initiatives[0], review.criteria, Language::vietnamese);
    EXPECT_EQ(text, "Cần kiểm tra: không tìm thấy cột giá trị làm lợi") << text;
    // The other fails on what was read (its status), and still says what could not be judged.
    EXPECT_FALSE(review.verdicts[1].needs_check);
    const std::string second = verdict_text(review.verdicts[1], book.initiatives[1], review.criteria, Language::vietnamese);
    EXPECT_NE(second.find("Không đạt"), std::string::npos) << second;
    EXPECT_NE(second.find("không tìm thấy cột giá trị làm lợi"), std::string::npos) << second;
}

} // namespace
