// `sangkien check WORKBOOK`: opens the workbook read-only in a private headless office with the
// extension installed, runs the extension's own vn.sangkien:Check command, prints its summary.
#include <iostream>
#include <stdexcept>

#include <com/sun/star/uno/Exception.hpp>

#include "cli.hxx"
#include "sangkien/launcher/office_calls.hxx"
#include "sangkien/launcher/office_session.hxx"
#include "sangkien/version.hxx"

namespace sangkien::cli {

int run_check(const Options& options, core::Language language)
{
    if (options.inputs.size() != 1)
        throw std::invalid_argument(core::text(language, "cli.usage").data());
    const std::filesystem::path workbook = options.inputs.front();
    if (!std::filesystem::is_regular_file(workbook))
    {
        std::cerr << core::format(language, "cli.error.no_workbook", {workbook.string()}) << std::endl;
        return 1;
    }
    try
    {
        const auto program_dir = launcher::find_office_program_dir(options.office);
        const launcher::UnoRuntime runtime(program_dir);
        launcher::OfficeOptions office_options;
        office_options.program_dir = program_dir;
        office_options.ui_language = language == core::Language::vietnamese ? "vi" : "en-US";
        launcher::OfficeSession office(runtime, office_options);
        office.install_extension(options.oxt.value_or(executable_dir() / "sangkien.oxt"));
        std::cerr << core::format(language, "cli.check.loading", {workbook.string()}) << std::endl;
        std::optional<launcher::Document> document;
        try
        {
            document.emplace(office.context(), launcher::file_url(std::filesystem::absolute(workbook)), true, true);
        }
        catch (const com::sun::star::uno::Exception&)
        {
            std::cerr << core::format(language, "cli.error.open", {workbook.string()}) << std::endl;
            return 1;
        }
        const auto outcome = launcher::dispatch_command(*document, std::string(kProtocol) + "Check");
        if (!outcome.succeeded)
        {
            std::cerr << core::format(language, "cli.error", {outcome.result}) << std::endl;
            return 1;
        }
        std::cout << outcome.result;
        return 0;
    }
    catch (const launcher::OfficeError& e)
    {
        std::cerr << core::format(language, "cli.error", {e.what()}) << std::endl;
    }
    catch (const com::sun::star::uno::Exception& e)
    {
        std::cerr << core::format(language, "cli.error", {launcher::utf8(e.Message)}) << std::endl;
    }
    return 1;
}

} // namespace sangkien::cli
