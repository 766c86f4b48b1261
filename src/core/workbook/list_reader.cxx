// Reading workbooks, 5 of 7: the initiative list — its rows (initiatives, group headings,
// subtotals and the grand total, rows that go on the initiative above), the totals checked against
// their groups, the sheets it goes on over, and the note on amounts written without a unit.
#include "reading.hxx"
#include "row_labels.hxx"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "core/text/format.hxx"
#include "core/text/text.hxx"

namespace sangkien::core::reading {

namespace {

// ---------------------------------------------------------------------------------------------
// Structure rows of a list: group headings ("I | KHỐI TRƯỜNG HỌC", "1. CĐCS Trường THCS …"),
// subtotals ("Cộng", "Cộng khối …") and the grand total ("Tổng cộng"); their labels are
// row_labels.hxx's.

enum class RowKind { data, blank, section, subtotal, grand_total };

struct RowClass
{
    RowKind kind = RowKind::data;
    std::string label;           // the section title without its marker, or the total's label
    std::size_t label_column = 0;
    int level = 2;               // sections: 1 for I/II/A/B and "Khối …", 2 for CĐCS-level groups
};

bool is_upper_case_text(const std::string& text)
{
    bool letters = false;
    for (const char32_t c : to_u32(text))
        if (c > 0x40)
            letters = true;
    return letters && to_upper(text) == text && to_lower(text) != text;
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
        more_authors = mapping.more_authors;
        if (mapping.value_unit)
            value_scale = mapping.value_unit->dong;
        // A merged workbook's provenance columns: where each row came from.
        for (std::size_t c = 0; c < mapping.headings.size(); ++c)
        {
            const std::string key = matching_key(mapping.headings[c]);
            if (key == "tep nguon" || key == "source file")
                origin_file = c;
            else if (key == "trang nguon" || key == "source sheet")
                origin_sheet = c;
            else if (key == "dong nguon" || key == "source row")
                origin_row = c;
        }
    }

    std::vector<std::size_t> more_authors; // "Đồng tác giả" beside "Tác giả": joined
    std::optional<std::size_t> origin_file, origin_sheet, origin_row; // Tệp nguồn, Trang nguồn, Dòng nguồn
    std::int64_t value_scale = 1;          // the value column's unit in đồng ("triệu đồng": 1,000,000)

