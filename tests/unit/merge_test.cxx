// Gộp sổ: a generated district split into the CĐCS' own workbooks (some without a unit column,
// one repeating another's initiative, two disagreeing on a quota) and merged back must review
// exactly as the district did; every merged row must point at the source row it came from.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "core/rules/aggregate.hxx"
#include "core/features/merge.hxx"
#include "core/features/sample.hxx"
#include "core/text/format.hxx"
#include "core/text/text.hxx"

using namespace sangkien::core;

namespace {

Cell T(const std::string& text) { return Cell(text); }

struct Split
{
    struct Source
    {
        std::string file;
        WorkbookInput input;
    };
    std::vector<Source> sources;
    std::vector<std::string> units; // per source
};

const Sheet& sheet_named(const WorkbookInput& input, const std::string& name)
{
    return *std::find_if(input.sheets.begin(), input.sheets.end(), [&](const Sheet& s) { return s.name == name; });
}

Row without(Row row, std::size_t column)
{
    if (column < row.size())
        row.erase(row.begin() + static_cast<std::ptrdiff_t>(column));
    return row;
}

// One workbook per CĐCS: its initiatives, its CĐCS row, its proposed people. Sources 1, 4, 7…
// have no unit column and say their unit in Thông tin; source 2 has no unit column and no
// Thông tin (its unit is its file name).
Split split_district(const WorkbookInput& district)
{
    const Workbook book = read_workbook(district);
    const ColumnMapping& list = book.mappings.at(SheetKind::initiatives);
    const std::size_t unit_column = list.columns.at(Field::unit);
    const Sheet& initiatives = sheet_named(district, book.sheet_names.at(SheetKind::initiatives));
    const Sheet& unions = sheet_named(district, book.sheet_names.at(SheetKind::unions));
    const Sheet& people = sheet_named(district, book.sheet_names.at(SheetKind::people));
    const std::size_t union_name = book.mappings.at(SheetKind::unions).columns.at(Field::union_name);
    const std::size_t person_unit = book.mappings.at(SheetKind::people).columns.at(Field::person_unit);

    Split split;
    std::map<std::string, std::size_t> by_key;
    const auto source_of = [&](const std::string& unit) {
        const std::string key = matching_key(unit, {true, true});
        const auto [it, inserted] = by_key.try_emplace(key, split.sources.size());
        if (inserted)
        {
            const std::size_t k = split.sources.size();
            const bool no_unit_column = k % 3 == 1 || k == 2;
            const std::string file = k == 2 ? unit + ".xlsx" : "cdcs-" + std::to_string(k) + (k % 2 ? ".xlsx" : ".ods");
            Split::Source source{file, {}};
            Sheet list_sheet{"Sáng kiến", {}};
            for (std::size_t r = 0; r <= list.heading_row; ++r)
                list_sheet.rows.push_back(no_unit_column ? without(initiatives.rows[r], unit_column) : initiatives.rows[r]);
            source.input.sheets.push_back(std::move(list_sheet));
            source.input.sheets.push_back(Sheet{"Công đoàn cơ sở", {unions.rows.front()}});
            source.input.sheets.push_back(Sheet{"Cá nhân đề xuất", {people.rows.front()}});
            if (k % 3 == 1)
                source.input.sheets.push_back(Sheet{"Thông tin", {{T("Mục"), T("Giá trị")}, {T("Tên đơn vị"), T(unit)},
                                                                  {T("Cấp báo cáo"), T("CĐCS")}}});
            split.sources.push_back(std::move(source));
            split.units.push_back(unit);
        }
        return it->second;
    };
    for (std::size_t r = list.first_data_row; r < initiatives.rows.size(); ++r)
    {
        const Row& row = initiatives.rows[r];
        if (unit_column >= row.size() || !std::holds_alternative<std::string>(row[unit_column]))
            continue;
        const std::size_t k = source_of(std::get<std::string>(row[unit_column]));
        const bool no_unit_column = k % 3 == 1 || k == 2;
        split.sources[k].input.sheets[0].rows.push_back(no_unit_column ? without(row, unit_column) : row);
    }
    for (std::size_t r = 1; r < unions.rows.size(); ++r)
    {
        const Row& row = unions.rows[r];
        if (union_name >= row.size() || !std::holds_alternative<std::string>(row[union_name]))
            continue;
        const auto it = by_key.find(matching_key(std::get<std::string>(row[union_name]), {true, true}));
        split.sources[it == by_key.end() ? 0 : it->second].input.sheets[1].rows.push_back(row);
    }
    for (std::size_t r = 1; r < people.rows.size(); ++r)
    {
        const Row& row = people.rows[r];
        const auto it = person_unit < row.size() && std::holds_alternative<std::string>(row[person_unit])
                            ? by_key.find(matching_key(std::get<std::string>(row[person_unit]), {true, true}))
                            : by_key.end();
        split.sources[it == by_key.end() ? 0 : it->second].input.sheets[2].rows.push_back(row);
    }
    return split;
}

struct Outcome
{
    Workbook book;
    Review review;
    Summary summary;
};

Outcome review_of(const WorkbookInput& input, const Criteria& criteria)
{
    Outcome out{read_workbook(input), {}, {}};
    out.review = review_workbook(out.book, criteria);
    out.summary = summarise(out.book, out.review);
    return out;
}

void expect_same_figures(const Outcome& expected, const Outcome& actual)
{
    EXPECT_EQ(expected.summary.total.updated, actual.summary.total.updated);
    EXPECT_EQ(expected.summary.total.valid, actual.summary.total.valid);
    EXPECT_EQ(expected.summary.total.pending, actual.summary.total.pending);
    EXPECT_EQ(expected.summary.total.rejected, actual.summary.total.rejected);
    EXPECT_EQ(expected.summary.total.value, actual.summary.total.value);
    EXPECT_EQ(expected.summary.qualifying_initiatives, actual.summary.qualifying_initiatives);
    EXPECT_EQ(expected.summary.qualifying_people, actual.summary.qualifying_people);
    EXPECT_EQ(expected.review.ranking.size(), actual.review.ranking.size());
}

// The verdict per initiative code (the code is unique in the sample).
std::map<std::string, std::pair<bool, bool>> verdicts_by_code(const Outcome& outcome)
{
    std::map<std::string, std::pair<bool, bool>> out;
    for (std::size_t i = 0; i < outcome.book.initiatives.size(); ++i)
        if (!outcome.review.verdicts[i].duplicate)
            out[outcome.book.initiatives[i].code] = {outcome.review.verdicts[i].valid, outcome.review.verdicts[i].qualifies};
    return out;
}

std::map<std::string, std::tuple<int, int, bool>> units_by_key(const Outcome& outcome)
{
    std::map<std::string, std::tuple<int, int, bool>> out;
    for (const auto& unit : outcome.review.unions)
        out[unit.key] = {unit.quota, unit.counts.valid, unit.qualifies};
    return out;
}

MergedWorkbook merge(const Split& split, MergeOptions options = {})
{
    WorkbookMerger merger(std::move(options));
    for (const auto& source : split.sources)
        merger.add(source.file, source.input);
    return merger.finish();
}

const ResultSheet& merged_sheet(const MergedWorkbook& merged, const std::string& name)
{
    return *std::find_if(merged.sheets.begin(), merged.sheets.end(), [&](const ResultSheet& s) { return s.name == name; });
}

std::size_t column_named(const ResultSheet& sheet, const std::string& heading)
{
    for (std::size_t c = 0; c < sheet.columns.size(); ++c)
        if (sheet.columns[c].heading == heading)
            return c;
    ADD_FAILURE() << "no column " << heading;
    return 0;
}

bool has_problem(const MergedWorkbook& merged, const std::string& fragment)
{
    const ResultSheet& problems = merged.sheets.back();
    const std::size_t message = column_named(problems, "Nội dung lỗi");
    return std::any_of(problems.rows.begin(), problems.rows.end(), [&](const Row& row) {
        return std::get<std::string>(row[message]).find(fragment) != std::string::npos;
    });
}

class MergeTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        district = new WorkbookInput(generate_sample({800, 11, false}).input);
        split = new Split(split_district(*district));
    }
    static void TearDownTestSuite()
    {
        delete district;
        delete split;
    }
    static WorkbookInput* district;
    static Split* split;
    const Criteria criteria{};
};

