#include <stdexcept>

#include <unistd.h>

#include "cli.hxx"

#include <algorithm>

namespace sangkien::cli {

namespace {

std::size_t parse_count(const std::string& text, core::Language language)
{
    std::size_t value = 0;
    for (const char c : text)
    {
        if (c < '0' || c > '9' || value > 1'000'000'000'000ULL)
            throw std::invalid_argument(core::format(language, "cli.error.bad_number", {text}));
        value = value * 10 + static_cast<std::size_t>(c - '0');
    }
    if (text.empty())
        throw std::invalid_argument(core::format(language, "cli.error.bad_number", {text}));
    return value;
}

} // namespace

Options parse_arguments(const std::vector<std::string>& arguments, core::Language language)
{
    Options options;
    for (std::size_t i = 0; i < arguments.size(); ++i)
    {
        const std::string& argument = arguments[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= arguments.size())
                throw std::invalid_argument(core::format(language, "cli.error.missing_value", {argument}));
            return arguments[++i];
        };
        if (argument == "--version" || argument == "-V")
            options.command = "version";
        else if (argument == "--help" || argument == "-h" || argument == "help")
            options.command = "help";
        else if (argument == "--office")
            options.office = value();
        else if (argument == "--oxt")
            options.oxt = value();
        else if (argument == "--keep-profile")
            options.keep_profile = true;
        else if (argument == "-n" || argument == "--rows")
            options.rows = parse_count(value(), language);
        else if (argument == "-o" || argument == "--output")
            options.output = value();
        else if (argument == "--seed")
            options.seed = parse_count(value(), language);
        else if (argument == "--clean")
            options.clean = true;
        else if (argument == "--format" || argument == "--formats")
            options.formats = value();
        else if (argument == "--ghi-de" || argument == "--overwrite")
            options.overwrite = true;
        else if (argument == "--thong-tin" || argument == "--settings-from")
            options.settings_from = value();
        else if (argument == "--so-voi" || argument == "--compare-with")
            options.compare_with = value();
        else if (argument == "--cong-van" || argument == "--letter")
            options.letter = true;
        else if (options.command.empty() && verb_named(argument))
            options.command = argument;
        else if (const Verb* verb = verb_named(options.command); verb && verb->takes_workbooks && !argument.empty() && argument[0] != '-')
            options.inputs.emplace_back(argument);
        else if (argument.size() > 1 && argument[0] == '-' && argument.find('.') != std::string::npos)
            // "-ten.ods": a file whose name starts with a dash.
            throw std::invalid_argument(core::format(language, "cli.error.dash_file", {argument}));
        else
            throw std::invalid_argument(core::format(language, "cli.error.unknown_command", {argument}));
    }
    if (options.command.empty())
        options.command = "help";
    if (options.compare_with && options.command != "review")
        throw std::invalid_argument(core::format(language, "cli.error.compare_only_review", {}));
    if (options.letter && options.command != "feedback")
        throw std::invalid_argument(core::format(language, "cli.error.letter_only_feedback", {}));
    return options;
}

const std::vector<Verb>& verbs()
{
    static const std::vector<Verb> table{
        {"doctor", run_doctor, false}, {"sample", run_sample, false}, {"check", run_check, true},
        {"review", run_review, true},  {"report", run_report, true},  {"dossier", run_dossier, true},
        {"merge", run_merge, true},    {"feedback", run_feedback, true},
    };
    return table;
}

const Verb* verb_named(std::string_view name)
{
    for (const Verb& verb : verbs())
        if (verb.name == name)
            return &verb;
    return nullptr;
}

std::string usage_text(core::Language language)
{
    std::string text(core::text(language, "cli.usage.head"));
    std::size_t widest = 0;
    for (const Verb& verb : verbs())
    {
        const std::string name(verb.name);
        text += "\n  sangkien " + name + " " + std::string(core::text(language, "cli.verb." + name + ".usage"));
        widest = std::max(widest, name.size());
    }
    text += "\n\n" + std::string(core::text(language, "cli.usage.commands"));
    for (const Verb& verb : verbs())
    {
        const std::string name(verb.name);
        text += "\n  " + name + std::string(widest + 2 - name.size(), ' ') + std::string(core::text(language, "cli.verb." + name + ".summary"));
    }
    return text + "\n\n" + std::string(core::text(language, "cli.usage.tail"));
}

std::filesystem::path executable_dir()
{
    std::error_code error;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::filesystem::current_path() : self.parent_path();
}

} // namespace sangkien::cli
