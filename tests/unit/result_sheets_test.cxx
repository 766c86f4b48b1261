#include <gtest/gtest.h>

#include <numeric>

#include "core/rules/result_sheets.hxx"
#include "core/rules/criteria_settings.hxx"
#include "core/features/sample.hxx"
#include "core/forms/user_options.hxx"
#include "core/text/format.hxx"

using namespace sangkien::core;

namespace {

struct Reviewed
{
    Workbook book;
    Review review;
    Summary summary;
};

Reviewed reviewed(const WorkbookInput& input)
{
    Reviewed r{read_workbook(input), {}, {}};
    r.review = review_workbook(r.book, resolve_criteria(r.book).criteria);
    r.summary = summarise(r.book, r.review);
    return r;
}

const ResultSheet& sheet_of(const std::vector<ResultSheet>& sheets, ResultKind kind)
{
    for (const auto& sheet : sheets)
        if (sheet.kind == kind)
            return sheet;
    throw std::logic_error("missing sheet");
}

std::string text_at(const ResultSheet& sheet, std::size_t row, std::size_t column)
{
    const auto* text = std::get_if<std::string>(&sheet.rows.at(row).at(column));
    return text ? *text : std::string();
}

double number_at(const ResultSheet& sheet, std::size_t row, std::size_t column)
{
    const auto* number = std::get_if<double>(&sheet.rows.at(row).at(column));
    return number ? *number : -1;
}

std::size_t column_named(const ResultSheet& sheet, const std::string& heading)
{
    for (std::size_t c = 0; c < sheet.columns.size(); ++c)
        if (sheet.columns[c].heading == heading)
            return c;
    throw std::logic_error("missing column " + heading);
}

TEST(ResultSheets, FiveSheetsWithRectangularRowsInBothLanguages)
{
    const auto r = reviewed(generate_sample({400, 11, true}).input);
    for (const Language language : {Language::vietnamese, Language::english})
    {
        const auto sheets = result_sheets(r.book, r.review, r.summary, language);
        ASSERT_EQ(sheets.size(), 5u);
        for (const auto& sheet : sheets)
        {
            EXPECT_FALSE(sheet.name.empty());
            for (const auto& row : sheet.rows)
                EXPECT_EQ(row.size(), sheet.columns.size()) << sheet.name;
        }
    }
    const auto sheets = result_sheets(r.book, r.review, r.summary, Language::vietnamese);
    EXPECT_EQ(sheet_of(sheets, ResultKind::initiatives).name, "KQ Sáng kiến");
    EXPECT_EQ(sheet_of(sheets, ResultKind::errors).name, "Lỗi dữ liệu");
    EXPECT_EQ(result_sheet_name(ResultKind::unions, Language::english), "Union results");
}

// The figures of the sheets are the core's own: per-row verdicts, per-CĐCS counts, the errors.
TEST(ResultSheets, FiguresAreTheReviewsOwn)
{
    const auto r = reviewed(generate_sample({600, 5, true}).input);
    const auto sheets = result_sheets(r.book, r.review, r.summary, Language::vietnamese);

    const auto& initiatives = sheet_of(sheets, ResultKind::initiatives);
    ASSERT_EQ(initiatives.rows.size(), r.book.initiatives.size());
    const std::size_t result = column_named(initiatives, "Kết quả");
    const std::size_t reasons = column_named(initiatives, "Lý do");
    int passing = 0;
    for (std::size_t i = 0; i < initiatives.rows.size(); ++i)
    {
        EXPECT_EQ(number_at(initiatives, i, 0), static_cast<double>(r.book.initiatives[i].row));
        const bool pass = text_at(initiatives, i, result) == "Đạt";
        EXPECT_EQ(pass, r.review.verdicts[i].qualifies) << i;
        EXPECT_EQ(text_at(initiatives, i, reasons).empty(), pass) << i;
        passing += pass;
    }
    EXPECT_EQ(passing, r.summary.qualifying_initiatives);

    const auto& unions = sheet_of(sheets, ResultKind::unions);
    ASSERT_EQ(unions.rows.size(), r.review.unions.size());
    double valid = 0, value = 0;
    for (std::size_t i = 0; i < unions.rows.size(); ++i)
    {
        valid += number_at(unions, i, column_named(unions, "Hợp lệ"));
        value += number_at(unions, i, column_named(unions, "Tổng giá trị (đồng)"));
    }
    EXPECT_EQ(valid, r.summary.total.valid);
    EXPECT_EQ(value, static_cast<double>(r.summary.total.value));

    const auto& errors = sheet_of(sheets, ResultKind::errors);
    ASSERT_EQ(errors.rows.size(), r.book.issues.size());
    for (std::size_t i = 0; i < errors.rows.size(); ++i)
    {
        EXPECT_EQ(text_at(errors, i, 0), r.book.issues[i].sheet);
        EXPECT_FALSE(text_at(errors, i, 4).empty());
    }
    EXPECT_EQ(sheet_of(sheets, ResultKind::people).rows.size(), r.review.people.size());
}

// A small hand-checked workbook.
TEST(ResultSheets, HandCheckedFixture)
{
    WorkbookInput input;
    input.sheets.push_back({"Sáng kiến",
                            {{Cell("STT"), Cell("Tên sáng kiến"), Cell("Tác giả"), Cell("Đơn vị"), Cell("Trạng thái"),
                              Cell("Ngày cập nhật"), Cell("Giá trị làm lợi"), Cell("Số QĐ công nhận"),
                              Cell("Ngày công nhận"), Cell("Số văn bản giá trị làm lợi"), Cell("Ngày văn bản giá trị làm lợi")},
                             {Cell(1.0), Cell("Máy cắt"), Cell("Nguyễn Văn An"), Cell("Trường A"), Cell("Hợp lệ"),
                              Cell("1/3/2023"), Cell("600 triệu"), Cell("1/QĐ"), Cell("10/1/2022"), Cell("2/QĐ"),
                              Cell("10/2/2022")},
                             {Cell(2.0), Cell("=SUM(1)"), Cell("Trần Bình"), Cell("Trường A"), Cell("Chờ duyệt"),
                              Cell("1/3/2023"), Cell("31/2/2023"), Cell{}, Cell{}, Cell{}, Cell{}}}});
    input.sheets.push_back({"CĐCS",
                            {{Cell("STT"), Cell("Tên CĐCS"), Cell("Chỉ tiêu")}, {Cell(1.0), Cell("CĐCS Trường A"), Cell(2.0)}}});
    const auto r = reviewed(input);
    const auto sheets = result_sheets(r.book, r.review, r.summary, Language::vietnamese);
    const auto& initiatives = sheet_of(sheets, ResultKind::initiatives);
    ASSERT_EQ(initiatives.rows.size(), 2u);
    EXPECT_EQ(text_at(initiatives, 0, column_named(initiatives, "Kết quả")), "Đạt")
        << text_at(initiatives, 0, column_named(initiatives, "Lý do"));
    EXPECT_EQ(number_at(initiatives, 0, column_named(initiatives, "Giá trị làm lợi (đồng)")), 600'000'000);
    EXPECT_EQ(text_at(initiatives, 1, column_named(initiatives, "Tên sáng kiến")), "=SUM(1)"); // text, kept as typed
    EXPECT_EQ(text_at(initiatives, 1, column_named(initiatives, "Kết quả")), "Không đạt");
    // Each row links to its title cell in the list.
    EXPECT_EQ(text_at(initiatives, 0, column_named(initiatives, "Đến ô (Ctrl+bấm)")), "Sáng kiến!B2");
    EXPECT_EQ(text_at(initiatives, 1, column_named(initiatives, "Đến ô (Ctrl+bấm)")), "Sáng kiến!B3");
    EXPECT_EQ(initiatives.columns.back().format, ColumnFormat::link);
    // The summary's words speak the sheet's language: "đạt 50%" / "50% of the quota reached".
    for (const auto& [language, words] : {std::pair{Language::vietnamese, std::string("đạt ")},
                                          std::pair{Language::english, std::string(" of the quota reached")}})
    {
        const auto in_language = result_sheets(r.book, r.review, r.summary, language);
        const auto& summary = sheet_of(in_language, ResultKind::summary);
        const auto row = std::find_if(summary.rows.begin(), summary.rows.end(), [&](const Row& cells) {
            return std::holds_alternative<std::string>(cells[0]) && std::get<std::string>(cells[0]) == text(language, "result.sum.percent");
        });
        ASSERT_NE(row, summary.rows.end());
        EXPECT_NE(std::get<std::string>((*row)[2]).find(words), std::string::npos) << std::get<std::string>((*row)[2]);
    }
    const auto& unions = sheet_of(sheets, ResultKind::unions);
    ASSERT_EQ(unions.rows.size(), 1u);
    EXPECT_EQ(number_at(unions, 0, column_named(unions, "Chỉ tiêu")), 2);
    EXPECT_EQ(number_at(unions, 0, column_named(unions, "Đã cập nhật")), 2);
    EXPECT_EQ(number_at(unions, 0, column_named(unions, "Hợp lệ")), 1);
    EXPECT_EQ(number_at(unions, 0, column_named(unions, "Tỷ lệ")), 0.5);
    EXPECT_EQ(text_at(unions, 0, column_named(unions, "Kết quả")), "Không đạt");
    const auto& errors = sheet_of(sheets, ResultKind::errors);
    bool impossible_date_reported = false;
    for (std::size_t i = 0; i < errors.rows.size(); ++i)
        impossible_date_reported |= text_at(errors, i, 3) == "31/2/2023" && number_at(errors, i, 1) == 3;
    EXPECT_TRUE(impossible_date_reported);
}

} // namespace

