#include "writer/writer_fill.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include "calc/document_tools.hxx"
#include "core/documents/document_work.hxx"
#include "core/documents/template_plan.hxx"
#include "sangkien/uno_common/ustring.hxx"
#include "writer/writer_chart.hxx"
#include "writer/writer_marks.hxx"
#include "writer/writer_repeat.hxx"
#include "writer/writer_tables.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

using Ranges = std::vector<css::uno::Reference<text::XTextRange>>;

bool has_problem(const core::BlockAction& action, std::size_t marker)
{
    for (const auto& problem : action.problems)
        if (problem.marker == marker)
            return true;
    return false;
}

// One block of the plan, carried out on the markers' ranges; `done` hears how many items of a
// repeated block are written.
void carry_out(const css::uno::Reference<lang::XComponent>& document, const core::BlockAction& action, const Ranges& ranges,
               const core::FillData& data, core::Language language, std::vector<std::string>& problems,
               const std::function<void(std::size_t)>& done)
{
    for (const auto& problem : action.problems)
        show_broken(ranges[problem.marker], problem.problem, problems, language);
    const auto& open = ranges[action.open];
    const auto& close = ranges[action.close];
    switch (action.kind)
    {
    case core::BlockAction::Kind::broken:
        return;
    case core::BlockAction::Kind::keep:
        for (const std::size_t marker : {action.close, action.open})
            if (!has_problem(action, marker))
                remove_paragraphs(ranges[marker], ranges[marker]);
        return;
    case core::BlockAction::Kind::remove:
        remove_paragraphs(open, close);
        return;
    case core::BlockAction::Kind::repeat:
        if (!repeat_block(document, open, close, action.new_page, data.lists.at(action.list), data, language, problems, done))
            show_broken(open, std::string(core::text(language, "template.block_table")), problems, language);
        return;
    }
}

// The blocks as core::plan_blocks decides them, from the markers Writer's search finds in reading
// order; `done` hears the items written so far, over every repeated block.
void fill_blocks(const css::uno::Reference<lang::XComponent>& document, const core::FillData& data, core::Language language,
                 std::vector<std::string>& problems, const std::function<void(std::size_t)>& done)
{
    const Ranges ranges = find_all(document, kMarkerPattern, true);
    std::vector<core::Marker> markers;
    for (const auto& range : ranges)
        markers.push_back(core::parse_marker(to_utf8(range->getString())));
    const auto in_later_paragraph = [&ranges](std::size_t open, std::size_t close) {
        return closes_later(ranges[open], ranges[close]);
    };
    std::size_t items_before = 0; // written by the blocks before this one
    for (const auto& action : core::plan_blocks(markers, data, language, in_later_paragraph))
    {
        try
        {
            carry_out(document, action, ranges, data, language, problems,
                      [&](std::size_t items) { done(items_before + items); });
            if (action.kind == core::BlockAction::Kind::repeat)
                items_before += data.lists.at(action.list).size();
        }
        catch (const css::uno::RuntimeException&)
        {
            // Inside a block removed before: gone with it.
        }
    }
}

// Every marker left replaced by its value (a prompt highlighted) or, when it cannot be filled,
// by its note; then what is left of "{{" or "}}".
void fill_values(const css::uno::Reference<lang::XComponent>& document, const core::FillData& data, core::Language language,
                 std::vector<std::string>& problems)
{
    const auto ranges = find_all(document, kMarkerPattern, true);
    for (auto it = ranges.rbegin(); it != ranges.rend(); ++it)
    {
        const auto& range = *it;
        const std::string whole = to_utf8(range->getString());
        const core::Marker marker = core::parse_marker(whole);
        core::Filled filled;
        if (marker.kind == core::MarkerKind::broken)
            filled.problem = core::format(language, marker.problem.c_str(), {marker.name, marker.formatter});
        else
            filled = core::fill_marker(marker, data, nullptr, language);
        if (!filled.problem.empty())
        {
            show_broken(range, filled.problem, problems, language);
            continue;
        }
        range->setString(to_ustring(filled.text));
        if (filled.prompt)
            mark(range, false);
    }
    // What is left of "{{" or "}}" belongs to no marker.
    for (const char* pattern : {"{{", "}}"})
        for (const auto& range : find_all(document, pattern, false))
            show_broken(range, std::string(core::text(language, "template.marker_unclosed")), problems, language);
}

} // namespace

std::vector<std::string> fill_writer_document(const css::uno::Reference<lang::XComponent>& document,
                                              const core::FillData& data, core::Language language,
                                              const FillProgress& progress)
{
    std::vector<std::string> problems;
    // No view follows the changes while they are made.
    const ControllerLock lock(css::uno::Reference<frame::XModel>(document, css::uno::UNO_QUERY_THROW));
    // Each pass adds to what the passes before it did.
    double work = 0;
    const auto reached = [&](double more) {
        if (progress)
            progress(work + more);
    };
    std::size_t rows = 0;
    fill_tables(document, data, language, problems, [&](std::size_t written) {
        rows = written;
        reached(core::kWorkPerListRow * static_cast<double>(written));
    });
    work += core::kWorkPerListRow * static_cast<double>(rows);
    std::size_t items = 0;
    fill_blocks(document, data, language, problems, [&](std::size_t written) {
        items = written;
        reached(core::kWorkPerPageItem * static_cast<double>(written));
    });
    work += core::kWorkPerPageItem * static_cast<double>(items);
    reached(0);
    fill_charts(document, data, language, problems);
    reached(0);
    fill_values(document, data, language, problems);
    reached(0);
    return problems;
}

} // namespace sangkien::uno
