#include <csignal>
#include <cstdlib>
#include <iostream>
#include <stdexcept>

#include "cli.hxx"
#include "sangkien/launcher/run_folder.hxx"
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

// What was written on standard output must have reached it: "sangkien check > /dev/full" or a
// closed pipe is a failure, said on standard error.
int with_output_written(int status, core::Language language)
{
    std::cout.flush();
    if (std::cout.fail())
    {
        std::cerr << core::format(language, "cli.error.stdout", {}) << "\n";
        return status == 0 ? 1 : status;
    }
    return status;
}

std::string signal_name(int signal)
{
    switch (signal)
    {
    case SIGINT: return "Ctrl+C";
    case SIGTERM: return "SIGTERM";
    case SIGHUP: return "SIGHUP";
    default: return std::to_string(signal);
    }
}

int run(int argc, char** argv, core::Language language)
{
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
            std::cout << cli::usage_text(language) << "\n";
            return 0;
        }
        return cli::verb_named(options.command)->run(options, language);
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

} // namespace

int main(int argc, char** argv)
{
    const core::Language language = user_language();
    // Ctrl+C, SIGTERM, SIGHUP: the office ends and the private folders go, however far the run is.
    launcher::handle_interruptions([language](int signal) {
        std::cerr << "\n" << core::format(language, "cli.interrupted", {signal_name(signal)}) << std::endl;
    });
    const int status = run(argc, argv, language);
    if (launcher::interrupted())
        launcher::wait_for_interruption(); // the process ends by the signal
    return with_output_written(status, language);
}
