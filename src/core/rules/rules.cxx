#include "core/rules/rules.hxx"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "core/text/format.hxx"
#include "core/text/text.hxx"

namespace sangkien::core {

namespace {

bool in_period(const Date& date, const Criteria& criteria)
{
    return date >= criteria.period_start && date <= criteria.period_end;
}

void check_document(const DocumentRef& document, const Criteria& criteria, Reason missing, Reason without_date,
                    Reason outside, std::vector<Reason>& reasons)
{
    if (!document.present())
        reasons.push_back(missing);
    else if (!document.date)
        reasons.push_back(without_date);
    else if (!in_period(*document.date, criteria))
        reasons.push_back(outside);
}

} // namespace

void Tally::add(const Initiative& initiative, const InitiativeVerdict& verdict)
{
    if (verdict.uncertain)
        ++uncertain;
    if (!verdict.counted)
        return;
    ++updated;
    switch (initiative.status)
    {
    case Status::valid:
        ++valid;
        if (initiative.value.is_vnd())
            value += initiative.value.dong;
        break;
    case Status::pending: ++pending; break;
    case Status::rejected: ++rejected; break;
    default: break;
    }
}

namespace {

// The fields a reason is decided by: a reason that rests on a cell holding a formula error is no
// reason at all (the cell is not empty, it is unknown).
bool rests_on_unreadable(Reason reason, const Initiative& initiative)
{
    const auto any = [&initiative](std::initializer_list<Field> fields) {
        for (const Field field : fields)
            if (initiative.has_unreadable(field))
                return true;
        return false;
    };
    switch (reason)
    {
    case Reason::status_not_valid: return any({Field::status});
    case Reason::no_update_date:
    case Reason::updated_after_cutoff: return any({Field::updated_on});
    case Reason::no_recognition:
    case Reason::recognition_without_date:
    case Reason::recognition_outside_period:
        return any({Field::recognition, Field::recognition_number, Field::recognition_date});
    case Reason::no_value_document:
    case Reason::value_document_without_date:
    case Reason::value_document_outside_period:
        return any({Field::value_document, Field::value_document_number, Field::value_document_date, Field::value,
                    Field::social_value});
    case Reason::value_in_foreign_currency:
    case Reason::value_unreadable:
    case Reason::value_below_threshold: return any({Field::value, Field::social_value});
    case Reason::cell_error:
    case Reason::column_not_read:
    case Reason::duplicate: return false;
    }
    return false;
}

// The criteria's columns a reason is decided by (bits of criterion_column_bit). Without the rule
// that a social value needs its document too, whether the value document is needed at all rests
// on the value and the social value.
std::uint8_t columns_of(Reason reason, const Criteria& criteria)
{
    const std::uint8_t value_or_social = criterion_column_bit(Field::value) | criterion_column_bit(Field::social_value);
    switch (reason)
    {
    case Reason::status_not_valid: return criterion_column_bit(Field::status);
    case Reason::no_update_date:
    case Reason::updated_after_cutoff: return criterion_column_bit(Field::updated_on);
    case Reason::no_recognition:
    case Reason::recognition_without_date:
    case Reason::recognition_outside_period: return criterion_column_bit(Field::recognition);
    case Reason::no_value_document:
    case Reason::value_document_without_date:
    case Reason::value_document_outside_period:
        return criterion_column_bit(Field::value_document) | (criteria.social_needs_value_document ? 0 : value_or_social);
    case Reason::value_in_foreign_currency:
    case Reason::value_unreadable:
    case Reason::value_below_threshold: return value_or_social;
    default: return 0;
    }
}

} // namespace

InitiativeVerdict judge_initiative(const Initiative& initiative, const Criteria& criteria, bool list_has_update_dates)
{
    // A sheet of the list without the column: its initiatives are counted as a list without it is.
    const bool sheet_has_update_dates = list_has_update_dates && !initiative.sheet_without_update_dates;
    InitiativeVerdict verdict;
    if (initiative.duplicate_of != 0)
    {
        verdict.duplicate = true;
        verdict.reasons.push_back(Reason::duplicate);
        return verdict;
    }
    std::vector<Reason>& reasons = verdict.reasons;

    verdict.counted = !sheet_has_update_dates || (initiative.updated_on && *initiative.updated_on <= criteria.cutoff);
    verdict.valid = verdict.counted && initiative.status == Status::valid;

    if (initiative.status != Status::valid)
        reasons.push_back(Reason::status_not_valid);
    if (sheet_has_update_dates)
    {
        if (!initiative.updated_on)
            reasons.push_back(Reason::no_update_date);
        else if (*initiative.updated_on > criteria.cutoff)
            reasons.push_back(Reason::updated_after_cutoff);
    }
    check_document(initiative.recognition, criteria, Reason::no_recognition, Reason::recognition_without_date,
                   Reason::recognition_outside_period, reasons);

    const bool value_reaches = initiative.value.is_vnd() && initiative.value.dong >= criteria.threshold;
    verdict.by_social_value = !value_reaches && initiative.social_value;
    if (!verdict.by_social_value || criteria.social_needs_value_document)
        check_document(initiative.value_document, criteria, Reason::no_value_document,
                       Reason::value_document_without_date, Reason::value_document_outside_period, reasons);
    if (!value_reaches && !initiative.social_value)
    {
        if (initiative.value.kind == MoneyKind::other_currency)
            reasons.push_back(Reason::value_in_foreign_currency);
        else if (initiative.value.kind == MoneyKind::error)
            reasons.push_back(Reason::value_unreadable);
        else
            reasons.push_back(Reason::value_below_threshold);
    }
    // What rests on an unreadable cell or on a column the list lacks is unknown, not failed; what
    // is known still counts.
    const std::uint8_t missing = initiative.columns_missing, unclear = initiative.columns_unclear;
    if (!initiative.unreadable.empty() || missing || unclear)
    {
        std::erase_if(reasons, [&](Reason reason) {
            const std::uint8_t columns = columns_of(reason, criteria);
            verdict.columns_missing |= columns & missing;
            verdict.columns_unclear |= columns & unclear;
            return (columns & (missing | unclear)) != 0
                   || (!initiative.unreadable.empty() && rests_on_unreadable(reason, initiative));
        });
        const bool columns_unknown = verdict.columns_missing || verdict.columns_unclear;
        const bool something_unknown = columns_unknown || !initiative.unreadable.empty();
        verdict.needs_check = reasons.empty() && something_unknown;
        if (columns_unknown)
            reasons.insert(reasons.begin(), Reason::column_not_read);
        if (!initiative.unreadable.empty())
            reasons.insert(reasons.begin(), Reason::cell_error);
        const std::uint8_t status_bit = criterion_column_bit(Field::status), value_bit = criterion_column_bit(Field::value);
        const bool status_unknown = initiative.has_unreadable(Field::status) || ((missing | unclear) & status_bit);
        const bool date_unknown = (sheet_has_update_dates && initiative.has_unreadable(Field::updated_on))
                                  || ((missing | unclear) & criterion_column_bit(Field::updated_on));
        const bool value_unknown = (initiative.has_unreadable(Field::value) || ((missing | unclear) & value_bit))
                                   && initiative.status == Status::valid;
        verdict.uncertain = verdict.needs_check || status_unknown || date_unknown || value_unknown;
    }
    verdict.qualifies = reasons.empty();
    return verdict;
}

std::string_view verdict_word_key(const InitiativeVerdict& verdict)
{
    return verdict.qualifies     ? "verdict.pass"
           : verdict.duplicate   ? "verdict.duplicate"
           : verdict.needs_check ? "verdict.check"
                                 : "verdict.fail";
}

std::string_view verdict_word(const InitiativeVerdict& verdict, Language language)
{
    return text(language, verdict_word_key(verdict));
}

namespace {

// The key of a column_not_read reason's message: no text of its own, its arguments name the
// columns ("missing:value", "unclear:status") and reason_message_text says each.
constexpr std::string_view kColumnsKey = "reason.columns";

Message reason_message(Reason reason, const InitiativeVerdict& verdict, const Initiative& initiative, const Criteria& criteria)
{
    const auto period = [&criteria] { return body_date(criteria.period_start) + "–" + body_date(criteria.period_end); };
    auto date_of = [](const DocumentRef& d) { return d.date ? body_date(*d.date) : std::string(); };
    switch (reason)
    {
    case Reason::status_not_valid:
        // Without arguments: no status written ("reason.no_status").
        return initiative.status_text.empty() ? Message{"reason.status_not_valid", {}}
                                              : Message{"reason.status_not_valid", {initiative.status_text}};
    case Reason::no_update_date: return {"reason.no_update_date", {}};
    case Reason::updated_after_cutoff:
        return {"reason.updated_after_cutoff", {body_date(*initiative.updated_on), body_date(criteria.cutoff)}};
    case Reason::no_recognition: return {"reason.no_recognition", {}};
    case Reason::recognition_without_date: return {"reason.recognition_without_date", {}};
    case Reason::recognition_outside_period:
        return {"reason.recognition_outside_period", {date_of(initiative.recognition), period()}};
    case Reason::no_value_document: return {"reason.no_value_document", {}};
    case Reason::value_document_without_date: return {"reason.value_document_without_date", {}};
    case Reason::value_document_outside_period:
        return {"reason.value_document_outside_period", {date_of(initiative.value_document), period()}};
    case Reason::value_in_foreign_currency: return {"reason.value_in_foreign_currency", {initiative.value.currency}};
    case Reason::value_unreadable: return {"reason.value_unreadable", {}};
    case Reason::cell_error:
    {
        // Three arguments a cell: where, its field (by id) and what Calc shows.
        Message message{"reason.cell_error", {}};
        for (const UnreadableCell& cell : initiative.unreadable)
            message.arguments.insert(message.arguments.end(), {cell_reference(cell.column, initiative.row, initiative.sheet),
                                                               std::string(field_id(cell.field)), cell.shown});
        return message;
    }
    case Reason::column_not_read:
    {
        Message message{std::string(kColumnsKey), {}};
        for (const Field field : kCriterionColumns)
        {
            const std::uint8_t bit = criterion_column_bit(field);
            if (verdict.columns_missing & bit)
                message.arguments.push_back("missing:" + std::string(field_id(field)));
            else if (verdict.columns_unclear & bit)
                message.arguments.push_back("unclear:" + std::string(field_id(field)));
        }
        return message;
    }
    case Reason::duplicate:
        return {initiative.duplicate_rule == DuplicateRule::same_code ? "reason.duplicate_code" : "reason.duplicate_content",
                {row_reference(initiative.duplicate_of, initiative.duplicate_of_sheet)}};
    case Reason::value_below_threshold:
        return initiative.value.is_vnd()
                   ? Message{"reason.value_below_threshold", {money_argument(initiative.value.dong), money_argument(criteria.threshold)}}
                   : Message{"reason.no_value_below_threshold", {money_argument(criteria.threshold)}};
    }
    return {};
}

} // namespace

std::vector<Message> reason_messages(const InitiativeVerdict& verdict, const Initiative& initiative, const Criteria& criteria)
{
    std::vector<Message> messages;
    for (const Reason reason : verdict.reasons)
        messages.push_back(reason_message(reason, verdict, initiative, criteria));
    return messages;
}

std::string reason_message_text(const Message& reason, Language language)
{
    if (reason.key == kColumnsKey)
    {
        std::string columns;
        for (const std::string& column : reason.arguments)
        {
            const auto colon = column.find(':');
            if (colon == std::string::npos)
                continue;
            const std::string label = to_lower(text(language, "field." + column.substr(colon + 1)));
            columns += (columns.empty() ? "" : "; ")
                       + format(language, column.starts_with("unclear:") ? "reason.column_ambiguous" : "reason.column_missing", {label});
        }
        return columns;
    }
    if (reason.key == "reason.cell_error")
    {
        std::string cells;
        for (std::size_t i = 0; i + 2 < reason.arguments.size(); i += 3)
            cells += (cells.empty() ? "" : ", ")
                     + format(language, "reason.cell_error_cell",
                              {reason.arguments[i], text(language, "field." + reason.arguments[i + 1]), reason.arguments[i + 2]});
        return format(language, "reason.cell_error", {cells});
    }
    if (reason.key == "reason.status_not_valid" && reason.arguments.empty())
        return format(language, reason.key, {std::string(text(language, "reason.no_status"))});
    std::vector<std::string> arguments;
    for (const std::string& argument : reason.arguments)
        arguments.push_back(figure_text(argument, language));
    return format(language, reason.key, arguments);
}

std::string reason_text(Reason reason, const Initiative& initiative, const Criteria& criteria, Language language)
{
    // The columns a column_not_read reason is about are the verdict's: verdict_text names them.
    if (reason == Reason::column_not_read)
        return {};
    return reason_message_text(reason_message(reason, InitiativeVerdict{}, initiative, criteria), language);
}

std::string verdict_text(const InitiativeVerdict& verdict, const Initiative& initiative, const Criteria& criteria,
                         Language language)
{
    if (verdict.qualifies)
        return std::string(text(language, "verdict.pass"));
    std::string out = std::string(verdict_word(verdict, language)) + ": ";
    const std::vector<Message> reasons = reason_messages(verdict, initiative, criteria);
    for (std::size_t i = 0; i < reasons.size(); ++i)
        out += (i ? "; " : "") + reason_message_text(reasons[i], language);
    return out;
}

Review review_workbook(const Workbook& book, const Criteria& criteria)
{
    if (!book.indexed)
    {
        Workbook indexed = book;
        index_workbook(indexed);
        return review_workbook(indexed, criteria);
    }
    Review review;
    review.criteria = criteria;
    review.verdicts.reserve(book.initiatives.size());
    for (const auto& initiative : book.initiatives)
        review.verdicts.push_back(judge_initiative(initiative, criteria, book.has_update_dates));

    // --- CĐCS: the list first, in its order; then units named only by initiatives (by name).
    std::vector<int> result_of_unit(book.units.size(), -1);
    for (const auto& unit : book.unions)
    {
        if (result_of_unit[unit.unit_id] >= 0 || unit.unit_id == 0)
            continue;
        UnionResult result;
        result.name = unit.name;
        result.key = unit.key;
        result.block = unit.block;
        result.row = unit.row;
        result.in_list = true;
        result.quota = unit.quota;
        result.priority = unit.labour_agreement_clause;
        result_of_unit[unit.unit_id] = static_cast<int>(review.unions.size());
        review.unions.push_back(std::move(result));
    }
    const std::size_t listed = review.unions.size();
    for (std::size_t i = 0; i < book.initiatives.size(); ++i)
    {
        const Initiative& initiative = book.initiatives[i];
        if (initiative.unit_id == 0)
            continue;
        int& slot = result_of_unit[initiative.unit_id];
        if (slot < 0)
        {
            UnionResult result;
            result.name = book.units.names[initiative.unit_id];
            result.key = book.units.keys[initiative.unit_id];
            result.block = initiative.block;
            slot = static_cast<int>(review.unions.size());
            review.unions.push_back(std::move(result));
        }
        review.unions[static_cast<std::size_t>(slot)].counts.add(initiative, review.verdicts[i]);
    }
    for (const auto& unit : book.unions)
        if (unit.quota_unreadable && result_of_unit[unit.unit_id] >= 0)
            review.unions[static_cast<std::size_t>(result_of_unit[unit.unit_id])].needs_check = true;
    for (auto& unit : review.unions)
    {
        // A quota we cannot read decides nothing; initiatives we cannot place matter only while
        // the quota is not reached without them.
        const bool quota_unknown = unit.needs_check;
        unit.percent = unit.quota > 0 ? 100.0 * unit.counts.valid / unit.quota : 0.0;
        unit.qualifies = !quota_unknown && unit.in_list && unit.quota > 0 && unit.counts.valid >= unit.quota;
        unit.needs_check = quota_unknown || (!unit.qualifies && unit.counts.uncertain > 0);
        if (unit.in_list && unit.counts.updated == 0)
            review.units_without_initiatives.push_back(unit.name);
    }
    std::sort(review.unions.begin() + static_cast<long>(listed), review.unions.end(),
              [](const UnionResult& a, const UnionResult& b) { return a.key < b.key; });
    if (!book.unions.empty())
        for (std::size_t u = listed; u < review.unions.size(); ++u)
            review.units_not_in_list.push_back(review.unions[u].name);

    // --- People: authors of qualifying initiatives, then the proposed list; one entry per person
    // per unit.
    std::unordered_map<std::string, std::size_t> person_index;
    auto person_for = [&](const std::string& name, const std::string& unit, const std::string& unit_key) -> PersonResult& {
        const std::string key = matching_key(name, {false, false}) + "|" + unit_key;
        // (unit_key is the vocabulary's key, so spellings of one unit meet.)
        auto [it, inserted] = person_index.try_emplace(key, review.people.size());
        if (inserted)
        {
            PersonResult person;
            person.name = name;
            person.unit = unit;
            person.unit_key = unit_key;
            review.people.push_back(std::move(person));
        }
        return review.people[it->second];
    };
    for (std::size_t i = 0; i < book.initiatives.size(); ++i)
    {
        if (!review.verdicts[i].qualifies)
            continue;
        const Initiative& initiative = book.initiatives[i];
        for (const auto& author : initiative.authors)
        {
            PersonResult& person = person_for(author, book.units.names[initiative.unit_id], book.units.keys[initiative.unit_id]);
            person.author_ground = true;
            person.initiatives.push_back(i);
            if (initiative.value.is_vnd())
                person.total_value += initiative.value.dong;
            if (person.position.empty())
                person.position = initiative.position;
        }
    }
    for (const auto& proposed : book.people)
    {
        PersonResult& person = person_for(proposed.name, book.units.names[proposed.unit_id], book.units.keys[proposed.unit_id]);
        person.proposed = true;
        person.support_team = proposed.support_team;
        person.contribution = proposed.contribution;
        if (!proposed.position.empty())
            person.position = proposed.position;
        if (proposed.unit.empty())
            person.problems.push_back("person.no_unit");
        if (proposed.contribution.empty() && !proposed.support_team)
            person.problems.push_back("person.no_contribution");
        person.contribution_ground = person.problems.empty();
    }
    for (auto& person : review.people)
    {
        person.qualifies = criteria.grounds_and ? (person.author_ground && person.contribution_ground)
                                                : (person.author_ground || person.contribution_ground);
        person.sort_key = name_sort_key(person.name);
    }
    std::sort(review.people.begin(), review.people.end(), [](const PersonResult& a, const PersonResult& b) {
        return a.sort_key != b.sort_key ? a.sort_key < b.sort_key : a.unit_key < b.unit_key;
    });

    // --- Ranking: value descending, ties in name order of the first author.
    std::vector<std::pair<std::string, std::size_t>> keyed;
    for (std::size_t i = 0; i < book.initiatives.size(); ++i)
        if (review.verdicts[i].qualifies)
            keyed.emplace_back(book.initiatives[i].authors.empty() ? std::string()
                                                                   : name_sort_key(book.initiatives[i].authors.front()),
                               i);
    std::stable_sort(keyed.begin(), keyed.end(), [&book](const auto& a, const auto& b) {
        const auto value = [&book](std::size_t i) {
            const Money& m = book.initiatives[i].value;
            return m.is_vnd() ? m.dong : 0;
        };
        if (value(a.second) != value(b.second))
            return value(a.second) > value(b.second);
        return a.first < b.first;
    });
    for (const auto& entry : keyed)
        review.ranking.push_back(entry.second);
    return review;
}

} // namespace sangkien::core
