#include "sangkien/launcher/office_session.hxx"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>
#include <thread>

#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/container/XSet.hpp>
#include <com/sun/star/deployment/ExtensionManager.hpp>
#include <com/sun/star/deployment/XPackage.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/task/XAbortChannel.hpp>
#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionApprove.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/ucb/XCommandEnvironment.hpp>
#include <com/sun/star/ucb/XProgressHandler.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <cppuhelper/implbase3.hxx>
#include <rtl/digest.h>
#include <rtl/ref.hxx>

#include "sangkien/uno_common/ustring.hxx"
#include <rtl/uri.hxx>

#include "core/text/messages.hxx"

extern char** environ;

namespace sangkien::launcher {

using namespace com::sun::star;
using core::format;
using core::Language;

namespace {

// Exit status with which soffice.bin asks to be started again (after an extension install).
constexpr int kRestartRequested = 81;

Language message_language()
{
    const char* lang = std::getenv("LANGUAGE");
    if (!lang || !*lang)
        lang = std::getenv("LANG");
    return core::language_from_tag(lang ? lang : "", Language::vietnamese);
}

// The office turns file URLs into file names in the character set of its locale: in the C locale
// (LANG=C, LC_ALL=C, none set: a bare container, cron, ssh) a Vietnamese folder or file name cannot
// be converted and the office hangs at start. There the office gets C.UTF-8: the same C locale
// with UTF-8 file names, as on every current Linux. Any other locale is left as the user set it
// (it also gives the office its default formats). True when the office must be given C.UTF-8.
bool office_needs_utf8_file_names()
{
    std::string locale;
    for (const char* variable : {"LC_ALL", "LC_CTYPE", "LANG"})
        if (const char* value = std::getenv(variable); value && *value)
        {
            locale = value;
            break;
        }
    return locale.empty() || locale == "C" || locale == "POSIX";
}

void write_language_setting(const fs::path& profile, const std::string& language)
{
    fs::create_directories(profile / "user");
    std::ofstream out(profile / "user" / "registrymodifications.xcu");
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
           "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
        // The user's choice (Tools ▸ Options ▸ Language Settings ▸ User interface); the office
        // derives Setup/L10N/ooLocale from it at start.
        << "<item oor:path=\"/org.openoffice.Office.Linguistic/General\"><prop oor:name=\"UILocale\" "
           "oor:op=\"fuse\"><value>"
        << language << "</value></prop></item>\n"
        << "</oor:items>\n";
}

// Approves whatever the ExtensionManager asks (licence, "install for this user?"), keeps the first
// error it reports.
class ApprovingEnvironment final
    : public cppu::WeakImplHelper3<ucb::XCommandEnvironment, task::XInteractionHandler, ucb::XProgressHandler>
{
public:
    uno::Reference<task::XInteractionHandler> SAL_CALL getInteractionHandler() override { return this; }
    uno::Reference<ucb::XProgressHandler> SAL_CALL getProgressHandler() override { return this; }

    void SAL_CALL handle(const uno::Reference<task::XInteractionRequest>& request) override
    {
        const uno::Any what = request->getRequest();
        uno::Exception exception;
        const bool is_error = (what >>= exception) && !exception.Message.isEmpty();
        const auto continuations = request->getContinuations();
        for (sal_Int32 i = 0; i < continuations.getLength(); ++i)
        {
            const uno::Reference<task::XInteractionApprove> approve(continuations[i], uno::UNO_QUERY);
            if (approve.is())
            {
                approve->select();
                return;
            }
        }
        if (is_error && error_.empty())
            error_ = to_utf8(exception.Message);
        for (sal_Int32 i = 0; i < continuations.getLength(); ++i)
        {
            const uno::Reference<task::XInteractionAbort> abort(continuations[i], uno::UNO_QUERY);
            if (abort.is())
            {
                abort->select();
                return;
            }
        }
    }

    void SAL_CALL push(const uno::Any&) override {}
    void SAL_CALL update(const uno::Any&) override {}
    void SAL_CALL pop() override {}

    const std::string& error() const { return error_; }

private:
    std::string error_;
};

} // namespace

std::string file_url(const fs::path& path)
{
    const rtl::OUString encoded = rtl::Uri::encode(to_ustring(fs::absolute(path).lexically_normal().string()),
                                                   rtl_UriCharClassUric, rtl_UriEncodeIgnoreEscapes,
                                                   RTL_TEXTENCODING_UTF8);
    // Keep the slashes that separate path segments.
    std::string url = "file://" + to_utf8(encoded.replaceAll(ascii("%2F"),
                                                          ascii("/")));
    return url;
}

UnoRuntime::UnoRuntime(const fs::path& program_dir, const std::vector<fs::path>& extra_types)
{
    // Without URE_BOOTSTRAP the bootstrap crashes instead of failing.
    const std::string bootstrap = "vnd.sun.star.pathname:" + (program_dir / "fundamentalrc").string();
    setenv("URE_BOOTSTRAP", bootstrap.c_str(), 1);
    try
    {
        context_ = cppu::defaultBootstrap_InitialComponentContext();
        const uno::Reference<container::XSet> types(
            context_->getValueByName(ascii("/singletons/com.sun.star.reflection.theTypeDescriptionManager")),
            uno::UNO_QUERY_THROW);
        for (const auto& library : extra_types)
            types->insert(uno::Any(to_ustring(file_url(library))));
    }
    catch (const uno::Exception& e)
    {
        throw OfficeError(format(message_language(), "office.error.start", {to_utf8(e.Message)}));
    }
}

UnoRuntime::~UnoRuntime()
{
    const uno::Reference<lang::XComponent> component(context_, uno::UNO_QUERY);
    context_.clear();
    if (component.is())
        component->dispose();
}

fs::path find_office_program_dir(const std::optional<fs::path>& hint)
{
    std::vector<fs::path> candidates;
    if (hint)
    {
        // The user named it: that one or none (a typo must not silently run another office).
        if (fs::exists(*hint / "soffice.bin") && fs::exists(*hint / "fundamentalrc"))
            return *hint;
        throw OfficeError(format(message_language(), "office.error.not_found", {hint->string()}));
    }
    if (const char* env = std::getenv("SANGKIEN_OFFICE"); env && *env)
        candidates.emplace_back(env);
    candidates.emplace_back(SANGKIEN_LO_PROGRAM_DIR);
    candidates.emplace_back("/usr/lib/libreoffice/program");
    std::error_code ignored;
    for (const auto& entry : fs::directory_iterator("/opt", ignored))
        if (entry.path().filename().string().rfind("libreoffice", 0) == 0)
            candidates.push_back(entry.path() / "program");
    std::string looked;
    for (const auto& candidate : candidates)
    {
        if (fs::exists(candidate / "soffice.bin") && fs::exists(candidate / "fundamentalrc"))
            return candidate;
        looked += (looked.empty() ? "" : ", ") + candidate.string();
    }
    throw OfficeError(format(message_language(), "office.error.not_found", {looked}));
}

namespace {

constexpr const char* kFolderPrefix = "sangkien-office-";

// The office's environment: ours, with its temporary files (lu*.tmp, and during a store a plain
// copy of the document) inside the run's private folder, which goes with the run.
std::vector<std::string> office_environment(const fs::path& temp)
{
    const bool utf8_names = office_needs_utf8_file_names();
    std::vector<std::string> environment;
    for (char** entry = environ; *entry; ++entry)
    {
        const std::string_view text(*entry);
        const std::string_view name = text.substr(0, text.find('='));
        if (name != "URE_BOOTSTRAP" && name != "TMPDIR" && name != "TMP" && name != "TEMP" && !(utf8_names && name == "LC_ALL"))
            environment.emplace_back(text);
    }
    for (const char* name : {"TMPDIR", "TMP", "TEMP"})
        environment.push_back(std::string(name) + "=" + temp.string());
    if (utf8_names)
        environment.emplace_back("LC_ALL=C.UTF-8");
    return environment;
}

std::vector<char*> pointers_to(std::vector<std::string>& strings)
{
    std::vector<char*> pointers;
    for (auto& text : strings)
        pointers.push_back(text.data());
    pointers.push_back(nullptr);
    return pointers;
}

// In the forked child: only async-signal-safe calls until execve.
[[noreturn]] void become_office(pid_t parent, const char* log, const char* binary, char* const* argv, char* const* envp)
{
    // Its own process group, so that the office and everything it starts (uno.bin while an
    // extension is installed) are ended together, and a Ctrl+C at the terminal reaches only us.
    setpgid(0, 0);
    // The office must not outlive us, whatever happens to this process.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent)
        _exit(127);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr); // handle_interruptions() blocked some in the parent
    const int fd = open(log, O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (fd >= 0)
    {
        dup2(fd, STDOUT_FILENO);
        dup2(fd, STDERR_FILENO);
        close(fd);
    }
    const int null = open("/dev/null", O_RDONLY);
    if (null >= 0)
        dup2(null, STDIN_FILENO);
    execve(binary, argv, envp);
    _exit(127);
}

std::string pipe_name_for(const fs::path& folder)
{
    return "sangkien-" + folder.filename().string().substr(std::string(kFolderPrefix).size());
}

// The pipe sockets an office with this profile makes: LibreOffice puts them in /tmp whatever
// TMPDIR says, and leaves them there when it is killed. Its single-instance pipe is named after
// the MD5 of its profile's URL (in UTF-16), each byte in hexadecimal without leading zeros.
std::vector<fs::path> office_sockets(const fs::path& folder)
{
    const std::string prefix = "/tmp/OSL_PIPE_" + std::to_string(getuid()) + "_";
    std::vector<fs::path> sockets{prefix + pipe_name_for(folder)};
    const rtl::OUString url = to_ustring(file_url(folder));
    sal_uInt8 digest[RTL_DIGEST_LENGTH_MD5];
    if (rtl_digest_MD5(url.getStr(), url.getLength() * sizeof(sal_Unicode), digest, sizeof digest) == rtl_Digest_E_None)
    {
        std::ostringstream name;
        name << std::hex;
        for (const sal_uInt8 byte : digest)
            name << static_cast<unsigned>(byte);
        sockets.emplace_back(prefix + "SingleOfficeIPC_" + name.str());
    }
    return sockets;
}

} // namespace

OfficeSession::OfficeSession(const UnoRuntime& runtime, OfficeOptions options)
    : runtime_(runtime), options_(std::move(options)), folder_(kFolderPrefix, office_sockets)
{
    pipe_name_ = pipe_name_for(folder_.path());
    if (options_.keep_profile)
        folder_.keep();
    // This process reaps what the office leaves running when it ends (see end_process_group).
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    std::error_code error;
    fs::create_directories(folder_.path() / "tmp", error);
    if (options_.seed_profile)
        fs::copy(*options_.seed_profile / "user", folder_.path() / "user", fs::copy_options::recursive | fs::copy_options::copy_symlinks);
    else if (!options_.ui_language.empty())
        write_language_setting(folder_.path(), options_.ui_language);
    try
    {
        start();
    }
    catch (...)
    {
        stop();
        throw;
    }
}

OfficeSession::~OfficeSession()
{
    try
    {
        stop();
    }
    catch (...)
    {
        kill_office();
    }
}

void OfficeSession::start()
{
    const auto began = std::chrono::steady_clock::now();
    const std::string binary = (options_.program_dir / "soffice.bin").string();
    std::vector<std::string> arguments = {
        binary, "--norestore", "--nologo", "--nodefault", "--nolockcheck",
        "-env:UserInstallation=" + file_url(folder_.path()),
        "--accept=pipe,name=" + pipe_name_ + ";urp;StarOffice.ComponentContext"};
    if (options_.headless)
        arguments.insert(arguments.begin() + 1, {"--headless", "--invisible"});
    const std::string log = (folder_.path() / "office.log").string();
    auto environment = office_environment(folder_.path() / "tmp");
    const auto envp = pointers_to(environment);
    const auto argv = pointers_to(arguments);
    const pid_t parent = getpid();
    pid_ = fork();
    if (pid_ < 0)
        throw OfficeError(format(message_language(), "office.error.start", {std::strerror(errno)}));
    if (pid_ == 0)
        become_office(parent, log.c_str(), binary.c_str(), argv.data(), envp.data());
    setpgid(pid_, pid_); // as the child does: whichever runs first
    folder_.watch_office(pid_);
    connect();
    last_start_ = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - began);
}

