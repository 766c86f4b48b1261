#include "sangkien/launcher/run_folder.hxx"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <random>
#include <sstream>
#include <thread>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

namespace sangkien::launcher {

namespace {

// What a run tells its watcher process, one int32 at a time.
constexpr std::int32_t kNoOffice = 0;   // no office running now
constexpr std::int32_t kReleased = -1;  // the run ended the office and removed the folder itself
// (a positive value: the process group of the office now running)

std::string unique_suffix()
{
    std::random_device device;
    std::ostringstream out;
    out << getpid() << '-' << std::hex << device() << device();
    return out.str();
}

void sleep_ms(long milliseconds)
{
    timespec pause{milliseconds / 1000, (milliseconds % 1000) * 1000000L};
    nanosleep(&pause, nullptr);
}

// --- For the watcher process: only async-signal-safe calls (it is forked from a process with
// threads and never execs). ---

// Removes the entry `name` of the folder `parent` (AT_FDCWD, or an open folder), whatever it is.
void remove_entry(int parent, const char* name, int depth)
{
    if (unlinkat(parent, name, 0) == 0 || errno == ENOENT || depth > 64)
        return;
    const int folder = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (folder < 0)
        return;
    alignas(dirent64) char buffer[4096];
    // Removing while reading may skip entries: read again until a pass finds nothing.
    for (int pass = 0; pass < 16; ++pass)
    {
        bool found = false;
        lseek(folder, 0, SEEK_SET);
        for (ssize_t n; (n = getdents64(folder, buffer, sizeof buffer)) > 0;)
            for (ssize_t at = 0; at < n;)
            {
                const auto* entry = reinterpret_cast<const dirent64*>(buffer + at);
                at += entry->d_reclen;
                const char* child = entry->d_name;
                if (std::strcmp(child, ".") == 0 || std::strcmp(child, "..") == 0)
                    continue;
                found = true;
                remove_entry(folder, child, depth + 1);
            }
        if (!found)
            break;
    }
    close(folder);
    unlinkat(parent, name, AT_REMOVEDIR);
}

// Kills the group and waits (boundedly) until none of its processes can still write.
void kill_group_from_watcher(pid_t group)
{
    if (group <= 0)
        return;
    kill(-group, SIGKILL);
    for (int i = 0; i < 60 && kill(-group, 0) == 0; ++i)
        sleep_ms(50); // zombies (reaped by someone else) still count: the wait is bounded
}

// The watcher: waits until the run closes its end of the socket; unless the run released it,
// ends the last office group and removes the folder.
[[noreturn]] void watch(int given_socket, const char* folder, const std::vector<const char*>& companions)
{
    // Out of the way of the standard descriptors, which are replaced below.
    const int socket = fcntl(given_socket, F_DUPFD_CLOEXEC, 10);
    close(given_socket);
    if (socket < 0)
        _exit(0); // no watcher rather than one that cannot tell when the run ends
    for (const int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGTSTP})
    {
        struct sigaction ignore{};
        ignore.sa_handler = SIG_IGN;
        sigaction(signal, &ignore, nullptr);
    }
    // Hold nothing of the run's: no terminal, no output pipe (a caller reading the run's output
    // must see its end when the run ends), no other file.
    const int null = open("/dev/null", O_RDWR | O_CLOEXEC);
    for (int fd = 0; fd < 3; ++fd)
        if (null >= 0 && null != fd)
            dup2(null, fd);
    close_range(3, socket - 1, 0); // `null` too
    close_range(socket + 1, ~0U, 0);
    std::int32_t group = kNoOffice;
    for (;;)
    {
        std::int32_t message = 0;
        const ssize_t n = read(socket, &message, sizeof message);
        if (n == static_cast<ssize_t>(sizeof message))
        {
            if (message == kReleased)
                _exit(0);
            group = message;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break; // the run is gone
    }
    kill_group_from_watcher(group);
    remove_entry(AT_FDCWD, folder, 0);
    for (const char* companion : companions)
        unlink(companion);
    _exit(0);
}

// --- The interruption registry. ---

std::mutex g_mutex;
std::vector<RunFolder*> g_folders;
std::atomic<bool> g_interrupted{false};

void register_folder(RunFolder* folder)
{
    const std::lock_guard lock(g_mutex);
    g_folders.push_back(folder);
}

void unregister_folder(RunFolder* folder)
{
    const std::lock_guard lock(g_mutex);
    g_folders.erase(std::remove(g_folders.begin(), g_folders.end(), folder), g_folders.end());
}

bool process_gone(pid_t pid)
{
    return pid > 0 && kill(pid, 0) != 0 && errno == ESRCH;
}

} // namespace

RunFolder::RunFolder(const std::string& prefix, const std::function<std::vector<fs::path>(const fs::path&)>& companions)
{
    const fs::path temp = fs::temp_directory_path();
    remove_abandoned_run_folders(temp);
    std::error_code same_error;
    if (!fs::equivalent(temp, "/tmp", same_error))
        remove_abandoned_run_folders("/tmp"); // where the office's pipe sockets always are
    path_ = temp / (prefix + unique_suffix());
    if (companions)
        for (const auto& companion : companions(path_))
            companions_.push_back(companion.string());
    fs::create_directory(path_);
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::replace);
    start_watcher();
    register_folder(this);
}

