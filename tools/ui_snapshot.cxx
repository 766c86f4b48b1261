// Developer tool: shows the extension as a user sees it and takes screenshots, so that dialogs and
// menus can be looked at before they ship. Run under Xvfb:
//   xvfb-run -a -s "-screen 0 1280x800x24" build/ui_snapshot vi build/screenshots
// Writes calc_<lang>.png (menu bar and toolbar), menu_<lang>.png (the Sáng kiến menu open),
// about_<lang>.png (the About dialog), options_<lang>.png (the Sáng kiến options page) and
// review_<lang>.png (the review dialog on the bundled example workbook), review_unjudged_<lang>.png
// (the same on a list without its value columns), normalise_<lang>.png
// (the Chuẩn hóa dữ liệu preview on a messy generated workbook), settings_<lang>.png (the
// Options dialog opened by Cài đặt…), dossier_<lang>.png (Tạo hồ sơ khen thưởng…) and merge_<lang>.png
// (Gộp sổ sáng kiến…). Needs ImageMagick's import and xdotool.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <thread>

#include <fstream>

#include <unistd.h>

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/uno/Exception.hpp>

#include "core/features/sample.hxx"
#include "sangkien/launcher/office_calls.hxx"
#include "sangkien/launcher/office_session.hxx"
#include "ui_drive.hxx"

using namespace sangkien;
using namespace com::sun::star;

