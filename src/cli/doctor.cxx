// `sangkien doctor`: proves, step by step and in the user's language, that this machine can run
// the extension — the office is found and starts headless, the .oxt installs into a private
// profile, the Calc function computes, the menu command runs, the menu is configured.
#include <cmath>
#include <iomanip>
#include <iostream>
#include <sstream>

#include <com/sun/star/uno/Exception.hpp>

#include "cli.hxx"
#include "core/text/format.hxx"
#include "sangkien/launcher/office_calls.hxx"
#include "sangkien/launcher/office_session.hxx"
#include "sangkien/version.hxx"

namespace sangkien::cli {

namespace {

using core::format;

// Seconds with one decimal, as the language writes it ("1,2" / "1.2").
std::string seconds(std::chrono::milliseconds duration, core::Language language)
{
    std::ostringstream out;
    out << std::fixed << std::setprecision(1) << static_cast<double>(duration.count()) / 1000.0;
    std::string text = out.str();
    if (language == core::Language::vietnamese)
        std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

void check(bool condition, const std::string& failure)
{
    if (!condition)
        throw launcher::OfficeError(failure);
}

} // namespace

int run_doctor(const Options& options, core::Language language)
{
    try
    {
        const auto program_dir = launcher::find_office_program_dir(options.office);
        std::cout << format(language, "cli.doctor.office", {program_dir.string()}) << std::endl;
        const auto oxt = options.oxt.value_or(executable_dir() / "sangkien.oxt");
        std::cout << format(language, "cli.doctor.oxt", {oxt.string()}) << std::endl;

        launcher::OfficeSetup setup;
        setup.office = program_dir;
        setup.options.keep_profile = options.keep_profile;
        // The office speaks the user's language too (dialog titles, messages).
        setup.options.ui_language = language == core::Language::vietnamese ? "vi" : "en-US";
        {
            launcher::PrivateOffice started(std::move(setup));
            launcher::OfficeSession& office = started.session();
            std::cout << format(language, "cli.doctor.profile", {office.profile_dir().string()}) << std::endl;
            std::cout << format(language, "cli.doctor.started", {seconds(office.last_start_time(), language)}) << std::endl;
            std::cout << format(language, "cli.doctor.office_version",
                                {launcher::configuration_value(office.context(), "/org.openoffice.Setup/Product",
                                                               "ooSetupVersionAboutBox")})
                      << std::endl;

            const std::string version = office.install_extension(oxt);
            std::cout << format(language, "cli.doctor.installed", {kExtensionId, version}) << std::endl;

            {
                const auto document = launcher::Document::new_spreadsheet(office.context());
                const auto cell = launcher::set_formula(document.sheet(0), "A1", "=SK.TIEN(\"500 triệu\")");
                check(cell.error == 0 && cell.value == 500000000.0,
                      format(language, "office.error.formula",
                             {cell.error ? "Err:" + std::to_string(cell.error) : core::format_count(std::llround(cell.value), language)}));
                std::cout << format(language, "cli.doctor.addin_ok", {core::format_count(std::llround(cell.value), language)}) << std::endl;

                const std::string about = std::string(kProtocol) + "About";
                const auto outcome = launcher::dispatch_command(document, about);
                check(outcome.dispatched && outcome.succeeded, format(language, "office.error.handler", {about}));
                std::cout << format(language, "cli.doctor.handler_ok", {about + " (" + outcome.result + ")"}) << std::endl;
            }

            check(launcher::configuration_node_exists(
                      office.context(),
                      std::string("/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar/") + kExtensionId + ".menu"),
                  format(language, "office.error.menu", {}));
            std::cout << format(language, "cli.doctor.menu_ok", {}) << std::endl;
        }
        std::cout << format(language, "cli.doctor.stopped", {}) << std::endl;
        std::cout << format(language, "cli.doctor.ok", {}) << std::endl;
        return 0;
    }
    catch (const launcher::OfficeError& e)
    {
        std::cerr << format(language, "cli.doctor.failed", {e.what()}) << std::endl;
    }
    catch (const com::sun::star::uno::Exception& e)
    {
        std::cerr << format(language, "cli.doctor.failed", {to_utf8(e.Message)}) << std::endl;
    }
    return 1;
}

} // namespace sangkien::cli
