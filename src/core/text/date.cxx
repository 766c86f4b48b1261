#include "core/text/date.hxx"

#include <array>
#include <cctype>
#include <cmath>
#include <optional>

#include "core/text/text.hxx"

namespace sangkien::core {

namespace {

bool is_leap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month)
{
    static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap(year) ? 29 : days[static_cast<std::size_t>(month - 1)];
}

// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date civil_from_days(long z)
{
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long y = yoe + era * 400;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return Date{static_cast<int>(y + (m <= 2)), m, d};
}

// Calc's day 0 is 1899-12-30.
const long kSerialEpoch = days_from_civil(1899, 12, 30);

DateValue error(DateError e)
{
    DateValue v;
    v.kind = DateKind::error;
    v.error = e;
    return v;
}

DateValue checked(int day, int month, int year, int year_digits)
{
    if (year_digits == 2)
        year += 2000;
    else if (year_digits != 4)
        return error(DateError::unreadable);
    const Date date{year, month, day};
    if (year < 1900 || year > 2099)
        return error(DateError::out_of_range);
    if (!is_valid_date(date))
        return error(DateError::impossible);
    DateValue v;
    v.kind = DateKind::date;
    v.date = date;
    return v;
}

struct Cursor
{
    std::string_view s;
    std::size_t i = 0;

    bool done() const { return i >= s.size(); }
    void skip_spaces()
    {
        while (!done() && s[i] == ' ')
            ++i;
    }
    // Reads 1–4 digits; returns the value and how many digits there were.
    std::optional<std::pair<int, int>> number()
    {
        int value = 0, digits = 0;
        while (!done() && std::isdigit(static_cast<unsigned char>(s[i])) && digits < 5)
        {
            value = value * 10 + (s[i] - '0');
            ++digits;
            ++i;
        }
        if (digits == 0 || digits > 4 || (!done() && std::isdigit(static_cast<unsigned char>(s[i]))))
            return std::nullopt;
        return std::make_pair(value, digits);
    }
    bool literal(std::string_view word)
    {
        if (s.substr(i, word.size()) != word)
            return false;
        i += word.size();
        return true;
    }
};

// hh:mm or hh:mm:ss (or "00:00:00" exports) after a date: ignored.
bool rest_is_time(Cursor c)
{
    c.skip_spaces();
    if (c.done())
        return true;
    for (int part = 0; part < 3; ++part)
    {
        const auto n = c.number();
        if (!n || n->second > 2)
            return false;
        if (c.done())
            return part >= 1;
        if (c.s[c.i] != ':')
            break;
        ++c.i;
    }
    c.skip_spaces();
    return c.done() || c.literal("sa") || c.literal("ch") || c.literal("am") || c.literal("pm");
}

DateValue parse_numeric(std::string_view s)
{
    Cursor c{s};
    const auto first = c.number();
    if (!first || c.done())
        return error(DateError::unreadable);
    const char separator = s[c.i];
    if (separator != '/' && separator != '-' && separator != '.')
        return error(DateError::unreadable);
    ++c.i;
    const auto second = c.number();
    if (!second || c.done() || (s[c.i] != '/' && s[c.i] != '-' && s[c.i] != '.'))
        return error(DateError::unreadable);
    ++c.i;
    const auto third = c.number();
    if (!third || !rest_is_time(c))
        return error(DateError::unreadable);
    if (first->second == 4)
        return checked(third->first, second->first, first->first, 4); // yyyy-mm-dd
    if (first->second > 2 || second->second > 2)
        return error(DateError::unreadable);
    return checked(first->first, second->first, third->first, third->second);
}

// "ngày 5 tháng 9 năm 2023", possibly after a place ("Huyện X, ngày …") and with or without tones.
std::optional<DateValue> parse_words(std::string_view s)
{
    for (const auto& [day_word, month_word, year_word] :
         {std::array<std::string_view, 3>{"ngày", "tháng", "năm"}, std::array<std::string_view, 3>{"ngay", "thang", "nam"}})
    {
        const auto at = s.find(day_word);
        if (at == std::string_view::npos)
            continue;
        Cursor c{s, at + day_word.size()};
        c.skip_spaces();
        // "ngày 05/9/2022": the numeric form after the word.
        if (const DateValue numeric = parse_numeric(s.substr(c.i)); numeric.kind == DateKind::date)
            return numeric;
        const auto day = c.number();
        c.skip_spaces();
        if (!day || !c.literal(month_word))
            return error(DateError::unreadable);
        c.skip_spaces();
        const auto month = c.number();
        c.skip_spaces();
        if (!month || !c.literal(year_word))
            return error(DateError::unreadable);
        c.skip_spaces();
        const auto year = c.number();
        if (!year)
            return error(DateError::unreadable);
        return checked(day->first, month->first, year->first, year->second);
    }
    return std::nullopt;
}

bool is_ascii(std::string_view s)
{
    for (const char ch : s)
        if (static_cast<unsigned char>(ch) >= 0x80)
            return false;
    return true;
}

} // namespace

bool is_valid_date(const Date& date)
{
    return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= days_in_month(date.year, date.month);
}

long to_serial(const Date& date)
{
    return days_from_civil(date.year, date.month, date.day) - kSerialEpoch;
}

Date from_serial(long serial)
{
    return civil_from_days(serial + kSerialEpoch);
}

DateValue parse_date(std::string_view text)
{
    try
    {
        // Most cells are plain ASCII ("5/9/2023"): no Unicode work for them.
        std::string normal = is_ascii(text) ? collapse_spaces(text) : normalise_for_parsing(text);
        for (char& ch : normal)
            ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        if (normal.empty())
            return DateValue{};
        if (const auto words = parse_words(normal))
            return *words;
        return parse_numeric(normal);
    }
    catch (...)
    {
        return error(DateError::unreadable);
    }
}

DateValue date_from_number(double serial)
{
    if (!std::isfinite(serial))
        return error(DateError::unreadable);
    // 0 is how a sheet holds "no date" (and what Calc passes for an empty cell).
    if (serial == 0)
        return DateValue{};
    // Compare as doubles first: a huge value does not fit a long.
    if (serial < 1 || serial >= static_cast<double>(to_serial(Date{2099, 12, 31}) + 1))
        return error(DateError::out_of_range);
    const long day = static_cast<long>(std::floor(serial));
    DateValue v;
    v.kind = DateKind::date;
    v.date = from_serial(day);
    if (v.date.year < 1900)
        return error(DateError::out_of_range);
    return v;
}

} // namespace sangkien::core
