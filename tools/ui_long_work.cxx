// Developer tool: long work looked at as a clerk meets it, under Xvfb. A visible office with the
// extension opens a generated workbook (20,000 initiatives unless told), and the commands are
// started from the Sáng kiến menu with the keyboard (on the office's main thread, as a click
// starts them):
//   xvfb-run -a -s "-screen 0 1280x800x24" build/ui_long_work vi build/screenshots [ROWS] [STOP_AFTER_SECONDS] [click|escape]
// 1. Tạo hồ sơ khen thưởng…: its dialog (long_dossier_dialog_<lang>.png), then a screenshot every
//    3 s while the dossier is made (long_dossier_NN_<lang>.png; halfway the progress window is
//    moved, so that the picture after it shows whether Calc repainted where it stood); after
//    STOP_AFTER_SECONDS (default 40) Dừng is clicked (or Esc pressed in its window); the closing message
//    (long_dossier_stopped_<lang>.png), its "Mở thư mục" (a stand-in xdg-open records the folder
//    the office asked for) and what the folder holds (no lock file, no hidden temporary).
// 2. Tạo báo cáo tổng kết with an output folder in the settings: screenshots while it is made and
//    once the report's window and the closing message are up (long_report_NN_<lang>.png,
//    long_report_done_<lang>.png): the message must be in front of the report.
// Needs ImageMagick's import and xdotool.
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include <unistd.h>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include "core/features/sample.hxx"
#include "sangkien/launcher/office_calls.hxx"
#include "sangkien/launcher/office_session.hxx"

using namespace sangkien;
using namespace com::sun::star;
namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

std::string run(const std::string& command)
{
    std::string out;
    if (FILE* pipe = popen(command.c_str(), "r"))
    {
        char buffer[4096];
        while (const std::size_t n = fread(buffer, 1, sizeof buffer, pipe))
            out.append(buffer, n);
        pclose(pipe);
    }
    return out;
}

void screenshot(const fs::path& file)
{
    if (std::system(("import -window root '" + file.string() + "'").c_str()) != 0)
        std::cerr << "screenshot failed: " << file << "\n";
    else
        std::cout << "wrote " << file << "\n";
}

void keys(const std::string& sequence)
{
    if (std::system(("xdotool key --delay 250 " + sequence).c_str()) != 0)
        std::cerr << "xdotool failed: " << sequence << "\n";
}

void pause(double seconds)
{
    std::this_thread::sleep_for(std::chrono::milliseconds(static_cast<int>(seconds * 1000)));
}

// The visible windows named `name` (xdotool's ids), newest last.
std::vector<std::string> windows_named(const std::string& name)
{
    std::vector<std::string> ids;
    std::istringstream in(run("xdotool search --onlyvisible --name '" + name + "' 2>/dev/null"));
    for (std::string id; std::getline(in, id);)
        if (!id.empty())
            ids.push_back(id);
    return ids;
}

// A window's place and size: x, y, width, height.
std::array<int, 4> geometry(const std::string& id)
{
    std::array<int, 4> box{0, 0, 0, 0};
    std::istringstream in(run("xdotool getwindowgeometry --shell " + id));
    for (std::string line; std::getline(in, line);)
    {
        const auto equals = line.find('=');
        if (equals == std::string::npos)
            continue;
        const std::string key = line.substr(0, equals);
        const int value = std::atoi(line.c_str() + equals + 1);
        if (key == "X")
            box[0] = value;
        else if (key == "Y")
            box[1] = value;
        else if (key == "WIDTH")
            box[2] = value;
        else if (key == "HEIGHT")
            box[3] = value;
    }
    return box;
}

void click(int x, int y)
{
    std::system(("xdotool mousemove " + std::to_string(x) + " " + std::to_string(y) + " click 1").c_str());
}

// Clicks a button of the newest window named `name`, at its centre given in the dialog's own units
// (its .xdl), of a dialog `width` × `height` units: without a window manager keys may not reach a
// dialog, the mouse does.
bool click_button(const std::string& name, double x, double y, double width, double height)
{
    const auto ids = windows_named(name);
    if (ids.empty())
    {
        std::cerr << "no window named " << name << "\n";
        return false;
    }
    const auto box = geometry(ids.back());
    click(box[0] + static_cast<int>(box[2] * x / width), box[1] + static_cast<int>(box[3] * y / height));
    return true;
}

