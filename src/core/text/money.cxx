#include "core/text/money.hxx"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "core/text/text.hxx"

namespace sangkien::core {

namespace {

constexpr std::int64_t kMaxDong = std::numeric_limits<std::int64_t>::max();

// ---------------------------------------------------------------------------------------------
// Tokens

struct Token
{
    enum class Kind { number, word, sign };
    Kind kind;
    std::u32string text;
};

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

std::size_t count_digits(const std::u32string& s, std::size_t from)
{
    std::size_t n = 0;
    while (from + n < s.size() && is_digit(s[from + n]))
        ++n;
    return n;
}

// True when `number` so far is a first group of 1–3 digits followed by space-separated groups of
// three: only then may a space continue it.
bool groups_by_spaces(const std::u32string& number)
{
    std::size_t group = 0;
    bool first = true;
    for (const char32_t c : number)
    {
        if (c == U' ')
        {
            first = false;
            group = 0;
        }
        else if (!is_digit(c))
            return false;
        else
            ++group;
    }
    return first ? group >= 1 && group <= 3 : group == 3;
}

// A number is digits with '.', ',' between them, and single spaces when they separate groups of
// exactly three digits ("500 000 000"). A trailing separator is not part of it ("500.000.000.").
std::vector<Token> tokenize(const std::u32string& s)
{
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < s.size())
    {
        const char32_t c = s[i];
        if (c == U' ')
        {
            ++i;
            continue;
        }
        if (is_digit(c))
        {
            std::u32string number;
            while (i < s.size())
            {
                if (is_digit(s[i]))
                    number.push_back(s[i++]);
                else if ((s[i] == U'.' || s[i] == U',') && i + 1 < s.size() && is_digit(s[i + 1]))
                    number.push_back(s[i++]);
                else if (s[i] == U' ' && count_digits(s, i + 1) == 3 && groups_by_spaces(number))
                    number.push_back(s[i++]);
                else
                    break;
            }
            tokens.push_back({Token::Kind::number, number});
            continue;
        }
        if (u_isalpha(static_cast<UChar32>(c)))
        {
            std::u32string word;
            while (i < s.size() && (u_isalpha(static_cast<UChar32>(s[i])) || u_getCombiningClass(static_cast<UChar32>(s[i])) != 0))
                word.push_back(s[i++]);
            tokens.push_back({Token::Kind::word, word});
            continue;
        }
        tokens.push_back({Token::Kind::sign, std::u32string(1, c)});
        ++i;
    }
    return tokens;
}

// ---------------------------------------------------------------------------------------------
// The lexicon: phrases of one or more tokens and what they mean.

enum class Meaning { approximate, multiplier, vnd, vnd_million, currency, per_year, no_value };

struct Phrase
{
    std::u32string words; // tokens separated by single spaces
    Meaning meaning;
    int power_of_ten = 0;    // for multipliers
    const char* code = "";   // for currencies
};

const std::vector<Phrase>& lexicon()
{
    static const std::vector<Phrase> phrases = [] {
        std::vector<Phrase> p;
        auto add = [&p](std::u32string words, Meaning meaning, int power = 0, const char* code = "") {
            p.push_back({std::move(words), meaning, power, code});
        };
        for (auto w : {U"hơn", U"trên", U"khoảng", U"khoảng chừng", U"gần", U"xấp xỉ", U"ước", U"ước tính",
                       U"ước khoảng", U"ước đạt", U"tầm", U"chừng", U"dưới", U"trên dưới", U"~", U"≈", U"hon",
                       U"tren", U"khoang", U"gan", U"uoc tinh", U"duoi"})
            add(w, Meaning::approximate);
        for (auto w : {U"nghìn tỷ", U"ngàn tỷ", U"nghìn tỉ", U"ngàn tỉ", U"nghin ty", U"ngan ty"})
            add(w, Meaning::multiplier, 12);
        for (auto w : {U"tỷ", U"tỉ", U"ty"})
            add(w, Meaning::multiplier, 9);
        for (auto w : {U"triệu", U"trieu", U"tr"})
            add(w, Meaning::multiplier, 6);
        for (auto w : {U"nghìn", U"ngàn", U"nghin", U"ngan", U"k"})
            add(w, Meaning::multiplier, 3);
        for (auto w : {U"trđ", U"tr đ", U"tr . đ", U"trd"})
            add(w, Meaning::vnd_million, 6);
        for (auto w : {U"đồng", U"đ", U"vnđ", U"vnd", U"dong", U"d", U"đồng việt nam", U"việt nam đồng", U"vn đồng",
                       U"₫"})
            add(w, Meaning::vnd);
        struct Currency { const char* code; std::initializer_list<const char32_t*> words; };
        const Currency currencies[] = {
            {"USD", {U"usd", U"us $", U"$", U"đô", U"đô la", U"đô - la", U"đôla", U"đô la mỹ", U"dollar", U"dollars", U"do la"}},
            {"EUR", {U"eur", U"euro", U"€"}},
            {"GBP", {U"gbp", U"£", U"bảng anh"}},
            {"JPY", {U"jpy", U"yên", U"yên nhật", U"¥"}},
            {"CNY", {U"cny", U"rmb", U"nhân dân tệ", U"tệ"}},
            {"KRW", {U"krw", U"won", U"₩"}},
            {"THB", {U"thb", U"bạt", U"baht"}},
            {"LAK", {U"lak", U"kíp"}},
            {"KHR", {U"khr", U"riel"}},
            {"SGD", {U"sgd"}},
            {"AUD", {U"aud"}},
        };
        for (const auto& currency : currencies)
            for (auto w : currency.words)
                add(w, Meaning::currency, 0, currency.code);
        for (auto w : {U"/ năm", U"/ nam", U"mỗi năm", U"hàng năm", U"hằng năm", U"một năm", U"trên năm"})
            add(w, Meaning::per_year);
        for (auto w : {U"không", U"khong", U"không có", U"chưa có", U"chưa tính", U"chưa tính được",
                       U"không tính được", U"chưa xác định", U"không xác định", U"-", U"–", U"—"})
            add(w, Meaning::no_value);
        return p;
    }();
    return phrases;
}

std::vector<std::u32string> split_words(const std::u32string& phrase)
{
    std::vector<std::u32string> words;
    std::u32string current;
    for (const char32_t c : phrase)
    {
        if (c == U' ')
        {
            words.push_back(current);
            current.clear();
        }
        else
            current.push_back(c);
    }
    words.push_back(current);
    return words;
}

struct Item
{
    enum class Kind { number, phrase, unknown };
    Kind kind;
    std::u32string text;
    const Phrase* phrase = nullptr;
};

// Longest match of lexicon phrases over the word and sign tokens.
std::vector<Item> match_phrases(const std::vector<Token>& tokens)
{
    static const auto split = [] {
        std::vector<std::pair<std::vector<std::u32string>, const Phrase*>> s;
        for (const auto& phrase : lexicon())
            s.emplace_back(split_words(phrase.words), &phrase);
        return s;
    }();
    std::vector<Item> items;
    for (std::size_t i = 0; i < tokens.size();)
    {
        if (tokens[i].kind == Token::Kind::number)
        {
            items.push_back({Item::Kind::number, tokens[i].text});
            ++i;
            continue;
        }
        const Phrase* best = nullptr;
        std::size_t best_length = 0;
        for (const auto& [words, phrase] : split)
        {
            if (words.size() <= best_length || i + words.size() > tokens.size())
                continue;
            bool matches = true;
            for (std::size_t k = 0; k < words.size() && matches; ++k)
                matches = tokens[i + k].kind != Token::Kind::number && tokens[i + k].text == words[k];
            if (matches)
            {
                best = phrase;
                best_length = words.size();
            }
        }
        if (best)
        {
            items.push_back({Item::Kind::phrase, best->words, best});
            i += best_length;
        }
        else
        {
            items.push_back({Item::Kind::unknown, tokens[i].text});
            ++i;
        }
    }
    return items;
}

// ---------------------------------------------------------------------------------------------
// Numbers

struct Decimal
{
    std::string digits;      // all digits, without leading zeros ("" for zero)
    int fraction_digits = 0; // how many of the written digits are after the decimal separator
};

// 2^100: beyond it a number is refused as too large (30 significant digits is already far beyond
// any amount in đồng).
constexpr std::string_view kMostDigits = "1267650600228229401496703205376";

bool greater(std::string_view a, std::string_view b) // both without leading zeros
{
    return a.size() != b.size() ? a.size() > b.size() : a > b;
}

bool valid_grouping(const std::u32string& integer_part, char32_t separator)
{
    std::size_t group = 0;
    bool first = true;
    for (const char32_t c : integer_part)
    {
        if (c == separator)
        {
            if ((first && (group == 0 || group > 3)) || (!first && group != 3))
                return false;
            first = false;
            group = 0;
        }
        else
            ++group;
    }
    return first || group == 3;
}

// `with_unit`: the number is followed by tỷ/triệu/nghìn, which decides the reading of "1,250".
std::optional<Decimal> parse_number(std::u32string raw, bool with_unit, MoneyError& error)
{
    raw.erase(std::remove(raw.begin(), raw.end(), U' '), raw.end());
    const auto dots = std::count(raw.begin(), raw.end(), U'.');
    const auto commas = std::count(raw.begin(), raw.end(), U',');
    char32_t decimal = 0;
    char32_t grouping = 0;
    auto digits_after = [&raw](char32_t sep) { return raw.size() - raw.rfind(sep) - 1; };
    if (dots && commas)
    {
        decimal = raw.rfind(U'.') > raw.rfind(U',') ? U'.' : U',';
        grouping = decimal == U'.' ? U',' : U'.';
    }
    else if (dots)
    {
        if (dots > 1 || digits_after(U'.') == 3)
            grouping = U'.';
        else
            decimal = U'.';
    }
    else if (commas)
    {
        if (commas > 1 || (digits_after(U',') == 3 && !with_unit))
            grouping = U',';
        else
            decimal = U',';
    }
    std::u32string integer_part = raw;
    std::u32string fraction_part;
    if (decimal)
    {
        if (std::count(raw.begin(), raw.end(), decimal) > 1)
        {
            error = MoneyError::bad_grouping;
            return std::nullopt;
        }
        const auto at = raw.find(decimal);
        integer_part = raw.substr(0, at);
        fraction_part = raw.substr(at + 1);
    }
    if (grouping && !valid_grouping(integer_part, grouping))
    {
        error = MoneyError::bad_grouping;
        return std::nullopt;
    }
    Decimal result;
    for (const char32_t c : integer_part + fraction_part)
    {
        if (!is_digit(c))
            continue;
        // 30 significant digits is already far beyond any amount in đồng.
        if (greater(result.digits, kMostDigits))
        {
            error = MoneyError::too_large;
            return std::nullopt;
        }
        if (!result.digits.empty() || c != U'0')
            result.digits += static_cast<char>('0' + (c - U'0'));
    }
    result.fraction_digits = static_cast<int>(fraction_part.size());
    if (result.fraction_digits > 18)
    {
        error = MoneyError::bad_grouping;
        return std::nullopt;
    }
    return result;
}

// Whole digits as an int64; nullopt past its limit.
std::optional<std::int64_t> to_int64(std::string_view digits)
{
    std::int64_t value = 0;
    for (const char d : digits)
    {
        if (value > (kMaxDong - (d - '0')) / 10)
            return std::nullopt;
        value = value * 10 + (d - '0');
    }
    return value;
}

// value × 10^power, rounded half up to an integer; nullopt on overflow of int64.
std::optional<std::int64_t> scale(const Decimal& value, int power)
{
    const int shift = power - value.fraction_digits;
    if (shift >= 0)
    {
        if (value.digits.size() + static_cast<std::size_t>(shift) > 19)
            return value.digits.empty() ? std::optional<std::int64_t>(0) : std::nullopt;
        return to_int64(value.digits + std::string(static_cast<std::size_t>(shift), '0'));
    }
    // The digits kept, and the first one dropped decides the rounding.
    const auto dropped = static_cast<std::size_t>(-shift);
    if (dropped > value.digits.size())
        return 0;
    const std::size_t kept = value.digits.size() - dropped;
    const auto whole = to_int64(std::string_view(value.digits).substr(0, kept));
    if (!whole)
        return std::nullopt;
    const bool round_up = value.digits[kept] >= '5';
    if (round_up && *whole == kMaxDong)
        return std::nullopt;
    return *whole + (round_up ? 1 : 0);
}

double to_double(const Decimal& value, int power)
{
    double mantissa = 0;
    for (const char d : value.digits)
        mantissa = mantissa * 10 + (d - '0');
    return mantissa * std::pow(10.0, power - value.fraction_digits);
}

// ---------------------------------------------------------------------------------------------
// The grammar: approximate* [currency] (number [unit])+ [đồng | currency] [per year]

Money error_result(MoneyError error, std::string fragment)
{
    Money m;
    m.kind = MoneyKind::error;
    m.error = error;
    m.fragment = std::move(fragment);
    return m;
}

bool is(const Item& item, Meaning meaning)
{
    return item.kind == Item::Kind::phrase && item.phrase->meaning == meaning;
}

Money parse_items(const std::vector<Item>& items)
{
    Money money;
    std::size_t i = 0;
    while (i < items.size() && is(items[i], Meaning::approximate))
    {
        money.approximate = true;
        ++i;
    }
    std::string currency;
    bool vnd_marked = false;
    if (i < items.size() && is(items[i], Meaning::currency))
        currency = items[i++].phrase->code;
    else if (i < items.size() && is(items[i], Meaning::vnd))
        vnd_marked = true, ++i;

    if (i < items.size() && is(items[i], Meaning::no_value))
    {
        // "không", "chưa có"… possibly followed by "đồng".
        const bool only_unit_follows = std::all_of(items.begin() + static_cast<long>(i) + 1, items.end(),
                                                   [](const Item& item) { return is(item, Meaning::vnd); });
        if (only_unit_follows)
            return Money{};
    }

    std::int64_t total = 0;
    double foreign_total = 0;
    int previous_power = 1000;
    bool any_number = false;
    std::vector<std::pair<Decimal, int>> terms;
    while (i < items.size() && items[i].kind == Item::Kind::number)
    {
        const std::u32string& raw = items[i].text;
        ++i;
        int power = 0;
        if (i < items.size() && (is(items[i], Meaning::multiplier) || is(items[i], Meaning::vnd_million)))
        {
            power = items[i].phrase->power_of_ten;
            if (items[i].phrase->meaning == Meaning::vnd_million)
                vnd_marked = true;
            ++i;
        }
        else if (i < items.size() && items[i].kind == Item::Kind::number)
            return error_result(MoneyError::missing_unit, from_u32(raw));
        if (any_number && power == 0)
            return error_result(MoneyError::missing_unit, from_u32(raw));
        if (power >= previous_power)
            return error_result(MoneyError::unit_order, from_u32(raw));
        MoneyError number_error = MoneyError::none;
        const auto value = parse_number(raw, power > 0, number_error);
        if (!value)
            return error_result(number_error, from_u32(raw));
        terms.emplace_back(*value, power);
        previous_power = power;
        any_number = true;
    }
    if (!any_number)
        return error_result(MoneyError::unreadable, i < items.size() ? from_u32(items[i].text) : std::string());

    if (i < items.size() && is(items[i], Meaning::vnd))
    {
        vnd_marked = true;
        ++i;
    }
    else if (i < items.size() && is(items[i], Meaning::currency))
    {
        if (!currency.empty() && currency != items[i].phrase->code)
            return error_result(MoneyError::two_currencies, from_u32(items[i].text));
        currency = items[i++].phrase->code;
    }
    if (i < items.size() && (is(items[i], Meaning::vnd) || is(items[i], Meaning::currency)))
        return error_result(MoneyError::two_currencies, from_u32(items[i].text));
    if (vnd_marked && !currency.empty())
        return error_result(MoneyError::two_currencies, currency);
    if (i < items.size() && is(items[i], Meaning::per_year))
    {
        money.per_year = true;
        ++i;
    }
    if (i < items.size())
        return error_result(MoneyError::unreadable, from_u32(items[i].text));

    for (const auto& [value, power] : terms)
    {
        if (!currency.empty())
        {
            foreign_total += to_double(value, power);
            continue;
        }
        const auto dong = scale(value, power);
        if (!dong)
            return error_result(MoneyError::too_large, {});
        if (*dong > kMaxDong - total)
            return error_result(MoneyError::too_large, {});
        total += *dong;
    }
    if (!currency.empty())
    {
        if (foreign_total == 0)
            return Money{};
        money.kind = MoneyKind::other_currency;
        money.currency = currency;
        money.foreign_amount = foreign_total;
        return money;
    }
    if (total == 0)
        return Money{};
    money.kind = MoneyKind::vnd;
    money.dong = static_cast<std::int64_t>(total);
    return money;
}

} // namespace

