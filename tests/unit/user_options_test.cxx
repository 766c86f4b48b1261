#include <gtest/gtest.h>

#include "sangkien/core/user_options.hxx"

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
    options.period_start = "1/9/2023";
    options.period_end = "31/8/2025";
    options.cutoff = "ngày 31 tháng 8 năm 2025";
    options.threshold = "1 tỷ";
    options.grounds_and = true;
    std::vector<std::string> problems;
    const Criteria criteria = criteria_from_options(options, vi, &problems);
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ(criteria.period_end, (Date{2025, 8, 31}));
    EXPECT_EQ(criteria.cutoff, (Date{2025, 8, 31}));
    EXPECT_EQ(criteria.threshold, 1'000'000'000);
    EXPECT_TRUE(criteria.grounds_and);
}

TEST(UserOptions, UnreadableSettingsAreNamedAndNotStored)
{
    UserOptions stored;
    stored.threshold = "300 triệu";
    UserOptions edited = stored;
    edited.unit_name = "LĐLĐ huyện Dương Minh Châu";
    edited.cutoff = "31/2/2024";
    edited.threshold = "nhiều";
    edited.formats = "odt, pdf, rtf";
    const auto problems = options_problems(edited, vi);
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_NE(problems[0].find("31/2/2024"), std::string::npos);
    EXPECT_NE(problems[1].find("nhiều"), std::string::npos);
    EXPECT_NE(problems[2].find("rtf"), std::string::npos);
    const UserOptions kept = keep_readable(edited, stored);
    EXPECT_EQ(kept.unit_name, "LĐLĐ huyện Dương Minh Châu");
    EXPECT_EQ(kept.cutoff, "");
    EXPECT_EQ(kept.threshold, "300 triệu");
    EXPECT_EQ(kept.formats, "odt,pdf");
    EXPECT_TRUE(options_problems(kept, vi).empty());
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