namespace {

TEST(ResultSheets, ASheetLongerThanCalcsGoesOnOverPartsWithItsHeadingsAndFormats)
{
    const Workbook book = read_workbook(generate_sample({250, 4, false}).input);
    const Review review = review_workbook(book, resolve_criteria(book).criteria);
    std::vector<ResultSheet> sheets = result_sheets(book, review, summarise(book, review), Language::vietnamese);
    ASSERT_EQ(sheets.size(), 5u); // far below Calc's limit: nothing split
    const ResultSheet whole = sheets[1];
    const ResultSheet summary = sheets[0];
    ASSERT_EQ(whole.rows.size(), 250u);
    split_long_sheets(sheets, 100);
    std::vector<std::string> names;
    for (const auto& sheet : sheets)
        names.push_back(sheet.name);
    EXPECT_EQ(std::vector<std::string>(names.begin(), names.begin() + 4),
              (std::vector<std::string>{summary.name, whole.name, whole.name + " (2)", whole.name + " (3)"}));
    EXPECT_EQ(sheets[1].rows.size(), 100u);
    EXPECT_EQ(sheets[2].rows.size(), 100u);
    EXPECT_EQ(sheets[3].rows.size(), 50u);
    EXPECT_EQ(sheets[3].columns.size(), whole.columns.size());
    EXPECT_EQ(sheets[3].rows.back(), whole.rows.back());
    EXPECT_EQ(sheets[2].rows.front(), whole.rows[100]);
    // Cell formats follow their rows.
    ResultSheet formatted{ResultKind::summary, "T", {{"A", ColumnFormat::text, 5}}, {}, {}};
    for (int r = 0; r < 5; ++r)
        formatted.rows.push_back({Cell(static_cast<double>(r))});
    formatted.cell_formats = {{1, 0, ColumnFormat::money}, {3, 0, ColumnFormat::percent}};
    std::vector<ResultSheet> parts{formatted};
    split_long_sheets(parts, 2);
    ASSERT_EQ(parts.size(), 3u);
    EXPECT_EQ(parts[0].cell_formats.size(), 1u);
    ASSERT_EQ(parts[1].cell_formats.size(), 1u);
    EXPECT_EQ(parts[1].cell_formats[0].row, 1u);
    EXPECT_EQ(parts[1].cell_formats[0].format, ColumnFormat::percent);
    EXPECT_TRUE(parts[2].cell_formats.empty());
}

} // namespace

