#include "core/text/format.hxx"
#include "core/text/text.hxx"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace sangkien::core {

namespace {

constexpr std::array<const char*, 10> kDigits{"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};

void append_word(std::string& out, std::string_view word)
{
    if (word.empty())
        return;
    if (!out.empty())
        out += ' ';
    out += word;
}

// One group of three digits. `first` is true for the leading group of the whole number, where
// "không trăm" and "linh" are not said (5 → "năm", not "không trăm linh năm").
void read_group(std::string& out, int group, bool first, const WordsStyle& style)
{
    const int hundreds = group / 100, tens = group / 10 % 10, units = group % 10;
    if (hundreds > 0 || !first)
    {
        append_word(out, kDigits[static_cast<std::size_t>(hundreds)]);
        append_word(out, "trăm");
    }
    if (tens == 0)
    {
        if (units == 0)
            return;
        if (hundreds > 0 || !first)
            append_word(out, style.le_instead_of_linh ? "lẻ" : "linh");
        append_word(out, kDigits[static_cast<std::size_t>(units)]);
        return;
    }
    if (tens == 1)
        append_word(out, "mười");
    else
    {
        append_word(out, kDigits[static_cast<std::size_t>(tens)]);
        append_word(out, "mươi");
    }
    switch (units)
    {
    case 0: break;
    case 1: append_word(out, tens >= 2 ? "mốt" : "một"); break;
    case 4: append_word(out, tens >= 2 && !style.always_bon ? "tư" : "bốn"); break;
    case 5: append_word(out, "lăm"); break;
    default: append_word(out, kDigits[static_cast<std::size_t>(units)]);
    }
}

// Below one billion: triệu, nghìn, units. Returns whether anything was said.
bool read_below_billion(std::string& out, std::int64_t n, bool first, const WordsStyle& style)
{
    const std::array<std::pair<std::int64_t, const char*>, 3> scales{
        {{1'000'000, "triệu"}, {1'000, style.ngan_instead_of_nghin ? "ngàn" : "nghìn"}, {1, ""}}};
    bool said = false;
    for (const auto& [scale, name] : scales)
    {
        const int group = static_cast<int>(n / scale % 1000);
        if (group == 0)
            continue;
        read_group(out, group, first && !said, style);
        append_word(out, name);
        said = true;
    }
    return said;
}

// Any non-negative amount: chunks of "tỷ", each chunk read like a number below a billion.
void read_number(std::string& out, std::int64_t n, bool first, const WordsStyle& style)
{
    const std::int64_t billion = 1'000'000'000;
    if (n >= billion)
    {
        read_number(out, n / billion, first, style);
        append_word(out, style.ti_instead_of_ty ? "tỉ" : "tỷ");
        read_below_billion(out, n % billion, false, style);
        return;
    }
    read_below_billion(out, n, first, style);
}

std::string capitalise_first(const std::string& s)
{
    auto u = icu::UnicodeString::fromUTF8(s);
    if (u.isEmpty())
        return s;
    const UChar32 first = u.char32At(0);
    icu::UnicodeString head(first);
    head.toUpper(icu::Locale("vi"));
    u.replace(0, U16_LENGTH(first), head);
    std::string out;
    u.toUTF8String(out);
    return out;
}

std::string two_digits(int n)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d", n);
    return buffer;
}

std::string decimal_comma(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, rounded);
    std::string text = buffer;
    if (const auto dot = text.find('.'); dot != std::string::npos)
    {
        while (text.back() == '0')
            text.pop_back();
        if (text.back() == '.')
            text.pop_back();
        else
            text[dot] = ',';
    }
    if (text == "-0")
        text = "0";
    return text;
}

} // namespace

namespace {

// Digits (an optional "-" first) with `separator` between thousands.
std::string grouped_digits(std::string digits, char separator)
{
    const std::size_t first = !digits.empty() && digits[0] == '-' ? 1 : 0;
    for (int at = static_cast<int>(digits.size()) - 3; at > static_cast<int>(first); at -= 3)
        digits.insert(static_cast<std::size_t>(at), 1, separator);
    return digits;
}

char thousands_separator(Language language)
{
    return language == Language::english ? ',' : '.';
}

char decimal_separator(Language language)
{
    return language == Language::english ? '.' : ',';
}

} // namespace

std::string group_thousands(std::int64_t value)
{
    return grouped_digits(std::to_string(value), '.');
}

std::string format_count(std::int64_t count, Language language)
{
    return grouped_digits(std::to_string(count), thousands_separator(language));
}

std::string format_money(std::int64_t dong, Language language)
{
    return format_count(dong, language) + " " + std::string(text(language, "unit.dong"));
}

std::string format_percent(double percent, Language language, int decimals)
{
    std::string shown = format_percent(percent, decimals);
    std::replace(shown.begin(), shown.end(), ',', decimal_separator(language));
    return shown;
}

std::string format_number_text(std::string_view number, Language language)
{
    const std::size_t sign = !number.empty() && number[0] == '-' ? 1 : 0;
    const std::size_t point = number.find('.');
    const std::string_view whole = number.substr(0, point);
    const std::string_view fraction = point == std::string_view::npos ? std::string_view() : number.substr(point + 1);
    const auto all_digits = [](std::string_view s) {
        return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (!all_digits(whole.substr(sign)) || (point != std::string_view::npos && !all_digits(fraction)))
        return std::string(number);
    std::string out = grouped_digits(std::string(whole), thousands_separator(language));
    if (point != std::string_view::npos)
        out += decimal_separator(language) + std::string(fraction);
    return out;
}

std::string format_vnd(std::int64_t dong, bool with_unit)
{
    return with_unit ? group_thousands(dong) + " đồng" : group_thousands(dong);
}

std::string money_in_words(std::int64_t amount, const WordsStyle& style)
{
    std::string words;
    if (amount < 0)
    {
        append_word(words, "âm");
        // -INT64_MIN does not fit: read its magnitude from the unsigned value's halves.
        amount = amount == INT64_MIN ? INT64_MAX : -amount;
    }
    if (amount == 0)
        append_word(words, "không");
    else
        read_number(words, amount, true, style);
    append_word(words, style.unit);
    if (style.chan)
        append_word(words, "chẵn");
    return style.capitalise ? capitalise_first(words) : words;
}

std::string nd30_date_line(std::string_view place, const Date& date)
{
    const std::string day = date.day < 10 ? two_digits(date.day) : std::to_string(date.day);
    const std::string month = date.month <= 2 ? two_digits(date.month) : std::to_string(date.month);
    std::string line = place.empty() ? "ngày " : std::string(place) + ", ngày ";
    return line + day + " tháng " + month + " năm " + std::to_string(date.year);
}

std::string body_date(const Date& date)
{
    return two_digits(date.day) + "/" + std::to_string(date.month) + "/" + std::to_string(date.year);
}

std::string document_number(std::string_view typed, std::string_view type_code, std::string_view issuer_code)
{
    const std::string number = collapse_spaces(std::string(typed));
    std::string suffix;
    if (!type_code.empty())
        suffix += "/" + std::string(type_code);
    if (!issuer_code.empty())
        suffix += "-" + std::string(issuer_code);
    if (number.empty())
        return "      " + suffix;
    if (number.size() > 6 || !std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return number;
    const int value = std::stoi(number);
    return (value < 10 ? two_digits(value) : std::to_string(value)) + suffix;
}

std::string format_percent(double percent, int decimals)
{
    return decimal_comma(percent, decimals) + "%";
}

std::string achievement_phrase(double percent, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(percent * scale) / scale;
    if (rounded <= 100.0)
        return "đạt " + format_percent(rounded, decimals);
    return "vượt " + format_percent(rounded - 100.0, decimals);
}

} // namespace sangkien::core
