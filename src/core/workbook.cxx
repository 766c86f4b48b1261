#include "sangkien/core/workbook.hxx"
#include "sangkien/core/rules.hxx"

#include <algorithm>
#include <array>
#include <cmath>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <tuple>
#include <set>
#include <unordered_map>

#include "sangkien/core/format.hxx"
#include "sangkien/core/legacy.hxx"
#include "sangkien/core/text.hxx"

namespace sangkien::core {

namespace {

constexpr std::size_t kHeadingSearchRows = 20;

// ---------------------------------------------------------------------------------------------
// Field names and heading synonyms (tone-free, lower case, as matching_key makes them)

struct FieldInfo
{
    Field field;
    std::string_view id;
    SheetKind kind;
    std::vector<std::string_view> synonyms;
};

const std::vector<FieldInfo>& field_table()
{
    static const std::vector<FieldInfo> table{
        {Field::stt, "stt", SheetKind::initiatives, {"stt", "so tt", "so thu tu", "tt", "no", "number"}},
        {Field::code, "code", SheetKind::initiatives,
         {"ma", "ma sang kien", "ma so", "id", "ma so sang kien", "ma tren he thong", "ma ho so", "code", "initiative code", "portal id"}},
        {Field::title, "title", SheetKind::initiatives,
         {"ten sang kien", "ten giai phap", "sang kien", "ten de tai", "noi dung sang kien", "ten sang kien giai phap",
          "ten sang kien de tai", "title", "initiative", "initiative title", "name of initiative"}},
        {Field::authors, "authors", SheetKind::initiatives,
         {"tac gia", "ho ten tac gia", "ho va ten tac gia", "tac gia sang kien", "ho va ten", "ho ten",
          "nguoi thuc hien", "tac gia dong tac gia", "author", "authors", "author s", "inventor"}},
        {Field::position, "position", SheetKind::initiatives,
         {"chuc vu", "nghe nghiep", "chuc vu nghe nghiep", "chuc danh", "nghe nghiep chuc vu", "position", "job title", "occupation"}},
        {Field::unit, "unit", SheetKind::initiatives,
         {"don vi", "ten don vi", "don vi cong tac", "co quan don vi", "unit", "organisation", "organization",
          // the direct units of a province: districts and sector unions
          "ldld huyen", "lien doan lao dong huyen", "ldld huyen cd nganh", "ldld huyen cong doan nganh", "don vi truc thuoc",
          "don vi cap huyen", "cong doan nganh", "cd nganh", "district", "district union"}},
        // Read as the unit itself unless the list also has a unit column above it (a province's
        // list: LĐLĐ huyện | CĐCS).
        {Field::grassroots_unit, "grassroots_unit", SheetKind::initiatives,
         {"cdcs", "cong doan co so", "don vi cdcs", "ten cdcs", "cdcs truc thuoc", "grassroots union"}},
        {Field::block, "block", SheetKind::initiatives, {"khoi", "loai hinh", "khoi loai hinh", "khoi don vi", "sector"}},
        {Field::target_group, "target_group", SheetKind::initiatives,
         {"nhom doi tuong", "doi tuong", "nhom doi tuong tac gia", "target group"}},
        {Field::solution_type, "solution_type", SheetKind::initiatives,
         {"loai giai phap", "loai sang kien", "loai", "phan loai", "loai giai phap sang kien", "type", "solution type", "category"}},
        {Field::domain, "domain", SheetKind::initiatives, {"linh vuc", "linh vuc sang kien", "linh vuc ap dung", "domain", "field", "area"}},
        {Field::updated_on, "updated_on", SheetKind::initiatives,
         {"ngay cap nhat", "ngay cap nhat len he thong", "ngay dang", "ngay gui", "thoi gian cap nhat", "ngay nhap",
          "ngay dang tai", "ngay cap nhat he thong", "thoi gian dang", "upload date", "uploaded", "updated", "update date",
          "date uploaded", "date updated"}},
        {Field::status, "status", SheetKind::initiatives,
         {"trang thai", "tinh trang", "ket qua tham dinh", "trang thai duyet", "ket qua duyet", "status", "approval status"}},
        {Field::value, "value", SheetKind::initiatives,
         {"gia tri lam loi", "so tien lam loi", "loi ich kinh te", "gia tri", "gia tri lam loi dong",
          "hieu qua kinh te", "benefit", "benefit vnd", "value", "benefit value", "economic benefit"}},
        {Field::social_value, "social_value", SheetKind::initiatives,
         {"gia tri xa hoi", "gia tri xa hoi nhan van", "gia tri nhan van", "xa hoi nhan van", "gia tri xa hoi nhan van noi bat", "social value", "humane value"}},
        {Field::recognition, "recognition", SheetKind::initiatives,
         {"van ban cong nhan sang kien", "so ngay van ban cong nhan sang kien", "so va ngay van ban cong nhan sang kien",
          "quyet dinh cong nhan sang kien", "van ban cong nhan", "so ngay van ban cong nhan", "quyet dinh cong nhan", "recognition",
          "recognition document"}},
        {Field::recognition_number, "recognition_number", SheetKind::initiatives,
         {"so van ban cong nhan sang kien", "so van ban cong nhan", "so quyet dinh cong nhan", "so quyet dinh cong nhan sang kien", "recognition no",
          "recognition number"}},
        {Field::recognition_date, "recognition_date", SheetKind::initiatives,
         {"ngay van ban cong nhan sang kien", "ngay van ban cong nhan", "ngay cong nhan", "ngay quyet dinh cong nhan",
          "ngay cong nhan sang kien", "recognition date"}},
        {Field::value_document, "value_document", SheetKind::initiatives,
         {"van ban cong nhan gia tri lam loi", "so ngay van ban cong nhan gia tri lam loi",
          "so va ngay van ban cong nhan gia tri lam loi", "van ban xac nhan gia tri lam loi", "benefit document",
          "benefit recognition"}},
        {Field::value_document_number, "value_document_number", SheetKind::initiatives,
         {"so van ban cong nhan gia tri lam loi", "so van ban gia tri lam loi", "so van ban xac nhan gia tri lam loi", "benefit document no",
          "benefit document number"}},
        {Field::value_document_date, "value_document_date", SheetKind::initiatives,
         {"ngay van ban cong nhan gia tri lam loi", "ngay van ban gia tri lam loi", "ngay cong nhan gia tri lam loi",
          "ngay van ban xac nhan gia tri lam loi", "benefit document date", "benefit recognition date"}},
        {Field::note, "note", SheetKind::initiatives, {"ghi chu", "note", "notes", "remarks"}},

        {Field::union_name, "union_name", SheetKind::unions,
         {"ten cdcs", "ten don vi", "cong doan co so", "don vi", "cdcs", "ten cong doan co so", "ten", "union", "unit",
          "grassroots union", "name", "ldld huyen cd nganh", "ldld huyen", "don vi truc thuoc", "ten don vi truc thuoc"}},
        {Field::union_block, "union_block", SheetKind::unions, {"khoi", "loai hinh", "khoi loai hinh"}},
        {Field::members, "members", SheetKind::unions, {"so doan vien", "doan vien", "tong so doan vien", "members"}},
        {Field::quota, "quota", SheetKind::unions, {"chi tieu", "chi tieu sang kien", "chi tieu giao", "tong chi tieu", "quota"}},
        {Field::quota_phase, "quota_phase", SheetKind::unions,
         {"chi tieu giai doan", "chi tieu dot", "giai doan", "dot", "chi tieu nam"}},
        {Field::labour_agreement, "labour_agreement", SheetKind::unions,
         {"tuldtt", "thoa uoc", "thoa uoc lao dong tap the", "quy che", "tuldtt quy che", "quy che co noi dung sang kien",
          "tuldtt quy che co noi dung sang kien"}},
        {Field::union_note, "union_note", SheetKind::unions, {"ghi chu"}},

        {Field::person_name, "person_name", SheetKind::people, {"ho ten", "ho va ten", "ten", "ca nhan", "name", "full name"}},
        {Field::person_position, "person_position", SheetKind::people, {"chuc vu", "chuc danh", "chuc vu nghe nghiep"}},
        {Field::person_unit, "person_unit", SheetKind::people, {"don vi", "cdcs", "don vi cong tac"}},
        {Field::support_team, "support_team", SheetKind::people,
         {"to ho tro", "thuoc to ho tro", "to ho tro sang kien", "thanh vien to ho tro"}},
        {Field::contribution, "contribution", SheetKind::people,
         {"dong gop", "noi dung dong gop", "thanh tich", "thanh tich dong gop", "tom tat dong gop", "contribution"}},

        {Field::setting_label, "setting_label", SheetKind::settings, {"muc", "noi dung", "thong tin", "ten muc"}},
        {Field::setting_value, "setting_value", SheetKind::settings, {"gia tri"}},
    };
    return table;
}

const FieldInfo* info_of(Field field)
{
    for (const auto& info : field_table())
        if (info.field == field)
            return &info;
    return nullptr;
}

std::vector<std::string_view> split_words(std::string_view s)
{
    std::vector<std::string_view> words;
    std::size_t start = 0;
    while (start < s.size())
    {
        const auto end = s.find(' ', start);
        const auto stop = end == std::string_view::npos ? s.size() : end;
        if (stop > start)
            words.push_back(s.substr(start, stop - start));
        start = stop + 1;
    }
    return words;
}

// The field whose synonym's words all appear in the heading, the most specific (most words) first.
std::optional<Field> best_field(const std::string& heading_key, SheetKind kind)
{
    if (heading_key.empty() || is_provenance_heading(heading_key))
        return std::nullopt;
    // The synonyms split into words once.
    struct Synonym
    {
        Field field;
        SheetKind kind;
        std::string_view text;
        std::vector<std::string_view> words;
    };
    static const std::vector<Synonym> synonyms = [] {
        std::vector<Synonym> all;
        for (const auto& info : field_table())
            for (const auto synonym : info.synonyms)
                all.push_back(Synonym{info.field, info.kind, synonym, split_words(synonym)});
        return all;
    }();
    const auto words = split_words(heading_key);
    const auto present = [&words](std::string_view word) { return std::find(words.begin(), words.end(), word) != words.end(); };
    std::optional<Field> best;
    std::size_t best_words = 0;
    bool best_exact = false;
    for (const Synonym& synonym : synonyms)
    {
        if (synonym.kind != kind || synonym.words.size() < best_words
            || !std::all_of(synonym.words.begin(), synonym.words.end(), present))
            continue;
        const bool exact = synonym.text == heading_key;
        if (synonym.words.size() > best_words || (exact && !best_exact))
        {
            best = synonym.field;
            best_words = synonym.words.size();
            best_exact = exact;
        }
    }
    return best;
}

// ---------------------------------------------------------------------------------------------
// Cells

bool is_blank(const Cell& cell)
{
    if (std::holds_alternative<std::monostate>(cell))
        return true;
    if (const auto* text = std::get_if<std::string>(&cell))
        return text->find_first_not_of(" \t\r\n") == std::string::npos;
    return false;
}

const Cell& cell_at(const Row& row, std::size_t column)
{
    static const Cell empty;
    return column < row.size() ? row[column] : empty;
}

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


// Values that repeat down a column (statuses, amounts, dates, yes/no) are parsed once.
template <typename Value>
class Memo
{
public:
    template <typename Compute>
    const Value& get(const std::string& key, Compute compute)
    {
        if (const auto it = map_.find(key); it != map_.end())
            return it->second;
        if (map_.size() > 200'000)
            map_.clear(); // a column of unique values gains nothing from remembering them
        return map_.emplace(key, compute()).first->second;
    }

private:
    std::unordered_map<std::string, Value> map_;
};

struct SheetReader
{
    const std::string& sheet;
    std::vector<Issue>& issues;
    Memo<DateValue> dates{};
    Memo<Money> amounts{};
    Memo<Status> statuses{};
    Memo<YesNo> yes_no{};

