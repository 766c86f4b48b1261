#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include <iconv.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "core/text/legacy.hxx"

using namespace sangkien::core;

namespace {

// The example of shared/domain/VIETNAMESE.md: TCVN3 bytes shown as Latin-1 (U+00AD after "t").
const char* const kTcvn3Sample = "bé kÕ ho¹ch vµ ®Çu t\u00ADcéng hoµ x· héi chñ nghÜa viÖt nam";

TEST(Tcvn3, DecodesTheDomainExample)
{
    EXPECT_EQ(detect_legacy_encoding(kTcvn3Sample), LegacyEncoding::tcvn3);
    // The soft hyphen is TCVN3's "ư" — the sample has "tư" then "cộng" joined by it.
    const auto decoded = decode_legacy("bé kÕ ho¹ch vµ ®Çu t\u00AD céng hoµ x· héi chñ nghÜa viÖt nam",
                                       LegacyEncoding::tcvn3);
    ASSERT_TRUE(decoded);
    EXPECT_EQ(*decoded, "bộ kế hoạch và đầu tư cộng hoà xã hội chủ nghĩa việt nam");
}

// Our TCVN3 table against glibc's "TCVN5712-1" (the oracle, on Linux only: the core has no
// iconv): every byte shown as Latin-1, after a letter (a tone mark byte combines with it).
TEST(Tcvn3, EveryByteReadsAsGlibcReadsIt)
{
    iconv_t glibc = iconv_open("UTF-8", "TCVN5712-1");
    ASSERT_NE(glibc, reinterpret_cast<iconv_t>(-1));
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    for (int byte = 0xA0; byte <= 0xFF; ++byte)
    {
        char in[2] = {'a', static_cast<char>(byte)};
        char out[32] = {};
        char* in_ptr = in;
        char* out_ptr = out;
        std::size_t in_left = 2, out_left = sizeof out;
        iconv(glibc, nullptr, nullptr, nullptr, nullptr);
        ASSERT_NE(iconv(glibc, &in_ptr, &in_left, &out_ptr, &out_left), static_cast<std::size_t>(-1));
        ASSERT_NE(iconv(glibc, nullptr, nullptr, &out_ptr, &out_left), static_cast<std::size_t>(-1));
        std::string expected;
        nfc->normalize(icu::UnicodeString::fromUTF8(std::string(out, out_ptr)), status).toUTF8String(expected);
        std::string shown = "a";
        icu::UnicodeString(static_cast<UChar>(byte)).toUTF8String(shown);
        EXPECT_EQ(decode_legacy(shown, LegacyEncoding::tcvn3).value_or("?"), expected) << "byte 0x" << std::hex << byte;
    }
    iconv_close(glibc);
}

TEST(Tcvn3, CapitalFontsReadAsCapitals)
{
    const auto decoded = decode_legacy("c«ng ®oµn", LegacyEncoding::tcvn3, true);
    ASSERT_TRUE(decoded);
    EXPECT_EQ(*decoded, "CÔNG ĐOÀN");
}

TEST(Tcvn3, GreekMuStandsForTheMicroSign)
{
    EXPECT_EQ(decode_legacy("®oμn", LegacyEncoding::tcvn3).value_or(""), "đoàn");
}

TEST(Vni, DecodesBaseLettersFollowedByMarks)
{
    EXPECT_EQ(detect_legacy_encoding("Vieät Nam"), LegacyEncoding::vni);
    EXPECT_EQ(decode_legacy("Vieät Nam", LegacyEncoding::vni).value_or(""), "Việt Nam");
    EXPECT_EQ(decode_legacy("Xin chaøo caùc baïn", LegacyEncoding::vni).value_or(""), "Xin chào các bạn");
    EXPECT_EQ(decode_legacy("Coâng ñoaøn cô sôû", LegacyEncoding::vni).value_or(""), "Công đoàn cơ sở");
    EXPECT_EQ(decode_legacy("Tröôøng hoïc", LegacyEncoding::vni).value_or(""), "Trường học");
    EXPECT_EQ(decode_legacy("NGUYEÃN VAÊN AÙNH", LegacyEncoding::vni).value_or(""), "NGUYỄN VĂN ÁNH");
    EXPECT_EQ(decode_legacy("Ñaëng Thò Aån", LegacyEncoding::vni).value_or(""), "Đặng Thị Ẩn");
    EXPECT_EQ(decode_legacy("söï kieän, ngaøy mai, quyù vò, tyû", LegacyEncoding::vni).value_or(""),
              "sự kiện, ngày mai, quý vị, tỷ");
}

struct PlainCase
{
    const char* text;
};

std::ostream& operator<<(std::ostream& out, const PlainCase& c) { return out << '"' << c.text << '"'; }

class OrdinaryUnicode : public testing::TestWithParam<PlainCase> {};

TEST_P(OrdinaryUnicode, IsNeverTouched)
{
    EXPECT_EQ(detect_legacy_encoding(GetParam().text), LegacyEncoding::none);
    const auto converted = convert_legacy_text(GetParam().text);
    EXPECT_EQ(converted.found, LegacyEncoding::none);
    EXPECT_EQ(converted.text, GetParam().text);
}

INSTANTIATE_TEST_SUITE_P(Vectors, OrdinaryUnicode, testing::Values(
    PlainCase{"Công đoàn cơ sở"}, PlainCase{"Hoàng Văn Dũng"}, PlainCase{"Nguyễn Thị Ánh"},
    PlainCase{"Cái cây"}, PlainCase{"Chào anh"}, PlainCase{"Mã số 12/2023"}, PlainCase{"hello world"},
    PlainCase{""}, PlainCase{"500.000.000 đồng"}, PlainCase{"Cà phê"}, PlainCase{"Hòa bình"}, PlainCase{"Khoá học"},
    PlainCase{"Thuế giá trị gia tăng"}, PlainCase{"Giáo dục - Đào tạo"}));

TEST(Suspicious, HalfConvertedOrLossyTextIsReportedNotGuessed)
{
    EXPECT_EQ(detect_legacy_encoding("Công đoμn"), LegacyEncoding::suspicious);
    EXPECT_EQ(detect_legacy_encoding("T?NG LIÊN ÐOÀN"), LegacyEncoding::suspicious);
    const auto converted = convert_legacy_text("Công đoμn");
    EXPECT_EQ(converted.found, LegacyEncoding::suspicious);
    EXPECT_EQ(converted.text, "Công đoμn");
}

TEST(Legacy, GarbageNeverThrows)
{
    for (const std::string& text : {std::string("\xff\xfe", 2), std::string(3000, '\xb5'), std::string("¸¸¸¸")})
    {
        EXPECT_NO_THROW(detect_legacy_encoding(text));
        EXPECT_NO_THROW(convert_legacy_text(text));
    }
}

} // namespace

namespace {

TEST(Legacy, TheQuickScanNeverMissesWhatDetectionFinds)
{
    for (const char* text : {"bé kÕ ho¹ch", "Vieät Nam", "Công đoμn", "T?NG", "Coâng ñoaøn", "Hîp lÖ", "ÐOÀN"})
    {
        EXPECT_TRUE(may_be_legacy(text)) << text;
        EXPECT_NE(detect_legacy_encoding(text), LegacyEncoding::none) << text;
    }
    for (const char* text : {"Công đoàn cơ sở", "Nguyễn Thị Ánh", "500.000.000 đồng", "Hòa bình"})
        EXPECT_FALSE(may_be_legacy(text)) << text;
}

} // namespace