    bool blank_at(const Row& row, const std::optional<std::size_t>& c) const { return !c || is_blank(cell_at(row, *c)); }
    bool authors_blank(const Row& row) const
    {
        return blank_at(row, authors)
               && std::all_of(more_authors.begin(), more_authors.end(), [&row](std::size_t c) { return is_blank(cell_at(row, c)); });
    }
};

// The word parse_money reads for a column's unit ("triệu"), for bare amounts written in it.
std::string_view unit_word(std::int64_t scale)
{
    switch (scale)
    {
    case 1'000: return "nghìn";
    case 1'000'000: return "triệu";
    case 1'000'000'000: return "tỷ";
    default: return "";
    }
}

// Words that stand for "none yet" in a document, date or value cell: "Chưa có", "Không", "-",
// "…", "N/A". Read as an empty cell and noted once per column, never as a malformed value.
bool is_placeholder(const std::string& text)
{
    const std::string key = matching_key(text);
    if (key.empty()) // only dashes and dots: "-", "–", "—", "…", "..." (a "?" or an "x" is no "none")
    {
        std::string rest = collapse_spaces(text);
        for (const std::string_view mark : {"\u2013", "\u2014", "\u2026", "-", "."})
            for (auto at = rest.find(mark); at != std::string::npos; at = rest.find(mark))
                rest.erase(at, mark.size());
        return !collapse_spaces(text).empty() && collapse_spaces(rest).empty();
    }
    static const std::set<std::string_view> words{
        "chua co", "chua", "khong", "khong co", "dang cho", "dang lam thu tuc", "dang lam", "dang xu ly", "dang trinh",
        "cho duyet cap", "chua cap nhat", "chua xac dinh", "chua tinh", "chua tinh duoc", "n a", "na", "none", "nil",
        "khong xac dinh", "dang cap nhat", "cho", "dang hoan thien", "dang hoan thien ho so", "chua ban hanh"};
    return words.count(key) > 0;
}

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
    const bool no_person = columns.authors_blank(row) && columns.blank_at(row, columns.status);
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
    // A group heading: one or two cells of text (a marker and a title), nothing else — written in
    // whichever column comes first, the status or author column included ("I. KHỐI HCSN" merged
    // over the row from its first cell), as long as it is no status word and no person's name.
    if (filled.size() > 2)
        return result;
    const auto label_only = [&](const std::optional<std::size_t>& c) {
        if (columns.blank_at(row, c))
            return true;
        const auto* text = std::get_if<std::string>(&row[*c]);
        return text && parse_status(*text) == Status::unknown;
    };
    // In the author column only a numbered or named group ("I. KHỐI …", "Khối …"), never a name.
    const auto group_label = [&](const std::optional<std::size_t>& c) {
        if (columns.blank_at(row, c))
            return true;
        const auto* text = std::get_if<std::string>(&row[*c]);
        if (!text)
            return false;
        const auto [marker, title] = split_marker(collapse_spaces(to_nfc(*text)));
        // Not "Tổ …", "Phòng …", "Nhóm …": a name ("Tô Văn Hùng") or a team of authors.
        return marker == Numbering::roman || marker == Numbering::letter
               || starts_with_word(matching_key(title), {"khoi", "cum", "nganh", "linh vuc", "loai hinh"});
    };
    if (!no_person && !(filled.size() == 1 && label_only(columns.status) && group_label(columns.authors)
                        && std::all_of(columns.more_authors.begin(), columns.more_authors.end(),
                                       [&row](std::size_t c) { return is_blank(cell_at(row, c)); })))
        return result;
    Numbering marker = Numbering::none;
    std::string title;
    std::size_t title_column = filled.back();
    if (filled.size() == 2)
    {
        const Cell& first = row[filled[0]];
        if (const auto* number = std::get_if<double>(&first))
            marker = (*number == std::floor(*number) && *number > 0 && *number < 1000) ? Numbering::arabic : Numbering::none;
        else if (const auto* text = std::get_if<std::string>(&first))
            marker = marker_of(*text);
        if (marker == Numbering::none)
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
    const bool section = marker == Numbering::roman || marker == Numbering::letter ? true : heading_like;
    if (!section)
        return result;
    result.kind = RowKind::section;
    result.label = title;
    result.label_column = title_column;
    result.level = (marker == Numbering::roman || marker == Numbering::letter
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

std::optional<double> bare_amount(const Cell& cell);

// A subtotal or total that holds an amount is compared with our own sum of its group.
void check_total(SheetReader& reader, std::size_t r, const Row& row, const RowClass& kind, const ListColumns& columns,
                 ListState& state, const std::vector<Initiative>& initiatives)
{
    if (!columns.value)
        return;
    const Cell& cell = reader.checked(r, *columns.value, row, Field::value);
    std::optional<std::int64_t> written;
    const std::int64_t scale = columns.value_scale;
    if (const auto* number = std::get_if<double>(&cell))
    {
        const Money money = money_from_number(*number * static_cast<double>(scale));
        if (money.is_vnd())
            written = money.dong;
    }
    else if (const auto* text = std::get_if<std::string>(&cell))
    {
        const bool bare = scale != 1 && bare_amount(cell).has_value();
        const Money money = parse_money(bare ? *text + " " + std::string(unit_word(scale)) : *text);
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
                      {std::to_string(r + 1), kind.label, amount_argument(*written), amount_argument(*expected)}, false);
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


// What reading a list carries from one of its sheets to the next ("Sáng kiến (2)" goes on where
// "Sáng kiến" stopped: the group heading above, the rows since the last subtotal).
struct ListReading
{
    TextPool names;                                        // names repeat: one copy each
    std::unordered_map<std::string, SharedText> unit_keys; // and key them once
    ListState state;
    std::size_t units_from_sections = 0;
    // "Chưa có", "-"… read as none, per column: where first, what, how many.
    struct Placeholders
    {
        std::string sheet;
        std::size_t first_row = 0;
        std::string example;
        std::size_t count = 0;
    };
    std::map<std::size_t, Placeholders> placeholders;
    std::uint8_t columns_missing = 0, columns_unclear = 0; // the criteria's columns the list lacks
    std::size_t last_item_row = static_cast<std::size_t>(-1); // the row of the last initiative read (or continued)
    SharedText sheet_unit;           // the CĐCS the sheet's title rows name, for a sheet without a unit column
    std::size_t units_from_title = 0;
    std::size_t continued_rows = 0;                           // rows joined to the initiative above
};

// The two kinds of row that go on the initiative above (ContinuationKind::none: a row of its own).
enum class ContinuationKind { none, more_authors, wrapped_text };

// An initiative over several rows: one row per author with the initiative's other cells (STT,
// title, unit, status, value, documents) merged over them, so blank below the top; or a title or
// note that wraps onto the next row with everything else blank.
ContinuationKind continuation_of(const Row& row, const ListColumns& columns)
{
    for (const auto& c : {columns.stt, columns.code, columns.status, columns.value, columns.updated, columns.recognition,
                          columns.recognition_number, columns.recognition_date, columns.value_document,
                          columns.value_document_number, columns.value_document_date, columns.social})
        if (!columns.blank_at(row, c))
            return ContinuationKind::none;
    if (!columns.authors_blank(row))
        return columns.blank_at(row, columns.title) ? ContinuationKind::more_authors : ContinuationKind::none;
    if (!columns.blank_at(row, columns.unit) || !columns.blank_at(row, columns.position))
        return ContinuationKind::none;
    // A title or note going on: only where a new initiative would show itself by its STT or mã
    // (without either, a row with only a title is an initiative of its own, its blanks reported).
    if (!columns.stt && !columns.code)
        return ContinuationKind::none;
    return columns.blank_at(row, columns.title) && columns.blank_at(row, columns.note) ? ContinuationKind::none
                                                                                       : ContinuationKind::wrapped_text;
}

// `part`: the sheet's name when it continues the list over another sheet, else empty.
void read_initiatives(const std::string& sheet_name, SheetRows& rows, const ColumnMapping& mapping, Workbook& book,
                      std::vector<BareAmount>& bare_amounts, ListReading& reading, const SharedText& part = {})
{
    SheetReader reader{sheet_name, book.issues};
    const ListColumns columns(mapping);
    const std::size_t first_item = book.initiatives.size();
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
        if (state.skipped_first == state.skipped_last)
            book.issues.push_back(Issue{sheet_name, state.skipped_first, "", shortened(state.skipped_text), "rows.after_total.one",
                                        {std::to_string(state.skipped_first), std::to_string(state.total_row)}, false});
        else
            book.issues.push_back(Issue{sheet_name, state.skipped_first, "", shortened(state.skipped_text), "rows.after_total",
                                        {std::to_string(state.skipped_first), std::to_string(state.skipped_last),
                                         std::to_string(state.total_row)},
                                        false});
        state.skipped_first = state.skipped_last = 0;
        state.skipped_text.clear();
    };

    for_each_row(rows, mapping.first_data_row, [&](std::size_t r, const Row& row) {
        RowClass kind = classify_row(row, columns);
        // An upper-case second line of a title ("VẬT TƯ BẰNG MÃ VẠCH") right under its initiative
        // goes on that title; a group heading has its number or names its group.
        if (kind.kind == RowKind::section && reading.last_item_row + 1 == r && state.total_row == 0
            && continuation_of(row, columns) == ContinuationKind::wrapped_text)
        {
            const auto* written = std::get_if<std::string>(&cell_at(row, kind.label_column));
            const auto [marker, title] = split_marker(written ? collapse_spaces(to_nfc(*written)) : kind.label);
            const bool named_group = starts_with_word(matching_key(title), {"khoi", "cdcs", "cong doan", "linh vuc", "cum",
                                                                             "nganh", "ldld", "loai hinh"});
            if (marker == Numbering::none && !named_group && kind.label_column == columns.title.value_or(kind.label_column + 1))
                kind.kind = RowKind::data;
        }
        if (kind.kind == RowKind::blank)
            return;
        if (kind.kind == RowKind::section && state.total_row == 0) // below the total: a signature, not a group
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
        // The next author of the initiative above, or its title or note going on.
        if (reading.last_item_row + 1 == r && !book.initiatives.empty() && state.total_row == 0)
            if (const ContinuationKind continued = continuation_of(row, columns); continued != ContinuationKind::none)
            {
                Initiative& above = book.initiatives.back();
                const auto joined = [&](std::string& text, const std::optional<std::size_t>& c, Field field) {
                    if (columns.blank_at(row, c))
                        return;
                    const std::string more = reader.text(r, *c, reader.checked(r, *c, row, field, &above.unreadable));
                    if (!more.empty())
                        text = text.empty() ? more : text + " " + more;
                };
                if (continued == ContinuationKind::more_authors)
                {
                    std::vector<std::size_t> author_columns{*columns.authors};
                    author_columns.insert(author_columns.end(), columns.more_authors.begin(), columns.more_authors.end());
                    for (const std::size_t c : author_columns)
                        for (auto& author :
                             split_authors(reader.text(r, c, reader.checked(r, c, row, Field::authors, &above.unreadable), true)))
                            if (std::find(above.authors.begin(), above.authors.end(), author) == above.authors.end())
                                above.authors.push_back(std::move(author));
                }
                else
                    joined(above.title, columns.title, Field::title);
                joined(above.note, columns.note, Field::note);
                reading.last_item_row = r;
                ++reading.continued_rows;
                return;
            }

        Initiative item;
        item.row = r + 1;
        item.sheet = part;
        item.columns_missing = reading.columns_missing;
        item.columns_unclear = reading.columns_unclear;
        auto get = [&](const std::optional<std::size_t>& c, Field field) -> const Cell& {
            static const Cell empty;
            if (!c)
                return empty;
            const Cell& cell = reader.checked(r, *c, row, field, &item.unreadable);
            // A merged list says in the cell that the row's source had no such column.
            if (const std::uint8_t bit = criterion_column_bit(criterion_column_of(field)); bit)
                if (const auto* text = std::get_if<std::string>(&cell))
                    if (const SourceColumn said = source_column_said(*text); said != SourceColumn::read)
                    {
                        if (field == Field::updated_on && said == SourceColumn::missing)
                            item.sheet_without_update_dates = true; // counted as its source was: whole
                        else
                            (said == SourceColumn::missing ? item.columns_missing : item.columns_unclear) |= bit;
                        return empty;
                    }
            const bool none_allowed = field == Field::updated_on || field == Field::value || field == Field::recognition
                                      || field == Field::recognition_number || field == Field::recognition_date
                                      || field == Field::value_document || field == Field::value_document_number
                                      || field == Field::value_document_date;
            if (const auto* text = std::get_if<std::string>(&cell); none_allowed && text && !is_blank(cell) && is_placeholder(*text))
            {
                auto& seen = reading.placeholders[*c];
                if (seen.count++ == 0)
                {
                    seen.sheet = sheet_name;
                    seen.first_row = r + 1;
                    seen.example = collapse_spaces(to_nfc(*text));
                }
                return empty;
            }
            return cell;
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
        for (const std::size_t more : columns.more_authors)
            for (auto& author : split_authors(reader.text(r, more, get(more, Field::authors), true)))
                if (std::find(item.authors.begin(), item.authors.end(), author) == item.authors.end())
                    item.authors.push_back(std::move(author));
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
        else if (!columns.unit && !reading.sheet_unit.empty())
        {
            item.unit = reading.sheet_unit; // …or the sheet's title rows ("CĐCS Công ty …")
            ++reading.units_from_title;
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
        if (columns.origin_file && columns.origin_row)
        {
            const std::string file = cell_text(cell_at(row, *columns.origin_file));
            const std::string origin_row = collapse_spaces(cell_text(cell_at(row, *columns.origin_row)));
            if (!file.empty() && !origin_row.empty() && origin_row.size() < 10
                && origin_row.find_first_not_of("0123456789") == std::string::npos && origin_row != "0")
            {
                item.origin = names.get(source_place(file, columns.origin_sheet ? cell_text(cell_at(row, *columns.origin_sheet))
                                                                                   : std::string()));
                item.origin_row = std::stoul(origin_row);
            }
        }

        if (columns.updated)
        {
            const Cell& cell = get(columns.updated, Field::updated_on);
            item.updated_on = reader.date(r, *columns.updated, cell);
            if (!item.updated_on && is_blank(cell) && !item.has_unreadable(Field::updated_on) && !item.sheet_without_update_dates
                && !(item.columns_unclear & criterion_column_bit(Field::updated_on)))
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
            const std::int64_t scale = columns.value_scale;
            if (const auto* number = std::get_if<double>(&cell))
                item.value = money_from_number(*number * static_cast<double>(scale));
            else if (const auto* t = std::get_if<std::string>(&cell))
            {
                original = *t;
                // A bare amount in a column of millions is millions; one with its own unit keeps it.
                const bool bare = scale != 1 && bare_amount(cell).has_value();
                const std::string read = bare ? *t + " " + std::string(unit_word(scale)) : *t;
                item.value = reader.amounts.get(read, [&read] { return parse_money(read); });
                item.value_from_unit = bare;
            }
            item.value_from_unit = item.value_from_unit || (scale != 1 && std::holds_alternative<double>(cell));
            if (const auto amount = bare_amount(cell); amount && *amount > 0 && scale == 1)
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

        if (item.authors.empty() && columns.authors && !item.has_unreadable(Field::authors) && columns.authors_blank(row))
            reader.report(r, *columns.authors, cell_at(row, *columns.authors), "cell.no_authors", {});
        if (item.unit.empty() && columns.unit && !item.has_unreadable(Field::unit))
            reader.report(r, *columns.unit, cell_at(row, *columns.unit), "cell.no_unit", {});
        book.initiatives.push_back(std::move(item));
        reading.last_item_row = r;
    });
    flush_skipped();
    reading.last_item_row = static_cast<std::size_t>(-1);
    // A sheet without update dates beside one with them: its initiatives are counted as a list
    // without the column is (never failed for a date nobody could write).
    const bool dates_unclear = mapping.ambiguous.count(Field::updated_on) > 0; // dates there, which column unknown
    book.has_update_dates = book.has_update_dates || columns.updated.has_value() || dates_unclear;
    if (!columns.updated && !dates_unclear)
        for (std::size_t i = first_item; i < book.initiatives.size(); ++i)
            book.initiatives[i].sheet_without_update_dates = true;
}

// Said once for the whole list, after its last sheet.
void finish_list(const std::string& sheet_name, const ListReading& reading, Workbook& book)
{
    if (reading.continued_rows > 0)
        book.issues.push_back(Issue{sheet_name, 0, "", "", "rows.continued", {count_argument(static_cast<std::int64_t>(reading.continued_rows))}, false});
    for (const auto& [column, seen] : reading.placeholders)
        book.issues.push_back(Issue{seen.sheet, seen.first_row, column_letter(column), seen.example, "column.placeholders",
                                    {column_letter(column), seen.example, count_argument(static_cast<std::int64_t>(seen.count))}, false});
    if (reading.units_from_title > 0)
        book.issues.push_back(Issue{sheet_name, 0, "", "", "rows.unit_from_title",
                                    {count_argument(static_cast<std::int64_t>(reading.units_from_title)), reading.sheet_unit.str()}, false});
    if (reading.units_from_sections > 0)
        book.issues.push_back(Issue{sheet_name, 0, "", "", "rows.unit_from_section",
                                    {count_argument(static_cast<std::int64_t>(reading.units_from_sections))}, false});
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

ListReading reading_for(const Sheet& head, const ColumnMapping& mapping)
{
    ListReading reading;
    for (const UnreadColumn& unread : unread_criterion_columns(mapping))
        (unread.ambiguous ? reading.columns_unclear : reading.columns_missing) |= criterion_column_bit(unread.field);
    if (const auto unit = unit_in_title_rows(head, mapping.heading_row))
        reading.sheet_unit = reading.names.get(*unit);
    return reading;
}

} // namespace

std::optional<std::size_t> column_for(const ColumnMapping& mapping, Field field)
{
    const auto it = mapping.columns.find(field);
    return it == mapping.columns.end() ? std::nullopt : std::optional<std::size_t>(it->second);
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
                                    {written, money_argument(item.value.is_vnd() ? item.value.dong : 0), money_argument(median)},
                                    false, bare.written.empty()});
    }
}

void read_initiative_list(const WorkbookSource& source, const std::string& list_sheet, SheetRows& rows,
                          const std::vector<std::size_t>& parts, const std::map<Field, std::size_t>& detected_columns,
                          const ColumnMapping& mapping, Workbook& book, std::vector<BareAmount>& bare_amounts)
{
    const std::size_t before = book.initiatives.size();
    Sheet head;
    for (const SheetSource& sheet : source.sheets)
        if (sheet.head.name == list_sheet)
            head = sheet.head;
    ListReading reading = reading_for(head, mapping);
    read_initiatives(list_sheet, rows, mapping, book, bare_amounts, reading);
    read_continuations(source, parts, list_sheet, detected_columns, mapping, book, bare_amounts, reading);
    finish_list(list_sheet, reading, book);
    book.list_sheets.emplace_back(list_sheet, book.initiatives.size() - before);
}

void read_further_list(const SheetSource& sheet, const ColumnMapping& mapping, Workbook& book)
{
    const std::size_t before = book.initiatives.size();
    ListReading reading = reading_for(sheet.head, mapping);
    std::vector<BareAmount> bare_amounts; // the note on bare amounts is the first sheet's (its column letter)
    read_initiatives(sheet.head.name, *sheet.rows, mapping, book, bare_amounts, reading, SharedText(sheet.head.name));
    finish_list(sheet.head.name, reading, book);
    book.list_sheets.emplace_back(sheet.head.name, book.initiatives.size() - before);
}

} // namespace sangkien::core::reading
