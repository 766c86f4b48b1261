#include "core/rules/functions.hxx"

#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <unordered_map>

#include "core/text/format.hxx"
#include "core/text/legacy.hxx"
#include "core/text/text.hxx"

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

// A value computed once per distinct value of a column (see CellColumn).
template <typename T>
class PerValue
{
public:
    explicit PerValue(const CellColumn& column) : column_(column), known_(column.distinct_count()) {}

    template <typename Compute>
    const T& at(std::size_t row, Compute compute)
    {
        std::optional<T>& slot = known_[column_.index(row)];
        if (!slot)
            slot = compute(column_.value(column_.index(row)));
        return *slot;
    }

private:
    const CellColumn& column_;
    std::vector<std::optional<T>> known_;
};

// The matching key of a unit cell ("" for an empty one).
std::string unit_key(const Cell& cell)
{
    return is_empty(cell) ? std::string() : matching_key(as_text(cell), {true, true});
}

} // namespace

CellColumn::CellColumn(std::initializer_list<Cell> cells)
{
    for (const Cell& cell : cells)
        push_back(cell);
}

std::uint32_t CellColumn::push_back(const Cell& cell)
{
    std::uint32_t index = static_cast<std::uint32_t>(values_.size());
    if (const auto* text = std::get_if<std::string>(&cell))
    {
        const auto [it, inserted] = text_index_.try_emplace(*text, index);
        if (!inserted)
            index = it->second;
    }
    else if (std::holds_alternative<std::monostate>(cell))
    {
        if (empty_index_)
            index = *empty_index_;
        else
            empty_index_ = index;
    }
    if (index == values_.size())
        values_.push_back(cell);
    rows_.push_back(index);
    return index;
}

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
    {
        // A status column repeats a handful of spellings: tidy and parse each once per thread.
        thread_local std::unordered_map<std::string, std::pair<std::string, Status>> statuses;
        std::string raw = as_text(a.status);
        auto found = statuses.find(raw);
        if (found == statuses.end())
        {
            if (statuses.size() > 512)
                statuses.clear();
            std::string tidy = collapse_spaces(to_nfc(raw));
            const Status status = parse_status(tidy);
            found = statuses.emplace(std::move(raw), std::pair{std::move(tidy), status}).first;
        }
        initiative.status_text = found->second.first;
        initiative.status = found->second.second;
    }
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
    // The verdict word is a value formulas test and files keep ("Đạt", "Không đạt"): the same in
    // every UI language, as the function names are; the reasons after it are in the UI language.
    const std::string said = verdict_text(verdict, initiative, criteria, language);
    return Outcome<std::string>::ok(std::string(verdict_word(verdict, Language::vietnamese))
                                    + said.substr(verdict_word(verdict, language).size()));
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
    // The verdict words are the same in every UI language (fn_xet_ca_nhan); the figures are the UI's.
    if (*count >= *target)
        return Outcome<std::string>::ok(std::string(text(Language::vietnamese, "verdict.pass")));
    const auto whole = [language](double v) { return format_count(std::llround(v), language); };
    return Outcome<std::string>::ok(std::string(text(Language::vietnamese, "verdict.fail")) + ": " + whole(*count) + "/"
                                    + whole(*target) + " (" + format_percent(100.0 * *count / *target, language) + ")");
}