    void report(std::size_t row_index, std::size_t column, const Cell& cell, std::string key,
                std::vector<std::string> arguments, bool is_error = true)
    {
        issues.push_back(Issue{sheet, row_index + 1, column_letter(column), shortened(collapse_spaces(cell_text(cell))),
                               std::move(key), std::move(arguments), is_error});
    }

    // The cell of a field, or an empty cell when it holds a formula error: the error is reported
    // (sheet, row, column, the error as Calc shows it) and kept in `unreadable`, never read as empty.
    const Cell& checked(std::size_t row_index, std::size_t column, const Row& row, Field field,
                        std::vector<UnreadableCell>* unreadable = nullptr)
    {
        static const Cell empty;
        const Cell& cell = cell_at(row, column);
        const auto* error = std::get_if<CellError>(&cell);
        const auto* text = std::get_if<std::string>(&cell);
        if (!error && !(text && is_error_value_text(*text)))
            return cell;
        // An error pasted as a value ("#DIV/0!" as text, or carried by a merge) is one too.
        const std::string shown = error ? error->shown : collapse_spaces(*text);
        report(row_index, column, cell, error ? "cell.formula_error" : "cell.error_value_text", {shown, std::string(field_id(field))});
        if (unreadable)
            unreadable->push_back(UnreadableCell{field, column_letter(column), shown});
        return empty;
    }

    // Text in NFC with single spaces (line breaks kept with `keep_lines`); legacy-font text
    // converted (and said so).
    std::string text(std::size_t row_index, std::size_t column, const Cell& cell, bool keep_lines = false)
    {
        const auto tidy = [keep_lines](const std::string& s) { return keep_lines ? s : collapse_spaces(s); };
        const std::string raw = cell_text(cell);
        // Most cells: no character that legacy fonts leave behind, so no decoding at all.
        if (!may_be_legacy(raw))
            return tidy(to_nfc(raw));
        const LegacyConversion converted = convert_legacy_text(raw);
        if (converted.found == LegacyEncoding::tcvn3 || converted.found == LegacyEncoding::vni)
            report(row_index, column, cell, "cell.legacy_converted",
                   {collapse_spaces(to_nfc(converted.text)), converted.found == LegacyEncoding::tcvn3 ? "TCVN3" : "VNI"},
                   false);
        else if (converted.found == LegacyEncoding::suspicious)
            report(row_index, column, cell, "cell.legacy_suspicious", {collapse_spaces(raw)});
        return tidy(to_nfc(converted.text));
    }

