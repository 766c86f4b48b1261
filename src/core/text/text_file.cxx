#include "core/text/text_file.hxx"

#include "core/text/text.hxx"

#include <array>
#include <cstddef>

#include <unicode/unistr.h>

namespace sangkien::core {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";

bool starts_with(std::string_view bytes, std::string_view prefix)
{
    return bytes.substr(0, prefix.size()) == prefix;
}

// The length of the UTF-8 sequence a lead byte starts (0: not a lead byte).
std::size_t sequence_length(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

bool is_valid_utf8(std::string_view bytes, bool cut)
{
    for (std::size_t i = 0; i < bytes.size();)
    {
        const std::size_t length = sequence_length(static_cast<unsigned char>(bytes[i]));
        if (length == 0)
            return false;
        if (i + length > bytes.size())
            return cut; // a sequence cut by the end of what was read
        for (std::size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(bytes[i + k]) & 0xC0) != 0x80)
                return false;
        i += length;
    }
    return true;
}

std::string utf16_to_utf8(std::string_view bytes, bool little_endian)
{
    icu::UnicodeString text;
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2)
    {
        const auto first = static_cast<unsigned char>(bytes[i]), second = static_cast<unsigned char>(bytes[i + 1]);
        text.append(static_cast<char16_t>(little_endian ? first | (second << 8) : (first << 8) | second));
    }
    std::string out;
    text.toUTF8String(out);
    return out;
}

std::string windows1258_to_utf8(std::string_view bytes)
{
    const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), "windows-1258");
    std::string out;
    text.toUTF8String(out);
    return out;
}

} // namespace

TextEncoding detect_text_encoding(std::string_view bytes, bool cut)
{
    if (starts_with(bytes, kUtf8Bom))
        return TextEncoding::utf8_bom;
    if (starts_with(bytes, kUtf16LeBom))
        return TextEncoding::utf16le;
    if (starts_with(bytes, kUtf16BeBom))
        return TextEncoding::utf16be;
    return is_valid_utf8(bytes, cut) ? TextEncoding::utf8 : TextEncoding::windows1258;
}

std::string decode_text(std::string_view bytes, TextEncoding encoding)
{
    switch (encoding)
    {
    case TextEncoding::utf8: return to_nfc(bytes);
    case TextEncoding::utf8_bom: return to_nfc(bytes.substr(starts_with(bytes, kUtf8Bom) ? kUtf8Bom.size() : 0));
    case TextEncoding::utf16le: return to_nfc(utf16_to_utf8(bytes.substr(starts_with(bytes, kUtf16LeBom) ? 2 : 0), true));
    case TextEncoding::utf16be: return to_nfc(utf16_to_utf8(bytes.substr(starts_with(bytes, kUtf16BeBom) ? 2 : 0), false));
    case TextEncoding::windows1258: return to_nfc(windows1258_to_utf8(bytes));
    }
    return std::string(bytes);
}

char text_separator(std::string_view utf8)
{
    constexpr std::array<char, 3> candidates{';', ',', '\t'};
    constexpr std::size_t kLinesLooked = 20;
    std::array<std::size_t, 3> lines_with{}, total{}, in_line{};
    std::size_t lines = 0;
    bool quoted = false;
    const auto end_line = [&] {
        for (std::size_t k = 0; k < candidates.size(); ++k)
        {
            lines_with[k] += in_line[k] > 0;
            total[k] += in_line[k];
            in_line[k] = 0;
        }
        ++lines;
    };
    for (std::size_t i = 0; i < utf8.size() && lines < kLinesLooked; ++i)
    {
        const char c = utf8[i];
        if (c == '"')
            quoted = !quoted;
        else if (c == '\n' && !quoted)
            end_line();
        else if (!quoted)
            for (std::size_t k = 0; k < candidates.size(); ++k)
                in_line[k] += c == candidates[k];
    }
    if (lines < kLinesLooked)
        end_line();
    std::size_t best = 0;
    for (std::size_t k = 1; k < candidates.size(); ++k)
        if (lines_with[k] > lines_with[best] || (lines_with[k] == lines_with[best] && total[k] > total[best]))
            best = k;
    return total[best] > 0 ? candidates[best] : '\0';
}

} // namespace sangkien::core
