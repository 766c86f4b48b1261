#include "sangkien/core/text.hxx"

#include <cctype>

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace sangkien::core {

namespace {

std::string to_utf8(const icu::UnicodeString& s)
{
    std::string out;
    s.toUTF8String(out);
    return out;
}

bool is_space(UChar32 c)
{
    return c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0B || c == 0x0C || c == 0xA0 || c == 0x3000
           || c == 0x2007 || c == 0x202F || u_isUWhiteSpace(c);
}

bool is_ascii(std::string_view s)
{
    for (const char c : s)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

bool is_ascii_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

} // namespace

std::string to_nfc(std::string_view utf8)
{
    if (is_ascii(utf8))
        return std::string(utf8);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    const auto source = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    if (U_FAILURE(status))
        return to_utf8(source);
    const icu::UnicodeString composed = nfc->normalize(source, status);
    return U_SUCCESS(status) ? to_utf8(composed) : to_utf8(source);
}

std::string to_lower(std::string_view utf8)
{
    if (is_ascii(utf8))
    {
        std::string out(utf8);
        for (char& c : out)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return out;
    }
    auto s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    s.toLower(icu::Locale("vi"));
    return to_nfc(to_utf8(s));
}

std::string collapse_spaces(std::string_view utf8)
{
    if (is_ascii(utf8))
    {
        std::string out;
        out.reserve(utf8.size());
        bool pending_space = false;
        for (const char c : utf8)
        {
            if (is_ascii_space(c))
            {
                pending_space = !out.empty();
                continue;
            }
            if (pending_space)
                out += ' ';
            pending_space = false;
            out += c;
        }
        return out;
    }
    const auto source = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    icu::UnicodeString out;
    bool pending_space = false;
    for (int32_t i = 0; i < source.length();)
    {
        const UChar32 c = source.char32At(i);
        i += U16_LENGTH(c);
        if (is_space(c))
        {
            pending_space = !out.isEmpty();
            continue;
        }
        if (pending_space)
            out.append(static_cast<UChar>(0x20));
        pending_space = false;
        out.append(c);
    }
    return to_utf8(out);
}

std::string normalise_for_parsing(std::string_view utf8)
{
    return to_lower(collapse_spaces(to_nfc(utf8)));
}

} // namespace sangkien::core