RunFolder::~RunFolder()
{
    unregister_folder(this);
    end();
    tell_watcher(kReleased);
    if (watcher_socket_ >= 0)
        close(watcher_socket_);
    if (watcher_ > 0)
        waitpid(watcher_, nullptr, 0);
}

void RunFolder::start_watcher()
{
    int sockets[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets) != 0)
        return; // no watcher: a killed run's folder is then removed by the next run
    const std::string folder = path_.string();
    std::vector<const char*> companions; // made before the fork: the child must not allocate
    for (const auto& companion : companions_)
        companions.push_back(companion.c_str());
    const pid_t pid = fork();
    if (pid == 0)
    {
        close(sockets[0]);
        watch(sockets[1], folder.c_str(), companions);
    }
    close(sockets[1]);
    if (pid < 0)
    {
        close(sockets[0]);
        return;
    }
    watcher_ = pid;
    watcher_socket_ = sockets[0];
}

void RunFolder::tell_watcher(int message)
{
    if (watcher_socket_ < 0)
        return;
    const std::int32_t value = message;
    // MSG_NOSIGNAL: a watcher that is gone is no reason for SIGPIPE.
    (void)send(watcher_socket_, &value, sizeof value, MSG_NOSIGNAL);
}

void RunFolder::watch_office(pid_t group)
{
    office_group_ = group;
    tell_watcher(group);
}

void RunFolder::office_ended()
{
    office_group_ = 0;
    tell_watcher(kNoOffice);
}

void RunFolder::end()
{
    // One thread at a time, and each returns only once it is all done (the interruption thread
    // must not end the process while the main thread is half-way through).
    const std::lock_guard lock(ending_);
    if (const pid_t group = office_group_.exchange(0); group > 0)
    {
        end_process_group(group);
        tell_watcher(kNoOffice);
    }
    if (keep_ || ended_)
        return;
    std::error_code ignored;
    fs::remove_all(path_, ignored);
    for (const auto& companion : companions_)
        fs::remove(companion, ignored);
    ended_ = true;
}

void end_process_group(pid_t group)
{
    if (group <= 0 || kill(-group, SIGKILL) != 0)
        return;
    // Its members that are our children (the office; what it started, once the office is gone,
    // since this process is their subreaper): reaped, so that none can still write after this.
    // Others are reaped by whoever is their parent; they are killed all the same.
    for (int i = 0; i < 200; ++i)
    {
        int status = 0;
        const pid_t reaped = waitpid(-group, &status, WNOHANG);
        if (reaped < 0) // ECHILD: none of ours left in the group
            break;
        if (reaped == 0)
            sleep_ms(10);
    }
}

void remove_abandoned_run_folders(const fs::path& temp)
{
    std::error_code ignored;
    for (const auto& entry : fs::directory_iterator(temp, ignored))
    {
        const std::string name = entry.path().filename().string();
        // Our folders, and the office's pipe sockets (OSL_PIPE_<uid>_sangkien-<pid>-…).
        std::string::size_type at = std::string::npos;
        for (const std::string prefix : {"sangkien-office-", "sangkien-sample-"})
            if (name.rfind(prefix, 0) == 0)
                at = prefix.size();
        if (name.rfind("OSL_PIPE_", 0) == 0 && name.find("_sangkien-") != std::string::npos)
            at = name.find("_sangkien-") + std::string("_sangkien-").size();
        if (at == std::string::npos)
            continue;
        const pid_t owner = static_cast<pid_t>(std::atol(name.c_str() + at));
        if (owner != getpid() && process_gone(owner))
            fs::remove_all(entry.path(), ignored);
    }
}

void handle_interruptions(std::function<void(int)> say)
{
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    // SIGHUP ignored on purpose (nohup) stays ignored. (SIGINT is taken even when a shell started
    // us in the background with it ignored: `kill -INT` must still stop a run cleanly.)
    struct sigaction hangup{};
    if (sigaction(SIGHUP, nullptr, &hangup) == 0 && hangup.sa_handler != SIG_IGN)
        sigaddset(&signals, SIGHUP);
    // Blocked here, so in every thread started from now on: only the thread below takes them.
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::thread([signals, say = std::move(say)] {
        int signal = 0;
        while (sigwait(&signals, &signal) != 0)
        {
        }
        g_interrupted = true;
        if (say)
            say(signal);
        // What the main thread says while its office goes away is noise now.
        const int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (null >= 0)
        {
            dup2(null, STDOUT_FILENO);
            dup2(null, STDERR_FILENO);
        }
        {
            const std::lock_guard lock(g_mutex);
            for (RunFolder* folder : g_folders)
                folder->end();
        }
        // End by the signal, through its handler if one was installed (it removes its own
        // temporary files, then ends the process by the signal).
        sigset_t just_this;
        sigemptyset(&just_this);
        sigaddset(&just_this, signal);
        pthread_sigmask(SIG_UNBLOCK, &just_this, nullptr);
        raise(signal);
        // A handler may wait for work that must end whole (the CLI's set of outputs taking its
        // names: a few renames), then end the process itself; it is given a moment to.
        for (int i = 0; i < 200; ++i)
            usleep(25'000);
        std::signal(signal, SIG_DFL);
        raise(signal);
        _exit(128 + signal);
    }).detach();
}

bool interrupted()
{
    return g_interrupted;
}

void wait_for_interruption()
{
    for (;;)
        pause();
}

} // namespace sangkien::launcher
