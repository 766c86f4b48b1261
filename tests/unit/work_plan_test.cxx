// Long work's bar: each part takes the share its expected cost gives it, so the bar moves through
// the whole dossier (a Báo cáo thành tích of 600 pages does not sit on a full bar); it never goes
// back; the window is kept alive at a steady pace; a stopped dossier says what was stored.
#include <gtest/gtest.h>

#include "core/documents/document_work.hxx"
#include "core/documents/dossier_form.hxx"
#include "core/features/sample.hxx"
#include "core/forms/work_plan.hxx"
#include "core/rules/criteria_settings.hxx"

using namespace sangkien::core;
using namespace std::chrono_literals;

namespace {

TEST(WorkPlan, EachPartTakesItsShareOfTheBar)
{
    const WorkPlan plan({1, 3, 0, 4});
    EXPECT_EQ(plan.parts(), 4u);
    EXPECT_DOUBLE_EQ(plan.fraction(0, 0), 0.0);
    EXPECT_DOUBLE_EQ(plan.fraction(0, 1), 0.125);
    EXPECT_DOUBLE_EQ(plan.fraction(1, 0.5), 0.125 + 0.1875);
    EXPECT_DOUBLE_EQ(plan.fraction(2, 0.7), 0.5) << "a part of no weight takes no room";
    EXPECT_DOUBLE_EQ(plan.fraction(3, 1), 1.0);
    EXPECT_DOUBLE_EQ(plan.fraction(3, 7), 1.0) << "more than done is done";
    EXPECT_DOUBLE_EQ(plan.fraction(1, -2), 0.125);
    EXPECT_DOUBLE_EQ(plan.fraction(9, 0), 1.0) << "past the last part: the end";
    EXPECT_DOUBLE_EQ(WorkPlan({}).fraction(0, 0.5), 1.0);
    EXPECT_DOUBLE_EQ(WorkPlan({0, 0}).fraction(1, 0.5), 0.0);
}

TEST(WorkPlan, TheBarNeverGoesBack)
{
    ProgressValue value;
    EXPECT_DOUBLE_EQ(value.advance(0.2), 0.2);
    EXPECT_DOUBLE_EQ(value.advance(0.1), 0.2);
    EXPECT_DOUBLE_EQ(value.advance(0.5), 0.5);
    EXPECT_DOUBLE_EQ(value.advance(3), 1.0);
    EXPECT_DOUBLE_EQ(value.value(), 1.0);
}

TEST(WorkPlan, ThePaceIsAtMostOncePerInterval)
{
    Pacer pacer(100ms);
    const Pacer::Clock::time_point start{};
    EXPECT_TRUE(pacer.due(start)) << "the first call is due";
    EXPECT_FALSE(pacer.due(start + 40ms));
    EXPECT_FALSE(pacer.due(start + 99ms));
    EXPECT_TRUE(pacer.due(start + 100ms));
    EXPECT_FALSE(pacer.due(start + 150ms));
    EXPECT_TRUE(pacer.due(start + 260ms));
}

const FillData& district()
{
    static const FillData data = [] {
        const Workbook book = read_workbook(generate_sample({3000, 5, false}).input);
        const Review review = review_workbook(book, resolve_criteria(book).criteria);
        return document_data(book, review, summarise(book, review), document_settings(book, {}), Date{2023, 9, 15},
                             Language::vietnamese);
    }();
    return data;
}

// The documents with a page per nominee weigh what their pages cost: on a district's dossier the
// bar spends most of its length on them, instead of reaching its end with the small documents.
TEST(WorkPlan, TheDossiersBarFollowsItsPages)
{
    const FillData& data = district();
    ASSERT_GT(data.lists.at("ca_nhan").size(), 20u);
    ASSERT_GT(data.lists.at("tap_the").size(), 10u);
    std::vector<double> weights{reading_work(3000)};
    double paged = 0, total = weights.front();
    for (const DocumentInfo& info : dossier_documents())
    {
        const DocumentWork work = document_work(info.kind, data);
        EXPECT_GT(work.load, 0) << info.file;
        EXPECT_GT(work.fill, 0) << info.file;
        EXPECT_GT(work.store, 0) << info.file;
        EXPECT_DOUBLE_EQ(work.total(2), work.load + work.fill + 2 * work.store);
        // What the fill reports moves its share of the bar from nothing to all of it.
        EXPECT_DOUBLE_EQ(work.filled(0), 0.0);
        EXPECT_DOUBLE_EQ(work.filled(work.fill_units / 2), work.fill / 2);
        EXPECT_DOUBLE_EQ(work.filled(work.fill_units * 3), work.fill);
        weights.push_back(work.total(2));
        total += weights.back();
        if (!document_lists(info.kind).pages.empty())
            paged += weights.back();
    }
    EXPECT_GT(paged / total, 0.5) << "the pages per nominee are most of the work";
    // More nominees, more work: the individual reports grow with the people.
    const DocumentWork individual = document_work(DocumentKind::individual_report, data);
    FillData fewer = data;
    fewer.lists["ca_nhan"].resize(3);
    EXPECT_LT(document_work(DocumentKind::individual_report, fewer).fill, individual.fill);
    const WorkPlan plan(weights);
    double before = 0;
    for (std::size_t part = 0; part < plan.parts(); ++part)
    {
        EXPECT_GT(plan.fraction(part, 1), before) << "part " << part << " moves the bar";
        before = plan.fraction(part, 1);
    }
    EXPECT_DOUBLE_EQ(before, 1.0);
}

TEST(DossierForm, AStoppedDossierSaysWhatWasStoredAndWhatWasNot)
{
    const auto chosen = dossier_documents();
    ASSERT_EQ(chosen.size(), 7u);
    EXPECT_EQ(dossier_stopped_headline(3, 7, Language::vietnamese), "Đã dừng theo yêu cầu: đã lưu 3/7 văn bản.");
    EXPECT_EQ(dossier_stopped_headline(0, 7, Language::vietnamese), "Đã dừng theo yêu cầu: chưa lưu văn bản nào.");
    EXPECT_EQ(dossier_stopped_headline(1, 1, Language::english), "Stopped as asked: 1 of 1 document stored.");
    EXPECT_EQ(dossier_stopped_headline(2, 7, Language::english), "Stopped as asked: 2 of 7 documents stored.");
    EXPECT_EQ(dossier_not_made(chosen, 5, Language::vietnamese), "Chưa lập: Quyết định khen thưởng, Giấy khen.");
    EXPECT_EQ(dossier_not_made(chosen, 6, Language::english), "Not made: Certificates of merit.");
    EXPECT_EQ(dossier_not_made(chosen, 7, Language::vietnamese), "");
}

} // namespace
