// Amounts of money as Vietnamese staff write them in cells: "500 triệu", "0,5 tỷ", "1,2 tỉ đồng",
// "500.000.000đ", "500,000,000", "3 tỷ 200 triệu", "hơn 3.500 tỷ đồng", "100 triệu USD"…
// docs/functions.md (SK.TIEN) lists the ambiguous cases and how they are read.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/messages.hxx"

namespace sangkien::core {

enum class MoneyKind
{
    vnd,            // an amount in đồng
    other_currency, // an amount in another currency: reported, never converted or added
    no_value,       // empty, "0", "không", "-": no monetary value
    error,          // could not be read; see MoneyError
};

enum class MoneyError
{
    none,
    unreadable,         // words or signs that are not part of an amount
    negative,           // a benefit value cannot be below zero
    too_large,          // beyond 9,2 × 10^18 đồng
    bad_grouping,       // "1.23.456": separators that are neither grouping nor decimal
    missing_unit,       // "3 tỷ 200": a bare number after a unit (200 what?)
    unit_order,         // "200 triệu 3 tỷ": units must go from large to small
    two_currencies,     // "100 USD đồng"
    not_a_number,       // a numeric cell holding NaN or infinity
};

struct Money
{
    MoneyKind kind = MoneyKind::no_value;
    std::int64_t dong = 0;          // the amount in đồng when kind == vnd (VND has no decimals)
    double foreign_amount = 0;      // the amount when kind == other_currency
    std::string currency;           // ISO 4217 code when kind == other_currency ("USD")
    bool approximate = false;       // "hơn", "khoảng", "gần"…: the figure is a bound or estimate
    bool per_year = false;          // "/năm", "mỗi năm": a yearly value
    MoneyError error = MoneyError::none;
    std::string fragment;           // the part of the text that could not be read, for messages

    bool is_vnd() const { return kind == MoneyKind::vnd; }
};

// Reads cell text. Never throws for any input (invalid UTF-8 included).
Money parse_money(std::string_view text);

// Reads a numeric cell: the number is an amount in đồng, rounded to whole đồng.
Money money_from_number(double value);

// The message key and its arguments for a problem (see describe_money_problem); key empty if none.
struct MessageRef
{
    std::string key;
    std::vector<std::string> arguments;
};
MessageRef money_problem(const Money& money, std::string_view original);

// A sentence for the user explaining why `money` is not an amount in đồng (an error or another
// currency); empty for vnd and no_value. `original` is the cell text as the user typed it.
std::string describe_money_problem(const Money& money, std::string_view original, Language language);

} // namespace sangkien::core
