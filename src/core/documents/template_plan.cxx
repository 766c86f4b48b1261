#include "core/documents/template_plan.hxx"

namespace sangkien::core {

namespace {

BlockAction broken_marker(std::size_t index, std::string problem)
{
    BlockAction action;
    action.open = action.close = index;
    action.problems.push_back({index, std::move(problem)});
    return action;
}

// {{#moi list}}: repeated for the list's items; a list the data does not have is a mistake, and
// its closing marker, left without a block, shows as one too.
BlockAction repeat_action(BlockAction action, const Marker& open, const FillData& data, Language language)
{
    if (const auto list = list_named(open.name, data))
    {
        action.kind = BlockAction::Kind::repeat;
        action.list = *list;
        action.new_page = open.new_page;
        return action;
    }
    action.problems.push_back({action.open, format(language, "template.unknown_field", {open.name})});
    action.problems.push_back({action.close, std::string(text(language, "template.marker_misplaced"))});
    return action;
}

// {{#neu}} / {{#khong}}: kept or removed by the condition; a condition the data does not know
// keeps its block, with the marker shown (a misspelt name must show itself, not remove text).
BlockAction condition_action(BlockAction action, const Marker& open, const FillData& data, Language language)
{
    if (!condition_known(open, data))
    {
        action.kind = BlockAction::Kind::keep;
        action.problems.push_back({action.open, format(language, "template.unknown_field", {open.name})});
        return action;
    }
    action.kind = condition_holds(open, data) ? BlockAction::Kind::keep : BlockAction::Kind::remove;
    return action;
}

BlockAction block_action(const BlockPairs::Block& block, const std::vector<Marker>& markers, const FillData& data,
                         Language language, const ClosesLater& closes_later)
{
    BlockAction action;
    action.open = block.open;
    action.close = block.close;
    if (closes_later && !closes_later(block.open, block.close))
    {
        // On one line, or closed in another text: both markers shown, nothing removed.
        const std::string misplaced(text(language, "template.marker_misplaced"));
        action.problems = {{block.open, misplaced}, {block.close, misplaced}};
        return action;
    }
    const Marker& open = markers[block.open];
    if (open.kind == MarkerKind::block_each)
        return repeat_action(std::move(action), open, data, language);
    return condition_action(std::move(action), open, data, language);
}

} // namespace

std::vector<BlockAction> plan_blocks(const std::vector<Marker>& markers, const FillData& data, Language language,
                                     const ClosesLater& closes_later)
{
    const BlockPairs pairs = pair_blocks(markers);
    std::vector<BlockAction> plan;
    plan.reserve(pairs.unclosed.size() + pairs.stray.size() + pairs.blocks.size());
    for (const std::size_t open : pairs.unclosed)
        plan.push_back(broken_marker(open, format(language, "template.block_unclosed", {markers[open].name})));
    for (const std::size_t close : pairs.stray)
        plan.push_back(broken_marker(close, std::string(text(language, "template.marker_misplaced"))));
    for (const auto& block : pairs.blocks)
        plan.push_back(block_action(block, markers, data, language, closes_later));
    return plan;
}

} // namespace sangkien::core
