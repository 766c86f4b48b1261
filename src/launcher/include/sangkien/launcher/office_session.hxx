// A private, headless LibreOffice: started with its own profile, reached through a unique pipe,
// always stopped and cleaned up, and how it ended recorded. The CLI, the integration tests, the
// benches and the tools start their office through PrivateOffice (below).
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <sys/types.h>

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "sangkien/launcher/run_folder.hxx"

namespace sangkien::launcher {

namespace fs = std::filesystem;

// The local UNO runtime a client process needs before it can talk to an office. Create one in
// main() (or the test environment) and let it go before main returns.
class UnoRuntime
{
public:
    // `extra_types`: type libraries (.rdb) to know besides the office's own, e.g. our
    // sangkien.rdb for tests that call the add-in's interface directly.
    explicit UnoRuntime(const fs::path& program_dir, const std::vector<fs::path>& extra_types = {});
    ~UnoRuntime();
    UnoRuntime(const UnoRuntime&) = delete;
    UnoRuntime& operator=(const UnoRuntime&) = delete;

    const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context() const { return context_; }

private:
    com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext> context_;
};

// Thrown by the launcher; `what()` is a user-facing sentence (Vietnamese or English).
class OfficeError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The folder holding soffice.bin: `hint`, else $SANGKIEN_OFFICE, else the usual install places.
// Throws OfficeError naming where it looked.
fs::path find_office_program_dir(const std::optional<fs::path>& hint);

struct OfficeOptions
{
    fs::path program_dir;
    std::string ui_language;            // "vi" or "en-US"; empty leaves the office's default
    bool keep_profile = false;           // leave the profile folder for inspection
    bool headless = true;                // false: show windows (on $DISPLAY, e.g. Xvfb for screenshots)
    std::chrono::seconds start_timeout{90};
    std::chrono::seconds stop_timeout{30};
    // A prepared profile (its "user" folder) copied into the new private folder before the first
    // start: the office starts once, with what that profile holds already installed.
    std::optional<fs::path> seed_profile;
};

// How an office process ended. A clean end is exit status 0 after terminate(), as LibreOffice's own
// test harness requires: anything else (a crash on the way out, a hang we had to kill) is a defect
// the user would meet as a recovery dialog at the next start.
struct OfficeExit
{
    bool killed = false; // it did not shut down within stop_timeout and was killed
    int status = 0;      // the exit status; 128 + the signal's number when a signal ended it
    std::string output;  // when not clean: the end of what the office printed, for the report
    bool clean() const { return !killed && status == 0; }
};

class OfficeSession
{
public:
    // Creates a fresh private folder (the profile, and the office's temporary folder: TMPDIR)
    // and starts the office in its own process group; throws OfficeError.
    OfficeSession(const UnoRuntime& runtime, OfficeOptions options);
    // Terminates the office, waits for it, kills it (its whole process group) as a last resort,
    // removes the private folder.
    ~OfficeSession();
    OfficeSession(const OfficeSession&) = delete;
    OfficeSession& operator=(const OfficeSession&) = delete;

    // The office's component context (valid until the next restart or stop).
    const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context() const { return remote_; }

    // Installs an .oxt into this session's profile through the office's ExtensionManager, then
    // restarts the office so that add-ins are read again. Returns the installed version.
    std::string install_extension(const fs::path& oxt);
    // The same without the restart (the caller restarts once after several).
    std::string add_extension(const fs::path& oxt);

    void restart();
    // A restart during which `while_stopped(profile folder)` runs with the office stopped (the
    // profile is then whole and quiet, e.g. to be copied).
    void restart(const std::function<void(const fs::path&)>& while_stopped);
    void stop();

    const fs::path& profile_dir() const { return folder_.path(); }
    pid_t office_pid() const { return pid_; }
    std::chrono::milliseconds last_start_time() const { return last_start_; }
    // The office's own output (stdout and stderr), for failure reports.
    std::string office_log() const;
    // How each office this session shut down ended (restarts included), oldest first.
    const std::vector<OfficeExit>& exits() const { return exits_; }

private:
    void start();
    void connect();
    void shut_down_office();
    bool wait_for_exit(std::chrono::milliseconds timeout, int& status);
    void kill_office();
    void office_gone();
    void record_exit(OfficeExit exit);

    const UnoRuntime& runtime_;
    OfficeOptions options_;
    RunFolder folder_;
    std::string pipe_name_;
    pid_t pid_ = -1;
    std::chrono::milliseconds last_start_{0};
    std::vector<OfficeExit> exits_;
    com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext> remote_;
};

// What a program needs to work in a private office: the office found, the local UNO runtime, a
// session in a fresh profile, the extensions installed. The CLI, the integration tests, the
// benches and the tools all start their office through PrivateOffice.
struct OfficeSetup
{
    std::optional<fs::path> office;   // the program folder the user named; empty: looked for
                                      // as find_office_program_dir does
    std::vector<fs::path> extensions; // .oxt files installed in this order
    std::vector<fs::path> extra_types; // type libraries the client needs (see UnoRuntime)
    OfficeOptions options;            // program_dir is filled in with the office found
    // A folder of prepared profiles (the extensions installed, the UI language set), one per
    // office, extensions and language: a start from one is a single start of the office instead
    // of three (a fresh profile's first start, the installation, the restart). Empty: a fresh
    // profile every time. The CLI uses prepared_profiles_folder().
    // The process's UNO runtime when it starts several offices one after another (it is made once
    // per process); null: the PrivateOffice makes its own, for `office` (or the office found).
    const UnoRuntime* runtime = nullptr;
    std::optional<fs::path> profile_cache;
};

class PrivateOffice
{
public:
    // Throws OfficeError (no office, it does not start, an extension cannot be installed); an
    // office already started is stopped and its profile removed before the error leaves.
    explicit PrivateOffice(OfficeSetup setup);

    const fs::path& program_dir() const { return program_dir_; }
    OfficeSession& session() { return *session_; }
    const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context() const { return session_->context(); }
    // Whether the office started from a prepared profile (one start, nothing installed).
    bool started_prepared() const { return seeded_; }

private:
    void forget_prepared();

    fs::path program_dir_;
    std::optional<fs::path> prepared_;         // the prepared profile for this setup (may not exist yet)
    bool seeded_ = false;                      // started from it
    std::unique_ptr<UnoRuntime> own_runtime_; // when no runtime was given
    const UnoRuntime& runtime_;               // outlives the session, which talks through it
    std::optional<OfficeSession> session_;    // always set once constructed
};

// Where the CLI keeps prepared profiles: $XDG_CACHE_HOME/sangkien/profiles, else
// ~/.cache/sangkien/profiles; empty when neither can be named.
std::optional<fs::path> prepared_profiles_folder();

// rtl helpers for callers that build file URLs.
std::string file_url(const fs::path& path);

} // namespace sangkien::launcher
