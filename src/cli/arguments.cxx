#include <stdexcept>

#include <unistd.h>

#include "cli.hxx"

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
        else if (options.command.empty() && (argument == "doctor" || argument == "sample" || argument == "check"
                                           || argument == "review" || argument == "report" || argument == "dossier"
                                           || argument == "merge"))
            options.command = argument;
        else if ((options.command == "check" || options.command == "review" || options.command == "report"
                  || options.command == "dossier" || options.command == "merge")
                 && !argument.empty() && argument[0] != '-')
            options.inputs.emplace_back(argument);
        else if (argument.size() > 1 && argument[0] == '-' && argument.find('.') != std::string::npos)
            // "-ten.ods": a file whose name starts with a dash.
            throw std::invalid_argument(core::format(language, "cli.error.dash_file", {argument}));
        else
            throw std::invalid_argument(core::format(language, "cli.error.unknown_command", {argument}));
    }
    if (options.command.empty())
        options.command = "help";
    return options;
}

std::filesystem::path executable_dir()
{
    std::error_code error;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::filesystem::current_path() : self.parent_path();
}

} // namespace sangkien::cli
