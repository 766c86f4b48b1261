// vn.sangkien:Check on a real Calc document: the extension reads the sheets through getDataArray
// and must reach exactly the summary the core computes from the same cells in memory.
#include <fstream>

#include "office_fixture.hxx"
#include "core/features/sample.hxx"
#include "core/rules/criteria_settings.hxx"
#include "core/rules/summary_text.hxx"

using namespace sangkien;

namespace {

std::string expected_summary(const core::SampleWorkbook& sample, core::Language language)
{
    const core::Workbook book = core::read_workbook(sample.input);
    const core::Review review = core::review_workbook(book, core::resolve_criteria(book).criteria);
    return core::summary_text(book, review, core::summarise(book, review), language);
}

TEST(CheckCommand, ReadsTheSheetsExactlyAsTheCoreDoes)
{
    const test::TempDir folder;
    const auto file = folder.path() / "mau.fods";
    const core::SampleWorkbook sample = core::generate_sample({600, 17, true});
    {
        std::ofstream out(file);
        core::write_fods(sample, out);
    }
    const launcher::Document document(test::OfficeEnvironment::context(), launcher::file_url(file), true, true);
    const auto outcome = launcher::dispatch_command(document, "vn.sangkien:Check");
    ASSERT_TRUE(outcome.dispatched);
    ASSERT_TRUE(outcome.succeeded) << outcome.result;
    const auto language = core::language_from_tag(test::OfficeEnvironment::ui_language(), core::Language::english);
    EXPECT_EQ(outcome.result, expected_summary(sample, language));
}

TEST(CheckCommand, AnEmptyDocumentIsReportedNotACrash)
{
    // No list: the command fails with the message a user reads (the CLI then exits non-zero).
    const auto document = launcher::Document::new_spreadsheet(test::OfficeEnvironment::context());
    const auto outcome = launcher::dispatch_command(document, "vn.sangkien:Check");
    ASSERT_TRUE(outcome.dispatched);
    EXPECT_FALSE(outcome.succeeded);
    const auto language = core::language_from_tag(test::OfficeEnvironment::ui_language(), core::Language::english);
    EXPECT_EQ(outcome.result, core::text(language, "workbook.no_initiatives"));
}

} // namespace