WorkbookInput* MergeTest::district = nullptr;
Split* MergeTest::split = nullptr;

TEST_F(MergeTest, TheDistrictSplitIntoItsUnitsMergesBackToTheSameReview)
{
    ASSERT_GT(split->sources.size(), 5u);
    const MergedWorkbook merged = merge(*split);
    EXPECT_EQ(merged.sources.size(), split->sources.size());
    EXPECT_EQ(merged.duplicates, 0u);
    EXPECT_EQ(merged.quota_conflicts, 0u);
    EXPECT_EQ(merged.sources_without_list, 0u);

    const Outcome original = review_of(*district, criteria);
    const Outcome back = review_of(merged_input(merged), criteria);
    EXPECT_EQ(back.book.initiatives.size(), original.book.initiatives.size());
    expect_same_figures(original, back);
    EXPECT_EQ(verdicts_by_code(original), verdicts_by_code(back));
    EXPECT_EQ(units_by_key(original), units_by_key(back));
    EXPECT_EQ(back.book.unions.size(), original.book.unions.size());
    EXPECT_EQ(back.book.people.size(), original.book.people.size());
    // The provenance columns are ours: never read as data, never reported as unknown.
    EXPECT_TRUE(std::none_of(back.book.issues.begin(), back.book.issues.end(),
                             [](const Issue& issue) { return issue.key == "column.unmapped"; }));
}

