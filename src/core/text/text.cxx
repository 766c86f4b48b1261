#include "core/text/text.hxx"

#include <algorithm>
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

bool is_ascii(std::string_view s)
{
    for (const char c : s)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

// True when the text is certainly NFC without asking ICU: no combining marks (U+0300–U+036F, lead
// bytes CC/CD) and nothing beyond U+1FFF (lead bytes above E1), where the few characters that NFC
// changes live. Vietnamese precomposed letters (U+00C0–U+01B0, U+1EA0–U+1EF9) pass.
bool is_composed_fast(std::string_view s)
{
    for (const char ch : s)
    {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0xCC || c == 0xCD || c > 0xE1)
            return false;
    }
    return true;
}

bool is_ascii_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

} // namespace

std::string to_nfc(std::string_view utf8)
{
    if (is_composed_fast(utf8))
        return std::string(utf8);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    const auto source = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    if (U_FAILURE(status))
        return to_utf8(source);
    const icu::UnicodeString composed = nfc->normalize(source, status);
    return U_SUCCESS(status) ? to_utf8(composed) : to_utf8(source);
}

std::string to_upper(std::string_view utf8)
{
    auto s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    s.toUpper(icu::Locale("vi"));
    return to_nfc(to_utf8(s));
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

namespace {

// The length of the white-space character at `at` (0 if none): ASCII white space, NBSP (C2 A0),
// the spaces U+2000–U+200A, U+202F, U+205F (E2 80/81 xx) and the ideographic space (E3 80 80).
std::size_t space_length(std::string_view s, std::size_t at)
{
    const auto byte = [&s](std::size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0u; };
    const unsigned c = byte(at);
    if (c < 0x80)
        return is_ascii_space(static_cast<char>(c)) ? 1 : 0;
    if (c == 0xC2 && (byte(at + 1) == 0xA0 || byte(at + 1) == 0x85))
        return 2;
    if (c == 0xE2 && byte(at + 1) == 0x80 && ((byte(at + 2) >= 0x80 && byte(at + 2) <= 0x8A) || byte(at + 2) == 0xAF
                                                || byte(at + 2) == 0xA8 || byte(at + 2) == 0xA9))
        return 3;
    if (c == 0xE2 && byte(at + 1) == 0x81 && byte(at + 2) == 0x9F)
        return 3;
    if (c == 0xE3 && byte(at + 1) == 0x80 && byte(at + 2) == 0x80)
        return 3;
    return 0;
}

// Already single-spaced and trimmed: the common case, checked in one pass.
bool is_tidy(std::string_view s)
{
    if (s.empty())
        return true;
    if (s.front() == ' ' || s.back() == ' ')
        return false;
    char previous = 0;
    for (const char ch : s)
    {
        const auto c = static_cast<unsigned char>(ch);
        if ((c == ' ' && previous == ' ') || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0xC2
            || c == 0xE2 || c == 0xE3)
            return false;
        previous = ch;
    }
    return true;
}

} // namespace

std::string collapse_spaces(std::string_view utf8)
{
    if (is_tidy(utf8))
        return std::string(utf8);
    std::string out;
    out.reserve(utf8.size());
    bool pending_space = false;
    for (std::size_t i = 0; i < utf8.size();)
    {
        if (const std::size_t n = space_length(utf8, i))
        {
            pending_space = !out.empty();
            i += n;
            continue;
        }
        if (pending_space)
            out += ' ';
        pending_space = false;
        out += utf8[i++];
    }
    return out;
}

std::u32string to_u32(std::string_view utf8)
{
    const auto s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    std::u32string out;
    out.reserve(static_cast<std::size_t>(s.length()));
    for (int32_t i = 0; i < s.length();)
    {
        const UChar32 c = s.char32At(i);
        out.push_back(static_cast<char32_t>(c));
        i += U16_LENGTH(c);
    }
    return out;
}

std::string from_u32(const std::u32string& text)
{
    icu::UnicodeString u;
    for (const char32_t c : text)
        u.append(static_cast<UChar32>(c));
    return to_utf8(u);
}

std::string normalise_for_parsing(std::string_view utf8)
{
    return to_lower(collapse_spaces(to_nfc(utf8)));
}

} // namespace sangkien::core

#include <memory>
#include <mutex>

