#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "core/rules/aggregate.hxx"
#include "core/rules/criteria_settings.hxx"
#include "core/features/sample.hxx"

using namespace sangkien::core;

namespace {

Workbook read(const SampleWorkbook& sample)
{
    return read_workbook(sample.input);
}

TEST(Sample, IsDeterministic)
{
    std::ostringstream a, b;
    write_fods(generate_sample({300, 7, true}), a);
    write_fods(generate_sample({300, 7, true}), b);
    EXPECT_EQ(a.str(), b.str());
    std::ostringstream c;
    write_fods(generate_sample({300, 8, true}), c);
    EXPECT_NE(a.str(), c.str());
}

TEST(Sample, MessyAndCleanHoldTheSameData)
{
    const Workbook clean = read(generate_sample({2000, 11, false}));
    const Workbook messy = read(generate_sample({2000, 11, true}));
    ASSERT_EQ(clean.initiatives.size(), 2000u);
    ASSERT_EQ(messy.initiatives.size(), 2000u);
    const Review clean_review = review_workbook(clean, resolve_criteria(clean).criteria);
    const Review messy_review = review_workbook(messy, resolve_criteria(messy).criteria);
    for (std::size_t i = 0; i < clean.initiatives.size(); ++i)
    {
        const Initiative& a = clean.initiatives[i];
        const Initiative& b = messy.initiatives[i];
        ASSERT_EQ(a.authors, b.authors) << i;
        ASSERT_EQ(a.unit_key, b.unit_key) << i;
        ASSERT_EQ(a.updated_on, b.updated_on) << i;
        ASSERT_EQ(a.status, b.status) << i;
        ASSERT_EQ(a.value.kind, b.value.kind) << i;
        ASSERT_EQ(a.value.dong, b.value.dong) << i;
        ASSERT_EQ(a.recognition.date, b.recognition.date) << i;
        ASSERT_EQ(a.value_document.date, b.value_document.date) << i;
        ASSERT_EQ(clean_review.verdicts[i].reasons, messy_review.verdicts[i].reasons) << i;
    }
    const Summary s1 = summarise(clean, clean_review), s2 = summarise(messy, messy_review);
    EXPECT_EQ(s1.total.valid, s2.total.valid);
    EXPECT_EQ(s1.total.value, s2.total.value);
    EXPECT_EQ(s1.units_reaching_quota, s2.units_reaching_quota);
    EXPECT_GT(s1.qualifying_initiatives, 0);
    EXPECT_GT(s1.units_reaching_quota, 0);
}

TEST(Sample, EveryUnitIsInTheListAndOnlyExpectedIssuesAppear)
{
    const Workbook book = read(generate_sample({3000, 5, true}));
    const Review review = review_workbook(book, {});
    EXPECT_TRUE(review.units_not_in_list.empty());
    EXPECT_EQ(book.unions.size(), 75u);
    EXPECT_FALSE(book.people.empty());
    EXPECT_EQ(book.settings.at("ten don vi"), "LIÊN ĐOÀN LAO ĐỘNG HUYỆN DƯƠNG MINH CHÂU");
    for (const Issue& issue : book.issues)
        EXPECT_TRUE(issue.key == "money.other_currency" || !issue.is_error) << issue.key << " row " << issue.row;
}

TEST(Sample, RefusesMoreRowsThanASheetHolds)
{
    EXPECT_THROW(generate_sample({max_sample_initiatives(true) + 1, 1, true}), std::invalid_argument);
    EXPECT_THROW(generate_sample({max_sample_initiatives(false) + 1, 1, false}), std::invalid_argument);
    EXPECT_EQ(max_sample_initiatives(false), 1'048'575u);
}

TEST(Sample, FodsHasTheSheetsMergesAndDates)
{
    std::ostringstream out;
    write_fods(generate_sample({50, 3, true}), out);
    const std::string xml = out.str();
    for (const char* expected : {"table:name=\"Sáng kiến\"", "table:name=\"Công đoàn cơ sở\"", "table:name=\"Thông tin\"",
                                 "table:number-columns-spanned=\"2\"", "<table:covered-table-cell/>",
                                 "office:value-type=\"date\"", "Tổng cộng"})
        EXPECT_NE(xml.find(expected), std::string::npos) << expected;
}

} // namespace

TEST(Sample, FodsWritesEveryDigitOfNumbers)
{
    SampleWorkbook book;
    book.input.sheets.push_back(Sheet{"S", {{Cell(499999999.0), Cell(1234567890123.0), Cell(0.5)}}});
    std::ostringstream out;
    write_fods(book, out);
    EXPECT_NE(out.str().find("office:value=\"499999999\""), std::string::npos);
    EXPECT_NE(out.str().find("office:value=\"1234567890123\""), std::string::npos);
    EXPECT_NE(out.str().find("office:value=\"0.5\""), std::string::npos);
}
