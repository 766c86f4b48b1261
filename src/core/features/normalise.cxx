#include "core/features/normalise.hxx"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "core/text/date.hxx"
#include "core/text/format.hxx"
#include "core/text/legacy.hxx"
#include "core/text/money.hxx"
#include "core/text/text.hxx"

namespace sangkien::core {

namespace {


const char* fix_key(Fix fix)
{
    switch (fix)
    {
    case fix_legacy_font: return "normalise.kind.legacy_font";
    case fix_nfc: return "normalise.kind.nfc";
    case fix_spaces: return "normalise.kind.spaces";
    case fix_number: return "normalise.kind.number";
    case fix_date: return "normalise.kind.date";
    case fix_unit_name: return "normalise.kind.unit_name";
    }
    return "normalise.kind.spaces";
}

Fix headline(unsigned fixes)
{
    for (const Fix fix : kFixOrder)
        if (fixes & fix)
            return fix;
    return fix_spaces;
}

bool is_line_space(unsigned char c)
{
    return c == ' ' || c == '\t';
}

// Spacing of one line: no-break and other white space as ASCII spaces, single spaces, trimmed.
std::string tidy_line(const std::string& line)
{
    return collapse_spaces(line);
}

// Line breaks inside a cell are the user's layout (several authors, a multi-line note): each line
// is tidied on its own, blank lines at the ends are dropped.
std::string tidy_spacing(const std::string& text)
{
    std::string out;
    std::size_t start = 0;
    std::vector<std::string> lines;
    for (;;)
    {
        const std::size_t end = text.find('\n', start);
        std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        lines.push_back(tidy_line(line));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    while (!lines.empty() && lines.back().empty())
        lines.pop_back();
    std::size_t first = 0;
    while (first < lines.size() && lines[first].empty())
        ++first;
    for (std::size_t i = first; i < lines.size(); ++i)
    {
        if (i > first)
            out += '\n';
        out += lines[i];
    }
    return out;
}

bool needs_spacing_check(const std::string& text)
{
    if (text.empty())
        return false;
    if (is_line_space(static_cast<unsigned char>(text.front())) || is_line_space(static_cast<unsigned char>(text.back()))
        || text.front() == '\n' || text.back() == '\n')
        return true;
    char previous = 0;
    for (const char ch : text)
    {
        const auto c = static_cast<unsigned char>(ch);
        if ((c == ' ' && previous == ' ') || c == '\t' || c == '\r' || c == 0xC2 || c == 0xE2 || c == 0xE3
            || (c == '\n' && previous == ' ') || (c == ' ' && previous == '\n'))
            return true;
        previous = ch;
    }
    return false;
}

bool is_ascii(const std::string& text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Digit runs and the single characters between them: "05/9/2023" → {"05","9","2023"}, {'/','/'};
// false when anything else appears.
bool digit_groups(const std::string& text, std::vector<std::string>& groups, std::string& separators)
{
    groups.clear();
    separators.clear();
    std::string current;
    for (const char c : text)
    {
        if (c >= '0' && c <= '9')
        {
            current += c;
            continue;
        }
        if (current.empty())
            return false; // a separator first, or two in a row
        groups.push_back(current);
        current.clear();
        separators += c;
    }
    if (current.empty())
        return false;
    groups.push_back(current);
    return true;
}

// A whole-cell count ("1.200", "35"): digits with optional thousands grouping, nothing else.
std::optional<double> plain_count(const std::string& text)
{
    std::vector<std::string> groups;
    std::string separators;
    if (!digit_groups(text, groups, separators))
        return std::nullopt;
    if (groups.size() > 1)
    {
        if (groups.front().size() > 3 || separators.find_first_not_of(separators.front()) != std::string::npos
            || (separators.front() != '.' && separators.front() != ','))
            return std::nullopt;
        for (std::size_t i = 1; i < groups.size(); ++i)
            if (groups[i].size() != 3)
                return std::nullopt;
    }
    std::string digits;
    for (const auto& group : groups)
        digits += group;
    if (digits.size() > 12)
        return std::nullopt;
    return std::stod(digits);
}

// A whole-cell amount in đồng ("500 triệu", "1,2 tỷ đồng", "500.000.000đ"): exact amounts only;
// "khoảng", "/năm", other currencies and anything unreadable stay as the user wrote them.
std::optional<double> exact_amount(const std::string& text)
{
    const Money money = parse_money(text);
    if (money.kind != MoneyKind::vnd || money.approximate || money.per_year || money.dong <= 0)
        return std::nullopt;
    return static_cast<double>(money.dong);
}

// A whole-cell date ("05/9/2023", "2023-09-05", "ngày 5 tháng 9 năm 2023"); a date inside a
// longer text ("QĐ 12 ngày 5/9/2023") is not a date cell.
bool is_date_form(const std::string& text)
{
    std::vector<std::string> groups;
    std::string separators;
    if (digit_groups(text, groups, separators) && groups.size() == 3)
    {
        const bool day_first = groups[0].size() <= 2 && groups[1].size() <= 2 && (groups[2].size() == 2 || groups[2].size() == 4)
                               && separators[0] == separators[1] && std::string("/.-").find(separators[0]) != std::string::npos;
        const bool iso = groups[0].size() == 4 && groups[1].size() <= 2 && groups[2].size() <= 2 && separators == "--";
        return day_first || iso;
    }
    // "ngay D thang M nam YYYY", compared without marks.
    std::istringstream words(matching_key(text));
    std::string ngay, day, thang, month, nam, year, extra;
    if (!(words >> ngay >> day >> thang >> month >> nam >> year) || (words >> extra))
        return false;
    const auto all_digits = [](const std::string& w, std::size_t max) {
        return !w.empty() && w.size() <= max && w.find_first_not_of("0123456789") == std::string::npos;
    };
    return ngay == "ngay" && thang == "thang" && nam == "nam" && all_digits(day, 2) && all_digits(month, 2)
           && all_digits(year, 4) && year.size() == 4;
}

std::optional<double> exact_date(const std::string& text)
{
    if (!is_date_form(text))
        return std::nullopt;
    const DateValue value = parse_date(text);
    if (value.kind != DateKind::date)
        return std::nullopt;
    return static_cast<double>(to_serial(value.date));
}

enum class Conversion { none, amount, count, date, unit_name };

struct SheetPlan
{
    std::size_t first_data_row = 0;
    std::map<std::size_t, Conversion> columns; // column → conversion of its data cells
};

// Which cells of a sheet hold text constants (not formulas): a bit per cell, from the areas.
class TextConstants
{
public:
    TextConstants(const std::vector<CellArea>* areas, std::size_t rows, std::size_t width) : all_(areas == nullptr)
    {
        if (all_)
            return;
        mask_.assign(width, std::vector<bool>());
        for (const CellArea& area : *areas)
            for (std::size_t c = area.first_column; c <= area.last_column && c < width; ++c)
            {
                auto& column = mask_[c];
                if (column.empty())
                    column.assign(rows, false);
                for (std::size_t r = area.first_row; r <= area.last_row && r < rows; ++r)
                    column[r] = true;
            }
    }
    bool contains(std::size_t row, std::size_t column) const
    {
        return all_ || (column < mask_.size() && row < mask_[column].size() && mask_[column][row]);
    }

private:
    bool all_;
    std::vector<std::vector<bool>> mask_;
};

void add_conversions(const Workbook& book, SheetKind kind, SheetPlan& plan)
{
    const auto mapping = book.mappings.find(kind);
    if (mapping == book.mappings.end())
        return;
    plan.first_data_row = mapping->second.first_data_row;
    const auto set = [&](Field field, Conversion conversion) {
        if (const auto it = mapping->second.columns.find(field); it != mapping->second.columns.end())
            plan.columns[it->second] = conversion;
    };
    if (kind == SheetKind::initiatives)
    {
        set(Field::value, Conversion::amount);
        set(Field::updated_on, Conversion::date);
        set(Field::recognition_date, Conversion::date);
        set(Field::value_document_date, Conversion::date);
        set(Field::unit, Conversion::unit_name);
    }
    else if (kind == SheetKind::unions)
    {
        set(Field::members, Conversion::count);
        set(Field::quota, Conversion::count);
    }
    else if (kind == SheetKind::people)
        set(Field::person_unit, Conversion::unit_name);
}

std::string letter_cell(std::size_t row, std::size_t column)
{
    return column_letter(column) + std::to_string(row + 1);
}

std::string shown_value(const Cell& cell, bool is_date, Language language)
{
    if (const auto* text = std::get_if<std::string>(&cell))
        return "«" + *text + "»";
    const double number = std::get<double>(cell);
    if (is_date)
    {
        const Date date = from_serial(static_cast<long>(number));
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "%02d/%02d/%04d", date.day, date.month, date.year);
        return buffer;
    }
    return format_count(std::llround(number), language);
}

// Shown text of a preview line: long cells are cut.
std::string shortened(const std::string& text)
{
    const std::u32string code_points = to_u32(text);
    std::u32string line;
    for (const char32_t c : code_points)
        line += c == U'\n' ? U'↵' : c;
    if (line.size() > 60)
        line = line.substr(0, 57) + U"…";
    return from_u32(line);
}

} // namespace

std::string tidy_text(const std::string& text, unsigned* fixes)
{
    unsigned found = 0;
    std::string result = text;
    if (may_be_legacy(result))
    {
        const LegacyConversion converted = convert_legacy_text(result);
        if (converted.found == LegacyEncoding::tcvn3 || converted.found == LegacyEncoding::vni)
            if (converted.text != result)
            {
                result = converted.text;
                found |= fix_legacy_font;
            }
    }
    if (!is_ascii(result))
    {
        std::string composed = to_nfc(result);
        if (composed != result)
        {
            result = std::move(composed);
            found |= fix_nfc;
        }
    }
    if (needs_spacing_check(result))
    {
        std::string spaced = tidy_spacing(result);
        if (spaced != result)
        {
            result = std::move(spaced);
            found |= fix_spaces;
        }
    }
    if (fixes)
        *fixes = found;
    return result;
}

std::string exclusion_key(const std::string& sheet, std::size_t row, std::size_t column)
{
    return sheet + "\t" + letter_cell(row, column);
}

CellExclusions exclusions_from_text(const std::string& text)
{
    CellExclusions exclusions;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);)
        if (line.find('\t') != std::string::npos)
            exclusions.insert(line);
    return exclusions;
}