void OfficeSession::connect()
{
    const auto resolver = bridge::UnoUrlResolver::create(runtime_.context());
    const rtl::OUString url = to_ustring("uno:pipe,name=" + pipe_name_ + ";urp;StarOffice.ComponentContext");
    const auto deadline = std::chrono::steady_clock::now() + options_.start_timeout;
    while (std::chrono::steady_clock::now() < deadline)
    {
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_)
        {
            office_gone();
            const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            if (code == kRestartRequested)
            {
                start();
                return;
            }
            throw OfficeError(format(message_language(), "office.error.exited", {std::to_string(code)}) + "\n"
                              + office_log());
        }
        try
        {
            remote_.set(resolver->resolve(url), uno::UNO_QUERY_THROW);
            return;
        }
        catch (const connection::NoConnectException&)
        {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }
    kill_office();
    throw OfficeError(format(message_language(), "office.error.timeout",
                             {std::to_string(options_.start_timeout.count())}));
}

bool OfficeSession::wait_for_exit(std::chrono::milliseconds timeout, int& status)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (pid_ > 0)
    {
        if (waitpid(pid_, &status, WNOHANG) == pid_)
        {
            office_gone();
            return true;
        }
        if (std::chrono::steady_clock::now() >= deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return true;
}

void OfficeSession::kill_office()
{
    if (pid_ <= 0)
        return;
    end_process_group(pid_);
    int status = 0;
    waitpid(pid_, &status, 0);
    office_gone();
    record_exit({true, 128 + SIGKILL, {}});
}

// The office has ended: what it started and left running (uno.bin) ends too.
void OfficeSession::office_gone()
{
    end_process_group(pid_);
    folder_.office_ended();
    pid_ = -1;
}

void OfficeSession::shut_down_office()
{
    if (pid_ > 0 && remote_.is())
    {
        try
        {
            frame::Desktop::create(remote_)->terminate();
        }
        catch (const uno::Exception&)
        {
            // The bridge goes away while the office shuts down: expected.
        }
    }
    remote_.clear();
    const bool running = pid_ > 0;
    int status = 0;
    if (!wait_for_exit(options_.stop_timeout, status))
        kill_office();
    else if (running)
        record_exit({false, WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), {}});
}

