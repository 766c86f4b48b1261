#include "core/forms/user_options.hxx"

#include "core/rules/criteria_settings.hxx"

#include <filesystem>

#include <algorithm>
#include <sstream>

#include "core/text/text.hxx"

namespace sangkien::core {

namespace {

// The settings of the table the page holds: those with a control.
bool on_page(const CriterionSetting& setting)
{
    return !setting.setting_name.empty();
}

// "Thời gian công nhận từ 1/9/2025 đến 31/8/2023: …" with the dates the settings give (the plan's
// where a text is empty or unreadable).
std::string period_problem(const UserOptions& options, Language language)
{
    Criteria period;
    read_criterion(CriterionKey::period_start, options.criteria[CriterionKey::period_start], period);
    read_criterion(CriterionKey::period_end, options.criteria[CriterionKey::period_end], period);
    return format(language, "form.period_reversed",
                  {criterion_text(CriterionKey::period_start, period), criterion_text(CriterionKey::period_end, period)});
}

// The settings' criteria over the plan's, with the source of each (the settings' where a text is
// readable).
ResolvedCriteria options_criteria(const UserOptions& options, Language language, std::vector<std::string>* problems)
{
    ResolvedCriteria resolved;
    Criteria& criteria = resolved.criteria;
    for (const CriterionSetting& setting : criterion_settings())
    {
        if (!on_page(setting))
            continue;
        const std::string& value = options.criteria[setting.key];
        if (collapse_spaces(value).empty())
            continue; // the plan's
        if (read_criterion(setting.key, value, criteria))
            resolved.sources[setting.key] = CriterionSource::settings;
        else if (problems)
            problems->push_back(criterion_problem(setting.key, value, language));
    }
    if (criteria.period_end < criteria.period_start)
    {
        // A period that ends before it starts is no period: the plan's, and said.
        if (problems)
            problems->push_back(period_problem(options, language));
        const Criteria plan;
        criteria.period_start = plan.period_start;
        criteria.period_end = plan.period_end;
        for (const CriterionKey key : {CriterionKey::period_start, CriterionKey::period_end})
            resolved.sources[key] = CriterionSource::plan;
    }
    return resolved;
}

// The settings kept as the clerk typed them but unreadable, as issues of the workbook judged with
// them (Lỗi dữ liệu, the summary): only where the plan's value really stands in — a criterion
// Thông tin gives readably is not the settings' to say.
std::vector<Issue> options_issues(const Workbook& book, const UserOptions& options, Language language)
{
    std::vector<Issue> issues;
    const std::string place(text(language, "options.settings_place"));
    const auto given_by_sheet = [&book](const CriterionSetting& setting) {
        Criteria probe;
        for (const auto label : setting.sheet_labels)
            if (const auto it = book.settings.find(std::string(label)); it != book.settings.end() && !it->second.empty())
                return read_criterion(setting.key, it->second, probe);
        return false;
    };
    Criteria read;
    bool period_from_settings = true;
    for (const CriterionSetting& setting : criterion_settings())
    {
        if (!on_page(setting))
            continue;
        const bool given = given_by_sheet(setting);
        if (setting.key == CriterionKey::period_start || setting.key == CriterionKey::period_end)
            period_from_settings = period_from_settings && !given;
        const std::string& value = options.criteria[setting.key];
        if (!given && !collapse_spaces(value).empty() && !read_criterion(setting.key, value, read))
            issues.push_back(Issue{place, 0, "", value, "options.unreadable",
                                   {criterion_problem(setting.key, value, language), std::string(setting.label_key)}, true});
    }
    std::vector<std::string> problems;
    options_criteria(options, language, &problems);
    for (const std::string& problem : problems)
        if (period_from_settings && problem == period_problem(options, language))
            issues.push_back(Issue{place, 0, "", "", "options.unreadable", {problem}, true});
    std::vector<std::string> unknown;
    if (output_formats(options.formats, &unknown).empty() || !unknown.empty()) // the documents', not the figures'
        issues.push_back(Issue{place, 0, "", options.formats, "options.unreadable_note",
                               {format(language, "options.bad_formats", {options.formats})}, false});
    return issues;
}

} // namespace

Criteria criteria_from_options(const UserOptions& options, Language language, std::vector<std::string>* problems)
{
    return options_criteria(options, language, problems).criteria;
}

ResolvedCriteria resolve_criteria(const Workbook& book, const UserOptions& options, Language language)
{
    std::vector<Issue> issues = options_issues(book, options, language);
    ResolvedCriteria resolved = resolve_criteria(book, options_criteria(options, language, nullptr), true);
    issues.insert(issues.end(), std::make_move_iterator(resolved.issues.begin()), std::make_move_iterator(resolved.issues.end()));
    resolved.issues = std::move(issues);
    return resolved;
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

std::vector<std::string> unreadable_option_labels(const UserOptions& options, Language language)
{
    std::vector<std::string> labels;
    const Criteria plan;
    Criteria read;
    const auto typed = [](const std::string& value) { return !collapse_spaces(value).empty(); };
    std::vector<CriterionKey> unreadable;
    for (const CriterionSetting& setting : criterion_settings())
        if (on_page(setting) && typed(options.criteria[setting.key]) && !read_criterion(setting.key, options.criteria[setting.key], read))
            unreadable.push_back(setting.key);
    // A period that ends before it starts names the ends the clerk typed.
    Criteria period = plan;
    read_criterion(CriterionKey::period_start, options.criteria[CriterionKey::period_start], period);
    read_criterion(CriterionKey::period_end, options.criteria[CriterionKey::period_end], period);
    const bool reversed = period.period_end < period.period_start;
    for (const CriterionSetting& setting : criterion_settings())
    {
        if (!on_page(setting))
            continue;
        const bool period_end = setting.key == CriterionKey::period_start || setting.key == CriterionKey::period_end;
        if (std::find(unreadable.begin(), unreadable.end(), setting.key) != unreadable.end()
            || (reversed && period_end && typed(options.criteria[setting.key])))
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

std::vector<FolderProblem> folder_problems(const UserOptions& options, Language language)
{
    std::vector<FolderProblem> problems;
    for (const auto& [folder, label_key] : {std::pair{&options.output_folder, "options.output_folder"},
                                            std::pair{&options.template_folder, "options.template_folder"}})
    {
        const std::string typed = collapse_spaces(*folder);
        if (typed.empty() || folder_state(typed) != FolderState::invalid)
            continue;
        const std::string label(text(language, label_key));
        problems.push_back({label, format(language, "options.bad_folder", {label, typed})});
    }
    return problems;
}

std::string create_folder_question(const std::string& path, Language language)
{
    return format(language, "folder.create_question", {path});
}

} // namespace sangkien::core
