// One headless office per test binary, with the freshly built .oxt installed in a private profile.
// Tests reach it through office(); the environment stops it and removes the profile at the end,
// and the launcher makes sure it dies with the test process even when a test crashes.
#pragma once

#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "sangkien/launcher/office_calls.hxx"
#include "sangkien/launcher/office_session.hxx"

namespace sangkien::test {

class OfficeEnvironment : public ::testing::Environment
{
public:
    explicit OfficeEnvironment(std::string ui_language) : ui_language_(std::move(ui_language)) {}

    void SetUp() override;
    void TearDown() override;

    static launcher::OfficeSession& session();
    static launcher::ContextRef context() { return session().context(); }
    // The UI language the office was started with ("vi", "en-US").
    static const std::string& ui_language() { return instance_->ui_language_; }

private:
    std::string ui_language_;
    std::unique_ptr<launcher::PrivateOffice> office_;
    static OfficeEnvironment* instance_;
};

// Registers the environment; call from main() of each integration test binary.
int run_with_office(int argc, char** argv, const std::string& ui_language);

// A fresh temporary folder for files a test writes; removed with the object.
class TempDir
{
public:
    TempDir();
    ~TempDir();
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

} // namespace sangkien::test
