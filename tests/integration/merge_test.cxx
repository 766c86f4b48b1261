// Gộp sổ end to end: one district's initiatives as its six CĐCS send them (tests/integration/data/
// merge/cdcs, written by openpyxl, xlwt and Calc by tools/fixtures/make_merge_district.py: some
// without a unit column, one repeating another's initiative, two disagreeing on a quota) merged
// through `sangkien merge` and through vn.sangkien:Merge (the menu's command without its dialog).
// The review of the merged workbook must give the district's own figures, every row must point at
// the source row it came from, the conflict and the repeat must be reported, and the sources must
// be left exactly as they were.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>

#include "office_fixture.hxx"
#include "core/text/messages.hxx"
#include "core/rules/result_sheets.hxx"
#include "sangkien/uno_common/command_arguments.hxx"

using namespace sangkien;
using namespace com::sun::star;

namespace {

namespace fs = std::filesystem;

const fs::path kData = fs::path(SANGKIEN_SOURCE_DIR) / "tests/integration/data/merge";

// A command reading `sources` (as the CLI gives them), storing into `output` when given.
std::string command(const std::string& name, const std::vector<fs::path>& sources, const std::optional<fs::path>& output = {})
{
    uno_common::CommandArguments arguments;
    for (const auto& source : sources)
        arguments.sources.push_back(launcher::file_url(source.string()));
    if (output)
        arguments.output = launcher::file_url(output->string());
    return arguments.to_url(name);
}

using Table = std::vector<std::vector<uno::Any>>; // the heading row first

std::string text(const uno::Any& cell)
{
    rtl::OUString value;
    return (cell >>= value) ? to_utf8(value) : std::string();
}

double number(const uno::Any& cell)
{
    double value = -1;
    cell >>= value;
    return value;
}

Table table(const launcher::Document& document, const std::string& name)
{
    const auto sheets = uno::Reference<sheet::XSpreadsheetDocument>(document.component(), uno::UNO_QUERY_THROW)->getSheets();
    if (!sheets->hasByName(to_ustring(name)))
    {
        ADD_FAILURE() << "no sheet " << name;
        return {};
    }
    const uno::Reference<sheet::XSpreadsheet> sheet(sheets->getByName(to_ustring(name)), uno::UNO_QUERY_THROW);
    const auto cursor = sheet->createCursor();
    uno::Reference<sheet::XUsedAreaCursor>(cursor, uno::UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    const auto end = uno::Reference<sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)->getRangeAddress();
    const auto data = uno::Reference<sheet::XCellRangeData>(sheet->getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow),
                                                            uno::UNO_QUERY_THROW)
                          ->getDataArray();
    Table out;
    for (const auto& row : data)
        out.emplace_back(row.begin(), row.end());
    return out;
}

std::size_t column(const Table& table, const std::string& heading)
{
    for (std::size_t c = 0; !table.empty() && c < table.front().size(); ++c)
        if (text(table.front()[c]) == heading)
            return c;
    ADD_FAILURE() << "no column " << heading;
    return 0;
}

std::string word(const char* key)
{
    return std::string(core::text(core::Language::vietnamese, key));
}

// The figures of KQ Tổng hợp, by their labels.
std::map<std::string, double> summary_figures(const launcher::Document& document)
{
    std::map<std::string, double> figures;
    for (const auto& row : table(document, core::result_sheet_name(core::ResultKind::summary, core::Language::vietnamese)))
        if (row.size() > 1 && row[1].has<double>())
            figures[text(row[0])] = number(row[1]);
    return figures;
}

// The same after vn.sangkien:Review.
std::map<std::string, double> reviewed_figures(const launcher::Document& document)
{
    const auto outcome = launcher::dispatch_command(document, "vn.sangkien:Review");
    EXPECT_TRUE(outcome.succeeded) << outcome.result;
    return summary_figures(document);
}