std::string exclusions_to_text(const CellExclusions& exclusions)
{
    std::string text;
    for (const auto& key : exclusions)
        text += key + "\n";
    return text;
}

NormalisePlan plan_normalisation(const WorkbookInput& input, const MappingOverrides& overrides,
                                 const std::vector<std::vector<CellArea>>* text_cells, const CellExclusions& exclusions, const SheetChoices& sheets)
{
    NormalisePlan plan;
    const Workbook book = read_workbook(input, overrides, sheets);
    plan.has_list = book.sheet_names.count(SheetKind::initiatives) > 0;
    std::map<std::string, std::string> union_names; // unit key → the name in the CĐCS list
    for (const UnionUnit& unit : book.unions)
        union_names.try_emplace(unit.key, tidy_text(unit.name));

    for (std::size_t s = 0; s < input.sheets.size(); ++s)
    {
        const Sheet& sheet = input.sheets[s];
        plan.sheet_names.push_back(sheet.name);
        std::optional<SheetKind> kind;
        for (const auto& [k, name] : book.sheet_names)
            if (name == sheet.name)
                kind = k;
        // The sheets a long list goes on over are the list too (their columns are the list's).
        if (std::find(book.list_continued_on.begin(), book.list_continued_on.end(), sheet.name) != book.list_continued_on.end())
            kind = SheetKind::initiatives;
        if (!kind)
            continue; // a sheet the review does not read is none of our business
        SheetPlan sheet_plan;
        add_conversions(book, *kind, sheet_plan);
        std::size_t width = 0;
        for (const Row& row : sheet.rows)
            width = std::max(width, row.size());
        const TextConstants constants(text_cells && s < text_cells->size() ? &(*text_cells)[s] : nullptr,
                                      sheet.rows.size(), width);
        for (std::size_t c = 0; c < width; ++c)
        {
            const auto conversion_it = sheet_plan.columns.find(c);
            const Conversion conversion = conversion_it == sheet_plan.columns.end() ? Conversion::none : conversion_it->second;
            for (std::size_t r = 0; r < sheet.rows.size(); ++r)
            {
                const Row& row = sheet.rows[r];
                if (c >= row.size())
                    continue;
                const auto* text = std::get_if<std::string>(&row[c]);
                if (!text || text->empty() || !constants.contains(r, c))
                    continue;
                unsigned fixes = 0;
                std::string tidy = tidy_text(*text, &fixes);
                Cell after = tidy;
                if (r >= sheet_plan.first_data_row && conversion != Conversion::none && !tidy.empty())
                {
                    std::optional<double> number;
                    switch (conversion)
                    {
                    case Conversion::amount: number = exact_amount(tidy); break;
                    case Conversion::count: number = plain_count(tidy); break;
                    case Conversion::date: number = exact_date(tidy); break;
                    case Conversion::unit_name:
                        if (const auto it = union_names.find(matching_key(tidy, {true, true}));
                            it != union_names.end() && it->second != tidy && !it->first.empty())
                        {
                            after = it->second;
                            fixes |= fix_unit_name;
                        }
                        break;
                    case Conversion::none: break;
                    }
                    if (number)
                    {
                        after = *number;
                        fixes |= conversion == Conversion::date ? fix_date : fix_number;
                    }
                }
                if (fixes == 0)
                    continue;
                (exclusions.count(exclusion_key(sheet.name, r, c)) ? plan.skipped : plan.fixes)
                    .push_back(CellFix{s, r, c, *text, std::move(after), fixes});
            }
        }
    }
    return plan;
}

