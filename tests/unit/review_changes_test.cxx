// What changed since the last review (issue 28, item 2): the record a review keeps survives its
// sheet, a damaged record is refused, and two rounds of a district's loop — its CĐCS' workbooks
// reviewed, then some of them corrected at random (a document added, a date fixed, a value
// corrected, an initiative removed, a new mistake) and reviewed again — give a changes sheet that
// lists exactly what those corrections changed, no more and no less. Initiatives that cannot be
// matched are listed as such; each round's feedback files hold exactly their CĐCS's rows and problems
// (feedback_check.hxx). SANGKIEN_CHANGES_DRAWS (default 12) makes a longer run.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/features/merge.hxx"
#include "core/features/review_changes.hxx"
#include "core/features/review_record.hxx"
#include "core/features/sample.hxx"
#include "core/rules/criteria_settings.hxx"
#include "core/text/text.hxx"
#include "feedback_check.hxx"

namespace {

using namespace sangkien::core;

std::size_t draws()
{
    const char* value = std::getenv("SANGKIEN_CHANGES_DRAWS");
    return value && *value ? static_cast<std::size_t>(std::strtoull(value, nullptr, 10)) : 12;
}

struct Source
{
    std::string name;
    WorkbookInput input;
};

// A review of the files as the district runs it on what its CĐCS sent: read one at a time and
// reviewed as one (`sangkien review A B C`).
struct Round
{
    Workbook book;
    Review review;
    ReviewRecord record;
};

Round review_files(const std::vector<Source>& files)
{
    MergeOptions options;
    options.records = true;
    for (const Source& source : files)
        options.inputs.push_back(source.name);
    WorkbookMerger merger(options);
    for (const Source& source : files)
        merger.add(source.name, source.input);
    MergedWorkbook merged = merger.finish();
    EXPECT_TRUE(merged.refused.empty()) << merged.refused;
    Round round{merged_workbook(merged), {}, {}};
    round.review = review_workbook(round.book, resolve_criteria(round.book).criteria);
    round.record = record_of(round.book, round.review, summarise(round.book, round.review));
    return round;
}

ReviewRecord record_of_workbook(const WorkbookInput& input)
{
    const Workbook book = read_workbook(input);
    const Review review = review_workbook(book, resolve_criteria(book).criteria);
    return record_of(book, review, summarise(book, review));
}

// The district's files: its own workbook (every sheet, with the rows of the CĐCS it keeps itself)
// and one workbook per other CĐCS — its list without the unit column, named by its Thông tin —
// as the CĐCS send them.
std::vector<Source> district_files(const WorkbookInput& whole, std::mt19937_64& random)
{
    const Workbook book = read_workbook(whole);
    const std::string list_name = book.sheet_names.at(SheetKind::initiatives);
    const ColumnMapping& mapping = book.mappings.at(SheetKind::initiatives);
    const std::size_t unit_column = mapping.columns.at(Field::unit);
    const Sheet& list = *std::find_if(whole.sheets.begin(), whole.sheets.end(), [&](const Sheet& s) { return s.name == list_name; });
    std::map<std::string, std::vector<const Row*>> by_unit;
    for (std::size_t r = mapping.first_data_row; r < list.rows.size(); ++r)
        by_unit[std::get<std::string>(list.rows[r].at(unit_column))].push_back(&list.rows[r]);
    WorkbookInput own = whole;
    Sheet& own_list = *std::find_if(own.sheets.begin(), own.sheets.end(), [&](const Sheet& s) { return s.name == list_name; });
    own_list.rows.resize(mapping.first_data_row);
    std::vector<Source> files;
    bool first = true;
    for (const auto& [unit, rows] : by_unit)
    {
        if (std::exchange(first, false) || random() % 6 == 0) // the district keeps a few CĐCS' rows itself
        {
            for (const Row* row : rows)
                own_list.rows.push_back(*row);
            continue;
        }
        Sheet sheet{"Danh sách", {}};
        for (std::size_t r = 0; r < mapping.first_data_row; ++r)
            sheet.rows.push_back(list.rows[r]);
        for (const Row* row : rows)
            sheet.rows.push_back(*row);
        for (Row& row : sheet.rows)
            if (row.size() > unit_column)
                row.erase(row.begin() + static_cast<std::ptrdiff_t>(unit_column));
        files.push_back({"cdcs-" + std::to_string(files.size() + 1) + ".ods",
                         WorkbookInput{{sheet, Sheet{"Thông tin", {{Cell("Mục"), Cell("Giá trị")}, {Cell("Tên đơn vị"), Cell(unit)}}}}}});
    }
    files.push_back({"huyen.ods", own});
    return files;
}

// An initiative's row in a CĐCS's workbook, found by its code.
struct Place
{
    std::size_t file = 0;
    std::size_t row = 0; // 0-based in the list sheet
};

class CdcsFiles
{
public:
    explicit CdcsFiles(std::vector<Source>& files) : files_(files) {}

