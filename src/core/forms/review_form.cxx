#include "core/forms/review_form.hxx"

#include "core/rules/criteria_settings.hxx"

#include <algorithm>
#include <set>
#include <sstream>

#include "core/text/format.hxx"
#include "core/text/text.hxx"

namespace sangkien::core {

namespace {

std::string field_label(Field field, Language language)
{
    return std::string(text(language, "field." + std::string(field_id(field))));
}

const Sheet* sheet_named(const WorkbookSource& source, const std::string& name)
{
    for (const auto& sheet : source.sheets)
        if (sheet.head.name == name)
            return &sheet.head;
    return nullptr;
}

} // namespace

std::size_t choice_index(const std::optional<std::size_t>& column)
{
    return column ? *column + 1 : 0;
}

std::optional<std::size_t> column_of_choice(std::size_t index)
{
    return index == 0 ? std::nullopt : std::optional<std::size_t>(index - 1);
}

namespace {

// The columns of the list's sheet as choices ("A: STT"…) and each field's column, detected or
// remembered.
void fill_columns(ReviewForm& form, const WorkbookSource& source, const Workbook& applied, const MappingOverrides& remembered,
                  Language language)
{
    form.columns.assign(1, std::string(text(language, "form.no_column")));
    form.fields.clear();
    const auto mapping = applied.mappings.find(SheetKind::initiatives);
    if (const Sheet* sheet = sheet_named(source, form.initiative_sheet)) // its first rows: the columns
    {
        std::size_t width = 0;
        for (const auto& row : sheet->rows)
            width = std::max(width, row.size());
        // Without a recognised heading row, the first row that has texts names the columns.
        std::vector<std::string> headings;
        if (mapping != applied.mappings.end())
            headings = mapping->second.headings;
        else
            for (const auto& row : sheet->rows)
                if (std::count_if(row.begin(), row.end(), [](const Cell& c) { return std::holds_alternative<std::string>(c); }) >= 2)
                {
                    for (const Cell& cell : row)
                        headings.push_back(cell_text(cell));
                    break;
                }
        for (std::size_t c = 0; c < width; ++c)
        {
            const std::string heading = c < headings.size() ? collapse_spaces(headings[c]) : std::string();
            form.columns.push_back(column_letter(c) + (heading.empty() ? "" : ": " + heading));
        }
    }
    const auto remembered_fields = remembered.find(SheetKind::initiatives);
    for (const Field field : fields_of(SheetKind::initiatives))
    {
        FieldChoice choice{field, field_label(field, language), std::nullopt, false};
        if (mapping != applied.mappings.end())
            if (const auto it = mapping->second.columns.find(field); it != mapping->second.columns.end())
                choice.column = it->second;
        choice.remembered = remembered_fields != remembered.end() && remembered_fields->second.count(field);
        form.fields.push_back(std::move(choice));
    }
}

} // namespace

void choose_initiative_sheet(ReviewForm& form, const WorkbookInput& input, const std::string& sheet, Language language)
{
    choose_initiative_sheet(form, source_of(input), sheet, language);
}

namespace {

// What the reader says of the list's columns before any row is read (see ReviewForm::reading_notes).
void set_reading_notes(ReviewForm& form, const Workbook& applied, Language language)
{
    static const std::set<std::string_view> keys{"criterion.column_missing", "criterion.column_ambiguous",
                                                 "column.ambiguous", "column.unclear", "column.weaker",
                                                 "column.unit_from_heading", "column.unit_from_line"};
    form.reading_notes.clear();
    std::string criteria, units;
    for (const Issue& issue : applied.issues)
    {
        if (!keys.count(issue.key))
            continue;
        form.reading_notes.push_back(issue_message(issue, language));
        if (issue.key.rfind("criterion.", 0) == 0 && !issue.arguments.empty())
            criteria += (criteria.empty() ? "" : ", ") + to_lower(text(language, "field." + issue.arguments[0]));
        else if (issue.key.rfind("column.unit_", 0) == 0)
            units += (units.empty() ? "" : " ") + form.reading_notes.back();
    }
    form.criteria_unjudged = !criteria.empty();
    form.reading_summary = criteria.empty() ? units : format(language, "summary.unread_criteria", {criteria}) + (units.empty() ? "" : " " + units);
}

} // namespace

namespace {

// The list's other sheets, ticked unless the user left them out.
void set_further_sheets(ReviewForm& form, const Workbook& applied, const std::set<std::string>& left_out)
{
    form.further_sheets.clear();
    for (const std::string& name : applied.further_list_sheets)
        form.further_sheets.emplace_back(name, !left_out.count(name));
}

} // namespace

void choose_initiative_sheet(ReviewForm& form, const WorkbookSource& source, const std::string& sheet, Language language)
{
    form.initiative_sheet = sheet;
    SheetChoices choice{{SheetKind::initiatives, sheet}};
    for (const auto& [name, read] : form.further_sheets)
        if (!read)
            choice.left_out.insert(name);
    const Workbook applied = read_workbook_layout(source, {}, choice);
    fill_columns(form, source, applied, {}, language);
    set_further_sheets(form, applied, choice.left_out);
    set_reading_notes(form, applied, language);
    if (!form.sheets.empty())
        form.sheets.front().second = sheet;
}

ReviewForm make_review_form(const WorkbookInput& input, const MappingOverrides& remembered, const Criteria& defaults,
                            Language language, const SheetChoices& sheets)
{
    return make_review_form(source_of(input), remembered, defaults, language, sheets);
}

ReviewForm make_review_form(const WorkbookSource& source, const MappingOverrides& remembered, const Criteria& defaults,
                            Language language, const SheetChoices& sheets)
{
    ReviewForm form;
    const Workbook applied = read_workbook_layout(source, remembered, sheets);
    for (const SheetSource& sheet : source.sheets)
        form.sheet_names.push_back(sheet.head.name);
    for (const SheetKind kind :
         {SheetKind::initiatives, SheetKind::unions, SheetKind::people, SheetKind::settings, SheetKind::comments})
    {
        const auto found = applied.sheet_names.find(kind);
        form.sheets.emplace_back(std::string(text(language, "form.sheet." + std::string(sheet_kind_id(kind)))),
                                 found == applied.sheet_names.end() ? std::string("—") : found->second);
    }
    if (const auto found = applied.sheet_names.find(SheetKind::initiatives); found != applied.sheet_names.end())
        form.initiative_sheet = found->second;
    fill_columns(form, source, applied, remembered, language);
    set_reading_notes(form, applied, language);
    set_further_sheets(form, applied, sheets.left_out);

    const Criteria criteria = resolve_criteria(applied, defaults).criteria;
    for (const CriterionSetting& setting : criterion_settings())
        if (!setting.control_name.empty())
            form.criteria[setting.key] = criterion_text(setting.key, criteria);
    // The plan's values for every criterion of the table (as written, so each compares its own way).
    const Criteria plan;
    const auto& table = criterion_settings();
    const bool plan_values = std::all_of(table.begin(), table.end(), [&](const CriterionSetting& setting) {
        return criterion_text(setting.key, defaults) == criterion_text(setting.key, plan);
    });
    form.criteria_source = std::string(text(language, !applied.settings.empty() ? "form.source.settings"
                                                      : plan_values            ? "form.source.defaults"
                                                                               : "form.source.options"));
    return form;
}

FormOutcome read_review_form(const ReviewForm& form, const WorkbookInput& input, const Criteria& defaults,
                             Language language)
{
    return read_review_form(form, source_of(input), defaults, language);
}

FormOutcome read_review_form(const ReviewForm& form, const WorkbookSource& source, const Criteria& defaults,
                             Language language)
{
    FormOutcome outcome;
    if (form.initiative_sheet.empty())
    {
        outcome.problems.push_back(std::string(text(language, "form.no_sheet")));
        return outcome;
    }
    // The sheet is remembered only when it is not the one found anyway.
    if (read_workbook_layout(source).sheet_names[SheetKind::initiatives] != form.initiative_sheet)
        outcome.sheets[SheetKind::initiatives] = form.initiative_sheet;
    for (const auto& [name, read] : form.further_sheets)
        if (!read)
            outcome.sheets.left_out.insert(name);
    // Only what differs from the detection is an override: a later change of the sheet's headings
    // is still detected for the other fields.
    const Workbook detected = read_workbook_layout(source, {}, outcome.sheets);
    const auto mapping = detected.mappings.find(SheetKind::initiatives);
    for (const FieldChoice& choice : form.fields)
        if (choice.field == Field::title && !choice.column)
            outcome.problems.push_back(std::string(text(language, "form.no_title")));
    for (const FieldChoice& choice : form.fields)
    {
        std::optional<std::size_t> was;
        if (mapping != detected.mappings.end())
            if (const auto it = mapping->second.columns.find(choice.field); it != mapping->second.columns.end())
                was = it->second;
        if (choice.column != was)
            outcome.overrides[SheetKind::initiatives][choice.field] = choice.column.value_or(kNoColumn);
    }

    // Column corrections touch the initiative list only: the Thông tin sheet reads the same.
    outcome.criteria = resolve_criteria(detected, defaults).criteria;
    for (const CriterionSetting& setting : criterion_settings())
        if (!setting.control_name.empty() && !read_criterion(setting.key, form.criteria[setting.key], outcome.criteria))
            outcome.problems.push_back(criterion_problem(setting.key, form.criteria[setting.key], language));
    if (outcome.criteria.period_end < outcome.criteria.period_start)
        outcome.problems.push_back(format(language, "form.period_reversed", {form.criteria[CriterionKey::period_start],
                                                                             form.criteria[CriterionKey::period_end]}));
    return outcome;
}

std::string overrides_to_text(const MappingOverrides& overrides)
{
    std::string text;
    for (const auto& [kind, fields] : overrides)
    {
        if (fields.empty())
            continue;
        text += (text.empty() ? "" : ";") + std::string(sheet_kind_id(kind)) + ":";
        bool first = true;
        for (const auto& [field, column] : fields)
        {
            text += (first ? "" : ",") + std::string(field_id(field)) + "="
                    + (column == kNoColumn ? std::string("-") : std::to_string(column));
            first = false;
        }
    }
    return text;
}

MappingOverrides overrides_from_text(std::string_view text)
{
    MappingOverrides overrides;
    std::istringstream kinds{std::string(text)};
    for (std::string part; std::getline(kinds, part, ';');)
    {
        const auto colon = part.find(':');
        if (colon == std::string::npos)
            continue;
        const auto kind = sheet_kind_from_id(part.substr(0, colon));
        if (!kind)
            continue;
        std::istringstream fields(part.substr(colon + 1));
        for (std::string entry; std::getline(fields, entry, ',');)
        {
            const auto equals = entry.find('=');
            if (equals == std::string::npos)
                continue;
            const auto field = field_from_id(entry.substr(0, equals));
            const std::string value = entry.substr(equals + 1);
            if (!field)
                continue;
            if (value == "-")
                overrides[*kind][*field] = kNoColumn;
            else if (!value.empty() && value.size() < 6 && value.find_first_not_of("0123456789") == std::string::npos)
                overrides[*kind][*field] = static_cast<std::size_t>(std::stoul(value));
        }
    }
    return overrides;
}

std::string sheet_choices_to_text(const SheetChoices& sheets)
{
    std::string text;
    for (const auto& [kind, name] : sheets)
        if (!name.empty() && name.find_first_of("\t\n") == std::string::npos)
            text += std::string(sheet_kind_id(kind)) + "\t" + name + "\n";
    for (const std::string& name : sheets.left_out)
        if (!name.empty() && name.find_first_of("\t\n") == std::string::npos)
            text += "left_out\t" + name + "\n";
    return text;
}

SheetChoices sheet_choices_from_text(std::string_view text)
{
    SheetChoices sheets;
    std::istringstream lines{std::string(text)};
    for (std::string line; std::getline(lines, line);)
    {
        const auto tab = line.find('\t');
        if (tab == std::string::npos || tab + 1 >= line.size())
            continue;
        if (line.compare(0, tab, "left_out") == 0)
            sheets.left_out.insert(line.substr(tab + 1));
        else if (const auto kind = sheet_kind_from_id(line.substr(0, tab)))
            sheets[*kind] = line.substr(tab + 1);
    }
    return sheets;
}

} // namespace sangkien::core