std::string fix_cell_name(const NormalisePlan& plan, const CellFix& fix)
{
    return plan.sheet_names.at(fix.sheet) + "!" + letter_cell(fix.row, fix.column);
}

std::string fix_line(const NormalisePlan& plan, const CellFix& fix, Language language)
{
    const std::string before = shortened(shown_value(Cell(fix.before), false, language));
    const std::string after = shortened(shown_value(fix.after, fix.is_date(), language));
    const std::string kind = std::string(text(language, fix_key(headline(fix.fixes))));
    // Only invisible characters change (Unicode form, spaces): the text once, and what changes.
    if (collapse_spaces(to_nfc(before)) == collapse_spaces(to_nfc(after)))
        return fix_cell_name(plan, fix) + ": " + before + " (" + kind + ")";
    return fix_cell_name(plan, fix) + ": " + before + " → " + after + " (" + kind + ")";
}

std::string fix_code_points(const CellFix& fix)
{
    const auto* after_text = std::get_if<std::string>(&fix.after);
    if (!after_text)
        return {};
    const std::u32string before = to_u32(fix.before), after = to_u32(*after_text);
    std::size_t prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before[prefix] == after[prefix])
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix
           && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    const auto codes = [&](const std::u32string& text) {
        constexpr std::size_t kMost = 8;
        const std::size_t length = text.size() - prefix - suffix;
        std::string out;
        for (std::size_t i = 0; i < std::min(length, kMost); ++i)
        {
            char code[16];
            std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(text[prefix + i]));
            out += (out.empty() ? "" : " ") + std::string(code);
        }
        if (length > kMost)
            out += " …";
        return out.empty() ? std::string("—") : out;
    };
    return codes(before) + " → " + codes(after);
}

