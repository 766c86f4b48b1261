#include "sangkien/core/functions.hxx"

#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <unordered_map>

#include "sangkien/core/format.hxx"
#include "sangkien/core/legacy.hxx"
#include "sangkien/core/text.hxx"

namespace sangkien::core {

namespace {

bool is_empty(const Cell& cell)
{
    if (std::holds_alternative<std::monostate>(cell))
        return true;
    const auto* text = std::get_if<std::string>(&cell);
    return text && text->find_first_not_of(" \t\r\n") == std::string::npos;
}

std::string as_text(const Cell& cell)
{
    if (const auto* text = std::get_if<std::string>(&cell))
        return *text;
    if (const auto* number = std::get_if<double>(&cell))
    {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, std::floor(*number) == *number && std::fabs(*number) < 1e15 ? "%.0f" : "%.10g",
                      *number);
        return buffer;
    }
    return {};
}

Money money_of(const Cell& cell)
{
    if (const auto* number = std::get_if<double>(&cell))
        return money_from_number(*number);
    if (const auto* text = std::get_if<std::string>(&cell))
        return parse_money(*text);
    return Money{};
}

DateValue date_of(const Cell& cell)
{
    if (const auto* number = std::get_if<double>(&cell))
        return date_from_number(*number);
    if (const auto* text = std::get_if<std::string>(&cell))
        return parse_date(*text);
    return DateValue{};
}

std::string date_problem(const DateValue& value, const Cell& cell, Language language)
{
    const char* key = value.error == DateError::impossible     ? "date.error.impossible"
                      : value.error == DateError::out_of_range ? "date.error.out_of_range"
                                                               : "date.error.unreadable";
    return format(language, key, {collapse_spaces(as_text(cell))});
}

std::optional<double> number_of(const Cell& cell)
{
    if (const auto* number = std::get_if<double>(&cell))
        return *number;
    const Money parsed = money_of(cell); // "12", "1.200"
    if (parsed.kind == MoneyKind::vnd)
        return static_cast<double>(parsed.dong);
    if (parsed.kind == MoneyKind::no_value)
        return 0.0;
    return std::nullopt;
}

// Unit names are compared by key; the keys of a column are computed once per distinct name.
class UnitMatcher
{
public:
    explicit UnitMatcher(const Cell& unit) : target_(matching_key(as_text(unit), {true, true})) {}
    bool empty() const { return target_.empty(); }
    bool matches(const Cell& cell)
    {
        const std::string* text = std::get_if<std::string>(&cell);
        if (!text)
            return is_empty(cell) ? false : matching_key(as_text(cell), {true, true}) == target_;
        auto [it, inserted] = known_.try_emplace(*text, false);
        if (inserted)
            it->second = matching_key(*text, {true, true}) == target_;
        return it->second;
    }

private:
    std::string target_;
    std::unordered_map<std::string, bool> known_;
};

} // namespace

Outcome<double> fn_tien(const Cell& text, Language language)
{
    const Money money = money_of(text);
    if (money.kind == MoneyKind::vnd)
        return Outcome<double>::ok(static_cast<double>(money.dong));
    if (money.kind == MoneyKind::no_value)
        return Outcome<double>::ok(0);
    return Outcome<double>::error(describe_money_problem(money, as_text(text), language));
}

Outcome<double> fn_ngay(const Cell& text, Language language)
{
    if (is_empty(text))
        return Outcome<double>::missing(format(language, "fn.empty", {}));
    const DateValue value = date_of(text);
    if (value.kind == DateKind::date)
        return Outcome<double>::ok(static_cast<double>(to_serial(value.date)));
    if (value.kind == DateKind::empty)
        return Outcome<double>::missing(format(language, "fn.empty", {}));
    return Outcome<double>::error(date_problem(value, text, language));
}

Outcome<std::string> fn_tien_chu(const Cell& amount, const std::optional<Cell>& unit, Language language)
{
    if (is_empty(amount))
        return Outcome<std::string>::missing(format(language, "fn.empty", {}));
    const Money money = money_of(amount);
    if (money.kind == MoneyKind::error || money.kind == MoneyKind::other_currency)
        return Outcome<std::string>::error(describe_money_problem(money, as_text(amount), language));
    WordsStyle style;
    if (unit && !std::holds_alternative<std::monostate>(*unit))
        style.unit = collapse_spaces(to_nfc(as_text(*unit)));
    return Outcome<std::string>::ok(money_in_words(money.dong, style));
}

