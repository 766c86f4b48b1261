#include "core/text/legacy.hxx"

#include "core/text/text.hxx"

#include <array>
#include <cerrno>
#include <memory>

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace sangkien::core {

namespace {

std::string nfc_utf8(const icu::UnicodeString& s)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    const icu::UnicodeString composed = U_SUCCESS(status) ? nfc->normalize(s, status) : s;
    std::string out;
    composed.toUTF8String(out);
    return out;
}

// Windows-1252 characters in 0x80–0x9F, by byte.
constexpr std::array<char32_t, 32> kCp1252High{
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
    0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178};

// The byte a character was shown for; -1 if it cannot come from an 8-bit font.
int byte_of(char32_t c)
{
    if (c < 0x80 || (c >= 0xA0 && c <= 0xFF))
        return static_cast<int>(c);
    if (c == 0x03BC) // Greek mu: some tools turned the micro sign (TCVN3 "à") into it
        return 0xB5;
    for (std::size_t i = 0; i < kCp1252High.size(); ++i)
        if (kCp1252High[i] == c)
            return static_cast<int>(0x80 + i);
    return -1;
}

bool is_vietnamese_unicode_letter(char32_t c)
{
    return (c >= 0x1EA0 && c <= 0x1EF9) || c == 0x0102 || c == 0x0103 || c == 0x0110 || c == 0x0111 || c == 0x01A0
           || c == 0x01A1 || c == 0x01AF || c == 0x01B0 || c == 0x0128 || c == 0x0129 || c == 0x0168 || c == 0x0169;
}

// Latin-1 symbols TCVN3 uses for letters and that Vietnamese text never contains.
bool is_tcvn3_symbol(char32_t c)
{
    return (c >= 0xA1 && c <= 0xBF && c != 0xA0) || c == 0x03BC;
}

// Characters of VNI's marks that Vietnamese Unicode text never contains.
bool is_vni_mark(char32_t c)
{
    switch (c)
    {
    case U'ø': case U'û': case U'ï': case U'å': case U'ä': case U'ë': case U'ü': case U'æ': case U'î': case U'ñ':
    case U'ö': case U'Ø': case U'Û': case U'Ï': case U'Å': case U'Ä': case U'Ë': case U'Ü': case U'Æ': case U'Î':
    case U'Ñ': case U'Ö':
        return true;
    default:
        return false;
    }
}

// TCVN 5712:1993 (VN3, the ".VnTime" fonts' code), one code point per byte as the standard (and
// glibc's TCVN5712-1 table) gives it; the five tone marks are combining, composed by NFC after.
// Bytes below 0x80 that are letters, not controls: byte, code point.
constexpr std::array<std::pair<unsigned char, char16_t>, 12> kTcvn3Low{{
    {0x01, 0x00DA}, {0x02, 0x1EE4}, {0x04, 0x1EEA}, {0x05, 0x1EEC}, {0x06, 0x1EEE}, {0x11, 0x1EE8}, {0x12, 0x1EF0}, {0x13, 0x1EF2}, {0x14, 0x1EF6}, {0x15, 0x1EF8}, {0x16, 0x00DD}, {0x17, 0x1EF4}
}};
// Bytes 0x80–0xFF in order (0xB0–0xB4 are the combining tone marks).
constexpr std::array<char16_t, 128> kTcvn3High{
    0x00C0, 0x1EA2, 0x00C3, 0x00C1, 0x1EA0, 0x1EB6, 0x1EAC, 0x00C8,
    0x1EBA, 0x1EBC, 0x00C9, 0x1EB8, 0x1EC6, 0x00CC, 0x1EC8, 0x0128,
    0x00CD, 0x1ECA, 0x00D2, 0x1ECE, 0x00D5, 0x00D3, 0x1ECC, 0x1ED8,
    0x1EDC, 0x1EDE, 0x1EE0, 0x1EDA, 0x1EE2, 0x00D9, 0x1EE6, 0x0168,
    0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110,
    0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0,
    0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3,
    0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4,
    0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7,
    0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD,
    0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC,
    0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2,
    0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7,
    0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,
    0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF,
    0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0,
};

char16_t tcvn3_char(unsigned char byte)
{
    if (byte >= 0x80)
        return kTcvn3High[byte - 0x80];
    for (const auto& [low, letter] : kTcvn3Low)
        if (low == byte)
            return letter;
    return byte;
}

std::optional<std::string> decode_tcvn3(const std::u32string& text, bool capitals)
{
    icu::UnicodeString u;
    for (const char32_t c : text)
    {
        const int b = byte_of(c);
        if (b < 0)
            return std::nullopt;
        u.append(static_cast<UChar>(tcvn3_char(static_cast<unsigned char>(b))));
    }
    if (capitals)
        u.toUpper(icu::Locale("vi"));
    return nfc_utf8(u);
}

enum Mark : char32_t
{
    acute = 0x0301, grave = 0x0300, hook = 0x0309, tilde = 0x0303, dot = 0x0323,
    circumflex = 0x0302, breve = 0x0306, horn = 0x031B
};

// A VNI mark character: the combining marks it stands for (up to two), for a given base.
bool vni_marks(char32_t mark, char32_t base, icu::UnicodeString& out)
{
    const char32_t m = (mark >= U'À' && mark <= U'Þ') ? mark + 0x20 : mark; // fold to lower case
    const char32_t b = (base >= U'A' && base <= U'Z') ? base + 0x20 : base;
    auto add = [&out](char32_t first, char32_t second = 0) {
        out.append(static_cast<UChar32>(first));
        if (second)
            out.append(static_cast<UChar32>(second));
        return true;
    };
    switch (m)
    {
    case U'ù': return add(acute);
    case U'ø': return add(grave);
    case U'û': return add(hook);
    case U'õ': return add(tilde);
    case U'ï': return add(dot);
    default: break;
    }
    if (b == U'a' || b == U'e' || b == U'o')
    {
        switch (m)
        {
        case U'â': return add(circumflex);
        case U'á': return add(circumflex, acute);
        case U'à': return add(circumflex, grave);
        case U'å': return add(circumflex, hook);
        case U'ã': return add(circumflex, tilde);
        case U'ä': return add(circumflex, dot);
        default: break;
        }
    }
    if (b == U'a')
    {
        switch (m)
        {
        case U'ê': return add(breve);
        case U'é': return add(breve, acute);
        case U'è': return add(breve, grave);
        case U'ú': return add(breve, hook);
        case U'ü': return add(breve, tilde);
        case U'ë': return add(breve, dot);
        default: break;
        }
    }
    return false;
}

std::optional<std::string> decode_vni(const std::u32string& text)
{
    icu::UnicodeString out;
    for (std::size_t i = 0; i < text.size(); ++i)
    {
        const char32_t c = text[i];
        // Letters that stand alone in VNI.
        switch (c)
        {
        case U'ô': out.append(UChar32(U'o')).append(UChar32(horn)); break;
        case U'Ô': out.append(UChar32(U'O')).append(UChar32(horn)); break;
        case U'ö': out.append(UChar32(U'u')).append(UChar32(horn)); break;
        case U'Ö': out.append(UChar32(U'U')).append(UChar32(horn)); break;
        case U'ñ': out.append(UChar32(0x0111)); break;
        case U'Ñ': out.append(UChar32(0x0110)); break;
        case U'í': out.append(UChar32(U'i')).append(UChar32(acute)); break;
        case U'Í': out.append(UChar32(U'I')).append(UChar32(acute)); break;
        case U'ì': out.append(UChar32(U'i')).append(UChar32(grave)); break;
        case U'Ì': out.append(UChar32(U'I')).append(UChar32(grave)); break;
        case U'æ': out.append(UChar32(U'i')).append(UChar32(hook)); break;
        case U'Æ': out.append(UChar32(U'I')).append(UChar32(hook)); break;
        case U'ó': out.append(UChar32(U'i')).append(UChar32(tilde)); break;
        case U'Ó': out.append(UChar32(U'I')).append(UChar32(tilde)); break;
        case U'ò': out.append(UChar32(U'i')).append(UChar32(dot)); break;
        case U'Ò': out.append(UChar32(U'I')).append(UChar32(dot)); break;
        case U'î': out.append(UChar32(U'y')).append(UChar32(dot)); break;
        case U'Î': out.append(UChar32(U'Y')).append(UChar32(dot)); break;
        default:
            out.append(static_cast<UChar32>(c));
            // A vowel takes the mark characters that follow it (ơ and ư above take tones too).
            if (std::u32string_view(U"aeouyAEOUY").find(c) != std::u32string_view::npos)
                while (i + 1 < text.size() && vni_marks(text[i + 1], c, out))
                    ++i;
            continue;
        }
        // ơ, ư: a tone may follow.
        if (c == U'ô' || c == U'Ô' || c == U'ö' || c == U'Ö')
            while (i + 1 < text.size() && vni_marks(text[i + 1], U'u', out))
                ++i;
    }
    return nfc_utf8(out);
}


// How Vietnamese a decoded text looks: +1 for each word that could be a Vietnamese syllable (our
// letters and marks only, at most one tone, lower/upper/capitalised case), -1 for each that
// could not. Used to choose between TCVN3 and VNI when the characters alone do not tell.
int vietnamese_score(const std::string& utf8)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status))
        return 0;
    const icu::UnicodeString text = nfd->normalize(icu::UnicodeString::fromUTF8(utf8), status);
    int score = 0;
    int tones = 0, letters = 0, uppers = 0;
    bool first_upper = false, foreign = false;
    auto finish = [&] {
        if (letters == 0 && !foreign)
            return;
        const bool case_ok = uppers == 0 || uppers == letters || (uppers == 1 && first_upper);
        score += (!foreign && tones <= 1 && case_ok) ? 1 : -1;
        tones = letters = uppers = 0;
        first_upper = foreign = false;
    };
    for (int32_t i = 0; i < text.length();)
    {
        const UChar32 c = text.char32At(i);
        i += U16_LENGTH(c);
        if (c == 0x0301 || c == 0x0300 || c == 0x0309 || c == 0x0303 || c == 0x0323)
            ++tones;
        else if (c == 0x0302 || c == 0x0306 || c == 0x031B)
            continue;
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == 0x0111 || c == 0x0110)
        {
            const bool upper = (c >= 'A' && c <= 'Z') || c == 0x0110;
            if (letters == 0)
                first_upper = upper;
            uppers += upper;
            ++letters;
        }
        else if (c < 0x80 || u_isspace(c))
            finish();
        else
            foreign = true; // a symbol or a letter Vietnamese does not use
    }
    finish();
    return score;
}

} // namespace