std::string file_bytes(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

std::map<fs::path, std::string> sources_as_they_are()
{
    std::map<fs::path, std::string> files;
    for (const auto& entry : fs::directory_iterator(kData / "cdcs"))
        files[entry.path()] = file_bytes(entry.path());
    return files;
}

// Everything one merged workbook must show.
void expect_merged(const fs::path& merged_file, const std::string& route)
{
    SCOPED_TRACE(route);
    ASSERT_TRUE(fs::exists(merged_file)) << merged_file;
    const launcher::Document merged(test::OfficeEnvironment::context(), launcher::file_url(merged_file.string()));

    // Provenance: each row's file, sheet and row hold that row's initiative.
    const Table list = table(merged, "Sáng kiến");
    ASSERT_EQ(list.size(), 41u); // heading + 39 initiatives + the repeat
    const std::size_t c_file = column(list, "Tệp nguồn"), c_sheet = column(list, "Trang nguồn"),
                      c_row = column(list, "Dòng nguồn"), c_code = column(list, "Mã sáng kiến"),
                      c_unit = column(list, "Đơn vị (CĐCS)");
    std::map<std::string, std::unique_ptr<launcher::Document>> sources;
    std::map<std::string, int> rows_per_file;
    for (std::size_t r = 1; r < list.size(); ++r)
    {
        const std::string file = text(list[r][c_file]);
        auto& source = sources[file];
        if (!source)
            source = std::make_unique<launcher::Document>(test::OfficeEnvironment::context(),
                                                          launcher::file_url((kData / "cdcs" / file).string()), true, true);
        const Table source_sheet = table(*source, text(list[r][c_sheet]));
        const auto source_row = static_cast<std::size_t>(number(list[r][c_row]));
        ASSERT_GE(source_row, 1u);
        ASSERT_LE(source_row, source_sheet.size());
        EXPECT_EQ(text(source_sheet[source_row - 1][1]), text(list[r][c_code])) << file << " row " << source_row;
        ++rows_per_file[file];
        // A list without a unit column takes the unit its Thông tin names, else its file's name.
        if (file == "cdcs-ubnd-xa-phuoc-minh.xls")
        {
            EXPECT_EQ(text(list[r][c_unit]), "CĐCS UBND xã Phước Minh");
        }
        if (file == "CĐCS Trường Mầm non Hoa Sen.xlsx")
        {
            EXPECT_EQ(text(list[r][c_unit]), "CĐCS Trường Mầm non Hoa Sen");
        }
    }
    EXPECT_EQ(rows_per_file.size(), 6u);

    // The conflict and the repeat, with their files.
    const Table problems = table(merged, "Lỗi dữ liệu nguồn");
    const std::size_t c_message = column(problems, word("result.col.message"));
    bool conflict = false, repeat = false, from_name = false;
    for (std::size_t r = 1; r < problems.size(); ++r)
    {
        const std::string message = text(problems[r][c_message]);
        conflict = conflict
                   || (message.find("CĐCS Trường Tiểu học Suối Đá") != std::string::npos
                       && message.find("5 (tệp cdcs-benh-vien.xls)") != std::string::npos
                       && message.find("3 (tệp cdcs-tieu-hoc-suoi-da.ods)") != std::string::npos);
        // Both places: the row is on one file's line, the message names the other (which is
        // "earlier" depends on the order the files were given).
        repeat = repeat
                 || (text(problems[r][0]) == "cdcs-benh-vien.xls"
                     && message.find("tệp cdcs-thcs-cha-la.xlsx, trang Sáng kiến, dòng 5") != std::string::npos)
                 || (text(problems[r][0]) == "cdcs-thcs-cha-la.xlsx" && number(problems[r][2]) == 5
                     && message.find("tệp cdcs-benh-vien.xls, trang Sáng kiến, dòng") != std::string::npos);
        from_name = from_name || message.find("theo tên tệp") != std::string::npos;
    }
    EXPECT_TRUE(conflict);
    EXPECT_TRUE(repeat);
    EXPECT_TRUE(from_name);

    // The review of the merge gives the district's figures (the repeat counted once); only the
    // CĐCS whose quotas disagree is left to be checked.
    const launcher::Document district(test::OfficeEnvironment::context(), launcher::file_url((kData / "district.xlsx").string()));
    const auto expected = reviewed_figures(district);
    const auto actual = reviewed_figures(merged);
    for (const char* key : {"result.sum.updated", "result.sum.valid", "result.sum.pending", "result.sum.rejected",
                            "result.sum.value", "result.sum.qualifying_initiatives"})
    {
        ASSERT_TRUE(expected.count(word(key))) << key;
        EXPECT_EQ(actual.at(word(key)), expected.at(word(key))) << key;
    }
    EXPECT_EQ(actual.at(word("result.sum.initiatives")), expected.at(word("result.sum.initiatives")) + 1);
    EXPECT_EQ(actual.at(word("result.sum.duplicates")), 1);
    EXPECT_EQ(actual.at(word("result.sum.units_check")), 1);
    EXPECT_EQ(expected.at(word("result.sum.units_check")), 0);
}

TEST(Merge, ThroughTheCommandLine)
{
    const auto before = sources_as_they_are();
    const test::TempDir folder;
    const fs::path output = folder.path() / "so-gop.xlsx";
    const std::string command = std::string("SANGKIEN_LANG=vi '") + SANGKIEN_TEST_CLI + "' merge '" + (kData / "cdcs").string()
                                + "' -o '" + output.string() + "' > '" + (folder.path() / "out.txt").string() + "' 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0) << file_bytes(folder.path() / "out.txt");
    const std::string said = file_bytes(folder.path() / "out.txt");
    EXPECT_NE(said.find("Đã gộp 6 tệp: 40 sáng kiến, 6 CĐCS, 2 cá nhân đề xuất."), std::string::npos) << said;
    EXPECT_NE(said.find(output.string()), std::string::npos) << said;
    expect_merged(output, "sangkien merge");
    EXPECT_EQ(sources_as_they_are(), before); // only read, nothing left beside them
}

// `sangkien review FOLDER` reads the workbooks one at a time and reviews them as one, without a
// merged list: the result holds the review's sheets and Nguồn gộp, each record and problem named
// by its own file, sheet and row, and the district's figures.
TEST(Merge, SeveralWorkbooksAreReviewedWithoutAMergedList)
{
    const auto before = sources_as_they_are();
    const test::TempDir folder;
    const std::string command = std::string("SANGKIEN_LANG=vi '") + SANGKIEN_TEST_CLI + "' review '" + (kData / "cdcs").string()
                                + "' -o '" + folder.path().string() + "' > '" + (folder.path() / "out.txt").string() + "' 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0) << file_bytes(folder.path() / "out.txt");
    const std::string said = file_bytes(folder.path() / "out.txt");
    EXPECT_NE(said.find("Đã gộp 6 tệp: 40 sáng kiến, 6 CĐCS, 2 cá nhân đề xuất."), std::string::npos) << said;
    const fs::path result_file = folder.path() / "KetQuaXet.ods";
    ASSERT_TRUE(fs::exists(result_file)) << said;
    const launcher::Document result(test::OfficeEnvironment::context(), launcher::file_url(result_file.string()), true, true);

    const auto names = uno::Reference<sheet::XSpreadsheetDocument>(result.component(), uno::UNO_QUERY_THROW)->getSheets()->getElementNames();
    std::vector<std::string> sheets;
    for (const auto& name : names)
        sheets.push_back(to_utf8(name));
    const std::vector<std::string> expected_sheets{
        core::result_sheet_name(core::ResultKind::summary, core::Language::vietnamese),
        core::result_sheet_name(core::ResultKind::initiatives, core::Language::vietnamese),
        core::result_sheet_name(core::ResultKind::unions, core::Language::vietnamese),
        core::result_sheet_name(core::ResultKind::people, core::Language::vietnamese),
        core::result_sheet_name(core::ResultKind::errors, core::Language::vietnamese), word("merge.sheet.sources"),
        core::result_sheet_name(core::ResultKind::record, core::Language::vietnamese)};
    EXPECT_EQ(sheets, expected_sheets); // no merged list, no blank sheet

    const launcher::Document district(test::OfficeEnvironment::context(), launcher::file_url((kData / "district.xlsx").string()));
    const auto expected = reviewed_figures(district);
    const auto actual = summary_figures(result);
    for (const char* key : {"result.sum.updated", "result.sum.valid", "result.sum.pending", "result.sum.rejected",
                            "result.sum.value", "result.sum.qualifying_initiatives"})
        EXPECT_EQ(actual.at(word(key)), expected.at(word(key))) << key;
    EXPECT_EQ(actual.at(word("result.sum.initiatives")), expected.at(word("result.sum.initiatives")) + 1);
    EXPECT_EQ(actual.at(word("result.sum.duplicates")), 1);
    EXPECT_EQ(actual.at(word("result.sum.units_check")), 1);

    // Every initiative's row is its source's: file › sheet, and that row holds its code.
    const Table initiatives = table(result, core::result_sheet_name(core::ResultKind::initiatives, core::Language::vietnamese));
    ASSERT_EQ(initiatives.size(), 41u);
    const std::size_t c_row = column(initiatives, word("result.col.row")), c_code = column(initiatives, word("result.col.code"));
    for (std::size_t r = 1; r < initiatives.size(); ++r)
    {
        const std::string place = text(initiatives[r][c_row]); // "5 (cdcs-benh-vien.xls › Sáng kiến)"
        const auto open = place.find(" ("), mark = place.find(" › ");
        ASSERT_NE(open, std::string::npos) << place;
        ASSERT_NE(mark, std::string::npos) << place;
        const std::string file = place.substr(open + 2, mark - open - 2);
        const std::string sheet = place.substr(mark + 5, place.size() - mark - 6); // " › " is 5 bytes
        const launcher::Document source(test::OfficeEnvironment::context(), launcher::file_url((kData / "cdcs" / file).string()), true, true);
        const Table rows = table(source, sheet);
        const auto row = static_cast<std::size_t>(std::stoi(place.substr(0, open)));
        ASSERT_LE(row, rows.size()) << place;
        EXPECT_EQ(text(rows[row - 1][1]), text(initiatives[r][c_code])) << place;
    }

    // The repeat is a problem at its own file's row; a link only where the cell is in this workbook.
    const Table problems = table(result, core::result_sheet_name(core::ResultKind::errors, core::Language::vietnamese));
    const std::size_t c_sheet = column(problems, word("result.col.sheet")), c_go = column(problems, word("result.col.go_to"));
    bool repeat = false;
    for (std::size_t r = 1; r < problems.size(); ++r)
    {
        repeat = repeat || text(problems[r][c_sheet]) == "cdcs-benh-vien.xls › Sáng kiến"
                 || text(problems[r][c_sheet]) == "cdcs-thcs-cha-la.xlsx › Sáng kiến";
        EXPECT_EQ(text(problems[r][c_go]), "") << text(problems[r][c_sheet]);
    }
    EXPECT_TRUE(repeat);
    EXPECT_EQ(table(result, word("merge.sheet.sources")).size(), 7u);
    EXPECT_EQ(sources_as_they_are(), before);
}

TEST(Merge, ThroughTheMenuCommand)
{
    const auto before = sources_as_they_are();
    const test::TempDir folder;
    const fs::path output = folder.path() / "so-gop.ods";
    std::vector<fs::path> sources;
    for (const auto& [path, bytes] : before)
        sources.push_back(path);
    // The sources open in the office as a clerk may have them: the merge must not touch them.
    const launcher::Document open_source(test::OfficeEnvironment::context(),
                                         launcher::file_url((kData / "cdcs" / "cdcs-benh-vien.xls").string()), true, true);
    const launcher::Document blank = launcher::Document::new_spreadsheet(test::OfficeEnvironment::context());
    const auto outcome = launcher::dispatch_command(
        blank, command("vn.sangkien:Merge", sources, output));
    ASSERT_TRUE(outcome.succeeded) << outcome.result;
    EXPECT_NE(outcome.result.find("1 CĐCS có chỉ tiêu khác nhau"), std::string::npos) << outcome.result;
    expect_merged(output, "vn.sangkien:Merge");
    // Stored again without overwrite=1: the first file is kept, the new one takes the next name.
    const auto again = launcher::dispatch_command(
        blank, command("vn.sangkien:Merge", sources, output));
    ASSERT_TRUE(again.succeeded) << again.result;
    EXPECT_TRUE(fs::exists(folder.path() / "so-gop (2).ods"));
    EXPECT_EQ(sources_as_they_are(), before);
}

TEST(Merge, NothingToMergeAndFilesThatAreNotWorkbooksAreSaidSo)
{
    const test::TempDir folder;
    std::ofstream(folder.path() / "ghi-chu.ods") << "không phải bảng tính";
    const launcher::Document blank = launcher::Document::new_spreadsheet(test::OfficeEnvironment::context());
    const auto nothing = launcher::dispatch_command(blank, "vn.sangkien:Merge");
    EXPECT_FALSE(nothing.succeeded);
    EXPECT_EQ(nothing.result, word("merge.nothing"));
    const auto broken = launcher::dispatch_command(
        blank, command("vn.sangkien:Merge", {folder.path() / "ghi-chu.ods", kData / "cdcs" / "cdcs-thcs-cha-la.xlsx"},
                       folder.path() / "gop.ods"));
    ASSERT_TRUE(broken.succeeded) << broken.result;
    EXPECT_NE(broken.result.find("Đã gộp 2 tệp"), std::string::npos) << broken.result;
    EXPECT_NE(broken.result.find("1 tệp không có danh sách sáng kiến"), std::string::npos) << broken.result;
    const launcher::Document merged(test::OfficeEnvironment::context(), launcher::file_url((folder.path() / "gop.ods").string()));
    const Table problems = table(merged, "Lỗi dữ liệu nguồn");
    bool said = false;
    for (const auto& row : problems)
        said = said || text(row[5]).find("Không mở được tệp ghi-chu.ods như một bảng tính") != std::string::npos
               || text(row[5]).find("Tệp ghi-chu.ods không có danh sách sáng kiến") != std::string::npos;
    EXPECT_TRUE(said);

    // Reviewing them when none holds a list: said, never a review of nothing.
    const auto none = launcher::dispatch_command(
        blank, command("vn.sangkien:Review", {folder.path() / "ghi-chu.ods"}));
    EXPECT_FALSE(none.succeeded);
    EXPECT_EQ(none.result, core::format(core::Language::vietnamese, "merge.no_list_anywhere", {"1"}));
}

// Gộp sổ checks each source before it loads it: a workbook cut short (here a .fods cut in half,
// which the office would load up to the cut without a word) adds nothing, and the merged book says
// which file is damaged and to take the original again.
TEST(Merge, ADamagedSourceIsRefusedNeverHalfRead)
{
    const test::TempDir folder;
    const fs::path good = kData / ".." / "real" / "khoi-van-ban-gop.fods";
    std::ifstream in(good, std::ios::binary);
    const std::string whole((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::ofstream(folder.path() / "cat.fods", std::ios::binary) << whole.substr(0, whole.size() / 2);
    const launcher::Document blank = launcher::Document::new_spreadsheet(test::OfficeEnvironment::context());
    const auto outcome = launcher::dispatch_command(
        blank, command("vn.sangkien:Merge", {folder.path() / "cat.fods", kData / "cdcs" / "cdcs-thcs-cha-la.xlsx"},
                       folder.path() / "gop.ods"));
    ASSERT_TRUE(outcome.succeeded) << outcome.result;
    const launcher::Document merged(test::OfficeEnvironment::context(), launcher::file_url((folder.path() / "gop.ods").string()));
    bool said = false;
    for (const auto& row : table(merged, "Lỗi dữ liệu nguồn"))
        said = said || text(row[5]) == core::format(core::Language::vietnamese, "merge.damaged", {"cat.fods"});
    EXPECT_TRUE(said) << outcome.result;
    // Nothing was taken from it: counted as a file without a list.
    EXPECT_NE(outcome.result.find("1 tệp không có danh sách sáng kiến"), std::string::npos) << outcome.result;
}

// A merge that cannot be stored says so in the clerk's words and leaves no file behind.
TEST(Merge, AResultThatCannotBeStoredIsSaidAndLeavesNothing)
{
    const test::TempDir folder;
    std::ofstream(folder.path() / "la-tep") << "một tệp, không phải thư mục";
    const fs::path output = folder.path() / "la-tep" / "gop.ods"; // a file is where its folder should be
    const launcher::Document blank = launcher::Document::new_spreadsheet(test::OfficeEnvironment::context());
    const auto outcome = launcher::dispatch_command(
        blank, command("vn.sangkien:Merge", {kData / "cdcs" / "cdcs-thcs-cha-la.xlsx"}, output));
    EXPECT_FALSE(outcome.succeeded);
    EXPECT_NE(outcome.result.find("Không lưu được sổ gộp vào " + output.string()), std::string::npos) << outcome.result;
    EXPECT_EQ(outcome.result.find("Error"), std::string::npos) << outcome.result;
    EXPECT_FALSE(fs::exists(output));
}

} // namespace

#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>

namespace {

std::string run_cli(const std::string& arguments, const fs::path& log)
{
    const std::string command = std::string("SANGKIEN_LANG=vi '") + SANGKIEN_TEST_CLI + "' " + arguments + " > '" + log.string() + "' 2>&1";
    const int status = std::system(command.c_str());
    EXPECT_EQ(status, 0) << command << "\n" << file_bytes(log);
    return file_bytes(log);
}

// A list longer than a sheet goes on over "Sáng kiến (2)": an .xls holds 65,536 rows a sheet, so
// two district workbooks of 33,000 initiatives merged into one show it at a modest size. The
// review reads the parts back as one list.
TEST(Merge, AListLongerThanASheetGoesOnOverSheets)
{
    const test::TempDir folder;
    for (const char* seed : {"1", "2"})
        run_cli(std::string("sample -n 33000 --clean --seed ") + seed + " -o '" + (folder.path() / ("huyen-" + std::string(seed) + ".fods")).string() + "'",
                folder.path() / "sample.txt");
    const fs::path merged_file = folder.path() / "tong.xls";
    const std::string said = run_cli("merge '" + (folder.path() / "huyen-1.fods").string() + "' '" + (folder.path() / "huyen-2.fods").string()
                                         + "' -o '" + merged_file.string() + "'",
                                     folder.path() / "merge.txt");
    EXPECT_NE(said.find("chia sang 2 trang (Sáng kiến, Sáng kiến (2))"), std::string::npos) << said;
    const launcher::Document merged(test::OfficeEnvironment::context(), launcher::file_url(merged_file.string()));
    EXPECT_EQ(table(merged, "Sáng kiến").size(), 65'536u);
    const Table second = table(merged, "Sáng kiến (2)");
    ASSERT_EQ(second.size(), 66'000u - 65'535u + 1u);
    EXPECT_EQ(number(second[1][0]), 65'536); // STT runs on
    EXPECT_EQ(text(second.front()[0]), text(table(merged, "Sáng kiến").front()[0]));
    const auto figures = reviewed_figures(merged);
    EXPECT_EQ(figures.at(word("result.sum.initiatives")), 66'000);
}

// A province: two districts and a sector union send their workbooks; the merged workbook's report
// has one row per direct unit with that unit's own figures.
TEST(Merge, AProvinceReportsPerDistrict)
{
    const test::TempDir folder;
    const fs::path province = folder.path() / "tinh.ods";
    const std::string said = run_cli("merge '" + (kData / "tinh").string() + "' -o '" + province.string() + "'", folder.path() / "merge.txt");
    EXPECT_NE(said.find("Đã gộp 3 tệp thành sổ cấp tỉnh: 62 sáng kiến, 3 đơn vị trực thuộc"), std::string::npos) << said;
    run_cli("report '" + province.string() + "' -o '" + folder.path().string() + "' --format odt", folder.path() / "report.txt");

    // Each unit's figures as its own workbook's review gives them.
    const std::vector<std::pair<std::string, std::string>> units{
        {"duong-minh-chau.xlsx", "Liên đoàn Lao động huyện Dương Minh Châu"}, // its Tên đơn vị in capitals
        {"tan-bien.xls", "LĐLĐ huyện Tân Biên"},
        {"cd-nganh-y-te.ods", "Công đoàn ngành Y tế"}};
    std::map<std::string, std::pair<double, double>> expected; // name → updated, valid
    for (const auto& [file, name] : units)
    {
        const launcher::Document district(test::OfficeEnvironment::context(), launcher::file_url((kData / "tinh" / file).string()));
        const auto figures = reviewed_figures(district);
        expected[name] = {figures.at(word("result.sum.updated")), figures.at(word("result.sum.valid"))};
    }

    const auto report_file = folder.path() / "BaoCaoTongKet.odt";
    ASSERT_TRUE(fs::exists(report_file));
    const launcher::Document report(test::OfficeEnvironment::context(), launcher::file_url(report_file.string()), true, true);
    const std::string body =
        to_utf8(uno::Reference<text::XTextDocument>(report.component(), uno::UNO_QUERY_THROW)->getText()->getString());
    EXPECT_NE(body.find("d) Kết quả của từng LĐLĐ huyện, công đoàn ngành"), std::string::npos);
    const auto tables = uno::Reference<text::XTextTablesSupplier>(report.component(), uno::UNO_QUERY_THROW)->getTextTables();
    bool found_table = false;
    for (const auto& name : tables->getElementNames())
    {
        const uno::Reference<text::XTextTable> table(tables->getByName(name), uno::UNO_QUERY_THROW);
        const auto cell_text = [&table](const std::string& address) {
            const uno::Reference<text::XText> cell(table->getCellByName(to_ustring(address)), uno::UNO_QUERY);
            return cell.is() ? to_utf8(cell->getString()) : std::string();
        };
        if (cell_text("B1") != "LĐLĐ huyện, CĐ ngành")
            continue;
        found_table = true;
        std::map<std::string, std::pair<std::string, std::string>> rows;
        for (int r = 2; r <= 4; ++r)
            rows[cell_text("B" + std::to_string(r))] = {cell_text("D" + std::to_string(r)), cell_text("E" + std::to_string(r))};
        for (const auto& [unit, figures] : expected)
        {
            ASSERT_TRUE(rows.count(unit)) << unit;
            EXPECT_EQ(rows[unit].first, std::to_string(static_cast<int>(figures.first))) << unit;
            EXPECT_EQ(rows[unit].second, std::to_string(static_cast<int>(figures.second))) << unit;
        }
    }
    EXPECT_TRUE(found_table);

    // The same report straight from the three workbooks (read one at a time, no merged list).
    const fs::path straight = folder.path() / "tu-thu-muc";
    fs::create_directories(straight);
    run_cli("report '" + (kData / "tinh").string() + "' -o '" + straight.string() + "' --format odt", folder.path() / "report2.txt");
    ASSERT_TRUE(fs::exists(straight / "BaoCaoTongKet.odt"));
    const launcher::Document straight_report(test::OfficeEnvironment::context(),
                                             launcher::file_url((straight / "BaoCaoTongKet.odt").string()), true, true);
    EXPECT_EQ(to_utf8(uno::Reference<text::XTextDocument>(straight_report.component(), uno::UNO_QUERY_THROW)->getText()->getString()),
              body);

    // The dossier's list of people: grouped by district, each group under a heading row that runs
    // across the table ("1. Liên đoàn Lao động huyện …"), STT running on.
    run_cli("dossier '" + province.string() + "' -o '" + folder.path().string() + "' --format odt", folder.path() / "dossier.txt");
    const launcher::Document proposal(test::OfficeEnvironment::context(),
                                      launcher::file_url((folder.path() / "ToTrinh.odt").string()), true, true);
    const auto people = uno::Reference<text::XTextTablesSupplier>(proposal.component(), uno::UNO_QUERY_THROW)->getTextTables();
    ASSERT_TRUE(people->hasByName(to_ustring("DsCaNhan")));
    const uno::Reference<text::XTextTable> list(people->getByName(to_ustring("DsCaNhan")), uno::UNO_QUERY_THROW);
    const auto list_cell = [&list](const std::string& address) {
        try
        {
            const uno::Reference<text::XText> cell(list->getCellByName(to_ustring(address)), uno::UNO_QUERY);
            return cell.is() ? std::optional<std::string>(to_utf8(cell->getString())) : std::nullopt;
        }
        catch (const uno::RuntimeException&)
        {
            return std::optional<std::string>();
        }
    };
    std::vector<std::string> headings;
    int people_rows = 0, last_stt = 0;
    for (int r = 2; list_cell("A" + std::to_string(r)); ++r)
    {
        const std::string first = *list_cell("A" + std::to_string(r));
        if (first.find(". ") != std::string::npos)
        {
            headings.push_back(first);
            EXPECT_FALSE(list_cell("B" + std::to_string(r))) << "row " << r << " is not merged across";
            continue;
        }
        ++people_rows;
        EXPECT_EQ(std::stoi(first), ++last_stt);
    }
    ASSERT_FALSE(headings.empty());
    EXPECT_EQ(headings.front().rfind("1. ", 0), 0u) << headings.front();
    EXPECT_GT(people_rows, 0);
    for (const auto& heading : headings)
        EXPECT_TRUE(expected.count(heading.substr(heading.find(". ") + 2))) << "[" << heading << "]";
}

} // namespace
