#include "sangkien/core/user_options.hxx"

#include <filesystem>

#include <algorithm>
#include <sstream>

#include "sangkien/core/text.hxx"

namespace sangkien::core {

Criteria criteria_from_options(const UserOptions& options, Language language, std::vector<std::string>* problems)
{
    Criteria criteria;
    const auto read_date = [&](const std::string& value, const char* label_key, Date& target) {
        if (collapse_spaces(value).empty())
            return;
        const DateValue date = parse_date(value);
        if (date.kind == DateKind::date)
            target = date.date;
        else if (problems)
            problems->push_back(format(language, "form.bad_date", {text(language, label_key), value}));
    };
    read_date(options.period_start, "review.period_start", criteria.period_start);
    read_date(options.period_end, "review.period_end", criteria.period_end);
    read_date(options.cutoff, "review.cutoff", criteria.cutoff);
    if (criteria.period_end < criteria.period_start)
    {
        // A period that ends before it starts is no period: the plan's, and said.
        if (problems)
            problems->push_back(format(language, "form.period_reversed", {options.period_start, options.period_end}));
        const Criteria plan;
        criteria.period_start = plan.period_start;
        criteria.period_end = plan.period_end;
    }
    if (!collapse_spaces(options.threshold).empty())
    {
        const Money threshold = parse_money(options.threshold);
        if (threshold.kind == MoneyKind::vnd && threshold.dong > 0)
            criteria.threshold = threshold.dong;
        else if (problems)
            problems->push_back(format(language, "form.bad_threshold", {options.threshold}));
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
    const auto unreadable_date = [](const std::string& value) {
        return !collapse_spaces(value).empty() && parse_date(value).kind != DateKind::date;
    };
    const auto add = [&](const char* key) { labels.emplace_back(text(language, key)); };
    // A period that ends before it starts names the ends the clerk typed.
    const Criteria plan;
    const auto date_or = [](const std::string& value, Date fallback) {
        const DateValue date = parse_date(value);
        return date.kind == DateKind::date ? date.date : fallback;
    };
    const bool reversed = date_or(options.period_end, plan.period_end) < date_or(options.period_start, plan.period_start);
    const auto typed = [](const std::string& value) { return !collapse_spaces(value).empty(); };
    if (unreadable_date(options.period_start) || (reversed && typed(options.period_start)))
        add("options.period_start");
    if (unreadable_date(options.period_end) || (reversed && typed(options.period_end)))
        add("options.period_end");
    if (unreadable_date(options.cutoff))
        add("options.cutoff");
    UserOptions threshold_only;
    threshold_only.threshold = options.threshold;
    if (!options_problems(threshold_only, language).empty())
        add("options.threshold");
    UserOptions formats_only;
    formats_only.formats = options.formats;
    if (!options_problems(formats_only, language).empty())
        add("options.formats");
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
