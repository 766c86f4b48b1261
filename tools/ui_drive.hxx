// Developer tools: driving a visible office under Xvfb as a user does — screenshots (ImageMagick's
// import), keys and mouse clicks (xdotool) — for tools/ui_snapshot.cxx and tools/help_walk.cxx.
#pragma once

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <thread>

#include "sangkien/launcher/office_session.hxx"

namespace sangkien::tools {

inline void pause(std::chrono::milliseconds time)
{
    std::this_thread::sleep_for(time);
}

inline void screenshot(const std::filesystem::path& file)
{
    const std::string command = "import -window root '" + file.string() + "'";
    if (std::system(command.c_str()) != 0)
        std::cerr << "screenshot failed: " << command << "\n";
    else
        std::cout << "wrote " << file << "\n";
}

inline void keys(const std::string& sequence)
{
    const std::string command = "xdotool key --delay 200 " + sequence;
    if (std::system(command.c_str()) != 0)
        std::cerr << "xdotool failed: " << command << "\n";
    pause(std::chrono::seconds(1));
}

// A mouse click at a point of the screen, with Ctrl held when asked (no window manager needed).
inline void click_at(int x, int y, bool ctrl = false)
{
    const std::string command = "xdotool mousemove " + std::to_string(x) + " " + std::to_string(y)
                                + (ctrl ? " keydown ctrl click 1 keyup ctrl" : " click 1");
    if (std::system(command.c_str()) != 0)
        std::cerr << "xdotool failed: " << command << "\n";
    pause(std::chrono::seconds(1));
}

// An office with windows (on $DISPLAY) and the extension installed; the offices one after another
// share the process's UNO runtime.
inline launcher::OfficeSetup visible_office(const launcher::UnoRuntime& runtime, const std::string& language)
{
    launcher::OfficeSetup setup;
    setup.runtime = &runtime;
    setup.extensions = {SANGKIEN_OXT};
    setup.options.ui_language = language;
    setup.options.headless = false;
    setup.options.stop_timeout = std::chrono::seconds(5);
    return setup;
}

} // namespace sangkien::tools