void OfficeSession::record_exit(OfficeExit exit)
{
    if (!exit.clean())
    {
        constexpr std::size_t kKept = 4000;
        exit.output = office_log();
        if (exit.output.size() > kKept)
            exit.output.erase(0, exit.output.size() - kKept);
    }
    exits_.push_back(std::move(exit));
}

void OfficeSession::restart()
{
    shut_down_office();
    start();
}

void OfficeSession::restart(const std::function<void(const fs::path&)>& while_stopped)
{
    shut_down_office();
    if (while_stopped)
        while_stopped(folder_.path());
    start();
}

void OfficeSession::stop()
{
    shut_down_office();
    folder_.end();
}

namespace {

OfficeOptions in_folder(OfficeOptions options, const fs::path& program_dir)
{
    options.program_dir = program_dir;
    return options;
}

} // namespace

namespace {

// FNV-1a over bytes: a name for what a prepared profile was made of (not a security measure).
struct Fingerprint
{
    std::uint64_t value = 1469598103934665603ULL;
    void add(std::string_view bytes)
    {
        for (const char c : bytes)
            value = (value ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
        value = (value ^ 0xFF) * 1099511628211ULL; // a separator
    }
    void add_file(const fs::path& file)
    {
        std::ifstream in(file, std::ios::binary);
        std::string buffer(1 << 16, '\0');
        while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0)
            add(std::string_view(buffer.data(), static_cast<std::size_t>(in.gcount())));
    }
    std::string hex() const
    {
        std::ostringstream out;
        out << std::hex << value;
        return out.str();
    }
};

constexpr const char* kReadyMark = "ready"; // written last: a prepared profile without it is unfinished
constexpr std::size_t kPreparedKept = 3;    // the newest ones (each a few MB)

// The prepared profile for this office, these extensions and this language (it may not exist yet).
std::optional<fs::path> prepared_profile_for(const OfficeSetup& setup, const fs::path& program_dir)
{
    if (!setup.profile_cache || setup.extensions.empty())
        return std::nullopt;
    Fingerprint print;
    print.add(program_dir.string());
    std::error_code error;
    const fs::path binary = program_dir / "soffice.bin";
    print.add(std::to_string(fs::file_size(binary, error)));
    print.add(std::to_string(fs::last_write_time(binary, error).time_since_epoch().count()));
    print.add(setup.options.ui_language);
    for (const auto& extension : setup.extensions)
        print.add_file(extension);
    return *setup.profile_cache / print.hex();
}

bool is_ready(const fs::path& prepared)
{
    std::error_code error;
    return fs::exists(prepared / kReadyMark, error) && fs::is_directory(prepared / "user", error);
}

// The newest prepared profiles stay; older ones and unfinished copies of runs that are gone go.
void prune_prepared(const fs::path& cache)
{
    std::error_code error;
    std::vector<std::pair<fs::file_time_type, fs::path>> ready;
    for (const auto& entry : fs::directory_iterator(cache, error))
    {
        const std::string name = entry.path().filename().string();
        if (name.find(".part-") != std::string::npos)
        {
            const pid_t owner = static_cast<pid_t>(std::atol(name.c_str() + name.find(".part-") + 6));
            if (owner > 0 && kill(owner, 0) != 0 && errno == ESRCH)
                fs::remove_all(entry.path(), error);
            continue;
        }
        ready.emplace_back(fs::last_write_time(entry.path(), error), entry.path());
    }
    std::sort(ready.begin(), ready.end(), std::greater<>());
    for (std::size_t i = kPreparedKept; i < ready.size(); ++i)
        fs::remove_all(ready[i].second, error);
}

// The profile of a stopped office with the extensions just installed, kept as `prepared`: copied
// beside it under a name of this process's, then renamed (a run that prepared it first wins).
void keep_prepared(const fs::path& profile, const fs::path& prepared)
{
    std::error_code error;
    const fs::path cache = prepared.parent_path();
    fs::create_directories(cache, error);
    fs::permissions(cache, fs::perms::owner_all, error);
    const fs::path part = cache / (prepared.filename().string() + ".part-" + std::to_string(getpid()));
    fs::remove_all(part, error);
    fs::create_directory(part, error);
    fs::copy(profile / "user", part / "user", fs::copy_options::recursive | fs::copy_options::copy_symlinks, error);
    if (!error)
    {
        std::ofstream(part / kReadyMark) << "1\n";
        fs::rename(part, prepared, error);
    }
    if (error)
        fs::remove_all(part, error);
    prune_prepared(cache);
}

OfficeOptions in_folder(OfficeOptions options, const fs::path& program_dir, const std::optional<fs::path>& seed)
{
    options.program_dir = program_dir;
    if (seed)
        options.seed_profile = *seed;
    return options;
}

} // namespace