#include <unicode/coll.h>
#include <unicode/sortkey.h>

namespace sangkien::core {

namespace {

bool is_mark(UChar32 c)
{
    const int8_t type = u_charType(c);
    return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
}

bool is_separator_punctuation(UChar32 c)
{
    return u_ispunct(c) || c == '+' || c == '=' || c == '|';
}

const icu::Collator& vietnamese_collator()
{
    static const std::unique_ptr<icu::Collator> collator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("vi"), status));
        if (U_FAILURE(status) || !c)
            c.reset(icu::Collator::createInstance(icu::Locale::getRoot(), status));
        return c;
    }();
    return *collator;
}

void append_sort_key(std::string& out, const std::string& part)
{
    const auto text = icu::UnicodeString::fromUTF8(part);
    uint8_t buffer[512];
    int32_t length = vietnamese_collator().getSortKey(text, buffer, sizeof buffer);
    if (length <= static_cast<int32_t>(sizeof buffer))
    {
        out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length));
        return;
    }
    std::string large(static_cast<std::size_t>(length), '\0');
    length = vietnamese_collator().getSortKey(text, reinterpret_cast<uint8_t*>(large.data()), length);
    out += large;
}

} // namespace

std::string strip_tones(std::string_view utf8)
{
    if (is_ascii(utf8))
        return std::string(utf8);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    const auto source = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    const icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(source, status) : source;
    icu::UnicodeString out;
    for (int32_t i = 0; i < decomposed.length();)
    {
        UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (is_mark(c))
            continue;
        if (c == 0x0111)
            c = 'd';
        else if (c == 0x0110)
            c = 'D';
        out.append(c);
    }
    return to_utf8(out);
}

std::string matching_key(std::string_view text, const KeyOptions& options)
{
    std::string key;
    if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    {
        // ASCII (codes, numbers, English, text typed without tones): the same key without ICU.
        key.reserve(text.size());
        bool space = true; // no leading space
        for (const char c : text)
        {
            const auto u = static_cast<unsigned char>(c);
            if (is_ascii_space(c) || is_separator_punctuation(u))
                space = true;
            else
            {
                if (space && !key.empty())
                    key += ' ';
                space = false;
                key += static_cast<char>(std::tolower(u));
            }
        }
    }
    else
    {
        key = to_lower(to_nfc(text));
        // Punctuation separates words: "CĐCS-Trường A." ≡ "cđcs trường a".
        auto u = icu::UnicodeString::fromUTF8(key);
        icu::UnicodeString spaced;
        for (int32_t i = 0; i < u.length();)
        {
            const UChar32 c = u.char32At(i);
            i += U16_LENGTH(c);
            spaced.append(is_separator_punctuation(c) ? static_cast<UChar32>(' ') : c);
        }
        key = collapse_spaces(to_utf8(spaced));
        if (options.strip_tones)
            key = strip_tones(key);
    }
    if (options.unit_name)
    {
        static const std::string prefixes[] = {"công đoàn cơ sở ", "cong doan co so ", "cđcs ", "cdcs ",
                                               "công đoàn ", "cong doan ", "cđ ", "cd "};
        for (const auto& prefix : prefixes)
        {
            if (key.size() > prefix.size() && key.compare(0, prefix.size(), prefix) == 0)
            {
                key.erase(0, prefix.size());
                break;
            }
        }
    }
    return key;
}

NameParts split_name(std::string_view full_name)
{
    const std::string name = collapse_spaces(to_nfc(full_name));
    NameParts parts;
    const auto first_space = name.find(' ');
    if (first_space == std::string::npos)
    {
        parts.given = name;
        return parts;
    }
    const auto last_space = name.rfind(' ');
    parts.family = name.substr(0, first_space);
    parts.given = name.substr(last_space + 1);
    if (last_space > first_space)
        parts.middle = name.substr(first_space + 1, last_space - first_space - 1);
    return parts;
}

std::string name_sort_key(std::string_view full_name)
{
    const NameParts parts = split_name(full_name);
    std::string key;
    // Each part's ICU key ends with a zero byte and holds no other: concatenating them orders
    // by given name first, then middle, then family.
    append_sort_key(key, parts.given);
    append_sort_key(key, parts.middle);
    append_sort_key(key, parts.family);
    return key;
}

} // namespace sangkien::core
