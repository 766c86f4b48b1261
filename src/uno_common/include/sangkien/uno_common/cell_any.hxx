// A cell's value between Calc and the core: what getDataArray and add-in arguments hand over
// (double, OUString or void), and what setDataArray takes back. The one place these rules live.
#pragma once

#include <variant>

#include <com/sun/star/uno/Any.hxx>

#include "core/workbook/workbook.hxx"
#include "sangkien/uno_common/ustring.hxx"

namespace sangkien {

// What an empty text is: in a sheet's cells an empty cell; as an add-in argument typed `""` a
// text the user gave (SK.TIENCHU(105;"") is asked about the empty text, not a missing value).
enum class EmptyText
{
    empty_cell,
    text,
};

inline core::Cell cell_from_any(const com::sun::star::uno::Any& value, EmptyText empty = EmptyText::empty_cell)
{
    double number = 0;
    if (value >>= number)
        return core::Cell(number);
    rtl::OUString text;
    if ((value >>= text) && (!text.isEmpty() || empty == EmptyText::text))
        return core::Cell(to_utf8(text));
    return core::Cell{};
}

// A number as a number, a text as a text (setDataArray never reads it as a formula), an empty
// cell as "" (which leaves the cell empty).
inline com::sun::star::uno::Any any_from_cell(const core::Cell& cell)
{
    if (const auto* number = std::get_if<double>(&cell))
        return com::sun::star::uno::Any(*number);
    if (const auto* text = std::get_if<std::string>(&cell))
        return com::sun::star::uno::Any(to_ustring(*text));
    return com::sun::star::uno::Any(rtl::OUString());
}

} // namespace sangkien