std::optional<fs::path> prepared_profiles_folder()
{
    if (const char* cache = std::getenv("XDG_CACHE_HOME"); cache && *cache == '/')
        return fs::path(cache) / "sangkien" / "profiles";
    if (const char* home = std::getenv("HOME"); home && *home == '/')
        return fs::path(home) / ".cache" / "sangkien" / "profiles";
    return std::nullopt;
}

PrivateOffice::PrivateOffice(OfficeSetup setup)
    : program_dir_(find_office_program_dir(setup.office)), prepared_(prepared_profile_for(setup, program_dir_)),
      seeded_(prepared_ && is_ready(*prepared_)),
      own_runtime_(setup.runtime ? nullptr : std::make_unique<UnoRuntime>(program_dir_, setup.extra_types)),
      runtime_(setup.runtime ? *setup.runtime : *own_runtime_)
{
    if (seeded_)
    {
        try
        {
            session_.emplace(runtime_, in_folder(setup.options, program_dir_, prepared_));
            // The extensions must be there as installed: else the prepared profile is made again.
            const auto installed = deployment::ExtensionManager::get(session_->context())
                                       ->getDeployedExtensions(ascii("user"), uno::Reference<task::XAbortChannel>(),
                                                               uno::Reference<ucb::XCommandEnvironment>());
            if (static_cast<std::size_t>(installed.getLength()) < setup.extensions.size())
                throw OfficeError("prepared profile without its extensions");
            std::error_code error;
            fs::last_write_time(*prepared_, fs::file_time_type::clock::now(), error); // recently used: kept
            return;
        }
        catch (const std::exception&)
        {
            forget_prepared();
        }
        catch (const uno::Exception&)
        {
            forget_prepared();
        }
    }
    session_.emplace(runtime_, in_folder(std::move(setup.options), program_dir_, std::nullopt));
    for (const auto& extension : setup.extensions)
        session_->add_extension(extension);
    if (!setup.extensions.empty())
        session_->restart([this](const fs::path& profile) {
            if (prepared_)
                keep_prepared(profile, *prepared_);
        });
}