    std::optional<Place> find(const std::string& code) const
    {
        for (std::size_t f = 0; f + 1 < files_.size(); ++f) // the last is the district's own
        {
            const auto& rows = files_[f].input.sheets.front().rows;
            for (std::size_t r = 0; r < rows.size(); ++r)
                if (const auto* text = rows[r].size() > code_column_ ? std::get_if<std::string>(&rows[r][code_column_]) : nullptr;
                    text && *text == code)
                    return Place{f, r};
        }
        return std::nullopt;
    }

    Cell& cell(const Place& place, Field field)
    {
        return files_[place.file].input.sheets.front().rows.at(place.row).at(column(place.file, field));
    }

    std::size_t rows_in(std::size_t file) const { return files_[file].input.sheets.front().rows.size(); }

    void remove(const Place& place)
    {
        auto& rows = files_[place.file].input.sheets.front().rows;
        rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(place.row));
    }

private:
    std::size_t column(std::size_t file, Field field) const
    {
        return read_workbook(files_[file].input).mappings.at(SheetKind::initiatives).columns.at(field);
    }

    std::vector<Source>& files_;
    std::size_t code_column_ = 1; // STT, Mã… in the generated list
};

bool only_reason(const InitiativeVerdict& verdict, Reason reason)
{
    return verdict.reasons.size() == 1 && verdict.reasons.front() == reason;
}

// What the corrections of a round are expected to change.
struct Expected
{
    std::set<std::pair<InitiativeChangeKind, std::string>> initiatives; // kind, code
    std::set<std::string> removed;                                     // codes
    std::set<std::pair<bool, std::string>> issues;                     // fixed, code
    std::map<std::string, int> valid_removed;                          // unit key → valid initiatives removed
};

std::string said(InitiativeChangeKind kind)
{
    return std::to_string(static_cast<int>(kind));
}

// What a draw did, by kind ("document added"…), and what went wrong ("" when nothing).
struct Draw
{
    std::map<std::string, std::size_t> done;
    std::string problems;
};