// The review of several workbooks without a merged list: the records as each source's reader
// read them. The same figures and verdicts as the merged list read back; every record and
// problem at its own file, sheet and row.
TEST_F(MergeTest, SeveralWorkbooksAreReviewedFromTheirRecordsAsTheMergedListIs)
{
    Split changed = *split;
    changed.sources[3].input.sheets[0].rows.push_back(changed.sources[0].input.sheets[0].rows.back()); // a repeat
    changed.sources[2].input.sheets[0].rows[1][7] = T("#DIV/0!");                                      // an error value
    MergeOptions options;
    options.records = true;
    MergedWorkbook merged_records = merge(changed, options);
    const MergedWorkbook merged_rows = merge(changed);
    EXPECT_EQ(merge_summary_text(merged_records, Language::vietnamese), merge_summary_text(merged_rows, Language::vietnamese));
    EXPECT_TRUE(merged_sheet(merged_records, "Sáng kiến").rows.empty()); // no list is made

    const Outcome back = review_of(merged_input(merged_rows), criteria);
    Outcome records{merged_workbook(merged_records), {}, {}};
    records.review = review_workbook(records.book, criteria);
    records.summary = summarise(records.book, records.review);
    ASSERT_EQ(records.book.initiatives.size(), back.book.initiatives.size());
    expect_same_figures(back, records);
    EXPECT_EQ(records.summary.total.uncertain, back.summary.total.uncertain);
    EXPECT_EQ(records.summary.units_needing_check, back.summary.units_needing_check);
    EXPECT_EQ(verdicts_by_code(back), verdicts_by_code(records));
    EXPECT_EQ(units_by_key(back), units_by_key(records));
    EXPECT_EQ(records.book.duplicates, back.book.duplicates);
    EXPECT_EQ(records.book.people.size(), back.book.people.size());
    EXPECT_EQ(records.book.settings, back.book.settings);

    // Each record where its source has it.
    const auto& first = records.book.initiatives.front();
    EXPECT_EQ(first.sheet.str(), changed.sources[0].file + " › Sáng kiến");
    EXPECT_EQ(first.row, 2u);
    const auto repeat = std::find_if(records.book.initiatives.begin(), records.book.initiatives.end(),
                                     [](const Initiative& item) { return item.duplicate_of != 0; });
    ASSERT_NE(repeat, records.book.initiatives.end());
    EXPECT_EQ(repeat->sheet.str(), changed.sources[3].file + " › Sáng kiến");
    EXPECT_EQ(repeat->duplicate_of_sheet.str(), changed.sources[0].file + " › Sáng kiến");
    EXPECT_EQ(repeat->duplicate_of, changed.sources[0].input.sheets[0].rows.size());
    // The error value is an issue at its own cell of its own file, and so is the repeat.
    const auto issue_at = [&](const std::string& sheet, std::size_t row) {
        return std::any_of(records.book.issues.begin(), records.book.issues.end(),
                           [&](const Issue& issue) { return issue.sheet == sheet && issue.row == row && issue.is_error; });
    };
    EXPECT_TRUE(issue_at(changed.sources[2].file + " › Sáng kiến", 2));
    EXPECT_TRUE(issue_at(changed.sources[3].file + " › Sáng kiến", repeat->row));
    EXPECT_TRUE(std::none_of(records.book.issues.begin(), records.book.issues.end(),
                             [](const Issue& issue) { return issue.sheet.find(" › ") == std::string::npos && issue.row != 0; }));
}

TEST_F(MergeTest, AListLongerThanASheetGoesOnOverSheetsReadBackAsOneList)
{
    MergeOptions options;
    options.rows_per_sheet = 300; // as Calc's 1,048,575 rows, on a district of 800
    const MergedWorkbook merged = merge(*split, options);
    EXPECT_EQ(merged.list_sheets, (std::vector<std::string>{"Sáng kiến", "Sáng kiến (2)", "Sáng kiến (3)"}));
    EXPECT_EQ(merged_sheet(merged, "Sáng kiến").rows.size(), 300u);
    EXPECT_EQ(merged_sheet(merged, "Sáng kiến (3)").rows.size(), merged.initiatives - 600);
    EXPECT_EQ(merged_sheet(merged, "Sáng kiến (2)").columns.size(), merged_sheet(merged, "Sáng kiến").columns.size());
    EXPECT_NE(merge_summary_text(merged, Language::vietnamese).find("chia sang 3 trang"), std::string::npos);

    const Outcome whole = review_of(merged_input(merge(*split)), criteria);
    const Outcome parts = review_of(merged_input(merged), criteria);
    EXPECT_EQ(parts.book.list_continued_on, (std::vector<std::string>{"Sáng kiến (2)", "Sáng kiến (3)"}));
    ASSERT_EQ(parts.book.initiatives.size(), whole.book.initiatives.size());
    expect_same_figures(whole, parts);
    EXPECT_EQ(verdicts_by_code(whole), verdicts_by_code(parts));
    // Each record knows its sheet and row there; STT runs on over the parts.
    const Initiative& on_third = parts.book.initiatives[650];
    EXPECT_EQ(on_third.sheet, "Sáng kiến (3)");
    EXPECT_EQ(on_third.row, 650u - 600u + 2u);
    EXPECT_TRUE(parts.book.initiatives[10].sheet.empty());
    EXPECT_EQ(std::get<double>(merged_sheet(merged, "Sáng kiến (3)").rows.front().front()), 601.0);
    EXPECT_TRUE(std::none_of(parts.book.issues.begin(), parts.book.issues.end(),
                             [](const Issue& issue) { return issue.is_error && issue.key.rfind("sheet.", 0) == 0; }));
}

TEST_F(MergeTest, PartsStayTheListsWithoutAPeopleSheetAndWithTheUsersColumnCorrections)
{
    MergeOptions options;
    options.rows_per_sheet = 300;
    WorkbookInput input = merged_input(merge(*split, options));
    // No people sheet: a part's headings must not make it one.
    std::erase_if(input.sheets, [](const Sheet& sheet) { return sheet.name == "Cá nhân đề xuất"; });
    const Workbook book = read_workbook(input);
    EXPECT_EQ(book.list_continued_on.size(), 2u);
    EXPECT_EQ(book.initiatives.size(), read_workbook(merged_input(merge(*split))).initiatives.size());
    EXPECT_FALSE(book.sheet_names.count(SheetKind::people) && book.sheet_names.at(SheetKind::people).rfind("Sáng kiến", 0) == 0);
    // A column the user corrected on the list applies to its parts too.
    const MappingOverrides overrides{{SheetKind::initiatives, {{Field::note, static_cast<std::size_t>(-1)}}}};
    const Workbook corrected = read_workbook(input, overrides);
    EXPECT_EQ(corrected.list_continued_on.size(), 2u);
    EXPECT_EQ(corrected.initiatives.size(), book.initiatives.size());
    EXPECT_TRUE(std::none_of(corrected.issues.begin(), corrected.issues.end(),
                             [](const Issue& issue) { return issue.key == "sheet.continuation_columns"; }));
}