// A prepared profile the office did not start from (or without the extensions): its session goes,
// and the profile is made again by a fresh installation.
void PrivateOffice::forget_prepared()
{
    session_.reset();
    std::error_code error;
    fs::remove_all(*prepared_, error);
    seeded_ = false;
}

std::string OfficeSession::office_log() const
{
    std::ifstream in(folder_.path() / "office.log");
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string OfficeSession::add_extension(const fs::path& oxt)
{
    const Language language = message_language();
    if (!fs::exists(oxt))
        throw OfficeError(format(language, "office.error.oxt_missing", {oxt.string()}));
    const rtl::Reference<ApprovingEnvironment> environment(new ApprovingEnvironment);
    std::string version;
    try
    {
        const auto manager = deployment::ExtensionManager::get(remote_);
        const auto package = manager->addExtension(to_ustring(file_url(oxt)), uno::Sequence<beans::NamedValue>(),
                                                   ascii("user"),
                                                   manager->createAbortChannel(),
                                                   uno::Reference<ucb::XCommandEnvironment>(environment.get()));
        if (!package.is())
            throw OfficeError(format(language, "office.error.install", {environment->error()}));
        version = to_utf8(package->getVersion());
    }
    catch (const uno::Exception& e)
    {
        const std::string reason = environment->error().empty() ? to_utf8(e.Message) : environment->error();
        throw OfficeError(format(language, "office.error.install", {reason}));
    }
    return version;
}

std::string OfficeSession::install_extension(const fs::path& oxt)
{
    std::string version = add_extension(oxt);
    restart();
    return version;
}

} // namespace sangkien::launcher