// One draw: a district in files, a few mistakes in what the CĐCS sent, the review; then random
// corrections and the review again.
Draw two_rounds(std::uint64_t seed)
{
    Draw draw;
    std::mt19937_64 random(seed);
    std::vector<Source> files = district_files(generate_sample({220, seed, false}).input, random);
    CdcsFiles cdcs(files);
    const auto pick = [&random](std::vector<std::string>& from, std::size_t most) {
        std::shuffle(from.begin(), from.end(), random);
        from.resize(std::min(from.size(), most));
        return from;
    };

    // Round 0: what the generator made; the content keys that stand for one initiative only.
    const Round first_look = review_files(files);
    std::map<std::string, int> contents;
    for (const Initiative& item : first_look.book.initiatives)
        ++contents[repeat_rule_key(item)];
    const Criteria criteria = first_look.review.criteria;
    const Cell in_period(static_cast<double>(to_serial(criteria.period_end)));
    std::vector<std::string> qualifying, no_document, below_threshold, any;
    std::set<std::string> without_code;
    for (std::size_t i = 0; i < first_look.book.initiatives.size(); ++i)
    {
        const Initiative& item = first_look.book.initiatives[i];
        const InitiativeVerdict& verdict = first_look.review.verdicts[i];
        if (!cdcs.find(item.code) || verdict.duplicate || contents[repeat_rule_key(item)] != 1)
            continue;
        // Some initiatives have no code (matched by their content); none of them is corrected.
        if (random() % 10 == 0)
        {
            without_code.insert(item.code);
            continue;
        }
        any.push_back(item.code);
        if (verdict.qualifies && item.recognition.date)
            qualifying.push_back(item.code);
        if (only_reason(verdict, Reason::no_recognition))
            no_document.push_back(item.code);
        if (only_reason(verdict, Reason::value_below_threshold) && item.value.is_vnd())
            below_threshold.push_back(item.code);
    }
    for (const std::string& code : without_code)
        cdcs.cell(*cdcs.find(code), Field::code) = Cell{};

    // What the CĐCS sent first: a few recognition dates typed wrongly.
    std::set<std::string> used;
    const auto take = [&](std::vector<std::string> from, std::size_t most) {
        std::erase_if(from, [&](const std::string& code) { return used.count(code) > 0; });
        pick(from, most);
        used.insert(from.begin(), from.end());
        return from;
    };
    const auto mistyped = take(qualifying, 1 + random() % 3);
    for (const std::string& code : mistyped)
        cdcs.cell(*cdcs.find(code), Field::recognition_date) = Cell(std::string("31/02/2023"));
    const Round earlier = review_files(files);

    // The corrections, each on initiatives of its own.
    Expected expected;
    for (const std::string& code : take(no_document, 1 + random() % 2)) // a document added
    {
        const Place place = *cdcs.find(code);
        cdcs.cell(place, Field::recognition_number) = Cell(std::string("15/QĐ-UBND"));
        cdcs.cell(place, Field::recognition_date) = in_period;
        expected.initiatives.insert({InitiativeChangeKind::now_qualifies, code});
        ++draw.done["document added"];
    }
    std::vector<std::string> to_fix = mistyped;
    for (const std::string& code : pick(to_fix, 1 + random() % std::max<std::size_t>(mistyped.size(), 1))) // a date fixed
    {
        cdcs.cell(*cdcs.find(code), Field::recognition_date) = in_period;
        expected.initiatives.insert({InitiativeChangeKind::now_qualifies, code});
        expected.issues.insert({true, code});
        ++draw.done["date fixed"];
    }
    for (const std::string& code : take(below_threshold, 1 + random() % 2)) // a value corrected
    {
        cdcs.cell(*cdcs.find(code), Field::value) = Cell(static_cast<double>(criteria.threshold + 1'000'000));
        expected.initiatives.insert({InitiativeChangeKind::now_qualifies, code});
        ++draw.done["value corrected"];
    }
    for (const std::string& code : take(qualifying, random() % 2)) // a new mistake
    {
        cdcs.cell(*cdcs.find(code), Field::recognition_date) = Cell(std::string("30/02/2023"));
        expected.initiatives.insert({InitiativeChangeKind::no_longer_qualifies, code});
        expected.issues.insert({false, code});
        ++draw.done["new mistake"];
    }
    // An initiative removed: now and then a valid one of a CĐCS just at its quota.
    std::set<std::string> at_quota;
    for (const RecordedUnit& unit : earlier.record.units)
        if (unit.quota > 0 && unit.valid == unit.quota)
            at_quota.insert(unit.key);
    std::vector<std::string> just_reaching;
    for (const RecordedInitiative& item : earlier.record.initiatives)
        if (item.valid && at_quota.count(matching_key(item.unit, {true, true}))
            && std::find(any.begin(), any.end(), item.code) != any.end())
            just_reaching.push_back(item.code);
    std::vector<std::string> removed = take(just_reaching, random() % 2);
    const auto more = take(any, 1 + random() % 3);
    removed.insert(removed.end(), more.begin(), more.end());
    for (const std::string& code : removed)
    {
        const Place place = *cdcs.find(code);
        if (cdcs.rows_in(place.file) < 3)
            continue; // a CĐCS's workbook keeps a row: an empty one is another matter
        cdcs.remove(place);
        expected.removed.insert(code);
        ++draw.done["initiative removed"];
        const auto item = std::find_if(earlier.record.initiatives.begin(), earlier.record.initiatives.end(),
                                       [&](const RecordedInitiative& i) { return i.code == code; });
        if (item->valid)
            ++expected.valid_removed[matching_key(item->unit, {true, true})];
    }
    const Round now = review_files(files);

    // The earlier record as the next review reads it back from its sheet.
    Message problem;
    const auto kept = record_from_sheet(as_sheet(record_sheet(earlier.record, Language::vietnamese)), &problem);
    if (!kept)
    {
        draw.problems = "the earlier record was not read back: " + message_text(problem, Language::english);
        return draw;
    }
    const ReviewChanges changes = compare_reviews(*kept, now.record);

    std::string& out = draw.problems;
    const auto fail = [&out](const std::string& what) { out += "\n  " + what; };
    // Each round's feedback: every CĐCS's file holds exactly its rows and its workbook's problems.
    std::map<std::string, std::string> unit_of_file;
    for (const Source& source : files)
        if (source.name != "huyen.ods")
            unit_of_file[source.name] = std::get<std::string>(source.input.sheets.back().rows.at(1).at(1));
    for (const Round* round : {&earlier, &now})
        if (const std::string wrong = sangkien::test::feedback_check(round->book, round->review, unit_of_file); !wrong.empty())
            fail((round == &earlier ? "earlier feedback:" : "feedback:") + wrong);
    std::set<std::pair<InitiativeChangeKind, std::string>> listed;
    for (const InitiativeChange& change : changes.initiatives)
        if (!listed.insert({change.kind, change.now.code}).second || change.before.code != change.now.code)
            fail("initiative listed twice or mismatched: " + change.now.code);
    for (const auto& [kind, code] : expected.initiatives)
        if (!listed.count({kind, code}))
            fail("missing: " + code + " kind " + said(kind));
    for (const auto& [kind, code] : listed)
        if (!expected.initiatives.count({kind, code}))
            fail("not a correction's effect: " + code + " kind " + said(kind));
    std::set<std::string> unmatched;
    for (const UnmatchedInitiative& lone : changes.unmatched)
        if (!lone.earlier || lone.why != UnmatchedWhy::no_counterpart || !unmatched.insert(lone.initiative.code).second)
            fail("unexpected unmatched initiative " + lone.initiative.code + " (" + lone.initiative.title + ")");
    if (unmatched != expected.removed)
        fail("the removed initiatives are not exactly the unmatched ones");
    std::set<std::pair<bool, std::string>> issues;
    for (const IssueChange& change : changes.issues)
        if (!issues.insert({change.fixed, change.code}).second)
            fail("problem listed twice: " + change.code);
    if (issues != expected.issues)
        for (const IssueChange& change : changes.issues)
            fail(std::string(change.fixed ? "fixed " : "new ") + change.code + ": " + message_text(change.issue.message, Language::english));
    if (issues != expected.issues)
        fail("the problems fixed and new are not exactly the corrected ones");
    // The CĐCS: as their valid initiatives less the valid ones removed stand against their quota.
    std::set<std::string> expected_units, listed_units;
    for (const RecordedUnit& unit : earlier.record.units)
    {
        const int valid = unit.valid - expected.valid_removed[unit.key];
        if ((unit.quota > 0 && valid >= unit.quota) != unit.qualifies)
            expected_units.insert(unit.key);
    }
    for (const UnitChange& change : changes.units)
        if (change.kind == UnitChangeKind::fell_below_quota)
            listed_units.insert(change.now.key);
        else
            fail("unexpected union change: " + change.before.name + change.now.name);
    if (listed_units != expected_units)
        fail("the unions that fell below their quota are not exactly those that lost valid initiatives");
    if (changes.before != earlier.record.totals || changes.now != now.record.totals
        || now.record.totals.initiatives + static_cast<std::int64_t>(expected.removed.size()) != earlier.record.totals.initiatives)
        fail("the totals before and after are not the reviews'");
    if (changes.matched != now.record.initiatives.size())
        fail("not every initiative of this review was matched");

    // The sheet lists each of them once, under its label.
    const ResultSheet sheet = changes_sheet(changes, Language::vietnamese);
    std::multiset<std::pair<std::string, std::string>> rows; // change label, code or item
    for (const Row& row : sheet.rows)
        rows.insert({cell_text(row[0]), cell_text(row[1]).empty() ? cell_text(row[2]) : cell_text(row[1])});
    const auto label = [](std::string_view key) { return std::string(text(Language::vietnamese, key)); };
    const std::map<InitiativeChangeKind, std::string> kinds{{InitiativeChangeKind::now_qualifies, "change.kind.now_qualifies"},
                                                            {InitiativeChangeKind::no_longer_qualifies, "change.kind.no_longer_qualifies"}};
    for (const auto& [kind, code] : expected.initiatives)
        if (rows.count({label(kinds.at(kind)), code}) != 1)
            fail("the sheet does not list " + code + " once as " + label(kinds.at(kind)));
    for (const std::string& code : expected.removed)
        if (rows.count({label("change.unmatched.earlier"), code}) != 1)
            fail("the sheet does not list the removed " + code);
    for (const auto& [fixed, code] : expected.issues)
        if (rows.count({label(fixed ? "change.issue.fixed" : "change.issue.new"), code}) != 1)
            fail("the sheet does not list the problem of " + code);
    const std::size_t change_rows = expected.initiatives.size() + expected.removed.size() + expected.issues.size()
                                    + expected_units.size();
    const std::size_t header_rows = 1 + 9; // what was compared, the totals
    if (sheet.rows.size() != header_rows + change_rows)
        fail("the sheet has " + std::to_string(sheet.rows.size()) + " rows, not " + std::to_string(header_rows + change_rows));
    draw.done["matched by content"] = without_code.size();
    draw.done["unions below their quota"] = expected_units.size();
    return draw;
}

