// What the Calc add-in offers, as plain data: the UNO add-in answers every XAddIn question from
// this table, and unit tests check it without an office.
//
// The programmatic names are stored in ODF files (of:=VN.SANGKIEN.ADDIN.TIEN(...)) and are never
// renamed; the display names are what users type, the same in every UI language.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace sangkien::core {

struct AddInArgument
{
    std::string_view name_key;        // resource key of the localised argument name; its
                                      // description is at name_key + ".description"
    bool optional = false;
    bool hidden = false;              // the calling document, filled in by Calc (not shown)
};

struct AddInFunction
{
    std::string_view programmatic_name; // the UNO method name (file-format contract)
    std::string_view display_name;      // what users type: SK.TIEN
    std::string_view description_key;
    std::span<const AddInArgument> arguments;
};

// The add-in's UNO service name: with the method names, what ODF stores.
inline constexpr std::string_view kAddInServiceName = "vn.sangkien.AddIn";

std::span<const AddInFunction> addin_functions();

std::string argument_description_key(const AddInArgument& argument);

// Lookup by programmatic or display name (display names case-insensitively); nullptr if none.
const AddInFunction* find_addin_function_by_programmatic_name(std::string_view name);
const AddInFunction* find_addin_function_by_display_name(std::string_view name);

} // namespace sangkien::core
