// vn.sangkien:Review on real Calc documents: the result sheets hold exactly what the core computes
// from the same cells; the source sheets are untouched; a re-run replaces its own sheets; one undo
// removes a run; bad workbooks give a message and leave the document as it was.
#include <cmath>
#include <ctime>
#include <fstream>
#include <functional>
#include <memory>
#include <set>
#include <variant>

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XMergeable.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextEmbeddedObjectsSupplier.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include "office_fixture.hxx"
#include "core/documents/document_data.hxx"
#include "core/features/feedback.hxx"
#include "core/rules/criteria_settings.hxx"
#include "core/features/normalise.hxx"
#include "core/features/review_changes.hxx"
#include "core/rules/result_sheets.hxx"
#include "core/rules/summary_text.hxx"
#include "core/features/sample.hxx"
#include "sangkien/uno_common/cell_any.hxx"
#include "sangkien/uno_common/command_arguments.hxx"

using namespace sangkien;
using namespace com::sun::star;

namespace {

core::Language ui_language()
{
    return core::language_from_tag(test::OfficeEnvironment::ui_language(), core::Language::english);
}

uno::Reference<sheet::XSpreadsheets> sheets_of(const launcher::Document& document)
{
    return uno::Reference<sheet::XSpreadsheetDocument>(document.component(), uno::UNO_QUERY_THROW)->getSheets();
}

std::vector<std::string> sheet_names(const launcher::Document& document)
{
    std::vector<std::string> names;
    for (const auto& name : sheets_of(document)->getElementNames())
        names.push_back(to_utf8(name));
    return names;
}

uno::Reference<sheet::XSpreadsheet> sheet_named(const launcher::Document& document, const std::string& name)
{
    return uno::Reference<sheet::XSpreadsheet>(sheets_of(document)->getByName(to_ustring(name)), uno::UNO_QUERY_THROW);
}

// The used area of a sheet from A1, as getDataArray gives it.
uno::Sequence<uno::Sequence<uno::Any>> used_data(const uno::Reference<sheet::XSpreadsheet>& sheet)
{
    const auto cursor = sheet->createCursor();
    uno::Reference<sheet::XUsedAreaCursor>(cursor, uno::UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    const auto address = uno::Reference<sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)->getRangeAddress();
    return uno::Reference<sheet::XCellRangeData>(
               sheet->getCellRangeByPosition(0, 0, address.EndColumn, address.EndRow), uno::UNO_QUERY_THROW)
        ->getDataArray();
}

// The workbook as the core reads it, from the document's own cells (every sheet but `skip`).
core::WorkbookInput input_of(const launcher::Document& document, const std::vector<std::string>& skip = {})
{
    core::WorkbookInput input;
    for (const auto& name : sheet_names(document))
    {
        if (std::find(skip.begin(), skip.end(), name) != skip.end())
            continue;
        core::Sheet sheet{name, {}};
        for (const auto& row : used_data(sheet_named(document, name)))
        {
            core::Row cells;
            for (const auto& value : row)
                cells.push_back(cell_from_any(value));
            while (!cells.empty() && std::holds_alternative<std::monostate>(cells.back()))
                cells.pop_back();
            sheet.rows.push_back(std::move(cells));
        }
        input.sheets.push_back(std::move(sheet));
    }
    return input;
}

std::vector<core::ResultSheet> expected_results(const core::WorkbookInput& input)
{
    const core::Workbook book = core::read_workbook(input);
    const core::Review review = core::review_workbook(book, core::resolve_criteria(book).criteria);
    return core::result_sheets(book, review, core::summarise(book, review), ui_language());
}

// The review's record as the core makes it, without the time of the run.
core::ReviewRecord expected_record(const core::WorkbookInput& input)
{
    const core::Workbook book = core::read_workbook(input);
    const core::Review review = core::review_workbook(book, core::resolve_criteria(book).criteria);
    return core::record_of(book, review, core::summarise(book, review));
}

// The record the document holds (its record sheets, KQ Lưu and its parts), read back from Calc's
// cells, without the time of the run unless `with_time`; nullopt when it cannot be read.
std::optional<core::ReviewRecord> record_in(const launcher::Document& document, bool with_time = false)
{
    std::vector<core::Sheet> parts;
    for (core::Sheet& sheet : input_of(document).sheets)
        if (core::is_record_sheet(sheet))
            parts.push_back(std::move(sheet));
    core::Message problem;
    auto record = core::record_from_sheets(parts, &problem);
    EXPECT_TRUE(record) << core::message_text(problem, core::Language::english);
    if (record && !with_time)
        record->made_at.clear();
    return record;
}

// Texts exactly; numbers exactly but for the last bits a saved file may round (87.5% of a quota
// stored and reloaded).
bool same(const core::Cell& actual, const core::Cell& expected)
{
    const auto* a = std::get_if<double>(&actual);
    const auto* b = std::get_if<double>(&expected);
    if (a && b)
        return std::abs(*a - *b) <= 1e-13 * std::max(1.0, std::abs(*b));
    return actual == expected;
}

// Every cell of the result sheet as the core made it (numbers exactly, texts exactly).
void expect_sheet_equals(const launcher::Document& document, const core::ResultSheet& expected)
{
    const auto sheet = sheet_named(document, expected.name);
    const auto data = used_data(sheet);
    ASSERT_EQ(static_cast<std::size_t>(data.getLength()), expected.rows.size() + 1) << expected.name;
    for (std::size_t c = 0; c < expected.columns.size(); ++c)
        EXPECT_EQ(cell_from_any(data[0][static_cast<sal_Int32>(c)]), core::Cell(expected.columns[c].heading)) << expected.name;
    int differences = 0;
    for (std::size_t r = 0; r < expected.rows.size(); ++r)
        for (std::size_t c = 0; c < expected.columns.size(); ++c)
        {
            const auto& row = data[static_cast<sal_Int32>(r + 1)];
            const core::Cell actual = static_cast<sal_Int32>(c) < row.getLength() ? cell_from_any(row[static_cast<sal_Int32>(c)])
                                                                                 : core::Cell{};
            if (!same(actual, expected.rows[r][c]) && differences++ < 5)
                ADD_FAILURE() << expected.name << " row " << r + 2 << " column " << c + 1;
        }
    EXPECT_EQ(differences, 0) << expected.name;
}

struct SheetSnapshot
{
    std::vector<std::string> names;
    std::vector<std::vector<core::Cell>> cells; // every sheet's used area, flattened per sheet
    std::vector<sal_Int32> formats;             // NumberFormat and CellBackColor of a few cells
};

SheetSnapshot snapshot(const launcher::Document& document, const std::vector<std::string>& sheets)
{
    SheetSnapshot shot;
    for (const auto& name : sheets)
    {
        shot.names.push_back(name);
        std::vector<core::Cell> cells;
        const auto sheet = sheet_named(document, name);
        for (const auto& row : used_data(sheet))
            for (const auto& value : row)
                cells.push_back(cell_from_any(value));
        shot.cells.push_back(std::move(cells));
        for (sal_Int32 r = 0; r < 4; ++r)
            for (sal_Int32 c = 0; c < 12; ++c)
            {
                const uno::Reference<beans::XPropertySet> cell(sheet->getCellByPosition(c, r), uno::UNO_QUERY_THROW);
                sal_Int32 format = 0, colour = 0;
                cell->getPropertyValue(to_ustring("NumberFormat")) >>= format;
                cell->getPropertyValue(to_ustring("CellBackColor")) >>= colour;
                shot.formats.push_back(format);
                shot.formats.push_back(colour);
            }
    }
    return shot;
}

bool operator==(const SheetSnapshot& a, const SheetSnapshot& b)
{
    return a.names == b.names && a.cells == b.cells && a.formats == b.formats;
}

std::filesystem::path write_sample(const test::TempDir& folder, std::size_t initiatives, std::uint64_t seed, bool messy)
{
    const auto file = folder.path() / ("mau-" + std::to_string(seed) + ".fods");
    std::ofstream out(file);
    core::write_fods(core::generate_sample({initiatives, seed, messy}), out);
    return file;
}

std::vector<std::string> result_names()
{
    std::vector<std::string> names;
    for (const auto kind : {core::ResultKind::summary, core::ResultKind::initiatives, core::ResultKind::unions,
                            core::ResultKind::people, core::ResultKind::errors, core::ResultKind::record})
        names.push_back(core::result_sheet_name(kind, ui_language()));
    return names;
}

// The sheets a first review adds: the five result sheets and its record (KQ Lưu).
constexpr std::size_t kResultSheets = 6;

class Review : public ::testing::TestWithParam<bool> {};

void review_and_undo(bool messy);

TEST_P(Review, WritesTheCoresResultsAndLeavesTheSourceAlone)
{
    try
    {
        review_and_undo(GetParam());
    }
    catch (const uno::Exception& e)
    {
        FAIL() << to_utf8(e.Message);
    }
}

void review_and_undo(bool messy)
{
    const test::TempDir folder;
    // A document with a view, made the active one (as the user's is when they click the menu):
    // only then is the run recorded for undo.
    const launcher::Document document(test::OfficeEnvironment::context(),
                                      launcher::file_url(write_sample(folder, 800, messy ? 41 : 42, messy)), false);
    document.model()->getCurrentController()->getFrame()->activate();
    const auto source_names = sheet_names(document);
    const SheetSnapshot before = snapshot(document, source_names);
    const auto expected = expected_results(input_of(document));
    const auto expected_kept = expected_record(input_of(document));

    const auto outcome = launcher::dispatch_command(document, "vn.sangkien:Review");
    ASSERT_TRUE(outcome.succeeded) << outcome.result;
    auto names = sheet_names(document);
    ASSERT_EQ(names.size(), source_names.size() + kResultSheets);
    EXPECT_EQ(std::vector<std::string>(names.end() - kResultSheets, names.end()), result_names());
    for (const auto& sheet : expected)
        expect_sheet_equals(document, sheet);
    EXPECT_TRUE(snapshot(document, source_names) == before) << "the source sheets changed";
    // The record survives Calc's cells whole.
    const auto record = record_in(document);
    EXPECT_TRUE(record && *record == expected_kept);

    // Formats of the results: VND grouping on money, a verdict colour.
    const auto initiatives = sheet_named(document, core::result_sheet_name(core::ResultKind::initiatives, ui_language()));
    const auto value_cell = initiatives->getCellByPosition(7, 1);
    EXPECT_EQ(value_cell->getType(), table::CellContentType_VALUE);

    // A re-run replaces its own sheets (same names, no copies) and reads the same sources; it
    // compares with the first run's record: nothing changed (KQ Thay đổi before the record).
    const auto again = launcher::dispatch_command(document, "vn.sangkien:Review");
    ASSERT_TRUE(again.succeeded) << again.result;
    EXPECT_TRUE(again.result.starts_with(outcome.result)) << again.result;
    EXPECT_NE(again.result.find(core::result_sheet_name(core::ResultKind::changes, ui_language())), std::string::npos);
    auto with_changes = names;
    with_changes.insert(with_changes.end() - 1, core::result_sheet_name(core::ResultKind::changes, ui_language()));
    EXPECT_EQ(sheet_names(document), with_changes);
    const auto changes = used_data(sheet_named(document, core::result_sheet_name(core::ResultKind::changes, ui_language())));
    EXPECT_EQ(to_utf8(changes[changes.getLength() - 1][0].get<rtl::OUString>()), core::text(ui_language(), "change.nothing"));

    // One undo removes the second run; a second the first: the document is as loaded.
    const auto undo = uno::Reference<document::XUndoManagerSupplier>(document.component(), uno::UNO_QUERY_THROW)
                          ->getUndoManager();
    undo->undo();
    EXPECT_EQ(sheet_names(document), names);
    undo->undo();
    EXPECT_EQ(sheet_names(document), source_names);
    EXPECT_TRUE(snapshot(document, source_names) == before);
}

INSTANTIATE_TEST_SUITE_P(CleanAndMessy, Review, ::testing::Values(false, true));

// A district's worth of initiatives (100,000 rows, messy): every cell of every result sheet is the
// core's own.
TEST(ReviewCommand, AHundredThousandRowsGiveTheCoresResults)
{
    const test::TempDir folder;
    const launcher::Document document(test::OfficeEnvironment::context(),
                                      launcher::file_url(write_sample(folder, 100'000, 2024, true)));
    const auto expected = expected_results(input_of(document));
    const auto outcome = launcher::dispatch_command(document, "vn.sangkien:Review");
    ASSERT_TRUE(outcome.succeeded) << outcome.result;
    for (const auto& sheet : expected)
        expect_sheet_equals(document, sheet);
}

// Every problem with a place links to it: Ctrl+click on Lỗi dữ liệu's last column jumps to the cell.
TEST(ReviewCommand, EachDataProblemLinksToItsCell)
{
    const test::TempDir folder;
    const launcher::Document document(test::OfficeEnvironment::context(),
                                      launcher::file_url(write_sample(folder, 300, 43, true)), false);
    ASSERT_TRUE(launcher::dispatch_command(document, "vn.sangkien:Review").succeeded);
    const core::Language language = core::language_from_tag(test::OfficeEnvironment::ui_language(), core::Language::english);
    const auto errors = sheet_named(document, core::result_sheet_name(core::ResultKind::errors, language));
    ASSERT_TRUE(errors.is());
    const std::string heading = to_utf8(errors->getCellByPosition(6, 0)->getFormula());
    EXPECT_EQ(heading, std::string(core::text(language, "result.col.go_to")));
    int links = 0;
    for (sal_Int32 r = 1; r < 400; ++r)
    {
        const std::string sheet = to_utf8(errors->getCellByPosition(0, r)->getFormula());
        if (sheet.empty())
            break;
        const std::string row = to_utf8(errors->getCellByPosition(1, r)->getFormula());
        const std::string column = to_utf8(errors->getCellByPosition(2, r)->getFormula());
        const std::string link = to_utf8(errors->getCellByPosition(6, r)->getFormula());
        if (row.empty())
        {
            EXPECT_TRUE(link.empty()) << "row " << r + 1;
            continue;
        }
        ++links;
        // A link to that cell (a reference, so it follows the row), showing where it goes.
        const std::string cell = (column.empty() ? "A" : column) + row;
        EXPECT_EQ(link.rfind("=HYPERLINK(\"#'" + sheet + "'." + (column.empty() ? "A" : column) + "\"&ROW($'" + sheet + "'." + cell + ")", 0), 0u)
            << link;
        EXPECT_EQ(to_utf8(uno::Reference<text::XText>(errors->getCellByPosition(6, r), uno::UNO_QUERY_THROW)->getString()), sheet + "!" + cell) << "row " << r + 1;
    }
    EXPECT_GE(links, 2);

    // And every initiative of KQ Sáng kiến to its title cell in the list: following the link
    // lands on the cell that holds the title the row shows.
    const auto initiatives = sheet_named(document, core::result_sheet_name(core::ResultKind::initiatives, language));
    ASSERT_TRUE(initiatives.is());
    const sal_Int32 c_link = 12, c_title = 2;
    EXPECT_EQ(to_utf8(initiatives->getCellByPosition(c_link, 0)->getFormula()), std::string(core::text(language, "result.col.go_to")));
    for (sal_Int32 r = 1; r <= 300; r += 37)
    {
        EXPECT_EQ(to_utf8(initiatives->getCellByPosition(c_link, r)->getFormula()).rfind("=HYPERLINK(", 0), 0u);
        const std::string link = to_utf8(uno::Reference<text::XText>(initiatives->getCellByPosition(c_link, r), uno::UNO_QUERY_THROW)->getString()); // "Sáng kiến!C12"
        const auto bang = link.rfind('!');
        ASSERT_NE(bang, std::string::npos) << link;
        const auto target = sheet_named(document, link.substr(0, bang));
        ASSERT_TRUE(target.is()) << link;
        const auto cell = uno::Reference<table::XCellRange>(target, uno::UNO_QUERY_THROW)->getCellRangeByName(to_ustring(link.substr(bang + 1)));
        EXPECT_EQ(to_utf8(uno::Reference<table::XCell>(cell->getCellByPosition(0, 0), uno::UNO_QUERY_THROW)->getFormula()),
                  to_utf8(initiatives->getCellByPosition(c_title, r)->getFormula()))
            << link;
    }
}

TEST(ReviewCommand, HandCheckedWorkbook)
{
    const auto document = launcher::Document::new_spreadsheet(test::OfficeEnvironment::context());
    const auto sheet = document.sheet(0);
    const char* rows[][11] = {
        {"STT", "Tên sáng kiến", "Tác giả", "Đơn vị", "Trạng thái", "Ngày cập nhật", "Giá trị làm lợi",
         "Số văn bản công nhận", "Ngày công nhận", "Số văn bản giá trị làm lợi", "Ngày văn bản giá trị làm lợi"},
        {"1", "Máy cắt", "Nguyễn Văn An", "Trường A", "Hợp lệ", "1/3/2023", "600 triệu", "1/QĐ", "10/1/2022", "2/QĐ",
         "10/2/2022"},
        {"2", "=SUM(1;2)", "Trần Bình", "CĐCS Trường A", "Hợp lệ", "1/3/2023", "100 USD", "", "", "", ""},
        {"3", "Sổ tay", "Lê Chi", "Trường B", "Chờ duyệt", "31/2/2023", "abc", "", "", "", ""}};
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 11; ++c)
            if (*rows[r][c])
                launcher::set_text(sheet, std::string(1, static_cast<char>('A' + c)) + std::to_string(r + 1), rows[r][c]);
    const auto outcome = launcher::dispatch_command(document, "vn.sangkien:Review");
    ASSERT_TRUE(outcome.succeeded) << outcome.result;
    const core::Language language = ui_language();
    const auto initiatives = sheet_named(document, core::result_sheet_name(core::ResultKind::initiatives, language));
    // Text that looks like a formula stays text.
    EXPECT_EQ(initiatives->getCellByPosition(2, 2)->getType(), table::CellContentType_TEXT);
    EXPECT_EQ(launcher::read_cell(initiatives, "C3").text, "=SUM(1;2)");
    EXPECT_EQ(launcher::read_cell(initiatives, "K2").text, core::text(language, "verdict.pass"));
    EXPECT_EQ(launcher::read_cell(initiatives, "K3").text, core::text(language, "verdict.fail"));
    // Amounts are shown grouped the way the UI language writes them.
    EXPECT_EQ(to_utf8(uno::Reference<text::XText>(initiatives->getCellByPosition(7, 1), uno::UNO_QUERY_THROW)->getString()),
              language == core::Language::vietnamese ? "600.000.000" : "600,000,000");
    const auto unions = sheet_named(document, core::result_sheet_name(core::ResultKind::unions, language));
    EXPECT_EQ(launcher::read_cell(unions, "B2").text, "Trường A");
    EXPECT_DOUBLE_EQ(launcher::read_cell(unions, "E2").value, 2); // uploaded
    EXPECT_DOUBLE_EQ(launcher::read_cell(unions, "F2").value, 2); // valid
    EXPECT_DOUBLE_EQ(launcher::read_cell(unions, "K2").value, 600000000); // USD not added
    // The data errors: the impossible date and the unreadable amount of row 4, by sheet, row, column.
    const auto errors = sheet_named(document, core::result_sheet_name(core::ResultKind::errors, language));
    bool date_found = false, amount_found = false;
    for (const auto& row : used_data(errors))
    {
        rtl::OUString value;
        double line = 0;
        row[3] >>= value;
        row[1] >>= line;
        date_found |= value == to_ustring("31/2/2023") && line == 4;
        amount_found |= value == to_ustring("abc") && line == 4;
    }
    EXPECT_TRUE(date_found);
    EXPECT_TRUE(amount_found);
}

TEST(ReviewCommand, AWorkbookWithoutInitiativesIsRefusedAndLeftAlone)
{
    const auto document = launcher::Document::new_spreadsheet(test::OfficeEnvironment::context());
    launcher::set_text(document.sheet(0), "A1", "Danh sách đoàn viên");
    const auto names = sheet_names(document);
    const auto outcome = launcher::dispatch_command(document, "vn.sangkien:Review");
    EXPECT_FALSE(outcome.succeeded);
    EXPECT_EQ(outcome.result, core::text(ui_language(), "workbook.no_initiatives"));
    EXPECT_EQ(sheet_names(document), names);
    const auto undo = uno::Reference<document::XUndoManagerSupplier>(document.component(), uno::UNO_QUERY_THROW)
                          ->getUndoManager();
    EXPECT_NE(to_utf8(undo->isUndoPossible() ? undo->getCurrentUndoActionTitle() : rtl::OUString()),
              core::text(ui_language(), "review.undo"));
}

// Staff exchange .xlsx files: the review runs on one and its results survive saving as .ods.
TEST(ReviewCommand, WorksOnXlsxAndTheResultsSurviveSaving)
{
    const test::TempDir folder;
    const auto xlsx = folder.path() / "so.xlsx";
    {
        const launcher::Document source(test::OfficeEnvironment::context(),
                                        launcher::file_url(write_sample(folder, 300, 7, true)));
        source.store_to(launcher::file_url(xlsx), "Calc MS Excel 2007 XML");
    }
    const auto ods = folder.path() / "KetQua.ods";
    std::vector<core::ResultSheet> expected;
    {
        const launcher::Document document(test::OfficeEnvironment::context(), launcher::file_url(xlsx));
        expected = expected_results(input_of(document));
        const auto outcome = launcher::dispatch_command(document, "vn.sangkien:Review");
        ASSERT_TRUE(outcome.succeeded) << outcome.result;
        document.store_to(launcher::file_url(ods), "calc8");
    }
    const launcher::Document reloaded(test::OfficeEnvironment::context(), launcher::file_url(ods));
    for (const auto& sheet : expected)
        expect_sheet_equals(reloaded, sheet);
    // Reviewing the saved result again recognises the earlier result sheets and replaces them; the
    // record kept in the file is read back whole, and nothing changed since.
    auto names = sheet_names(reloaded);
    const auto kept = record_in(reloaded);
    const auto outcome = launcher::dispatch_command(reloaded, "vn.sangkien:Review");
    ASSERT_TRUE(outcome.succeeded) << outcome.result;
    names.insert(names.end() - 1, core::result_sheet_name(core::ResultKind::changes, ui_language()));
    EXPECT_EQ(sheet_names(reloaded), names);
    EXPECT_TRUE(kept && kept == record_in(reloaded));
}

// The district's loop in Calc: a review, a correction in the list, the review again — the new
// KQ Thay đổi names the initiative that changed and the problem fixed, and nothing else.
TEST(ReviewCommand, ARerunSaysWhatChangedSinceTheLastReview)
{
    const test::TempDir folder;
    const launcher::Document document(test::OfficeEnvironment::context(),
                                      launcher::file_url(write_sample(folder, 200, 12, false)));
    const core::Language language = ui_language();
    const auto source_names = sheet_names(document);
    ASSERT_TRUE(launcher::dispatch_command(document, "vn.sangkien:Review").succeeded);
    const auto first = record_in(document, true);
    ASSERT_TRUE(first);
    // An initiative under consideration made valid (its status cell), and one whose recognition
    // date is unreadable… there is none in a clean sample: one is made unreadable, a problem new.
    const auto list = sheet_named(document, source_names.front());
    const auto before = input_of(document, {}).sheets.front();
    std::size_t pending = 0, dated = 0;
    for (std::size_t r = 1; r < before.rows.size() && (!pending || !dated); ++r)
    {
        const auto& row = before.rows[r];
        if (!pending && row.size() > 11 && core::cell_text(row[11]) == "Đang xem xét")
            pending = r;
        else if (!dated && row.size() > 15 && std::holds_alternative<double>(row[15]))
            dated = r;
    }
    ASSERT_TRUE(pending && dated);
    list->getCellByPosition(11, static_cast<sal_Int32>(pending))->setFormula(to_ustring("Hợp lệ"));
    list->getCellByPosition(15, static_cast<sal_Int32>(dated))->setFormula(to_ustring("31/02/2023"));
    const auto outcome = launcher::dispatch_command(document, "vn.sangkien:Review");
    ASSERT_TRUE(outcome.succeeded) << outcome.result;
    const auto now = record_in(document);
    ASSERT_TRUE(now);
    const auto expected = core::compare_reviews(*first, *now);
    const std::string pending_code = core::cell_text(before.rows[pending][1]), dated_code = core::cell_text(before.rows[dated][1]);
    ASSERT_EQ(expected.issues.size(), 1u);
    EXPECT_EQ(expected.issues[0].code, dated_code);
    EXPECT_FALSE(expected.issues[0].fixed);
    ASSERT_FALSE(expected.initiatives.empty());
    for (const auto& change : expected.initiatives)
        EXPECT_TRUE(change.now.code == pending_code || change.now.code == dated_code) << change.now.code;
    EXPECT_EQ(expected.initiatives.front().kind, core::InitiativeChangeKind::became_valid);
    EXPECT_TRUE(expected.unmatched.empty());
    // The sheet in the document is the core's, cell for cell.
    expect_sheet_equals(document, core::changes_sheet(expected, language));
}

// A hidden document (a batch job's) has no view to undo sheet insertions through: the run is not
// recorded for undo, so an API undo afterwards cannot bring the office down.
TEST(ReviewCommand, HiddenDocumentsRecordNoUndoAndSurviveUndo)
{
    const test::TempDir folder;
    const launcher::Document document(test::OfficeEnvironment::context(),
                                      launcher::file_url(write_sample(folder, 50, 3, false)));
    const auto names = sheet_names(document);
    ASSERT_TRUE(launcher::dispatch_command(document, "vn.sangkien:Review").succeeded);
    EXPECT_EQ(sheet_names(document).size(), names.size() + kResultSheets);
    const auto undo = uno::Reference<document::XUndoManagerSupplier>(document.component(), uno::UNO_QUERY_THROW)
                          ->getUndoManager();
    EXPECT_FALSE(undo->isUndoPossible());
    while (undo->isUndoPossible())
        undo->undo();
    EXPECT_EQ(sheet_names(document).size(), names.size() + kResultSheets);
    const auto check = launcher::dispatch_command(document, "vn.sangkien:Check"); // the office is alive
    EXPECT_TRUE(check.succeeded) << check.result;
}

// The menu's command shows the dialog; an office without a screen closes it at once, and nothing
// changes.
TEST(ReviewCommand, TheDialogClosedChangesNothing)
{
    const test::TempDir folder;
    const launcher::Document document(test::OfficeEnvironment::context(),
                                      launcher::file_url(write_sample(folder, 40, 5, false)));
    const auto names = sheet_names(document);
    const auto outcome = launcher::dispatch_command(document, "vn.sangkien:ReviewDialog");
    ASSERT_TRUE(outcome.succeeded) << outcome.result;
    EXPECT_EQ(outcome.result, core::text(ui_language(), "review.cancelled"));
    EXPECT_EQ(sheet_names(document), names);
}

// A column the user corrected in the dialog is remembered in the document (a property) and used
// by the next review, also without the dialog.
TEST(ReviewCommand, TheRememberedColumnMappingIsUsed)
{
    const auto document = launcher::Document::new_spreadsheet(test::OfficeEnvironment::context());
    const auto sheet = document.sheet(0);
    const char* rows[][9] = {{"Tên sáng kiến", "Tác giả", "Đơn vị", "Trạng thái", "Giá trị làm lợi", "Số văn bản công nhận",
                              "Ngày công nhận", "Số văn bản giá trị làm lợi", "Ngày văn bản giá trị làm lợi"},
                             {"Máy cắt", "An", "Trường A", "Hợp lệ", "5", "1/QĐ", "10/1/2022", "2/QĐ", "10/2/2022"}};
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < 9; ++c)
            launcher::set_text(sheet, std::string(1, static_cast<char>('A' + c)) + std::to_string(r + 1), rows[r][c]);
    launcher::set_text(sheet, "J1", "Ghi chú thêm");
    launcher::set_text(sheet, "J2", "600 triệu");
    const auto verdict = [&] {
        const auto outcome = launcher::dispatch_command(document, "vn.sangkien:Review");
        EXPECT_TRUE(outcome.succeeded) << outcome.result;
        return launcher::read_cell(sheet_named(document, core::result_sheet_name(core::ResultKind::initiatives, ui_language())),
                                   "K2")
            .text;
    };
    // 5 đồng: below the threshold, and the list has no social-value column to say otherwise.
    EXPECT_EQ(verdict(), core::text(ui_language(), "verdict.check"));
    // What the dialog stores when the user picks column J for the value.
    const uno::Reference<document::XDocumentPropertiesSupplier> supplier(document.component(), uno::UNO_QUERY_THROW);
    uno::Reference<beans::XPropertyContainer>(supplier->getDocumentProperties()->getUserDefinedProperties(),
                                              uno::UNO_QUERY_THROW)
        ->addProperty(to_ustring("SangKienColumnMapping"), beans::PropertyAttribute::REMOVABLE,
                      uno::Any(to_ustring("initiatives:value=9")));
    EXPECT_EQ(verdict(), core::text(ui_language(), "verdict.pass")); // 600 triệu
}

// A deliberately broken sheet as big as Calc allows: text in a numeric column, an impossible date,
// merged cells, and a stray entry on the last row (1,048,575). The review runs, and the data-error
// sheet names every problem by sheet, row and column.
TEST(ReviewCommand, ABrokenFullHeightSheetIsReviewedAndItsErrorsListed)
{
    const auto document = launcher::Document::new_spreadsheet(test::OfficeEnvironment::context());
    const auto sheet = document.sheet(0);
    uno::Reference<container::XNamed>(sheet, uno::UNO_QUERY_THROW)->setName(to_ustring("Sáng kiến"));
    const char* rows[][7] = {{"Tên sáng kiến", "Tác giả", "Đơn vị", "Trạng thái", "Ngày cập nhật", "Giá trị làm lợi", "Ghi chú"},
                             {"Máy cắt", "An", "Trường A", "Hợp lệ", "1/3/2023", "600 triệu", ""},
                             {"Sổ tay", "Bình", "Trường A", "Hợp lệ", "30/2/2023", "nhiều lắm", ""},
                             {"Bếp ăn", "Chi", "Trường B", "Hợp lệ", "1/4/2023", "12", "gộp ô"}};
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 7; ++c)
            if (*rows[r][c])
                launcher::set_text(sheet, std::string(1, static_cast<char>('A' + c)) + std::to_string(r + 1), rows[r][c]);
    uno::Reference<util::XMergeable>(sheet->getCellRangeByName(to_ustring("G4:H4")), uno::UNO_QUERY_THROW)->merge(true);
    launcher::set_text(sheet, "A1048575", "Dòng cuối");
    launcher::set_text(sheet, "F1048575", "abc");

    const auto outcome = launcher::dispatch_command(document, "vn.sangkien:Review");
    ASSERT_TRUE(outcome.succeeded) << outcome.result;
    const core::Language language = ui_language();
    const auto initiatives = sheet_named(document, core::result_sheet_name(core::ResultKind::initiatives, language));
    // No document column at all: the documents cannot be judged, so not "Không đạt".
    EXPECT_EQ(launcher::read_cell(initiatives, "K2").text, core::text(language, "verdict.check"));
    EXPECT_DOUBLE_EQ(launcher::read_cell(initiatives, "A5").value, 1048575);
    const auto errors = used_data(sheet_named(document, core::result_sheet_name(core::ResultKind::errors, language)));
    const auto listed = [&](double row, const char* column, const char* value) {
        for (const auto& line : errors)
        {
            double at = 0;
            rtl::OUString letter, text;
            line[1] >>= at;
            line[2] >>= letter;
            line[3] >>= text;
            if (at == row && letter == to_ustring(column) && text == to_ustring(value))
                return true;
        }
        return false;
    };
    EXPECT_TRUE(listed(3, "E", "30/2/2023"));
    EXPECT_TRUE(listed(3, "F", "nhiều lắm"));
    EXPECT_TRUE(listed(1048575, "F", "abc"));
}

// ---------------------------------------------------------------------------------------------
// Protected and read-only documents: the review only reads the list, so protection of the sheets
// never stops it; what does stop it (a protected structure, a read-only document) is said in
// words, and a review that stops leaves the Undo and Redo lists as they were.

namespace {

void protect_sheet(const launcher::Document& document, const std::string& name)
{
    uno::Reference<util::XProtectable>(sheet_named(document, name), uno::UNO_QUERY_THROW)->protect(rtl::OUString());
}

std::vector<std::string> undo_titles(const launcher::Document& document, bool redo)
{
    const auto undo = uno::Reference<document::XUndoManagerSupplier>(document.component(), uno::UNO_QUERY_THROW)->getUndoManager();
    std::vector<std::string> titles;
    for (const auto& title : redo ? undo->getAllRedoActionTitles() : undo->getAllUndoActionTitles())
        titles.push_back(to_utf8(title));
    return titles;
}

// A visible document (only a visible, active document records undo) with the user's own last
// edit in Undo.
launcher::Document visible_sample_with_an_edit(const test::TempDir& folder)
{
    launcher::Document document(test::OfficeEnvironment::context(), launcher::file_url(write_sample(folder, 60, 11, false)),
                                false);
    document.model()->getCurrentController()->getFrame()->activate();
    const auto sheets = sheet_names(document);
    launcher::set_text(sheet_named(document, sheets.back()), "Z1", "ghi chú của người dùng");
    return document;
}

} // namespace

void review_protected_sheets();

// The list sheet and an unrelated "Nhận xét" sheet (every sheet) protected with an empty password:
// the review reads them, writes its own sheets, and leaves the protection as it was.
TEST(ProtectedDocuments, ProtectedSheetsAreReviewed)
{
    try
    {
        review_protected_sheets();
    }
    catch (const uno::Exception& e)
    {
        FAIL() << to_utf8(e.Message);
    }
}

void review_protected_sheets()
{
    const test::TempDir folder;
    const auto document = visible_sample_with_an_edit(folder);
    const auto names = sheet_names(document);
    ASSERT_TRUE(std::find(names.begin(), names.end(), "Nhận xét") != names.end()) << "the sample has a Nhận xét sheet";
    for (const auto& name : names)
        protect_sheet(document, name);
    const std::vector<core::ResultSheet> expected = expected_results(input_of(document));

    const auto outcome = launcher::dispatch_command(document, "vn.sangkien:Review");
    ASSERT_TRUE(outcome.succeeded) << outcome.result;
    for (const auto& sheet : expected)
        expect_sheet_equals(document, sheet);
    for (const auto& name : names)
        EXPECT_TRUE(uno::Reference<util::XProtectable>(sheet_named(document, name), uno::UNO_QUERY_THROW)->isProtected()) << name;
    // Reviewing again replaces the results, still without touching the protected sheets: the
    // result sheets, what changed since (KQ Thay đổi) and the record (KQ Lưu).
    const auto again = launcher::dispatch_command(document, "vn.sangkien:Review");
    ASSERT_TRUE(again.succeeded) << again.result;
    EXPECT_EQ(sheet_names(document).size(), names.size() + expected.size() + 2);
}

// Sheets cannot be added to a workbook whose structure is protected: the review says so and how to
// lift it, changes nothing, and leaves Undo and Redo as they were.
TEST(ProtectedDocuments, AProtectedStructureIsSaidInWords)
{
    const test::TempDir folder;
    const auto document = visible_sample_with_an_edit(folder);
    uno::Reference<util::XProtectable>(document.component(), uno::UNO_QUERY_THROW)->protect(rtl::OUString());
    const auto names = sheet_names(document);
    const auto undo = undo_titles(document, false), redo = undo_titles(document, true);
    ASSERT_FALSE(undo.empty()) << "the user's edit should be in Undo";

    const auto outcome = launcher::dispatch_command(document, "vn.sangkien:Review");
    EXPECT_FALSE(outcome.succeeded);
    EXPECT_EQ(outcome.result, core::text(ui_language(), "review.structure_protected"));
    EXPECT_EQ(sheet_names(document), names);
    EXPECT_EQ(undo_titles(document, false), undo);
    EXPECT_EQ(undo_titles(document, true), redo);
}

// A workbook opened read-only in Calc: a plain sentence saying what to do, nothing changed.
TEST(ProtectedDocuments, AReadOnlyDocumentIsSaidInWords)
{
    const test::TempDir folder;
    const launcher::Document document(test::OfficeEnvironment::context(),
                                      launcher::file_url(write_sample(folder, 40, 12, false)), false, true);
    document.model()->getCurrentController()->getFrame()->activate();
    const auto names = sheet_names(document);

    const auto outcome = launcher::dispatch_command(document, "vn.sangkien:Review");
    EXPECT_FALSE(outcome.succeeded);
    EXPECT_EQ(outcome.result, core::text(ui_language(), "review.read_only"));
    EXPECT_EQ(sheet_names(document), names);
    EXPECT_TRUE(undo_titles(document, false).empty());
    EXPECT_TRUE(undo_titles(document, true).empty());
}

// A run that fails part-way (here: the document's record of the result sheets is of another type,
// so the very last write fails after every sheet is in) takes back exactly its own changes: the
// sheets as they were, the user's last edit still the last Undo, and nothing in Redo that would
// bring back a half-made review.
TEST(ProtectedDocuments, AFailedReviewLeavesNothingInUndoOrRedo)
{
    const test::TempDir folder;
    const auto document = visible_sample_with_an_edit(folder);
    const uno::Reference<document::XDocumentPropertiesSupplier> supplier(document.component(), uno::UNO_QUERY_THROW);
    uno::Reference<beans::XPropertyContainer>(supplier->getDocumentProperties()->getUserDefinedProperties(), uno::UNO_QUERY_THROW)
        ->addProperty(to_ustring("SangKienResultSheets"), beans::PropertyAttribute::REMOVABLE, uno::Any(1.0));
    const auto names = sheet_names(document);
    const auto undo = undo_titles(document, false), redo = undo_titles(document, true);
    ASSERT_FALSE(undo.empty()) << "the user's edit should be in Undo";

    const auto outcome = launcher::dispatch_command(document, "vn.sangkien:Review");
    EXPECT_FALSE(outcome.succeeded);
    EXPECT_EQ(outcome.result, core::text(ui_language(), "uno.error.unexpected"));
    EXPECT_EQ(sheet_names(document), names);
    EXPECT_EQ(undo_titles(document, false), undo);
    EXPECT_EQ(undo_titles(document, true), redo);
}

// "Sổ sáng kiến mới": an untitled workbook from the bundled template, with the five sheets, the
// pick lists, and an example row the review accepts.
TEST(NewWorkbook, OpensTheTemplateAsANewDocument)
{
    const auto context = test::OfficeEnvironment::context();
    const auto document = launcher::Document::new_spreadsheet(context);
    const auto outcome = launcher::dispatch_command(document, "vn.sangkien:NewWorkbook");
    ASSERT_TRUE(outcome.succeeded) << outcome.result;
    EXPECT_NE(outcome.result.find("templates/SoSangKien.ots"), std::string::npos) << outcome.result;

    // The new document: untitled (a template opened as a template), with our sheets.
    const auto components = frame::Desktop::create(context)->getComponents()->createEnumeration();
    uno::Reference<sheet::XSpreadsheetDocument> created;
    while (components->hasMoreElements())
    {
        const uno::Reference<sheet::XSpreadsheetDocument> candidate(components->nextElement(), uno::UNO_QUERY);
        if (candidate.is() && candidate->getSheets()->hasByName(to_ustring("Cá nhân đề xuất")))
            created = candidate;
    }
    ASSERT_TRUE(created.is());
    const std::unique_ptr<void, std::function<void(void*)>> close_it(
        reinterpret_cast<void*>(1), [&](void*) {
            uno::Reference<util::XCloseable>(created, uno::UNO_QUERY_THROW)->close(true);
        });
    EXPECT_TRUE(uno::Reference<frame::XModel>(created, uno::UNO_QUERY_THROW)->getURL().isEmpty());
    std::vector<std::string> names;
    for (const auto& name : created->getSheets()->getElementNames())
        names.push_back(to_utf8(name));
    EXPECT_EQ(names, (std::vector<std::string>{"Sáng kiến", "Công đoàn cơ sở", "Cá nhân đề xuất", "Thông tin", "Nhận xét"}));
    const uno::Reference<sheet::XSpreadsheet> initiatives(created->getSheets()->getByName(to_ustring("Sáng kiến")),
                                                          uno::UNO_QUERY_THROW);
    EXPECT_EQ(launcher::read_cell(initiatives, "C1").text, "Tên sáng kiến");
    // Its text is Vietnamese (spelling, sorting), not English (USA).
    lang::Locale locale;
    uno::Reference<beans::XPropertySet>(created, uno::UNO_QUERY_THROW)->getPropertyValue(to_ustring("CharLocale")) >>= locale;
    EXPECT_EQ(to_utf8(locale.Language) + "-" + to_utf8(locale.Country), "vi-VN");
    // The status column offers the three statuses.
    const uno::Reference<beans::XPropertySet> validation(
        uno::Reference<beans::XPropertySet>(initiatives->getCellRangeByName(to_ustring("L2")), uno::UNO_QUERY_THROW)
            ->getPropertyValue(to_ustring("Validation")),
        uno::UNO_QUERY_THROW);
    sheet::ValidationType type{};
    validation->getPropertyValue(to_ustring("Type")) >>= type;
    EXPECT_EQ(type, sheet::ValidationType_LIST);
    EXPECT_EQ(to_utf8(uno::Reference<sheet::XSheetCondition>(validation, uno::UNO_QUERY_THROW)->getFormula1()),
              "\"Hợp lệ\";\"Chờ duyệt\";\"Không hợp lệ\"");
}

} // namespace