TEST(ReviewChanges, TwoRoundsListExactlyTheCorrectionsEffects)
{
    std::size_t failures = 0;
    std::map<std::string, std::size_t> done;
    for (std::size_t n = 1; n <= draws(); ++n)
    {
        const Draw draw = two_rounds(n * 7'919);
        if (!draw.problems.empty() && ++failures <= 3)
            ADD_FAILURE() << "draw " << n << ":" << draw.problems;
        for (const auto& [what, count] : draw.done)
            done[what] += count;
    }
    EXPECT_EQ(failures, 0u) << "of " << draws() << " draws";
    // Every kind of correction was made (the draws are fixed).
    std::cout << "[ review changes ] " << draws() << " districts in two rounds:";
    for (const char* what : {"document added", "date fixed", "value corrected", "initiative removed", "new mistake",
                             "matched by content", "unions below their quota"})
    {
        EXPECT_GT(done[what], 0u) << what;
        std::cout << " " << what << " " << done[what] << ";";
    }
    std::cout << "\n";
}

TEST(ReviewChanges, AReviewComparedWithItselfChangesNothing)
{
    const ReviewRecord record = record_of_workbook(generate_sample({300, 11, true}).input);
    const ReviewChanges changes = compare_reviews(record, record);
    EXPECT_TRUE(changes.nothing_changed());
    EXPECT_TRUE(changes.criteria_changed.empty());
    EXPECT_EQ(changes.matched, record.initiatives.size());
    const ResultSheet sheet = changes_sheet(changes, Language::english);
    EXPECT_EQ(cell_text(sheet.rows.back()[0]), text(Language::english, "change.nothing"));
}

// ---------------------------------------------------------------------------------------------
// The record and its sheet

TEST(ReviewRecord, SurvivesItsSheetInEitherLanguageAndInParts)
{
    // The messy sample: unreadable cells, foreign currencies, totals rows, duplicates — reasons
    // and problems of every kind, with figures among their arguments.
    ReviewRecord record = record_of_workbook(generate_sample({400, 2027, true}).input);
    record.made_at = "7/12/2026 10:15";
    record.initiatives.front().title = "Tên có | và ; và \\ và \"ngoặc\"\nhai dòng\t=1+1";
    ASSERT_FALSE(record.issues.empty());
    ASSERT_TRUE(std::any_of(record.initiatives.begin(), record.initiatives.end(),
                            [](const RecordedInitiative& i) { return i.reasons.size() > 1; }));
    for (const Language language : {Language::vietnamese, Language::english})
    {
        const ResultSheet sheet = record_sheet(record, language);
        EXPECT_EQ(sheet.name, result_sheet_name(ResultKind::record, language));
        EXPECT_TRUE(is_record_sheet(as_sheet(sheet)));
        Message problem;
        const auto back = record_from_sheet(as_sheet(sheet), &problem);
        ASSERT_TRUE(back) << message_text(problem, Language::english);
        EXPECT_EQ(*back, record);
        // Longer than a sheet: over parts, read back whole.
        std::vector<ResultSheet> parts{sheet};
        split_long_sheets(parts, 150);
        ASSERT_GT(parts.size(), 2u);
        std::vector<Sheet> read;
        for (const ResultSheet& part : parts)
            read.push_back(as_sheet(part));
        const auto joined = record_from_sheets(read, &problem);
        ASSERT_TRUE(joined) << message_text(problem, Language::english);
        EXPECT_EQ(*joined, record);
    }
    // Not data to the reader: a workbook holding a record sheet reads as without it.
    const WorkbookInput input = generate_sample({50, 3, false}).input;
    WorkbookInput with_record = input;
    with_record.sheets.push_back(as_sheet(record_sheet(record, Language::vietnamese)));
    EXPECT_EQ(read_workbook(with_record).initiatives.size(), read_workbook(input).initiatives.size());
    EXPECT_EQ(record_of_workbook(with_record), record_of_workbook(input));
}

TEST(ReviewRecord, CalcsNumbersAndEmptyCellsReadAsTheTextWritten)
{
    // Calc may give a figure back as a number, an empty text as nothing.
    const ReviewRecord record = record_of_workbook(generate_sample({60, 5, false}).input);
    Sheet sheet = as_sheet(record_sheet(record, Language::vietnamese));
    for (Row& row : sheet.rows)
        for (Cell& cell : row)
            if (const auto* text = std::get_if<std::string>(&cell);
                text && !text->empty() && text->find_first_not_of("0123456789") == std::string::npos && text->size() < 12)
            {
                const double figure = std::stod(*text);
                cell = Cell(figure);
            }
    sheet.rows.front().push_back(Cell(std::string()));
    const auto back = record_from_sheet(sheet);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, record);
}

