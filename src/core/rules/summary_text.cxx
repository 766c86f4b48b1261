#include "core/rules/summary_text.hxx"

#include "core/rules/criteria_settings.hxx"

#include <algorithm>

#include "core/text/format.hxx"
#include "core/rules/result_sheets.hxx"

namespace sangkien::core {

std::string reading_caveats(const Workbook& book, const Review& review, Language language)
{
    std::string out;
    std::string criteria;
    for (const Issue& issue : book.issues)
    {
        if (issue.key == "criterion.column_missing" || issue.key == "criterion.column_ambiguous")
        {
            const std::string label = issue.arguments.empty() ? std::string() : std::string(text(language, "field." + issue.arguments[0]));
            if (criteria.find(label) == std::string::npos)
                criteria += (criteria.empty() ? "" : ", ") + label;
        }
        else if (issue.key == "column.unit_from_heading" || issue.key == "column.unit_from_line")
            out += issue_message(issue, language) + "\n";
        else if (replaces_a_setting(issue))
            out += format(language, "summary.setting_replaced", {issue_message(issue, language)}) + "\n";
    }
    if (!criteria.empty())
        out = format(language, "summary.unread_criteria", {criteria}) + "\n" + out;
    if (book.list_sheets.size() > 1)
    {
        std::string sheets;
        for (const auto& [name, count] : book.list_sheets)
            sheets += (sheets.empty() ? "" : ", ") + name + " (" + format_count(static_cast<std::int64_t>(count), language) + ")";
        out += format(language, "summary.list_sheets", {format_count(static_cast<std::int64_t>(book.list_sheets.size()), language), sheets})
               + "\n";
    }
    for (const auto& [name, why] : book.sheets_left_out)
        out += format(language, "summary.sheets_left_out", {name, std::string(text(language, why))}) + "\n";
    const auto unjudged = static_cast<std::size_t>(
        std::count_if(review.verdicts.begin(), review.verdicts.end(), [](const InitiativeVerdict& v) { return v.needs_check; }));
    if (!review.verdicts.empty() && unjudged * 2 > review.verdicts.size())
        out = format(language, "summary.mostly_unjudged",
                     {format_count(static_cast<std::int64_t>(unjudged), language),
                      format_count(static_cast<std::int64_t>(review.verdicts.size()), language)})
              + "\n" + out;
    return out;
}

std::string summary_text(const Workbook& book, const Review& review, const Summary& summary, Language language,
                         std::size_t issue_lines)
{
    const auto line = [language](std::string_view key, const std::vector<std::string>& arguments) {
        return format(language, key, arguments) + "\n";
    };
    const auto count = [language](auto n) { return format_count(static_cast<std::int64_t>(n), language); };
    std::string out;
    const auto sheet = [&book](SheetKind kind) {
        const auto it = book.sheet_names.find(kind);
        return it == book.sheet_names.end() ? std::string("—") : it->second;
    };
    // At a province the units are its districts and sector unions.
    const bool province = report_level_of(book) == ReportLevel::province;
    out += reading_caveats(book, review, language);
    out += line(province ? "summary.workbook.province" : "summary.workbook", {count(book.initiatives.size()), sheet(SheetKind::initiatives),
                                     count(book.unions.size()), count(book.people.size())});
    const double percent = summary.percent_of_quota;
    out += line("summary.counts",
                {body_date(review.criteria.cutoff), count(summary.total.updated), count(summary.total.valid),
                 count(summary.total.pending), count(summary.total.rejected)});
    if (summary.quota_total > 0)
        out += line("summary.quota",
                    {count(summary.quota_total), achievement_phrase(percent), format_percent(percent, language)});
    // The amount in words is what Vietnamese documents write; the English line gives the figure.
    out += line("summary.value", {format_money(summary.total.value, language),
                                  language == Language::vietnamese ? money_in_words(summary.total.value) : std::string()});
    if (!summary.foreign_values.empty())
        out += line("summary.foreign", {count(summary.foreign_values.size())});
    out += line(province ? "summary.units.province" : "summary.units", {count(summary.units_reaching_quota), count(summary.units_with_quota),
                                  count(summary.units_priority)});
    if (summary.units_needing_check > 0)
        out += line("summary.units_check", {count(summary.units_needing_check)});
    if (!review.units_not_in_list.empty())
        out += line("summary.units_not_in_list", {count(review.units_not_in_list.size())});
    out += line("summary.individuals",
                {count(summary.qualifying_initiatives), format_money(review.criteria.threshold, language),
                 count(summary.qualifying_people)});
    if (!summary.by_domain.empty())
    {
        std::string domains;
        for (std::size_t i = 0; i < std::min<std::size_t>(summary.by_domain.size(), 5); ++i)
        {
            const Group& group = summary.by_domain[i];
            domains += (i ? "; " : "") + (group.name.empty() ? std::string(text(language, "summary.unclassified")) : group.name)
                       + ": " + count(group.tally.valid);
        }
        out += line("summary.domains", {domains});
    }
    if (summary.total.uncertain > 0)
        out += line("summary.uncertain", {count(summary.total.uncertain)});
    if (book.duplicates > 0)
        out += line("summary.duplicates", {count(book.duplicates)});
    if (const std::string structure = structure_rows_text(book, "summary.structure", language); !structure.empty())
        out += structure + "\n";
    std::size_t errors = 0;
    for (const Issue& issue : book.issues)
        errors += issue.is_error;
    out += line("summary.issues", {count(errors), count(book.issues.size() - errors)});
    std::size_t listed = 0;
    for (const Issue& issue : book.issues)
    {
        if (!issue.is_error || listed++ >= issue_lines)
            continue;
        // As far as the problem is placed: a cell, a row, a sheet (or a file).
        const std::string message = issue_message(issue, language);
        out += "  - "
               + (issue.row == 0          ? (issue.sheet.empty() ? message : line("summary.issue_line.place", {issue.sheet, message}))
                  : issue.column.empty() ? line("summary.issue_line.row", {issue.sheet, std::to_string(issue.row), message})
                                         : line("summary.issue_line", {issue.sheet, std::to_string(issue.row), issue.column, message}));
    }
    return out;
}

} // namespace sangkien::core
