// Lists laid out as offices lay them out, written by other tools (tests/integration/data/real,
// made by tools/fixtures/make_real_layouts.py): an Excel form from openpyxl, an Excel 97 file from
// xlwt, an .ods saved by Calc, a hand-written .fods. Each is reviewed through the menu's dispatch
// command and through `sangkien review`, and every verdict, count, total and reported cell is
// compared with expectations worked out by hand from the files (data/real/EXPECTED.md).
#include <cstdlib>
#include <filesystem>
#include <map>

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellContentType.hpp>

#include "office_fixture.hxx"
#include "core/text/messages.hxx"
#include "core/rules/result_sheets.hxx"

using namespace sangkien;
using namespace com::sun::star;

namespace {

struct RowVerdict
{
    int row;
    const char* verdict_key; // verdict.pass, verdict.fail, verdict.check, verdict.duplicate
};

struct UnitVerdict
{
    const char* name;
    const char* verdict_key;
};

enum Level { formula, error, note }; // a formula error (an error), another error, a note

struct ReportedCell
{
    const char* sheet;
    int row;
    const char* column;
    const char* shown;       // the cell as Lỗi dữ liệu quotes it ("" when not checked)
    Level level;
};

struct Expected
{
    const char* file;
    int initiatives, duplicates, updated, valid, pending, rejected, uncertain;
    double value;
    int units_reaching, qualifying;
    std::vector<RowVerdict> rows;     // every initiative row of the list
    std::vector<UnitVerdict> units;   // every listed CĐCS
    std::vector<ReportedCell> cells;  // what Lỗi dữ liệu must hold (formula errors: all of them)
};

// Worked out by hand from the fixtures; see data/real/EXPECTED.md for the reasoning per row.
const std::vector<Expected>& expectations()
{
    static const std::vector<Expected> all{
        {"khoi-cdcs.xlsx", 9, 1, 7, 4, 1, 1, 3, 2'450'000'000.0, 1, 2,
         {{9, "verdict.pass"}, {10, "verdict.check"}, {13, "verdict.check"}, {14, "verdict.check"}, {19, "verdict.pass"},
          {20, "verdict.fail"}, {21, "verdict.duplicate"}, {22, "verdict.fail"}, {23, "verdict.fail"}},
         {{"CĐCS Trường THCS Chà Là", "verdict.pass"},
          {"CĐCS Trường Tiểu học Suối Đá", "verdict.check"},
          {"CĐCS Công ty TNHH Minh Phát", "verdict.fail"},
          {"CĐCS Trường Mầm non Hoa Sen", "verdict.check"}},
         {{"DS sáng kiến", 10, "F", "#REF!", formula},
          {"DS sáng kiến", 13, "I", "#DIV/0!", formula},
          {"DS sáng kiến", 14, "H", "#N/A", formula},
          {"DS sáng kiến", 15, "I", "#DIV/0!", formula},
          {"DS sáng kiến", 25, "I", "#DIV/0!", formula},
          {"Công đoàn cơ sở", 5, "E", "#REF!", formula},
          {"DS sáng kiến", 21, "B", "SK-0301", error},
          {"DS sáng kiến", 11, "I", "", note},
          {"DS sáng kiến", 24, "I", "", note},
          {"DS sáng kiến", 22, "I", "1,5", note},
          {"DS sáng kiến", 27, "", "", note}}},
        {"cdcs-khong-don-vi.xls", 6, 0, 5, 3, 1, 1, 1, 1'900'000'000.0, 1, 2,
         {{4, "verdict.pass"}, {5, "verdict.fail"}, {6, "verdict.check"}, {9, "verdict.fail"}, {10, "verdict.fail"},
          {12, "verdict.pass"}},
         {{"Công ty Cổ phần Gạch Tây Ninh", "verdict.check"}, {"Trường THPT Nguyễn Trãi", "verdict.pass"}},
         {{"Tổng hợp", 6, "E", "#DIV/0!", formula}, {"Tổng hợp", 12, "B", "", note}, {"Tổng hợp", 14, "", "", note}}},
        {"tieng-anh.ods", 5, 0, 5, 3, 1, 1, 1, 1'950'000'000.0, 1, 2,
         {{2, "verdict.pass"}, {3, "verdict.fail"}, {4, "verdict.pass"}, {5, "verdict.check"}, {6, "verdict.fail"}},
         {{"Unit A", "verdict.pass"}, {"Unit B", "verdict.check"}},
         {{"Sheet1", 5, "K", "#DIV/0!", formula},
          {"Sheet1", 4, "C", "smart METER", note},
          {"Sheet1", 3, "I", "0,4", note}, // a number cell, written the UI language's way
          {"Sheet1", 6, "I", "250", note}}},
        {"khoi-van-ban-gop.fods", 6, 1, 4, 2, 1, 0, 2, 900'000'000.0, 1, 2,
         {{3, "verdict.pass"}, {4, "verdict.pass"}, {5, "verdict.check"}, {8, "verdict.fail"}, {9, "verdict.check"},
          {10, "verdict.duplicate"}},
         {{"UBND xã Phước Ninh", "verdict.pass"},
          {"UBND thị trấn Dương Minh Châu", "verdict.check"},
          {"Phòng Nội vụ", "verdict.check"}},
         {{"Sáng kiến", 5, "G", "", formula},
          {"Sáng kiến", 9, "H", "#NAME?", formula},
          {"Sáng kiến", 10, "B", "M-1", error},
          {"Sáng kiến", 6, "I", "", note},
          {"Sáng kiến", 12, "I", "", note}}},
    };
    return all;
}

std::filesystem::path fixture(const char* name)
{
    return std::filesystem::path(SANGKIEN_SOURCE_DIR) / "tests/integration/data/real" / name;
}

core::Language language()
{
    return core::language_from_tag(test::OfficeEnvironment::ui_language(), core::Language::english);
}

std::string word(const char* key)
{
    return std::string(core::text(language(), key));
}

// A result sheet's used area from A2 (below the heading), as texts and numbers.
struct Table
{
    std::vector<std::vector<uno::Any>> rows;