// ---------------------------------------------------------------------------------------------
// vn.sangkien:Normalise — "Chuẩn hóa dữ liệu" without the dialog.

namespace {

core::NormalisePlan expected_plan(const core::WorkbookInput& input, const core::CellExclusions& excluded = {})
{
    return core::plan_normalisation(input, {}, nullptr, excluded);
}

std::string review_summary(const core::WorkbookInput& input)
{
    const core::Workbook book = core::read_workbook(input);
    const core::Review review = core::review_workbook(book, core::resolve_criteria(book).criteria);
    return core::summary_text(book, review, core::summarise(book, review), ui_language());
}

} // namespace

// Every proposed change is made, nothing else changes, a formula stays a formula, dates get a
// date format, the review reads the same meaning, a second run finds nothing, and one undo brings
// the document back.
TEST(NormaliseCommand, TidiesTheMessyWorkbookAsOneUndoStep)
{
    const test::TempDir folder;
    const launcher::Document document(test::OfficeEnvironment::context(),
                                      launcher::file_url(write_sample(folder, 600, 17, true)), false);
    document.model()->getCurrentController()->getFrame()->activate();
    const auto names = sheet_names(document);
    const core::WorkbookInput before_input = input_of(document);
    const core::NormalisePlan plan = expected_plan(before_input);
    ASSERT_GT(plan.fixes.size(), 100u);
    for (const core::Fix kind : {core::fix_spaces, core::fix_number, core::fix_date, core::fix_nfc})
        EXPECT_TRUE(std::any_of(plan.fixes.begin(), plan.fixes.end(), [kind](const auto& f) { return f.fixes & kind; }))
            << "the messy sample should need fix " << kind;

    // A formula whose result is untidy text is not the user's typing: it stays a formula.
    const core::CellFix& first = plan.fixes.front();
    const auto formula_sheet = sheet_named(document, plan.sheet_names[first.sheet]);
    const auto formula_cell = formula_sheet->getCellByPosition(static_cast<sal_Int32>(first.column), static_cast<sal_Int32>(first.row));
    formula_cell->setFormula(to_ustring("=\"  x  \"&\"y\""));
    // A cell the user excluded earlier is never touched.
    const core::CellFix& kept = plan.fixes.back();
    {
        const uno::Reference<document::XDocumentPropertiesSupplier> supplier(document.component(), uno::UNO_QUERY_THROW);
        uno::Reference<beans::XPropertyContainer>(supplier->getDocumentProperties()->getUserDefinedProperties(), uno::UNO_QUERY_THROW)
            ->addProperty(to_ustring("SangKienNormaliseExclusions"), beans::PropertyAttribute::REMOVABLE,
                          uno::Any(to_ustring(core::exclusion_key(plan.sheet_names[kept.sheet], kept.row, kept.column))));
    }
    const core::WorkbookInput input = input_of(document);
    const SheetSnapshot original = snapshot(document, names);
    std::vector<core::CellFix> expected;
    for (const auto& fix : plan.fixes)
        if (&fix != &first && &fix != &kept)
            expected.push_back(fix);

    const auto outcome = launcher::dispatch_command(document, "vn.sangkien:Normalise");
    ASSERT_TRUE(outcome.succeeded) << outcome.result;
    EXPECT_EQ(outcome.result, core::format(ui_language(), "normalise.done", {std::to_string(expected.size())}));

    // The document now holds exactly the input with the expected fixes applied.
    core::WorkbookInput wanted = input;
    for (const auto& fix : expected)
    {
        auto& row = wanted.sheets[fix.sheet].rows[fix.row];
        row[fix.column] = fix.after;
    }
    const core::WorkbookInput after = input_of(document);
    ASSERT_EQ(after.sheets.size(), wanted.sheets.size());
    int differences = 0;
    for (std::size_t s = 0; s < after.sheets.size(); ++s)
        for (std::size_t r = 0; r < std::max(after.sheets[s].rows.size(), wanted.sheets[s].rows.size()); ++r)
        {
            const core::Row empty;
            const auto& a = r < after.sheets[s].rows.size() ? after.sheets[s].rows[r] : empty;
            const auto& b = r < wanted.sheets[s].rows.size() ? wanted.sheets[s].rows[r] : empty;
            for (std::size_t c = 0; c < std::max(a.size(), b.size()); ++c)
            {
                const core::Cell x = c < a.size() ? a[c] : core::Cell{};
                const core::Cell y = c < b.size() ? b[c] : core::Cell{};
                if (!same(x, y) && differences++ < 5)
                    ADD_FAILURE() << after.sheets[s].name << "!" << core::column_letter(c) << r + 1;
            }
        }
    EXPECT_EQ(differences, 0);
    EXPECT_EQ(to_utf8(formula_cell->getFormula()), "=\"  x  \"&\"y\"");
    EXPECT_EQ(review_summary(after), review_summary(input)) << "tidying must not change what the data means";

    // Dates became date values shown as dates.
    const auto date_fix = std::find_if(expected.begin(), expected.end(), [](const auto& f) { return f.is_date(); });
    ASSERT_NE(date_fix, expected.end());
    const auto date_cell = sheet_named(document, plan.sheet_names[date_fix->sheet])
                               ->getCellByPosition(static_cast<sal_Int32>(date_fix->column), static_cast<sal_Int32>(date_fix->row));
    EXPECT_EQ(date_cell->getType(), table::CellContentType_VALUE);
    sal_Int32 format_key = 0;
    uno::Reference<beans::XPropertySet>(date_cell, uno::UNO_QUERY_THROW)->getPropertyValue(to_ustring("NumberFormat")) >>= format_key;
    const auto formats = uno::Reference<util::XNumberFormatsSupplier>(document.component(), uno::UNO_QUERY_THROW)->getNumberFormats();
    rtl::OUString code;
    formats->getByKey(format_key)->getPropertyValue(to_ustring("FormatString")) >>= code;
    EXPECT_EQ(to_utf8(code), "DD/MM/YYYY");

    // Tidy data stays tidy.
    const auto again = launcher::dispatch_command(document, "vn.sangkien:Normalise");
    ASSERT_TRUE(again.succeeded) << again.result;
    EXPECT_EQ(again.result, std::string(core::text(ui_language(), "normalise.nothing")));

    // One undo: the document as it was.
    const auto undo = uno::Reference<document::XUndoManagerSupplier>(document.component(), uno::UNO_QUERY_THROW)->getUndoManager();
    ASSERT_TRUE(undo->isUndoPossible());
    EXPECT_EQ(to_utf8(undo->getCurrentUndoActionTitle()), core::text(ui_language(), "normalise.undo"));
    undo->undo();
    EXPECT_TRUE(snapshot(document, names) == original) << "undo did not restore the document";
}

