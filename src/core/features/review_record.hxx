// The record a review keeps of its results (issue 28, item 2): for each initiative what it is
// matched by in a later review and what it got, for each CĐCS its quota standing, the data
// problems, the totals and the criteria. It is written into the result workbook as a visible sheet
// ("KQ Lưu", record_sheet) — never in a hidden place of the user's — and read back by the next
// review of the same list, which says what changed since (review_changes.hxx).
//
// The record is plain data that does not depend on the UI language: verdicts, reasons and problems
// are kept as message keys with their arguments and said in the language of the sheet that shows
// them. A record sheet that was edited or cut is refused as a whole (record_from_sheets), never
// read in part: a comparison with a damaged record would be a wrong one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/rules/aggregate.hxx"
#include "core/rules/result_sheets.hxx"

namespace sangkien::core {

// The record sheet's format: its first cell names it, the second its version. A reader refuses a
// version it does not know (a newer extension wrote it).
inline constexpr std::string_view kRecordMarker = "sangkien-record";
inline constexpr int kRecordFormat = 1;

struct RecordedInitiative
{
    std::string code;        // as written
    std::string title;
    std::string unit;
    std::string place;       // its row, as the result sheets name it ("12", "12 (Sáng kiến (2))")
    std::string code_key;    // matching_key(code): what the repeat rule compares codes by; empty without one
    std::string content_key; // repeat_rule_key: the title, the authors with their tones, the unit and CĐCS
    bool counted = false;    // updated by the cut-off
    bool valid = false;
    bool qualifies = false;
    std::string verdict;     // verdict_word_key: "verdict.pass", "verdict.fail", "verdict.check", "verdict.duplicate"
    std::vector<Message> reasons; // reason_messages, in their order

    bool operator==(const RecordedInitiative&) const = default;
};

struct RecordedUnit
{
    std::string name;
    std::string key;         // matching_key of the name as a unit's ({strip tones, unit name})
    int quota = 0;
    int valid = 0;
    bool qualifies = false;  // quota > 0 and valid ≥ quota
    bool needs_check = false;

    bool operator==(const RecordedUnit&) const = default;
};

struct RecordedIssue
{
    std::string sheet;
    std::size_t row = 0;
    std::string column;
    std::string value;
    bool value_is_number = false;
    bool is_error = true;
    Message message;
    // The initiative whose row the problem is on (an index into ReviewRecord::initiatives): such a
    // problem is compared as that initiative's, wherever its row moved.
    std::optional<std::size_t> initiative;

    bool operator==(const RecordedIssue&) const = default;
};

struct RecordTotals
{
    std::int64_t initiatives = 0;             // in the list
    std::int64_t updated = 0;                 // uploaded by the cut-off
    std::int64_t valid = 0;
    std::int64_t value = 0;                   // đồng, of the valid ones
    std::int64_t quota = 0;
    std::int64_t units_reaching_quota = 0;
    std::int64_t qualifying_initiatives = 0;
    std::int64_t qualifying_people = 0;
    std::int64_t errors = 0;                  // data errors (notes not counted)

    bool operator==(const RecordTotals&) const = default;
};

struct ReviewRecord
{
    std::string made_at;       // when the review ran, as the caller says it ("7/12/2026 10:15"); may be empty
    Criteria criteria;
    RecordTotals totals;
    std::vector<RecordedInitiative> initiatives; // the list's order
    std::vector<RecordedUnit> units;             // the review's order
    std::vector<RecordedIssue> issues;           // Lỗi dữ liệu's order

    bool operator==(const ReviewRecord&) const = default;
};

// The record of a review of `book` (`summary` = summarise(book, review)).
ReviewRecord record_of(const Workbook& book, const Review& review, const Summary& summary);

// The record as the sheet "KQ Lưu" ("Review record"): a heading row that names the format and
// says, in `language`, what the sheet is and not to edit it, then one row per item. A record
// longer than a sheet goes on over parts (split_long_sheets; record_from_sheets joins them).
ResultSheet record_sheet(const ReviewRecord& record, Language language);

// Whether a sheet (its first rows are enough) is a record sheet: its first cell is kRecordMarker.
bool is_record_sheet(const Sheet& sheet);

// The record read back from its sheet, or from its parts in their order ("KQ Lưu", "KQ Lưu (2)"…).
// Nullopt when it cannot be read whole — a cell edited, a row missing, the end cut off, a newer
// format — with `problem` (when given) saying so: "record.damaged" {sheet, row},
// "record.newer_format" {sheet}, "record.not_a_record" {sheet}.
std::optional<ReviewRecord> record_from_sheets(const std::vector<Sheet>& parts, Message* problem = nullptr);
std::optional<ReviewRecord> record_from_sheet(const Sheet& sheet, Message* problem = nullptr);

} // namespace sangkien::core