TEST(Merge, ARepeatOnAnotherPartOfTheListNamesItsSheet)
{
    const WorkbookInput sample = generate_sample({40, 5, false}).input;
    WorkbookInput input = sample;
    Sheet& list = input.sheets.front();
    Sheet second{list_part_name(list.name, 2), {list.rows.front()}};
    second.rows.insert(second.rows.end(), list.rows.begin() + 21, list.rows.end());
    list.rows.resize(21);
    second.rows.push_back(list.rows[3]); // the code of the list's row 4, again on the second sheet
    input.sheets.insert(input.sheets.begin() + 1, second);
    const Workbook book = read_workbook(input);
    ASSERT_EQ(book.initiatives.size(), 41u);
    EXPECT_EQ(book.duplicates, 1u);
    const Initiative& repeat = book.initiatives.back();
    EXPECT_EQ(repeat.sheet, second.name);
    EXPECT_EQ(repeat.duplicate_of, 4u);
    EXPECT_TRUE(repeat.duplicate_of_sheet.empty());
    const auto issue = std::find_if(book.issues.begin(), book.issues.end(),
                                    [](const Issue& i) { return i.key == "row.duplicate_code"; });
    ASSERT_NE(issue, book.issues.end());
    EXPECT_EQ(issue->sheet, second.name);
    EXPECT_EQ(issue->row, second.rows.size());

    // A sheet named as a part but with other columns is said so, not read.
    WorkbookInput other = sample;
    other.sheets.insert(other.sheets.begin() + 1, Sheet{list_part_name(other.sheets.front().name, 2),
                                                       {{Cell(std::string("Họ tên")), Cell(std::string("Ghi chú"))}}});
    const Workbook mismatched = read_workbook(other);
    EXPECT_EQ(mismatched.initiatives.size(), 40u);
    EXPECT_TRUE(std::any_of(mismatched.issues.begin(), mismatched.issues.end(),
                            [](const Issue& i) { return i.key == "sheet.continuation_columns"; }));
}

TEST_F(MergeTest, EveryRowPointsAtTheSourceRowItCameFrom)
{
    const MergedWorkbook merged = merge(*split);
    const ResultSheet& list = merged_sheet(merged, "Sáng kiến");
    const std::size_t file = column_named(list, "Tệp nguồn"), sheet = column_named(list, "Trang nguồn"),
                      row = column_named(list, "Dòng nguồn"), code = column_named(list, "Mã sáng kiến");
    std::map<std::string, const WorkbookInput*> inputs;
    for (const auto& source : split->sources)
        inputs[source.file] = &source.input;
    ASSERT_FALSE(list.rows.empty());
    for (const Row& merged_row : list.rows)
    {
        const WorkbookInput& input = *inputs.at(std::get<std::string>(merged_row[file]));
        const Sheet& source_sheet = sheet_named(input, std::get<std::string>(merged_row[sheet]));
        const auto source_row = static_cast<std::size_t>(std::get<double>(merged_row[row]));
        ASSERT_LE(source_row, source_sheet.rows.size());
        // The code sits in the source's second column in every split workbook.
        EXPECT_EQ(source_sheet.rows[source_row - 1][1], merged_row[code]);
    }
}

TEST_F(MergeTest, AListWithoutUnitColumnTakesItsUnitFromThongTinElseTheFileName)
{
    const MergedWorkbook merged = merge(*split);
    EXPECT_EQ(merged.sources[1].unit_given, split->units[1]); // from its Thông tin
    EXPECT_EQ(merged.sources[2].unit_given, split->units[2]); // from its file name
    EXPECT_EQ(merged.sources[0].unit_given, "");
    EXPECT_TRUE(has_problem(merged, "theo trang Thông tin của tệp"));
    EXPECT_TRUE(has_problem(merged, "theo tên tệp"));
}

TEST_F(MergeTest, ARepeatAcrossFilesIsReportedWithBothPlacesAndCountedOnce)
{
    Split changed = *split;
    // Source 3 repeats the first initiative of source 0 (the same code).
    Row repeated = changed.sources[0].input.sheets[0].rows.back();
    changed.sources[3].input.sheets[0].rows.push_back(repeated);
    const MergedWorkbook merged = merge(changed);
    EXPECT_EQ(merged.duplicates, 1u);
    EXPECT_TRUE(has_problem(merged, "cùng mã với sáng kiến ở tệp " + changed.sources[0].file + ", trang Sáng kiến, dòng "
                                        + std::to_string(changed.sources[0].input.sheets[0].rows.size())));
    const Outcome original = review_of(*district, criteria);
    const Outcome back = review_of(merged_input(merged), criteria);
    EXPECT_EQ(back.book.initiatives.size(), original.book.initiatives.size() + 1);
    expect_same_figures(original, back);
    EXPECT_NE(merge_summary_text(merged, Language::vietnamese).find("1 sáng kiến trùng"), std::string::npos);
}

TEST_F(MergeTest, TwoQuotasForOneUnionAreReportedNeverGuessed)
{
    Split changed = *split;
    // Source 4 also lists source 3's CĐCS, with another quota.
    const Sheet& unions3 = changed.sources[3].input.sheets[1];
    ASSERT_GE(unions3.rows.size(), 2u);
    Row other = unions3.rows[1];
    const Workbook book = read_workbook(changed.sources[3].input);
    const std::size_t quota = 4; // "Chỉ tiêu giai đoạn 1" in the sample (the phases add up)
    other[quota] = Cell(std::get<double>(other[quota]) + 7);
    changed.sources[4].input.sheets[1].rows.push_back(other);

    const MergedWorkbook merged = merge(changed);
    EXPECT_EQ(merged.quota_conflicts, 1u);
    EXPECT_TRUE(has_problem(merged, "có chỉ tiêu khác nhau giữa các tệp"));
    const Outcome back = review_of(merged_input(merged), criteria);
    EXPECT_EQ(back.summary.units_needing_check, 1);
    const auto unit = std::find_if(back.review.unions.begin(), back.review.unions.end(),
                                   [&](const UnionResult& u) { return u.key == book.unions.front().key; });
    ASSERT_NE(unit, back.review.unions.end());
    EXPECT_TRUE(unit->needs_check);
    EXPECT_FALSE(unit->qualifies);
}