// Tidying changes cells, which a protected sheet refuses: said with the sheet's name before any
// change, and Undo and Redo stay as they were.
TEST(NormaliseCommand, AProtectedSheetIsSaidAndNothingChanges)
{
    const test::TempDir folder;
    const launcher::Document document(test::OfficeEnvironment::context(),
                                      launcher::file_url(write_sample(folder, 80, 17, true)), false);
    document.model()->getCurrentController()->getFrame()->activate();
    const auto names = sheet_names(document);
    const core::NormalisePlan plan = expected_plan(input_of(document));
    ASSERT_FALSE(plan.fixes.empty());
    const std::string protected_sheet = plan.sheet_names[plan.fixes.front().sheet];
    protect_sheet(document, protected_sheet);
    const SheetSnapshot original = snapshot(document, names);
    const auto undo = undo_titles(document, false), redo = undo_titles(document, true);

    const auto outcome = launcher::dispatch_command(document, "vn.sangkien:Normalise");
    EXPECT_FALSE(outcome.succeeded);
    EXPECT_EQ(outcome.result, core::format(ui_language(), "normalise.sheet_protected", {protected_sheet}));
    EXPECT_TRUE(snapshot(document, names) == original);
    EXPECT_EQ(undo_titles(document, false), undo);
    EXPECT_EQ(undo_titles(document, true), redo);
}

