#include "sangkien/core/user_options.hxx"

#include "sangkien/core/criteria_settings.hxx"

#include <filesystem>

#include <algorithm>
#include <sstream>

#include "sangkien/core/text.hxx"

namespace sangkien::core {

Criteria criteria_from_options(const UserOptions& options, Language language, std::vector<std::string>* problems)
{
    Criteria criteria;
    for (const CriterionSetting& setting : criterion_settings())
    {
        if (!setting.option)
            continue;
        const std::string& value = options.*setting.option;
        if (collapse_spaces(value).empty())
            continue; // the plan's
        if (!read_criterion(setting.key, value, criteria) && problems)
            problems->push_back(criterion_problem(setting.key, value, language));
    }
    if (criteria.period_end < criteria.period_start)
    {
        // A period that ends before it starts is no period: the plan's, and said.
        if (problems)
            problems->push_back(format(language, "form.period_reversed", {options.period_start, options.period_end}));
        const Criteria plan;
        criteria.period_start = plan.period_start;
        criteria.period_end = plan.period_end;
    }
    criteria.grounds_and = options.grounds_and;
    return criteria;
}

std::vector<std::string> output_formats(const std::string& text, std::vector<std::string>* unknown)
{
    std::vector<std::string> formats;
    std::string normalised = text;
    std::replace(normalised.begin(), normalised.end(), ';', ',');
    std::replace(normalised.begin(), normalised.end(), ' ', ',');
    std::istringstream parts(normalised);
    for (std::string part; std::getline(parts, part, ',');)
    {
        std::transform(part.begin(), part.end(), part.begin(), [](unsigned char c) { return std::tolower(c); });
        if (!part.empty() && part.front() == '.')
            part.erase(0, 1);
        if (part.empty())
            continue;
        if (part == "odt" || part == "pdf" || part == "docx")
        {
            if (std::find(formats.begin(), formats.end(), part) == formats.end())
                formats.push_back(part);
        }
        else if (unknown)
            unknown->push_back(part);
    }
    return formats;
}

void note_options_problems(Workbook& book, const UserOptions& options, Language language)
{
    for (const std::string& problem : options_problems(options, language))
        book.issues.push_back(Issue{std::string(text(language, "options.settings_place")), 0, "", "", "options.unreadable", {problem}, true});
}

std::vector<std::string> unreadable_option_labels(const UserOptions& options, Language language)
{
    std::vector<std::string> labels;
    const Criteria plan;
    Criteria read;
    const auto typed = [](const std::string& value) { return !collapse_spaces(value).empty(); };
    std::vector<CriterionKey> unreadable;
    for (const CriterionSetting& setting : criterion_settings())
        if (setting.option && typed(options.*setting.option) && !read_criterion(setting.key, options.*setting.option, read))
            unreadable.push_back(setting.key);
    // A period that ends before it starts names the ends the clerk typed.
    Criteria period = plan;
    read_criterion(CriterionKey::period_start, options.period_start, period);
    read_criterion(CriterionKey::period_end, options.period_end, period);
    const bool reversed = period.period_end < period.period_start;
    for (const CriterionSetting& setting : criterion_settings())
    {
        if (!setting.option)
            continue;
        const bool period_end = setting.key == CriterionKey::period_start || setting.key == CriterionKey::period_end;
        if (std::find(unreadable.begin(), unreadable.end(), setting.key) != unreadable.end()
            || (reversed && period_end && typed(options.*setting.option)))
            labels.emplace_back(text(language, setting.label_key));
    }
    UserOptions formats_only;
    formats_only.formats = options.formats;
    if (!options_problems(formats_only, language).empty())
        labels.emplace_back(text(language, "options.formats"));
    return labels;
}

std::vector<std::string> options_problems(const UserOptions& options, Language language)
{
    std::vector<std::string> problems;
    criteria_from_options(options, language, &problems);
    std::vector<std::string> unknown;
    if (output_formats(options.formats, &unknown).empty() || !unknown.empty())
        problems.push_back(format(language, "options.bad_formats", {options.formats}));
    return problems;
}

FolderState folder_state(const std::string& path)
{
    namespace fs = std::filesystem;
    const fs::path folder(path);
    if (path.empty() || !folder.is_absolute())
        return FolderState::invalid;
    std::error_code error;
    if (fs::is_directory(folder, error))
        return FolderState::exists;
    for (fs::path at = folder; !at.empty() && at != at.parent_path(); at = at.parent_path())
        if (fs::exists(at, error))
            return fs::is_directory(at, error) && at != folder ? FolderState::can_create : FolderState::invalid;
    return FolderState::can_create; // up to the root nothing exists yet: the root itself does
}

std::string create_folder_question(const std::string& path, Language language)
{
    return format(language, "folder.create_question", {path});
}

} // namespace sangkien::core