TEST(Merge, ThongTinComesFromTheSettingsOrTheChosenSource)
{
    const WorkbookInput a{{Sheet{"Sáng kiến", {{T("Tên sáng kiến"), T("Tác giả"), T("Đơn vị")}, {T("A"), T("An"), T("X")}}},
                           Sheet{"Thông tin", {{T("Mục"), T("Giá trị")}, {T("Tên đơn vị"), T("CĐCS X")}}}}};
    const WorkbookInput b{{Sheet{"Sáng kiến", {{T("Tên sáng kiến"), T("Tác giả"), T("Đơn vị")}, {T("B"), T("Bình"), T("Y")}}},
                           Sheet{"Thông tin", {{T("Mục"), T("Giá trị")}, {T("Tên đơn vị"), T("CĐCS Y")}}}}};
    UserOptions options;
    options.unit_name = "LIÊN ĐOÀN LAO ĐỘNG HUYỆN DƯƠNG MINH CHÂU";
    {
        WorkbookMerger merger({Language::vietnamese, std::nullopt, settings_rows(options, "LĐLĐ huyện"), std::nullopt});
        merger.add("a.ods", a);
        merger.add("b.ods", b);
        const Workbook book = read_workbook(merged_input(merger.finish()));
        EXPECT_EQ(book.settings.at("ten don vi"), options.unit_name);
        EXPECT_EQ(book.settings.at("cap bao cao"), "LĐLĐ huyện");
        EXPECT_EQ(book.initiatives.size(), 2u);
    }
    {
        WorkbookMerger merger({Language::vietnamese, std::string("b.ods"), settings_rows(options, "LĐLĐ huyện"), std::nullopt});
        merger.add("a.ods", a);
        merger.add("b.ods", b);
        const MergedWorkbook merged = merger.finish();
        EXPECT_EQ(read_workbook(merged_input(merged)).settings.at("ten don vi"), "CĐCS Y");
        EXPECT_TRUE(has_problem(merged, "Trang Thông tin lấy từ tệp b.ods"));
    }
}

TEST(Merge, ASourceWithoutListAndTheSourcesProblemsAreCarriedWithTheirFile)
{
    const WorkbookInput list{{Sheet{"Sáng kiến",
                                    {{T("Tên sáng kiến"), T("Tác giả"), T("Đơn vị"), T("Giá trị làm lợi")},
                                     {T("A"), T("An"), T("X"), Cell(CellError{"#DIV/0!"})}}}}};
    const WorkbookInput letter{{Sheet{"Thư", {{T("Kính gửi Liên đoàn Lao động huyện")}}}}};
    WorkbookMerger merger({Language::vietnamese, std::nullopt, {}, std::nullopt});
    merger.add("x.xlsx", list);
    merger.add("thu.ods", letter);
    const MergedWorkbook merged = merger.finish();
    EXPECT_EQ(merged.sources_without_list, 1u);
    EXPECT_TRUE(has_problem(merged, "Tệp thu.ods không có danh sách sáng kiến"));
    const ResultSheet& problems = merged.sheets.back();
    const auto error = std::find_if(problems.rows.begin(), problems.rows.end(),
                                    [](const Row& row) { return row[4] == Cell(std::string("#DIV/0!")); });
    ASSERT_NE(error, problems.rows.end());
    EXPECT_EQ((*error)[0], Cell(std::string("x.xlsx")));
    EXPECT_EQ((*error)[1], Cell(std::string("Sáng kiến")));
    EXPECT_EQ((*error)[2], Cell(2.0));
    EXPECT_EQ((*error)[3], Cell(std::string("D")));
    // The error stays visible in the merged list: the review of the merge reports it again.
    const Workbook back = read_workbook(merged_input(merged));
    ASSERT_EQ(back.initiatives.size(), 1u);
    EXPECT_TRUE(std::any_of(back.issues.begin(), back.issues.end(), [](const Issue& issue) { return issue.is_error && issue.value == "#DIV/0!"; }));
    EXPECT_NE(merge_summary_text(merged, Language::english).find("1 file holds no list"), std::string::npos);
    // The message counts what the sheet holds, errors and notes (it used to say "1 lỗi dữ liệu"
    // above a sheet of a hundred rows).
    std::size_t errors = 0;
    for (const Row& row : problems.rows)
        errors += row.back() == Cell(std::string(text(Language::vietnamese, "result.level.error")));
    EXPECT_NE(merge_summary_text(merged, Language::vietnamese)
                  .find(format(Language::vietnamese, "merge.summary.errors",
                               {std::to_string(problems.rows.size()), std::to_string(errors),
                                std::to_string(problems.rows.size() - errors)})),
              std::string::npos)
        << merge_summary_text(merged, Language::vietnamese);
}

} // namespace

