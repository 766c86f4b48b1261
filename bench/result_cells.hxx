// The cells of a core::ResultSheet (heading row first) as setDataArray takes them, for the
// benchmarks' baselines: what LibreOffice needs to write the same content, with nothing of ours.
#pragma once

#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>

#include "sangkien/core/result_sheets.hxx"
#include "sangkien/launcher/office_calls.hxx"

namespace sangkien::bench {

inline com::sun::star::uno::Sequence<com::sun::star::uno::Sequence<com::sun::star::uno::Any>>
result_cells(const core::ResultSheet& result)
{
    namespace uno = com::sun::star::uno;
    const auto columns = static_cast<sal_Int32>(result.columns.size());
    uno::Sequence<uno::Sequence<uno::Any>> data(static_cast<sal_Int32>(result.rows.size() + 1));
    auto* rows = data.getArray();
    rows[0] = uno::Sequence<uno::Any>(columns);
    for (sal_Int32 c = 0; c < columns; ++c)
        rows[0].getArray()[c] <<= launcher::ustr(result.columns[static_cast<std::size_t>(c)].heading);
    for (std::size_t r = 0; r < result.rows.size(); ++r)
    {
        uno::Sequence<uno::Any> row(columns);
        auto* cells = row.getArray();
        for (sal_Int32 c = 0; c < columns; ++c)
        {
            const core::Cell& cell = result.rows[r][static_cast<std::size_t>(c)];
            if (const auto* number = std::get_if<double>(&cell))
                cells[c] <<= *number;
            else if (const auto* text = std::get_if<std::string>(&cell))
                cells[c] <<= launcher::ustr(*text);
            else
                cells[c] <<= rtl::OUString();
        }
        rows[r + 1] = row;
    }
    return data;
}

} // namespace sangkien::bench