namespace {

// A setting replaced because it cannot be read — in Thông tin or on the settings page — is said
// on KQ Tổng hợp, in a line that prints with the figures (issue 27: a printed result carries its
// caveat), naming the criterion; a workbook whose settings all read has no such line.
TEST(ResultSheets, TheSummaryNamesEveryReplacedSetting)
{
    const auto caveats = [](const Workbook& book, Language language) {
        const Review review = review_workbook(book, resolve_criteria(book).criteria);
        const ResultSheet summary = sheet_of(result_sheets(book, review, summarise(book, review), language), ResultKind::summary);
        std::vector<std::string> lines;
        const std::string label(text(language, "result.sum.caveat"));
        for (std::size_t r = 0; r < summary.rows.size(); ++r)
            if (text_at(summary, r, 0) == label)
                lines.push_back(text_at(summary, r, 2));
        return lines;
    };
    for (const Language language : {Language::vietnamese, Language::english})
    {
        Workbook book = read_workbook(generate_sample({40, 4, false}).input);
        const auto replaced = [&](const std::vector<std::string>& lines) {
            return std::count_if(lines.begin(), lines.end(), [&](const std::string& line) {
                return line.find(format(language, "summary.setting_replaced", {""})) != std::string::npos;
            });
        };
        EXPECT_EQ(replaced(caveats(book, language)), 0);
        book.settings["han cap nhat"] = "31/2/2023";
        book.settings.erase("nguong gia tri lam loi"); // the settings' to give, and theirs cannot be read
        UserOptions options;
        options.criteria[CriterionKey::threshold] = "nhiều lắm";
        for (const Issue& issue : resolve_criteria(book, options, language).issues)
            book.issues.push_back(issue);
        const auto lines = caveats(book, language);
        ASSERT_EQ(replaced(lines), 2) << ::testing::PrintToString(lines);
        EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [](const std::string& l) { return l.find("31/2/2023") != std::string::npos; }));
        EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [](const std::string& l) { return l.find("nhiều lắm") != std::string::npos; }));
        const auto keyed = std::count_if(book.issues.begin(), book.issues.end(), [](const Issue& issue) { return criterion_of_issue(issue).has_value(); });
        EXPECT_EQ(keyed, 2);
    }
}

} // namespace

