// Same data, same figures: a generated district rewritten in every layout of tests/metamorphic
// (each rewrite alone, then random compositions) gives exactly the original's verdicts, CĐCS
// results, people and totals. SANGKIEN_METAMORPHIC_DRAWS (default 200) and
// SANGKIEN_METAMORPHIC_SIZE (default 150 initiatives) make a longer run on demand.
#include <gtest/gtest.h>

#include <cstdlib>
#include <map>
#include <sstream>
#include <tuple>

#include "../metamorphic/figures.hxx"
#include "../metamorphic/layouts.hxx"
#include "core/rules/aggregate.hxx"
#include "core/rules/rules.hxx"

namespace {

using namespace sangkien;
using namespace sangkien::core;
using test::Figures;
using test::difference;
using test::figures_of;

const std::string kSpellings = std::string(SANGKIEN_SOURCE_DIR) + "/tests/unit/data/heading_spellings.tsv";

std::size_t setting(const char* name, std::size_t fallback)
{
    const char* value = std::getenv(name);
    return value && *value ? static_cast<std::size_t>(std::strtoull(value, nullptr, 10)) : fallback;
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