    std::optional<Date> date(std::size_t row_index, std::size_t column, const Cell& cell)
    {
        DateValue value;
        if (const auto* number = std::get_if<double>(&cell))
            value = date_from_number(*number);
        else if (const auto* t = std::get_if<std::string>(&cell))
            value = dates.get(*t, [t] { return parse_date(*t); });
        if (value.kind == DateKind::date)
            return value.date;
        if (value.kind == DateKind::error)
        {
            const char* key = value.error == DateError::impossible     ? "date.error.impossible"
                              : value.error == DateError::out_of_range ? "date.error.out_of_range"
                                                                       : "date.error.unreadable";
            report(row_index, column, cell, key, {collapse_spaces(cell_text(cell))});
        }
        return std::nullopt;
    }
};

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

// ---------------------------------------------------------------------------------------------
// Heading detection

std::vector<std::string> heading_texts(const Sheet& sheet, std::size_t top, bool two_rows)
{
    const Row& first = sheet.rows[top];
    const Row* second = two_rows && top + 1 < sheet.rows.size() ? &sheet.rows[top + 1] : nullptr;
    const std::size_t width = std::max(first.size(), second ? second->size() : 0);
    std::vector<std::string> texts(width);
    std::string carried;        // a merged group heading spanning several sub-columns
    bool carry_allowed = false;
    for (std::size_t c = 0; c < width; ++c)
    {
        const std::string upper = collapse_spaces(to_nfc(cell_text(cell_at(first, c))));
        const std::string lower = second ? collapse_spaces(to_nfc(cell_text(cell_at(*second, c)))) : std::string();
        if (!upper.empty())
        {
            carried = upper;
            carry_allowed = !lower.empty();
            texts[c] = lower.empty() ? upper : upper + " " + lower;
        }
        else if (!lower.empty())
        {
            texts[c] = carry_allowed ? carried + " " + lower : lower;
        }
        else
            carry_allowed = false;
    }
    return texts;
}

// A document group heading over "Số" | "Ngày" sub-headings ("Quyết định công nhận sáng kiến" /
// "Ngày"): the sub-heading, last in the combined text, says which part of the document the column
// holds. "Số, ngày" (both) stays the combined column.
std::optional<Field> document_part(std::optional<Field> field, const std::string& heading_key)
{
    if (!field)
        return field;
    const bool recognition = *field == Field::recognition || *field == Field::recognition_number
                             || *field == Field::recognition_date;
    const bool value_document = *field == Field::value_document || *field == Field::value_document_number
                                || *field == Field::value_document_date;
    if (!recognition && !value_document)
        return field;
    const auto ends_with = [&heading_key](std::string_view tail) {
        return heading_key == tail
               || (heading_key.size() > tail.size()
                   && heading_key.compare(heading_key.size() - tail.size(), tail.size(), tail) == 0
                   && heading_key[heading_key.size() - tail.size() - 1] == ' ');
    };
    const auto ends_with_any = [&ends_with](std::initializer_list<std::string_view> tails) {
        return std::any_of(tails.begin(), tails.end(), ends_with);
    };
    if (ends_with_any({"so ngay", "so va ngay", "ngay so", "so ngay thang"}))
        return recognition ? Field::recognition : Field::value_document;
    if (ends_with_any({"ngay", "ngay thang", "ngay thang nam", "ngay ban hanh", "ngay ky", "ngay van ban", "date"}))
        return recognition ? Field::recognition_date : Field::value_document_date;
    if (ends_with_any({"so", "so hieu", "so van ban", "so quyet dinh", "so qd", "so ky hieu", "number", "no"}))
        return recognition ? Field::recognition_number : Field::value_document_number;
    return field;
}

struct Candidate
{
    ColumnMapping mapping;
    std::size_t score = 0;
    std::vector<std::pair<std::size_t, std::size_t>> duplicates; // (column, first column of that field)
};

Candidate evaluate(const Sheet& sheet, std::size_t top, bool two_rows, SheetKind kind)
{
    Candidate candidate;
    candidate.mapping.headings = heading_texts(sheet, top, two_rows);
    candidate.mapping.heading_row = top + (two_rows ? 1 : 0);
    for (std::size_t c = 0; c < candidate.mapping.headings.size(); ++c)
    {
        const std::string key = matching_key(candidate.mapping.headings[c]);
        const auto field = document_part(best_field(key, kind), key);
        if (!field)
            continue;
        const auto [it, inserted] = candidate.mapping.columns.emplace(*field, c);
        if (!inserted)
            candidate.duplicates.emplace_back(c, it->second);
    }
    // "CĐCS" is the unit itself unless a column above it (a province's LĐLĐ huyện) is the unit.
    auto& columns = candidate.mapping.columns;
    if (const auto below = columns.find(Field::grassroots_unit); below != columns.end() && !columns.count(Field::unit))
    {
        columns.emplace(Field::unit, below->second);
        columns.erase(below);
    }
    candidate.score = candidate.mapping.columns.size();
    // A data value in the second row (a number, or many texts) means it is not a heading row.
    std::size_t first_data = candidate.mapping.heading_row + 1;
    while (first_data < sheet.rows.size() && is_numbering_row(sheet.rows[first_data]))
        ++first_data;
    candidate.mapping.first_data_row = first_data;
    return candidate;
}

std::size_t minimum_score(SheetKind kind)
{
    return kind == SheetKind::initiatives ? 3 : 2;
}

bool has_key_fields(const ColumnMapping& mapping, SheetKind kind)
{
    auto has = [&mapping](Field f) { return mapping.columns.count(f) > 0; };
    switch (kind)
    {
    case SheetKind::initiatives: return has(Field::title) || has(Field::authors);
    case SheetKind::unions: return has(Field::union_name) && (has(Field::quota) || has(Field::quota_phase));
    case SheetKind::people: return has(Field::person_name);
    case SheetKind::settings:
    case SheetKind::comments: return true;
    }
    return false;
}

// A row of nothing but document sub-headings ("Số" | "Ngày"): the second row of a heading even
// when it adds no field of its own.
bool is_sub_heading_row(const Row& row)
{
    bool any = false;
    for (const Cell& cell : row)
    {
        if (is_blank(cell))
            continue;
        const auto* text = std::get_if<std::string>(&cell);
        if (!text)
            return false;
        const std::string key = matching_key(*text);
        static const std::set<std::string_view> words{"so", "ngay", "so hieu", "ngay thang", "ngay thang nam",
                                                      "ngay ban hanh", "ngay ky", "so ngay", "so va ngay",
                                                      "so van ban", "so quyet dinh", "so qd", "so ky hieu",
                                                      "no", "number", "date", "no date"};
        if (!words.count(key))
            return false;
        any = true;
    }
    return any;
}

std::optional<Candidate> best_candidate(const Sheet& sheet, SheetKind kind)
{
    std::optional<Candidate> best;
    const std::size_t limit = std::min(sheet.rows.size(), kHeadingSearchRows);
    for (std::size_t top = 0; top < limit; ++top)
    {
        for (const bool two_rows : {false, true})
        {
            if (two_rows && top + 1 >= sheet.rows.size())
                continue;
            Candidate candidate = evaluate(sheet, top, two_rows, kind);
            if (candidate.score < minimum_score(kind) || !has_key_fields(candidate.mapping, kind))
                continue;
            const bool sub_headings_below = two_rows && best && best->mapping.heading_row == top
                                            && candidate.score == best->score && is_sub_heading_row(sheet.rows[top + 1]);
            if (!best || candidate.score > best->score || sub_headings_below)
                best = std::move(candidate);
        }
    }
    return best;
}

// ---------------------------------------------------------------------------------------------
// Sheet recognition

bool name_means(const std::string& sheet_key, SheetKind kind)
{
    static const std::map<SheetKind, std::vector<std::string_view>> names{
        {SheetKind::initiatives,
         {"sang kien", "danh sach sang kien", "so theo doi sang kien", "sang kien 01 trieu", "ds sang kien", "tong hop sang kien",
          "initiatives", "initiative list"}},
        {SheetKind::unions,
         {"cong doan co so", "cdcs", "don vi truc thuoc", "danh sach don vi truc thuoc", "chi tieu don vi", "danh sach cdcs", "danh sach cong doan co so", "chi tieu", "chi tieu cdcs", "ds cdcs", "unions", "grassroots unions", "quotas"}},
        {SheetKind::people, {"ca nhan de xuat", "ca nhan", "de xuat ca nhan", "to ho tro", "ds ca nhan", "proposed individuals", "individuals"}},
        {SheetKind::settings, {"thong tin", "thong tin bao cao", "cai dat", "thiet lap", "settings", "information"}},
        {SheetKind::comments, {"nhan xet", "danh gia", "noi dung bao cao", "nhan xet danh gia"}},
    };
    const auto& list = names.at(kind);
    return std::find(list.begin(), list.end(), sheet_key) != list.end();
}

// ---------------------------------------------------------------------------------------------
// Records

// Counts (quotas, members): absurd values read as 0 rather than overflowing.
std::optional<std::size_t> column_for(const ColumnMapping& mapping, Field field)
{
    const auto it = mapping.columns.find(field);
    return it == mapping.columns.end() ? std::nullopt : std::optional<std::size_t>(it->second);
}

int to_int(double value)
{
    if (!std::isfinite(value) || std::fabs(value) > 1e9)
        return 0;
    return static_cast<int>(std::llround(value));
}

// ---------------------------------------------------------------------------------------------
// Structure rows of a list: group headings ("I | KHỐI TRƯỜNG HỌC", "1. CĐCS Trường THCS …"),
// subtotals ("Cộng", "Cộng khối …") and the grand total ("Tổng cộng").

enum class RowKind { data, blank, section, subtotal, grand_total };

struct RowClass
{
    RowKind kind = RowKind::data;
    std::string label;           // the section title without its marker, or the total's label
    std::size_t label_column = 0;
    int level = 2;               // sections: 1 for I/II/A/B and "Khối …", 2 for CĐCS-level groups
};

enum class Marker { none, roman, letter, arabic };

// "I", "II.", "IV)", "A.", "b)", "1", "2.", "3)": the numbering of a group heading.
Marker marker_of(std::string_view text)
{
    std::string t = collapse_spaces(text);
    while (!t.empty() && (t.back() == '.' || t.back() == ')' || t.back() == ':'))
        t.pop_back();
    if (t.empty() || t.size() > 5)
        return Marker::none;
    if (t.find_first_not_of("0123456789") == std::string::npos)
        return Marker::arabic;
    if (t.find_first_not_of("IVXivx") == std::string::npos && (t == to_upper(t) || t == to_lower(t)))
        return Marker::roman;
    if (t.size() == 1 && std::isalpha(static_cast<unsigned char>(t[0])))
        return Marker::letter;
    return Marker::none;
}

// "I. KHỐI TRƯỜNG HỌC" → marker "I", title "KHỐI TRƯỜNG HỌC".
std::pair<Marker, std::string> split_marker(const std::string& text)
{
    const auto space = text.find(' ');
    if (space == std::string::npos)
        return {Marker::none, text};
    const std::string head = text.substr(0, space);
    if (head.back() != '.' && head.back() != ')')
        return {Marker::none, text};
    const Marker marker = marker_of(head);
    return marker == Marker::none ? std::pair{Marker::none, text}
                                  : std::pair{marker, collapse_spaces(text.substr(space + 1))};
}

bool starts_with_word(const std::string& key, std::initializer_list<std::string_view> words)
{
    for (const std::string_view word : words)
        if (key.compare(0, word.size(), word) == 0 && (key.size() == word.size() || key[word.size()] == ' '))
            return true;
    return false;
}

// Words that open a group heading: a khối, a CĐCS, a lĩnh vực…
bool names_a_group(const std::string& key)
{
    return starts_with_word(key, {"khoi", "cdcs", "cd", "cong doan", "don vi", "linh vuc", "nhom", "cum", "nganh",
                                  "loai hinh", "lđlđ", "ldld", "phong", "to"});
}

bool is_upper_case_text(const std::string& text)
{
    bool letters = false;
    for (const char32_t c : to_u32(text))
        if (c > 0x40)
            letters = true;
    return letters && to_upper(text) == text && to_lower(text) != text;
}

bool is_grand_total_label(const std::string& key)
{
    return key == "tong" || starts_with_word(key, {"tong cong", "tong so", "cong toan", "total", "grand total"});
}

bool is_subtotal_label(const std::string& text, const std::string& key)
{
    if (starts_with_word(key, {"cong dong", "cong tac", "cong nghe", "cong trinh", "cong viec", "cong cu", "cong nhan",
                               "cong thuc", "cong doan", "cong ty", "cong an", "cong suat"}))
        return false;
    // "Cộng" with its tone is unambiguous; without tones only before the name of a group.
    if (to_lower(collapse_spaces(text)).rfind("cộng", 0) == 0)
        return true;
    if (key == "cong" || key == "subtotal" || starts_with_word(key, {"sub total", "subtotal"}))
        return true;
    if (!starts_with_word(key, {"cong"}))
        return false;
    const std::string rest = key.substr(4);
    return names_a_group(collapse_spaces(rest)) || marker_of(collapse_spaces(rest)) != Marker::none;
}

// Signature blocks and form notes below a list: never initiatives.
bool is_form_footer(const std::string& key)
{
    for (const std::string_view word : {"nguoi lap", "thu truong", "ky ghi ro", "ghi ro ho ten", "ky ten", "xac nhan",
                                        "chu tich", "tm ", "kt ", "thang nam", "ngay thang"})
        if (key.find(word) != std::string::npos)
            return true;
    return false;
}

struct ListColumns
{
    std::optional<std::size_t> stt, code, title, authors, position, unit, grassroots_unit, block, group, type, domain, updated, status,
        value, social, recognition, recognition_number, recognition_date, value_document, value_document_number,
        value_document_date, note;

    explicit ListColumns(const ColumnMapping& mapping)
    {
        const auto column = [&mapping](Field f) { return column_for(mapping, f); };
        stt = column(Field::stt);
        code = column(Field::code);
        title = column(Field::title);
        authors = column(Field::authors);
        position = column(Field::position);
        unit = column(Field::unit);
        grassroots_unit = column(Field::grassroots_unit);
        block = column(Field::block);
        group = column(Field::target_group);
        type = column(Field::solution_type);
        domain = column(Field::domain);
        updated = column(Field::updated_on);
        status = column(Field::status);
        value = column(Field::value);
        social = column(Field::social_value);
        recognition = column(Field::recognition);
        recognition_number = column(Field::recognition_number);
        recognition_date = column(Field::recognition_date);
        value_document = column(Field::value_document);
        value_document_number = column(Field::value_document_number);
        value_document_date = column(Field::value_document_date);
        note = column(Field::note);
    }