Outcome<std::string> fn_ngay_thang(const Cell& date, const std::optional<Cell>& place, Language language)
{
    if (is_empty(date))
        return Outcome<std::string>::missing(format(language, "fn.empty", {}));
    const DateValue value = date_of(date);
    if (value.kind == DateKind::empty)
        return Outcome<std::string>::missing(format(language, "fn.empty", {}));
    if (value.kind != DateKind::date)
        return Outcome<std::string>::error(date_problem(value, date, language));
    const std::string where = place ? collapse_spaces(to_nfc(as_text(*place))) : std::string();
    return Outcome<std::string>::ok(nd30_date_line(where, value.date));
}

Outcome<std::string> fn_chuan_hoa(const Cell& text, Language)
{
    const LegacyConversion converted = convert_legacy_text(as_text(text));
    return Outcome<std::string>::ok(collapse_spaces(to_nfc(converted.text)));
}

Outcome<std::string> fn_khoa_ten(const Cell& name, Language)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    const std::string key = name_sort_key(collapse_spaces(to_nfc(as_text(name))));
    std::string hex;
    hex.reserve(key.size() * 2);
    for (const char c : key)
    {
        hex += kHex[(static_cast<unsigned char>(c) >> 4) & 0xF];
        hex += kHex[static_cast<unsigned char>(c) & 0xF];
    }
    return Outcome<std::string>::ok(hex);
}

Outcome<std::string> fn_xet_ca_nhan(const IndividualArguments& a, const Criteria& criteria, Language language)
{
    Initiative initiative;
    initiative.status_text = collapse_spaces(to_nfc(as_text(a.status)));
    initiative.status = parse_status(initiative.status_text);
    const auto read_date = [&](const Cell& cell, std::optional<Date>& target) -> std::optional<std::string> {
        if (is_empty(cell))
            return std::nullopt;
        const DateValue value = date_of(cell);
        if (value.kind == DateKind::empty)
            return std::nullopt;
        if (value.kind != DateKind::date)
            return date_problem(value, cell, language);
        target = value.date;
        return std::nullopt;
    };
    for (const auto& [cell, target] : {std::pair<const Cell*, std::optional<Date>*>{&a.updated, &initiative.updated_on},
                                       {&a.recognition_date, &initiative.recognition.date},
                                       {&a.value_document_date, &initiative.value_document.date}})
        if (const auto problem = read_date(*cell, *target))
            return Outcome<std::string>::error(*problem);
    initiative.recognition.number = collapse_spaces(as_text(a.recognition_number));
    initiative.value_document.number = collapse_spaces(as_text(a.value_document_number));
    initiative.value = money_of(a.value);
    if (initiative.value.kind == MoneyKind::error)
        return Outcome<std::string>::error(describe_money_problem(initiative.value, as_text(a.value), language));
    initiative.social_value = a.social && parse_yes_no(as_text(*a.social)) != YesNo::no;
    const InitiativeVerdict verdict = judge_initiative(initiative, criteria, true);
    return Outcome<std::string>::ok(verdict_text(verdict, initiative, criteria, language));
}

Outcome<std::string> fn_xet_tap_the(const Cell& valid_count, const Cell& quota, Language language)
{
    const auto count = number_of(valid_count);
    const auto target = number_of(quota);
    if (!count)
        return Outcome<std::string>::error(format(language, "cell.not_a_number", {as_text(valid_count)}));
    if (!target)
        return Outcome<std::string>::error(format(language, "cell.not_a_number", {as_text(quota)}));
    if (*target <= 0)
        return Outcome<std::string>::missing(format(language, "fn.no_quota", {}));
    if (*count >= *target)
        return Outcome<std::string>::ok(std::string(text(language, "verdict.pass")));
    const auto whole = [](double v) { return std::to_string(static_cast<long long>(std::llround(v))); };
    return Outcome<std::string>::ok(std::string(text(language, "verdict.fail")) + ": " + whole(*count) + "/" + whole(*target)
                                    + " (" + format_percent(100.0 * *count / *target) + ")");
}