struct Damage
{
    const char* what;
    void (*apply)(Sheet&);
    const char* problem; // the message key
};

std::size_t first_row_of(const Sheet& sheet, const char* kind)
{
    for (std::size_t r = 0; r < sheet.rows.size(); ++r)
        if (cell_text(sheet.rows[r][0]) == kind)
            return r;
    return 0;
}

TEST(ReviewRecord, ADamagedRecordIsRefusedNeverReadInPart)
{
    const std::vector<Damage> damages{
        {"a row deleted", [](Sheet& s) { s.rows.erase(s.rows.begin() + static_cast<std::ptrdiff_t>(first_row_of(s, "initiative") + 2)); },
         "record.damaged"},
        {"a row copied", [](Sheet& s) { s.rows.insert(s.rows.begin() + 5, s.rows[first_row_of(s, "unit")]); }, "record.damaged"},
        {"the end cut off", [](Sheet& s) { s.rows.resize(s.rows.size() - 3); }, "record.damaged"},
        {"the end row emptied", [](Sheet& s) { s.rows.back() = Row{}; }, "record.damaged"},
        {"a flag edited", [](Sheet& s) { s.rows[first_row_of(s, "initiative")][6] = Cell(std::string("yes")); }, "record.damaged"},
        {"a count edited", [](Sheet& s) { s.rows[first_row_of(s, "unit")][3] = Cell(std::string("năm")); }, "record.damaged"},
        {"a kind edited", [](Sheet& s) { s.rows[first_row_of(s, "unit")][0] = Cell(std::string("CĐCS")); }, "record.damaged"},
        {"a cell past the columns", [](Sheet& s) { s.rows[first_row_of(s, "unit")].resize(12, Cell(std::string("x"))); },
         "record.damaged"},
        {"a formula error", [](Sheet& s) { s.rows[first_row_of(s, "total")][2] = Cell(CellError{"#REF!"}); }, "record.damaged"},
        {"a broken escape", [](Sheet& s) { s.rows[first_row_of(s, "initiative")][2] = Cell(std::string("a\\q")); }, "record.damaged"},
        {"a criterion unreadable", [](Sheet& s) { s.rows[first_row_of(s, "criterion")][2] = Cell(std::string("31/2/2023")); },
         "record.damaged"},
        {"a problem pointing past the list", [](Sheet& s) { s.rows[first_row_of(s, "issue")][7] = Cell(std::string("99999")); },
         "record.damaged"},
        {"a newer format", [](Sheet& s) { s.rows[0][1] = Cell(std::string("2")); }, "record.newer_format"},
        {"no format", [](Sheet& s) { s.rows[0][1] = Cell{}; }, "record.damaged"},
        {"not a record", [](Sheet& s) { s.rows[0][0] = Cell(std::string("KQ Lưu")); }, "record.not_a_record"},
    };
    const ReviewRecord record = record_of_workbook(generate_sample({200, 2027, true}).input);
    const Sheet whole = as_sheet(record_sheet(record, Language::vietnamese));
    ASSERT_TRUE(record_from_sheet(whole));
    for (const Damage& damage : damages)
    {
        Sheet sheet = whole;
        damage.apply(sheet);
        Message problem;
        EXPECT_FALSE(record_from_sheet(sheet, &problem)) << damage.what;
        EXPECT_EQ(problem.key, damage.problem) << damage.what;
        EXPECT_EQ(problem.arguments.at(0), whole.name) << damage.what;
        EXPECT_FALSE(message_text(problem, Language::vietnamese).empty());
    }
}

