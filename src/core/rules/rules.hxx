// The award criteria of the district plan (SPEC §3), every value a setting: verdicts per
// initiative with ordered reasons, the people who qualify and on which ground, every CĐCS against
// its quota, and the ranking proposed to the province.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/workbook/workbook.hxx"

namespace sangkien::core {

// The criteria a clerk can set, each a member of Criteria (criteria_settings.hxx describes them:
// their Thông tin rows, settings and controls).
enum class CriterionKey { period_start, period_end, cutoff, threshold, grounds, province_top };

struct Criteria
{
    Date period_start{2021, 9, 1};  // recognition documents dated from…
    Date period_end{2023, 8, 31};   // …to, inclusive
    Date cutoff{2023, 8, 31};       // counted when updated on the system up to 24:00 of this day
    std::int64_t threshold = 500'000'000;
    bool grounds_and = false;       // individuals: author AND contribution (default OR)
    bool social_needs_value_document = true;
    int province_top = 10;          // how many initiatives the district proposes to the province

    bool operator==(const Criteria&) const = default;
};

// The plan's values are the defaults; the Thông tin sheet and the user's settings override them
// (resolve_criteria, criteria_settings.hxx).

enum class Reason
{
    status_not_valid,
    no_update_date,
    updated_after_cutoff,
    no_recognition,
    recognition_without_date,
    recognition_outside_period,
    no_value_document,
    value_document_without_date,
    value_document_outside_period,
    value_in_foreign_currency,
    value_unreadable,
    value_below_threshold,
    cell_error,           // a cell of the initiative holds a formula error (named in the text)
    column_not_read,      // a criterion's column is missing or unclear: the reasons resting on it are unknown
    duplicate,            // repeats an earlier row (counted once, as that row)
};

struct InitiativeVerdict
{
    bool counted = false;     // updated by the cut-off (any status): "đã cập nhật"
    bool valid = false;       // counted and status valid: "hợp lệ"
    bool qualifies = false;   // qualifies its authors for the individual award
    bool by_social_value = false;
    bool needs_check = false; // a formula error hides what would decide it: "Cần kiểm tra", not judged
    bool uncertain = false;   // a formula error in the status, update date or value of a counted one:
                              // its place in the figures is not known
    bool duplicate = false;   // repeats an earlier row: left out of every count
    // The criteria's columns (bits of criterion_column_bit) whose absence left a reason unknown:
    // missing from the list, or unclear (two columns claim them).
    std::uint8_t columns_missing = 0;
    std::uint8_t columns_unclear = 0;
    std::vector<Reason> reasons; // in the order of SPEC §3
};

// A reason resting on a criterion's column the initiative's list lacks (Initiative::columns_missing,
// columns_unclear) is unknown, not failed: "Cần kiểm tra" when nothing else fails.
InitiativeVerdict judge_initiative(const Initiative& initiative, const Criteria& criteria, bool sheet_has_update_dates);

// The word of the result column: "Đạt", "Không đạt", "Cần kiểm tra" or "Trùng"; and its message
// key ("verdict.pass", "verdict.fail", "verdict.check", "verdict.duplicate").
std::string_view verdict_word(const InitiativeVerdict& verdict, Language language);
std::string_view verdict_word_key(const InitiativeVerdict& verdict);

// The verdict's reasons, in their order, as messages kept as data (what a review record keeps)
// and one of them in a language, as verdict_text says it.
std::vector<Message> reason_messages(const InitiativeVerdict& verdict, const Initiative& initiative, const Criteria& criteria);
std::string reason_message_text(const Message& reason, Language language);

// "Đạt" or "Không đạt: <reason>; <reason>…" ("Cần kiểm tra: …", "Trùng: …") in the given language.
std::string verdict_text(const InitiativeVerdict& verdict, const Initiative& initiative, const Criteria& criteria,
                         Language language);
std::string reason_text(Reason reason, const Initiative& initiative, const Criteria& criteria, Language language);

// Counts of initiatives: per CĐCS, per group, in total.
struct Tally
{
    int updated = 0;            // counted (updated by the cut-off), any status
    int valid = 0;
    int pending = 0;
    int rejected = 0;
    int uncertain = 0;          // could not be judged or placed (formula errors): see InitiativeVerdict
    std::int64_t value = 0;     // benefit value of the valid ones, in đồng

    // Adds one initiative if it is counted.
    void add(const Initiative& initiative, const InitiativeVerdict& verdict);
};

struct PersonResult
{
    std::string name;
    std::string position;
    std::string unit;
    std::string unit_key;
    bool author_ground = false;             // author of a qualifying initiative
    std::vector<std::size_t> initiatives;   // indexes into Workbook::initiatives
    std::int64_t total_value = 0;           // of those initiatives, in đồng
    bool proposed = false;                  // on the Cá nhân đề xuất sheet
    bool contribution_ground = false;       // …with a unit and a stated contribution (or Tổ hỗ trợ)
    bool support_team = false;
    std::string contribution;
    std::vector<std::string> problems;      // message keys of failed contribution checks
    bool qualifies = false;
    std::string sort_key;                   // Vietnamese name order
};

struct UnionResult
{
    std::string name;
    std::string key;
    std::string block;
    std::size_t row = 0;        // on the CĐCS sheet; 0 when the unit is not in the list
    bool in_list = false;
    int quota = 0;
    Tally counts;               // its initiatives: updated, valid, pending, rejected, total value
    double percent = 0;         // valid / quota × 100 (0 without a quota)
    bool qualifies = false;     // quota > 0 and valid ≥ quota
    bool needs_check = false;   // the quota cell or one of its initiatives holds a formula error
    bool priority = false;      // TƯLĐTT or rules contain an initiative clause
};

struct Review
{
    Criteria criteria;
    std::vector<InitiativeVerdict> verdicts;      // parallel to Workbook::initiatives
    std::vector<UnionResult> unions;              // the list's order, then units missing from it
    std::vector<std::string> units_not_in_list;   // named by initiatives, absent from the CĐCS sheet
    std::vector<std::string> units_without_initiatives;
    std::vector<PersonResult> people;             // Vietnamese name order
    std::vector<std::size_t> ranking;             // qualifying initiatives: value desc, then first author
};

Review review_workbook(const Workbook& book, const Criteria& criteria);

} // namespace sangkien::core
