#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "core/forms/user_options.hxx"

using namespace sangkien::core;

namespace {

constexpr Language vi = Language::vietnamese;

TEST(UserOptions, EmptyTextsMeanThePlan)
{
    const Criteria criteria = criteria_from_options({}, vi);
    EXPECT_EQ(criteria.period_start, (Date{2021, 9, 1}));
    EXPECT_EQ(criteria.cutoff, (Date{2023, 8, 31}));
    EXPECT_EQ(criteria.threshold, 500'000'000);
    EXPECT_TRUE(options_problems({}, vi).empty());
}

TEST(UserOptions, TextsSetTheDefaultCriteria)
{
    UserOptions options;
    options.criteria[CriterionKey::period_start] = "1/9/2023";
    options.criteria[CriterionKey::period_end] = "31/8/2025";
    options.criteria[CriterionKey::cutoff] = "ngày 31 tháng 8 năm 2025";
    options.criteria[CriterionKey::threshold] = "1 tỷ";
    options.criteria[CriterionKey::grounds] = "Và";
    std::vector<std::string> problems;
    const Criteria criteria = criteria_from_options(options, vi, &problems);
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ(criteria.period_end, (Date{2025, 8, 31}));
    EXPECT_EQ(criteria.cutoff, (Date{2025, 8, 31}));
    EXPECT_EQ(criteria.threshold, 1'000'000'000);
    EXPECT_TRUE(criteria.grounds_and);
}

TEST(UserOptions, UnreadableSettingsAreNamedAndThePlansValueIsUsed)
{
    UserOptions stored;
    stored.criteria[CriterionKey::threshold] = "300 triệu";
    UserOptions edited = stored;
    edited.unit_name = "LĐLĐ huyện Dương Minh Châu";
    edited.criteria[CriterionKey::cutoff] = "31/2/2024";
    edited.criteria[CriterionKey::threshold] = "nhiều";
    edited.formats = "odt, pdf, rtf";
    const auto problems = options_problems(edited, vi);
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_NE(problems[0].find("31/2/2024"), std::string::npos);
    EXPECT_NE(problems[1].find("nhiều"), std::string::npos);
    EXPECT_NE(problems[2].find("rtf"), std::string::npos);
    const Criteria criteria = criteria_from_options(edited, vi);
    EXPECT_EQ(criteria.cutoff, Criteria{}.cutoff);
    EXPECT_EQ(criteria.threshold, Criteria{}.threshold);

    EXPECT_EQ(unreadable_option_labels(edited, vi), (std::vector<std::string>{"Hạn cập nhật", "Ngưỡng giá trị (đồng)", "Định dạng"}));
    EXPECT_TRUE(unreadable_option_labels(stored, vi).empty());

    // A reversed period is no period: the plan's, named once.
    UserOptions reversed;
    reversed.criteria[CriterionKey::period_start] = "1/9/2025";
    reversed.criteria[CriterionKey::period_end] = "31/8/2023";
    std::vector<std::string> said;
    const Criteria plan_period = criteria_from_options(reversed, vi, &said);
    EXPECT_EQ(plan_period.period_start, Criteria{}.period_start);
    EXPECT_EQ(plan_period.period_end, Criteria{}.period_end);
    ASSERT_EQ(said.size(), 1u);
    EXPECT_EQ(options_problems(reversed, vi), said);
    EXPECT_EQ(unreadable_option_labels(reversed, Language::english).size(), 2u);

    // A workbook reviewed with them says so, in either language.
    for (const Language language : {Language::vietnamese, Language::english})
    {
        Workbook book;
        for (const Issue& issue : resolve_criteria(book, edited, language).issues)
            book.issues.push_back(issue);
        ASSERT_EQ(book.issues.size(), 3u);
        EXPECT_TRUE(book.issues[0].is_error);
        EXPECT_NE(issue_message(book.issues[0], language).find("31/2/2024"), std::string::npos);
        EXPECT_EQ(book.issues[0].sheet, text(language, "options.settings_place"));
    }
}

// A setting the Thông tin sheet gives is not the settings' to report; formats are a note (they do
// not touch the figures); a merge's Thông tin never carries an unreadable text.
TEST(UserOptions, UnreadableSettingsAreReportedWhereThePlanStandsInOnly)
{
    UserOptions options;
    options.criteria[CriterionKey::cutoff] = "31/2/2024";
    options.criteria[CriterionKey::threshold] = "nhiều";
    options.formats = "rtf";
    Workbook book;
    book.sheet_names[SheetKind::settings] = "Thông tin";
    book.settings["han cap nhat"] = "15/9/2023";
    for (const Issue& issue : resolve_criteria(book, options, vi).issues)
            book.issues.push_back(issue);
    ASSERT_EQ(book.issues.size(), 2u);
    EXPECT_NE(issue_message(book.issues[0], vi).find("nhiều"), std::string::npos);
    EXPECT_TRUE(book.issues[0].is_error);
    EXPECT_NE(issue_message(book.issues[1], vi).find("rtf"), std::string::npos);
    EXPECT_FALSE(book.issues[1].is_error);

    // Reversed: named with the dates the settings give.
    UserOptions reversed;
    reversed.criteria[CriterionKey::period_start] = "01/09/2025";
    std::vector<std::string> said;
    criteria_from_options(reversed, vi, &said);
    ASSERT_EQ(said.size(), 1u);
    EXPECT_NE(said[0].find("từ 1/9/2025 đến 31/8/2023"), std::string::npos) << said[0];
}

TEST(UserOptions, OutputFormats)
{
    std::vector<std::string> unknown;
    EXPECT_EQ(output_formats("ODT; .pdf docx,pdf", &unknown), (std::vector<std::string>{"odt", "pdf", "docx"}));
    EXPECT_TRUE(unknown.empty());
    EXPECT_TRUE(output_formats("", &unknown).empty());
    output_formats("doc", &unknown);
    EXPECT_EQ(unknown, std::vector<std::string>{"doc"});
}

} // namespace

namespace {

// A file typed as a folder is named at OK, as an unreadable date is (walk 27: the mistake only
// showed when a dossier was made); a folder not made yet is no problem, OK offers to make it.
TEST(UserOptions, AFileOrARelativePathIsNoFolder)
{
    namespace fs = std::filesystem;
    const fs::path base = fs::temp_directory_path() / ("sangkien-folder-problems-" + std::to_string(::getpid()));
    fs::create_directories(base);
    std::ofstream(base / "so.fods") << "x";
    UserOptions options;
    EXPECT_TRUE(folder_problems(options, vi).empty());
    options.output_folder = (base / "so.fods").string();
    options.template_folder = (base / "mau-moi").string();
    auto problems = folder_problems(options, Language::english);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].label, "Output folder");
    EXPECT_NE(problems[0].sentence.find(options.output_folder), std::string::npos) << problems[0].sentence;
    options.output_folder = base.string();
    options.template_folder = "mau";
    problems = folder_problems(options, vi);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].label, "Thư mục mẫu của tôi");
    EXPECT_TRUE(options_problems(options, vi).empty()); // the criteria's message stays theirs
    fs::remove_all(base);
}

} // namespace