namespace {

TEST(Merge, SourcesAreNamedByFileAndByFolderWhereNamesRepeat)
{
    EXPECT_EQ(source_names({"/a/xa-1/So sang kien.xlsx", "/a/xa-2/So sang kien.xlsx", "/a/cdcs-3.ods"}),
              (std::vector<std::string>{"xa-1/So sang kien.xlsx", "xa-2/So sang kien.xlsx", "cdcs-3.ods"}));
    EXPECT_TRUE(is_workbook_file("/x/A.XLSX"));
    EXPECT_TRUE(is_workbook_file("b.fods"));
    EXPECT_FALSE(is_workbook_file(".~lock.a.ods#"));
    EXPECT_FALSE(is_workbook_file("~$a.xlsx"));
    EXPECT_FALSE(is_workbook_file("a.csv"));
    EXPECT_FALSE(is_workbook_file("a.odt"));
    EXPECT_TRUE(is_workbook_file("macros.XLSM"));
    EXPECT_EQ(calc_filter_for("gop.ods"), "calc8");
    EXPECT_EQ(calc_filter_for("gop.XLSX"), "Calc MS Excel 2007 XML");
    EXPECT_EQ(calc_filter_for("gop.pdf"), "");
}

// What the file picker's label and the messages say the merge reads is what it reads (walk 27:
// the label left out .xlsm, which the filter accepted).
TEST(Merge, TheLabelsNameEveryWorkbookExtension)
{
    for (const std::string_view extension : kWorkbookExtensions)
    {
        EXPECT_TRUE(is_workbook_file("a" + std::string(extension)));
        for (const Language language : {Language::vietnamese, Language::english})
            for (const char* key : {"merge.dialog.filter", "merge.dialog.folder_empty", "merge.tip.files", "cli.merge.empty_folder"})
            {
                const std::string said = format(language, key, {"X"});
                EXPECT_TRUE(said.find(std::string(extension) + ",") != std::string::npos
                            || said.find(std::string(extension) + ")") != std::string::npos)
                    << key << " leaves out " << extension;
            }
    }
}

} // namespace

namespace {

TEST(Merge, ErrorValuesPastedAsTextAreErrorsNotData)
{
    for (const char* text : {"#DIV/0!", "#N/A", " #REF! ", "Err:502", "Lỗi:504", "#VALUE!"})
        EXPECT_TRUE(is_error_value_text(text)) << text;
    for (const char* text : {"#", "N/A", "Err:", "Lỗi: do nhập sai", "#1", "Không có"})
        EXPECT_FALSE(is_error_value_text(text)) << text;
    const WorkbookInput list{{Sheet{"Sáng kiến",
                                    {{T("Tên sáng kiến"), T("Tác giả"), T("Đơn vị"), T("Trạng thái")},
                                     {T("A"), T("An"), T("X"), T("#N/A")}}}}};
    const Workbook book = read_workbook(list);
    ASSERT_EQ(book.initiatives.size(), 1u);
    ASSERT_EQ(book.initiatives[0].unreadable.size(), 1u);
    EXPECT_EQ(book.initiatives[0].unreadable[0].shown, "#N/A");
}

} // namespace

#include "core/documents/document_data.hxx"

