// The launcher's promises: a clear, bounded failure when the office does not start or does not
// answer; nothing left behind after a normal stop; and an office that dies with its client even
// when the client crashes, its profile cleaned up by the next start.
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <thread>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <rtl/digest.h>
#include <rtl/ustring.hxx>

#include "sangkien/launcher/office_calls.hxx"
#include "sangkien/launcher/office_session.hxx"
#include "sangkien/launcher/run_folder.hxx"

extern char** environ;

using namespace sangkien;
namespace fs = std::filesystem;

namespace {

std::unique_ptr<launcher::UnoRuntime> g_runtime;
fs::path g_program_dir;

class RuntimeEnvironment : public ::testing::Environment
{
public:
    void SetUp() override
    {
        g_program_dir = launcher::find_office_program_dir(std::nullopt);
        g_runtime = std::make_unique<launcher::UnoRuntime>(g_program_dir);
    }
    void TearDown() override { g_runtime.reset(); }
};

bool process_gone(pid_t pid)
{
    if (kill(pid, 0) != 0)
        return errno == ESRCH;
    // A zombie waiting for a reaper that is not us counts as gone.
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string field;
    for (int i = 0; i < 3 && stat >> field; ++i)
    {
    }
    return field == "Z" || field == "X";
}

bool wait_until_gone(pid_t pid, std::chrono::seconds limit)
{
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (!process_gone(pid))
    {
        if (std::chrono::steady_clock::now() > deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return true;
}

// A folder that looks like an office program folder but whose soffice.bin is a shell script.
class FakeOffice
{
public:
    explicit FakeOffice(const std::string& script)
    {
        std::string pattern = (fs::temp_directory_path() / "sangkien-fake-XXXXXX").string();
        dir_ = mkdtemp(pattern.data());
        std::ofstream(dir_ / "fundamentalrc") << "";
        std::ofstream(dir_ / "soffice.bin") << "#!/bin/sh\n" << script << "\n";
        fs::permissions(dir_ / "soffice.bin", fs::perms::owner_all);
    }
    ~FakeOffice()
    {
        std::error_code ignored;
        fs::remove_all(dir_, ignored);
    }
    const fs::path& dir() const { return dir_; }

private:
    fs::path dir_;
};

launcher::OfficeOptions options_for(const fs::path& program_dir, int timeout_seconds = 90)
{
    launcher::OfficeOptions options;
    options.program_dir = program_dir;
    options.start_timeout = std::chrono::seconds(timeout_seconds);
    return options;
}

int count_profiles()
{
    int n = 0;
    for (const auto& entry : fs::directory_iterator(fs::temp_directory_path()))
        n += entry.path().filename().string().rfind("sangkien-office-", 0) == 0;
    return n;
}

TEST(Launcher, FindsTheOfficeItIsPointedAt)
{
    const FakeOffice fake("exit 0");
    EXPECT_EQ(launcher::find_office_program_dir(fake.dir()), fake.dir());
}

TEST(Launcher, AnOfficeThatExitsAtOnceGivesItsExitCode)
{
    const int before = count_profiles();
    const FakeOffice fake("echo 'broken office' >&2; exit 3");
    try
    {
        launcher::OfficeSession session(*g_runtime, options_for(fake.dir()));
        FAIL() << "the session started";
    }
    catch (const launcher::OfficeError& e)
    {
        const std::string message = e.what();
        EXPECT_NE(message.find("3"), std::string::npos) << message;
        EXPECT_NE(message.find("broken office"), std::string::npos) << message;
    }
    EXPECT_EQ(count_profiles(), before);
}

TEST(Launcher, AnOfficeThatNeverAnswersTimesOutAndIsKilled)
{
    const FakeOffice fake("echo $$ > \"$SANGKIEN_FAKE_PID\"; exec sleep 600");
    const fs::path pid_file = fake.dir() / "pid";
    setenv("SANGKIEN_FAKE_PID", pid_file.c_str(), 1);
    const auto began = std::chrono::steady_clock::now();
    EXPECT_THROW(launcher::OfficeSession(*g_runtime, options_for(fake.dir(), 2)), launcher::OfficeError);
    EXPECT_LT(std::chrono::steady_clock::now() - began, std::chrono::seconds(15));
    pid_t pid = 0;
    std::ifstream(pid_file) >> pid;
    ASSERT_GT(pid, 0);
    EXPECT_TRUE(wait_until_gone(pid, std::chrono::seconds(5)));
}

TEST(Launcher, ARealOfficeStopsAndLeavesNothing)
{
    pid_t pid = 0;
    fs::path profile;
    {
        launcher::OfficeSession session(*g_runtime, options_for(g_program_dir));
        pid = session.office_pid();
        profile = session.profile_dir();
        ASSERT_GT(pid, 0);
        EXPECT_TRUE(session.context().is());
        EXPECT_TRUE(fs::exists(profile / "user"));
        session.stop();
        ASSERT_EQ(session.exits().size(), 1u);
        EXPECT_TRUE(session.exits().front().clean())
            << "exit status " << session.exits().front().status << "\n" << session.exits().front().output;
    }
    EXPECT_TRUE(wait_until_gone(pid, std::chrono::seconds(5)));
    EXPECT_FALSE(fs::exists(profile));
}

TEST(Launcher, AnOfficeThatDiesIsNotACleanExit)
{
    launcher::OfficeSession session(*g_runtime, options_for(g_program_dir));
    const pid_t pid = session.office_pid();
    ASSERT_GT(pid, 0);
    kill(pid, SIGSEGV); // as a crash on the way out would end it
    session.stop();
    ASSERT_EQ(session.exits().size(), 1u);
    EXPECT_FALSE(session.exits().front().clean());
    EXPECT_GT(session.exits().front().status, 128); // its own crash handler may end it with SIGABRT
}

// The office's single-instance pipe socket, which LibreOffice makes in /tmp whatever TMPDIR says:
// named after the MD5 of the profile's URL in UTF-16, each byte in hexadecimal without leading zeros.
fs::path single_instance_socket(const fs::path& profile)
{
    const rtl::OUString url = rtl::OUString::fromUtf8(launcher::file_url(profile).c_str());
    sal_uInt8 digest[RTL_DIGEST_LENGTH_MD5];
    rtl_digest_MD5(url.getStr(), url.getLength() * sizeof(sal_Unicode), digest, sizeof digest);
    std::ostringstream name;
    name << "/tmp/OSL_PIPE_" << getuid() << "_SingleOfficeIPC_" << std::hex;
    for (const sal_uInt8 byte : digest)
        name << static_cast<unsigned>(byte);
    return name.str();
}

// Run only as a child of the next test: starts an office, says where, then crashes.
TEST(CrashHelper, StartsAnOfficeThenCrashes)
{
    const char* report = std::getenv("SANGKIEN_CRASH_REPORT");
    if (!report)
        GTEST_SKIP() << "helper for Launcher.AnOfficeDiesWithACrashedClient";
    launcher::OfficeSession session(*g_runtime, options_for(g_program_dir));
    std::ofstream(report) << session.office_pid() << "\n" << session.profile_dir().string() << "\n"
                          << fs::exists(fs::symlink_status(single_instance_socket(session.profile_dir()))) << "\n";
    const rlimit no_core{0, 0};
    setrlimit(RLIMIT_CORE, &no_core);
    std::abort();
}

TEST(Launcher, AnOfficeDiesWithACrashedClient)
{
    const testing::TestInfo* info = testing::UnitTest::GetInstance()->current_test_info();
    (void)info;
    const fs::path report = fs::temp_directory_path() / ("sangkien-crash-" + std::to_string(getpid()));
    const std::string variable = "SANGKIEN_CRASH_REPORT=" + report.string();
    std::vector<char*> environment;
    for (char** e = environ; *e; ++e)
        if (std::string(*e).rfind("GTEST_OUTPUT=", 0) != 0)
            environment.push_back(*e);
    environment.push_back(const_cast<char*>(variable.c_str()));
    environment.push_back(nullptr);
    std::string self = fs::read_symlink("/proc/self/exe").string();
    std::string filter = "--gtest_filter=CrashHelper.*";
    char* argv[] = {self.data(), filter.data(), nullptr};
    pid_t child = 0;
    ASSERT_EQ(posix_spawn(&child, self.c_str(), nullptr, nullptr, argv, environment.data()), 0);
    int status = 0;
    waitpid(child, &status, 0);
    EXPECT_TRUE(WIFSIGNALED(status)) << "the helper was expected to crash";

    pid_t office = 0;
    std::string profile;
    bool socket_seen = false;
    {
        std::ifstream in(report);
        in >> office >> profile >> socket_seen;
    }
    fs::remove(report);
    ASSERT_GT(office, 0);
    EXPECT_TRUE(wait_until_gone(office, std::chrono::seconds(10))) << "office " << office << " outlived its client";
    // The crashed run's watcher removes its private folder.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    const auto socket_left = [&] { return fs::exists(fs::symlink_status(single_instance_socket(profile))); };
    while ((fs::exists(profile) || socket_left()) && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    EXPECT_FALSE(fs::exists(profile)) << "the crashed run's private folder was left";
    // So does the office's pipe socket in /tmp (seen while it ran: the name is right).
    EXPECT_TRUE(socket_seen) << single_instance_socket(profile) << " did not exist while the office ran";
    EXPECT_FALSE(fs::exists(fs::symlink_status(single_instance_socket(profile)))) << "its pipe socket was left in /tmp";
}

TEST(Launcher, TheOfficeKeepsItsTemporaryFilesInItsPrivateFolder)
{
    launcher::OfficeSession session(*g_runtime, options_for(g_program_dir));
    std::ifstream in("/proc/" + std::to_string(session.office_pid()) + "/environ");
    std::string entry;
    std::vector<std::string> temp;
    while (std::getline(in, entry, '\0'))
        if (entry.rfind("TMPDIR=", 0) == 0 || entry.rfind("TMP=", 0) == 0 || entry.rfind("TEMP=", 0) == 0)
            temp.push_back(entry.substr(entry.find('=') + 1));
    ASSERT_EQ(temp.size(), 3u);
    for (const auto& folder : temp)
        EXPECT_EQ(fs::path(folder), session.profile_dir() / "tmp");
    // Its own process group: what it starts ends with it.
    EXPECT_EQ(getpgid(session.office_pid()), session.office_pid());
    const pid_t group = session.office_pid();
    session.stop();
    EXPECT_TRUE(kill(-group, 0) != 0 && errno == ESRCH) << "a process of the office's group was left";
}

TEST(Launcher, TheNextRunRemovesTheFolderOfARunThatIsGone)
{
    // A pid that is surely gone: a child that has ended and been reaped.
    const pid_t child = fork();
    if (child == 0)
        _exit(0);
    waitpid(child, nullptr, 0);
    const fs::path abandoned = fs::temp_directory_path() / ("sangkien-office-" + std::to_string(child) + "-abc");
    const fs::path sample = fs::temp_directory_path() / ("sangkien-sample-" + std::to_string(child) + "-abc");
    for (const auto& folder : {abandoned, sample})
    {
        fs::create_directories(folder / "tmp");
        std::ofstream(folder / "tmp" / "lu1.tmp") << "user data";
    }
    {
        const launcher::RunFolder next("sangkien-sample-");
        EXPECT_TRUE(fs::exists(next.path()));
    }
    EXPECT_FALSE(fs::exists(abandoned));
    EXPECT_FALSE(fs::exists(sample));
}

} // namespace

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(new RuntimeEnvironment);
    return RUN_ALL_TESTS();
}

namespace {

// The SK.TIEN add-in of the installed extension, evaluated in a new spreadsheet.
double sk_tien_in(launcher::PrivateOffice& office)
{
    const launcher::Document document = launcher::Document::new_spreadsheet(office.context());
    return launcher::set_formula(document.sheet(0), "A1", "=SK.TIEN(\"500 triệu\")").value;
}

} // namespace

// The CLI's prepared profiles: the first run installs and keeps its profile; the next starts the
// office once from a copy, with the extension (add-ins included) as a fresh install has it; a
// prepared profile the office cannot start from is made again, never a failed run.
TEST(Launcher, APreparedProfileStartsOnceAndWorksLikeAFreshInstall)
{
    char templ[] = "/tmp/sangkien-prepared-test-XXXXXX";
    ASSERT_NE(mkdtemp(templ), nullptr);
    const fs::path cache = fs::path(templ) / "profiles";
    const auto setup = [&] {
        launcher::OfficeSetup s;
        s.office = g_program_dir;
        s.runtime = g_runtime.get();
        s.extensions = {SANGKIEN_TEST_OXT};
        s.options.ui_language = "vi";
        s.profile_cache = cache;
        return s;
    };
    fs::path prepared;
    {
        launcher::PrivateOffice first(setup());
        EXPECT_FALSE(first.started_prepared());
        EXPECT_DOUBLE_EQ(sk_tien_in(first), 500'000'000);
    }
    for (const auto& entry : fs::directory_iterator(cache))
        prepared = entry.path();
    ASSERT_TRUE(fs::exists(prepared / "ready")) << prepared;
    {
        launcher::PrivateOffice second(setup());
        EXPECT_TRUE(second.started_prepared());
        EXPECT_TRUE(second.session().exits().empty()) << "a prepared profile needs no restart";
        EXPECT_DOUBLE_EQ(sk_tien_in(second), 500'000'000);
    }
    // A broken one (its profile gone, the mark left): made again, and the run works.
    fs::remove_all(prepared / "user");
    fs::create_directories(prepared / "user");
    std::ofstream(prepared / "user" / "registrymodifications.xcu") << "not xml";
    {
        launcher::PrivateOffice third(setup());
        EXPECT_DOUBLE_EQ(sk_tien_in(third), 500'000'000);
    }
    EXPECT_TRUE(fs::exists(prepared / "ready"));
    fs::remove_all(templ);
}
