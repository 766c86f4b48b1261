#include "core/rules/result_sheets.hxx"
#include "core/rules/summary_text.hxx"

#include <algorithm>
#include <sstream>
#include <cmath>

#include "core/text/format.hxx"
#include "core/text/text.hxx"

namespace sangkien::core {

namespace {

Cell text_cell(std::string value)
{
    return value.empty() ? Cell{} : Cell(std::move(value));
}

Cell number_cell(double value)
{
    return Cell(value);
}

Cell date_cell(const std::optional<Date>& date)
{
    return date ? Cell(static_cast<double>(to_serial(*date))) : Cell{};
}

std::string yes_no(bool value, Language language)
{
    return std::string(text(language, value ? "result.yes" : "result.no"));
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator)
{
    std::string out;
    for (const auto& part : parts)
        out += (out.empty() ? "" : std::string(separator)) + part;
    return out;
}

std::vector<ResultColumn> columns(Language language, std::initializer_list<std::tuple<const char*, ColumnFormat, int>> list)
{
    std::vector<ResultColumn> out;
    for (const auto& [key, format, width] : list)
        out.push_back({std::string(text(language, key)), format, width});
    return out;
}

} // namespace

std::string structure_rows_text(const Workbook& book, std::string_view key_prefix, Language language)
{
    const std::string headings = format_count(static_cast<std::int64_t>(book.section_rows), language),
                      totals = format_count(static_cast<std::int64_t>(book.subtotal_rows), language);
    const std::string prefix(key_prefix);
    if (book.section_rows > 0 && book.subtotal_rows > 0)
        return format(language, prefix + "_rows", {headings, totals});
    if (book.section_rows > 0)
        return format(language, prefix + "_headings", {headings});
    if (book.subtotal_rows > 0)
        return format(language, prefix + "_totals", {totals});
    return {};
}

namespace {

// "vượt 6,5%" in Vietnamese, "6.5% above the quota" in English (the sheet speaks the UI language;
// the documents keep the Vietnamese phrase).
std::string achievement_words(double percent, Language language)
{
    if (language == Language::vietnamese)
        return achievement_phrase(percent);
    const double rounded = std::round(percent * 10.0) / 10.0;
    const std::string shown = format_percent(rounded <= 100.0 ? rounded : rounded - 100.0, language);
    return format(language, rounded <= 100.0 ? "result.achievement.reached" : "result.achievement.above", {shown});
}

// An amount in words is what Vietnamese documents write: the Vietnamese sheet gives it, the
// English one the figure alone.
// The amount in Vietnamese words, which the documents write after a figure; the English sheet
// quotes them for the Vietnamese documents rather than leaving the row without a note.
std::string amount_in_words(std::int64_t dong, Language language)
{
    return format(language, "result.sum.in_words", {money_in_words(dong)});
}

ResultSheet initiatives_sheet(const Workbook& book, const Review& review, Language language)
{
    ResultSheet sheet{ResultKind::initiatives, result_sheet_name(ResultKind::initiatives, language),
                      columns(language, {{"result.col.row", ColumnFormat::integer, 6},
                                         {"result.col.code", ColumnFormat::text, 10},
                                         {"result.col.title", ColumnFormat::text, 40},
                                         {"result.col.authors", ColumnFormat::text, 26},
                                         {"result.col.unit", ColumnFormat::text, 28},
                                         {"result.col.status", ColumnFormat::text, 12},
                                         {"result.col.updated", ColumnFormat::date, 12},
                                         {"result.col.value", ColumnFormat::money, 16},
                                         {"result.col.counted", ColumnFormat::text, 10},
                                         {"result.col.valid", ColumnFormat::text, 9},
                                         {"result.col.result", ColumnFormat::verdict, 16},
                                         {"result.col.reasons", ColumnFormat::text, 60},
                                         {"result.col.go_to", ColumnFormat::link, 16}}),
                      {}, {}};
    sheet.rows.reserve(book.initiatives.size());
    // Each row one Ctrl+click from its title cell in the list (a cell of this workbook only).
    const auto list = book.sheet_names.find(SheetKind::initiatives);
    const auto mapping = book.mappings.find(SheetKind::initiatives);
    std::string title_column = "A";
    if (mapping != book.mappings.end())
        if (const auto title = mapping->second.columns.find(Field::title); title != mapping->second.columns.end())
            title_column = column_letter(title->second);
    const SharedText list_name(list == book.sheet_names.end() ? std::string() : list->second);
    for (std::size_t i = 0; i < book.initiatives.size(); ++i)
    {
        const Initiative& initiative = book.initiatives[i];
        const InitiativeVerdict& verdict = review.verdicts[i];
        std::vector<std::string> reasons;
        for (const Reason reason : verdict.reasons)
            reasons.push_back(reason_text(reason, initiative, review.criteria, language));
        const Cell value = initiative.value.is_vnd() ? number_cell(static_cast<double>(initiative.value.dong))
                                                     : Cell{};
        // On a sheet the list goes on over, the row says which ("12 (Sáng kiến (2))").
        const Cell row = initiative.sheet.empty() ? number_cell(static_cast<double>(initiative.row))
                                                  : text_cell(row_reference(initiative.row, initiative.sheet));
        sheet.rows.push_back({row, text_cell(initiative.code),
                              text_cell(initiative.title), text_cell(joined(initiative.authors, ", ")),
                              text_cell(initiative.unit), text_cell(initiative.status_text), date_cell(initiative.updated_on),
                              // A duplicate is counted as its earlier row: "—" rather than a misleading "Không".
                              value, text_cell(verdict.duplicate ? "—" : yes_no(verdict.counted, language)),
                              text_cell(verdict.duplicate ? "—" : yes_no(verdict.valid, language)),
                              text_cell(std::string(verdict_word(verdict, language))),
                              text_cell(joined(reasons, "; ")),
                              list_name.empty() || is_source_place(initiative.sheet.str())
                                  ? Cell{}
                                  : text_cell(cell_reference(title_column, initiative.row,
                                                             initiative.sheet.empty() ? list_name : initiative.sheet))});
    }
    return sheet;
}

ResultSheet unions_sheet(const Review& review, Language language)
{
    ResultSheet sheet{ResultKind::unions, result_sheet_name(ResultKind::unions, language),
                      columns(language, {{"result.col.number", ColumnFormat::integer, 5},
                                         {"result.col.union", ColumnFormat::text, 32},
                                         {"result.col.block", ColumnFormat::text, 14},
                                         {"result.col.quota", ColumnFormat::count, 9},
                                         {"result.col.uploaded", ColumnFormat::count, 10},
                                         {"result.col.valid_count", ColumnFormat::count, 9},
                                         {"result.col.pending", ColumnFormat::count, 10},
                                         {"result.col.percent", ColumnFormat::percent, 9},
                                         {"result.col.result", ColumnFormat::verdict, 16},
                                         {"result.col.priority", ColumnFormat::text, 9},
                                         {"result.col.total_value", ColumnFormat::money, 18},
                                         {"result.col.note", ColumnFormat::text, 36}}),
                      {}, {}};
    int number = 0;
    for (const UnionResult& unit : review.unions)
    {
        const bool has_quota = unit.quota > 0;
        sheet.rows.push_back(
            {number_cell(++number), text_cell(unit.name), text_cell(unit.block),
             has_quota ? number_cell(unit.quota) : Cell{}, number_cell(unit.counts.updated), number_cell(unit.counts.valid),
             number_cell(unit.counts.pending), has_quota ? number_cell(unit.percent / 100.0) : Cell{},
             text_cell(unit.needs_check ? std::string(text(language, "verdict.check"))
                       : has_quota      ? std::string(text(language, unit.qualifies ? "verdict.pass" : "verdict.fail"))
                                        : std::string()),
             text_cell(unit.priority ? yes_no(true, language) : std::string()),
             number_cell(static_cast<double>(unit.counts.value)),
             text_cell(!unit.in_list      ? std::string(text(language, "result.note.not_in_list"))
                       : unit.needs_check ? format(language, "result.note.check", {format_count(unit.counts.uncertain, language)})
                       : !has_quota       ? std::string(text(language, "result.note.no_quota"))
                                          : std::string())});
    }
    return sheet;
}

std::string person_ground(const PersonResult& person, Language language)
{
    std::vector<std::string> grounds;
    if (person.author_ground)
        grounds.emplace_back(text(language, "result.ground.author"));
    if (person.contribution_ground)
        grounds.emplace_back(text(language, person.support_team ? "result.ground.support_team" : "result.ground.contribution"));
    return joined(grounds, "; ");
}

ResultSheet people_sheet(const Workbook& book, const Review& review, Language language)
{
    ResultSheet sheet{ResultKind::people, result_sheet_name(ResultKind::people, language),
                      columns(language, {{"result.col.number", ColumnFormat::integer, 5},
                                         {"result.col.name", ColumnFormat::text, 26},
                                         {"result.col.position", ColumnFormat::text, 20},
                                         {"result.col.unit", ColumnFormat::text, 28},
                                         {"result.col.ground", ColumnFormat::text, 22},
                                         {"result.col.initiatives", ColumnFormat::text, 24},
                                         {"result.col.total_value", ColumnFormat::money, 18},
                                         {"result.col.contribution", ColumnFormat::text, 40},
                                         {"result.col.result", ColumnFormat::verdict, 16},
                                         {"result.col.note", ColumnFormat::text, 36}}),
                      {}, {}};
    int number = 0;
    for (const PersonResult& person : review.people)
    {
        std::vector<std::string> codes;
        for (const std::size_t index : person.initiatives)
        {
            const Initiative& initiative = book.initiatives[index];
            codes.push_back(initiative.code.empty() ? format(language, "result.row_ref", {row_reference(initiative.row, initiative.sheet)})
                                                    : initiative.code);
        }
        std::vector<std::string> problems;
        for (const auto& key : person.problems)
            problems.emplace_back(text(language, key));
        sheet.rows.push_back({number_cell(++number), text_cell(person.name), text_cell(person.position),
                              text_cell(person.unit), text_cell(person_ground(person, language)),
                              text_cell(joined(codes, ", ")),
                              person.total_value ? number_cell(static_cast<double>(person.total_value)) : Cell{},
                              text_cell(person.contribution),
                              text_cell(std::string(text(language, person.qualifies ? "verdict.pass" : "verdict.fail"))),
                              text_cell(joined(problems, "; "))});
    }
    return sheet;
}

ResultSheet summary_sheet(const Workbook& book, const Review& review, const Summary& summary, Language language)
{
    ResultSheet sheet{ResultKind::summary, result_sheet_name(ResultKind::summary, language),
                      columns(language, {{"result.col.item", ColumnFormat::text, 58},
                                         {"result.col.figure", ColumnFormat::count, 22},
                                         {"result.col.in_words", ColumnFormat::text, 60}}),
                      {}, {}};
    // The figures are counts (the column's format) but for the few amounts, percentages and dates.
    const auto add = [&](const char* key, Cell figure, std::string words = {}, ColumnFormat format = ColumnFormat::count) {
        if (std::holds_alternative<double>(figure) && format != ColumnFormat::count)
            sheet.cell_formats.push_back({sheet.rows.size(), 1, format});
        sheet.rows.push_back({text_cell(std::string(text(language, key))), std::move(figure), text_cell(std::move(words))});
    };
    const Criteria& c = review.criteria;
    // What the reading of the list means for every figure below (criteria that could not be
    // judged, units converted, the sheets read), printed with the page.
    std::istringstream caveats(reading_caveats(book, review, language));
    for (std::string line; std::getline(caveats, line);)
        if (!line.empty())
            add("result.sum.caveat", Cell{}, line);
    add("result.sum.initiatives", number_cell(static_cast<double>(book.initiatives.size())),
        structure_rows_text(book, "result.sum.structure", language));
    add("result.sum.duplicates", number_cell(static_cast<double>(book.duplicates)),
        std::string(text(language, "result.sum.duplicates_rule")));
    add("result.sum.updated", number_cell(summary.total.updated));
    add("result.sum.valid", number_cell(summary.total.valid));
    add("result.sum.pending", number_cell(summary.total.pending));
    add("result.sum.rejected", number_cell(summary.total.rejected));
    add("result.sum.uncertain", number_cell(summary.total.uncertain),
        summary.total.uncertain > 0 ? std::string(text(language, "result.sum.uncertain_words")) : std::string());
    add("result.sum.quota", number_cell(summary.quota_total));
    if (summary.quota_total > 0)
        add("result.sum.percent", number_cell(summary.percent_of_quota / 100.0), achievement_words(summary.percent_of_quota, language),
            ColumnFormat::percent);
    else
        add("result.sum.percent", Cell{});
    add("result.sum.value", number_cell(static_cast<double>(summary.total.value)), amount_in_words(summary.total.value, language),
        ColumnFormat::money);
    add("result.sum.foreign", number_cell(static_cast<double>(summary.foreign_values.size())));
    add("result.sum.units_listed", number_cell(summary.units_listed));
    add("result.sum.units_with_quota", number_cell(summary.units_with_quota));
    add("result.sum.units_reaching", number_cell(summary.units_reaching_quota));
    add("result.sum.units_check", number_cell(summary.units_needing_check));
    add("result.sum.units_priority", number_cell(summary.units_priority));
    add("result.sum.units_not_in_list", number_cell(static_cast<double>(review.units_not_in_list.size())),
        joined(review.units_not_in_list, "; "));
    add("result.sum.qualifying_initiatives", number_cell(summary.qualifying_initiatives));
    add("result.sum.qualifying_people", number_cell(summary.qualifying_people));
    std::size_t errors = 0;
    for (const Issue& issue : book.issues)
        errors += issue.is_error;
    add("result.sum.errors", number_cell(static_cast<double>(errors)));
    add("result.sum.notes", number_cell(static_cast<double>(book.issues.size() - errors)));
    // The settings the run used.
    add("result.set.heading", Cell{});
    add("result.set.period", text_cell(body_date(c.period_start) + " – " + body_date(c.period_end)));
    // Written as the period above and the report write dates (VIETNAMESE.md: "31/8/2023"), not
    // as a Calc date, whose format would pad the month ("31/08/2023").
    add("result.set.cutoff", text_cell(body_date(c.cutoff)));
    add("result.set.threshold", number_cell(static_cast<double>(c.threshold)), amount_in_words(c.threshold, language),
        ColumnFormat::money);
    add("result.set.combination",
        text_cell(std::string(text(language, c.grounds_and ? "result.set.and" : "result.set.or"))));
    add("result.set.social", text_cell(yes_no(c.social_needs_value_document, language)));
    add("result.set.province_top", number_cell(c.province_top));
    return sheet;
}

ResultSheet errors_sheet(const Workbook& book, Language language)
{
    ResultSheet sheet{ResultKind::errors, result_sheet_name(ResultKind::errors, language),
                      columns(language, {{"result.col.sheet", ColumnFormat::text, 18},
                                         {"result.col.row", ColumnFormat::integer, 7},
                                         {"result.col.column", ColumnFormat::text, 6},
                                         {"result.col.cell_value", ColumnFormat::text, 28},
                                         {"result.col.message", ColumnFormat::text, 70},
                                         {"result.col.level", ColumnFormat::text, 10},
                                         {"result.col.go_to", ColumnFormat::link, 16}}),
                      {}, {}};
    for (const Issue& issue : book.issues)
        sheet.rows.push_back({text_cell(issue.sheet), issue.row ? number_cell(static_cast<double>(issue.row)) : Cell{},
                              text_cell(issue.column), text_cell(issue_value(issue, language)), text_cell(issue_message(issue, language)),
                              text_cell(std::string(text(language, issue.is_error ? "result.level.error"
                                                                                  : "result.level.note"))),
                              // A cell to fix: one Ctrl+click away (in this workbook: another
                              // file's cell is named by its place, in the sheet and row columns).
                              issue.row && !issue.sheet.empty() && !is_source_place(issue.sheet)
                                  ? text_cell(cell_reference(issue.column.empty() ? "A" : issue.column, issue.row, SharedText(issue.sheet)))
                                  : Cell{}});
    return sheet;
}

} // namespace

int column_width(const ResultColumn& column)
{
    std::size_t longest = 0, word = 0;
    for (const char32_t c : to_u32(column.heading))
    {
        word = c == U' ' || c == U'\n' ? 0 : word + 1;
        longest = std::max(longest, word);
    }
    // A bold heading is about a tenth wider than the characters a width counts, plus the margins.
    return std::max(column.width, static_cast<int>((longest * 11 + 9) / 10 + 1));
}

std::string result_sheet_name(ResultKind kind, Language language)
{
    switch (kind)
    {
    case ResultKind::initiatives: return std::string(text(language, "result.sheet.initiatives"));
    case ResultKind::unions: return std::string(text(language, "result.sheet.unions"));
    case ResultKind::people: return std::string(text(language, "result.sheet.people"));
    case ResultKind::summary: return std::string(text(language, "result.sheet.summary"));
    case ResultKind::errors: return std::string(text(language, "result.sheet.errors"));
    case ResultKind::record: return std::string(text(language, "result.sheet.record"));
    case ResultKind::changes: return std::string(text(language, "result.sheet.changes"));
    case ResultKind::merged:
    case ResultKind::feedback: break;
    }
    return {};
}

Sheet as_sheet(const ResultSheet& result)
{
    Sheet sheet{result.name, {}};
    sheet.rows.reserve(result.rows.size() + 1);
    Row heading;
    for (const auto& column : result.columns)
        heading.push_back(Cell(column.heading));
    sheet.rows.push_back(std::move(heading));
    sheet.rows.insert(sheet.rows.end(), result.rows.begin(), result.rows.end());
    return sheet;
}

std::vector<ResultSheet> result_sheets(const Workbook& book, const Review& review, const Summary& summary,
                                       Language language)
{
    std::vector<ResultSheet> sheets;
    sheets.push_back(summary_sheet(book, review, summary, language));
    sheets.push_back(initiatives_sheet(book, review, language));
    sheets.push_back(unions_sheet(review, language));
    sheets.push_back(people_sheet(book, review, language));
    sheets.push_back(errors_sheet(book, language));
    split_long_sheets(sheets);
    return sheets;
}

void split_long_sheets(std::vector<ResultSheet>& sheets, std::size_t rows_per_sheet)
{
    const std::size_t per_sheet = std::max<std::size_t>(1, std::min(rows_per_sheet, kSheetRowLimit - 1));
    std::vector<ResultSheet> out;
    for (ResultSheet& sheet : sheets)
    {
        std::vector<ResultSheet> parts;
        for (std::size_t first = per_sheet; first < sheet.rows.size(); first += per_sheet)
        {
            const std::size_t end = std::min(first + per_sheet, sheet.rows.size());
            ResultSheet& part = parts.emplace_back(
                ResultSheet{sheet.kind, list_part_name(sheet.name, parts.size() + 2), sheet.columns, {}, {}});
            part.rows.assign(std::make_move_iterator(sheet.rows.begin() + static_cast<std::ptrdiff_t>(first)),
                             std::make_move_iterator(sheet.rows.begin() + static_cast<std::ptrdiff_t>(end)));
            for (const CellFormat& format : sheet.cell_formats)
                if (format.row >= first && format.row < end)
                    part.cell_formats.push_back({format.row - first, format.column, format.format});
        }
        if (!parts.empty())
        {
            sheet.rows.resize(per_sheet);
            std::erase_if(sheet.cell_formats, [per_sheet](const CellFormat& format) { return format.row >= per_sheet; });
        }
        out.push_back(std::move(sheet));
        for (ResultSheet& part : parts)
            out.push_back(std::move(part));
    }
    sheets = std::move(out);
}

} // namespace sangkien::core