namespace {

// A district's own workbook: its CĐCS' initiatives (valid or not) and its Thông tin.
WorkbookInput district_workbook(const std::string& district, std::optional<int> quota,
                                const std::vector<std::tuple<std::string, std::string, bool>>& initiatives)
{
    Sheet list{"Sáng kiến", {{T("STT"), T("Mã sáng kiến"), T("Tên sáng kiến"), T("Tác giả"), T("CĐCS"), T("Trạng thái"),
                               T("Ngày cập nhật"), T("Giá trị làm lợi (đồng)"), T("Văn bản công nhận sáng kiến"),
                               T("Văn bản công nhận giá trị làm lợi")}}};
    double n = 0;
    for (const auto& [code, unit, valid] : initiatives)
        list.rows.push_back({Cell(++n), T(code), T("Giải pháp " + code), T("Tác giả " + code), T(unit),
                             T(valid ? "Hợp lệ" : "Chờ duyệt"), T("15/3/2023"), Cell(600'000'000.0),
                             T("Số " + std::to_string(static_cast<int>(n)) + "/QĐ-LĐLĐ ngày 20/3/2023"),
                             T("Số " + std::to_string(static_cast<int>(n)) + "/QĐ-GĐ ngày 25/3/2023")});
    Sheet settings{"Thông tin", {{T("Mục"), T("Giá trị")}, {T("Cấp báo cáo"), T("LĐLĐ huyện")}, {T("Tên đơn vị"), T(district)}}};
    if (quota)
        settings.rows.push_back({T("Chỉ tiêu"), Cell(static_cast<double>(*quota))});
    Sheet unions{"Công đoàn cơ sở", {{T("Tên CĐCS"), T("Chỉ tiêu")}}};
    for (const auto& [code, unit, valid] : initiatives)
        unions.rows.push_back({T(unit), Cell(1.0)});
    return WorkbookInput{{list, unions, settings}};
}

TEST(Merge, DistrictWorkbooksMergeIntoAProvinceWhoseUnitsAreTheDistricts)
{
    WorkbookMerger merger({Language::vietnamese, std::nullopt, settings_rows(UserOptions{}, "LĐLĐ huyện"), std::nullopt});
    merger.add("duong-minh-chau.xlsx", district_workbook("LĐLĐ huyện Dương Minh Châu", 3,
                                                         {{"A1", "CĐCS Trường THCS Chà Là", true},
                                                          {"A2", "CĐCS Trường THCS Chà Là", true},
                                                          {"A3", "CĐCS UBND xã Phước Minh", true}}));
    merger.add("tan-bien.ods", district_workbook("LĐLĐ huyện Tân Biên", 5, {{"B1", "CĐCS Công ty Minh Phát", true},
                                                                             {"B2", "CĐCS Công ty Minh Phát", false}}));
    merger.add("cd-nganh-y-te.xls", district_workbook("Công đoàn ngành Y tế", std::nullopt, {{"C1", "CĐCS Bệnh viện tỉnh", true}}));
    const MergedWorkbook merged = merger.finish();
    EXPECT_EQ(merged.level, ReportLevel::province);
    EXPECT_EQ(merged.unions, 3u);
    EXPECT_TRUE(has_problem(merged, "không ghi Chỉ tiêu của \"Công đoàn ngành Y tế\""));
    EXPECT_NE(merge_summary_text(merged, Language::vietnamese).find("thành sổ cấp tỉnh: 6 sáng kiến, 3 đơn vị trực thuộc"), std::string::npos);

    const Workbook book = read_workbook(merged_input(merged));
    EXPECT_EQ(report_level_of(book), ReportLevel::province);
    ASSERT_EQ(book.initiatives.size(), 6u);
    EXPECT_EQ(book.initiatives[0].unit, "LĐLĐ huyện Dương Minh Châu");
    EXPECT_EQ(book.initiatives[0].grassroots_unit, "CĐCS Trường THCS Chà Là");
    EXPECT_EQ(book.initiatives[5].unit, "Công đoàn ngành Y tế");
    EXPECT_EQ(book.sheet_names.at(SheetKind::unions), "Đơn vị trực thuộc");

    const Review review = review_workbook(book, Criteria{});
    const Summary summary = summarise(book, review);
    std::map<std::string, std::tuple<int, int, bool>> units;
    for (const auto& unit : review.unions)
        units[unit.name] = {unit.quota, unit.counts.valid, unit.qualifies};
    EXPECT_EQ(units["LĐLĐ huyện Dương Minh Châu"], std::make_tuple(3, 3, true));
    EXPECT_EQ(units["LĐLĐ huyện Tân Biên"], std::make_tuple(5, 1, false));
    EXPECT_EQ(units["Công đoàn ngành Y tế"], std::make_tuple(0, 1, false));
    EXPECT_TRUE(review.units_not_in_list.empty());

    // The documents speak of the province's units.
    const FillData data = document_data(book, review, summary, document_settings(book, UserOptions{}), Date{2023, 9, 5},
                                        Language::vietnamese);
    EXPECT_TRUE(data.conditions.at("cap_tinh"));
    EXPECT_TRUE(data.conditions.at("cap_huyen"));
    EXPECT_EQ(std::get<std::string>(data.fields.at("cap_duoi").value), "LĐLĐ huyện, công đoàn ngành");
    ASSERT_EQ(data.lists.at("cdcs").size(), 3u);

    // The people, grouped by district in the units' order under numbered headings; each names
    // their own CĐCS.
    const auto& people = data.lists.at("ca_nhan");
    ASSERT_EQ(people.size(), 5u); // the authors of the five valid initiatives
    ASSERT_TRUE(data.groups.count("ca_nhan"));
    const auto& groups = data.groups.at("ca_nhan");
    ASSERT_EQ(groups.size(), 3u);
    EXPECT_EQ(groups.front().before, 0u);
    for (std::size_t g = 0; g < groups.size(); ++g)
    {
        EXPECT_EQ(groups[g].heading.rfind(std::to_string(g + 1) + ". ", 0), 0u) << groups[g].heading;
        const std::size_t end = g + 1 < groups.size() ? groups[g + 1].before : people.size();
        ASSERT_LT(groups[g].before, end);
        for (std::size_t i = groups[g].before; i < end; ++i)
        {
            EXPECT_EQ(groups[g].heading.substr(groups[g].heading.find(". ") + 2), std::get<std::string>(people[i].at("nhom").value));
            EXPECT_EQ(std::get<std::string>(people[i].at("don_vi").value).rfind("CĐCS ", 0), 0u);
        }
    }
    // Reviewed from the records, the province's figures are the same.
    {
        WorkbookMerger by_records({Language::vietnamese, std::nullopt, settings_rows(UserOptions{}, "LĐLĐ huyện"), std::nullopt,
                                   kSheetRowLimit - 1, true});
        by_records.add("duong-minh-chau.xlsx", district_workbook("LĐLĐ huyện Dương Minh Châu", 3,
                                                                 {{"A1", "CĐCS Trường THCS Chà Là", true},
                                                                  {"A2", "CĐCS Trường THCS Chà Là", true},
                                                                  {"A3", "CĐCS UBND xã Phước Minh", true}}));
        by_records.add("tan-bien.ods", source_of(district_workbook("LĐLĐ huyện Tân Biên", 5, {{"B1", "CĐCS Công ty Minh Phát", true},
                                                                                            {"B2", "CĐCS Công ty Minh Phát", false}})));
        by_records.add("cd-nganh-y-te.xls", district_workbook("Công đoàn ngành Y tế", std::nullopt, {{"C1", "CĐCS Bệnh viện tỉnh", true}}));
        MergedWorkbook records = by_records.finish();
        const Workbook from_records = merged_workbook(records);
        EXPECT_EQ(report_level_of(from_records), ReportLevel::province);
        ASSERT_EQ(from_records.initiatives.size(), 6u);
        EXPECT_EQ(from_records.initiatives[0].grassroots_unit, "CĐCS Trường THCS Chà Là");
        const Review records_review = review_workbook(from_records, Criteria{});
        std::map<std::string, std::tuple<int, int, bool>> record_units;
        for (const auto& unit : records_review.unions)
            record_units[unit.name] = {unit.quota, unit.counts.valid, unit.qualifies};
        EXPECT_EQ(record_units, units);
        const FillData records_data = document_data(from_records, records_review, summarise(from_records, records_review),
                                                    document_settings(from_records, UserOptions{}), Date{2023, 9, 5},
                                                    Language::vietnamese);
        EXPECT_EQ(records_data.lists.at("ca_nhan").size(), people.size());
        EXPECT_EQ(records_data.groups.at("ca_nhan").size(), groups.size());
    }

    // A district's lists have no groups.
    const Workbook district = read_workbook(district_workbook("LĐLĐ huyện Tân Biên", 5, {{"B1", "CĐCS Công ty Minh Phát", true}}));
    const Review district_review = review_workbook(district, Criteria{});
    const FillData district_data = document_data(district, district_review, summarise(district, district_review),
                                                 document_settings(district, UserOptions{}), Date{2023, 9, 5}, Language::vietnamese);
    EXPECT_FALSE(district_data.groups.count("ca_nhan"));
}

TEST(Merge, ReportLevelsAreReadTolerantly)
{
    EXPECT_EQ(report_level_from_text("CĐCS"), ReportLevel::grassroots);
    EXPECT_EQ(report_level_from_text("Công đoàn cơ sở"), ReportLevel::grassroots);
    EXPECT_EQ(report_level_from_text("LĐLĐ huyện"), ReportLevel::district);
    EXPECT_EQ(report_level_from_text("Liên đoàn Lao động quận"), ReportLevel::district);
    EXPECT_EQ(report_level_from_text("LĐLĐ tỉnh"), ReportLevel::province);
    EXPECT_EQ(report_level_from_text("LĐLĐ thành phố trực thuộc Trung ương"), ReportLevel::province);
    EXPECT_EQ(report_level_from_text(""), std::nullopt);
    EXPECT_EQ(report_level_from_text("không rõ"), std::nullopt);
}

} // namespace

