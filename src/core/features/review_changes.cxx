#include "core/features/review_changes.hxx"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

#include "core/rules/criteria_settings.hxx"
#include "core/text/format.hxx"

namespace sangkien::core {

namespace {

// ---------------------------------------------------------------------------------------------
// Matching the initiatives of two records

using Index = std::optional<std::size_t>;

// What a reason says, without the places in it (rows move when a row above is removed): the
// earlier row a repeat points to, the cells of formula errors.
Message reason_identity(const Message& reason)
{
    Message identity = reason;
    if (reason.key == "reason.duplicate_code" || reason.key == "reason.duplicate_content")
        identity.arguments.clear();
    else if (reason.key == "reason.cell_error")
        for (std::size_t i = 0; i < identity.arguments.size(); i += 3)
            identity.arguments[i].clear();
    return identity;
}

// What an initiative got in its review, as text: two with the same got the same.
std::string outcome(const RecordedInitiative& item)
{
    std::string out = std::string(item.counted ? "c" : "") + (item.valid ? "v" : "") + (item.qualifies ? "q" : "") + '\x1f'
                      + item.verdict;
    for (const Message& reason : item.reasons)
    {
        const Message identity = reason_identity(reason);
        out += '\x1e' + identity.key;
        for (const std::string& argument : identity.arguments)
            out += '\x1f' + argument;
    }
    return out;
}

// The same as outcome(a) == outcome(b), without making the texts (it runs for every pair).
bool same_outcome(const RecordedInitiative& a, const RecordedInitiative& b)
{
    if (a.counted != b.counted || a.valid != b.valid || a.qualifies != b.qualifies || a.verdict != b.verdict
        || a.reasons.size() != b.reasons.size())
        return false;
    for (std::size_t i = 0; i < a.reasons.size(); ++i)
        if (!(a.reasons[i] == b.reasons[i]) && !(reason_identity(a.reasons[i]) == reason_identity(b.reasons[i])))
            return false;
    return true;
}

struct Side
{
    const std::vector<RecordedInitiative>& items;
    std::vector<Index> partner;                               // the other side's index
    std::vector<std::pair<UnmatchedWhy, std::size_t>> why;    // for those left unmatched
    std::vector<bool> settled;                                // matched, or refused as ambiguous

    explicit Side(const std::vector<RecordedInitiative>& records)
        : items(records), partner(records.size()), why(records.size(), {UnmatchedWhy::no_counterpart, 0}),
          settled(records.size(), false)
    {
    }

