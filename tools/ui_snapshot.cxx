// Developer tool: shows the extension as a user sees it and takes screenshots, so that dialogs and
// menus can be looked at before they ship. Run under Xvfb:
//   xvfb-run -a -s "-screen 0 1280x800x24" build/ui_snapshot vi build/screenshots
// Writes calc_<lang>.png (menu bar and toolbar), menu_<lang>.png (the Sáng kiến menu open),
// about_<lang>.png (the About dialog), options_<lang>.png (Tools ▸ Options at the Sáng kiến page)
// and review_<lang>.png (the review dialog on the bundled
// example workbook). Needs ImageMagick's import and xdotool.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <thread>

#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/uno/Exception.hpp>

#include "sangkien/launcher/office_calls.hxx"
#include "sangkien/launcher/office_session.hxx"

using namespace sangkien;
using namespace com::sun::star;

namespace {

void screenshot(const std::filesystem::path& file)
{
    const std::string command = "import -window root '" + file.string() + "'";
    if (std::system(command.c_str()) != 0)
        std::cerr << "screenshot failed: " << command << "\n";
    else
        std::cout << "wrote " << file << "\n";
}

void keys(const std::string& sequence)
{
    const std::string command = "xdotool key --delay 200 " + sequence;
    if (std::system(command.c_str()) != 0)
        std::cerr << "xdotool failed: " << command << "\n";
    std::this_thread::sleep_for(std::chrono::seconds(1));
}

// Shows a dialog command on `document` and takes its picture; the office is stopped afterwards
// (without a window manager a key may not reach the dialog), which ends the command.
void snapshot_dialog(launcher::OfficeSession& office, const launcher::Document& document, const std::string& url,
                     const std::filesystem::path& file)
{
    std::thread command([&document, url] {
        try
        {
            launcher::dispatch_command(document, url);
        }
        catch (...)
        {
            // The office was stopped with the dialog still open.
        }
    });
    std::this_thread::sleep_for(std::chrono::seconds(4));
    screenshot(file);
    keys("Escape");
    office.stop();
    command.join();
}

launcher::OfficeOptions visible_office(const std::filesystem::path& program_dir, const std::string& language)
{
    launcher::OfficeOptions options;
    options.program_dir = program_dir;
    options.ui_language = language;
    options.headless = false;
    options.stop_timeout = std::chrono::seconds(5);
    return options;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3)
    {
        std::cerr << "usage: ui_snapshot vi|en-US OUTPUT_DIR\n";
        return 2;
    }
    const std::string language = argv[1];
    const std::filesystem::path output = argv[2];
    std::filesystem::create_directories(output);
    try
    {
        const auto program_dir = launcher::find_office_program_dir(std::nullopt);
        const launcher::UnoRuntime runtime(program_dir);
        {
            // The review dialog on the bundled example.
            {
            // Tools ▸ Options opened at the Sáng kiến page.
            launcher::OfficeSession office(runtime, visible_office(program_dir, language));
            office.install_extension(SANGKIEN_OXT);
            const launcher::Document document(office.context(), "private:factory/scalc", false);
            std::this_thread::sleep_for(std::chrono::seconds(3));
            const std::string page = launcher::utf8(
                deployment::PackageInformationProvider::get(office.context())
                    ->getPackageLocation(launcher::ustr("vn.sangkien.extension")));
            snapshot_dialog(office, document, ".uno:OptionsTreeDialog?OptionsPageURL:string=" + page + "/dialogs/Options.xdl",
                            output / ("options_" + language + ".png"));
        }
        launcher::OfficeSession office(runtime, visible_office(program_dir, language));
            office.install_extension(SANGKIEN_OXT);
            // A copy: the office is stopped with the document open, which leaves a lock file.
            const auto copy = std::filesystem::temp_directory_path() / ("sangkien-snapshot-" + language + ".fods");
            std::filesystem::copy_file(SANGKIEN_EXAMPLE, copy, std::filesystem::copy_options::overwrite_existing);
            const launcher::Document document(office.context(), launcher::file_url(copy), false);
            std::this_thread::sleep_for(std::chrono::seconds(3));
            snapshot_dialog(office, document, "vn.sangkien:ReviewDialog", output / ("review_" + language + ".png"));
        }
        launcher::OfficeSession office(runtime, visible_office(program_dir, language));
        office.install_extension(SANGKIEN_OXT);
        {
            const launcher::Document document(office.context(), "private:factory/scalc", false);
            std::this_thread::sleep_for(std::chrono::seconds(4));
            screenshot(output / ("calc_" + language + ".png"));
            // The menu, opened by its mnemonic (Sáng ~kiến).
            keys("alt+k");
            screenshot(output / ("menu_" + language + ".png"));
            keys("Escape Escape");
            std::thread about([&document] {
                try
                {
                    launcher::dispatch_command(document, "vn.sangkien:About");
                }
                catch (...)
                {
                    // The office was stopped with the dialog still open.
                }
            });
            std::this_thread::sleep_for(std::chrono::seconds(3));
            screenshot(output / ("about_" + language + ".png"));
            // Close the dialog as a user would; without a window manager the key may not reach it,
            // so the office is stopped (and killed after a few seconds) before waiting.
            keys("Return");
            office.stop();
            about.join();
        }
    }
    catch (const uno::Exception& e)
    {
        std::cerr << launcher::utf8(e.Message) << "\n";
        return 1;
    }
    catch (const std::exception& e)
    {
        std::cerr << e.what() << "\n";
        return 1;
    }
    return 0;
}
