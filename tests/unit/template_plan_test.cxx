#include <gtest/gtest.h>

#include "core/documents/template_plan.hxx"

using namespace sangkien::core;

namespace {

constexpr Language vi = Language::vietnamese;

FillData plan_data()
{
    FillData data;
    data.fields["ten"] = FillField{std::string("Liên đoàn Lao động huyện")};
    data.fields["trong"] = FillField{std::string()};
    data.fields["khong"] = FillField{std::int64_t{0}};
    data.fields["nguoi_ky"] = FillField{std::string("[Cần bổ sung]"), true};
    data.lists["ds"] = {{{"ten", FillField{std::string("An")}}}, {{"ten", FillField{std::string("Bình")}}}};
    data.lists["de_nghi"] = {{{"ten", FillField{std::string("An")}}}};
    data.lists["rong"] = {};
    data.conditions["cap_huyen"] = true;
    data.conditions["cap_tinh"] = false;
    return data;
}

// A plan as one line: "keep 0-2", "remove 0-2", "repeat ds 0-2", "repeat each page de_nghi 0-2",
// "broken 3-3", each followed by " !N" for a problem at marker N; actions joined by "; ".
std::string plan_text(const std::vector<BlockAction>& plan)
{
    std::string text;
    for (const auto& action : plan)
    {
        if (!text.empty())
            text += "; ";
        switch (action.kind)
        {
        case BlockAction::Kind::keep: text += "keep"; break;
        case BlockAction::Kind::remove: text += "remove"; break;
        case BlockAction::Kind::repeat:
            text += std::string("repeat ") + (action.new_page ? "each page " : "") + action.list;
            break;
        case BlockAction::Kind::broken: text += "broken"; break;
        }
        text += " " + std::to_string(action.open) + "-" + std::to_string(action.close);
        for (const auto& problem : action.problems)
            text += " !" + std::to_string(problem.marker);
    }
    return text;
}

struct PlanCase
{
    const char* markers; // a template's markers in reading order
    const char* plan;    // plan_text of what plan_blocks decides
};

class PlanBlocks : public testing::TestWithParam<PlanCase> {};

TEST_P(PlanBlocks, DecidesEachBlockFromTheData)
{
    EXPECT_EQ(plan_text(plan_blocks(markers_in(GetParam().markers), plan_data(), vi)), GetParam().plan) << GetParam().markers;
}

INSTANTIATE_TEST_SUITE_P(
    Vectors, PlanBlocks,
    testing::Values(
        PlanCase{"", ""}, PlanCase{"{{ten}} {{ds.ten}} {{nguoi_ky}}", ""},
        // Conditions: a flag, a list with items, a field that is set; {{#khong}} the other way.
        PlanCase{"{{#neu cap_huyen}} {{ten}} {{/neu}}", "keep 0-2"},
        PlanCase{"{{#neu cap_tinh}} {{ten}} {{/neu}}", "remove 0-2"},
        PlanCase{"{{#khong cap_tinh}} {{/khong}}", "keep 0-1"},
        PlanCase{"{{#khong cap_huyen}} {{/khong}}", "remove 0-1"},
        PlanCase{"{{#neu ds}} {{/neu}} {{#neu rong}} {{/neu}}", "keep 0-1; remove 2-3"},
        PlanCase{"{{#neu ten}} {{/neu}} {{#neu trong}} {{/neu}} {{#neu khong}} {{/neu}}", "keep 0-1; remove 2-3; remove 4-5"},
        PlanCase{"{{#neu nguoi_ky}} {{/neu}}", "remove 0-1"}, // a prompt is not a value
        PlanCase{"{{#nếu Cap_Huyen}} {{/nếu}}", "keep 0-1"},
        // A condition the data does not know: kept, its marker shown.
        PlanCase{"{{#neu cap_huyn}} {{ten}} {{/neu}}", "keep 0-2 !0"},
        PlanCase{"{{#khong cap_huyn}} {{/khong}}", "keep 0-1 !0"},
        // Lists repeated, on pages of their own with {{#moi_trang}}; an empty list's block goes.
        PlanCase{"{{#moi ds}} {{ds.ten}} {{/moi}}", "repeat ds 0-2"},
        PlanCase{"{{#moi_trang de_nghi}} {{de_nghi.ten}} {{/moi}}", "repeat each page de_nghi 0-2"},
        PlanCase{"{{#mỗi_trang de-nghi}} {{/moi}}", "repeat each page de_nghi 0-1"},
        PlanCase{"{{#moi rong}} {{rong.ten}} {{/moi}}", "repeat rong 0-2"},
        // A list the data does not have, or a field named like a list: both markers shown.
        PlanCase{"{{#moi dss}} {{ds.ten}} {{/moi}}", "broken 0-2 !0 !2"},
        PlanCase{"{{#moi ten}} {{/moi}}", "broken 0-1 !0 !1"},
        PlanCase{"{{#moi ds.ten}} {{/moi}}", "broken 0-1 !0 !1"},
        // Nested: inner blocks first, in the order they close.
        PlanCase{"{{#neu cap_huyen}} {{#moi ds}} {{ds.ten}} {{/moi}} {{#neu cap_tinh}} {{/neu}} {{/neu}}",
                 "repeat ds 1-3; remove 4-5; keep 0-6"},
        PlanCase{"{{#moi_trang de_nghi}} {{#khong cap_huyn}} {{/khong}} {{/moi}}", "keep 1-2 !1; repeat each page de_nghi 0-3"},
        PlanCase{"{{#neu cap_tinh}} {{#neu cap_huyen}} {{/neu}} {{/neu}}", "keep 1-2; remove 0-3"},
        // Unclosed and stray markers, shown before the blocks.
        PlanCase{"{{#neu cap_huyen}} {{ten}}", "broken 0-0 !0"},
        PlanCase{"{{ten}} {{/neu}}", "broken 1-1 !1"},
        PlanCase{"{{/moi}} {{#neu cap_huyen}} {{/neu}} {{#moi ds}}", "broken 3-3 !3; broken 0-0 !0; keep 1-2"},
        // Any closing marker closes the innermost block: {{/neu}} ends the {{#moi}} here.
        PlanCase{"{{#neu cap_huyen}} {{#moi ds}} {{/neu}}", "broken 0-0 !0; repeat ds 1-2"},
        // Broken markers and value markers are no blocks.
        PlanCase{"{{#neu cap_huyen}} {{ten|vang}} {{}} {{#khi x}} {{/neu}}", "keep 0-4"},
        PlanCase{"{{#neu}} {{/neu}}", "broken 1-1 !1"}));

TEST(PlanBlocks, ProblemsAreSentencesForTheUser)
{
    const auto plan = plan_blocks(markers_in("{{#neu cap_huyn}} {{/neu}} {{#moi dss}} {{/moi}} {{#khong a}}"), plan_data(), vi);
    ASSERT_EQ(plan.size(), 3u);
    EXPECT_EQ(plan[0].problems, (std::vector<MarkerProblem>{{4, format(vi, "template.block_unclosed", {"a"})}}));
    EXPECT_EQ(plan[1].problems, (std::vector<MarkerProblem>{{0, format(vi, "template.unknown_field", {"cap_huyn"})}}));
    EXPECT_EQ(plan[2].problems, (std::vector<MarkerProblem>{{2, format(vi, "template.unknown_field", {"dss"})},
                                                            {3, std::string(text(vi, "template.marker_misplaced"))}}));
    const auto stray = plan_blocks(markers_in("{{/khong}}"), plan_data(), Language::english);
    ASSERT_EQ(stray.size(), 1u);
    const std::string misplaced(text(Language::english, "template.marker_misplaced"));
    EXPECT_EQ(stray[0].problems, (std::vector<MarkerProblem>{{0, misplaced}}));
}

// A block on one line, or closed in another table cell (only the document knows): both markers
// shown, whatever the block would have done.
TEST(PlanBlocks, ABlockThatDoesNotCloseInALaterParagraphIsShown)
{
    const auto markers = markers_in("{{#neu cap_huyen}} {{/neu}} {{#moi dss}} {{/moi}} {{#neu cap_tinh}} {{/neu}}");
    const auto on_one_line = [](std::size_t open, std::size_t) { return open != 0 && open != 2; };
    EXPECT_EQ(plan_text(plan_blocks(markers, plan_data(), vi, on_one_line)), "broken 0-1 !0 !1; broken 2-3 !2 !3; remove 4-5");
    const std::string misplaced(text(vi, "template.marker_misplaced"));
    for (const auto& action : plan_blocks(markers, plan_data(), vi, on_one_line))
        for (const auto& problem : action.problems)
            EXPECT_EQ(problem.problem, misplaced);
    // Asked once per block, with the block's own markers.
    std::vector<std::pair<std::size_t, std::size_t>> asked;
    (void)plan_blocks(markers, plan_data(), vi, [&asked](std::size_t open, std::size_t close) {
        asked.emplace_back(open, close);
        return true;
    });
    EXPECT_EQ(asked, (std::vector<std::pair<std::size_t, std::size_t>>{{0, 1}, {2, 3}, {4, 5}}));
}

// The list of a repeated block as the data spells it, found without making up a marker.
TEST(PlanBlocks, ListsAreFoundByName)
{
    const FillData data = plan_data();
    EXPECT_EQ(list_named("ds", data), "ds");
    EXPECT_EQ(list_named("de-nghi", data), "de_nghi");
    EXPECT_EQ(list_named("denghi", data), "de_nghi");
    EXPECT_EQ(list_named("ten", data), std::nullopt);
    EXPECT_EQ(list_named("", data), std::nullopt);
    EXPECT_EQ(list_of(parse_marker("{{de-nghi.ten}}"), data), "de_nghi");
    EXPECT_EQ(list_of(parse_marker("{{ds}}"), data), std::nullopt);
}

} // namespace