    bool blank_at(const Row& row, const std::optional<std::size_t>& c) const { return !c || is_blank(cell_at(row, *c)); }
};

RowClass classify_row(const Row& row, const ListColumns& columns)
{
    RowClass result;
    std::vector<std::size_t> filled;
    for (std::size_t c = 0; c < row.size(); ++c)
        if (!is_blank(row[c]))
            filled.push_back(c);
    if (filled.empty())
    {
        result.kind = RowKind::blank;
        return result;
    }
    // A total's label is one of the first two cells, with no author and no status beside it.
    const bool no_person = columns.blank_at(row, columns.authors) && columns.blank_at(row, columns.status);
    for (std::size_t i = 0; i < std::min<std::size_t>(2, filled.size()); ++i)
    {
        const auto* text = std::get_if<std::string>(&row[filled[i]]);
        if (!text || text->size() > 120 || !no_person)
            continue;
        const std::string key = matching_key(*text);
        const bool grand = is_grand_total_label(key);
        if (grand || is_subtotal_label(*text, key))
        {
            result.kind = grand ? RowKind::grand_total : RowKind::subtotal;
            result.label = collapse_spaces(to_nfc(*text));
            result.label_column = filled[i];
            return result;
        }
    }
    // A group heading: one or two cells of text (a marker and a title), nothing else.
    if (filled.size() > 2 || !no_person)
        return result;
    Marker marker = Marker::none;
    std::string title;
    std::size_t title_column = filled.back();
    if (filled.size() == 2)
    {
        const Cell& first = row[filled[0]];
        if (const auto* number = std::get_if<double>(&first))
            marker = (*number == std::floor(*number) && *number > 0 && *number < 1000) ? Marker::arabic : Marker::none;
        else if (const auto* text = std::get_if<std::string>(&first))
            marker = marker_of(*text);
        if (marker == Marker::none)
            return result;
        const auto* text = std::get_if<std::string>(&row[filled[1]]);
        if (!text)
            return result;
        title = collapse_spaces(to_nfc(*text));
    }
    else
    {
        const auto* text = std::get_if<std::string>(&row[filled[0]]);
        if (!text)
            return result;
        std::tie(marker, title) = split_marker(collapse_spaces(to_nfc(*text)));
    }
    if (title.empty() || title.size() > 300)
        return result;
    const std::string key = matching_key(title);
    const bool group_words = names_a_group(key);
    const bool heading_like = group_words || is_upper_case_text(title);
    const bool section = marker == Marker::roman || marker == Marker::letter ? true : heading_like;
    if (!section)
        return result;
    result.kind = RowKind::section;
    result.label = title;
    result.label_column = title_column;
    result.level = (marker == Marker::roman || marker == Marker::letter
                    || starts_with_word(key, {"khoi", "linh vuc", "nhom", "cum", "nganh", "loai hinh"}))
                       ? 1
                       : 2;
    return result;
}

// An open group of the list, for checking its subtotal.
struct OpenSection
{
    std::size_t first = 0;       // index of its first initiative in Workbook::initiatives
    int level = 2;
    std::string title;
};

// The sum of the values written in initiatives [first, end); nullopt when one of them cannot be read.
std::optional<std::int64_t> written_sum(const std::vector<Initiative>& initiatives, std::size_t first)
{
    std::int64_t sum = 0;
    for (std::size_t i = first; i < initiatives.size(); ++i)
    {
        const Initiative& item = initiatives[i];
        if (item.has_unreadable(Field::value) || item.value.kind == MoneyKind::error)
            return std::nullopt;
        if (item.value.is_vnd())
            sum += item.value.dong;
    }
    return sum;
}

struct ListState
{
    std::vector<OpenSection> sections;  // outermost first
    std::size_t since_subtotal = 0;     // first initiative after the last subtotal
    std::size_t total_row = 0;          // 1-based row of the grand total; 0 before it
    std::size_t skipped_first = 0, skipped_last = 0; // rows after the total that are not initiatives
    std::string skipped_text;
};

void open_section(ListState& state, const RowClass& row, std::size_t next_initiative)
{
    while (!state.sections.empty() && state.sections.back().level >= row.level)
        state.sections.pop_back();
    state.sections.push_back(OpenSection{next_initiative, row.level, row.label});
}

// A subtotal or total that holds an amount is compared with our own sum of its group.
void check_total(SheetReader& reader, std::size_t r, const Row& row, const RowClass& kind, const ListColumns& columns,
                 ListState& state, const std::vector<Initiative>& initiatives)
{
    if (!columns.value)
        return;
    const Cell& cell = reader.checked(r, *columns.value, row, Field::value);
    std::optional<std::int64_t> written;
    if (const auto* number = std::get_if<double>(&cell))
    {
        const Money money = money_from_number(*number);
        if (money.is_vnd())
            written = money.dong;
    }
    else if (const auto* text = std::get_if<std::string>(&cell))
    {
        const Money money = parse_money(*text);
        if (money.is_vnd())
            written = money.dong;
    }
    std::vector<std::size_t> starts;
    if (kind.kind == RowKind::grand_total)
        starts.push_back(0);
    else
    {
        for (auto it = state.sections.rbegin(); it != state.sections.rend(); ++it)
            starts.push_back(it->first);
        starts.push_back(state.since_subtotal);
    }
    state.since_subtotal = initiatives.size();
    if (!written)
        return;
    // "Cộng khối …" is compared first with its khối, "Cộng CĐCS …" with the innermost group.
    const std::string label_key = matching_key(kind.label);
    const bool names_outer = label_key.find("khoi") != std::string::npos || label_key.find("linh vuc") != std::string::npos;
    std::optional<std::size_t> preferred;
    if (names_outer && kind.kind == RowKind::subtotal)
        for (auto it = state.sections.rbegin(); it != state.sections.rend() && !preferred; ++it)
            if (it->level == 1)
                preferred = it->first;
    std::optional<std::int64_t> expected;
    for (const std::size_t start : starts)
    {
        const auto sum = written_sum(initiatives, start);
        if (!sum)
            return; // a value we cannot read: no comparison to make
        if (*sum == *written)
            return;
        if (!expected || (preferred && start == *preferred))
            expected = sum;
    }
    if (expected)
        reader.report(r, *columns.value, cell, "row.subtotal_mismatch",
                      {std::to_string(r + 1), kind.label, format_vnd(*written, false), format_vnd(*expected, false)}, false);
}

// A number with no unit: a number cell, or text of digits with at most one decimal part ("1,5").
std::optional<double> bare_amount(const Cell& cell)
{
    if (const auto* number = std::get_if<double>(&cell))
        return *number;
    const auto* text = std::get_if<std::string>(&cell);
    if (!text)
        return std::nullopt;
    const std::string written = collapse_spaces(*text);
    if (written.empty() || written.find_first_not_of("0123456789.,") != std::string::npos)
        return std::nullopt;
    const auto separator = written.find_last_of(".,");
    if (separator != std::string::npos && written.size() - separator - 1 <= 2
        && written.find_first_of(".,") == separator)
    {
        std::string decimal = written;
        decimal[separator] = '.';
        return std::strtod(decimal.c_str(), nullptr);
    }
    const Money money = parse_money(written);
    return money.is_vnd() ? std::optional<double>(static_cast<double>(money.dong)) : std::nullopt;
}

// A value cell holding a bare number, kept while reading (the note on amounts written without a
// unit needs the column's median, known only at the end): which record, the amount, the text.
struct BareAmount
{
    std::size_t item = 0;       // index in book.initiatives
    double amount = 0;
    std::string written;        // the text when the cell is text; empty for a number cell
};

// Calls visit(r, row) for each row from `first` on, one block of rows in memory at a time.
template <class Visit>
void for_each_row(SheetRows& rows, std::size_t first, Visit&& visit)
{
    for (std::size_t at = first; at < rows.size();)
    {
        const std::span<const Row> block = rows.block(at, kBlockRows);
        if (block.empty())
            break;
        for (std::size_t i = 0; i < block.size(); ++i)
            visit(at + i, block[i]);
        at += block.size();
    }
}

// What reading a list carries from one of its sheets to the next ("Sáng kiến (2)" goes on where
// "Sáng kiến" stopped: the group heading above, the rows since the last subtotal).
struct ListReading
{
    TextPool names;                                        // names repeat: one copy each
    std::unordered_map<std::string, SharedText> unit_keys; // and key them once
    ListState state;
    std::size_t units_from_sections = 0;
};

// `part`: the sheet's name when it continues the list over another sheet, else empty.
void read_initiatives(const std::string& sheet_name, SheetRows& rows, const ColumnMapping& mapping, Workbook& book,
                      std::vector<BareAmount>& bare_amounts, ListReading& reading, const SharedText& part = {})
{
    SheetReader reader{sheet_name, book.issues};
    const ListColumns columns(mapping);
    book.has_update_dates = columns.updated.has_value();
    TextPool& names = reading.names;
    auto& unit_keys = reading.unit_keys;
    ListState& state = reading.state;
    std::size_t& units_from_sections = reading.units_from_sections;
    // A total and the rows below it belong to one sheet.
    state.total_row = 0;
    state.skipped_first = state.skipped_last = 0;
    state.skipped_text.clear();

    const auto flush_skipped = [&] {
        if (state.skipped_first == 0)
            return;
        book.issues.push_back(Issue{sheet_name, state.skipped_first, "", shortened(state.skipped_text), "rows.after_total",
                                    {std::to_string(state.skipped_first), std::to_string(state.skipped_last),
                                     std::to_string(state.total_row)},
                                    false});
        state.skipped_first = state.skipped_last = 0;
        state.skipped_text.clear();
    };

    for_each_row(rows, mapping.first_data_row, [&](std::size_t r, const Row& row) {
        const RowClass kind = classify_row(row, columns);
        if (kind.kind == RowKind::blank)
            return;
        if (kind.kind == RowKind::section)
        {
            ++book.section_rows;
            open_section(state, kind, book.initiatives.size());
            state.since_subtotal = book.initiatives.size();
            return;
        }
        if (kind.kind == RowKind::subtotal || kind.kind == RowKind::grand_total)
        {
            ++book.subtotal_rows;
            check_total(reader, r, row, kind, columns, state, book.initiatives);
            if (kind.kind == RowKind::grand_total && state.total_row == 0)
                state.total_row = r + 1;
            return;
        }
        // A row with nothing but its number is a blank line of the form.
        bool only_stt = true;
        for (std::size_t c = 0; c < row.size() && only_stt; ++c)
            only_stt = is_blank(row[c]) || (columns.stt && c == *columns.stt);
        if (only_stt)
            return;

        Initiative item;
        item.row = r + 1;
        item.sheet = part;
        auto get = [&](const std::optional<std::size_t>& c, Field field) -> const Cell& {
            static const Cell empty;
            return c ? reader.checked(r, *c, row, field, &item.unreadable) : empty;
        };
        auto text_of = [&](const std::optional<std::size_t>& c, Field field) {
            return c ? reader.text(r, *c, get(c, field)) : std::string();
        };

        // Below the grand total come signatures and notes: a row is read only when it looks like
        // an initiative (a title and a person, unit, status or value), and then said so.
        if (state.total_row != 0)
        {
            std::string first_text;
            bool footer = false;
            for (const Cell& cell : row)
                if (!is_blank(cell))
                {
                    const std::string text = cell_text(cell);
                    if (first_text.empty())
                        first_text = collapse_spaces(to_nfc(text));
                    footer = footer || is_form_footer(matching_key(text));
                }
            const bool looks_like_initiative =
                !columns.blank_at(row, columns.title)
                && (!columns.blank_at(row, columns.authors) || !columns.blank_at(row, columns.unit)
                    || !columns.blank_at(row, columns.status) || !columns.blank_at(row, columns.value));
            if (footer || !looks_like_initiative)
            {
                if (state.skipped_first == 0)
                {
                    state.skipped_first = r + 1;
                    state.skipped_text = first_text;
                }
                state.skipped_last = r + 1;
                return;
            }
            flush_skipped();
            reader.report(r, columns.title.value_or(0), cell_at(row, columns.title.value_or(0)), "row.read_after_total",
                          {std::to_string(state.total_row)}, false);
        }

        item.code = text_of(columns.code, Field::code);
        item.title = text_of(columns.title, Field::title);
        // Authors may be separated by line breaks: keep them for the split.
        item.authors = split_authors(columns.authors ? reader.text(r, *columns.authors, get(columns.authors, Field::authors), true)
                                                     : std::string());
        item.position = text_of(columns.position, Field::position);
        item.unit = names.get(text_of(columns.unit, Field::unit));
        item.grassroots_unit = names.get(text_of(columns.grassroots_unit, Field::grassroots_unit));
        if (!state.sections.empty())
            item.section = names.get(state.sections.back().title);
        if (!columns.unit && !state.sections.empty() && state.sections.back().level == 2)
        {
            item.unit = item.section; // the list has no unit column: the CĐCS heading above names it
            ++units_from_sections;
        }
        auto [known, inserted] = unit_keys.try_emplace(item.unit.str());
        if (inserted)
            known->second = matching_key(item.unit, {true, true});
        item.unit_key = known->second;
        item.block = names.get(text_of(columns.block, Field::block));
        item.target_group = names.get(text_of(columns.group, Field::target_group));
        item.solution_type = names.get(text_of(columns.type, Field::solution_type));
        item.domain = names.get(text_of(columns.domain, Field::domain));
        item.note = text_of(columns.note, Field::note);

        if (columns.updated)
        {
            const Cell& cell = get(columns.updated, Field::updated_on);
            item.updated_on = reader.date(r, *columns.updated, cell);
            if (!item.updated_on && is_blank(cell) && !item.has_unreadable(Field::updated_on))
                reader.report(r, *columns.updated, cell, "cell.missing_update_date", {});
        }
        if (columns.status)
        {
            item.status_text = text_of(columns.status, Field::status);
            item.status = reader.statuses.get(item.status_text, [&item] { return parse_status(item.status_text); });
            if (item.status == Status::unknown)
                reader.report(r, *columns.status, get(columns.status, Field::status), "cell.status_unknown", {item.status_text});
        }
        if (columns.value)
        {
            const Cell& cell = get(columns.value, Field::value);
            std::string original;
            if (const auto* number = std::get_if<double>(&cell))
                item.value = money_from_number(*number);
            else if (const auto* t = std::get_if<std::string>(&cell))
            {
                original = *t;
                item.value = reader.amounts.get(*t, [t] { return parse_money(*t); });
            }
            if (const auto amount = bare_amount(cell); amount && *amount > 0)
                bare_amounts.push_back({book.initiatives.size(), *amount, std::holds_alternative<std::string>(cell)
                                                                              ? collapse_spaces(cell_text(cell))
                                                                              : std::string()});
            const MessageRef problem = money_problem(item.value, original);
            if (!problem.key.empty())
                reader.report(r, *columns.value, cell, problem.key, problem.arguments, item.value.kind == MoneyKind::error);
        }
        if (columns.social)
        {
            item.social_text = text_of(columns.social, Field::social_value);
            const YesNo social = reader.yes_no.get(item.social_text, [&item] { return parse_yes_no(item.social_text); });
            item.social_value = social != YesNo::no;
        }
        // A document is one cell ("Số 12/QĐ ngày 5/9/2022", or a date cell) or a number cell and a
        // date cell; every date cell accepts a date, a serial or a date written as text.
        const auto read_document = [&](const std::optional<std::size_t>& combined, Field combined_field,
                                       const std::optional<std::size_t>& number, Field number_field,
                                       const std::optional<std::size_t>& date, Field date_field) {
            DocumentRef document;
            if (combined)
            {
                const Cell& cell = get(combined, combined_field);
                if (std::holds_alternative<double>(cell))
                    document.date = reader.date(r, *combined, cell);
                else
                    document = parse_document(reader.text(r, *combined, cell));
            }
            if (number)
            {
                const Cell& cell = get(number, number_field);
                if (const auto* serial = std::get_if<double>(&cell); serial && !date && !combined && *serial > 20000)
                    document.date = reader.date(r, *number, cell); // a lone column holding dates
                else
                    document.number = reader.text(r, *number, cell);
            }
            if (date)
                if (const auto d = reader.date(r, *date, get(date, date_field)))
                    document.date = d;
            if (combined && !document.date && !document.number.empty())
                reader.report(r, *combined, cell_at(row, *combined), "cell.document_without_date", {});
            return document;
        };
        item.recognition = read_document(columns.recognition, Field::recognition, columns.recognition_number,
                                         Field::recognition_number, columns.recognition_date, Field::recognition_date);
        item.value_document = read_document(columns.value_document, Field::value_document, columns.value_document_number,
                                            Field::value_document_number, columns.value_document_date,
                                            Field::value_document_date);

        if (item.authors.empty() && columns.authors && !item.has_unreadable(Field::authors))
            reader.report(r, *columns.authors, cell_at(row, *columns.authors), "cell.no_authors", {});
        if (item.unit.empty() && columns.unit && !item.has_unreadable(Field::unit))
            reader.report(r, *columns.unit, cell_at(row, *columns.unit), "cell.no_unit", {});
        book.initiatives.push_back(std::move(item));
    });
    flush_skipped();
}

// Said once for the whole list, after its last sheet.
void finish_list(const std::string& sheet_name, const ListReading& reading, Workbook& book)
{
    if (reading.units_from_sections > 0)
        book.issues.push_back(Issue{sheet_name, 0, "", "", "rows.unit_from_section",
                                    {std::to_string(reading.units_from_sections)}, false});
}

void read_unions(const std::string& sheet_name, SheetRows& rows, const ColumnMapping& mapping, Workbook& book)
{
    SheetReader reader{sheet_name, book.issues};
    // Several "chỉ tiêu giai đoạn" columns add up when there is no total column.
    std::vector<std::size_t> phases;
    for (std::size_t c = 0; c < mapping.headings.size(); ++c)
        if (best_field(matching_key(mapping.headings[c]), SheetKind::unions) == Field::quota_phase)
            phases.push_back(c);
    const auto column = [&mapping](Field f) { return column_for(mapping, f); };
    const auto c_name = column(Field::union_name), c_block = column(Field::union_block), c_members = column(Field::members),
               c_quota = column(Field::quota), c_agreement = column(Field::labour_agreement), c_note = column(Field::union_note);
    bool ended = false; // the totals row ends the list
    for_each_row(rows, mapping.first_data_row, [&](std::size_t r, const Row& row) {
        if (ended || std::all_of(row.begin(), row.end(), is_blank))
            return;
        if (is_totals_row(row))
        {
            ended = true;
            return;
        }
        UnionUnit unit;
        unit.row = r + 1;
        unit.name = c_name ? reader.text(r, *c_name, reader.checked(r, *c_name, row, Field::union_name)) : std::string();
        if (unit.name.empty())
            return;
        unit.key = matching_key(unit.name, {true, true});
        unit.block = c_block ? reader.text(r, *c_block, reader.checked(r, *c_block, row, Field::union_block)) : std::string();
        unit.note = c_note ? reader.text(r, *c_note, reader.checked(r, *c_note, row, Field::union_note)) : std::string();
        auto read_count = [&](std::size_t c) -> std::optional<double> {
            std::vector<UnreadableCell> unreadable;
            const bool members = c_members && c == *c_members;
            const Cell& cell = reader.checked(r, c, row, members ? Field::members : Field::quota, &unreadable);
            if (!unreadable.empty() && !members)
                unit.quota_unreadable = true;
            if (const auto* number = std::get_if<double>(&cell))
                return *number;
            if (is_blank(cell))
                return std::nullopt;
            const Money parsed = parse_money(cell_text(cell)); // "12", "1.200"
            if (parsed.kind == MoneyKind::vnd || parsed.kind == MoneyKind::no_value)
                return static_cast<double>(parsed.dong);
            reader.report(r, c, cell, "cell.not_a_number", {collapse_spaces(cell_text(cell))});
            if (!members) // a quota nobody can read leaves the CĐCS to be checked, never "no quota"
                unit.quota_unreadable = true;
            return std::nullopt;
        };
        if (c_members)
            unit.members = read_count(*c_members);
        if (c_quota)
            unit.quota = to_int(read_count(*c_quota).value_or(0));
        else
            for (const std::size_t c : phases)
                unit.quota += to_int(read_count(c).value_or(0));
        if (c_agreement)
            unit.labour_agreement_clause =
                parse_yes_no(cell_text(reader.checked(r, *c_agreement, row, Field::labour_agreement))) != YesNo::no;
        book.unions.push_back(std::move(unit));
    });
}

void read_people(const std::string& sheet_name, SheetRows& rows, const ColumnMapping& mapping, Workbook& book)
{
    SheetReader reader{sheet_name, book.issues};
    const auto column = [&mapping](Field f) { return column_for(mapping, f); };
    const auto c_name = column(Field::person_name), c_position = column(Field::person_position),
               c_unit = column(Field::person_unit), c_team = column(Field::support_team),
               c_contribution = column(Field::contribution);
    for_each_row(rows, mapping.first_data_row, [&](std::size_t r, const Row& row) {
        if (std::all_of(row.begin(), row.end(), is_blank) || is_totals_row(row))
            return;
        ProposedPerson person;
        person.row = r + 1;
        auto text_of = [&](const std::optional<std::size_t>& c, Field field) {
            return c ? reader.text(r, *c, reader.checked(r, *c, row, field)) : std::string();
        };
        person.name = text_of(c_name, Field::person_name);
        if (person.name.empty())
            return;
        person.position = text_of(c_position, Field::person_position);
        person.unit = text_of(c_unit, Field::person_unit);
        person.unit_key = matching_key(person.unit, {true, true});
        person.support_team = c_team && parse_yes_no(cell_text(reader.checked(r, *c_team, row, Field::support_team))) != YesNo::no;
        person.contribution = text_of(c_contribution, Field::contribution);
        book.people.push_back(std::move(person));
    });
}

// Two columns, label | value; a heading row ("Mục | Giá trị") is skipped by its words. A row
// with an empty label continues the value above, one line each (the Nơi nhận list).
void read_settings(SheetRows& rows, Workbook& book)
{
    std::string previous;
    for_each_row(rows, 0, [&](std::size_t, const Row& row) {
        std::size_t first = 0;
        while (first < row.size() && is_blank(row[first]))
            ++first;
        if (first >= row.size())
            return;
        if (first > 0 && !previous.empty())
        {
            std::string& value = book.settings[previous];
            const std::string line = to_nfc(cell_text(row[first]));
            value += value.empty() ? line : "\n" + line;
            return;
        }
        const std::string label = matching_key(cell_text(row[first]));
        previous = label;
        if (label.empty() || label == "muc" || label == "noi dung" || label == "stt")
            return;
        std::size_t second = first + 1;
        while (second < row.size() && is_blank(row[second]))
            ++second;
        std::string value;
        if (second < row.size())
        {
            if (const auto* number = std::get_if<double>(&row[second]))
            {
                // Dates typed in the settings sheet arrive as serials: keep them readable.
                const DateValue date = date_from_number(*number);
                value = (*number > 20000 && *number < 80000 && date.kind == DateKind::date)
                            ? std::to_string(date.date.day) + "/" + std::to_string(date.date.month) + "/"
                                  + std::to_string(date.date.year)
                            : number_text(*number);
            }
            else
                value = to_nfc(cell_text(row[second]));
        }
        book.settings[label] = value;
    });
}

// "I.1", "II.2", "III.4" in a cell, the narrative in the next non-empty cell of the row (or the
// rows below until the next item).
std::optional<std::string> outline_item(const std::string& text)
{
    std::string key;
    for (const char c : collapse_spaces(text))
    {
        if (c == ' ' || c == ':')
            break;
        key += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    while (!key.empty() && key.back() == '.')
        key.pop_back();
    const auto dot = key.find('.');
    if (dot == std::string::npos || dot == 0 || dot + 1 >= key.size())
        return std::nullopt;
    const std::string roman = key.substr(0, dot), number = key.substr(dot + 1);
    if (roman.find_first_not_of("IV") != std::string::npos || number.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return key;
}

void read_comments(SheetRows& rows, Workbook& book)
{
    std::string current;
    for_each_row(rows, 0, [&](std::size_t, const Row& row) {
        for (std::size_t c = 0; c < row.size(); ++c)
        {
            if (is_blank(row[c]))
                continue;
            const std::string text = to_nfc(cell_text(row[c]));
            if (const auto item = outline_item(text))
            {
                current = *item;
                book.comments.try_emplace(current);
                continue;
            }
            if (current.empty())
                continue;
            // Skip the heading texts of the outline itself, keep the narrative.
            std::string& narrative = book.comments[current];
            if (c == 0 && narrative.empty() && text.size() < 3)
                continue;
            narrative += narrative.empty() ? text : "\n" + text;
        }
    });
}

// The same initiative twice: the same mã, or the same title, authors and unit compared tolerantly.
// The later row is marked and counted once (as the earlier one). Titles are keyed only where the
// unit and the authors already meet (author names repeat and are keyed once), so a list of a
// million different initiatives costs no title keys at all.
} // namespace

std::vector<std::pair<std::size_t, DuplicateRule>> find_duplicates(const std::vector<Initiative>& items)
{
    std::vector<std::pair<std::size_t, DuplicateRule>> first(items.size(), {0, DuplicateRule::none});
    // Candidates are found by sorting 64-bit fingerprints (no allocation per row); rows whose
    // fingerprints meet are then compared by their real keys, in row order.
    const auto fnv = [](std::uint64_t hash, std::uint64_t value) { return (hash ^ value) * 1099511628211ULL; };
    const auto mark_runs = [&](std::vector<std::pair<std::uint64_t, std::size_t>>& prints, DuplicateRule rule,
                               const auto& key_of) {
        std::sort(prints.begin(), prints.end());
        for (std::size_t start = 0; start < prints.size();)
        {
            std::size_t end = start + 1;
            while (end < prints.size() && prints[end].first == prints[start].first)
                ++end;
            if (end - start > 1)
            {
                std::map<decltype(key_of(std::size_t{})), std::size_t> seen;
                for (std::size_t k = start; k < end; ++k) // sorted by index within a run
                {
                    const std::size_t i = prints[k].second;
                    if (const auto [it, inserted] = seen.try_emplace(key_of(i), i);
                        !inserted && first[i].second == DuplicateRule::none)
                        first[i] = {it->second, rule};
                }
            }
            start = end;
        }
    };

    // The same mã: fingerprint of the code's letters and digits, lower-cased.
    std::vector<std::pair<std::uint64_t, std::size_t>> prints;
    for (std::size_t i = 0; i < items.size(); ++i)
    {
        std::uint64_t hash = 1469598103934665603ULL;
        bool any = false;
        for (const char c : items[i].code)
            if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80)
            {
                hash = fnv(hash, static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(c))));
                any = true;
            }
        if (any)
            prints.emplace_back(hash, i);
    }
    mark_runs(prints, DuplicateRule::same_code, [&items](std::size_t i) { return matching_key(items[i].code); });