// ---------------------------------------------------------------------------------------------
// Matching

RecordedInitiative initiative(std::string code, std::string content, bool qualifies)
{
    RecordedInitiative item;
    item.code = code;
    item.code_key = matching_key(code);
    item.title = content;
    item.content_key = content;
    item.counted = item.valid = true;
    item.qualifies = qualifies;
    item.verdict = qualifies ? "verdict.pass" : "verdict.fail";
    if (!qualifies)
        item.reasons = {Message{"reason.no_recognition", {}}};
    return item;
}

struct MatchCase
{
    const char* what;
    std::vector<RecordedInitiative> before, now;
    std::size_t matched;
    std::vector<std::pair<bool, UnmatchedWhy>> unmatched; // earlier?, why — in the order listed
    std::size_t changed;                                  // initiative changes listed
};

TEST(ReviewChanges, WhatCannotBeMatchedIsListedNeverGuessed)
{
    using W = UnmatchedWhy;
    const std::vector<MatchCase> cases{
        {"the same code", {initiative("SK1", "a", false)}, {initiative("SK1", "b", true)}, 1, {}, 1},
        {"no code, the same content", {initiative("", "a", false)}, {initiative("", "a", true)}, 1, {}, 1},
        {"a code given since", {initiative("", "a", false)}, {initiative("SK1", "a", true)}, 1, {}, 1},
        {"a code changed: two initiatives", {initiative("SK1", "a", false)}, {initiative("SK2", "a", true)}, 0,
         {{true, W::no_counterpart}, {false, W::no_counterpart}}, 0},
        {"no code, the title changed", {initiative("", "a", false)}, {initiative("", "b", true)}, 0,
         {{true, W::no_counterpart}, {false, W::no_counterpart}}, 0},
        {"a code twice, got differently", {initiative("SK1", "a", false), initiative("SK1", "b", true)},
         {initiative("SK1", "a", true), initiative("SK1", "b", true)}, 0,
         {{true, W::code_repeated}, {true, W::code_repeated}, {false, W::code_repeated}, {false, W::code_repeated}}, 0},
        {"a code twice, got alike", {initiative("SK1", "a", true), initiative("SK1", "b", true)},
         {initiative("SK1", "a", true), initiative("SK1", "b", true)}, 2, {}, 0},
        {"a code twice, the same outcomes in another order", {initiative("SK1", "a", true), initiative("SK1", "b", false)},
         {initiative("SK1", "b", false), initiative("SK1", "a", true)}, 2, {}, 0},
        {"a code twice now only", {initiative("SK1", "a", false)}, {initiative("SK1", "a", true), initiative("SK1", "a", true)}, 0,
         {{true, W::code_repeated}, {false, W::code_repeated}, {false, W::code_repeated}}, 0},
        {"a content twice without codes", {initiative("", "a", false)}, {initiative("", "a", true), initiative("", "a", false)}, 0,
         {{true, W::content_repeated}, {false, W::content_repeated}, {false, W::content_repeated}}, 0},
        {"an initiative removed, one added", {initiative("SK1", "a", true), initiative("SK2", "b", true)},
         {initiative("SK1", "a", true), initiative("SK3", "c", true)}, 1, {{true, W::no_counterpart}, {false, W::no_counterpart}}, 0},
    };
    for (const MatchCase& c : cases)
    {
        ReviewRecord before, now;
        before.initiatives = c.before;
        now.initiatives = c.now;
        const ReviewChanges changes = compare_reviews(before, now);
        EXPECT_EQ(changes.matched, c.matched) << c.what;
        EXPECT_EQ(changes.initiatives.size(), c.changed) << c.what;
        std::vector<std::pair<bool, UnmatchedWhy>> unmatched;
        for (const UnmatchedInitiative& lone : changes.unmatched)
            unmatched.emplace_back(lone.earlier, lone.why);
        EXPECT_EQ(unmatched, c.unmatched) << c.what;
        // Each listed in the sheet with why, in both languages.
        for (const Language language : {Language::vietnamese, Language::english})
        {
            const ResultSheet sheet = changes_sheet(changes, language);
            const auto lone = std::count_if(sheet.rows.begin(), sheet.rows.end(), [&](const Row& row) {
                return cell_text(row[0]) == text(language, "change.unmatched.earlier")
                       || cell_text(row[0]) == text(language, "change.unmatched.now");
            });
            EXPECT_EQ(static_cast<std::size_t>(lone), c.unmatched.size()) << c.what;
        }
    }
}

