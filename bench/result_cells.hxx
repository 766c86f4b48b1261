// The cells of a core::ResultSheet (heading row first) as setDataArray takes them, for the
// benchmarks' baselines: what LibreOffice needs to write the same content, with nothing of ours.
#pragma once

#include <algorithm>

#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>

#include "core/rules/result_sheets.hxx"
#include "sangkien/launcher/office_calls.hxx"
#include "sangkien/uno_common/cell_any.hxx"

namespace sangkien::bench {

// Sheet rows [first, first + count) (fewer at the end), the heading row being sheet row 0: the
// whole sheet by default, or a block of it.
inline com::sun::star::uno::Sequence<com::sun::star::uno::Sequence<com::sun::star::uno::Any>>
result_cells(const core::ResultSheet& result, std::size_t first = 0, std::size_t count = static_cast<std::size_t>(-1))
{
    namespace uno = com::sun::star::uno;
    const auto columns = static_cast<sal_Int32>(result.columns.size());
    const std::size_t sheet_rows = result.rows.size() + 1;
    const std::size_t end = first + std::min(count, sheet_rows - std::min(first, sheet_rows));
    uno::Sequence<uno::Sequence<uno::Any>> data(static_cast<sal_Int32>(end - first));
    auto* rows = data.getArray();
    for (std::size_t at = first; at < end; ++at)
    {
        uno::Sequence<uno::Any> row(columns);
        auto* cells = row.getArray();
        for (sal_Int32 c = 0; c < columns; ++c)
        {
            if (at == 0)
            {
                cells[c] <<= to_ustring(result.columns[static_cast<std::size_t>(c)].heading);
                continue;
            }
            cells[c] = any_from_cell(result.rows[at - 1][static_cast<std::size_t>(c)]);
        }
        rows[at - first] = row;
    }
    return data;
}

} // namespace sangkien::bench
