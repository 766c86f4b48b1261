// The tables of a Writer template that hold a list: the row with a list's markers ({{ds.ten}})
// written once per item (one insertByIndex per list, each cell through a text cursor so that the
// new rows share the template row's formats), the list's group headings as bold rows across the
// table; a list without items takes its row away. Tables inside a {{#moi}} block are left to the
// block, which writes them again for each item.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <com/sun/star/lang/XComponent.hpp>
#include <sal/types.h>

#include "core/documents/template_fill.hxx"

namespace sangkien::uno {

// A simple cell's name split: "B12" → "B", 12. Nothing for a split cell ("A1.1.1").
struct CellName
{
    std::string column; // "A"
    sal_Int32 row = 0;  // 1-based
};
std::optional<CellName> split_cell_name(const std::string& name);

// Fills every list table of the body; `done` hears how many rows are written so far, every few
// rows (it may throw to stop: the document is then half-made).
void fill_tables(const css::uno::Reference<css::lang::XComponent>& document, const core::FillData& data, core::Language language,
                 std::vector<std::string>& problems, const std::function<void(std::size_t)>& done);

} // namespace sangkien::uno
