#include "office_fixture.hxx"

#include <cstdlib>
#include <iostream>
#include <memory>
#include <string_view>
#include <typeinfo>

#include <cxxabi.h>
#include <dlfcn.h>

#include <com/sun/star/uno/Exception.hpp>

#include "sangkien/uno_common/ustring.hxx"

// A UNO exception that escapes a test reaches GoogleTest as "unknown C++ exception": UNO's
// exceptions do not derive from std::exception. Every throw of this process passes here first
// (the bridge's too: the symbol is exported, see CMakeLists.txt): a UNO exception's type and
// message are noted, and the listener below prints them beside such a failure.
namespace {

thread_local std::string g_last_uno_exception;

std::string demangled(const char* name)
{
    int status = 0;
    const std::unique_ptr<char, void (*)(void*)> readable(abi::__cxa_demangle(name, nullptr, nullptr, &status), std::free);
    return status == 0 && readable ? readable.get() : name;
}

} // namespace

namespace __cxxabiv1 {

extern "C" void __cxa_throw(void* object, std::type_info* type, void (*destroy)(void*))
{
    void* as_uno = object;
    if (typeid(com::sun::star::uno::Exception).__do_catch(type, &as_uno, 1))
        ::g_last_uno_exception = ::demangled(type->name()) + ": "
                               + sangkien::to_utf8(static_cast<const com::sun::star::uno::Exception*>(as_uno)->Message);
    using Throw = void (*)(void*, std::type_info*, void (*)(void*));
    static const auto real = reinterpret_cast<Throw>(dlsym(RTLD_NEXT, "__cxa_throw"));
    real(object, type, destroy);
    std::abort(); // never reached: the real one does not return
}

} // namespace __cxxabiv1

namespace sangkien::test {

namespace {

class UnoExceptionNamer : public ::testing::EmptyTestEventListener
{
    void OnTestStart(const ::testing::TestInfo&) override { g_last_uno_exception.clear(); }
    void OnTestPartResult(const ::testing::TestPartResult& result) override
    {
        if (result.failed() && std::string_view(result.message()).find("Unknown C++ exception") != std::string_view::npos)
            std::cout << "    the exception was a UNO exception: "
                      << (g_last_uno_exception.empty() ? std::string("(not seen)") : g_last_uno_exception) << std::endl;
    }
};

} // namespace

OfficeEnvironment* OfficeEnvironment::instance_ = nullptr;

void OfficeEnvironment::SetUp()
{
    instance_ = this;
    try
    {
        launcher::OfficeSetup setup;
        setup.extensions = {SANGKIEN_TEST_OXT};
        setup.extra_types = {SANGKIEN_TEST_RDB};
        setup.options.ui_language = ui_language_;
        office_ = std::make_unique<launcher::PrivateOffice>(std::move(setup));
    }
    catch (const std::exception& e)
    {
        office_.reset();
        FAIL() << "Cannot prepare the office: " << e.what();
    }
}

void OfficeEnvironment::TearDown()
{
    if (office_)
    {
        // Every office this binary started must have shut down cleanly: exit status 0, not killed
        // (a crash on the way out is what a user meets as document recovery at the next start).
        auto& session = office_->session();
        session.stop();
        for (const auto& exit : session.exits())
            EXPECT_TRUE(exit.clean()) << "the office did not exit cleanly: "
                                      << (exit.killed ? "killed after the stop timeout" : "exit status " + std::to_string(exit.status))
                                      << "\n" << exit.output;
    }
    office_.reset();
}

launcher::OfficeSession& OfficeEnvironment::session()
{
    if (!instance_ || !instance_->office_)
        throw std::runtime_error("no office: the environment failed to start it");
    return instance_->office_->session();
}

int run_with_office(int argc, char** argv, const std::string& ui_language)
{
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::UnitTest::GetInstance()->listeners().Append(new UnoExceptionNamer);
    ::testing::AddGlobalTestEnvironment(new OfficeEnvironment(ui_language));
    return RUN_ALL_TESTS();
}

TempDir::TempDir()
{
    std::string pattern = (std::filesystem::temp_directory_path() / "sangkien-test-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
}

TempDir::~TempDir()
{
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

} // namespace sangkien::test