// The same for a button `from_bottom` units above the bottom edge of a dialog `width` units wide
// (one that grows with its content: dialogs/Stored.xdl).
bool click_bottom_button(const std::string& name, double x, double from_bottom, double width)
{
    const auto ids = windows_named(name);
    if (ids.empty())
    {
        std::cerr << "no window named " << name << "\n";
        return false;
    }
    const auto box = geometry(ids.back());
    const double unit = box[2] / width;
    click(box[0] + static_cast<int>(unit * x), box[1] + box[3] - static_cast<int>(unit * from_bottom));
    return true;
}

void set_option(const launcher::ContextRef& context, const char* name, const std::string& value)
{
    uno::Sequence<uno::Any> arguments(1);
    arguments[0] <<= beans::NamedValue(to_ustring("nodepath"), uno::Any(to_ustring("/vn.sangkien.Settings/Options")));
    const auto access = configuration::theDefaultProvider::get(context)->createInstanceWithArguments(
        to_ustring("com.sun.star.configuration.ConfigurationUpdateAccess"), arguments);
    uno::Reference<beans::XPropertySet>(access, uno::UNO_QUERY_THROW)
        ->setPropertyValue(to_ustring(name), uno::Any(to_ustring(value)));
    uno::Reference<util::XChangesBatch>(access, uno::UNO_QUERY_THROW)->commitChanges();
}

// Documents the commands opened (the report, unsaved) closed without saving: an office asked to
// stop with one open would ask whether to save it, and wait.
void close_new_documents(const launcher::ContextRef& context)
{
    const auto components = frame::Desktop::create(context)->getComponents()->createEnumeration();
    while (components->hasMoreElements())
    {
        const uno::Reference<frame::XModel> model(components->nextElement(), uno::UNO_QUERY);
        if (model.is() && model->getURL().isEmpty())
            uno::Reference<util::XCloseable>(model, uno::UNO_QUERY_THROW)->close(true);
    }
}

std::string listing(const fs::path& folder)
{
    std::string out;
    for (const auto& entry : fs::directory_iterator(folder))
        out += "  " + entry.path().filename().string()
               + (entry.is_regular_file() ? " (" + std::to_string(entry.file_size()) + " B)" : "") + "\n";
    return out;
}

