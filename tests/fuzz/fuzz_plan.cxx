// libFuzzer: the template plan — any markers staff may type into a Writer template, in any order
// and nesting, with blocks closing on their own line or not as the input says, planned against a
// small data set; every block marker must be carried out exactly once and every action be one the
// Writer filler can apply.
#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "core/documents/template_plan.hxx"

namespace {

using namespace sangkien::core;

const FillData& sample()
{
    static const FillData data = [] {
        FillData d;
        d.fields["ten"] = FillField{std::string("Nguyễn Văn Án")};
        d.fields["trong"] = FillField{std::string(), true};
        d.fields["so"] = FillField{std::int64_t{0}};
        d.lists["ds"] = {{{"ten", FillField{std::string("An")}}}, {}};
        d.lists["de_nghi"] = {{}};
        d.lists["rong"] = {};
        d.conditions["co"] = true;
        d.conditions["khong_co"] = false;
        return d;
    }();
    return data;
}

bool opens(const Marker& marker)
{
    return marker.kind == MarkerKind::block_if || marker.kind == MarkerKind::block_unless
           || marker.kind == MarkerKind::block_each;
}

void require(bool condition)
{
    if (!condition)
        std::abort();
}

void check_action(const BlockAction& action, const std::vector<Marker>& markers, const FillData& data)
{
    require(action.open <= action.close && action.close < markers.size());
    for (const MarkerProblem& problem : action.problems)
        require((problem.marker == action.open || problem.marker == action.close) && !problem.problem.empty());
    const Marker& open = markers[action.open];
    switch (action.kind)
    {
    case BlockAction::Kind::broken:
        require(!action.problems.empty());
        break;
    case BlockAction::Kind::repeat:
        require(open.kind == MarkerKind::block_each && data.lists.count(action.list) && action.new_page == open.new_page);
        require(action.problems.empty() && markers[action.close].kind == MarkerKind::block_end);
        break;
    case BlockAction::Kind::remove:
        require(action.problems.empty());
        [[fallthrough]];
    case BlockAction::Kind::keep:
        require((open.kind == MarkerKind::block_if || open.kind == MarkerKind::block_unless) && action.open < action.close);
        require(markers[action.close].kind == MarkerKind::block_end && action.problems.size() <= 1);
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* bytes, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(bytes), size);
    const auto markers = markers_in(text);
    // Whether a block closes in a later paragraph, as the input says: a line break between its
    // markers (found as markers_in finds them).
    std::vector<std::size_t> line;
    std::size_t lines = 0, counted = 0;
    for (auto at = text.find("{{"); at != std::string_view::npos && text.find("}}", at) != std::string_view::npos;
         at = text.find("{{", at + 2))
    {
        lines += static_cast<std::size_t>(std::count(text.begin() + counted, text.begin() + at, '\n'));
        counted = at;
        line.push_back(lines);
    }
    if (line.size() != markers.size())
        std::abort();
    const auto closes_later = [&line](std::size_t open, std::size_t close) { return line[open] < line[close]; };
    for (const Language language : {Language::vietnamese, Language::english})
    {
        const auto plan = plan_blocks(markers, sample(), language, closes_later);
        std::vector<int> uses(markers.size(), 0);
        for (const BlockAction& action : plan)
        {
            check_action(action, markers, sample());
            ++uses[action.open];
            if (action.close != action.open)
                ++uses[action.close];
        }
        // Every block marker once, nothing else.
        for (std::size_t i = 0; i < markers.size(); ++i)
            require(uses[i] == (opens(markers[i]) || markers[i].kind == MarkerKind::block_end ? 1 : 0));
    }
    (void)plan_blocks(markers, sample(), Language::vietnamese);
    return 0;
}