namespace {

TEST(Merge, TheOptionsPageCanSayProvinceWhenThongTinIsSilent)
{
    Workbook book; // no Thông tin
    UserOptions options;
    options.province_level = true;
    const DocumentSettings settings = document_settings(book, options);
    EXPECT_TRUE(settings.province_level);
    EXPECT_TRUE(settings.district_level); // TM. BAN THƯỜNG VỤ
    options.province_level = false;
    options.district_level = false;
    EXPECT_FALSE(document_settings(book, options).province_level);
    EXPECT_FALSE(document_settings(book, options).district_level);
}

} // namespace

TEST(Merge, TheLevelAndThongTinComeFromTheContentNeverFromTheOrder)
{
    const WorkbookInput district = district_workbook("LĐLĐ huyện Dương Minh Châu", 3,
                                                     {{"A1", "CĐCS Trường THCS Chà Là", true}, {"A2", "CĐCS UBND xã Phước Minh", true}});
    const WorkbookInput cdcs{{Sheet{"Sáng kiến", {{T("Tên sáng kiến"), T("Tác giả"), T("Trạng thái")}, {T("Máy ép"), T("Lê Văn Ba"), T("Hợp lệ")}}},
                              Sheet{"Thông tin", {{T("Mục"), T("Giá trị")}, {T("Tên đơn vị"), T("CĐCS Công ty Minh Phát")}}}}};
    const auto merged_of = [](const std::vector<std::pair<std::string, const WorkbookInput*>>& sources) {
        MergeOptions options;
        for (const auto& [name, input] : sources)
            options.inputs.push_back(name);
        WorkbookMerger merger(options);
        for (const auto& [name, input] : sources)
            merger.add(name, *input);
        return merger.finish();
    };
    // The district's own workbook alone stays a district, with its own Thông tin.
    {
        const MergedWorkbook merged = merged_of({{"huyen.xlsx", &district}});
        EXPECT_EQ(merged.level, ReportLevel::district);
        EXPECT_EQ(merged.settings_source, "huyen.xlsx");
        EXPECT_EQ(read_workbook(merged_input(merged)).settings.at("ten don vi"), "LĐLĐ huyện Dương Minh Châu");
    }
    // With a CĐCS' workbook, in either order: a district, Thông tin from the district's workbook.
    for (const auto& order : {std::vector<std::pair<std::string, const WorkbookInput*>>{{"huyen.xlsx", &district}, {"minh-phat.ods", &cdcs}},
                              std::vector<std::pair<std::string, const WorkbookInput*>>{{"minh-phat.ods", &cdcs}, {"huyen.xlsx", &district}}})
    {
        const MergedWorkbook merged = merged_of(order);
        EXPECT_TRUE(merged.refused.empty()) << merged.refused;
        EXPECT_EQ(merged.level, ReportLevel::district);
        EXPECT_EQ(merged.settings_source, "huyen.xlsx");
        EXPECT_EQ(merged.initiatives, 3u);
        EXPECT_TRUE(has_problem(merged, "Trang Thông tin lấy từ tệp huyen.xlsx, sổ của chính huyện"));
    }
    // The same workbook twice (another format) and a merged workbook beside its sources: read once, said.
    {
        const MergedWorkbook first = merged_of({{"huyen.xlsx", &district}, {"minh-phat.ods", &cdcs}});
        const WorkbookInput merged_book = merged_input(first);
        const MergedWorkbook merged = merged_of({{"gop.ods", &merged_book}, {"huyen.xlsx", &district}, {"huyen.ods", &district}, {"minh-phat.ods", &cdcs}});
        EXPECT_EQ(merged.initiatives, 3u);
        EXPECT_EQ(merged.sources_left_out, 2u);
        const std::string summary = merge_summary_text(merged, Language::vietnamese);
        EXPECT_NE(summary.find("Bỏ qua gop.ods: đó là sổ đã gộp (hoặc kết quả xét) từ 2 tệp cũng có trong danh sách này"), std::string::npos) << summary;
        EXPECT_NE(summary.find("Bỏ qua huyen.ods: cùng một danh sách sáng kiến với huyen.xlsx"), std::string::npos) << summary;
        // Alone, a merged workbook is a source like any other.
        EXPECT_EQ(merged_of({{"gop.ods", &merged_book}}).initiatives, 3u);
    }
}