std::string plan_summary(const NormalisePlan& plan, Language language)
{
    if (plan.fixes.empty())
        return std::string(text(language, "normalise.nothing"));
    std::string parts;
    for (const Fix kind : kFixOrder)
    {
        const auto count = static_cast<std::size_t>(std::count_if(
            plan.fixes.begin(), plan.fixes.end(), [kind](const CellFix& f) { return headline(f.fixes) == kind; }));
        if (count == 0)
            continue;
        if (!parts.empty())
            parts += ", ";
        parts += format_count(static_cast<std::int64_t>(count), language) + " " + std::string(text(language, fix_key(kind)));
    }
    return format(language, "normalise.summary", {format_count(static_cast<std::int64_t>(plan.fixes.size()), language), parts});
}

NormaliseForm make_normalise_form(const NormalisePlan& plan, Language language, std::size_t max_lines)
{
    NormaliseForm form;
    const std::size_t shown = std::min(max_lines, plan.fixes.size());
    form.cells.assign(plan.fixes.begin(), plan.fixes.begin() + static_cast<std::ptrdiff_t>(shown));
    form.skipped.assign(shown, false);
    const std::size_t earlier = std::min(plan.skipped.size(), max_lines);
    form.cells.insert(form.cells.end(), plan.skipped.begin(), plan.skipped.begin() + static_cast<std::ptrdiff_t>(earlier));
    form.skipped.resize(form.cells.size(), true);
    for (const CellFix& fix : form.cells)
    {
        form.lines.push_back(fix_line(plan, fix, language));
        form.code_points.push_back(fix_code_points(fix));
    }
    form.hidden = plan.fixes.size() - shown;
    for (std::size_t i = shown; i < plan.fixes.size(); ++i)
        form.hidden_kinds.push_back(headline(plan.fixes[i].fixes));
    // Only cells skipped before: no "the data is tidy" above a list of them.
    form.summary = plan.fixes.empty() ? std::string() : plan_summary(plan, language);
    if (form.hidden > 0)
        form.summary += " " + format(language, "normalise.hidden", {format_count(static_cast<std::int64_t>(shown), language),
                                                                     format_count(static_cast<std::int64_t>(form.hidden), language)});
    if (!plan.skipped.empty())
        form.summary += (form.summary.empty() ? "" : " ") + format(language, "normalise.skipped_before",
                                     {format_count(static_cast<std::int64_t>(plan.skipped.size()), language)});
    return form;
}

