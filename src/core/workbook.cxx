#include "sangkien/core/workbook.hxx"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <set>
#include <unordered_map>

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
        {Field::stt, "stt", SheetKind::initiatives, {"stt", "so tt", "so thu tu", "tt"}},
        {Field::code, "code", SheetKind::initiatives,
         {"ma", "ma sang kien", "ma so", "id", "ma so sang kien", "ma tren he thong", "ma ho so"}},
        {Field::title, "title", SheetKind::initiatives,
         {"ten sang kien", "ten giai phap", "sang kien", "ten de tai", "noi dung sang kien", "ten sang kien giai phap",
          "ten sang kien de tai"}},
        {Field::authors, "authors", SheetKind::initiatives,
         {"tac gia", "ho ten tac gia", "ho va ten tac gia", "tac gia sang kien", "ho va ten", "ho ten",
          "nguoi thuc hien", "tac gia dong tac gia"}},
        {Field::position, "position", SheetKind::initiatives,
         {"chuc vu", "nghe nghiep", "chuc vu nghe nghiep", "chuc danh", "nghe nghiep chuc vu"}},
        {Field::unit, "unit", SheetKind::initiatives,
         {"don vi", "cdcs", "cong doan co so", "ten don vi", "don vi cong tac", "don vi cdcs", "ten cdcs", "co quan don vi"}},
        {Field::block, "block", SheetKind::initiatives, {"khoi", "loai hinh", "khoi loai hinh", "khoi don vi"}},
        {Field::target_group, "target_group", SheetKind::initiatives,
         {"nhom doi tuong", "doi tuong", "nhom doi tuong tac gia"}},
        {Field::solution_type, "solution_type", SheetKind::initiatives,
         {"loai giai phap", "loai sang kien", "loai", "phan loai", "loai giai phap sang kien"}},
        {Field::domain, "domain", SheetKind::initiatives, {"linh vuc", "linh vuc sang kien", "linh vuc ap dung"}},
        {Field::updated_on, "updated_on", SheetKind::initiatives,
         {"ngay cap nhat", "ngay cap nhat len he thong", "ngay dang", "ngay gui", "thoi gian cap nhat", "ngay nhap",
          "ngay dang tai", "ngay cap nhat he thong", "thoi gian dang"}},
        {Field::status, "status", SheetKind::initiatives,
         {"trang thai", "tinh trang", "ket qua tham dinh", "trang thai duyet", "ket qua duyet"}},
        {Field::value, "value", SheetKind::initiatives,
         {"gia tri lam loi", "so tien lam loi", "loi ich kinh te", "gia tri", "gia tri lam loi dong",
          "hieu qua kinh te"}},
        {Field::social_value, "social_value", SheetKind::initiatives,
         {"gia tri xa hoi", "gia tri xa hoi nhan van", "gia tri nhan van", "xa hoi nhan van", "gia tri xa hoi nhan van noi bat"}},
        {Field::recognition, "recognition", SheetKind::initiatives,
         {"van ban cong nhan sang kien", "so ngay van ban cong nhan sang kien", "so va ngay van ban cong nhan sang kien",
          "quyet dinh cong nhan sang kien", "van ban cong nhan", "so ngay van ban cong nhan", "quyet dinh cong nhan"}},
        {Field::recognition_number, "recognition_number", SheetKind::initiatives,
         {"so van ban cong nhan sang kien", "so van ban cong nhan", "so quyet dinh cong nhan", "so quyet dinh cong nhan sang kien"}},
        {Field::recognition_date, "recognition_date", SheetKind::initiatives,
         {"ngay van ban cong nhan sang kien", "ngay van ban cong nhan", "ngay cong nhan", "ngay quyet dinh cong nhan",
          "ngay cong nhan sang kien"}},
        {Field::value_document, "value_document", SheetKind::initiatives,
         {"van ban cong nhan gia tri lam loi", "so ngay van ban cong nhan gia tri lam loi",
          "so va ngay van ban cong nhan gia tri lam loi", "van ban xac nhan gia tri lam loi"}},
        {Field::value_document_number, "value_document_number", SheetKind::initiatives,
         {"so van ban cong nhan gia tri lam loi", "so van ban gia tri lam loi", "so van ban xac nhan gia tri lam loi"}},
        {Field::value_document_date, "value_document_date", SheetKind::initiatives,
         {"ngay van ban cong nhan gia tri lam loi", "ngay van ban gia tri lam loi", "ngay cong nhan gia tri lam loi",
          "ngay van ban xac nhan gia tri lam loi"}},
        {Field::note, "note", SheetKind::initiatives, {"ghi chu"}},

        {Field::union_name, "union_name", SheetKind::unions,
         {"ten cdcs", "ten don vi", "cong doan co so", "don vi", "cdcs", "ten cong doan co so", "ten"}},
        {Field::union_block, "union_block", SheetKind::unions, {"khoi", "loai hinh", "khoi loai hinh"}},
        {Field::members, "members", SheetKind::unions, {"so doan vien", "doan vien", "tong so doan vien"}},
        {Field::quota, "quota", SheetKind::unions, {"chi tieu", "chi tieu sang kien", "chi tieu giao", "tong chi tieu"}},
        {Field::quota_phase, "quota_phase", SheetKind::unions,
         {"chi tieu giai doan", "chi tieu dot", "giai doan", "dot", "chi tieu nam"}},
        {Field::labour_agreement, "labour_agreement", SheetKind::unions,
         {"tuldtt", "thoa uoc", "thoa uoc lao dong tap the", "quy che", "tuldtt quy che", "quy che co noi dung sang kien",
          "tuldtt quy che co noi dung sang kien"}},
        {Field::union_note, "union_note", SheetKind::unions, {"ghi chu"}},

        {Field::person_name, "person_name", SheetKind::people, {"ho ten", "ho va ten", "ten", "ca nhan"}},
        {Field::person_position, "person_position", SheetKind::people, {"chuc vu", "chuc danh", "chuc vu nghe nghiep"}},
        {Field::person_unit, "person_unit", SheetKind::people, {"don vi", "cdcs", "don vi cong tac"}},
        {Field::support_team, "support_team", SheetKind::people,
         {"to ho tro", "thuoc to ho tro", "to ho tro sang kien", "thanh vien to ho tro"}},
        {Field::contribution, "contribution", SheetKind::people,
         {"dong gop", "noi dung dong gop", "thanh tich", "thanh tich dong gop", "tom tat dong gop"}},

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
    if (heading_key.empty())
        return std::nullopt;
    const auto words = split_words(heading_key);
    const std::set<std::string_view> present(words.begin(), words.end());
    std::optional<Field> best;
    std::size_t best_words = 0;
    bool best_exact = false;
    for (const auto& info : field_table())
    {
        if (info.kind != kind)
            continue;
        for (const auto synonym : info.synonyms)
        {
            const auto synonym_words = split_words(synonym);
            if (!std::all_of(synonym_words.begin(), synonym_words.end(),
                             [&present](std::string_view w) { return present.count(w) > 0; }))
                continue;
            const bool exact = synonym == heading_key;
            if (synonym_words.size() > best_words || (synonym_words.size() == best_words && exact && !best_exact))
            {
                best = info.field;
                best_words = synonym_words.size();
                best_exact = exact;
            }
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

std::string number_text(double value)
{
    char buffer[64];
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        std::snprintf(buffer, sizeof buffer, "%.0f", value);
    else
        std::snprintf(buffer, sizeof buffer, "%.10g", value);
    return buffer;
}

std::string cell_text(const Cell& cell)
{
    if (const auto* text = std::get_if<std::string>(&cell))
        return *text;
    if (const auto* number = std::get_if<double>(&cell))
        return number_text(*number);
    return {};
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
    const Sheet& sheet;
    std::vector<Issue>& issues;
    Memo<DateValue> dates{};
    Memo<Money> amounts{};
    Memo<Status> statuses{};
    Memo<YesNo> yes_no{};

    void report(std::size_t row_index, std::size_t column, const Cell& cell, std::string key,
                std::vector<std::string> arguments, bool is_error = true)
    {
        issues.push_back(Issue{sheet.name, row_index + 1, column_letter(column), collapse_spaces(cell_text(cell)),
                               std::move(key), std::move(arguments), is_error});
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
        const auto field = best_field(matching_key(candidate.mapping.headings[c]), kind);
        if (!field)
            continue;
        const auto [it, inserted] = candidate.mapping.columns.emplace(*field, c);
        if (!inserted)
            candidate.duplicates.emplace_back(c, it->second);
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
            if (!best || candidate.score > best->score)
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
         {"sang kien", "danh sach sang kien", "so theo doi sang kien", "sang kien 01 trieu", "ds sang kien", "tong hop sang kien"}},
        {SheetKind::unions,
         {"cong doan co so", "cdcs", "danh sach cdcs", "danh sach cong doan co so", "chi tieu", "chi tieu cdcs", "ds cdcs"}},
        {SheetKind::people, {"ca nhan de xuat", "ca nhan", "de xuat ca nhan", "to ho tro", "ds ca nhan"}},
        {SheetKind::settings, {"thong tin", "thong tin bao cao", "cai dat", "thiet lap"}},
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

void read_initiatives(const Sheet& sheet, const ColumnMapping& mapping, Workbook& book)
{
    SheetReader reader{sheet, book.issues};
    const auto column = [&mapping](Field f) { return column_for(mapping, f); };
    const auto c_code = column(Field::code), c_title = column(Field::title), c_authors = column(Field::authors),
               c_position = column(Field::position), c_unit = column(Field::unit), c_block = column(Field::block),
               c_group = column(Field::target_group), c_type = column(Field::solution_type),
               c_domain = column(Field::domain), c_updated = column(Field::updated_on),
               c_status = column(Field::status), c_value = column(Field::value), c_social = column(Field::social_value),
               c_recognition = column(Field::recognition), c_recognition_number = column(Field::recognition_number),
               c_recognition_date = column(Field::recognition_date), c_value_document = column(Field::value_document),
               c_value_document_number = column(Field::value_document_number),
               c_value_document_date = column(Field::value_document_date), c_note = column(Field::note),
               c_stt = column(Field::stt);
    book.has_update_dates = c_updated.has_value();
    std::unordered_map<std::string, std::string> unit_keys; // unit names repeat: key them once

    for (std::size_t r = mapping.first_data_row; r < sheet.rows.size(); ++r)
    {
        const Row& row = sheet.rows[r];
        if (std::all_of(row.begin(), row.end(), is_blank))
            continue;
        if (is_totals_row(row))
            break; // what follows a totals row is signatures and notes
        // A row with nothing but its number is a blank line of the form.
        bool only_stt = true;
        for (std::size_t c = 0; c < row.size() && only_stt; ++c)
            only_stt = is_blank(row[c]) || (c_stt && c == *c_stt);
        if (only_stt)
            continue;

        auto get = [&](const std::optional<std::size_t>& c) -> const Cell& { return cell_at(row, c.value_or(SIZE_MAX)); };
        auto text_of = [&](const std::optional<std::size_t>& c) { return c ? reader.text(r, *c, get(c)) : std::string(); };

        Initiative item;
        item.row = r + 1;
        item.code = text_of(c_code);
        item.title = text_of(c_title);
        // Authors may be separated by line breaks: keep them for the split.
        item.authors = split_authors(c_authors ? reader.text(r, *c_authors, get(c_authors), true) : std::string());
        item.position = text_of(c_position);
        item.unit = text_of(c_unit);
        auto [known, inserted] = unit_keys.try_emplace(item.unit);
        if (inserted)
            known->second = matching_key(item.unit, {true, true});
        item.unit_key = known->second;
        item.block = text_of(c_block);
        item.target_group = text_of(c_group);
        item.solution_type = text_of(c_type);
        item.domain = text_of(c_domain);
        item.note = text_of(c_note);

        if (c_updated)
        {
            item.updated_on = reader.date(r, *c_updated, get(c_updated));
            if (!item.updated_on && is_blank(get(c_updated)))
                reader.report(r, *c_updated, get(c_updated), "cell.missing_update_date", {});
        }
        if (c_status)
        {
            item.status_text = text_of(c_status);
            item.status = reader.statuses.get(item.status_text, [&item] { return parse_status(item.status_text); });
            if (item.status == Status::unknown)
                reader.report(r, *c_status, get(c_status), "cell.status_unknown", {item.status_text});
        }
        if (c_value)
        {
            const Cell& cell = get(c_value);
            std::string original;
            if (const auto* number = std::get_if<double>(&cell))
                item.value = money_from_number(*number);
            else if (const auto* t = std::get_if<std::string>(&cell))
            {
                original = *t;
                item.value = reader.amounts.get(*t, [t] { return parse_money(*t); });
            }
            const MessageRef problem = money_problem(item.value, original);
            if (!problem.key.empty())
                reader.report(r, *c_value, cell, problem.key, problem.arguments,
                              item.value.kind == MoneyKind::error);
        }
        if (c_social)
        {
            item.social_text = text_of(c_social);
            const YesNo social = reader.yes_no.get(item.social_text, [&item] { return parse_yes_no(item.social_text); });
            item.social_value = social != YesNo::no;
        }
        // A document is one cell ("Số 12/QĐ ngày 5/9/2022") or a number cell and a date cell.
        const auto read_document = [&](const std::optional<std::size_t>& combined, const std::optional<std::size_t>& number,
                                       const std::optional<std::size_t>& date) {
            DocumentRef document = parse_document(text_of(combined));
            if (number)
                document.number = text_of(number);
            if (date)
                if (const auto d = reader.date(r, *date, get(date)))
                    document.date = d;
            if (combined && !document.date && !document.number.empty())
                reader.report(r, *combined, get(combined), "cell.document_without_date", {});
            return document;
        };
        item.recognition = read_document(c_recognition, c_recognition_number, c_recognition_date);
        item.value_document = read_document(c_value_document, c_value_document_number, c_value_document_date);

        if (item.authors.empty() && c_authors)
            reader.report(r, *c_authors, get(c_authors), "cell.no_authors", {});
        if (item.unit.empty() && c_unit)
            reader.report(r, *c_unit, get(c_unit), "cell.no_unit", {});
        book.initiatives.push_back(std::move(item));
    }
}

void read_unions(const Sheet& sheet, const ColumnMapping& mapping, Workbook& book)
{
    SheetReader reader{sheet, book.issues};
    // Several "chỉ tiêu giai đoạn" columns add up when there is no total column.
    std::vector<std::size_t> phases;
    for (std::size_t c = 0; c < mapping.headings.size(); ++c)
        if (best_field(matching_key(mapping.headings[c]), SheetKind::unions) == Field::quota_phase)
            phases.push_back(c);
    const auto column = [&mapping](Field f) { return column_for(mapping, f); };
    const auto c_name = column(Field::union_name), c_block = column(Field::union_block), c_members = column(Field::members),
               c_quota = column(Field::quota), c_agreement = column(Field::labour_agreement), c_note = column(Field::union_note);
    for (std::size_t r = mapping.first_data_row; r < sheet.rows.size(); ++r)
    {
        const Row& row = sheet.rows[r];
        if (std::all_of(row.begin(), row.end(), is_blank))
            continue;
        if (is_totals_row(row))
            break;
        UnionUnit unit;
        unit.row = r + 1;
        unit.name = c_name ? reader.text(r, *c_name, cell_at(row, *c_name)) : std::string();
        if (unit.name.empty())
            continue;
        unit.key = matching_key(unit.name, {true, true});
        unit.block = c_block ? reader.text(r, *c_block, cell_at(row, *c_block)) : std::string();
        unit.note = c_note ? reader.text(r, *c_note, cell_at(row, *c_note)) : std::string();
        auto read_count = [&](std::size_t c) -> std::optional<double> {
            const Cell& cell = cell_at(row, c);
            if (const auto* number = std::get_if<double>(&cell))
                return *number;
            if (is_blank(cell))
                return std::nullopt;
            const Money parsed = parse_money(cell_text(cell)); // "12", "1.200"
            if (parsed.kind == MoneyKind::vnd || parsed.kind == MoneyKind::no_value)
                return static_cast<double>(parsed.dong);
            reader.report(r, c, cell, "cell.not_a_number", {collapse_spaces(cell_text(cell))});
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
            unit.labour_agreement_clause = parse_yes_no(cell_text(cell_at(row, *c_agreement))) != YesNo::no;
        book.unions.push_back(std::move(unit));
    }
}

void read_people(const Sheet& sheet, const ColumnMapping& mapping, Workbook& book)
{
    SheetReader reader{sheet, book.issues};
    const auto column = [&mapping](Field f) { return column_for(mapping, f); };
    const auto c_name = column(Field::person_name), c_position = column(Field::person_position),
               c_unit = column(Field::person_unit), c_team = column(Field::support_team),
               c_contribution = column(Field::contribution);
    for (std::size_t r = mapping.first_data_row; r < sheet.rows.size(); ++r)
    {
        const Row& row = sheet.rows[r];
        if (std::all_of(row.begin(), row.end(), is_blank) || is_totals_row(row))
            continue;
        ProposedPerson person;
        person.row = r + 1;
        auto text_of = [&](const std::optional<std::size_t>& c) {
            return c ? reader.text(r, *c, cell_at(row, *c)) : std::string();
        };
        person.name = text_of(c_name);
        if (person.name.empty())
            continue;
        person.position = text_of(c_position);
        person.unit = text_of(c_unit);
        person.unit_key = matching_key(person.unit, {true, true});
        person.support_team = c_team && parse_yes_no(cell_text(cell_at(row, *c_team))) != YesNo::no;
        person.contribution = text_of(c_contribution);
        book.people.push_back(std::move(person));
    }
}

// Two columns, label | value; a heading row ("Mục | Giá trị") is skipped by its words. A row
// with an empty label continues the value above, one line each (the Nơi nhận list).
void read_settings(const Sheet& sheet, Workbook& book)
{
    std::string previous;
    for (const Row& row : sheet.rows)
    {
        std::size_t first = 0;
        while (first < row.size() && is_blank(row[first]))
            ++first;
        if (first >= row.size())
            continue;
        if (first > 0 && !previous.empty())
        {
            std::string& value = book.settings[previous];
            const std::string line = to_nfc(cell_text(row[first]));
            value += value.empty() ? line : "\n" + line;
            continue;
        }
        const std::string label = matching_key(cell_text(row[first]));
        previous = label;
        if (label.empty() || label == "muc" || label == "noi dung" || label == "stt")
            continue;
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
    }
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

void read_comments(const Sheet& sheet, Workbook& book)
{
    std::string current;
    for (const Row& row : sheet.rows)
    {
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
    }
}

} // namespace

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

std::string issue_message(const Issue& issue, Language language)
{
    return format(language, issue.key, issue.arguments);
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
    return best_field(matching_key(heading), kind);
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

Workbook read_workbook(const WorkbookInput& input, const MappingOverrides& overrides)
{
    Workbook book;
    try
    {
        std::vector<bool> used(input.sheets.size(), false);
        std::map<SheetKind, std::size_t> chosen;
        const std::array kinds{SheetKind::initiatives, SheetKind::unions, SheetKind::people, SheetKind::settings,
                               SheetKind::comments};
        // By name first…
        for (const SheetKind kind : kinds)
            for (std::size_t i = 0; i < input.sheets.size(); ++i)
                if (!used[i] && !chosen.count(kind) && name_means(matching_key(input.sheets[i].name), kind))
                {
                    chosen[kind] = i;
                    used[i] = true;
                }
        // …then by content, for the sheets with columns.
        for (const SheetKind kind : {SheetKind::initiatives, SheetKind::unions, SheetKind::people})
        {
            if (chosen.count(kind))
                continue;
            std::size_t best_score = 0;
            std::optional<std::size_t> best;
            for (std::size_t i = 0; i < input.sheets.size(); ++i)
            {
                if (used[i])
                    continue;
                if (const auto candidate = best_candidate(input.sheets[i], kind); candidate && candidate->score > best_score)
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
            const Sheet& sheet = input.sheets[index];
            book.sheet_names[kind] = sheet.name;
            if (kind == SheetKind::settings)
            {
                read_settings(sheet, book);
                continue;
            }
            if (kind == SheetKind::comments)
            {
                read_comments(sheet, book);
                continue;
            }
            auto mapping = detect_columns(sheet, kind, &book.issues);
            if (const auto it = overrides.find(kind); it != overrides.end())
            {
                if (!mapping)
                {
                    mapping = ColumnMapping{};
                    mapping->first_data_row = 1;
                    if (!sheet.rows.empty())
                        for (const auto& cell : sheet.rows[0])
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
                    && !(kind == SheetKind::unions && best_field(key, kind) == Field::quota_phase))
                    book.issues.push_back(Issue{sheet.name, mapping->heading_row + 1, column_letter(c),
                                                mapping->headings[c], "column.unmapped", {mapping->headings[c]}, false});
            }
            book.mappings[kind] = *mapping;
            if (kind == SheetKind::initiatives)
                read_initiatives(sheet, *mapping, book);
            else if (kind == SheetKind::unions)
                read_unions(sheet, *mapping, book);
            else
                read_people(sheet, *mapping, book);
        }
        if (!chosen.count(SheetKind::initiatives))
            book.issues.push_back(Issue{"", 0, "", "", "workbook.no_initiatives", {}, true});
        index_workbook(book);
    }
    catch (const std::exception& e)
    {
        book.issues.push_back(Issue{"", 0, "", "", "uno.error.internal", {e.what()}, true});
    }
    return book;
}

} // namespace sangkien::core
