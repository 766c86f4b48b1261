// A run's private folder in the temporary folder, and the promise that it goes with the run
// however the run ends: its destructor removes it; SIGINT, SIGTERM and SIGHUP remove it (when the
// program called handle_interruptions()); a SIGKILL or a crash is answered by a small watcher
// process that removes it once the run is gone; and the next run removes any such folder whose
// process is gone. The office processes started for it (watch_office) end with it too.
// POSIX (Linux) only, like the rest of the launcher.
#pragma once

#include <atomic>
#include <filesystem>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include <sys/types.h>

namespace sangkien::launcher {

namespace fs = std::filesystem;

class RunFolder
{
public:
    // Makes <temporary folder>/<prefix><pid>-<random> (readable by this user only). `prefix` is
    // one of the names remove_abandoned_run_folders() knows ("sangkien-office-",
    // "sangkien-sample-"). Throws fs::filesystem_error when the temporary folder is unusable.
    // `companions(path)`: files outside the folder that belong to it and go with it (the office's
    // pipe sockets, which LibreOffice always makes in /tmp).
    explicit RunFolder(const std::string& prefix,
                       const std::function<std::vector<fs::path>(const fs::path&)>& companions = {});
    // Ends the office group still watched and removes the folder (unless kept).
    ~RunFolder();
    RunFolder(const RunFolder&) = delete;
    RunFolder& operator=(const RunFolder&) = delete;

    const fs::path& path() const { return path_; }

    // The process group of the office now running for this folder: ended with the folder.
    void watch_office(pid_t group);
    // The watched office group has ended (nothing to kill any more).
    void office_ended();
    // Leave the folder in place at the end (for inspection): offices still end.
    void keep() { keep_ = true; }

    // Kills the watched office group and waits for its processes; removes the folder unless
    // kept. Safe to call more than once, from the interruption thread too.
    void end();

private:
    void start_watcher();
    void tell_watcher(int message);

    fs::path path_;
    std::vector<std::string> companions_;
    bool keep_ = false;
    std::atomic<pid_t> office_group_{0};
    std::mutex ending_;
    bool ended_ = false;
    int watcher_socket_ = -1;
    pid_t watcher_ = -1;
};

// Removes, in `temp`, the run folders and office pipes of runs whose process is gone.
void remove_abandoned_run_folders(const fs::path& temp);

// Kills every process of an office's process group and reaps those that are this process's
// children (the office itself, and what it started once it is gone: see start_office_process).
void end_process_group(pid_t group);

// For programs (the CLI): call first in main(), before any thread starts. SIGINT, SIGTERM and
// SIGHUP are then taken by one thread that calls `say(signal)`, silences the standard output and
// error, ends every office and removes every run folder, and ends the process by that signal
// (through the handler installed for it, if any, so that it can clean up its own files too).
void handle_interruptions(std::function<void(int)> say);

// True once an interruption is being handled: the main thread must then not return from main()
// (wait_for_interruption() instead), since the process ends by the signal.
bool interrupted();
[[noreturn]] void wait_for_interruption();

} // namespace sangkien::launcher