namespace {

// The summary writes its dates one way, as the report does (VIETNAMESE.md: "01/9/2021",
// "31/8/2023"): the cut-off is no Calc date shown "31/08/2023" next to a period written as text.
TEST(ResultSheets, TheSummaryWritesItsDatesOneWay)
{
    const auto r = reviewed(generate_sample({40, 4, false}).input);
    const Criteria& c = r.review.criteria;
    for (const Language language : {Language::vietnamese, Language::english})
    {
        const ResultSheet summary = sheet_of(result_sheets(r.book, r.review, r.summary, language), ResultKind::summary);
        const auto figure_of = [&](const char* key) {
            for (std::size_t row = 0; row < summary.rows.size(); ++row)
                if (text_at(summary, row, 0) == text(language, key))
                    return text_at(summary, row, 1);
            return std::string("(no row)");
        };
        EXPECT_EQ(figure_of("result.set.period"), body_date(c.period_start) + " – " + body_date(c.period_end));
        EXPECT_EQ(figure_of("result.set.cutoff"), body_date(c.cutoff));
        for (const CellFormat& cell : summary.cell_formats)
            EXPECT_NE(cell.format, ColumnFormat::date) << "row " << cell.row;
    }
    EXPECT_EQ(body_date(Date{2023, 8, 31}), "31/8/2023");
}

} // namespace

namespace {

// Every amount of the summary has its note: the words the Vietnamese documents write after it,
// quoted in English (walk 27: the English "In words" cells of the amounts stayed empty).
TEST(ResultSheets, TheSummarysAmountsHaveTheirWordsInBothLanguages)
{
    const auto r = reviewed(generate_sample({40, 4, false}).input);
    for (const Language language : {Language::vietnamese, Language::english})
    {
        const ResultSheet summary = sheet_of(result_sheets(r.book, r.review, r.summary, language), ResultKind::summary);
        std::size_t amounts = 0;
        for (const CellFormat& cell : summary.cell_formats)
            if (cell.format == ColumnFormat::money)
            {
                ++amounts;
                const std::string words = money_in_words(static_cast<std::int64_t>(number_at(summary, cell.row, 1)));
                const std::string note = text_at(summary, cell.row, 2);
                EXPECT_NE(note.find(words), std::string::npos) << note;
                if (language == Language::english)
                    EXPECT_NE(note.find("\"" + words + "\""), std::string::npos) << note;
                else
                    EXPECT_EQ(note, words);
            }
        EXPECT_EQ(amounts, 2U); // the total value and the threshold
        EXPECT_EQ(summary.columns.at(2).heading, language == Language::english ? "Notes" : "Diễn giải");
    }
}

} // namespace
