// Calendar dates as Vietnamese sheets hold them: text in every common form (day first, always),
// or Calc serial numbers.
#pragma once

#include <compare>
#include <string>
#include <string_view>

namespace sangkien::core {

struct Date
{
    int year = 0;
    int month = 0;
    int day = 0;

    auto operator<=>(const Date&) const = default;
};

bool is_valid_date(const Date& date);

// Calc's serial day number (30/12/1899 is 0).
long to_serial(const Date& date);
Date from_serial(long serial);

enum class DateKind { date, empty, error };

enum class DateError
{
    none,
    unreadable,     // no date form recognised
    impossible,     // "29/02/2023", "9/31/2023" (read day first: month 31)
    out_of_range,   // before 1900 or after 2099
};

struct DateValue
{
    DateKind kind = DateKind::empty;
    Date date;
    DateError error = DateError::none;
};

// Reads d/m/yyyy, dd/mm/yyyy, d-m-yyyy, d.m.yyyy, yyyy-mm-dd, two-digit years (20yy),
// "ngày 5 tháng 9 năm 2023" (also inside a longer line), an optional time after the date.
// Never throws.
DateValue parse_date(std::string_view text);

// A numeric cell: a Calc date serial (the time of day is dropped); 0 means no date.
DateValue date_from_number(double serial);

} // namespace sangkien::core
