// Carrying out a template's blocks in a Writer text (core/template_plan.hxx decides which):
// removing whole paragraphs, and the tables among them, between two markers, and the repeat
// engine of {{#moi}} — the paragraphs and tables of a block read once (text and look) and written
// again for every item of a list, their markers filled for that item.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include "core/documents/template_fill.hxx"

namespace sangkien::uno {

// Removes whole paragraphs, and the tables among them, from the one holding `from` to the one
// holding `to`: each goes as a whole (a cursor's selection would reach into a table next to them).
// Nothing goes when `to` does not follow `from` in the same text.
void remove_paragraphs(const css::uno::Reference<css::text::XTextRange>& from,
                       const css::uno::Reference<css::text::XTextRange>& to);

// Whether a block's closing marker is in a later paragraph of the same text as its opening one
// (a block on one line, or closed in a table cell, is a template mistake).
bool closes_later(const css::uno::Reference<css::text::XTextRange>& open,
                  const css::uno::Reference<css::text::XTextRange>& close);

// {{#moi list}} … {{/moi}}: the paragraphs and tables written again for every item after the block
// (each copy starting a new page for {{#moi_trang}}), then the block itself removed. False, and
// nothing changed, when a table in it has split cells (not copied). `done` hears how many items
// are written, after each (it may throw to stop: the document is then half-made); problems of the
// template are listed once, with the first item.
bool repeat_block(const css::uno::Reference<css::lang::XComponent>& document,
                  const css::uno::Reference<css::text::XTextRange>& open, const css::uno::Reference<css::text::XTextRange>& close,
                  bool new_page, const std::vector<core::FillRecord>& items, const core::FillData& data, core::Language language,
                  std::vector<std::string>& problems, const std::function<void(std::size_t)>& done);

} // namespace sangkien::uno