// A hidden document records no undo, and a workbook without an initiative sheet is left alone.
TEST(NormaliseCommand, HiddenDocumentsAndWorkbooksWithoutData)
{
    const test::TempDir folder;
    const launcher::Document document(test::OfficeEnvironment::context(),
                                      launcher::file_url(write_sample(folder, 60, 23, true)));
    const auto outcome = launcher::dispatch_command(document, "vn.sangkien:Normalise");
    ASSERT_TRUE(outcome.succeeded) << outcome.result;
    EXPECT_TRUE(expected_plan(input_of(document)).fixes.empty());
    EXPECT_FALSE(uno::Reference<document::XUndoManagerSupplier>(document.component(), uno::UNO_QUERY_THROW)
                     ->getUndoManager()
                     ->isUndoPossible());

    const launcher::Document empty = launcher::Document::new_spreadsheet(test::OfficeEnvironment::context());
    sheet_named(empty, sheet_names(empty).front())->getCellByPosition(0, 0)->setFormula(to_ustring("  ghi  chú "));
    const auto nothing = launcher::dispatch_command(empty, "vn.sangkien:Normalise");
    ASSERT_TRUE(nothing.succeeded) << nothing.result;
    EXPECT_EQ(nothing.result, std::string(core::text(ui_language(), "normalise.no_list"))); // no list, not "tidy"
    EXPECT_EQ(to_utf8(sheet_named(empty, sheet_names(empty).front())->getCellByPosition(0, 0)->getFormula()), "  ghi  chú ");

    // The menu's dialog, closed at once without a screen, changes nothing.
    const launcher::Document messy(test::OfficeEnvironment::context(),
                                   launcher::file_url(write_sample(folder, 30, 29, true)));
    const auto shot = snapshot(messy, sheet_names(messy));
    const auto closed = launcher::dispatch_command(messy, "vn.sangkien:NormaliseDialog");
    ASSERT_TRUE(closed.succeeded) << closed.result;
    EXPECT_EQ(closed.result, std::string(core::text(ui_language(), "normalise.cancelled")));
    EXPECT_TRUE(snapshot(messy, sheet_names(messy)) == shot);
}