Money parse_money(std::string_view text)
{
    try
    {
        const std::string normal = normalise_for_parsing(text);
        if (normal.empty())
            return Money{};
        const std::u32string s = to_u32(normal);
        // A leading minus sign directly before a digit is a negative amount, not "no value".
        for (std::size_t k = 0; k + 1 < s.size(); ++k)
        {
            if (s[k] == U'-' || s[k] == U'−')
            {
                std::size_t next = k + 1;
                while (next < s.size() && s[next] == U' ')
                    ++next;
                const bool before_digit = next < s.size() && is_digit(s[next]);
                const bool at_start = std::all_of(s.begin(), s.begin() + static_cast<long>(k), [](char32_t c) {
                    return !is_digit(c);
                });
                if (before_digit && at_start)
                    return error_result(MoneyError::negative, normal);
            }
        }
        return parse_items(match_phrases(tokenize(s)));
    }
    catch (...)
    {
        return error_result(MoneyError::unreadable, {});
    }
}

Money money_from_number(double value)
{
    if (!std::isfinite(value))
        return error_result(MoneyError::not_a_number, {});
    if (value < 0)
        return error_result(MoneyError::negative, {});
    const double rounded = std::floor(value + 0.5);
    if (rounded >= 9.2e18)
        return error_result(MoneyError::too_large, {});
    if (rounded == 0)
        return Money{};
    Money m;
    m.kind = MoneyKind::vnd;
    m.dong = static_cast<std::int64_t>(rounded);
    return m;
}