    std::string text(std::size_t row, int column) const
    {
        rtl::OUString value;
        if (column < static_cast<int>(rows[row].size()))
            rows[row][static_cast<std::size_t>(column)] >>= value;
        return to_utf8(value);
    }
    double number(std::size_t row, int column) const
    {
        double value = -1;
        if (column < static_cast<int>(rows[row].size()))
            rows[row][static_cast<std::size_t>(column)] >>= value;
        return value;
    }
};

Table result_table(const launcher::Document& document, core::ResultKind kind)
{
    const auto sheets = uno::Reference<sheet::XSpreadsheetDocument>(document.component(), uno::UNO_QUERY_THROW)->getSheets();
    const uno::Reference<sheet::XSpreadsheet> sheet(
        sheets->getByName(to_ustring(core::result_sheet_name(kind, language()))), uno::UNO_QUERY_THROW);
    const auto cursor = sheet->createCursor();
    uno::Reference<sheet::XUsedAreaCursor>(cursor, uno::UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    const auto end = uno::Reference<sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)->getRangeAddress();
    Table table;
    if (end.EndRow < 1)
        return table;
    const auto data = uno::Reference<sheet::XCellRangeData>(sheet->getCellRangeByPosition(0, 1, end.EndColumn, end.EndRow),
                                                            uno::UNO_QUERY_THROW)
                          ->getDataArray();
    for (const auto& row : data)
        table.rows.emplace_back(row.begin(), row.end());
    return table;
}

double summary_figure(const Table& summary, const char* key)
{
    for (std::size_t r = 0; r < summary.rows.size(); ++r)
        if (summary.text(r, 0) == word(key))
            return summary.number(r, 1);
    ADD_FAILURE() << "no summary row " << key;
    return -1;
}

// Every expectation against the result sheets of a reviewed document.
void expect_results(const launcher::Document& document, const Expected& expected, const std::string& route)
{
    SCOPED_TRACE(std::string(expected.file) + " through " + route);
    const Table summary = result_table(document, core::ResultKind::summary);
    EXPECT_EQ(summary_figure(summary, "result.sum.initiatives"), expected.initiatives);
    EXPECT_EQ(summary_figure(summary, "result.sum.duplicates"), expected.duplicates);
    EXPECT_EQ(summary_figure(summary, "result.sum.updated"), expected.updated);
    EXPECT_EQ(summary_figure(summary, "result.sum.valid"), expected.valid);
    EXPECT_EQ(summary_figure(summary, "result.sum.pending"), expected.pending);
    EXPECT_EQ(summary_figure(summary, "result.sum.rejected"), expected.rejected);
    EXPECT_EQ(summary_figure(summary, "result.sum.uncertain"), expected.uncertain);
    EXPECT_EQ(summary_figure(summary, "result.sum.value"), expected.value); // a number, not a text
    EXPECT_EQ(summary_figure(summary, "result.sum.units_reaching"), expected.units_reaching);
    EXPECT_EQ(summary_figure(summary, "result.sum.qualifying_initiatives"), expected.qualifying);

    const Table initiatives = result_table(document, core::ResultKind::initiatives);
    ASSERT_EQ(initiatives.rows.size(), expected.rows.size());
    for (std::size_t i = 0; i < expected.rows.size(); ++i)
    {
        EXPECT_EQ(initiatives.number(i, 0), expected.rows[i].row) << "line " << i;
        EXPECT_EQ(initiatives.text(i, 10), word(expected.rows[i].verdict_key)) << "row " << expected.rows[i].row;
    }

    const Table unions = result_table(document, core::ResultKind::unions);
    for (const UnitVerdict& unit : expected.units)
    {
        bool found = false;
        for (std::size_t r = 0; r < unions.rows.size(); ++r)
            if (unions.text(r, 1) == unit.name)
            {
                found = true;
                EXPECT_EQ(unions.text(r, 8), word(unit.verdict_key)) << unit.name;
            }
        EXPECT_TRUE(found) << unit.name;
    }

    const Table errors = result_table(document, core::ResultKind::errors);
    for (const ReportedCell& cell : expected.cells)
    {
        bool found = false;
        for (std::size_t r = 0; r < errors.rows.size() && !found; ++r)
            found = errors.text(r, 0) == cell.sheet && errors.number(r, 1) == cell.row && errors.text(r, 2) == cell.column
                    && (!*cell.shown || errors.text(r, 3) == cell.shown)
                    && errors.text(r, 5) == word(cell.level == note ? "result.level.note" : "result.level.error");
        EXPECT_TRUE(found) << cell.sheet << " row " << cell.row << " column " << cell.column << " " << cell.shown;
    }
    // Every formula error of the file is reported, and none is invented.
    const std::string formula_message = word("cell.formula_error").substr(0, word("cell.formula_error").find('{'));
    int formula_errors = 0, expected_formula_errors = 0;
    for (std::size_t r = 0; r < errors.rows.size(); ++r)
        formula_errors += errors.text(r, 4).rfind(formula_message, 0) == 0;
    for (const ReportedCell& cell : expected.cells)
        expected_formula_errors += cell.level == formula;
    EXPECT_EQ(formula_errors, expected_formula_errors);
}

void PrintTo(const Expected& expected, std::ostream* out)
{
    *out << expected.file;
}

class RealLayouts : public ::testing::TestWithParam<Expected>
{
};

TEST_P(RealLayouts, ThroughTheMenuCommand)
{
    const Expected& expected = GetParam();
    const auto path = fixture(expected.file);
    ASSERT_TRUE(std::filesystem::exists(path)) << path;
    // Loaded as a clerk opens it (the review writes its sheets into the open document, which is
    // then closed unsaved: the file itself is never written).
    const auto before = std::filesystem::last_write_time(path);
    const launcher::Document document(test::OfficeEnvironment::context(), launcher::file_url(path.string()));
    const auto outcome = launcher::dispatch_command(document, "vn.sangkien:Review");
    ASSERT_TRUE(outcome.succeeded) << outcome.result;
    expect_results(document, expected, "vn.sangkien:Review");
    EXPECT_EQ(std::filesystem::last_write_time(path), before);
}

TEST_P(RealLayouts, ThroughTheCommandLine)
{
    const Expected& expected = GetParam();
    const test::TempDir folder;
    const auto path = fixture(expected.file);
    const auto before = std::filesystem::last_write_time(path);
    const std::string command = std::string("SANGKIEN_LANG=") + (language() == core::Language::vietnamese ? "vi" : "en")
                                + " '" + SANGKIEN_TEST_CLI + "' review '" + path.string() + "' -o '" + folder.path().string()
                                + "' > '" + (folder.path() / "out.txt").string() + "' 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    EXPECT_EQ(std::filesystem::last_write_time(path), before);
    const auto result = folder.path() / "KetQuaXet.ods";
    ASSERT_TRUE(std::filesystem::exists(result));
    const launcher::Document document(test::OfficeEnvironment::context(), launcher::file_url(result.string()), true, true);
    expect_results(document, expected, "sangkien review");
}

INSTANTIATE_TEST_SUITE_P(Fixtures, RealLayouts, ::testing::ValuesIn(expectations()),
                         [](const ::testing::TestParamInfo<Expected>& info) {
                             std::string name;
                             for (const char c : std::string(info.param.file))
                                 name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                             return name;
                         });

} // namespace