namespace {

// The status of a cell, each distinct text parsed once.
class StatusReader
{
public:
    Status status(const Cell& cell)
    {
        const std::string text = as_text(cell);
        auto [it, inserted] = known_.try_emplace(text, Status::empty);
        if (inserted)
            it->second = parse_status(text);
        return it->second;
    }

private:
    std::unordered_map<std::string, Status> known_;
};

// The benefit value of a cell in đồng (0 when it is not an amount in VND), each distinct text
// parsed once.
class ValueReader
{
public:
    double dong(const Cell& cell)
    {
        Money money;
        if (const auto* text = std::get_if<std::string>(&cell))
        {
            auto [it, inserted] = known_.try_emplace(*text);
            if (inserted)
                it->second = parse_money(*text);
            money = it->second;
        }
        else
            money = money_of(cell);
        return money.is_vnd() ? static_cast<double>(money.dong) : 0.0;
    }

private:
    std::unordered_map<std::string, Money> known_;
};

// Whether row `i` was uploaded by the cut-off (always, when no dates are given).
bool uploaded_in_time(const std::optional<CellColumn>& updated, std::size_t i, const Criteria& criteria)
{
    if (!updated)
        return true;
    const DateValue date = date_of((*updated)[i]);
    return date.kind == DateKind::date && date.date <= criteria.cutoff;
}

// The first range whose length differs from `units`, as the Err:502 message.
std::optional<std::string> ranges_differ(const CellColumn& units, std::initializer_list<const CellColumn*> others,
                                         Language language)
{
    for (const CellColumn* other : others)
        if (other && other->size() != units.size())
            return format(language, "fn.ranges_differ", {std::to_string(units.size()), std::to_string(other->size())});
    return std::nullopt;
}

} // namespace

Outcome<double> fn_dem_hop_le(const CellColumn& units, const Cell& unit, const CellColumn& statuses,
                              const std::optional<CellColumn>& updated, const Criteria& criteria, Language language)
{
    if (const auto problem = ranges_differ(units, {&statuses, updated ? &*updated : nullptr}, language))
        return Outcome<double>::error(*problem);
    UnitMatcher matcher(unit);
    if (matcher.empty())
        return Outcome<double>::missing(format(language, "fn.empty", {}));
    StatusReader status;
    double count = 0;
    for (std::size_t i = 0; i < units.size(); ++i)
        if (matcher.matches(units[i]) && status.status(statuses[i]) == Status::valid
            && uploaded_in_time(updated, i, criteria))
            ++count;
    return Outcome<double>::ok(count);
}

Outcome<double> fn_tong_gia_tri(const CellColumn& units, const Cell& unit, const CellColumn& values, Language language)
{
    if (const auto problem = ranges_differ(units, {&values}, language))
        return Outcome<double>::error(*problem);
    UnitMatcher matcher(unit);
    if (matcher.empty())
        return Outcome<double>::missing(format(language, "fn.empty", {}));
    ValueReader value;
    double total = 0;
    for (std::size_t i = 0; i < units.size(); ++i)
        if (matcher.matches(units[i]))
            total += value.dong(values[i]);
    return Outcome<double>::ok(total);
}

Outcome<std::vector<std::optional<UnitTotals>>> fn_tong_hop_cdcs(const CellColumn& unit_list, const CellColumn& units,
                                                                 const CellColumn& statuses, const CellColumn& values,
                                                                 const std::optional<CellColumn>& updated,
                                                                 const Criteria& criteria, Language language)
{
    using Table = std::vector<std::optional<UnitTotals>>;
    if (const auto problem = ranges_differ(units, {&statuses, &values, updated ? &*updated : nullptr}, language))
        return Outcome<Table>::error(*problem);

    // Each listed name's key → its figures; rows of the table point at them.
    std::unordered_map<std::string, UnitTotals> by_key;
    std::vector<std::string> row_keys;
    row_keys.reserve(unit_list.size());
    for (const Cell& name : unit_list)
    {
        row_keys.push_back(is_empty(name) ? std::string() : matching_key(as_text(name), {true, true}));
        if (!row_keys.back().empty())
            by_key.try_emplace(row_keys.back());
    }

    // Each distinct unit text of the data is keyed once.
    std::unordered_map<std::string, UnitTotals*> unit_of_text;
    const auto totals_of = [&](const Cell& cell) -> UnitTotals* {
        if (is_empty(cell))
            return nullptr;
        const std::string text = as_text(cell);
        auto [it, inserted] = unit_of_text.try_emplace(text, nullptr);
        if (inserted)
        {
            const auto found = by_key.find(matching_key(text, {true, true}));
            it->second = found == by_key.end() ? nullptr : &found->second;
        }
        return it->second;
    };

    StatusReader status;
    ValueReader value;
    for (std::size_t i = 0; i < units.size(); ++i)
    {
        UnitTotals* totals = totals_of(units[i]);
        if (!totals)
            continue;
        totals->value += value.dong(values[i]);
        if (!uploaded_in_time(updated, i, criteria))
            continue;
        ++totals->uploaded;
        if (status.status(statuses[i]) == Status::valid)
            ++totals->valid;
    }

    Table table;
    table.reserve(row_keys.size());
    for (const auto& key : row_keys)
        table.push_back(key.empty() ? std::nullopt : std::optional<UnitTotals>(by_key.at(key)));
    return Outcome<Table>::ok(std::move(table));
}

} // namespace sangkien::core
