// What the fill does with each block of a template ({{#neu}}, {{#khong}}, {{#moi}} … {{/…}}, see
// template_fill.hxx): keep what is between its markers, remove it, repeat it for every item of a
// list, or show the block as the mistake it is — decided from the template's markers and the
// document's data alone, so that it is tested without an office. The Writer filler
// (src/uno/writer) only carries the plan out.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "core/text/messages.hxx"
#include "core/documents/template_fill.hxx"

namespace sangkien::core {

// A mistake shown in place of one marker: the marker's index, and a sentence for the user.
struct MarkerProblem
{
    std::size_t marker = 0;
    std::string problem;

    bool operator==(const MarkerProblem&) const = default;
};

struct BlockAction
{
    enum class Kind
    {
        keep,   // what is between the markers stays and the markers' paragraphs go, except a marker
                // with a problem: it stays, shown (a misspelt condition keeps its block)
        remove, // from the opening marker's paragraph to the closing one's, everything goes
        repeat, // what is between is written again for every item of `list`, then the whole block goes
        broken, // a template mistake: every problem shown at its marker, nothing removed
    };
    Kind kind = Kind::broken;
    std::size_t open = 0;  // the markers, as indices into the template's markers; an opening marker
    std::size_t close = 0; // that nothing closes, or a closing one with no block open, is both
    std::string list;      // repeat: the list, as the data names it
    bool new_page = false; // repeat: every copy after the first starts a page ({{#moi_trang}})
    std::vector<MarkerProblem> problems;
};

// Whether a block's closing marker stands in a later paragraph of the same text as its opening
// one (marker indices): only the document knows. A block on one line, or closed in another table
// cell, is a mistake.
using ClosesLater = std::function<bool(std::size_t open, std::size_t close)>;

// The action for every block, from all the markers of a template in reading order (value markers
// are passed over): first the opening markers that nothing closes, then the stray closing ones,
// then the blocks in the order they close — inner blocks before the blocks around them, the order
// in which to carry them out. Without `closes_later` every block is taken to close in a later
// paragraph.
std::vector<BlockAction> plan_blocks(const std::vector<Marker>& markers, const FillData& data, Language language,
                                     const ClosesLater& closes_later = {});

} // namespace sangkien::core
