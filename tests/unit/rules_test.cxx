#include <gtest/gtest.h>

#include <algorithm>

#include "core/rules/aggregate.hxx"
#include "core/rules/criteria_settings.hxx"
#include "core/rules/rules.hxx"
#include "core/features/sample.hxx"
#include "core/text/text.hxx"

using namespace sangkien::core;

namespace {

// An initiative that qualifies under the plan's defaults; tests change one thing at a time.
Initiative good(std::string unit = "Công ty A", std::vector<std::string> authors = {"Nguyễn Văn An"})
{
    Initiative i;
    i.row = 2;
    i.title = "Sáng kiến";
    i.authors = std::move(authors);
    i.unit = unit;
    i.unit_key = matching_key(unit, {true, true});
    i.updated_on = Date{2023, 3, 1};
    i.status = Status::valid;
    i.status_text = "Hợp lệ";
    i.value.kind = MoneyKind::vnd;
    i.value.dong = 600'000'000;
    i.recognition = {"1/QĐ", Date{2022, 1, 10}};
    i.value_document = {"2/QĐ", Date{2022, 2, 10}};
    return i;
}

InitiativeVerdict judge(const Initiative& i, const Criteria& c = {})
{
    return judge_initiative(i, c, true);
}

TEST(Rules, AGoodInitiativeQualifies)
{
    const auto verdict = judge(good());
    EXPECT_TRUE(verdict.qualifies);
    EXPECT_TRUE(verdict.counted);
    EXPECT_TRUE(verdict.valid);
    EXPECT_EQ(verdict_text(verdict, good(), {}, Language::vietnamese), "Đạt");
}

struct ValueCase
{
    std::int64_t dong;
    bool qualifies;
};

class Threshold : public testing::TestWithParam<ValueCase> {};

TEST_P(Threshold, IsInclusive)
{
    Initiative i = good();
    i.value.dong = GetParam().dong;
    EXPECT_EQ(judge(i).qualifies, GetParam().qualifies);
}

INSTANTIATE_TEST_SUITE_P(Boundaries, Threshold, testing::Values(
    ValueCase{499'999'999, false}, ValueCase{500'000'000, true}, ValueCase{500'000'001, true}));

struct DateCase
{
    Date date;
    bool qualifies;
};

class CutOff : public testing::TestWithParam<DateCase> {};

TEST_P(CutOff, CountsUpToTheEndOfTheDay)
{
    Initiative i = good();
    i.updated_on = GetParam().date;
    EXPECT_EQ(judge(i).qualifies, GetParam().qualifies);
    EXPECT_EQ(judge(i).counted, GetParam().qualifies);
}

INSTANTIATE_TEST_SUITE_P(Boundaries, CutOff, testing::Values(
    DateCase{{2023, 8, 31}, true}, DateCase{{2023, 9, 1}, false}));

class Period : public testing::TestWithParam<DateCase> {};

TEST_P(Period, IsInclusiveAtBothEnds)
{
    Initiative i = good();
    i.recognition.date = GetParam().date;
    EXPECT_EQ(judge(i).qualifies, GetParam().qualifies);
    i = good();
    i.value_document.date = GetParam().date;
    EXPECT_EQ(judge(i).qualifies, GetParam().qualifies);
}

INSTANTIATE_TEST_SUITE_P(Boundaries, Period, testing::Values(
    DateCase{{2021, 8, 31}, false}, DateCase{{2021, 9, 1}, true}, DateCase{{2023, 8, 31}, true},
    DateCase{{2023, 9, 1}, false}));

TEST(Rules, EveryFailingConditionIsNamedInOrder)
{
    Initiative i = good();
    i.status = Status::pending;
    i.status_text = "Chờ duyệt";
    i.updated_on = Date{2023, 9, 2};
    i.recognition = {};
    i.value_document = {"5/QĐ", std::nullopt};
    i.value.dong = 100'000'000;
    const auto verdict = judge(i);
    const std::vector<Reason> expected{Reason::status_not_valid, Reason::updated_after_cutoff, Reason::no_recognition,
                                       Reason::value_document_without_date, Reason::value_below_threshold};
    EXPECT_EQ(verdict.reasons, expected);
    EXPECT_EQ(verdict_text(verdict, i, {}, Language::vietnamese),
              "Không đạt: trạng thái chưa hợp lệ (Chờ duyệt); cập nhật ngày 02/9/2023, sau hạn 31/8/2023; "
              "không có văn bản công nhận sáng kiến; văn bản công nhận giá trị làm lợi không ghi ngày; "
              "giá trị làm lợi 100.000.000 đồng dưới mức 500.000.000 đồng và không có giá trị xã hội, nhân văn nổi bật");
}

TEST(Rules, SocialValueReplacesTheThreshold)
{
    Initiative i = good();
    i.value = Money{};
    i.social_value = true;
    auto verdict = judge(i);
    EXPECT_TRUE(verdict.qualifies);
    EXPECT_TRUE(verdict.by_social_value);
    // By default a social-value initiative still needs its value document…
    i.value_document = {};
    EXPECT_FALSE(judge(i).qualifies);
    // …unless the setting says otherwise.
    Criteria relaxed;
    relaxed.social_needs_value_document = false;
    EXPECT_TRUE(judge(i, relaxed).qualifies);
}

TEST(Rules, ForeignCurrencyIsNeverCompared)
{
    Initiative i = good();
    i.value.kind = MoneyKind::other_currency;
    i.value.dong = 0;
    i.value.currency = "USD";
    i.value.foreign_amount = 1e8;
    const auto verdict = judge(i);
    EXPECT_FALSE(verdict.qualifies);
    EXPECT_EQ(verdict.reasons, std::vector<Reason>{Reason::value_in_foreign_currency});
}

TEST(Rules, ASheetWithoutUpdateDatesCountsEveryRow)
{
    Initiative i = good();
    i.updated_on.reset();
    EXPECT_TRUE(judge_initiative(i, {}, false).qualifies);
    EXPECT_FALSE(judge_initiative(i, {}, true).qualifies);
    EXPECT_EQ(judge_initiative(i, {}, true).reasons, std::vector<Reason>{Reason::no_update_date});
}

Workbook district()
{
    Workbook book;
    book.has_update_dates = true;
    UnionUnit a;
    a.name = "CĐCS Công ty A";
    a.key = matching_key(a.name, {true, true});
    a.quota = 2;
    a.labour_agreement_clause = true;
    a.block = "Ngoài nhà nước";
    UnionUnit b = a;
    b.name = "Trường B";
    b.key = matching_key(b.name, {true, true});
    b.quota = 3;
    b.labour_agreement_clause = false;
    b.block = "Trường học";
    UnionUnit c = b;
    c.name = "UBND xã C";
    c.key = matching_key(c.name, {true, true});
    c.quota = 1;
    book.unions = {a, b, c};

    Initiative a1 = good("Công ty A", {"Nguyễn Văn An", "Trần Thị Bình"});
    a1.domain = "Sản xuất";
    a1.target_group = "Công nhân";
    Initiative a2 = good("Công đoàn cơ sở Công ty A", {"Nguyễn Văn An"});
    a2.value.dong = 700'000'000;
    a2.domain = "sản xuất";
    a2.target_group = "Công nhân";
    Initiative b1 = good("Trường B", {"Lê Văn An"});
    b1.value.dong = 600'000'000;
    b1.domain = "Giáo dục";
    Initiative b2 = good("Trường B", {"Phạm Đức Anh"});
    b2.status = Status::pending;
    b2.domain = "Giáo dục";
    Initiative b3 = good("Trường B", {"Võ Văn Ấn"});
    b3.updated_on = Date{2023, 9, 1}; // after the cut-off: not counted at all
    Initiative d1 = good("Hợp tác xã D", {"Bùi Quốc Đạt"});
    d1.value.dong = 100;
    d1.status = Status::rejected;
    book.initiatives = {a1, a2, b1, b2, b3, d1};
    ProposedPerson helper;
    helper.name = "Đặng Thị Ân";
    helper.unit = "UBND xã C";
    helper.unit_key = matching_key(helper.unit, {true, true});
    helper.support_team = true;
    ProposedPerson incomplete;
    incomplete.name = "Hoàng Văn Dũng";
    book.people = {helper, incomplete};
    return book;
}

TEST(Review, CountsEveryUnionAgainstItsQuota)
{
    const Workbook book = district();
    const Review review = review_workbook(book, {});
    ASSERT_EQ(review.unions.size(), 4u);
    const UnionResult& a = review.unions[0];
    EXPECT_EQ(a.counts.updated, 2);
    EXPECT_EQ(a.counts.valid, 2);
    EXPECT_TRUE(a.qualifies); // quota exactly met
    EXPECT_TRUE(a.priority);
    EXPECT_DOUBLE_EQ(a.percent, 100.0);
    EXPECT_EQ(a.counts.value, 1'300'000'000);
    const UnionResult& b = review.unions[1];
    EXPECT_EQ(b.counts.updated, 2);
    EXPECT_EQ(b.counts.valid, 1);
    EXPECT_EQ(b.counts.pending, 1);
    EXPECT_FALSE(b.qualifies);
    EXPECT_NEAR(b.percent, 33.333, 0.001);
    EXPECT_EQ(review.unions[2].counts.updated, 0);
    EXPECT_FALSE(review.unions[3].in_list);
    EXPECT_EQ(review.unions[3].counts.rejected, 1);
    EXPECT_EQ(review.units_not_in_list, std::vector<std::string>{"Hợp tác xã D"});
    EXPECT_EQ(review.units_without_initiatives, std::vector<std::string>{"UBND xã C"});
}

TEST(Review, PeopleAreCoAuthorsOncePerUnitPlusTheProposedList)
{
    const Review review = review_workbook(district(), {});
    std::vector<std::string> names;
    for (const auto& person : review.people)
        names.push_back(person.name + (person.qualifies ? "" : " (x)"));
    // Name order; Nguyễn Văn An appears once for Công ty A although he wrote two initiatives.
    EXPECT_EQ(names, (std::vector<std::string>{"Lê Văn An", "Nguyễn Văn An", "Đặng Thị Ân", "Trần Thị Bình",
                                               "Hoàng Văn Dũng (x)"}));
    const auto an = std::find_if(review.people.begin(), review.people.end(),
                                 [](const PersonResult& p) { return p.name == "Nguyễn Văn An"; });
    EXPECT_EQ(an->initiatives.size(), 2u);
    EXPECT_EQ(an->total_value, 1'300'000'000);
    const auto dung = std::find_if(review.people.begin(), review.people.end(),
                                   [](const PersonResult& p) { return p.name == "Hoàng Văn Dũng"; });
    EXPECT_EQ(dung->problems, (std::vector<std::string>{"person.no_unit", "person.no_contribution"}));
}

TEST(Review, GroundsCombineByOrOrAnd)
{
    Criteria both;
    both.grounds_and = true;
    const Review review = review_workbook(district(), both);
    for (const auto& person : review.people)
        EXPECT_FALSE(person.qualifies) << person.name; // nobody is both author and proposed here
}

TEST(Review, RankingByValueThenNameOrder)
{
    const Workbook book = district();
    const Review review = review_workbook(book, {});
    // a2 700M; then a1 and b1 at 600M: "Lê Văn An" before "Nguyễn Văn An" by name order.
    EXPECT_EQ(review.ranking, (std::vector<std::size_t>{1, 2, 0}));
}

TEST(Summary, TotalsAndBreakdowns)
{
    const Workbook book = district();
    const Review review = review_workbook(book, {});
    const Summary summary = summarise(book, review, 1);
    EXPECT_EQ(summary.total.updated, 5);
    EXPECT_EQ(summary.total.valid, 3);
    EXPECT_EQ(summary.total.pending, 1);
    EXPECT_EQ(summary.total.rejected, 1);
    EXPECT_EQ(summary.total.value, 1'900'000'000);
    EXPECT_EQ(summary.quota_total, 6);
    EXPECT_DOUBLE_EQ(summary.percent_of_quota, 50.0);
    EXPECT_EQ(summary.units_listed, 3);
    EXPECT_EQ(summary.units_reaching_quota, 1);
    EXPECT_EQ(summary.units_priority, 1);
    EXPECT_EQ(summary.qualifying_initiatives, 3);
    EXPECT_EQ(summary.qualifying_people, 4);
    ASSERT_GE(summary.by_domain.size(), 2u);
    EXPECT_EQ(summary.by_domain[0].name, "Sản xuất"); // "sản xuất" counted in the same group
    EXPECT_EQ(summary.by_domain[0].tally.valid, 2);
    EXPECT_EQ(summary.by_domain[0].top, std::vector<std::size_t>{1});
    EXPECT_EQ(summary.by_domain.back().name, ""); // not classified last
    // Khối comes from the CĐCS list when the initiative does not say.
    EXPECT_EQ(summary.by_block[0].name, "Ngoài nhà nước");
}

TEST(Settings, TheInformationSheetOverridesThePlan)
{
    Workbook book;
    book.settings["nguong gia tri lam loi"] = "1 tỷ";
    book.settings["tu ngay"] = "1/1/2022";
    book.settings["han cap nhat"] = "ngày 15 tháng 9 năm 2023";
    book.settings["ket hop tieu chi ca nhan"] = "Và";
    book.settings["den ngay"] = "không rõ";
    const ResolvedCriteria resolved = resolve_criteria(book);
    const Criteria criteria = resolved.criteria;
    const std::vector<Issue>& issues = resolved.issues;
    EXPECT_EQ(criteria.threshold, 1'000'000'000);
    EXPECT_EQ(criteria.period_start, (Date{2022, 1, 1}));
    EXPECT_EQ(criteria.period_end, (Date{2023, 8, 31}));
    EXPECT_EQ(criteria.cutoff, (Date{2023, 9, 15}));
    EXPECT_TRUE(criteria.grounds_and);
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].key, "setting.bad_date");
}

} // namespace

namespace {

// A Thông tin value nobody can read reaches Lỗi dữ liệu (it used to be replaced by the default in
// silence); a reversed period is refused as the dialog and the settings page refuse it.
TEST(Settings, UnreadableThongTinValuesAreReportedNotReplacedInSilence)
{
    const struct
    {
        std::vector<std::pair<std::string, std::string>> rows;
        std::string key;
    } cases[] = {
        {{{"Hạn cập nhật", "31/2/2023"}}, "setting.bad_date"},
        {{{"Từ ngày", "1/9/2023"}, {"Đến ngày", "1/1/2023"}}, "setting.period_reversed"},
        {{{"Ngưỡng giá trị làm lợi", "nhiều lắm"}}, "setting.bad_threshold"},
        {{{"Kết hợp tiêu chí cá nhân", "tùy"}}, "setting.bad_combination"},
        {{{"Hạn cập nhật", "31/8/2023"}, {"Từ ngày", "1/9/2021"}, {"Đến ngày", "31/8/2023"}}, ""},
        {{{"Từ ngày", "1/9/2024"}}, ""}, // one date from the sheet, the other the default: nothing reversed
    };
    for (const auto& c : cases)
    {
        WorkbookInput input = generate_sample({20, 3, false}).input;
        Sheet settings{"Thông tin", {{Cell(std::string("Mục")), Cell(std::string("Giá trị"))}}};
        for (const auto& [label, value] : c.rows)
            settings.rows.push_back({Cell(label), Cell(value)});
        std::erase_if(input.sheets, [](const Sheet& sheet) { return sheet.name == "Thông tin"; });
        input.sheets.push_back(settings);
        Workbook book = read_workbook(input);
        for (const Issue& issue : resolve_criteria(book).issues) // as every command adds them
            book.issues.push_back(issue);
        const bool reported = std::any_of(book.issues.begin(), book.issues.end(), [&](const Issue& issue) {
            return issue.key.rfind("setting.", 0) == 0 && issue.sheet == "Thông tin" && issue.is_error;
        });
        if (c.key.empty())
        {
            EXPECT_FALSE(reported) << c.rows.front().first;
            continue;
        }
        EXPECT_TRUE(std::any_of(book.issues.begin(), book.issues.end(), [&](const Issue& issue) { return issue.key == c.key; }))
            << c.key;
        const Criteria criteria = resolve_criteria(book).criteria;
        EXPECT_LE(criteria.period_start, criteria.period_end) << c.key;
    }
}

// One date of Thông tin against the other of the settings: a reversed period falls back to the
// settings' period wherever criteria are made (the review, the add-in, the dialog) and, where the
// settings are known, is said — never every initiative "outside the period" in silence.
TEST(Settings, OneThongTinDateAgainstTheSettingsOtherIsNeverAReversedPeriod)
{
    WorkbookInput input = generate_sample({20, 3, false}).input;
    std::erase_if(input.sheets, [](const Sheet& sheet) { return sheet.name == "Thông tin"; });
    input.sheets.push_back(Sheet{"Thông tin", {{Cell(std::string("Mục")), Cell(std::string("Giá trị"))},
                                               {Cell(std::string("Từ ngày")), Cell(std::string("1/9/2024"))}}});
    const Workbook book = read_workbook(input);
    const std::vector<Issue> plan_issues = resolve_criteria(book).issues;
    EXPECT_TRUE(std::none_of(plan_issues.begin(), plan_issues.end(), [](const Issue& i) { return i.key.rfind("setting.period", 0) == 0; }))
        << "the plan's end is not the final word: the settings may move it";
    Criteria settings;
    settings.period_start = Date{2021, 9, 1};
    settings.period_end = Date{2023, 8, 31};
    ResolvedCriteria resolved = resolve_criteria(book, settings, true);
    const Criteria criteria = resolved.criteria;
    std::vector<Issue> issues = resolved.issues;
    EXPECT_EQ(criteria.period_start, settings.period_start);
    EXPECT_EQ(criteria.period_end, settings.period_end);
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues.front().key, "setting.period_reversed_default");
    EXPECT_TRUE(issues.front().is_error);
    // Settings that reach past it: the Thông tin date stands, nothing said.
    settings.period_end = Date{2025, 8, 31};
    resolved = resolve_criteria(book, settings, true);
    EXPECT_EQ(resolved.criteria.period_start, (Date{2024, 9, 1}));
    EXPECT_TRUE(resolved.issues.empty());
}

} // namespace