// After a tidy-up the previous review's sheets say they are out of date, in the same undo step.
TEST(NormaliseCommand, ThePreviousResultsAreMarkedOutOfDate)
{
    const test::TempDir folder;
    const launcher::Document document(test::OfficeEnvironment::context(),
                                      launcher::file_url(write_sample(folder, 40, 31, true)));
    ASSERT_TRUE(launcher::dispatch_command(document, "vn.sangkien:Review").succeeded);
    const std::string summary_name = core::result_sheet_name(core::ResultKind::summary, ui_language());
    const auto marker = [&] {
        const auto sheet = sheet_named(document, summary_name);
        for (sal_Int32 c = 0; c < 12; ++c)
        {
            const std::string text = to_utf8(sheet->getCellByPosition(c, 0)->getFormula());
            if (text == std::string(core::text(ui_language(), "normalise.outdated")))
                return true;
        }
        return false;
    };
    EXPECT_FALSE(marker());
    const auto tidied = launcher::dispatch_command(document, "vn.sangkien:Normalise");
    ASSERT_TRUE(tidied.succeeded) << tidied.result;
    EXPECT_TRUE(marker());
    // The marked sheets are still ours: the next review replaces them (five sheets of the sample,
    // five result sheets, what the tidying changed and the record).
    ASSERT_TRUE(launcher::dispatch_command(document, "vn.sangkien:Review").succeeded);
    EXPECT_FALSE(marker());
    EXPECT_EQ(sheet_names(document).size(), 12u);
}

// ---------------------------------------------------------------------------------------------
// vn.sangkien:Report and vn.sangkien:Dossier — the Writer documents, read back from what
// LibreOffice wrote (ODT through UNO, PDF through pdftotext, DOCX loaded again).

namespace {

core::FillData expected_document_data(const core::WorkbookInput& input)
{
    const core::Workbook book = core::read_workbook(input);
    const core::Review review = core::review_workbook(book, core::resolve_criteria(book).criteria);
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return core::document_data(book, review, core::summarise(book, review), core::document_settings(book, {}),
                               core::Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday}, core::Language::vietnamese);
}

std::string field_text(const core::FillData& data, const std::string& marker)
{
    return core::fill_text(marker, data, nullptr, core::Language::vietnamese);
}