std::string form_item(const NormaliseForm& form, std::size_t line, Language language)
{
    if (line >= form.lines.size())
        return {};
    const std::string shown = form.show_code_points && line < form.code_points.size() && !form.code_points[line].empty()
                                  ? form.lines[line] + " [" + form.code_points[line] + "]"
                                  : form.lines[line];
    if (form.skipped[line])
        return format(language, "normalise.item.skipped", {shown});
    return line_applies(form, line) ? format(language, "normalise.item.applied", {shown})
                                    : format(language, "normalise.item.kind_off", {shown});
}

void set_kinds(NormaliseForm& form, unsigned kinds)
{
    form.kinds = kinds & kAllFixes;
}

bool line_applies(const NormaliseForm& form, std::size_t line)
{
    return line < form.cells.size() && !form.skipped[line] && (form.kinds & headline(form.cells[line].fixes)) != 0;
}

void set_skipped(NormaliseForm& form, const std::vector<std::size_t>& lines, bool skipped)
{
    for (const std::size_t line : lines)
        if (line < form.skipped.size())
            form.skipped[line] = skipped;
}

void propose_all(NormaliseForm& form)
{
    form.skipped.assign(form.skipped.size(), false);
}

void toggle_skipped(NormaliseForm& form, std::size_t line)
{
    if (line < form.skipped.size())
        form.skipped[line] = !form.skipped[line];
}

std::size_t skipped_count(const NormaliseForm& form)
{
    return static_cast<std::size_t>(std::count(form.skipped.begin(), form.skipped.end(), true));
}

std::size_t applied_count(const NormaliseForm& form)
{
    std::size_t applied = 0;
    for (std::size_t line = 0; line < form.cells.size(); ++line)
        applied += line_applies(form, line);
    for (const unsigned kind : form.hidden_kinds)
        applied += (form.kinds & kind) != 0;
    return applied;
}

std::string form_counts(const NormaliseForm& form, Language language)
{
    return format(language, "normalise.counts", {format_count(static_cast<std::int64_t>(applied_count(form)), language),
                                                 format_count(static_cast<std::int64_t>(skipped_count(form)), language)});
}

bool needs_confirmation(const NormaliseForm& form)
{
    return skipped_count(form) > applied_count(form);
}

std::string confirmation_text(const NormaliseForm& form, Language language)
{
    return format(language, "normalise.confirm", {format_count(static_cast<std::int64_t>(skipped_count(form)), language),
                                                  format_count(static_cast<std::int64_t>(form.cells.size() + form.hidden), language),
                                                  format_count(static_cast<std::int64_t>(applied_count(form)), language)});
}

NormaliseChoice choose_fixes(const NormalisePlan& plan, const NormaliseForm& form, const CellExclusions& stored)
{
    NormaliseChoice choice;
    choice.exclusions = stored;
    for (std::size_t i = 0; i < form.cells.size(); ++i)
    {
        const CellFix& fix = form.cells[i];
        const std::string key = exclusion_key(plan.sheet_names.at(fix.sheet), fix.row, fix.column);
        if (form.skipped[i])
        {
            choice.exclusions.insert(key);
            continue;
        }
        choice.exclusions.erase(key);
        if (line_applies(form, i))
            choice.apply.push_back(fix);
    }
    // The plan's fixes beyond the lines shown: by kind only.
    for (std::size_t i = plan.fixes.size() - form.hidden; i < plan.fixes.size(); ++i)
        if (form.kinds & headline(plan.fixes[i].fixes))
            choice.apply.push_back(plan.fixes[i]);
    // Written in the plan's order (runs of a column become one write).
    std::sort(choice.apply.begin(), choice.apply.end(), [](const CellFix& a, const CellFix& b) {
        return std::tie(a.sheet, a.column, a.row) < std::tie(b.sheet, b.column, b.row);
    });
    return choice;
}

} // namespace sangkien::core
