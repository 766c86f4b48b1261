// Conversions between the core's UTF-8 strings and UNO's UTF-16 OUString, and ASCII literals: the
// one spelling of them for the UNO component, the launcher, the CLI, the tests, benches and tools.
#pragma once

#include <string>
#include <string_view>

#include <rtl/string.hxx>
#include <rtl/ustring.hxx>

namespace sangkien {

// An ASCII literal ("ParaStyleName", "com.sun.star.text.TextTable") as an OUString.
inline rtl::OUString ascii(const char* text)
{
    return rtl::OUString::createFromAscii(text);
}

inline rtl::OUString to_ustring(std::string_view utf8)
{
    return rtl::OUString(utf8.data(), static_cast<sal_Int32>(utf8.size()), RTL_TEXTENCODING_UTF8);
}

inline std::string to_utf8(const rtl::OUString& s)
{
    const rtl::OString bytes = rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8);
    return std::string(bytes.getStr(), static_cast<std::size_t>(bytes.getLength()));
}

} // namespace sangkien