namespace {

using tools::click_at;
using tools::keys;
using tools::screenshot;
using tools::visible_office;

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
        const launcher::UnoRuntime runtime(launcher::find_office_program_dir(std::nullopt));
        // A dialog command on a copy of a workbook (the office is stopped with the document open,
        // which leaves a lock file).
        const auto dialog_on = [&](const std::filesystem::path& workbook, const std::string& url, const std::string& png) {
            launcher::PrivateOffice started(visible_office(runtime, language));
            launcher::OfficeSession& office = started.session();
            const auto copy = std::filesystem::temp_directory_path()
                              / ("sangkien-snapshot-" + std::to_string(getpid()) + ".fods");
            std::filesystem::copy_file(workbook, copy, std::filesystem::copy_options::overwrite_existing);
            {
                const launcher::Document document(office.context(), launcher::file_url(copy), false);
                std::this_thread::sleep_for(std::chrono::seconds(3));
                snapshot_dialog(office, document, url, output / (png + "_" + language + ".png"));
            }
            std::error_code ignored;
            std::filesystem::remove(copy, ignored);
            std::filesystem::remove(copy.parent_path() / (".~lock." + copy.filename().string() + "#"), ignored);
        };
        dialog_on(SANGKIEN_EXAMPLE, "vn.sangkien:ReviewDialog", "review");
        {
            // A list without its value and social-value columns: the dialog says, before the run,
            // which criteria cannot be judged.
            const auto lacking = std::filesystem::temp_directory_path() / ("sangkien-lacking-" + std::to_string(getpid()) + ".fods");
            {
                core::SampleWorkbook sample = core::generate_sample({60, 5, false});
                for (core::Row& row : sample.input.sheets.front().rows)
                    if (row.size() > 13)
                        row.erase(row.begin() + 12, row.begin() + 14);
                sample.date_columns[sample.input.sheets.front().name] = {10, 13, 15};
                // …kept over two sheets, as offices keep one per round: the dialog lists the other.
                core::Sheet& first = sample.input.sheets.front();
                core::Sheet second{"Đợt 2", {first.rows.front()}};
                second.rows.insert(second.rows.end(), first.rows.begin() + 31, first.rows.end());
                first.rows.resize(31);
                sample.date_columns[second.name] = {10, 13, 15};
                sample.input.sheets.insert(sample.input.sheets.begin() + 1, std::move(second));
                std::ofstream out(lacking);
                core::write_fods(sample, out);
            }
            dialog_on(lacking, "vn.sangkien:ReviewDialog", "review_unjudged");
            // Used as a clerk does: Ctrl+click the other sheet to leave it out, then press the
            // review button; the summary must say the sheet was left out (review_walk_*.png).
            {
                launcher::PrivateOffice started(visible_office(runtime, language));
                launcher::OfficeSession& office = started.session();
                const launcher::Document document(office.context(), launcher::file_url(lacking), false);
                std::this_thread::sleep_for(std::chrono::seconds(3));
                std::string answer;
                std::thread command([&document, &answer] {
                    try
                    {
                        answer = launcher::dispatch_command(document, "vn.sangkien:ReviewDialog").result;
                    }
                    catch (...)
                    {
                        answer = "(no answer: the office was stopped)";
                    }
                });
                std::this_thread::sleep_for(std::chrono::seconds(4));
                click_at(270, 272, true); // "Đợt 2" in the list of the other sheets
                screenshot(output / ("review_walk_unticked_" + language + ".png"));
                click_at(861, 659, false); // Xét
                std::this_thread::sleep_for(std::chrono::seconds(5));
                screenshot(output / ("review_walk_after_" + language + ".png"));
                command.join();
                std::cout << "review walk answer:\n" << answer << "\n";
            }
            std::filesystem::remove(lacking);
            std::filesystem::remove(lacking.parent_path() / (".~lock." + lacking.filename().string() + "#"));
        }
        dialog_on(SANGKIEN_EXAMPLE, "vn.sangkien:Settings", "settings");
        dialog_on(SANGKIEN_EXAMPLE, "vn.sangkien:DossierDialog", "dossier");
        dialog_on(SANGKIEN_EXAMPLE, "vn.sangkien:MergeDialog", "merge");
        {
            const auto messy = std::filesystem::temp_directory_path() / ("sangkien-messy-" + std::to_string(getpid()) + ".fods");
            {
                std::ofstream out(messy);
                core::write_fods(core::generate_sample({300, 11, true}), out);
            }
            dialog_on(messy, "vn.sangkien:NormaliseDialog", "normalise");
            std::filesystem::remove(messy);
        }
        {
            // The options page (Tools ▸ Options ▸ Sáng kiến ▸ Cài đặt) as its handler fills it,
            // shown on its own.
            launcher::PrivateOffice started(visible_office(runtime, language));
            launcher::OfficeSession& office = started.session();
            const launcher::Document document(office.context(), "private:factory/scalc", false);
            std::this_thread::sleep_for(std::chrono::seconds(3));
            std::thread page([&office] {
                try
                {
                    const auto context = office.context();
                    const auto location = deployment::PackageInformationProvider::get(context)->getPackageLocation(
                        to_ustring("vn.sangkien.extension"));
                    const auto dialog =
                        awt::DialogProvider2::create(context)->createDialog(location + to_ustring("/dialogs/Options.xdl"));
                    const uno::Reference<awt::XContainerWindowEventHandler> handler(
                        context->getServiceManager()->createInstanceWithContext(
                            to_ustring("vn.sangkien.OptionsHandler"), context),
                        uno::UNO_QUERY_THROW);
                    handler->callHandlerMethod(uno::Reference<awt::XWindow>(dialog, uno::UNO_QUERY_THROW),
                                               uno::Any(to_ustring("initialize")), to_ustring("external_event"));
                    dialog->execute();
                }
                catch (...)
                {
                    // The office was stopped with the page still open.
                }
            });
            std::this_thread::sleep_for(std::chrono::seconds(4));
            screenshot(output / ("options_" + language + ".png"));
            office.stop();
            page.join();
        }
        launcher::PrivateOffice started(visible_office(runtime, language));
        launcher::OfficeSession& office = started.session();
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
        std::cerr << to_utf8(e.Message) << "\n";
        return 1;
    }
    catch (const std::exception& e)
    {
        std::cerr << e.what() << "\n";
        return 1;
    }
    return 0;
}
