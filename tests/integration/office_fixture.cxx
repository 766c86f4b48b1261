#include "office_fixture.hxx"

#include <cstdlib>

namespace sangkien::test {

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
