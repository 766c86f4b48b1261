#include "layouts.hxx"

#include "heading_table.hxx"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <random>
#include <stdexcept>

#include "core/text/date.hxx"
#include "core/text/format.hxx"
#include "core/text/text.hxx"

namespace sangkien::test {

using core::Cell;
using core::Field;
using core::Row;
using core::Sheet;

namespace {

// The clean sample's list columns.
enum Column : std::size_t
{
    kStt, kCode, kTitle, kAuthors, kPosition, kUnit, kBlock, kGroup, kType, kDomain, kUpdated, kStatus, kValue, kSocial,
    kRecognitionNumber, kRecognitionDate, kValueDocumentNumber, kValueDocumentDate, kNote, kColumns
};

Cell text(std::string s) { return Cell(std::move(s)); }

bool blank(const Cell& cell)
{
    if (std::holds_alternative<std::monostate>(cell))
        return true;
    const auto* s = std::get_if<std::string>(&cell);
    return s && s->empty();
}

const Cell& at(const Row& row, std::size_t c)
{
    static const Cell empty;
    return c < row.size() ? row[c] : empty;
}

// Heading spellings per field from the table of real headings (no unit in them: the unit is the
// layout's to choose).
std::map<Field, std::vector<std::string>> spellings(const std::string& file)
{
    std::map<Field, std::vector<std::string>> out;
    for (const HeadingSpelling& row : read_heading_table(file))
        if (row.kind == "initiatives" && row.field && !core::amount_unit_in(row.heading))
            out[*row.field].push_back(row.heading);
    return out;
}

// A spelling of the field's heading: the clean sample's, or one from the table.
struct Headings
{
    const std::map<Field, std::vector<std::string>>* table = nullptr;
    std::mt19937_64* random = nullptr;

