// Phản hồi cho CĐCS (issue 28, item 1): each unit's feedback holds exactly its own initiatives
// and problems — in a district's own list, in a merged workbook read back (its rows placed at
// their source rows), and in a review of the CĐCS' own workbooks read one by one — and says the
// quota standing and what each initiative still needs in the words of the plan.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "core/features/feedback.hxx"
#include "core/features/merge.hxx"
#include "core/features/sample.hxx"
#include "core/rules/criteria_settings.hxx"
#include "feedback_check.hxx"

namespace {

using namespace sangkien::core;
using sangkien::test::feedback_check;

Review review_of(const Workbook& book)
{
    return review_workbook(book, resolve_criteria(book).criteria);
}

// A generated district cut into one workbook per CĐCS (its list without the unit column, named
// by its Thông tin), as the CĐCS send them; the name of each file's unit in `unit_of_file`.
std::vector<std::pair<std::string, WorkbookInput>> cdcs_files(const WorkbookInput& whole, std::map<std::string, std::string>& unit_of_file)
{
    const Workbook book = read_workbook(whole);
    const std::string list_name = book.sheet_names.at(SheetKind::initiatives);
    const ColumnMapping& mapping = book.mappings.at(SheetKind::initiatives);
    const std::size_t unit_column = mapping.columns.at(Field::unit);
    const Sheet& list = *std::find_if(whole.sheets.begin(), whole.sheets.end(), [&](const Sheet& s) { return s.name == list_name; });
    std::map<std::string, std::vector<const Row*>> by_unit;
    for (std::size_t r = mapping.first_data_row; r < list.rows.size(); ++r)
        if (const auto* unit = std::get_if<std::string>(&list.rows[r].at(unit_column)))
            by_unit[*unit].push_back(&list.rows[r]);
    std::vector<std::pair<std::string, WorkbookInput>> files;
    for (const auto& [unit, rows] : by_unit)
    {
        Sheet sheet{"Danh sách", {}};
        for (std::size_t r = 0; r < mapping.first_data_row; ++r)
            sheet.rows.push_back(list.rows[r]);
        for (const Row* row : rows)
            sheet.rows.push_back(*row);
        for (Row& row : sheet.rows)
            if (row.size() > unit_column)
                row.erase(row.begin() + static_cast<std::ptrdiff_t>(unit_column));
        const std::string name = "cdcs-" + std::to_string(files.size() + 1) + ".ods";
        unit_of_file[name] = unit;
        files.push_back({name, WorkbookInput{{sheet, Sheet{"Thông tin", {{Cell("Mục"), Cell("Giá trị")}, {Cell("Tên đơn vị"), Cell(unit)}}}}}});
    }
    return files;
}

// A cell written over in a CĐCS's list (its first data rows), so that every file has problems.
void spoil(std::vector<std::pair<std::string, WorkbookInput>>& files, std::mt19937_64& random)
{
    for (auto& [name, input] : files)
    {
        auto& rows = input.sheets.front().rows;
        if (rows.size() < 3 || random() % 3 == 0)
            continue;
        Row& row = rows[rows.size() - 1 - random() % 2];
        for (Cell& cell : row)
            if (const auto* text = std::get_if<std::string>(&cell); text && text->find('/') != std::string::npos)
            {
                cell = Cell(std::string("ngày 31/2/2023")); // a date that does not exist
                break;
            }
        if (row.size() > 8)
            row[8] = CellError{"#DIV/0!"};
    }
}

TEST(Feedback, EveryFileOfADistrictsOwnListHoldsExactlyItsUnitsRows)
{
    for (const std::uint64_t seed : {7u, 2023u, 31u})
    {
        const Workbook book = read_workbook(generate_sample({300, seed, true}).input);
        const Review review = review_of(book);
        EXPECT_EQ(feedback_check(book, review), "") << "seed " << seed;
        const Feedback feedback = plan_feedback(book, review);
        std::size_t placed = 0;
        for (const auto& unit : feedback.units)
            placed += unit.initiatives.size();
        EXPECT_EQ(placed + feedback.initiatives_without_unit, book.initiatives.size());
    }
}

TEST(Feedback, EveryFileOfTheCdcsOwnWorkbooksHoldsExactlyItsRowsAndProblems)
{
    for (const std::uint64_t seed : {3u, 11u, 2024u})
    {
        std::mt19937_64 random(seed);
        std::map<std::string, std::string> unit_of_file;
        auto files = cdcs_files(generate_sample({260, seed, false}).input, unit_of_file);
        spoil(files, random);
        MergeOptions options;
        options.records = true;
        for (const auto& file : files)
            options.inputs.push_back(file.first);
        WorkbookMerger merger(options);
        for (const auto& [name, input] : files)
            merger.add(name, input);
        MergedWorkbook merged = merger.finish();
        ASSERT_TRUE(merged.refused.empty()) << merged.refused;
        const Workbook book = merged_workbook(merged);
        const Review review = review_of(book);
        EXPECT_EQ(feedback_check(book, review, unit_of_file), "") << "seed " << seed;
        // Each problem is at its place in the CĐCS's own file.
        const Feedback feedback = plan_feedback(book, review);
        std::size_t problems = 0;
        for (const auto& unit : feedback.units)
        {
            const auto sheets = feedback_sheets(book, review, unit, {"LĐLĐ huyện Hòa Thành", "6/12/2026", "13/9/2023", "gop.ods"},
                                                Language::vietnamese);
            for (const auto& row : sheets[2].rows)
            {
                ++problems;
                const auto* file = std::get_if<std::string>(&row[1]);
                ASSERT_TRUE(file);
                EXPECT_EQ(unit_of_file.at(*file), review.unions[unit.unit].name);
            }
        }
        EXPECT_GT(problems, 0u) << "the spoilt cells were found";
    }
}

TEST(Feedback, AMergedWorkbookReadBackPlacesEachRowAtItsSourceRow)
{
    std::mt19937_64 random(5);
    std::map<std::string, std::string> unit_of_file;
    auto files = cdcs_files(generate_sample({200, 5, false}).input, unit_of_file);
    spoil(files, random);
    MergeOptions options;
    for (const auto& file : files)
        options.inputs.push_back(file.first);
    WorkbookMerger merger(options);
    for (const auto& [name, input] : files)
        merger.add(name, input);
    const MergedWorkbook merged = merger.finish();
    const Workbook book = read_workbook(merged_input(merged));
    const Review review = review_of(book);
    EXPECT_EQ(feedback_check(book, review), "");
    // Every row of the merged list knows its source: the CĐCS's file and the row there, which
    // holds the same initiative.
    ASSERT_FALSE(book.initiatives.empty());
    for (const Initiative& item : book.initiatives)
    {
        const SourcePlace place = source_place_of(book, item);
        ASSERT_TRUE(unit_of_file.count(place.file)) << place.file;
        EXPECT_EQ(unit_of_file.at(place.file), item.unit.str());
        const auto& source = std::find_if(files.begin(), files.end(), [&](const auto& f) { return f.first == place.file; })->second;
        ASSERT_LE(place.row, source.sheets.front().rows.size());
        const Row& row = source.sheets.front().rows[place.row - 1];
        EXPECT_TRUE(std::find(row.begin(), row.end(), Cell(item.code)) != row.end()) << place.file << " row " << place.row;
    }
    // A problem found on a merged row is said at the source row, its column by its heading.
    const Feedback feedback = plan_feedback(book, review);
    bool seen = false;
    for (const auto& unit : feedback.units)
    {
        const auto sheets = feedback_sheets(book, review, unit, {}, Language::vietnamese);
        for (const auto& row : sheets[2].rows)
            if (const auto* file = std::get_if<std::string>(&row[1]); file && unit_of_file.count(*file))
            {
                seen = true;
                const auto* column = std::get_if<std::string>(&row[4]);
                EXPECT_TRUE(column && column->size() > 2) << "a heading, not a letter of the merged sheet";
            }
    }
    EXPECT_TRUE(seen);
}

TEST(Feedback, QuotaStandingSaysWhatIsStillNeeded)
{
    UnionResult unit;
    unit.name = "CĐCS Trường THCS An Bình";
    unit.quota = 8;
    unit.counts.valid = 5;
    EXPECT_EQ(quota_standing(unit, Language::vietnamese), "Đã có 5/8 sáng kiến hợp lệ, cần thêm 3.");
    EXPECT_EQ(quota_standing(unit, Language::english), "5 of 8 valid initiatives, 3 more needed.");
    unit.counts.valid = 9;
    EXPECT_EQ(quota_standing(unit, Language::vietnamese), "Đã có 9/8 sáng kiến hợp lệ: đạt chỉ tiêu.");
    unit.quota = 0;
    EXPECT_EQ(quota_standing(unit, Language::vietnamese), "Chưa có chỉ tiêu trong danh sách CĐCS; đã có 9 sáng kiến hợp lệ.");
}

TEST(Feedback, EachFailingInitiativeIsToldWhatItNeeds)
{
    const Criteria criteria;
    Initiative item;
    InitiativeVerdict verdict;
    verdict.reasons = {Reason::no_recognition, Reason::value_document_outside_period};
    const auto needs = initiative_needs(verdict, item, criteria, Language::vietnamese);
    ASSERT_EQ(needs.size(), 2u);
    EXPECT_EQ(needs[0], "bổ sung văn bản công nhận sáng kiến (số và ngày)");
    EXPECT_NE(needs[1].find("01/9/2021"), std::string::npos) << needs[1];
    verdict.qualifies = true;
    EXPECT_TRUE(initiative_needs(verdict, item, criteria, Language::vietnamese).empty());
}

TEST(Feedback, FileNamesAreTonelessAndUnique)
{
    EXPECT_EQ(feedback_file_name("CĐCS Trường THCS An Bình"), "PhanHoi_CDCS-Truong-THCS-An-Binh");
    EXPECT_EQ(feedback_file_name("  Công ty TNHH «Đại Phát» / chi nhánh  "), "PhanHoi_Cong-ty-TNHH-Dai-Phat-chi-nhanh");
    EXPECT_EQ(feedback_file_name("///"), "PhanHoi_don-vi");
}

TEST(Feedback, TheFilesSheetsAreNeverReadAsData)
{
    for (const Language language : {Language::vietnamese, Language::english})
        for (const char* key : {"feedback.sheet.summary", "feedback.sheet.initiatives", "feedback.sheet.problems"})
            EXPECT_TRUE(is_our_output_sheet(text(language, key))) << key;
}

} // namespace