namespace {

Status status_of(const Cell& cell)
{
    return parse_status(as_text(cell));
}

// The benefit value of a cell in đồng; 0 when it is not an amount in VND (other currencies, text
// that is no amount).
double dong_of(const Cell& cell)
{
    const Money money = money_of(cell);
    return money.is_vnd() ? static_cast<double>(money.dong) : 0.0;
}

bool date_in_time(const Cell& cell, const Criteria& criteria)
{
    const DateValue date = date_of(cell);
    return date.kind == DateKind::date && date.date <= criteria.cutoff;
}

// Whether row `i` was uploaded by the cut-off (always, when no dates are given).
class UploadCheck
{
public:
    UploadCheck(const std::optional<CellColumn>& updated, const Criteria& criteria)
        : criteria_(criteria), known_(updated ? std::optional<PerValue<bool>>(std::in_place, *updated) : std::nullopt)
    {
    }
    bool in_time(std::size_t i)
    {
        return !known_ || known_->at(i, [this](const Cell& cell) { return date_in_time(cell, criteria_); });
    }

private:
    const Criteria& criteria_;
    std::optional<PerValue<bool>> known_;
};

// The first range whose length differs from `units`, as the Err:502 message.
std::optional<std::string> ranges_differ(const CellColumn& units, std::initializer_list<const CellColumn*> others,
                                         Language language)
{
    for (const CellColumn* other : others)
        if (other && other->size() != units.size())
            return format(language, "fn.ranges_differ", {format_count(static_cast<std::int64_t>(units.size()), language),
                                                           format_count(static_cast<std::int64_t>(other->size()), language)});
    return std::nullopt;
}

} // namespace

Outcome<double> fn_dem_hop_le(const CellColumn& units, const Cell& unit, const CellColumn& statuses,
                              const std::optional<CellColumn>& updated, const Criteria& criteria, Language language)
{
    if (const auto problem = ranges_differ(units, {&statuses, updated ? &*updated : nullptr}, language))
        return Outcome<double>::error(*problem);
    const std::string target = unit_key(unit);
    if (target.empty())
        return Outcome<double>::missing(format(language, "fn.empty", {}));
    PerValue<bool> matches(units);
    PerValue<Status> status(statuses);
    UploadCheck uploaded(updated, criteria);
    double count = 0;
    for (std::size_t i = 0; i < units.size(); ++i)
        if (matches.at(i, [&](const Cell& cell) { return unit_key(cell) == target; })
            && status.at(i, status_of) == Status::valid && uploaded.in_time(i))
            ++count;
    return Outcome<double>::ok(count);
}

Outcome<double> fn_tong_gia_tri(const CellColumn& units, const Cell& unit, const CellColumn& values, Language language)
{
    if (const auto problem = ranges_differ(units, {&values}, language))
        return Outcome<double>::error(*problem);
    const std::string target = unit_key(unit);
    if (target.empty())
        return Outcome<double>::missing(format(language, "fn.empty", {}));
    PerValue<bool> matches(units);
    PerValue<double> dong(values);
    double total = 0;
    for (std::size_t i = 0; i < units.size(); ++i)
        if (matches.at(i, [&](const Cell& cell) { return unit_key(cell) == target; }))
            total += dong.at(i, dong_of);
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
    for (std::size_t r = 0; r < unit_list.size(); ++r)
    {
        row_keys.push_back(unit_key(unit_list[r]));
        if (!row_keys.back().empty())
            by_key.try_emplace(row_keys.back());
    }

    PerValue<UnitTotals*> totals_of(units);
    PerValue<Status> status(statuses);
    PerValue<double> dong(values);
    UploadCheck uploaded(updated, criteria);
    for (std::size_t i = 0; i < units.size(); ++i)
    {
        UnitTotals* totals = totals_of.at(i, [&](const Cell& cell) -> UnitTotals* {
            const std::string key = unit_key(cell);
            const auto found = key.empty() ? by_key.end() : by_key.find(key);
            return found == by_key.end() ? nullptr : &found->second;
        });
        if (!totals)
            continue;
        totals->value += dong.at(i, dong_of);
        if (!uploaded.in_time(i))
            continue;
        ++totals->uploaded;
        if (status.at(i, status_of) == Status::valid)
            ++totals->valid;
    }

    Table table;
    table.reserve(row_keys.size());
    for (const auto& key : row_keys)
        table.push_back(key.empty() ? std::nullopt : std::optional<UnitTotals>(by_key.at(key)));
    return Outcome<Table>::ok(std::move(table));
}

} // namespace sangkien::core