TEST(ReviewChanges, ProblemsOfAMovedInitiativeAreNotNewAndCriteriaChangesAreSaid)
{
    ReviewRecord before, now;
    before.initiatives = {initiative("SK1", "a", true), initiative("SK2", "b", false)};
    now.initiatives = {initiative("SK2", "b", false)}; // SK1 removed: SK2 moved up a row
    before.issues = {RecordedIssue{"Sáng kiến", 3, "P", "31/02/2023", false, true, Message{"row.bad_date", {"recognition_date"}}, 1},
                     RecordedIssue{"Sáng kiến", 2, "P", "x", false, true, Message{"row.bad_date", {"recognition_date"}}, 0},
                     RecordedIssue{"Công đoàn cơ sở", 4, "D", "năm", false, true, Message{"row.bad_quota", {}}, std::nullopt}};
    now.issues = {RecordedIssue{"Sáng kiến", 2, "P", "31/02/2023", false, true, Message{"row.bad_date", {"recognition_date"}}, 0}};
    now.criteria.threshold = 300'000'000;
    const ReviewChanges changes = compare_reviews(before, now);
    ASSERT_EQ(changes.issues.size(), 1u); // the quota fixed; SK2's date neither fixed nor new; SK1's gone with it
    EXPECT_TRUE(changes.issues[0].fixed);
    EXPECT_EQ(changes.issues[0].issue.sheet, "Công đoàn cơ sở");
    ASSERT_EQ(changes.criteria_changed, std::vector<CriterionKey>{CriterionKey::threshold});
    const ResultSheet sheet = changes_sheet(changes, Language::english);
    const auto criterion = std::find_if(sheet.rows.begin(), sheet.rows.end(),
                                        [](const Row& row) { return cell_text(row[0]) == "Criterion changed"; });
    ASSERT_NE(criterion, sheet.rows.end());
    EXPECT_EQ(cell_text((*criterion)[4]), "500,000,000 VND");
    EXPECT_EQ(cell_text((*criterion)[5]), "300,000,000 VND");
}

} // namespace