// The body's text and then every table cell's (the header block and the signature are tables).
std::string document_text(const launcher::Document& document)
{
    std::string text = to_utf8(uno::Reference<text::XTextDocument>(document.component(), uno::UNO_QUERY_THROW)->getText()->getString());
    const auto tables = uno::Reference<text::XTextTablesSupplier>(document.component(), uno::UNO_QUERY_THROW)->getTextTables();
    for (const auto& name : tables->getElementNames())
    {
        const uno::Reference<text::XTextTable> table(tables->getByName(name), uno::UNO_QUERY_THROW);
        for (const auto& cell : table->getCellNames())
            text += "\n" + to_utf8(uno::Reference<text::XText>(table->getCellByName(cell), uno::UNO_QUERY_THROW)->getString());
    }
    return text;
}

// A Writer table's cells as texts, row by row.
std::vector<std::vector<std::string>> table_texts(const launcher::Document& document, const std::string& name)
{
    const auto tables = uno::Reference<text::XTextTablesSupplier>(document.component(), uno::UNO_QUERY_THROW)->getTextTables();
    const uno::Reference<sheet::XCellRangeData> table(tables->getByName(to_ustring(name)), uno::UNO_QUERY_THROW);
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : table->getDataArray())
    {
        std::vector<std::string> cells;
        for (const auto& value : row)
        {
            rtl::OUString text;
            double number = 0;
            if (value >>= text)
                cells.push_back(to_utf8(text));
            else if (value >>= number)
                cells.push_back(std::to_string(number));
            else
                cells.emplace_back();
        }
        rows.push_back(std::move(cells));
    }
    return rows;
}

std::string command_output(const std::string& command)
{
    std::string out;
    if (FILE* pipe = popen(command.c_str(), "r"))
    {
        char buffer[4096];
        while (const std::size_t n = fread(buffer, 1, sizeof buffer, pipe))
            out.append(buffer, n);
        pclose(pipe);
    }
    return out;
}

std::string collapse(const std::string& text)
{
    std::string out;
    for (const char c : text)
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r')
        {
            if (!out.empty() && out.back() != ' ')
                out += ' ';
        }
        else
            out += c;
    return out;
}

} // namespace

TEST(Documents, TheReportSaysWhatTheCoreComputedInTheRequiredForm)
{
    const test::TempDir folder;
    const launcher::Document workbook(test::OfficeEnvironment::context(),
                                      launcher::file_url(write_sample(folder, 400, 7, true)));
    const core::FillData data = expected_document_data(input_of(workbook));
    const auto out = folder.path() / "out";
    std::filesystem::create_directories(out);
    const auto outcome = launcher::dispatch_command(
        workbook, uno_common::CommandArguments{.output = launcher::file_url(out), .formats = "odt,pdf,docx"}.to_url("vn.sangkien:Report"));
    ASSERT_TRUE(outcome.succeeded) << outcome.result;
    EXPECT_EQ(outcome.result.find("⟦"), std::string::npos) << outcome.result; // no template problem
    for (const char* extension : {"odt", "pdf", "docx"})
        ASSERT_TRUE(std::filesystem::is_regular_file(out / (std::string("BaoCaoTongKet.") + extension))) << extension;
    // Again: the files there are kept and the new ones take the next free name, said in the answer;
    // overwrite=1 replaces on purpose.
    const auto size = std::filesystem::file_size(out / "BaoCaoTongKet.odt");
    const auto time = std::filesystem::last_write_time(out / "BaoCaoTongKet.odt");
    const auto again = launcher::dispatch_command(
        workbook, uno_common::CommandArguments{.output = launcher::file_url(out), .formats = "odt"}.to_url("vn.sangkien:Report"));
    ASSERT_TRUE(again.succeeded) << again.result;
    EXPECT_TRUE(std::filesystem::is_regular_file(out / "BaoCaoTongKet (2).odt"));
    EXPECT_NE(again.result.find("BaoCaoTongKet (2).odt"), std::string::npos) << again.result;
    EXPECT_EQ(std::filesystem::file_size(out / "BaoCaoTongKet.odt"), size);
    EXPECT_EQ(std::filesystem::last_write_time(out / "BaoCaoTongKet.odt"), time);
    const auto replaced = launcher::dispatch_command(
        workbook,
        uno_common::CommandArguments{.output = launcher::file_url(out), .overwrite = true, .formats = "odt"}.to_url("vn.sangkien:Report"));
    ASSERT_TRUE(replaced.succeeded) << replaced.result;
    EXPECT_FALSE(std::filesystem::exists(out / "BaoCaoTongKet (3).odt"));
    EXPECT_NE(std::filesystem::last_write_time(out / "BaoCaoTongKet.odt"), time);

    const launcher::Document report(test::OfficeEnvironment::context(), launcher::file_url(out / "BaoCaoTongKet.odt"));
    const std::string text = document_text(report);
    // Header, number, date line, signature and Nơi nhận as the Thông tin sheet says.
    for (const char* marker : {"{{co_quan_cap_tren}}", "{{don_vi}}", "Số: {{so_bao_cao}}", "{{dong_ngay}}", "{{tham_quyen}}",
                               "{{chuc_vu_ky}}", "{{nguoi_ky}}", "Kính gửi: {{kinh_gui}}"})
        EXPECT_NE(text.find(field_text(data, marker)), std::string::npos) << marker << " → " << field_text(data, marker);
    // II.1: every figure is the core's.
    const std::string figures = field_text(
        data, "đã cập nhật {{cap_nhat|so}} sáng kiến lên hệ thống trực tuyến của Chương trình; trong đó {{hop_le|so}} sáng kiến "
              "đã được duyệt hợp lệ, {{dang_xem_xet|so}} sáng kiến đang xem xét và {{khong_hop_le|so}} sáng kiến không được duyệt.");
    EXPECT_NE(text.find(figures), std::string::npos) << figures;
    EXPECT_NE(text.find(field_text(data, "là {{gia_tri|tien_dong}} ({{gia_tri|chu}}).")), std::string::npos);
    EXPECT_NE(text.find(field_text(data, "số sáng kiến hợp lệ {{ty_le|dat_vuot}} chỉ tiêu. Có {{so_cdcs_dat|so}}/{{so_cdcs_co_chi_tieu|so}}")),
              std::string::npos);
    EXPECT_EQ(text.find("{{"), std::string::npos) << "a marker was left";
    EXPECT_EQ(text.find("⟦"), std::string::npos) << "a template problem was marked";

    // The per-CĐCS table: a row per unit in the list's order, with the core's figures; then the total.
    const auto units = table_texts(report, "CDCS");
    const auto& expected_units = data.lists.at("cdcs");
    ASSERT_EQ(units.size(), expected_units.size() + 2);
    for (std::size_t i = 0; i < expected_units.size(); ++i)
    {
        const auto* item = &expected_units[i];
        const auto& row = units[i + 1];
        EXPECT_EQ(row[1], core::fill_text("{{cdcs.ten}}", data, item, core::Language::vietnamese));
        EXPECT_EQ(row[2], core::fill_text("{{cdcs.chi_tieu|so}}", data, item, core::Language::vietnamese));
        EXPECT_EQ(row[4], core::fill_text("{{cdcs.hop_le|so}}", data, item, core::Language::vietnamese));
        EXPECT_EQ(row[5], core::fill_text("{{cdcs.ty_le}}", data, item, core::Language::vietnamese));
        EXPECT_EQ(row[6], core::fill_text("{{cdcs.ket_qua}}", data, item, core::Language::vietnamese));
        EXPECT_EQ(row[7], core::fill_text("{{cdcs.gia_tri|tien}}", data, item, core::Language::vietnamese));
    }
    EXPECT_EQ(units.back()[7], field_text(data, "{{gia_tri|tien}}"));
    // II.6: the qualifying people, in Vietnamese name order.
    const auto people = table_texts(report, "CaNhan");
    const auto& expected_people = data.lists.at("ca_nhan");
    ASSERT_EQ(people.size(), expected_people.size() + 1);
    for (std::size_t i = 0; i < expected_people.size(); ++i)
        EXPECT_EQ(people[i + 1][1], std::get<std::string>(expected_people[i].at("ho_ten").value));
    // A real chart.
    const auto objects = uno::Reference<text::XTextEmbeddedObjectsSupplier>(report.component(), uno::UNO_QUERY_THROW)->getEmbeddedObjects();
    EXPECT_EQ(objects->getElementNames().getLength(), 1);

    // FORMAT.md: A4, margins, Times New Roman 14 pt justified body with a first-line indent.
    const auto families = uno::Reference<style::XStyleFamiliesSupplier>(report.component(), uno::UNO_QUERY_THROW)->getStyleFamilies();
    const uno::Reference<container::XNameAccess> pages(families->getByName(to_ustring("PageStyles")), uno::UNO_QUERY_THROW);
    const uno::Reference<beans::XPropertySet> page(pages->getByName(to_ustring("Standard")), uno::UNO_QUERY_THROW);
    const auto int_of = [](const uno::Reference<beans::XPropertySet>& set, const char* name) {
        sal_Int32 value = 0;
        set->getPropertyValue(to_ustring(name)) >>= value;
        return value;
    };
    EXPECT_NEAR(int_of(page, "Width"), 21000, 2);
    EXPECT_NEAR(int_of(page, "Height"), 29700, 2);
    EXPECT_NEAR(int_of(page, "LeftMargin"), 3000, 2);
    EXPECT_NEAR(int_of(page, "RightMargin"), 1500, 2); // 1,5 cm stored in twips
    EXPECT_NEAR(int_of(page, "TopMargin"), 2000, 2);
    EXPECT_NEAR(int_of(page, "BottomMargin"), 2000, 2);
    const uno::Reference<container::XNameAccess> paragraphs(families->getByName(to_ustring("ParagraphStyles")), uno::UNO_QUERY_THROW);
    const uno::Reference<beans::XPropertySet> body(paragraphs->getByName(to_ustring("Body")), uno::UNO_QUERY_THROW);
    rtl::OUString font;
    float height = 0;
    body->getPropertyValue(to_ustring("CharFontName")) >>= font;
    body->getPropertyValue(to_ustring("CharHeight")) >>= height;
    EXPECT_EQ(to_utf8(font), "Times New Roman");
    EXPECT_EQ(height, 14.0f);
    EXPECT_EQ(int_of(body, "ParaFirstLineIndent"), 1270);

    // The PDF says the same, and the DOCX opens again with the same text.
    const std::string pdf = collapse(command_output("pdftotext -enc UTF-8 '" + (out / "BaoCaoTongKet.pdf").string() + "' -"));
    EXPECT_NE(pdf.find(collapse(field_text(data, "{{gia_tri|chu}}"))), std::string::npos);
    EXPECT_NE(pdf.find(collapse(field_text(data, "{{dong_ngay}}"))), std::string::npos);
    const launcher::Document docx(test::OfficeEnvironment::context(), launcher::file_url(out / "BaoCaoTongKet.docx"));
    EXPECT_NE(document_text(docx).find(figures), std::string::npos);
}