    std::string of(Field field, const std::string& usual) const
    {
        if (!table)
            return usual;
        const auto it = table->find(field);
        if (it == table->end() || it->second.empty())
            return usual;
        return it->second[(*random)() % it->second.size()];
    }
};

std::string two_digits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// A date cell as the layout writes dates.
Cell date_cell(const Cell& serial, int form)
{
    const auto* number = std::get_if<double>(&serial);
    if (!number || form == 0)
        return serial;
    const core::Date d = core::from_serial(static_cast<long>(*number));
    const std::string day = std::to_string(d.day), month = std::to_string(d.month), year = std::to_string(d.year);
    switch (form)
    {
    case 1: return text(day + "/" + month + "/" + year);
    case 2: return text(two_digits(d.day) + "/" + two_digits(d.month) + "/" + year);
    case 3: return text(two_digits(d.day) + "-" + two_digits(d.month) + "-" + year);
    case 4: return text("ngày " + day + " tháng " + month + " năm " + year);
    default: return text(two_digits(d.day) + "." + two_digits(d.month) + "." + year);
    }
}

std::string date_text(const Cell& serial)
{
    const auto* number = std::get_if<double>(&serial);
    return number ? core::body_date(core::from_serial(static_cast<long>(*number))) : core::cell_text(serial);
}

// An amount in đồng written in a unit of 10^power: a number cell, or (every other row) text with
// Vietnamese separators ("1.250,5"), decimals kept exactly.
Cell amount_cell(const Cell& dong_cell, int power, bool as_text)
{
    const auto* number = std::get_if<double>(&dong_cell);
    if (!number || power == 0)
        return dong_cell;
    const auto dong = static_cast<std::int64_t>(std::llround(*number));
    std::int64_t scale = 1;
    for (int i = 0; i < power; ++i)
        scale *= 10;
    if (!as_text)
        return Cell(static_cast<double>(dong) / static_cast<double>(scale));
    std::string out = core::group_thousands(dong / scale);
    std::string fraction = std::to_string(dong % scale + scale).substr(1);
    while (!fraction.empty() && fraction.back() == '0')
        fraction.pop_back();
    if (!fraction.empty())
        out += "," + fraction;
    return text(out);
}

std::string unit_words(int power)
{
    return power == 3 ? "nghìn đồng" : power == 6 ? "triệu đồng" : "đồng";
}

// One column of the list as the layout writes it: its heading and how a record's cell becomes its.
struct ListColumn
{
    Field field;
    std::string heading;
    std::size_t source = 0;             // the clean column it comes from
    enum class Kind { plain, date, amount, document } kind = Kind::plain;
    std::size_t date_source = 0;        // a combined document: its date column
};

std::vector<ListColumn> list_columns(const Layout& layout, const Headings& headings)
{
    using K = ListColumn::Kind;
    std::vector<ListColumn> columns{
        {Field::stt, headings.of(Field::stt, "STT"), kStt},
        {Field::code, headings.of(Field::code, "Mã sáng kiến"), kCode},
        {Field::title, headings.of(Field::title, "Tên sáng kiến"), kTitle},
        {Field::authors, headings.of(Field::authors, "Tác giả"), kAuthors},
        {Field::position, headings.of(Field::position, "Chức vụ/nghề nghiệp"), kPosition},
        {Field::unit, headings.of(Field::unit, "Đơn vị"), kUnit},
        {Field::block, headings.of(Field::block, "Khối"), kBlock},
        {Field::target_group, headings.of(Field::target_group, "Nhóm đối tượng"), kGroup},
        {Field::solution_type, headings.of(Field::solution_type, "Loại giải pháp"), kType},
        {Field::domain, headings.of(Field::domain, "Lĩnh vực"), kDomain},
        {Field::updated_on, headings.of(Field::updated_on, "Ngày cập nhật"), kUpdated, K::date},
        {Field::status, headings.of(Field::status, "Trạng thái"), kStatus},
        {Field::value, headings.of(Field::value, "Giá trị làm lợi"), kValue, K::amount},
        {Field::social_value, headings.of(Field::social_value, "Giá trị xã hội, nhân văn"), kSocial},
        {Field::note, headings.of(Field::note, "Ghi chú"), kNote},
    };
    if (layout.documents_in_one_cell)
    {
        columns.push_back({Field::recognition, headings.of(Field::recognition, "Số, ngày văn bản công nhận sáng kiến"),
                           kRecognitionNumber, K::document, kRecognitionDate});
        columns.push_back({Field::value_document,
                           headings.of(Field::value_document, "Số, ngày văn bản công nhận giá trị làm lợi"),
                           kValueDocumentNumber, K::document, kValueDocumentDate});
    }
    else
    {
        columns.push_back({Field::recognition_number, headings.of(Field::recognition_number, "Số văn bản công nhận sáng kiến"),
                           kRecognitionNumber});
        columns.push_back({Field::recognition_date, headings.of(Field::recognition_date, "Ngày văn bản công nhận sáng kiến"),
                           kRecognitionDate, K::date});
        columns.push_back({Field::value_document_number,
                           headings.of(Field::value_document_number, "Số văn bản công nhận giá trị làm lợi"),
                           kValueDocumentNumber});
        columns.push_back({Field::value_document_date,
                           headings.of(Field::value_document_date, "Ngày văn bản công nhận giá trị làm lợi"),
                           kValueDocumentDate, K::date});
    }
    if (layout.split == Split::per_union)
        std::erase_if(columns, [](const ListColumn& c) { return c.field == Field::unit; });
    if (layout.unit_power != 0 && !layout.unit_in_line)
        for (ListColumn& column : columns)
            if (column.field == Field::value)
                column.heading += " (" + unit_words(layout.unit_power) + ")";
    return columns;
}

const char* placeholder(std::size_t n)
{
    static const char* words[] = {"Chưa có", "-", "Không", "Đang làm thủ tục", "…"};
    return words[n % 5];
}

// A record's cell in a column.
Cell cell_of(const Row& record, const ListColumn& column, const Layout& layout, std::size_t n)
{
    using K = ListColumn::Kind;
    Cell cell;
    switch (column.kind)
    {
    case K::plain: cell = at(record, column.source); break;
    case K::date: cell = date_cell(at(record, column.source), layout.date_form); break;
    case K::amount: cell = amount_cell(at(record, column.source), layout.unit_power, n % 2 == 1); break;
    case K::document:
    {
        const Cell& number = at(record, column.source);
        const Cell& date = at(record, column.date_source);
        if (!blank(number) || !blank(date))
            cell = text("Số " + core::cell_text(number) + " ngày " + date_text(date));
        break;
    }
    }
    const bool may_be_none = column.kind != K::plain || column.field == Field::recognition_number
                             || column.field == Field::value_document_number;
    if (layout.placeholders && may_be_none && blank(cell))
        cell = text(placeholder(n));
    return cell;
}

struct Group
{
    std::string sheet;     // the sheet it goes on (split), or empty
    std::string title;     // a title row naming its CĐCS (per_union)
    std::vector<std::size_t> records;
};

std::string block_of(const Row& record)
{
    const Cell& cell = at(record, kBlock);
    return blank(cell) ? std::string("Khác") : core::cell_text(cell);
}

// The list's sheets: rows of title, heading, records (in groups and with subtotals as the layout
// says), totals and signatures.
std::vector<Sheet> list_sheets(const std::vector<Row>& records, const Layout& layout, const Headings& headings,
                               std::mt19937_64& random)
{
    std::vector<ListColumn> columns = list_columns(layout, headings);
    if (layout.shuffled_columns)
        std::shuffle(columns.begin(), columns.end(), random);
    const auto column_of = [&columns](Field field) -> std::optional<std::size_t> {
        for (std::size_t c = 0; c < columns.size(); ++c)
            if (columns[c].field == field)
                return c;
        return std::nullopt;
    };

    // Which records go on which sheet, in which order.
    std::vector<Group> groups;
    std::vector<std::size_t> order(records.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    if (layout.groups || layout.split == Split::per_block)
        std::stable_sort(order.begin(), order.end(), [&records](std::size_t a, std::size_t b) {
            return block_of(records[a]) < block_of(records[b]);
        });
    if (layout.split == Split::per_union)
    {
        std::map<std::string, std::size_t> index;
        for (const std::size_t i : order)
        {
            const std::string unit = core::cell_text(at(records[i], kUnit));
            const auto [it, inserted] = index.emplace(unit, groups.size());
            if (inserted)
                groups.push_back(Group{"CĐCS " + std::to_string(groups.size() + 1), "CĐCS " + unit, {}});
            groups[it->second].records.push_back(i);
        }
    }
    else if (layout.split == Split::per_block)
    {
        std::map<std::string, std::size_t> index;
        for (const std::size_t i : order)
        {
            const std::string block = block_of(records[i]);
            const auto [it, inserted] = index.emplace(block, groups.size());
            if (inserted)
                groups.push_back(Group{"Khối " + std::to_string(groups.size() + 1), "", {}});
            groups[it->second].records.push_back(i);
        }
    }
    else
        groups.push_back(Group{"Sáng kiến", "", order});

    std::vector<Sheet> sheets;
    std::size_t n = 0;
    for (const Group& group : groups)
    {
        Sheet sheet{group.sheet, {}};
        if (layout.title_block)
        {
            sheet.rows.push_back({text("LIÊN ĐOÀN LAO ĐỘNG HUYỆN DƯƠNG MINH CHÂU")});
            if (!group.title.empty())
                sheet.rows.push_back({text(group.title)});
            sheet.rows.push_back({text("DANH SÁCH SÁNG KIẾN THAM GIA CHƯƠNG TRÌNH")});
            sheet.rows.push_back({});
        }
        else if (!group.title.empty())
            sheet.rows.push_back({text(group.title)});
        if (layout.unit_power != 0 && layout.unit_in_line)
            sheet.rows.push_back({Cell{}, Cell{}, text("ĐVT: " + unit_words(layout.unit_power))});
        Row heading;
        for (const ListColumn& column : columns)
            heading.push_back(text(column.heading));
        sheet.rows.push_back(std::move(heading));

        const auto value_column = column_of(Field::value);
        double group_sum = 0, total = 0;
        std::string open_block;
        int block_number = 0;
        const auto subtotal = [&](const char* label) {
            Row row(columns.size());
            row[column_of(Field::title).value_or(0)] = text(label);
            if (value_column)
                row[*value_column] = Cell(group_sum);
            sheet.rows.push_back(std::move(row));
        };
        for (const std::size_t i : group.records)
        {
            const Row& record = records[i];
            if (layout.groups && block_of(record) != open_block)
            {
                if (!open_block.empty())
                    subtotal("Cộng");
                open_block = block_of(record);
                group_sum = 0;
                static const char* roman[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
                sheet.rows.push_back({text(std::string(roman[block_number++ % 10]) + ". KHỐI " + core::to_upper(open_block))});
            }
            Row row;
            for (const ListColumn& column : columns)
                row.push_back(cell_of(record, column, layout, n));
            if (const auto* value = std::get_if<double>(&at(record, kValue)))
            {
                const double in_unit = *value / std::pow(10.0, layout.unit_power);
                group_sum += in_unit;
                total += in_unit;
            }
            ++n;
            // One row per author: the first row holds the initiative, the rows below only the
            // next author (and their position), the other cells merged over them.
            std::vector<std::string> authors;
            if (layout.author_rows)
            {
                const std::string all = core::cell_text(at(record, kAuthors));
                for (std::size_t start = 0; start <= all.size();)
                {
                    const auto comma = all.find(", ", start);
                    authors.push_back(all.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
                    if (comma == std::string::npos)
                        break;
                    start = comma + 2;
                }
            }
            if (authors.size() > 1)
                if (const auto c = column_of(Field::authors))
                    row[*c] = text(authors.front());
            sheet.rows.push_back(std::move(row));
            for (std::size_t a = 1; a < authors.size(); ++a)
            {
                Row more(columns.size());
                more[*column_of(Field::authors)] = text(authors[a]);
                if (const auto c = column_of(Field::position))
                    more[*c] = at(record, kPosition);
                sheet.rows.push_back(std::move(more));
            }
        }
        if (layout.groups && !open_block.empty())
            subtotal("Cộng");
        if (layout.title_block)
        {
            group_sum = total;
            subtotal("Tổng cộng");
            sheet.rows.push_back({});
            sheet.rows.push_back({Cell{}, Cell{}, text("NGƯỜI LẬP BIỂU"), Cell{}, text("THỦ TRƯỞNG ĐƠN VỊ")});
            sheet.rows.push_back({Cell{}, Cell{}, text("(Ký, ghi rõ họ tên)")});
        }
        sheets.push_back(std::move(sheet));
    }
    return sheets;
}

// The CĐCS list in khối groups: "I | KHỐI …", its CĐCS, "Cộng", …, "Tổng cộng".
Sheet grouped_quotas(const Sheet& unions)
{
    Sheet out{unions.name, {unions.rows.front()}};
    std::map<std::string, std::vector<const Row*>> by_block;
    for (std::size_t r = 1; r < unions.rows.size(); ++r)
        by_block[core::cell_text(at(unions.rows[r], 2))].push_back(&unions.rows[r]);
    static const char* roman[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    int number = 0;
    for (const auto& [block, rows] : by_block)
    {
        out.rows.push_back({text(roman[number++ % 10]), text("KHỐI " + core::to_upper(block))});
        for (const Row* row : rows)
            out.rows.push_back(*row);
        out.rows.push_back({Cell{}, text("Cộng")});
    }
    out.rows.push_back({Cell{}, text("Tổng cộng")});
    out.rows.push_back({Cell{}, text("Người lập biểu")});
    return out;
}

} // namespace

std::string Layout::describe() const
{
    std::string out;
    const auto add = [&out](bool on, const std::string& what) {
        if (on)
            out += (out.empty() ? "" : ", ") + what;
    };
    add(shuffled_columns, "columns shuffled");
    add(other_headings, "other headings");
    add(title_block, "title block");
    add(unit_power != 0, "amounts in 10^" + std::to_string(unit_power) + (unit_in_line ? " (ĐVT line)" : " (heading)"));
    add(documents_in_one_cell, "documents in one cell");
    add(split == Split::per_union, "a sheet per CĐCS");
    add(split == Split::per_block, "a sheet per khối");
    add(author_rows, "a row per author");
    add(groups, "khối groups and subtotals");
    add(date_form != 0, "dates as text form " + std::to_string(date_form));
    add(placeholders, "placeholder words");
    add(grouped_quotas, "quotas in groups");
    return (out.empty() ? "as generated" : out) + " (seed " + std::to_string(seed) + ")";
}

std::vector<Layout> single_rewrites()
{
    std::vector<Layout> all(1);
    const auto with = [&all](auto change) {
        Layout layout;
        change(layout);
        all.push_back(layout);
    };
    with([](Layout& l) { l.shuffled_columns = true; });
    for (std::uint64_t seed = 1; seed <= 5; ++seed)
        with([seed](Layout& l) { l.other_headings = true; l.seed = seed; });
    with([](Layout& l) { l.title_block = true; });
    for (const int power : {3, 6})
        for (const bool line : {false, true})
            with([power, line](Layout& l) { l.unit_power = power; l.unit_in_line = line; });
    with([](Layout& l) { l.documents_in_one_cell = true; });
    with([](Layout& l) { l.split = Split::per_union; });
    with([](Layout& l) { l.split = Split::per_block; });
    with([](Layout& l) { l.author_rows = true; });
    with([](Layout& l) { l.groups = true; });
    for (int form = 1; form <= 5; ++form)
        with([form](Layout& l) { l.date_form = form; });
    with([](Layout& l) { l.placeholders = true; });
    with([](Layout& l) { l.grouped_quotas = true; });
    return all;
}

Layout random_layout(std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    const auto coin = [&random] { return random() % 2 == 0; };
    Layout layout;
    layout.seed = seed;
    layout.shuffled_columns = coin();
    layout.other_headings = coin();
    layout.title_block = coin();
    layout.unit_power = static_cast<int>(random() % 3) * 3;
    layout.unit_in_line = coin();
    layout.documents_in_one_cell = coin();
    layout.split = static_cast<Split>(random() % 3);
    layout.author_rows = coin();
    layout.groups = coin();
    layout.date_form = static_cast<int>(random() % 6);
    layout.placeholders = coin();
    layout.grouped_quotas = coin();
    return layout;
}

core::WorkbookInput rewrite(const core::SampleWorkbook& district, const Layout& layout, const std::string& spellings_file)
{
    static std::map<std::string, std::map<Field, std::vector<std::string>>> loaded;
    auto [table, inserted] = loaded.try_emplace(spellings_file);
    if (inserted)
        table->second = spellings(spellings_file);
    std::mt19937_64 random(layout.seed);
    const Headings headings{layout.other_headings ? &table->second : nullptr, &random};

    const auto& sheets = district.input.sheets;
    const auto list = std::find_if(sheets.begin(), sheets.end(), [](const Sheet& s) { return s.name == "Sáng kiến"; });
    if (list == sheets.end() || list->rows.size() < 2)
        throw std::invalid_argument("rewrite: the district must be a clean sample");
    const std::vector<Row> records(list->rows.begin() + 1, list->rows.end());

    core::WorkbookInput out;
    for (auto& sheet : list_sheets(records, layout, headings, random))
        out.sheets.push_back(std::move(sheet));
    for (const Sheet& sheet : sheets)
        if (&sheet != &*list)
            out.sheets.push_back(layout.grouped_quotas && sheet.name == "Công đoàn cơ sở" ? grouped_quotas(sheet) : sheet);
    return out;
}

} // namespace sangkien::test
