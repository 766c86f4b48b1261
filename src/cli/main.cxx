#include <cstdlib>
#include <iostream>
#include <stdexcept>

#include "cli.hxx"
#include "sangkien/version.hxx"

using namespace sangkien;

namespace {

core::Language user_language()
{
    for (const char* variable : {"SANGKIEN_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* value = std::getenv(variable); value && *value)
            return core::language_from_tag(value, core::Language::vietnamese);
    return core::Language::vietnamese;
}

} // namespace

int main(int argc, char** argv)
{
    const core::Language language = user_language();
    try
    {
        const cli::Options options = cli::parse_arguments(std::vector<std::string>(argv + 1, argv + argc), language);
        if (options.command == "version")
        {
            std::cout << core::format(language, "cli.version", {kVersion}) << "\n";
            return 0;
        }
        if (options.command == "help")
        {
            std::cout << core::text(language, "cli.usage") << "\n";
            return 0;
        }
        if (options.command == "sample")
            return cli::run_sample(options, language);
        if (options.command == "review")
            return cli::run_review(options, language);
        if (options.command == "report")
            return cli::run_report(options, language);
        if (options.command == "dossier")
            return cli::run_dossier(options, language);
        if (options.command == "merge")
            return cli::run_merge(options, language);
        if (options.command == "check")
            return cli::run_check(options, language);
        return cli::run_doctor(options, language);
    }
    catch (const std::invalid_argument& e)
    {
        std::cerr << e.what() << "\n";
        return 2;
    }
    catch (const std::exception& e)
    {
        std::cerr << core::format(language, "cli.error", {e.what()}) << "\n";
        return 1;
    }
}
