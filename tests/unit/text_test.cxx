#include <gtest/gtest.h>

#include "core/text/text.hxx"

using namespace sangkien::core;

namespace {

struct TextCase
{
    const char* input;
    const char* expected;
};

class NormaliseForParsing : public testing::TestWithParam<TextCase> {};

TEST_P(NormaliseForParsing, GivesComposedLowerCaseSingleSpaced)
{
    EXPECT_EQ(normalise_for_parsing(GetParam().input), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Vectors, NormaliseForParsing, testing::Values(
    TextCase{"", ""},
    TextCase{"   ", ""},
    TextCase{"  500   triệu  ", "500 triệu"},
    TextCase{"\t1,2\u00A0TỈ\nđồng ", "1,2 tỉ đồng"},
    // NFD: "ệ" as e + dot below + circumflex, "ỷ" as y + hook above.
    TextCase{"500 trie\u0323\u0302u", "500 triệu"},
    TextCase{"0,5 ty\u0309", "0,5 tỷ"},
    TextCase{"ĐỒNG", "đồng"},
    TextCase{"CÔNG ĐOÀN CƠ SỞ", "công đoàn cơ sở"}));

TEST(Text, NfcComposesDotBelowBeforeCircumflex)
{
    // Canonical order puts the dot below first; both orders must compose to U+1EC7.
    EXPECT_EQ(to_nfc("e\u0323\u0302"), "\u1EC7");
    EXPECT_EQ(to_nfc("e\u0302\u0323"), "\u1EC7");
}

TEST(Text, InvalidUtf8DoesNotThrow)
{
    EXPECT_NO_THROW(normalise_for_parsing(std::string("\xff\xfe 500 tri\xc3", 10)));
}

} // namespace
