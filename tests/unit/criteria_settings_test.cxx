// Every criterion of the settings table, once, in every place it is read: the Thông tin sheet
// (under each of its labels), the settings page, the review dialog and a merge's Thông tin rows —
// a readable text gives the same value everywhere, an unreadable one keeps the plan's value and is
// said everywhere.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/rules/criteria_settings.hxx"
#include "core/features/merge.hxx"
#include "core/forms/review_form.hxx"
#include "core/features/sample.hxx"
#include "core/text/text.hxx"

using namespace sangkien::core;

namespace {

constexpr Language vi = Language::vietnamese;

struct Case
{
    CriterionKey key;
    std::string readable, expected; // the text, and the value as criterion_text writes it
    std::string unreadable;
};

const std::vector<Case> kCases{
    {CriterionKey::period_start, "1/9/2022", "1/9/2022", "31/2/2022"},
    {CriterionKey::period_end, "ngày 31 tháng 8 năm 2024", "31/8/2024", "hôm qua"},
    {CriterionKey::cutoff, "15/9/2023", "15/9/2023", "31/2/2023"},
    {CriterionKey::threshold, "300 triệu", "300.000.000", "nhiều"},
    {CriterionKey::grounds, "và", "Và", "cả hai"},
    {CriterionKey::province_top, "15", "15", "x15"},
};

Workbook with_setting(std::string_view label, const std::string& value)
{
    Workbook book;
    book.sheet_names[SheetKind::settings] = "Thông tin";
    book.settings[std::string(label)] = value;
    return book;
}

TEST(CriteriaSettings, EveryCriterionHasACaseAndAKnownName)
{
    ASSERT_EQ(kCases.size(), criterion_settings().size());
    for (const CriterionSetting& setting : criterion_settings())
    {
        EXPECT_TRUE(std::any_of(kCases.begin(), kCases.end(), [&](const Case& c) { return c.key == setting.key; }));
        EXPECT_TRUE(has_text(setting.label_key)) << setting.label_key;
        EXPECT_TRUE(has_text(setting.sheet_problem_key)) << setting.sheet_problem_key;
        // The label we write is one the reader reads.
        const std::string written = matching_key(setting.sheet_label);
        EXPECT_TRUE(std::find(setting.sheet_labels.begin(), setting.sheet_labels.end(), written) != setting.sheet_labels.end())
            << setting.sheet_label;
    }
}

TEST(CriteriaSettings, EachIsReadAlikeFromThongTinTheSettingsPageAndTheReviewDialog)
{
    const WorkbookInput input = generate_sample({30, 7, false}).input;
    const Criteria plan;
    for (const Case& c : kCases)
    {
        const CriterionSetting& setting = criterion_setting(c.key);
        SCOPED_TRACE(std::string(setting.sheet_label));
        // The table itself.
        Criteria read;
        ASSERT_TRUE(read_criterion(c.key, c.readable, read));
        EXPECT_EQ(criterion_text(c.key, read), c.expected);
        Criteria refused;
        EXPECT_FALSE(read_criterion(c.key, c.unreadable, refused));
        EXPECT_EQ(criterion_text(c.key, refused), criterion_text(c.key, plan));

        // Thông tin, under every label it is known by.
        for (const auto label : setting.sheet_labels)
        {
            const ResolvedCriteria readable = resolve_criteria(with_setting(label, c.readable), plan);
            EXPECT_EQ(criterion_text(c.key, readable.criteria), c.expected) << label;
            EXPECT_TRUE(readable.issues.empty()) << label;
            EXPECT_EQ(readable.source(c.key), CriterionSource::sheet) << label;
            const ResolvedCriteria unreadable = resolve_criteria(with_setting(label, c.unreadable), plan);
            const Criteria kept = unreadable.criteria;
            const std::vector<Issue>& issues = unreadable.issues;
            EXPECT_EQ(unreadable.source(c.key), CriterionSource::plan) << label;
            EXPECT_EQ(criterion_text(c.key, kept), criterion_text(c.key, plan)) << label;
            ASSERT_EQ(issues.size(), 1u) << label;
            EXPECT_EQ(issues[0].key, setting.sheet_problem_key);
            EXPECT_EQ(issues[0].value, c.unreadable);
        }

        // The settings page, and a merge's Thông tin made from it.
        if (!setting.setting_name.empty())
        {
            UserOptions options;
            options.criteria[c.key] = c.readable;
            std::vector<std::string> problems;
            EXPECT_EQ(criterion_text(c.key, criteria_from_options(options, vi, &problems)), c.expected);
            EXPECT_TRUE(problems.empty());
            const auto rows = settings_rows(options, "LĐLĐ huyện");
            const auto row = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.first == setting.sheet_label; });
            ASSERT_NE(row, rows.end());
            EXPECT_EQ(criterion_text(c.key, resolve_criteria(with_setting(matching_key(row->first), row->second), plan).criteria),
                      c.expected);

            if (setting.kind == CriterionKind::choice)
                continue; // a drop-down: never unreadable on the page, always written as chosen
            options.criteria[c.key] = c.unreadable;
            const auto unreadable_rows = settings_rows(options, "LĐLĐ huyện");
            const auto left_out = std::find_if(unreadable_rows.begin(), unreadable_rows.end(),
                                               [&](const auto& r) { return r.first == setting.sheet_label; });
            ASSERT_NE(left_out, unreadable_rows.end());
            EXPECT_EQ(left_out->second, ""); // never carried into a merged workbook
            EXPECT_EQ(criterion_text(c.key, criteria_from_options(options, vi, &problems)), criterion_text(c.key, plan));
            ASSERT_EQ(problems.size(), 1u);
            EXPECT_NE(problems[0].find(c.unreadable), std::string::npos);
            EXPECT_EQ(unreadable_option_labels(options, vi), std::vector<std::string>{std::string(text(vi, setting.label_key))});
        }

        // The review dialog: shown as written, read back the same; an unreadable text refused by name.
        if (!setting.control_name.empty())
        {
            ReviewForm form = make_review_form(input, {}, plan, vi);
            EXPECT_EQ(form.criteria[c.key], criterion_text(c.key, plan));
            form.criteria[c.key] = c.readable;
            FormOutcome outcome = read_review_form(form, input, plan, vi);
            EXPECT_EQ(criterion_text(c.key, outcome.criteria), c.expected);
            EXPECT_TRUE(outcome.problems.empty());
            form.criteria[c.key] = c.unreadable;
            outcome = read_review_form(form, input, plan, vi);
            ASSERT_EQ(outcome.problems.size(), 1u);
            EXPECT_EQ(outcome.problems[0], criterion_problem(c.key, c.unreadable, vi));
        }
    }
}

} // namespace
