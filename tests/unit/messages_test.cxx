#include <gtest/gtest.h>

#include "core/text/messages.hxx"

using namespace sangkien::core;

TEST(Messages, EveryKeyHasBothLanguages)
{
    ASSERT_GT(detail::kStringTableSize, 10u);
    for (std::size_t i = 0; i < detail::kStringTableSize; ++i)
    {
        const auto& entry = detail::kStringTable[i];
        EXPECT_STRNE(entry.vietnamese, "") << entry.key;
        EXPECT_STRNE(entry.english, "") << entry.key;
    }
}

TEST(Messages, TableIsSortedForLookup)
{
    for (std::size_t i = 1; i < detail::kStringTableSize; ++i)
        EXPECT_LT(std::string_view(detail::kStringTable[i - 1].key), std::string_view(detail::kStringTable[i].key));
}

TEST(Messages, LooksUpByLanguage)
{
    EXPECT_EQ(text(Language::vietnamese, "about.close"), "Đóng");
    EXPECT_EQ(text(Language::english, "about.close"), "Close");
}

TEST(Messages, UnknownKeyShowsItself)
{
    EXPECT_EQ(text(Language::english, "no.such.key"), "no.such.key");
    EXPECT_FALSE(has_text("no.such.key"));
}

TEST(Messages, FormatsPlaceholders)
{
    EXPECT_EQ(format(Language::vietnamese, "about.version", {"1.2.3"}), "Phiên bản 1.2.3");
    EXPECT_EQ(format(Language::english, "money.error.missing_unit", {"3 tỷ 200", "200"}),
              "In \"3 tỷ 200\", the number \"200\" has no unit (\"nghìn\", \"triệu\", \"tỷ\").");
}

TEST(Messages, MissingArgumentLeavesPlaceholderVisible)
{
    EXPECT_EQ(format(Language::english, "about.version", {}), "Version {0}");
}

struct TagCase
{
    const char* tag;
    Language expected;
};

class LanguageFromTag : public testing::TestWithParam<TagCase> {};

TEST_P(LanguageFromTag, Maps)
{
    EXPECT_EQ(language_from_tag(GetParam().tag), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Tags, LanguageFromTag, testing::Values(
    TagCase{"vi", Language::vietnamese}, TagCase{"vi-VN", Language::vietnamese},
    TagCase{"vi_VN.UTF-8", Language::vietnamese}, TagCase{"en-US", Language::english},
    TagCase{"en_GB.UTF-8", Language::english}, TagCase{"EN", Language::english},
    TagCase{"C.UTF-8", Language::vietnamese}, TagCase{"", Language::vietnamese},
    TagCase{"eng", Language::vietnamese}, TagCase{"de-DE", Language::vietnamese}));

TEST(Messages, FallbackLanguageIsRespected)
{
    EXPECT_EQ(language_from_tag("de-DE", Language::english), Language::english);
}