    // The same title, authors and unit: fingerprint of the unit, the authors (keyed once per
    // spelling) and the title's consonants and digits (the same for every spelling with the same
    // matching key: tones sit on vowels, đ counts as d).
    std::unordered_map<std::string, std::uint32_t> author_ids; // spelling → id
    std::unordered_map<std::string, std::uint32_t> key_ids;    // matching key → id
    std::vector<std::uint32_t> ids;
    const auto authors_of = [&](const Initiative& item) {
        ids.clear();
        for (const auto& author : item.authors)
        {
            auto [it, inserted] = author_ids.try_emplace(author, 0);
            if (inserted) // spellings with one key share one id
                it->second = key_ids.try_emplace(matching_key(author), static_cast<std::uint32_t>(key_ids.size())).first->second;
            ids.push_back(it->second);
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    prints.clear();
    for (std::size_t i = 0; i < items.size(); ++i)
    {
        const Initiative& item = items[i];
        if (item.title.empty())
            continue;
        std::uint64_t hash = fnv(1469598103934665603ULL, item.unit_id);
        for (const std::uint32_t id : authors_of(item))
            hash = fnv(hash, id + 0x100000000ULL);
        const std::string& title = item.title;
        for (std::size_t k = 0; k < title.size(); ++k)
        {
            unsigned char c = static_cast<unsigned char>(title[k]);
            if (c == 0xC4 && k + 1 < title.size() && (title[k + 1] == '\x90' || title[k + 1] == '\x91'))
            {
                c = 'd';
                ++k;
            }
            c = static_cast<unsigned char>(std::tolower(c));
            if ((c >= '0' && c <= '9') || (c >= 'b' && c <= 'z' && c != 'e' && c != 'i' && c != 'o' && c != 'u' && c != 'y'))
                hash = fnv(hash, c);
        }
        prints.emplace_back(hash, i);
    }
    mark_runs(prints, DuplicateRule::same_title_authors_unit, [&](std::size_t i) {
        return std::tuple{items[i].unit_id, authors_of(items[i]), matching_key(items[i].title)};
    });
    return first;
}

namespace {

void mark_duplicates(Workbook& book, const std::string& sheet, const std::optional<std::size_t>& code_column,
                     const std::optional<std::size_t>& title_column)
{
    auto& items = book.initiatives;
    const auto first = find_duplicates(items);
    for (std::size_t i = 0; i < items.size(); ++i)
    {
        const auto [original, rule] = first[i];
        if (rule == DuplicateRule::none)
            continue;
        Initiative& item = items[i];
        item.duplicate_of = items[original].row;
        item.duplicate_of_sheet = items[original].sheet;
        item.duplicate_rule = rule;
        ++book.duplicates;
        const bool by_code = rule == DuplicateRule::same_code;
        const auto column = by_code ? code_column : title_column;
        book.issues.push_back(Issue{item.sheet.empty() ? sheet : item.sheet.str(), item.row,
                                    column ? column_letter(*column) : "", shortened(by_code ? item.code : item.title),
                                    by_code ? "row.duplicate_code" : "row.duplicate_content",
                                    {row_reference(item.duplicate_of, item.duplicate_of_sheet)}, true});
    }
}

// "1,5", "0,4", "250" in a column whose other amounts are millions: probably written in millions
// (or thousands) without saying so. The value stays what the cell says; the note names the cell.
void note_amounts_without_unit(Workbook& book, const std::string& sheet, const std::optional<std::size_t>& value_column,
                               const std::vector<BareAmount>& bare_amounts)
{
    if (!value_column)
        return;
    std::vector<std::int64_t> amounts;
    for (const Initiative& item : book.initiatives)
        if (item.value.is_vnd() && item.value.dong > 0)
            amounts.push_back(item.value.dong);
    if (amounts.empty())
        return;
    auto middle = amounts.begin() + static_cast<long>(amounts.size() / 2);
    std::nth_element(amounts.begin(), middle, amounts.end());
    const std::int64_t median = *middle;
    for (const BareAmount& bare : bare_amounts)
    {
        const Initiative& item = book.initiatives[bare.item];
        if (item.has_unreadable(Field::value) || item.value.kind == MoneyKind::error
            || item.value.kind == MoneyKind::other_currency)
            continue;
        const bool tiny = bare.amount < 1000;
        const bool far_below = median >= 1'000'000 && bare.amount * 1000 <= static_cast<double>(median);
        if (!tiny && !far_below)
            continue;
        const std::string written = bare.written.empty() ? number_text(bare.amount) : bare.written;
        book.issues.push_back(Issue{item.sheet.empty() ? sheet : item.sheet.str(), item.row, column_letter(*value_column),
                                    shortened(written), "money.suspect_no_unit",
                                    {written, item.value.is_vnd() ? format_vnd(item.value.dong) : format_vnd(0),
                                     format_vnd(median)},
                                    false});
    }
}

} // namespace

bool Initiative::has_unreadable(Field field) const
{
    return std::any_of(unreadable.begin(), unreadable.end(), [field](const UnreadableCell& c) { return c.field == field; });
}

std::uint32_t Vocabulary::intern(const std::string& name, const std::string& key)
{
    const auto [it, inserted] = by_key.try_emplace(key, static_cast<std::uint32_t>(names.size()));
    if (inserted)
    {
        names.push_back(name);
        keys.push_back(key);
    }
    return it->second;
}

void index_workbook(Workbook& book)
{
    book.units = {};
    book.blocks = {};
    book.target_groups = {};
    book.solution_types = {};
    book.domains = {};
    // Keys are computed once per distinct spelling.
    std::unordered_map<std::string, std::uint32_t> spelled[5];
    auto intern = [&](int which, Vocabulary& vocabulary, const std::string& name, const KeyOptions& options) {
        const auto it = spelled[which].find(name);
        if (it != spelled[which].end())
            return it->second;
        const std::uint32_t id = vocabulary.intern(name, matching_key(name, options));
        spelled[which].emplace(name, id);
        return id;
    };
    const KeyOptions unit_options{true, true};
    for (auto& unit : book.unions)
        unit.unit_id = intern(0, book.units, unit.name, unit_options);
    for (auto& item : book.initiatives)
    {
        item.unit_id = intern(0, book.units, item.unit, unit_options);
        item.block_id = intern(1, book.blocks, item.block, {});
        item.target_group_id = intern(2, book.target_groups, item.target_group, {});
        item.solution_type_id = intern(3, book.solution_types, item.solution_type, {});
        item.domain_id = intern(4, book.domains, item.domain, {});
    }
    for (auto& person : book.people)
        person.unit_id = intern(0, book.units, person.unit, unit_options);
    book.indexed = true;
}

std::string list_part_name(std::string_view list_sheet, std::size_t part)
{
    return part <= 1 ? std::string(list_sheet) : std::string(list_sheet) + " (" + std::to_string(part) + ")";
}

std::string row_reference(std::size_t row, const SharedText& sheet)
{
    return sheet.empty() ? std::to_string(row) : std::to_string(row) + " (" + sheet.str() + ")";
}

std::string cell_reference(const std::string& column, std::size_t row, const SharedText& sheet)
{
    return (sheet.empty() ? std::string() : sheet.str() + "!") + column + std::to_string(row);
}

namespace {
constexpr std::string_view kPlaceSeparator = " › ";
}

std::string source_place(const std::string& file, const std::string& sheet)
{
    if (file.empty())
        return sheet;
    return sheet.empty() ? file : file + std::string(kPlaceSeparator) + sheet;
}

bool is_source_place(std::string_view sheet)
{
    return sheet.find(kPlaceSeparator) != std::string_view::npos;
}

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

std::optional<ReportLevel> report_level_from_text(std::string_view text)
{
    const std::string key = " " + matching_key(text) + " ";
    if (key.size() <= 2)
        return std::nullopt;
    const auto has = [&key](std::string_view word) { return key.find(word) != std::string::npos; };
    if (has(" cdcs ") || has(" co so ") || has(" grassroots "))
        return ReportLevel::grassroots;
    if (has(" tinh ") || has(" truc thuoc trung uong ") || has(" province "))
        return ReportLevel::province;
    if (has(" huyen ") || has(" quan ") || has(" thi xa ") || has(" thanh pho ") || has(" nganh ") || has(" ldld ")
        || has(" district "))
        return ReportLevel::district;
    return std::nullopt;
}

std::string_view report_level_text(ReportLevel level)
{
    switch (level)
    {
    case ReportLevel::grassroots: return "CĐCS";
    case ReportLevel::district: return "LĐLĐ huyện";
    case ReportLevel::province: return "LĐLĐ tỉnh";
    }
    return {};
}

std::optional<ReportLevel> report_level_of(const Workbook& book)
{
    for (const char* label : {"cap bao cao", "cap"})
        if (const auto it = book.settings.find(label); it != book.settings.end())
            return report_level_from_text(it->second);
    return std::nullopt;
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

std::string issue_message(const Issue& issue, Language language)
{
    // An argument naming a field ("value") is shown as the field's label in the language.
    std::vector<std::string> arguments = issue.arguments;
    for (auto& argument : arguments)
        if (field_from_id(argument) && has_text("field." + argument))
            argument = std::string(text(language, "field." + argument));
    return format(language, issue.key, arguments);
}

std::string_view field_id(Field field)
{
    const auto* info = info_of(field);
    return info ? info->id : std::string_view("?");
}

std::optional<Field> field_from_id(std::string_view id)
{
    for (const auto& info : field_table())
        if (info.id == id)
            return info.field;
    return std::nullopt;
}

std::string_view sheet_kind_id(SheetKind kind)
{
    switch (kind)
    {
    case SheetKind::initiatives: return "initiatives";
    case SheetKind::unions: return "unions";
    case SheetKind::people: return "people";
    case SheetKind::settings: return "settings";
    case SheetKind::comments: return "comments";
    }
    return "?";
}

std::optional<SheetKind> sheet_kind_from_id(std::string_view id)
{
    for (const SheetKind kind :
         {SheetKind::initiatives, SheetKind::unions, SheetKind::people, SheetKind::settings, SheetKind::comments})
        if (sheet_kind_id(kind) == id)
            return kind;
    return std::nullopt;
}

std::vector<Field> fields_of(SheetKind kind)
{
    std::vector<Field> fields;
    for (const auto& info : field_table())
        if (info.kind == kind)
            fields.push_back(info.field);
    return fields;
}

std::optional<SheetKind> sheet_kind_from_name(std::string_view name)
{
    const std::string key = matching_key(name);
    for (const SheetKind kind : {SheetKind::initiatives, SheetKind::unions, SheetKind::people, SheetKind::settings,
                                 SheetKind::comments})
        if (name_means(key, kind))
            return kind;
    return std::nullopt;
}

std::optional<Field> field_for_heading(std::string_view heading, SheetKind kind)
{
    const std::string key = matching_key(heading);
    return document_part(best_field(key, kind), key);
}

std::optional<ColumnMapping> detect_columns(const Sheet& sheet, SheetKind kind, std::vector<Issue>* issues)
{
    auto candidate = best_candidate(sheet, kind);
    if (!candidate)
        return std::nullopt;
    if (issues)
    {
        for (const auto& [column, first] : candidate->duplicates)
            issues->push_back(Issue{sheet.name, candidate->mapping.heading_row + 1, column_letter(column),
                                    candidate->mapping.headings[column], "column.duplicate",
                                    {candidate->mapping.headings[column], column_letter(first)}, false});
    }
    return candidate->mapping;
}

namespace {

// The sheets a long list goes on over ("Sáng kiến (2)", "(3)"… after "Sáng kiến"), claimed as the
// list's before any other kind of sheet is looked for by content, so none is taken for another.
std::vector<std::size_t> list_parts(const WorkbookSource& source, std::vector<bool>& used, const std::string& list_sheet)
{
    std::vector<std::size_t> parts;
    for (std::size_t part = 2;; ++part)
    {
        const std::string name = list_part_name(list_sheet, part);
        std::size_t index = 0;
        while (index < source.sheets.size() && (used[index] || source.sheets[index].head.name != name))
            ++index;
        if (index == source.sheets.size())
            return parts;
        used[index] = true;
        parts.push_back(index);
    }
}

// Each part read into the same list, in order, with the list's columns (the user's corrections
// included) from its own heading row; a part whose headings are not the list's is said and ends
// the list there.
void read_continuations(const WorkbookSource& source, const std::vector<std::size_t>& parts, const std::string& list_sheet,
                        const std::map<Field, std::size_t>& detected_columns, const ColumnMapping& list_mapping,
                        Workbook& book, std::vector<BareAmount>& bare_amounts, ListReading& reading)
{
    for (const std::size_t index : parts)
    {
        const Sheet& head = source.sheets[index].head;
        const auto detected = detect_columns(head, SheetKind::initiatives);
        if (!detected || detected->columns != detected_columns)
        {
            book.issues.push_back(Issue{head.name, 0, "", "", "sheet.continuation_columns", {head.name, list_sheet}, true});
            return;
        }
        ColumnMapping mapping = list_mapping;
        mapping.heading_row = detected->heading_row;
        mapping.first_data_row = detected->first_data_row;
        book.list_continued_on.push_back(head.name);
        read_initiatives(head.name, *source.sheets[index].rows, mapping, book, bare_amounts, reading, SharedText(head.name));
    }
}

// A sheet in memory lends its rows.
class RowsInMemory final : public SheetRows
{
public:
    explicit RowsInMemory(const Sheet& sheet) : sheet_(sheet) {}
    std::size_t size() const override { return sheet_.rows.size(); }
    std::span<const Row> block(std::size_t first, std::size_t count) override
    {
        if (first >= sheet_.rows.size())
            return {};
        return std::span<const Row>(sheet_.rows).subspan(first, std::min(count, sheet_.rows.size() - first));
    }

private:
    const Sheet& sheet_;
};

} // namespace

std::shared_ptr<SheetRows> rows_of(const Sheet& sheet)
{
    return std::make_shared<RowsInMemory>(sheet);
}

Sheet head_of(std::string name, SheetRows& rows)
{
    Sheet head{std::move(name), {}};
    while (head.rows.size() < std::min(kHeadRows, rows.size()))
    {
        const std::span<const Row> block = rows.block(head.rows.size(), kHeadRows - head.rows.size());
        if (block.empty())
            break;
        head.rows.insert(head.rows.end(), block.begin(), block.end());
    }
    return head;
}

WorkbookSource source_of(const WorkbookInput& input)
{
    WorkbookSource source;
    for (const Sheet& sheet : input.sheets)
    {
        auto rows = rows_of(sheet);
        source.sheets.push_back(SheetSource{head_of(sheet.name, *rows), rows});
    }
    return source;
}

namespace {
Workbook read_sheets(const WorkbookSource& source, const MappingOverrides& overrides, const SheetChoices& sheets,
                     bool read_lists);
} // namespace

Workbook read_workbook(const WorkbookInput& input, const MappingOverrides& overrides, const SheetChoices& sheets)
{
    return read_workbook(source_of(input), overrides, sheets);
}

Workbook read_workbook(const WorkbookSource& source, const MappingOverrides& overrides, const SheetChoices& sheets)
{
    return read_sheets(source, overrides, sheets, true);
}

Workbook read_workbook_layout(const WorkbookSource& source, const MappingOverrides& overrides, const SheetChoices& sheets)
{
    return read_sheets(source, overrides, sheets, false);
}

namespace {

Workbook read_sheets(const WorkbookSource& source, const MappingOverrides& overrides, const SheetChoices& sheets,
                     bool read_lists)
{
    Workbook book;
    std::vector<BareAmount> bare_amounts;
    try
    {
        std::vector<bool> used(source.sheets.size(), false);
        std::map<SheetKind, std::size_t> chosen;
        const std::array kinds{SheetKind::initiatives, SheetKind::unions, SheetKind::people, SheetKind::settings,
                               SheetKind::comments};
        // The user's choice first (a sheet that is no longer there is simply not chosen)…
        for (const auto& [kind, name] : sheets)
            for (std::size_t i = 0; i < source.sheets.size(); ++i)
                if (!used[i] && !chosen.count(kind) && source.sheets[i].head.name == name)
                {
                    chosen[kind] = i;
                    used[i] = true;
                }
        // By name first…
        for (const SheetKind kind : kinds)
            for (std::size_t i = 0; i < source.sheets.size(); ++i)
                if (!used[i] && !chosen.count(kind) && name_means(matching_key(source.sheets[i].head.name), kind))
                {
                    chosen[kind] = i;
                    used[i] = true;
                }
        // The list's parts are the list's, whatever their headings look like to the other kinds.
        std::vector<std::size_t> parts;
        bool parts_claimed = false;
        const auto claim_parts = [&] {
            if (parts_claimed || !chosen.count(SheetKind::initiatives))
                return;
            parts_claimed = true;
            parts = list_parts(source, used, source.sheets[chosen[SheetKind::initiatives]].head.name);
        };
        claim_parts();
        // …then by content, for the sheets with columns.
        for (const SheetKind kind : {SheetKind::initiatives, SheetKind::unions, SheetKind::people})
        {
            if (kind != SheetKind::initiatives)
                claim_parts();
            if (chosen.count(kind))
                continue;
            std::size_t best_score = 0;
            std::optional<std::size_t> best;
            for (std::size_t i = 0; i < source.sheets.size(); ++i)
            {
                if (used[i])
                    continue;
                if (const auto candidate = best_candidate(source.sheets[i].head, kind); candidate && candidate->score > best_score)
                {
                    best_score = candidate->score;
                    best = i;
                }
            }
            if (best)
            {
                chosen[kind] = *best;
                used[*best] = true;
            }
        }

        for (const auto& [kind, index] : chosen)
        {
            const Sheet& sheet = source.sheets[index].head; // the rest is read below, in blocks
            SheetRows& rows = *source.sheets[index].rows;
            book.sheet_names[kind] = sheet.name;
            if (kind == SheetKind::settings)
            {
                read_settings(rows, book);
                continue;
            }
            if (kind == SheetKind::comments)
            {
                read_comments(rows, book);
                continue;
            }
            auto mapping = detect_columns(sheet, kind, &book.issues);
            const std::map<Field, std::size_t> detected_columns = mapping ? mapping->columns : std::map<Field, std::size_t>{};
            if (const auto it = overrides.find(kind); it != overrides.end())
            {
                if (!mapping)
                {
                    // No heading the reader knows: the first row with two texts is the heading
                    // row the user mapped by hand (title rows above it are skipped).
                    mapping = ColumnMapping{};
                    std::size_t heading = 0;
                    while (heading < sheet.rows.size() && heading < kHeadingSearchRows
                           && std::count_if(sheet.rows[heading].begin(), sheet.rows[heading].end(),
                                            [](const Cell& c) { return std::holds_alternative<std::string>(c); }) < 2)
                        ++heading;
                    if (heading >= sheet.rows.size() || heading >= kHeadingSearchRows)
                        heading = 0;
                    mapping->heading_row = heading;
                    mapping->first_data_row = heading + 1;
                    while (mapping->first_data_row < sheet.rows.size() && is_numbering_row(sheet.rows[mapping->first_data_row]))
                        ++mapping->first_data_row;
                    if (heading < sheet.rows.size())
                        for (const auto& cell : sheet.rows[heading])
                            mapping->headings.push_back(cell_text(cell));
                }
                for (const auto& [field, column] : it->second)
                {
                    if (column == static_cast<std::size_t>(-1)) // kNoColumn: the user says it is absent
                        mapping->columns.erase(field);
                    else
                        mapping->columns[field] = column;
                }
            }
            if (!mapping)
            {
                book.issues.push_back(Issue{sheet.name, 0, "", "", "sheet.no_heading", {sheet.name}, true});
                continue;
            }
            for (std::size_t c = 0; c < mapping->headings.size(); ++c)
            {
                const bool mapped = std::any_of(mapping->columns.begin(), mapping->columns.end(),
                                                [c](const auto& entry) { return entry.second == c; });
                const std::string key = matching_key(mapping->headings[c]);
                const bool row_number = key == "stt" || key == "tt" || key == "so tt" || key == "so thu tu";
                if (!mapped && !collapse_spaces(mapping->headings[c]).empty() && !row_number
                    && !is_provenance_heading(mapping->headings[c])
                    && !(kind == SheetKind::unions && best_field(key, kind) == Field::quota_phase))
                    book.issues.push_back(Issue{sheet.name, mapping->heading_row + 1, column_letter(c),
                                                mapping->headings[c], "column.unmapped", {mapping->headings[c]}, false});
            }
            book.mappings[kind] = *mapping;
            if (!read_lists)
                continue;
            if (kind == SheetKind::initiatives)
            {
                ListReading reading;
                read_initiatives(sheet.name, rows, *mapping, book, bare_amounts, reading);
                read_continuations(source, parts, sheet.name, detected_columns, *mapping, book, bare_amounts, reading);
                finish_list(sheet.name, reading, book);
            }
            else if (kind == SheetKind::unions)
                read_unions(sheet.name, rows, *mapping, book);
            else
                read_people(sheet.name, rows, *mapping, book);
        }
        // A Thông tin value nobody can read is said (Lỗi dữ liệu), never quietly replaced.
        if (chosen.count(SheetKind::settings))
            criteria_from_settings(book, Criteria{}, &book.issues);
        if (!chosen.count(SheetKind::initiatives))
            book.issues.push_back(Issue{"", 0, "", "", "workbook.no_initiatives", {}, true});
        index_workbook(book);
        if (const auto it = book.mappings.find(SheetKind::initiatives); it != book.mappings.end())
        {
            const std::string& sheet = book.sheet_names[SheetKind::initiatives];
            mark_duplicates(book, sheet, column_for(it->second, Field::code), column_for(it->second, Field::title));
            note_amounts_without_unit(book, sheet, column_for(it->second, Field::value), bare_amounts);
        }
    }
    catch (const std::exception& e)
    {
        // Never the exception's text: the reader stopped, and says so in words.
        book.issues.push_back(Issue{"", 0, "", "", "workbook.read_stopped", {}, true});
    }
    return book;
}

} // namespace

} // namespace sangkien::core
