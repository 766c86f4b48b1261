#include "sangkien/core/addin_catalogue.hxx"

#include <algorithm>
#include <array>
#include <cctype>

namespace sangkien::core {

namespace {

constexpr std::array kTienArguments{
    AddInArgument{"addin.tien.arg.text", "addin.tien.arg.text.description"},
};

constexpr std::array kFunctions{
    AddInFunction{"tien", "SK.TIEN", "addin.tien.description", kTienArguments},
};

bool equal_ignoring_ascii_case(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
           });
}

} // namespace

std::span<const AddInFunction> addin_functions()
{
    return kFunctions;
}

const AddInFunction* find_addin_function_by_programmatic_name(std::string_view name)
{
    const auto found = std::find_if(kFunctions.begin(), kFunctions.end(),
                                    [name](const AddInFunction& f) { return f.programmatic_name == name; });
    return found == kFunctions.end() ? nullptr : &*found;
}

const AddInFunction* find_addin_function_by_display_name(std::string_view name)
{
    const auto found = std::find_if(kFunctions.begin(), kFunctions.end(), [name](const AddInFunction& f) {
        return equal_ignoring_ascii_case(f.display_name, name);
    });
    return found == kFunctions.end() ? nullptr : &*found;
}

} // namespace sangkien::core