std::string two_digits(int n)
{
    return (n < 10 ? "0" : "") + std::to_string(n);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3)
    {
        std::cerr << "usage: ui_long_work vi|en-US OUTPUT_DIR [ROWS] [STOP_AFTER_SECONDS] [click|escape]\n";
        return 2;
    }
    std::cout << std::unitbuf;
    const std::string language = argv[1];
    const fs::path output = fs::absolute(argv[2]);
    const std::size_t rows = argc > 3 ? std::stoul(argv[3]) : 20000;
    const double stop_after = argc > 4 ? std::stod(argv[4]) : 40;
    const bool stop_with_escape = argc > 5 && std::string(argv[5]) == "escape";
    fs::create_directories(output);
    const fs::path walk = fs::temp_directory_path() / ("sangkien-walk-" + std::to_string(getpid()));
    const fs::path dossier = walk / "ho-so";
    const fs::path copies = walk / "ban-sao";
    fs::create_directories(walk / "bin");
    fs::create_directories(dossier);
    fs::create_directories(copies);
    // The folder the office asks the desktop to open is recorded, not opened.
    const fs::path opened = walk / "xdg-open.log";
    {
        std::ofstream script(walk / "bin" / "xdg-open");
        script << "#!/bin/sh\necho \"$@\" >> '" << opened.string() << "'\n";
    }
    fs::permissions(walk / "bin" / "xdg-open", fs::perms::owner_all);
    setenv("PATH", ((walk / "bin").string() + ":" + std::getenv("PATH")).c_str(), 1);
    const fs::path workbook = dossier / "so-sang-kien.fods";
    {
        std::ofstream out(workbook);
        core::write_fods(core::generate_sample({rows, 2023, false}), out);
    }
    int status = 0;
    try
    {
        const launcher::UnoRuntime runtime(launcher::find_office_program_dir(std::nullopt));
        launcher::OfficeSetup setup;
        setup.runtime = &runtime;
        setup.extensions = {SANGKIEN_OXT};
        setup.options.ui_language = language;
        setup.options.headless = false;
        setup.options.stop_timeout = std::chrono::seconds(10);
        launcher::PrivateOffice started(setup);
        launcher::OfficeSession& office = started.session();
        const std::string suffix = "_" + language + ".png";
        {
            const launcher::Document document(office.context(), launcher::file_url(workbook), false);
            pause(5);
            // 1. The dossier, stopped part-way.
            const std::string dossier_title = language == "vi" ? "Tạo hồ sơ khen thưởng" : "Make the award dossier";
            const bool vietnamese = language == "vi";
            keys(vietnamese ? "alt+k h" : "alt+k d"); // Tạo ~hồ sơ khen thưởng… / Make the award ~dossier…
            pause(3);
            screenshot(output / ("long_dossier_dialog" + suffix));
            const auto started_at = Clock::now();
            click_button(dossier_title, 182, 197, 280, 210); // Lập hồ sơ (dialogs/Dossier.xdl)
            bool moved = false, stopped = false;
            for (int shot = 0; shot < 60; ++shot)
            {
                pause(3);
                const double elapsed = std::chrono::duration<double>(Clock::now() - started_at).count();
                screenshot(output / ("long_dossier_" + two_digits(shot) + suffix));
                std::cout << "  at " << static_cast<int>(elapsed) << " s: " << listing(dossier).size() << " bytes of listing\n";
                const auto progress = windows_named(dossier_title);
                if (!progress.empty() && !moved && elapsed > stop_after / 2)
                {
                    // Moved away: what it covered must be painted again.
                    std::system(("xdotool windowmove " + progress.back() + " 40 520").c_str());
                    moved = true;
                    pause(1.5);
                    screenshot(output / ("long_dossier_moved" + suffix));
                }
                if (!progress.empty() && !stopped && elapsed > stop_after)
                {
                    if (stop_with_escape)
                    {
                        std::cout << "pressing Esc in the progress window at " << static_cast<int>(elapsed) << " s\n";
                        std::system(("xdotool windowfocus --sync " + progress.back() + " key Escape").c_str());
                    }
                    else
                    {
                        std::cout << "pressing Dừng at " << static_cast<int>(elapsed) << " s\n";
                        click_button(dossier_title, 215, 61, 250, 74); // Dừng (dialogs/Progress.xdl)
                    }
                    stopped = true;
                    pause(0.7);
                    screenshot(output / ("long_dossier_stopping" + suffix));
                }
                if (!windows_named("Sáng kiến").empty() && progress.empty())
                    break; // the closing message
            }
            pause(2);
            screenshot(output / ("long_dossier_stopped" + suffix));
            std::cout << "the dossier's folder after the stop:\n" << listing(dossier);
            // Mở thư mục (dialogs/Stored.xdl); a click that only brought the window forward is
            // given again.
            for (int attempt = 0; attempt < 3 && !fs::exists(opened); ++attempt)
            {
                click_bottom_button("Sáng kiến", 46, 13, 300);
                pause(2);
            }
            std::ifstream log(opened);
            std::cout << "xdg-open was asked for: " << std::string(std::istreambuf_iterator<char>(log), {}) << "\n";
            screenshot(output / ("long_dossier_opened" + suffix));
            click_bottom_button("Sáng kiến", 265, 13, 300); // Đóng
            pause(2);

            // 2. The report, with a copy stored: the message in front of the report's window.
            set_option(office.context(), "OutputFolder", copies.string());
            keys(vietnamese ? "alt+k b" : "alt+k p"); // Tạo ~báo cáo tổng kết / Make the summary re~port
            for (int shot = 0; shot < 40; ++shot)
            {
                pause(3);
                screenshot(output / ("long_report_" + two_digits(shot) + suffix));
                if (!windows_named("Sáng kiến").empty())
                    break;
            }
            pause(2);
            screenshot(output / ("long_report_done" + suffix));
            std::cout << "the copies' folder:\n" << listing(copies);
            click_bottom_button("Sáng kiến", 265, 13, 300); // Đóng
            pause(2);
            screenshot(output / ("long_report_closed" + suffix));
            set_option(office.context(), "OutputFolder", "");
            close_new_documents(office.context());
        }
        office.stop();
    }
    catch (const uno::Exception& e)
    {
        std::cerr << to_utf8(e.Message) << "\n";
        status = 1;
    }
    catch (const std::exception& e)
    {
        std::cerr << e.what() << "\n";
        status = 1;
    }
    std::error_code ignored;
    std::cout << "walk folder kept for a look: " << walk << "\n";
    return status;
}
