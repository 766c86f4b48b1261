// Reading workbooks, 2 of 7: cells — blank or not, their text, the document references and
// totals rows they hold, and how an unreadable one is reported (SheetReader).
#include "reading.hxx"


#include <algorithm>
#include <array>
#include <cmath>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <tuple>
#include <set>
#include <unordered_map>

#include "core/text/format.hxx"
#include "core/text/legacy.hxx"
#include "core/text/text.hxx"

namespace sangkien::core::reading {

namespace {

// ---------------------------------------------------------------------------------------------
// Cells







// "Tổng…"/"Cộng…" in any case, with or without tones: the only texts worth a closer look.
bool starts_like_total(const std::string& text)
{
    const auto first = text.find_first_not_of(' ');
    if (first == std::string::npos)
        return false;
    const char c = text[first];
    if (c != 'T' && c != 't' && c != 'C' && c != 'c')
        return false;
    const std::string trimmed = collapse_spaces(text.substr(first, 16));
    for (const std::string_view word : {"Tổng", "TỔNG", "tổng", "Tong", "TONG", "tong", "Cộng", "CỘNG", "cộng", "Cong",
                                        "CONG", "cong"})
        if (trimmed.compare(0, word.size(), word) == 0)
            return true;
    return false;
}

} // namespace

// A cell quoted in a message: at most 200 characters (a whole essay pasted in a cell is not echoed).
std::string shortened(const std::string& text)
{
    constexpr std::size_t limit = 200;
    if (text.size() <= limit)
        return text;
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut; // never inside a UTF-8 sequence
    return text.substr(0, cut) + "…";
}

std::string number_text(double value)
{
    char buffer[64];
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        std::snprintf(buffer, sizeof buffer, "%.0f", value);
    else
        std::snprintf(buffer, sizeof buffer, "%.10g", value);
    return buffer;
}

// "Số 12/QĐ-UBND ngày 05/9/2022", "12/QĐ-UBND, 05/9/2022", "QĐ 12 ngày 5 tháng 9 năm 2022".
DocumentRef parse_document(const std::string& text)
{
    DocumentRef document;
    if (text.empty())
        return document;
    const std::string lower = to_lower(text);
    std::size_t date_at = std::string::npos;
    for (const std::string_view word : {"ngày", "ngay"})
    {
        const auto at = lower.find(word);
        if (at != std::string::npos && (date_at == std::string::npos || at < date_at))
            date_at = at;
    }
    if (date_at != std::string::npos)
    {
        const DateValue value = parse_date(lower.substr(date_at));
        if (value.kind == DateKind::date)
            document.date = value.date;
    }
    else
    {
        // The last token that reads as a date.
        const auto words = split_words(lower);
        for (auto it = words.rbegin(); it != words.rend(); ++it)
        {
            std::string token(*it);
            while (!token.empty() && (token.back() == ',' || token.back() == ';' || token.back() == ')'))
                token.pop_back();
            while (!token.empty() && token.front() == '(')
                token.erase(0, 1);
            const DateValue value = parse_date(token);
            if (value.kind == DateKind::date)
            {
                document.date = value.date;
                date_at = lower.rfind(*it);
                break;
            }
        }
    }
    std::string number = text.substr(0, std::min(date_at, text.size()));
    // Drop a leading "Số"/"số:" and trailing separators.
    const std::string number_lower = to_lower(number);
    for (const std::string_view prefix : {"số:", "số", "so:", "so "})
        if (number_lower.rfind(prefix, 0) == 0)
        {
            number.erase(0, prefix.size());
            break;
        }
    number = collapse_spaces(number);
    while (!number.empty() && (number.back() == ',' || number.back() == ';' || number.back() == '-'))
        number = collapse_spaces(number.substr(0, number.size() - 1));
    document.number = number;
    return document;
}

bool is_totals_row(const Row& row)
{
    for (const auto& cell : row)
    {
        if (const auto* text = std::get_if<std::string>(&cell))
        {
            if (text->size() > 40 || !starts_like_total(*text))
                continue;
            const std::string key = matching_key(*text);
            if (key.rfind("tong cong", 0) == 0 || key == "tong" || key == "cong" || key.rfind("tong so", 0) == 0)
                return true;
        }
    }
    return false;
}

// A row of column numbers under the headings: "1 2 3 …" or "(1) (2) (3) …".
bool is_numbering_row(const Row& row)
{
    int numbered = 0, expected = 1;
    for (const auto& cell : row)
    {
        if (is_blank(cell))
            continue;
        std::string key = matching_key(cell_text(cell));
        if (key != std::to_string(expected))
            return false;
        ++expected;
        ++numbered;
    }
    return numbered >= 3;
}

} // namespace sangkien::core::reading

namespace sangkien::core {

using namespace reading;

std::string column_letter(std::size_t index)
{
    std::string letters;
    ++index;
    while (index > 0)
    {
        const std::size_t remainder = (index - 1) % 26;
        letters.insert(letters.begin(), static_cast<char>('A' + remainder));
        index = (index - 1) / 26;
    }
    return letters;
}


bool is_error_value_text(std::string_view text)
{
    const std::string tidy = collapse_spaces(text);
    static const std::array<std::string_view, 9> codes{"#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#SPILL!", "#CALC!"};
    if (std::find(codes.begin(), codes.end(), tidy) != codes.end())
        return true;
    // Calc's own: "Err:502", "Lỗi:502" in the Vietnamese UI.
    for (const std::string_view prefix : {std::string_view("Err:"), std::string_view("Lỗi:")})
        if (tidy.size() > prefix.size() && tidy.compare(0, prefix.size(), prefix) == 0
            && std::all_of(tidy.begin() + static_cast<std::ptrdiff_t>(prefix.size()), tidy.end(),
                           [](char c) { return c >= '0' && c <= '9'; }))
            return true;
    return false;
}

bool is_provenance_heading(std::string_view heading)
{
    const std::string key = matching_key(heading);
    return key == "tep nguon" || key == "trang nguon" || key == "dong nguon" || key == "source file" || key == "source sheet"
           || key == "source row";
}

std::string cell_text(const Cell& cell)
{
    if (const auto* text = std::get_if<std::string>(&cell))
        return *text;
    if (const auto* number = std::get_if<double>(&cell))
        return number_text(*number);
    if (const auto* error = std::get_if<CellError>(&cell))
        return error->shown;
    return {};
}

} // namespace sangkien::core