    // The unsettled initiatives by a key (empty keys left out), in their order.
    std::unordered_map<std::string, std::vector<std::size_t>> by(std::string RecordedInitiative::*key) const
    {
        std::unordered_map<std::string, std::vector<std::size_t>> groups;
        for (std::size_t i = 0; i < items.size(); ++i)
            if (!settled[i] && !(items[i].*key).empty())
                groups[items[i].*key].push_back(i);
        return groups;
    }
};

void pair_up(Side& before, std::size_t b, Side& now, std::size_t n)
{
    before.partner[b] = n;
    now.partner[n] = b;
    before.settled[b] = now.settled[n] = true;
}

// One key's candidates on both sides: one and one are a pair (when `allowed`). Several are paired
// only when both sides hold as many of each outcome — then some pairing says nothing changed, and
// they are paired outcome by outcome; else none of them is paired (which is which is not guessed).
template <typename Allowed>
void match_group(Side& before, const std::vector<std::size_t>& in_before, Side& now, const std::vector<std::size_t>& in_now,
                 UnmatchedWhy ambiguous, const Allowed& allowed)
{
    if (in_before.size() == 1 && in_now.size() == 1)
    {
        if (allowed(in_before[0], in_now[0]))
            pair_up(before, in_before[0], now, in_now[0]);
        return;
    }
    const auto by_outcome = [](const Side& side, std::vector<std::size_t> indexes) {
        std::vector<std::pair<std::string, std::size_t>> sorted;
        for (const std::size_t i : indexes)
            sorted.emplace_back(outcome(side.items[i]), i);
        std::sort(sorted.begin(), sorted.end());
        return sorted;
    };
    const auto earlier = by_outcome(before, in_before), later = by_outcome(now, in_now);
    bool alike = earlier.size() == later.size();
    for (std::size_t k = 0; alike && k < earlier.size(); ++k)
        alike = earlier[k].first == later[k].first && allowed(earlier[k].second, later[k].second);
    if (alike)
    {
        for (std::size_t k = 0; k < earlier.size(); ++k)
            pair_up(before, earlier[k].second, now, later[k].second);
        return;
    }
    const std::size_t candidates = std::max(in_before.size(), in_now.size());
    for (auto [side, indexes] : {std::pair{&before, &in_before}, std::pair{&now, &in_now}})
        for (const std::size_t i : *indexes)
        {
            side->settled[i] = true;
            side->why[i] = {ambiguous, candidates};
        }
}

// By code first; then, where one of the two has no code, by the repeat rule's content key.
void match_initiatives(Side& before, Side& now)
{
    const auto before_codes = before.by(&RecordedInitiative::code_key), now_codes = now.by(&RecordedInitiative::code_key);
    for (const auto& [code, in_before] : before_codes)
        if (const auto found = now_codes.find(code); found != now_codes.end())
            match_group(before, in_before, now, found->second, UnmatchedWhy::code_repeated,
                        [](std::size_t, std::size_t) { return true; });
    const auto before_contents = before.by(&RecordedInitiative::content_key);
    const auto now_contents = now.by(&RecordedInitiative::content_key);
    for (const auto& [content, in_before] : before_contents)
        if (const auto found = now_contents.find(content); found != now_contents.end())
            match_group(before, in_before, now, found->second, UnmatchedWhy::content_repeated, [&](std::size_t b, std::size_t n) {
                return before.items[b].code_key.empty() || now.items[n].code_key.empty();
            });
}

// ---------------------------------------------------------------------------------------------
// The problems of two records

// A data problem as it is compared: on an initiative's row, as that initiative's (by the index of
// the initiative in this review), else by its sheet and all it says; never by a row that moves.
std::optional<std::string> issue_identity(const RecordedIssue& issue, const Index& initiative_now)
{
    std::string identity = issue.message.key + '\x1f' + issue.column + '\x1f' + issue.value + '\x1f';
    if (issue.initiative)
    {
        if (!initiative_now)
            return std::nullopt; // an initiative only in one review: its problems go with it
        return identity + "i" + std::to_string(*initiative_now);
    }
    identity += "s" + issue.sheet;
    for (const std::string& argument : issue.message.arguments)
        identity += '\x1f' + argument;
    return identity;
}

std::vector<IssueChange> compare_issues(const ReviewRecord& before, const ReviewRecord& now, const Side& before_side,
                                       const Side& now_side)
{
    std::map<std::string, std::pair<std::vector<std::size_t>, std::vector<std::size_t>>> groups;
    for (std::size_t i = 0; i < before.issues.size(); ++i)
        if (const RecordedIssue& issue = before.issues[i]; issue.is_error)
            if (const auto identity = issue_identity(issue, issue.initiative ? before_side.partner[*issue.initiative] : Index{}))
                groups[*identity].first.push_back(i);
    for (std::size_t i = 0; i < now.issues.size(); ++i)
        if (const RecordedIssue& issue = now.issues[i]; issue.is_error)
        {
            // A problem of an initiative that was matched is keyed by that initiative; one only
            // in this review is left out with it.
            const Index initiative_now = issue.initiative && now_side.partner[*issue.initiative] ? issue.initiative : Index{};
            if (const auto identity = issue_identity(issue, initiative_now))
                groups[*identity].second.push_back(i);
        }
    std::vector<std::size_t> fixed, added;
    for (const auto& [identity, lists] : groups)
    {
        const auto& [in_before, in_now] = lists;
        for (std::size_t k = in_now.size(); k < in_before.size(); ++k)
            fixed.push_back(in_before[k]);
        for (std::size_t k = in_before.size(); k < in_now.size(); ++k)
            added.push_back(in_now[k]);
    }
    std::sort(fixed.begin(), fixed.end());
    std::sort(added.begin(), added.end());
    std::vector<IssueChange> changes;
    const auto code_of = [](const ReviewRecord& record, const RecordedIssue& issue) {
        return issue.initiative ? record.initiatives[*issue.initiative].code : std::string();
    };
    for (const std::size_t i : fixed)
        changes.push_back({true, before.issues[i], code_of(before, before.issues[i])});
    for (const std::size_t i : added)
        changes.push_back({false, now.issues[i], code_of(now, now.issues[i])});
    return changes;
}

std::vector<UnitChange> compare_units(const ReviewRecord& before, const ReviewRecord& now)
{
    std::unordered_map<std::string, std::size_t> earlier, later;
    for (std::size_t i = 0; i < before.units.size(); ++i)
        earlier.try_emplace(before.units[i].key, i);
    for (std::size_t i = 0; i < now.units.size(); ++i)
        later.try_emplace(now.units[i].key, i);
    std::vector<UnitChange> changes;
    for (const RecordedUnit& unit : now.units)
    {
        const auto found = earlier.find(unit.key);
        if (found == earlier.end())
            changes.push_back({UnitChangeKind::only_now, {}, unit});
        else if (const RecordedUnit& was = before.units[found->second]; was.qualifies != unit.qualifies)
            changes.push_back({unit.qualifies ? UnitChangeKind::reached_quota : UnitChangeKind::fell_below_quota, was, unit});
    }
    for (const RecordedUnit& unit : before.units)
        if (!later.count(unit.key))
            changes.push_back({UnitChangeKind::only_earlier, unit, {}});
    std::stable_sort(changes.begin(), changes.end(), [](const UnitChange& a, const UnitChange& b) { return a.kind < b.kind; });
    return changes;
}

} // namespace

ReviewChanges compare_reviews(const ReviewRecord& before, const ReviewRecord& now)
{
    ReviewChanges changes;
    changes.earlier_made_at = before.made_at;
    changes.before = before.totals;
    changes.now = now.totals;
    changes.criteria_before = before.criteria;
    changes.criteria_now = now.criteria;
    for (const CriterionSetting& setting : criterion_settings())
        if (criterion_text(setting.key, before.criteria) != criterion_text(setting.key, now.criteria))
            changes.criteria_changed.push_back(setting.key);

    Side earlier(before.initiatives), later(now.initiatives);
    match_initiatives(earlier, later);
    for (std::size_t n = 0; n < now.initiatives.size(); ++n)
    {
        if (!later.partner[n])
            continue;
        ++changes.matched;
        const RecordedInitiative& was = before.initiatives[*later.partner[n]];
        const RecordedInitiative& is = now.initiatives[n];
        const auto add = [&](InitiativeChangeKind kind) { changes.initiatives.push_back({kind, was, is}); };
        if (was.valid != is.valid)
            add(is.valid ? InitiativeChangeKind::became_valid : InitiativeChangeKind::no_longer_valid);
        if (was.qualifies != is.qualifies)
            add(is.qualifies ? InitiativeChangeKind::now_qualifies : InitiativeChangeKind::no_longer_qualifies);
        if (was.valid == is.valid && was.qualifies == is.qualifies && !same_outcome(was, is))
            add(InitiativeChangeKind::other);
    }
    std::stable_sort(changes.initiatives.begin(), changes.initiatives.end(),
                     [](const InitiativeChange& a, const InitiativeChange& b) { return a.kind < b.kind; });
    for (auto [side, earlier_side] : {std::pair{&earlier, true}, std::pair{&later, false}})
        for (std::size_t i = 0; i < side->items.size(); ++i)
            if (!side->partner[i])
                changes.unmatched.push_back({earlier_side, side->items[i], side->why[i].first, side->why[i].second});
    changes.units = compare_units(before, now);
    changes.issues = compare_issues(before, now, earlier, later);
    return changes;
}

// ---------------------------------------------------------------------------------------------
// The sheet

namespace {

Cell text_cell(std::string value)
{
    return value.empty() ? Cell{} : Cell(std::move(value));
}

std::string word(Language language, std::string_view key)
{
    return has_text(key) ? std::string(text(language, key)) : std::string(key);
}

std::string reasons_text(const std::vector<Message>& reasons, Language language)
{
    std::string out;
    for (const Message& reason : reasons)
        if (std::string said = reason_message_text(reason, language); !said.empty())
            out += (out.empty() ? "" : "; ") + said;
    return out;
}

std::string_view initiative_kind_key(InitiativeChangeKind kind)
{
    switch (kind)
    {
    case InitiativeChangeKind::became_valid: return "change.kind.became_valid";
    case InitiativeChangeKind::no_longer_valid: return "change.kind.no_longer_valid";
    case InitiativeChangeKind::now_qualifies: return "change.kind.now_qualifies";
    case InitiativeChangeKind::no_longer_qualifies: return "change.kind.no_longer_qualifies";
    case InitiativeChangeKind::other: return "change.kind.other";
    }
    return {};
}

std::string_view unit_kind_key(UnitChangeKind kind)
{
    switch (kind)
    {
    case UnitChangeKind::reached_quota: return "change.unit.reached";
    case UnitChangeKind::fell_below_quota: return "change.unit.fell";
    case UnitChangeKind::only_earlier: return "change.unit.only_earlier";
    case UnitChangeKind::only_now: return "change.unit.only_now";
    }
    return {};
}

// A criterion's value as the summary sheet says it, in the language.
std::string criterion_value(CriterionKey key, const Criteria& criteria, Language language)
{
    const CriterionSetting& setting = criterion_setting(key);
    switch (setting.kind)
    {
    case CriterionKind::amount: return format_money(criteria.*setting.amount, language);
    case CriterionKind::choice: return std::string(text(language, criteria.*setting.choice ? "result.set.and" : "result.set.or"));
    case CriterionKind::count: return format_count(criteria.*setting.count, language);
    case CriterionKind::date: break;
    }
    return criterion_text(key, criteria);
}

// "12 (Sáng kiến (2))" → "dòng 12 (Sáng kiến (2))"; a problem's cell ("Sáng kiến!H12").
std::string row_words(const std::string& place, Language language)
{
    return place.empty() ? std::string() : format(language, "change.row", {place});
}

std::string issue_place(const RecordedIssue& issue, Language language)
{
    if (issue.row == 0)
        return issue.sheet;
    if (issue.column.empty())
        return issue.sheet + " — " + format(language, "change.row", {std::to_string(issue.row)});
    return cell_reference(issue.column, issue.row, SharedText(issue.sheet));
}

class ChangesSheet
{
public:
    explicit ChangesSheet(Language language) : language_(language)
    {
        const auto column = [language](const char* key, int width) {
            return ResultColumn{std::string(text(language, key)), ColumnFormat::text, width};
        };
        sheet_ = ResultSheet{ResultKind::changes,
                             result_sheet_name(ResultKind::changes, language),
                             {column("change.col.change", 38), column("change.col.code", 10), column("change.col.item", 44),
                              column("change.col.unit", 30), column("change.col.before", 16), column("change.col.now", 16),
                              column("change.col.detail", 60)},
                             {},
                             {}};
    }

