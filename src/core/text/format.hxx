// Writing values the way Vietnamese documents require: amounts in figures and in words, the
// NĐ 30 place-and-date line, document numbers, percentages and "đạt / vượt" phrasing.
// Rules and vectors: shared/domain/VIETNAMESE.md and FORMAT.md.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/text/date.hxx"
#include "core/text/messages.hxx"

namespace sangkien::core {

// "500.000.000 đồng" (dot grouping; `with_unit` false gives "500.000.000").
std::string format_vnd(std::int64_t dong, bool with_unit = true);

// Digits with "." between thousands: 1234567 → "1.234.567" (negative numbers get a leading "-").
std::string group_thousands(std::int64_t value);

struct WordsStyle
{
    bool always_bon = false;     // "hai mươi bốn" instead of "hai mươi tư"
    bool le_instead_of_linh = false; // "một trăm lẻ năm"
    bool ngan_instead_of_nghin = false;
    bool ti_instead_of_ty = false;
    bool capitalise = true;      // "Năm trăm…"
    std::string unit = "đồng";   // appended after the words; empty for none
    bool chan = false;           // "… đồng chẵn"
};

// 500000000 → "Năm trăm triệu đồng". Negative amounts are written with "Âm".
std::string money_in_words(std::int64_t amount, const WordsStyle& style = {});

// NĐ 30 date: day padded for 1–9, month padded for 1 and 2 only.
// ("Huyện Dương Minh Châu", 2023-09-05) → "Huyện Dương Minh Châu, ngày 05 tháng 9 năm 2023";
// an empty place gives "ngày 05 tháng 9 năm 2023".
std::string nd30_date_line(std::string_view place, const Date& date);

// Body-text date: "5/9/2023" style with the day and month as written in running text ("30/8/2023",
// "01/9/2021": day padded to two digits, month not).
std::string body_date(const Date& date);

// A document's number as its "Số:" line shows it (NĐ 30): a bare number as typed ("7", "15") is
// completed with the document's type and the issuer's abbreviation ("07/TTr-LĐLĐ", "15/BC-LĐLĐ"),
// padded below 10, without spaces around "/" and "-"; a full number ("15/BC-LĐLĐ") is kept as
// typed; nothing gives the blank the issuing office numbers by hand ("      /TTr-LĐLĐ").
std::string document_number(std::string_view typed, std::string_view type_code, std::string_view issuer_code);

// 104.3 → "104,3%"; whole numbers without decimals ("120%"); `decimals` at most.
std::string format_percent(double percent, int decimals = 1);

// Achievement against a quota: 95% → "đạt 95%", 100% → "đạt 100%", 120% → "vượt 20%".
std::string achievement_phrase(double percent, int decimals = 1);

// Figures as the UI language writes them (messages, result sheets; the documents keep the
// Vietnamese forms above): Vietnamese groups thousands with "." and writes decimals with ",",
// English the other way round.
// 19675 → "19.675" / "19,675".
std::string format_count(std::int64_t count, Language language);
// 500000000 → "500.000.000 đồng" / "500,000,000 VND".
std::string format_money(std::int64_t dong, Language language);
// 104.3 → "104,3%" / "104.3%".
std::string format_percent(double percent, Language language, int decimals = 1);
// A number as a cell's text gives it ("5156999999", "-1234.5") grouped the language's way;
// anything else as it is.
std::string format_number_text(std::string_view number, Language language);

} // namespace sangkien::core
