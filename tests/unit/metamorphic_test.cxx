// Same data, same figures: a generated district rewritten in every layout of tests/metamorphic
// (each rewrite alone, then random compositions) gives exactly the original's verdicts, CĐCS
// results, people and totals. SANGKIEN_METAMORPHIC_DRAWS (default 200) and
// SANGKIEN_METAMORPHIC_SIZE (default 150 initiatives) make a longer run on demand.
#include <gtest/gtest.h>

#include <cstdlib>
#include <map>
#include <sstream>
#include <tuple>

#include "../metamorphic/layouts.hxx"
#include "sangkien/core/aggregate.hxx"
#include "sangkien/core/rules.hxx"

namespace {

using namespace sangkien;
using namespace sangkien::core;

const std::string kSpellings = std::string(SANGKIEN_SOURCE_DIR) + "/tests/unit/data/heading_spellings.tsv";

std::size_t setting(const char* name, std::size_t fallback)
{
    const char* value = std::getenv(name);
    return value && *value ? static_cast<std::size_t>(std::strtoull(value, nullptr, 10)) : fallback;
}

// Every figure a clerk reads, keyed so that the order of rows and sheets does not matter.
struct Figures
{
    std::map<std::string, std::string> initiatives;  // code → verdict, reasons, counted, valid
    std::map<std::string, std::string> unions;       // key → quota, counts, value, verdict
    std::map<std::string, bool> people;              // name | unit key → qualifies
    std::string totals;
};

Figures figures_of(const WorkbookInput& input)
{
    const Workbook book = read_workbook(input);
    const Review review = review_workbook(book, criteria_from_settings(book, {}));
    const Summary summary = summarise(book, review);
    Figures out;
    for (std::size_t i = 0; i < book.initiatives.size(); ++i)
    {
        const InitiativeVerdict& v = review.verdicts[i];
        std::ostringstream line;
        line << verdict_word(v, Language::vietnamese) << " counted=" << v.counted << " valid=" << v.valid
             << " authors=" << book.initiatives[i].authors.size() << " value=" << book.initiatives[i].value.dong << " reasons=";
        for (const Reason reason : v.reasons)
            line << static_cast<int>(reason) << ",";
        const auto [it, inserted] = out.initiatives.emplace(book.initiatives[i].code, line.str());
        if (!inserted)
            it->second += " | twice: " + line.str();
    }
    for (const UnionResult& unit : review.unions)
    {
        std::ostringstream line;
        line << "quota=" << unit.quota << " updated=" << unit.counts.updated << " valid=" << unit.counts.valid
             << " pending=" << unit.counts.pending << " rejected=" << unit.counts.rejected << " value=" << unit.counts.value
             << " qualifies=" << unit.qualifies << " check=" << unit.needs_check << " listed=" << unit.in_list;
        out.unions[unit.key] = line.str();
    }
    for (const PersonResult& person : review.people)
        out.people[person.name + "|" + person.unit_key] = person.qualifies;
    std::ostringstream totals;
    totals << "updated=" << summary.total.updated << " valid=" << summary.total.valid << " pending=" << summary.total.pending
           << " rejected=" << summary.total.rejected << " value=" << summary.total.value << " uncertain=" << summary.total.uncertain
           << " quota=" << summary.quota_total << " reaching=" << summary.units_reaching_quota
           << " qualifying=" << summary.qualifying_initiatives << " people=" << summary.qualifying_people
           << " initiatives=" << book.initiatives.size() << " unions=" << book.unions.size();
    out.totals = totals.str();
    return out;
}

// The first difference, said plainly; empty when the figures are the same.
template <class Map>
std::string first_difference(const char* what, const Map& expected, const Map& actual)
{
    for (const auto& [key, value] : expected)
    {
        const auto it = actual.find(key);
        if (it == actual.end())
            return std::string(what) + " " + key + " is missing";
        if (!(it->second == value))
        {
            std::ostringstream out;
            out << what << " " << key << ": expected " << value << ", got " << it->second;
            return out.str();
        }
    }
    for (const auto& [key, value] : actual)
        if (!expected.count(key))
            return std::string(what) + " " + key + " is new";
    return {};
}

std::string difference(const Figures& expected, const Figures& actual)
{
    if (expected.totals != actual.totals)
        return "totals: expected " + expected.totals + ", got " + actual.totals;
    for (const std::string& d : {first_difference("initiative", expected.initiatives, actual.initiatives),
                                 first_difference("CĐCS", expected.unions, actual.unions),
                                 first_difference("person", expected.people, actual.people)})
        if (!d.empty())
            return d;
    return {};
}

const SampleWorkbook& district()
{
    static const SampleWorkbook sample = generate_sample({setting("SANGKIEN_METAMORPHIC_SIZE", 150), 2024, false});
    return sample;
}

const Figures& original()
{
    static const Figures figures = figures_of(test::rewrite(district(), test::Layout{}, kSpellings));
    return figures;
}

TEST(Metamorphic, TheOriginalIsJudged)
{
    // The base itself must be a real review: initiatives of every verdict and CĐCS with quotas.
    EXPECT_EQ(original().initiatives.size(), setting("SANGKIEN_METAMORPHIC_SIZE", 150));
    EXPECT_NE(original().totals.find("reaching="), std::string::npos);
    std::size_t pass = 0, fail = 0;
    for (const auto& [code, line] : original().initiatives)
        (line.rfind("Đạt", 0) == 0 ? pass : fail) += 1;
    EXPECT_GT(pass, 0u);
    EXPECT_GT(fail, 0u);
}

TEST(Metamorphic, EveryRewriteAloneGivesTheSameFigures)
{
    std::size_t checked = 0;
    for (const test::Layout& layout : test::single_rewrites())
    {
        const std::string d = difference(original(), figures_of(test::rewrite(district(), layout, kSpellings)));
        EXPECT_TRUE(d.empty()) << layout.describe() << ": " << d;
        ++checked;
    }
    EXPECT_GE(checked, 20u);
    std::cout << "[ metamorphic ] " << checked << " single rewrites\n";
}

TEST(Metamorphic, RandomCompositionsGiveTheSameFigures)
{
    const std::size_t draws = setting("SANGKIEN_METAMORPHIC_DRAWS", 200);
    std::size_t failures = 0;
    for (std::size_t draw = 1; draw <= draws; ++draw)
    {
        const test::Layout layout = test::random_layout(draw * 7919);
        const std::string d = difference(original(), figures_of(test::rewrite(district(), layout, kSpellings)));
        if (!d.empty() && ++failures <= 10)
            ADD_FAILURE() << layout.describe() << ": " << d;
    }
    EXPECT_EQ(failures, 0u) << "of " << draws << " compositions";
    std::cout << "[ metamorphic ] " << draws << " random compositions\n";
}

} // namespace
