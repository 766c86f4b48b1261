// What changed since the last review of the same list (issue 28, item 2): two review records
// (review_record.hxx) compared — initiatives that became valid or stopped being, that now qualify
// or no longer do, CĐCS that reached or fell below their quota, data problems fixed and new, the
// totals before and after — written as the sheet "KQ Thay đổi" ("Review changes").
//
// Initiatives are matched by their code; else, where one of the two has no code, by the repeat
// rule (the same title, the same authors with their accents, the same unit and CĐCS: the key
// find_duplicates compares). What cannot be matched is listed as such, never guessed: an
// initiative with no counterpart, and every candidate where a code or a content stands for several
// initiatives on either side — unless both reviews hold as many of them with each outcome (a row
// and its repeat, unchanged), when they are paired outcome by outcome and nothing is said of them.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/features/review_record.hxx"

namespace sangkien::core {

enum class InitiativeChangeKind
{
    became_valid,
    no_longer_valid,
    now_qualifies,
    no_longer_qualifies,
    other, // the same on both counts, but another verdict word or other reasons
};

struct InitiativeChange
{
    InitiativeChangeKind kind;
    RecordedInitiative before, now;
};

// Why an initiative could not be matched.
enum class UnmatchedWhy
{
    no_counterpart,  // nothing in the other review with its code or (one of them without a code) its content
    code_repeated,   // its code stands for several initiatives in one of the reviews
    content_repeated // its content stands for several initiatives without a code of their own
};

struct UnmatchedInitiative
{
    bool earlier = false;      // only in the earlier review (else only in this one)
    RecordedInitiative initiative;
    UnmatchedWhy why = UnmatchedWhy::no_counterpart;
    std::size_t candidates = 0; // with a repeated code or content: the initiatives it stands for, in the review with more
};

enum class UnitChangeKind { reached_quota, fell_below_quota, only_earlier, only_now };

struct UnitChange
{
    UnitChangeKind kind;
    RecordedUnit before, now; // the one not there is empty
};

struct IssueChange
{
    bool fixed = false;        // in the earlier review, not in this one (else new)
    RecordedIssue issue;
    std::string code;          // the code of the initiative whose row it is on, when it has one
};

struct ReviewChanges
{
    std::string earlier_made_at;
    RecordTotals before, now;
    Criteria criteria_before, criteria_now;
    std::vector<CriterionKey> criteria_changed;     // said by their values in the two
    std::size_t matched = 0;                        // initiatives matched
    std::vector<InitiativeChange> initiatives;      // by kind, then in this review's order
    std::vector<UnmatchedInitiative> unmatched;     // the earlier review's, then this one's
    std::vector<UnitChange> units;                  // by kind, then in the review's order
    std::vector<IssueChange> issues;                // fixed, then new, each in its review's order

    // Nothing changed for any initiative, CĐCS or problem (the totals may still be shown).
    bool nothing_changed() const { return initiatives.empty() && unmatched.empty() && units.empty() && issues.empty(); }
};

// `before` is the earlier review's record, `now` this one's. Data problems (not the notes) are
// compared: one on an initiative's row as that initiative's (its row may have moved), leaving out
// those of an initiative that is only in one review (listed there); any other by its sheet,
// column, cell value and message.
ReviewChanges compare_reviews(const ReviewRecord& before, const ReviewRecord& now);

// "KQ Thay đổi" ("Review changes") in `language`: what was compared, the totals before and after,
// the criteria that changed, then one row per change.
ResultSheet changes_sheet(const ReviewChanges& changes, Language language);

// "So với lần xét trước: 2 sáng kiến nay đạt, …" — a line for the review's summary.
std::string changes_summary(const ReviewChanges& changes, Language language);

} // namespace sangkien::core