    void row(std::string change, std::string code, std::string item, std::string unit, Cell before, Cell now, std::string detail)
    {
        sheet_.rows.push_back({text_cell(std::move(change)), text_cell(std::move(code)), text_cell(std::move(item)),
                               text_cell(std::move(unit)), std::move(before), std::move(now), text_cell(std::move(detail))});
    }

    // A figure before and after, with how much it moved.
    void total(const char* label, std::int64_t before, std::int64_t now, bool money)
    {
        const std::size_t at = sheet_.rows.size();
        const auto shown = [&](std::int64_t value) {
            return money ? format_money(value, language_) : format_count(value, language_);
        };
        const std::string moved = now > before   ? format(language_, "change.up", {shown(now - before)})
                                  : now < before ? format(language_, "change.down", {shown(before - now)})
                                                 : std::string(text(language_, "change.same"));
        row(std::string(text(language_, "change.total")), {}, std::string(text(language_, label)), {},
            Cell(static_cast<double>(before)), Cell(static_cast<double>(now)), moved);
        for (const std::size_t column : {4u, 5u})
            sheet_.cell_formats.push_back({at, column, money ? ColumnFormat::money : ColumnFormat::count});
    }

    std::string word(std::string_view key) const { return core::word(language_, key); }
    Language language() const { return language_; }
    ResultSheet take() { return std::move(sheet_); }

private:
    Language language_;
    ResultSheet sheet_;
};

} // namespace

ResultSheet changes_sheet(const ReviewChanges& changes, Language language)
{
    ChangesSheet sheet(language);
    const std::size_t unmatched = changes.unmatched.size();
    sheet.row(std::string(text(language, "change.compared")), {},
              changes.earlier_made_at.empty() ? std::string(text(language, "change.compared_undated"))
                                              : format(language, "change.compared_at", {changes.earlier_made_at}),
              {}, {}, {}, format(language, "change.matched", {format_count(static_cast<std::int64_t>(changes.matched), language),
                                                              format_count(static_cast<std::int64_t>(unmatched), language)}));
    const RecordTotals &b = changes.before, &n = changes.now;
    sheet.total("result.sum.initiatives", b.initiatives, n.initiatives, false);
    sheet.total("result.sum.updated", b.updated, n.updated, false);
    sheet.total("result.sum.valid", b.valid, n.valid, false);
    sheet.total("result.sum.value", b.value, n.value, true);
    sheet.total("result.sum.quota", b.quota, n.quota, false);
    sheet.total("result.sum.units_reaching", b.units_reaching_quota, n.units_reaching_quota, false);
    sheet.total("result.sum.qualifying_initiatives", b.qualifying_initiatives, n.qualifying_initiatives, false);
    sheet.total("result.sum.qualifying_people", b.qualifying_people, n.qualifying_people, false);
    sheet.total("change.errors", b.errors, n.errors, false);
    // The criteria: a change there moves every verdict that rests on them.
    for (const CriterionKey key : changes.criteria_changed)
        sheet.row(std::string(text(language, "change.criterion")), {}, std::string(text(language, criterion_setting(key).label_key)),
                  {}, text_cell(criterion_value(key, changes.criteria_before, language)),
                  text_cell(criterion_value(key, changes.criteria_now, language)), {});
    for (const InitiativeChange& change : changes.initiatives)
    {
        // What it still lacks; for one that now qualifies, what was put right.
        const std::string detail = change.now.qualifies
                                       ? (change.before.reasons.empty() ? std::string()
                                                                        : format(language, "change.fixed_reasons",
                                                                                 {reasons_text(change.before.reasons, language)}))
                                       : reasons_text(change.now.reasons, language);
        sheet.row(sheet.word(initiative_kind_key(change.kind)), change.now.code, change.now.title, change.now.unit,
                  text_cell(sheet.word(change.before.verdict)), text_cell(sheet.word(change.now.verdict)),
                  detail.empty() ? row_words(change.now.place, language) : row_words(change.now.place, language) + ": " + detail);
    }
    for (const UnmatchedInitiative& lone : changes.unmatched)
    {
        const std::string why = lone.why == UnmatchedWhy::code_repeated
                                    ? format(language, "change.why.code", {format_count(static_cast<std::int64_t>(lone.candidates), language)})
                                : lone.why == UnmatchedWhy::content_repeated
                                    ? format(language, "change.why.content",
                                             {format_count(static_cast<std::int64_t>(lone.candidates), language)})
                                    : std::string(text(language, "change.why.none"));
        const Cell verdict = text_cell(sheet.word(lone.initiative.verdict));
        sheet.row(std::string(text(language, lone.earlier ? "change.unmatched.earlier" : "change.unmatched.now")), lone.initiative.code,
                  lone.initiative.title, lone.initiative.unit, lone.earlier ? verdict : Cell{}, lone.earlier ? Cell{} : verdict,
                  row_words(lone.initiative.place, language) + ": " + why);
    }
    for (const UnitChange& change : changes.units)
    {
        const auto standing = [language](const RecordedUnit& unit) {
            return unit.key.empty() ? Cell{}
                                    : text_cell(format_count(unit.valid, language) + "/" + format_count(unit.quota, language));
        };
        const RecordedUnit& unit = change.kind == UnitChangeKind::only_earlier ? change.before : change.now;
        sheet.row(sheet.word(unit_kind_key(change.kind)), {}, unit.name, {}, standing(change.before), standing(change.now),
                  unit.quota > 0 ? std::string(text(language, "change.quota_words")) : std::string());
    }
    for (const IssueChange& change : changes.issues)
    {
        const RecordedIssue& issue = change.issue;
        const Issue shown{issue.sheet, issue.row, issue.column, issue.value, issue.message.key, issue.message.arguments,
                          issue.is_error, issue.value_is_number};
        const Cell value = text_cell(issue_value(shown, language));
        sheet.row(std::string(text(language, change.fixed ? "change.issue.fixed" : "change.issue.new")), change.code,
                  message_text(issue.message, language), {}, change.fixed ? value : Cell{}, change.fixed ? Cell{} : value,
                  issue_place(issue, language));
    }
    if (changes.nothing_changed())
        sheet.row(std::string(text(language, "change.nothing")), {}, {}, {}, {}, {}, {});
    return sheet.take();
}

std::string changes_summary(const ReviewChanges& changes, Language language)
{
    std::map<InitiativeChangeKind, std::int64_t> initiatives;
    for (const InitiativeChange& change : changes.initiatives)
        ++initiatives[change.kind];
    std::map<UnitChangeKind, std::int64_t> units;
    for (const UnitChange& change : changes.units)
        ++units[change.kind];
    std::int64_t fixed = 0, added = 0;
    for (const IssueChange& change : changes.issues)
        ++(change.fixed ? fixed : added);
    const auto count = [language](std::int64_t value) { return format_count(value, language); };
    return format(language, "change.summary",
                  {result_sheet_name(ResultKind::changes, language), count(initiatives[InitiativeChangeKind::now_qualifies]),
                   count(initiatives[InitiativeChangeKind::no_longer_qualifies]), count(initiatives[InitiativeChangeKind::became_valid]),
                   count(initiatives[InitiativeChangeKind::no_longer_valid]), count(units[UnitChangeKind::reached_quota]),
                   count(units[UnitChangeKind::fell_below_quota]), count(fixed), count(added),
                   count(static_cast<std::int64_t>(changes.unmatched.size()))});
}

} // namespace sangkien::core