bool may_be_legacy(std::string_view utf8)
{
    static constexpr std::string_view kLatin1Suspects{
        "\x90\xB0\xB8\xBB\xAF\xA5\xA4\xAB\xBC\xA6\xAE\xB1\xB6\x98\x9B\x8F\x85\x84\x8B\x9C\x86\x8E\x91\x96"};
    for (std::size_t i = 0; i < utf8.size(); ++i)
    {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c == '?')
            return true;
        if (i + 1 >= utf8.size())
            break;
        const auto next = static_cast<unsigned char>(utf8[i + 1]);
        if (c == 0xC2 && next >= 0xA1 && next <= 0xBF)
            return true;
        if (c == 0xCE && next == 0xBC)
            return true;
        if (c == 0xC3 && kLatin1Suspects.find(static_cast<char>(next)) != std::string_view::npos)
            return true;
    }
    return false;
}

LegacyEncoding detect_legacy_encoding(std::string_view utf8)
{
    const std::u32string text = to_u32(utf8);
    bool unicode_vietnamese = false, tcvn3_symbols = false, vni_marks_seen = false, lossy = false, eth = false;
    for (std::size_t i = 0; i < text.size(); ++i)
    {
        const char32_t c = text[i];
        unicode_vietnamese |= is_vietnamese_unicode_letter(c);
        tcvn3_symbols |= is_tcvn3_symbol(c);
        vni_marks_seen |= is_vni_mark(c);
        eth |= c == 0x00D0 || c == 0x00F0;
        // "T?NG": a question mark inside a word, where a letter was lost.
        if (c == U'?' && i > 0 && i + 1 < text.size() && u_isalpha(static_cast<UChar32>(text[i - 1]))
            && u_isalpha(static_cast<UChar32>(text[i + 1])))
            lossy = true;
    }
    if (lossy || (unicode_vietnamese && (tcvn3_symbols || vni_marks_seen)) || (eth && unicode_vietnamese))
        return LegacyEncoding::suspicious;
    if (unicode_vietnamese)
        return LegacyEncoding::none;
    if (tcvn3_symbols)
        return decode_tcvn3(text, false) ? LegacyEncoding::tcvn3 : LegacyEncoding::suspicious;
    if (vni_marks_seen)
    {
        // Both encodings put letters in À–ÿ: let the decoded texts speak.
        const auto as_tcvn3 = decode_tcvn3(text, false);
        const auto as_vni = decode_vni(text);
        if (as_tcvn3 && vietnamese_score(*as_tcvn3) > vietnamese_score(*as_vni))
            return LegacyEncoding::tcvn3;
        return LegacyEncoding::vni;
    }
    if (eth)
        return LegacyEncoding::suspicious;
    return LegacyEncoding::none;
}

std::optional<std::string> decode_legacy(std::string_view utf8, LegacyEncoding encoding, bool capitals_font)
{
    try
    {
        const std::u32string text = to_u32(utf8);
        switch (encoding)
        {
        case LegacyEncoding::tcvn3: return decode_tcvn3(text, capitals_font);
        case LegacyEncoding::vni: return decode_vni(text);
        case LegacyEncoding::none:
        case LegacyEncoding::suspicious: break;
        }
    }
    catch (...)
    {
    }
    return std::nullopt;
}

LegacyConversion convert_legacy_text(std::string_view utf8)
{
    LegacyConversion result;
    result.found = detect_legacy_encoding(utf8);
    if (result.found == LegacyEncoding::tcvn3 || result.found == LegacyEncoding::vni)
    {
        if (auto decoded = decode_legacy(utf8, result.found))
        {
            result.text = std::move(*decoded);
            return result;
        }
        result.found = LegacyEncoding::suspicious;
    }
    result.text = std::string(utf8);
    return result;
}

} // namespace sangkien::core