TEST(Documents, TheDossierListsTheNomineesAndGivesEachAPage)
{
    const test::TempDir folder;
    const launcher::Document workbook(test::OfficeEnvironment::context(),
                                      launcher::file_url(write_sample(folder, 300, 11, false)));
    const core::FillData data = expected_document_data(input_of(workbook));
    const auto out = folder.path() / "hồ sơ";
    std::filesystem::create_directories(out);
    const auto outcome = launcher::dispatch_command(
        workbook, uno_common::CommandArguments{.output = launcher::file_url(out), .formats = "odt,pdf"}.to_url("vn.sangkien:Dossier"));
    ASSERT_TRUE(outcome.succeeded) << outcome.result;
    for (const auto& info : core::dossier_documents())
        for (const char* extension : {".odt", ".pdf"})
            EXPECT_TRUE(std::filesystem::is_regular_file(out / (std::string(info.file) + extension))) << info.file << extension;

    const launcher::Document proposal(test::OfficeEnvironment::context(), launcher::file_url(out / "ToTrinh.odt"));
    const std::string text = document_text(proposal);
    EXPECT_NE(text.find(field_text(data, "tặng {{hinh_thuc}} cho {{so_tap_the_de_nghi|so}} tập thể và {{so_ca_nhan_de_nghi|so}} cá nhân")),
              std::string::npos);
    EXPECT_NE(text.find(field_text(data, "Số: {{so_to_trinh}}")), std::string::npos)
        << field_text(data, "Số: {{so_to_trinh}}");
    for (const auto& line : data.lists.at("noi_nhan"))
        EXPECT_NE(text.find(std::get<std::string>(line.at("dong").value)), std::string::npos);
    const auto listed = table_texts(proposal, "DsCaNhan");
    const auto& people = data.lists.at("ca_nhan");
    ASSERT_EQ(listed.size(), people.size() + 1);
    for (std::size_t i = 0; i < people.size(); ++i)
    {
        EXPECT_EQ(listed[i + 1][1], std::get<std::string>(people[i].at("ho_ten").value));
        EXPECT_EQ(listed[i + 1][5], core::fill_text("{{ca_nhan.gia_tri|tien}}", data, &people[i], core::Language::vietnamese));
    }
    EXPECT_EQ(table_texts(proposal, "DsTapThe").size(), data.lists.at("tap_the").size() + 1);

    // Every document of the dossier: no marker left, no template problem, the date line and the
    // signer as the Thông tin sheet says; the decision lists the same people in the same order.
    for (const auto& document_info : core::dossier_documents())
    {
        const launcher::Document made(test::OfficeEnvironment::context(),
                                      launcher::file_url(out / (std::string(document_info.file) + ".odt")));
        const std::string all = document_text(made);
        EXPECT_EQ(all.find("{{"), std::string::npos) << document_info.file;
        EXPECT_EQ(all.find("⟦"), std::string::npos) << document_info.file;
        if (document_info.kind == core::DocumentKind::collective_report || document_info.kind == core::DocumentKind::individual_report)
            continue; // dated and signed by each nominee: below
        EXPECT_NE(all.find(field_text(data, "{{dong_ngay}}")), std::string::npos) << document_info.file;
        EXPECT_NE(all.find(field_text(data, "{{nguoi_ky}}")), std::string::npos) << document_info.file;
        if (document_info.kind == core::DocumentKind::decision)
        {
            const auto decided = table_texts(made, "DsCaNhan");
            ASSERT_EQ(decided.size(), people.size() + 1);
            for (std::size_t i = 0; i < people.size(); ++i)
                EXPECT_EQ(decided[i + 1][1], std::get<std::string>(people[i].at("ho_ten").value));
            EXPECT_NE(all.find(field_text(data, "{{co_quan_quyet_dinh}}")), std::string::npos);
        }
    }

    // Giấy khen: one page per nominee, each naming them.
    const std::size_t nominees = data.lists.at("de_nghi").size();
    ASSERT_GT(nominees, 0u);
    const std::string info = command_output("pdfinfo '" + (out / "GiayKhen.pdf").string() + "'");
    const auto pages_at = info.find("Pages:");
    ASSERT_NE(pages_at, std::string::npos) << info;
    EXPECT_EQ(std::stoul(info.substr(pages_at + 6)), nominees) << info;
    const std::string certificates = collapse(command_output("pdftotext -enc UTF-8 '" + (out / "GiayKhen.pdf").string() + "' -"));
    for (const auto& nominee : data.lists.at("de_nghi"))
        EXPECT_NE(certificates.find(collapse(std::get<std::string>(nominee.at("ten").value))), std::string::npos);
    EXPECT_EQ(certificates.find("{{"), std::string::npos);

    // The lists share their styles and print well: the cells of the long list use a handful of
    // cell styles (not one per cell), its rows cannot split and its heading row repeats; a person
    // proposed for a contribution shows "—", not a value 0.
    const std::string content = command_output("unzip -p '" + (out / "ToTrinh.odt").string() + "' content.xml");
    const auto list_begin = content.find("<table:table table:name=\"DsCaNhan\"");
    ASSERT_NE(list_begin, std::string::npos);
    const std::string list = content.substr(list_begin, content.find("</table:table>", list_begin) - list_begin);
    std::set<std::string> cell_styles, row_styles;
    const auto attribute_values = [](const std::string& xml, const std::string& prefix, std::set<std::string>& into) {
        for (auto at = xml.find(prefix); at != std::string::npos; at = xml.find(prefix, at + 1))
            into.insert(xml.substr(at + prefix.size(), xml.find('"', at + prefix.size()) - at - prefix.size()));
    };
    attribute_values(list, "<table:table-cell table:style-name=\"", cell_styles);
    attribute_values(list, "<table:table-row table:style-name=\"", row_styles);
    EXPECT_LE(cell_styles.size(), 10u) << people.size() << " rows of 8 cells";
    EXPECT_NE(list.find("<table:table-header-rows>"), std::string::npos);
    ASSERT_FALSE(row_styles.empty());
    for (const auto& row_style : row_styles)
    {
        const auto definition = content.find("<style:style style:name=\"" + row_style + "\" style:family=\"table-row\"");
        ASSERT_NE(definition, std::string::npos) << row_style;
        EXPECT_NE(content.substr(definition, content.find("</style:style>", definition) - definition).find("fo:keep-together=\"always\""),
                  std::string::npos)
            << row_style;
    }
    std::size_t contribution_only = 0;
    for (std::size_t i = 0; i < people.size(); ++i)
        if (std::holds_alternative<std::string>(people[i].at("gia_tri").value))
        {
            EXPECT_EQ(listed[i + 1][5], "—");
            ++contribution_only;
        }
    EXPECT_GT(contribution_only, 0u) << "the sample proposes people for a contribution";

    // Báo cáo thành tích: each collective and each individual on pages of their own, with the
    // header and signature tables repeated and the facts the core computed.
    const auto check_reports = [&](const char* file, const char* list_name, std::size_t tables_each,
                                   const std::vector<const char*>& facts) {
        const auto& nominees_of_kind = data.lists.at(list_name);
        ASSERT_FALSE(nominees_of_kind.empty()) << list_name;
        const launcher::Document report(test::OfficeEnvironment::context(), launcher::file_url(out / (std::string(file) + ".odt")));
        const std::string report_text = collapse(document_text(report));
        const auto tables = uno::Reference<text::XTextTablesSupplier>(report.component(), uno::UNO_QUERY_THROW)->getTextTables();
        EXPECT_EQ(static_cast<std::size_t>(tables->getElementNames().getLength()), tables_each * nominees_of_kind.size()) << file;
        for (const auto& nominee : nominees_of_kind)
            for (const char* fact : facts)
                EXPECT_NE(report_text.find(collapse(core::fill_text(fact, data, &nominee, core::Language::vietnamese))), std::string::npos)
                    << file << ": " << core::fill_text(fact, data, &nominee, core::Language::vietnamese);
        const std::string pdf_info = command_output("pdfinfo '" + (out / (std::string(file) + ".pdf")).string() + "'");
        const auto pages_line = pdf_info.find("Pages:");
        ASSERT_NE(pages_line, std::string::npos);
        EXPECT_GE(std::stoul(pdf_info.substr(pages_line + 6)), nominees_of_kind.size()) << file;
        // Each nominee's report starts a page of its own: as many pages carry the title.
        const std::string pdf = command_output("pdftotext -enc UTF-8 '" + (out / (std::string(file) + ".pdf")).string() + "' -");
        std::size_t titled_pages = 0;
        for (std::size_t begin = 0; begin < pdf.size();)
        {
            const auto end = std::min(pdf.find('\f', begin), pdf.size());
            const std::string page = "\n" + pdf.substr(begin, end - begin);
            titled_pages += page.find("\nBÁO CÁO THÀNH TÍCH\n") != std::string::npos ? 1 : 0; // not "NGƯỜI BÁO CÁO…"
            begin = end + 1;
        }
        EXPECT_EQ(titled_pages, nominees_of_kind.size()) << file;
    };
    check_reports("BaoCaoThanhTichTapThe", "tap_the", 2,
                  {"Tên tập thể đề nghị: {{tap_the.ten}}.", "{{tap_the.ten|hoa}}",
                   "Chỉ tiêu sáng kiến được giao: {{tap_the.chi_tieu|so}} sáng kiến.",
                   "được duyệt hợp lệ: {{tap_the.hop_le|so}}, {{tap_the.ty_le|dat_vuot}} chỉ tiêu được giao",
                   "Tổng giá trị làm lợi của các sáng kiến hợp lệ: {{tap_the.tong_gia_tri}}.", "{{tap_the.sang_kien_ds}}"});
    check_reports("BaoCaoThanhTichCaNhan", "ca_nhan", 1,
                  {"Họ và tên: {{ca_nhan.ho_ten}}.", "Đơn vị công tác: {{ca_nhan.don_vi}}", "{{ca_nhan.sang_kien_ds}}",
                   "Tổng giá trị làm lợi: {{ca_nhan.tong_gia_tri}}."});

    // Giấy khen: with a border of its own by default; on pre-printed stock when Thông tin says so
    // (text only, no title), still one page per nominee.
    const auto page_border = [](const launcher::Document& made) {
        const auto families = uno::Reference<style::XStyleFamiliesSupplier>(made.component(), uno::UNO_QUERY_THROW)->getStyleFamilies();
        const uno::Reference<container::XNameAccess> pages(families->getByName(to_ustring("PageStyles")), uno::UNO_QUERY_THROW);
        const uno::Reference<beans::XPropertySet> page(pages->getByName(to_ustring("Standard")), uno::UNO_QUERY_THROW);
        table::BorderLine2 line;
        page->getPropertyValue(to_ustring("LeftBorder")) >>= line;
        return line.OuterLineWidth + line.InnerLineWidth;
    };
    {
        const launcher::Document own(test::OfficeEnvironment::context(), launcher::file_url(out / "GiayKhen.odt"));
        EXPECT_GT(page_border(own), 0);
    }
    const uno::Reference<sheet::XSpreadsheet> info_sheet(sheets_of(workbook)->getByName(to_ustring("Thông tin")), uno::UNO_QUERY_THROW);
    int free_row = 1;
    while (!launcher::read_cell(info_sheet, "A" + std::to_string(free_row)).text.empty())
        ++free_row;
    launcher::set_text(info_sheet, "A" + std::to_string(free_row), "Giấy khen in trên phôi");
    launcher::set_text(info_sheet, "B" + std::to_string(free_row), "Có");
    const auto stock_out = folder.path() / "phôi";
    std::filesystem::create_directories(stock_out);
    const auto stock = launcher::dispatch_command(
        workbook, uno_common::CommandArguments{.output = launcher::file_url(stock_out), .formats = "odt,pdf", .documents = "GiayKhen"}.to_url("vn.sangkien:Dossier"));
    ASSERT_TRUE(stock.succeeded) << stock.result;
    const std::string stock_info = command_output("pdfinfo '" + (stock_out / "GiayKhen.pdf").string() + "'");
    ASSERT_NE(stock_info.find("Pages:"), std::string::npos) << stock_info;
    EXPECT_EQ(std::stoul(stock_info.substr(stock_info.find("Pages:") + 6)), nominees) << stock_info;
    const std::string on_stock = collapse(command_output("pdftotext -enc UTF-8 '" + (stock_out / "GiayKhen.pdf").string() + "' -"));
    EXPECT_EQ(on_stock.find("GIẤY KHEN"), std::string::npos) << "the stock carries the title";
    for (const auto& nominee : data.lists.at("de_nghi"))
        EXPECT_NE(on_stock.find(collapse(std::get<std::string>(nominee.at("ten").value))), std::string::npos);
    const launcher::Document printed(test::OfficeEnvironment::context(), launcher::file_url(stock_out / "GiayKhen.odt"));
    EXPECT_EQ(page_border(printed), 0);
}

