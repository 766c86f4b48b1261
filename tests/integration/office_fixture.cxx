#include "office_fixture.hxx"

#include <cstdlib>

namespace sangkien::test {

OfficeEnvironment* OfficeEnvironment::instance_ = nullptr;

void OfficeEnvironment::SetUp()
{
    instance_ = this;
    try
    {
        const auto program_dir = launcher::find_office_program_dir(std::nullopt);
        runtime_ = std::make_unique<launcher::UnoRuntime>(program_dir, std::vector<std::filesystem::path>{SANGKIEN_TEST_RDB});
        launcher::OfficeOptions options;
        options.program_dir = program_dir;
        options.ui_language = ui_language_;
        session_ = std::make_unique<launcher::OfficeSession>(*runtime_, options);
        session_->install_extension(SANGKIEN_TEST_OXT);
    }
    catch (const std::exception& e)
    {
        session_.reset();
        FAIL() << "Cannot prepare the office: " << e.what();
    }
}

void OfficeEnvironment::TearDown()
{
    session_.reset();
    runtime_.reset();
}

launcher::OfficeSession& OfficeEnvironment::session()
{
    if (!instance_ || !instance_->session_)
        throw std::runtime_error("no office: the environment failed to start it");
    return *instance_->session_;
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