MessageRef money_problem(const Money& money, std::string_view original)
{
    const std::string shown = collapse_spaces(to_nfc(original));
    switch (money.kind)
    {
    case MoneyKind::vnd:
    case MoneyKind::no_value:
        return {};
    case MoneyKind::other_currency:
        return {"money.other_currency", {shown, money.currency}};
    case MoneyKind::error:
        break;
    }
    switch (money.error)
    {
    case MoneyError::negative: return {"money.error.negative", {shown}};
    case MoneyError::too_large: return {"money.error.too_large", {shown}};
    case MoneyError::bad_grouping: return {"money.error.bad_grouping", {shown, money.fragment}};
    case MoneyError::missing_unit: return {"money.error.missing_unit", {shown, money.fragment}};
    case MoneyError::unit_order: return {"money.error.unit_order", {shown}};
    case MoneyError::two_currencies: return {"money.error.two_currencies", {shown}};
    case MoneyError::not_a_number: return {"money.error.not_a_number", {}};
    case MoneyError::unreadable:
    case MoneyError::none: break;
    }
    return {"money.error.unreadable", {shown, money.fragment}};
}

std::string describe_money_problem(const Money& money, std::string_view original, Language language)
{
    const MessageRef problem = money_problem(money, original);
    if (problem.key.empty())
        return {};
    std::vector<std::string_view> views(problem.arguments.begin(), problem.arguments.end());
    return format(language, problem.key, views);
}

} // namespace sangkien::core