// A template in the user's folder wins over the bundled one; its broken markers show in the
// document and in the command's answer instead of vanishing.
TEST(Documents, TheUsersTemplateWinsAndItsMistakesShow)
{
    const test::TempDir folder;
    const auto context = test::OfficeEnvironment::context();
    // The user's copy: the bundled template with two mistakes typed into it.
    {
        const auto location = deployment::PackageInformationProvider::get(context)->getPackageLocation(
            to_ustring("vn.sangkien.extension"));
        const launcher::Document bundled(context, to_utf8(location) + "/templates/BaoCaoTongKet.ott");
        const auto body = uno::Reference<text::XTextDocument>(bundled.component(), uno::UNO_QUERY_THROW)->getText();
        body->insertString(body->getEnd(), to_ustring("Ghi chú riêng {{truong_khong_co}} và {{gia_tri|vang}} hết."), false);
        body->insertControlCharacter(body->getEnd(), text::ControlCharacter::PARAGRAPH_BREAK, false);
        body->insertString(body->getEnd(), to_ustring("{{#neu cap_huyn}}"), false);
        body->insertControlCharacter(body->getEnd(), text::ControlCharacter::PARAGRAPH_BREAK, false);
        body->insertString(body->getEnd(), to_ustring("Đoạn giữ lại."), false);
        body->insertControlCharacter(body->getEnd(), text::ControlCharacter::PARAGRAPH_BREAK, false);
        body->insertString(body->getEnd(), to_ustring("{{/neu}}"), false);
        // A block on one line: shown as the mistake it is, nothing around it removed.
        body->insertControlCharacter(body->getEnd(), text::ControlCharacter::PARAGRAPH_BREAK, false);
        body->insertString(body->getEnd(), to_ustring("{{#moi can_cu}} {{can_cu.dong}} {{/moi}}"), false);
        // A repeated block with a table in it, at the very end of the document.
        body->insertControlCharacter(body->getEnd(), text::ControlCharacter::PARAGRAPH_BREAK, false);
        body->insertString(body->getEnd(), to_ustring("{{#moi noi_nhan}}"), false);
        body->insertControlCharacter(body->getEnd(), text::ControlCharacter::PARAGRAPH_BREAK, false);
        const uno::Reference<text::XTextTable> table(
            uno::Reference<lang::XMultiServiceFactory>(bundled.component(), uno::UNO_QUERY_THROW)
                ->createInstance(to_ustring("com.sun.star.text.TextTable")),
            uno::UNO_QUERY_THROW);
        table->initialize(1, 2);
        body->insertTextContent(body->getEnd(), uno::Reference<text::XTextContent>(table, uno::UNO_QUERY_THROW), false);
        uno::Reference<text::XText>(table->getCellByName(to_ustring("A1")), uno::UNO_QUERY_THROW)
            ->setString(to_ustring("Gửi: {{noi_nhan.dong}}"));
        body->insertString(body->getEnd(), to_ustring("{{/moi}}"), false);
        bundled.store_to(launcher::file_url(folder.path() / "BaoCaoTongKet.ott"), "writer8_template");
    }
    const auto set_folder = [&](const std::string& path) {
        uno::Sequence<uno::Any> arguments(1);
        arguments[0] <<= beans::NamedValue(to_ustring("nodepath"), uno::Any(to_ustring("/vn.sangkien.Settings/Options")));
        const auto access = configuration::theDefaultProvider::get(context)->createInstanceWithArguments(
            to_ustring("com.sun.star.configuration.ConfigurationUpdateAccess"), arguments);
        uno::Reference<beans::XPropertySet>(access, uno::UNO_QUERY_THROW)
            ->setPropertyValue(to_ustring("TemplateFolder"), uno::Any(to_ustring(path)));
        uno::Reference<util::XChangesBatch>(access, uno::UNO_QUERY_THROW)->commitChanges();
    };
    set_folder(folder.path().string());
    struct Reset
    {
        std::function<void()> reset;
        ~Reset() { reset(); }
    } const reset{[&] { set_folder(""); }};

    const launcher::Document workbook(context, launcher::file_url(write_sample(folder, 50, 3, false)));
    const auto out = folder.path() / "out";
    std::filesystem::create_directories(out);
    const auto outcome = launcher::dispatch_command(
        workbook, uno_common::CommandArguments{.output = launcher::file_url(out), .formats = "odt"}.to_url("vn.sangkien:Report"));
    ASSERT_TRUE(outcome.succeeded) << outcome.result;
    EXPECT_NE(outcome.result.find("truong_khong_co"), std::string::npos) << outcome.result;
    EXPECT_NE(outcome.result.find("vang"), std::string::npos) << outcome.result;
    const launcher::Document report(context, launcher::file_url(out / "BaoCaoTongKet.odt"));
    const std::string text = document_text(report);
    EXPECT_NE(text.find("Ghi chú riêng ⟦lỗi mẫu: truong_khong_co — không có trường \"truong_khong_co\"⟧"), std::string::npos);
    EXPECT_NE(text.find("⟦lỗi mẫu: gia_tri|vang"), std::string::npos);
    EXPECT_NE(text.find("⟦lỗi mẫu: #neu cap_huyn"), std::string::npos) << "a misspelt condition shows";
    EXPECT_NE(text.find("Đoạn giữ lại."), std::string::npos) << "and its block is kept";
    EXPECT_EQ(text.find("{{/neu}}"), std::string::npos);
    EXPECT_NE(text.find("⟦lỗi mẫu: #moi can_cu — khối {#…} / {/…} phải đứng riêng một đoạn"), std::string::npos)
        << "a block on one line shows";
    EXPECT_NE(text.find("Đoạn giữ lại."), std::string::npos);
    // The table of the block at the end is repeated for every Nơi nhận line, then the block goes.
    const auto& lines = expected_document_data(input_of(workbook)).lists.at("noi_nhan");
    std::size_t repeated = 0;
    const auto tables = uno::Reference<text::XTextTablesSupplier>(report.component(), uno::UNO_QUERY_THROW)->getTextTables();
    for (const auto& name : tables->getElementNames())
    {
        const uno::Reference<text::XTextTable> table(tables->getByName(name), uno::UNO_QUERY_THROW);
        const auto cell = table->getCellByName(to_ustring("A1"));
        repeated += cell.is() && to_utf8(uno::Reference<text::XText>(cell, uno::UNO_QUERY_THROW)->getString()).rfind("Gửi: - ", 0) == 0;
    }
    EXPECT_EQ(repeated, lines.size());
    EXPECT_EQ(text.find("{{#moi noi_nhan}}"), std::string::npos);
    EXPECT_EQ(text.find("{{/moi}}"), std::string::npos);
}

// The shipped templates (.ott, what staff open and edit) say what their readable sources (.fodt)
// say: regenerating one and forgetting the other cannot go unnoticed.
TEST(Documents, ShippedTemplatesMatchTheirSources)
{
    const auto context = test::OfficeEnvironment::context();
    const std::filesystem::path folder = std::filesystem::path(SANGKIEN_SOURCE_DIR) / "templates";
    std::size_t compared = 0;
    std::vector<std::string> names;
    for (const auto& info : core::document_catalogue())
        names.emplace_back(info.file);
    names.emplace_back(core::kStockCertificateTemplate);
    names.emplace_back(core::kFeedbackLetterTemplate);
    for (const auto& name : names)
    {
        const auto source = folder / (name + ".fodt");
        const auto shipped = folder / (name + ".ott");
        ASSERT_TRUE(std::filesystem::is_regular_file(source)) << source;
        ASSERT_TRUE(std::filesystem::is_regular_file(shipped)) << shipped;
        const launcher::Document a(context, launcher::file_url(source));
        const launcher::Document b(context, launcher::file_url(shipped));
        EXPECT_EQ(document_text(a), document_text(b)) << name;
        ++compared;
    }
    // Every template the folder ships was compared: one added outside the catalogue is not skipped.
    std::size_t shipped = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        shipped += entry.path().extension() == ".ott";
    EXPECT_EQ(compared, shipped);
}

// The menu's dossier command shows its dialog; without a screen it closes at once and nothing is
// written.
TEST(Documents, TheDossierDialogClosedWritesNothing)
{
    const test::TempDir folder;
    const launcher::Document workbook(test::OfficeEnvironment::context(),
                                      launcher::file_url(write_sample(folder, 30, 2, false)));
    const auto outcome = launcher::dispatch_command(workbook, "vn.sangkien:DossierDialog");
    ASSERT_TRUE(outcome.succeeded) << outcome.result;
    EXPECT_EQ(outcome.result, std::string(core::text(ui_language(), "document.cancelled")));
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder.path()))
        if (entry.path().filename().string().rfind(".~lock.", 0) != 0)
            ++files;
    EXPECT_EQ(files, 1u) << "only the workbook";
}
