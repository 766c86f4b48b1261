// Filling a Writer document made from one of our templates with core::FillData, by the rules of
// core/template_fill.hxx, in four passes: list tables (writer_tables.hxx), blocks as
// core::plan_blocks decides them (writer_repeat.hxx carries them out), charts (writer_chart.hxx),
// then value markers replaced where they stand (keeping their formatting), prompts highlighted
// and broken markers replaced by a red note (writer_marks.hxx). Loading, storing and closing the
// document: writer_document.hxx.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <com/sun/star/lang/XComponent.hpp>

#include "core/documents/template_fill.hxx"
#include "sangkien/uno_common/ustring.hxx"

namespace sangkien::uno {

// How far a fill is: the work done so far, in the units of core/documents/document_work.hxx
// (kWorkPerListRow for each row of a list's table, kWorkPerPageItem for each item a block is
// written again for). Heard often — after every item — and may throw to stop the fill: the
// document is then left half-filled, for its owner to close unstored.
using FillProgress = std::function<void(double)>;

// Fills the document; returns the problems found (one sentence each; every one is also marked
// in the document).
std::vector<std::string> fill_writer_document(const css::uno::Reference<css::lang::XComponent>& document,
                                              const core::FillData& data, core::Language language,
                                              const FillProgress& progress = {});

} // namespace sangkien::uno
