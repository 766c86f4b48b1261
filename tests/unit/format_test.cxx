#include <gtest/gtest.h>

#include "core/text/format.hxx"

using namespace sangkien::core;

namespace {

struct WordsCase
{
    std::int64_t amount;
    const char* words;
};

class MoneyInWords : public testing::TestWithParam<WordsCase> {};

TEST_P(MoneyInWords, FollowsTheVietnameseRules)
{
    EXPECT_EQ(money_in_words(GetParam().amount), GetParam().words);
}

// The table of shared/domain/VIETNAMESE.md, then more cases for each rule.
INSTANTIATE_TEST_SUITE_P(DomainVectors, MoneyInWords, testing::Values(
    WordsCase{0, "Không đồng"},
    WordsCase{15, "Mười lăm đồng"},
    WordsCase{21, "Hai mươi mốt đồng"},
    WordsCase{24, "Hai mươi tư đồng"},
    WordsCase{105, "Một trăm linh năm đồng"},
    WordsCase{110, "Một trăm mười đồng"},
    WordsCase{1'005, "Một nghìn không trăm linh năm đồng"},
    WordsCase{205'000, "Hai trăm linh năm nghìn đồng"},
    WordsCase{1'000'001, "Một triệu không trăm linh một đồng"},
    WordsCase{2'400'000, "Hai triệu bốn trăm nghìn đồng"},
    WordsCase{500'000'000, "Năm trăm triệu đồng"},
    WordsCase{1'250'000'000, "Một tỷ hai trăm năm mươi triệu đồng"},
    WordsCase{33'000'000'000'000, "Ba mươi ba nghìn tỷ đồng"}));

INSTANTIATE_TEST_SUITE_P(Rules, MoneyInWords, testing::Values(
    WordsCase{1, "Một đồng"},
    WordsCase{5, "Năm đồng"},
    WordsCase{10, "Mười đồng"},
    WordsCase{11, "Mười một đồng"},
    WordsCase{14, "Mười bốn đồng"},
    WordsCase{20, "Hai mươi đồng"},
    WordsCase{25, "Hai mươi lăm đồng"},
    WordsCase{31, "Ba mươi mốt đồng"},
    WordsCase{44, "Bốn mươi tư đồng"},
    WordsCase{55, "Năm mươi lăm đồng"},
    WordsCase{101, "Một trăm linh một đồng"},
    WordsCase{115, "Một trăm mười lăm đồng"},
    WordsCase{1'000, "Một nghìn đồng"},
    WordsCase{1'010, "Một nghìn không trăm mười đồng"},
    WordsCase{1'100, "Một nghìn một trăm đồng"},
    WordsCase{10'000, "Mười nghìn đồng"},
    WordsCase{15'000, "Mười lăm nghìn đồng"},
    WordsCase{21'000, "Hai mươi mốt nghìn đồng"},
    WordsCase{80'000, "Tám mươi nghìn đồng"},
    WordsCase{499'999'999, "Bốn trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng"},
    WordsCase{500'000'001, "Năm trăm triệu không trăm linh một đồng"},
    WordsCase{1'000'000'000, "Một tỷ đồng"},
    WordsCase{1'000'000'005, "Một tỷ không trăm linh năm đồng"},
    WordsCase{1'001'000'000'000, "Một nghìn không trăm linh một tỷ đồng"},
    WordsCase{1'200'000'000, "Một tỷ hai trăm triệu đồng"},
    WordsCase{3'500'000'000'000, "Ba nghìn năm trăm tỷ đồng"},
    WordsCase{1'000'000'000'000'000'000, "Một tỷ tỷ đồng"}));

TEST(MoneyInWordsSettings, EachSettingChangesOnlyItsWord)
{
    WordsStyle style;
    style.always_bon = true;
    EXPECT_EQ(money_in_words(24, style), "Hai mươi bốn đồng");
    style = {};
    style.le_instead_of_linh = true;
    EXPECT_EQ(money_in_words(105, style), "Một trăm lẻ năm đồng");
    style = {};
    style.ngan_instead_of_nghin = true;
    EXPECT_EQ(money_in_words(205'000, style), "Hai trăm linh năm ngàn đồng");
    style = {};
    style.ti_instead_of_ty = true;
    EXPECT_EQ(money_in_words(1'200'000'000, style), "Một tỉ hai trăm triệu đồng");
    style = {};
    style.capitalise = false;
    style.unit = "";
    EXPECT_EQ(money_in_words(500'000'000, style), "năm trăm triệu");
    style = {};
    style.chan = true;
    EXPECT_EQ(money_in_words(500'000'000, style), "Năm trăm triệu đồng chẵn");
}

TEST(MoneyInWordsSettings, NegativeAndExtremes)
{
    EXPECT_EQ(money_in_words(-5), "Âm năm đồng");
    EXPECT_NO_THROW(money_in_words(INT64_MAX));
    EXPECT_NO_THROW(money_in_words(INT64_MIN));
}

TEST(Vnd, GroupsWithDots)
{
    EXPECT_EQ(format_vnd(500'000'000), "500.000.000 đồng");
    EXPECT_EQ(format_vnd(0), "0 đồng");
    EXPECT_EQ(format_vnd(999), "999 đồng");
    EXPECT_EQ(format_vnd(1'000), "1.000 đồng");
    EXPECT_EQ(format_vnd(1'250'000, false), "1.250.000");
    EXPECT_EQ(group_thousands(-1'234'567), "-1.234.567");
}

struct DateLineCase
{
    Date date;
    const char* line;
};

class Nd30DateLine : public testing::TestWithParam<DateLineCase> {};

TEST_P(Nd30DateLine, PadsDaysBelowTenAndMonthsOneAndTwo)
{
    EXPECT_EQ(nd30_date_line("Huyện Dương Minh Châu", GetParam().date), GetParam().line);
}

INSTANTIATE_TEST_SUITE_P(DomainVectors, Nd30DateLine, testing::Values(
    DateLineCase{{2023, 9, 5}, "Huyện Dương Minh Châu, ngày 05 tháng 9 năm 2023"},
    DateLineCase{{2024, 1, 15}, "Huyện Dương Minh Châu, ngày 15 tháng 01 năm 2024"},
    DateLineCase{{2024, 2, 29}, "Huyện Dương Minh Châu, ngày 29 tháng 02 năm 2024"},
    DateLineCase{{2023, 10, 1}, "Huyện Dương Minh Châu, ngày 01 tháng 10 năm 2023"},
    DateLineCase{{2023, 12, 31}, "Huyện Dương Minh Châu, ngày 31 tháng 12 năm 2023"},
    DateLineCase{{2023, 3, 9}, "Huyện Dương Minh Châu, ngày 09 tháng 3 năm 2023"}));

TEST(Dates, WithoutPlaceAndInBodyText)
{
    EXPECT_EQ(nd30_date_line("", Date{2023, 9, 5}), "ngày 05 tháng 9 năm 2023");
    EXPECT_EQ(body_date(Date{2023, 8, 30}), "30/8/2023");
    EXPECT_EQ(body_date(Date{2021, 9, 1}), "01/9/2021");
}

TEST(DocumentNumber, ABareNumberIsCompletedAFullOneKept)
{
    struct Case
    {
        const char* typed;
        const char* type_code;
        const char* issuer_code;
        const char* shown;
    };
    for (const Case& c : {Case{"7", "TTr", "LĐLĐ", "07/TTr-LĐLĐ"}, Case{"10", "KH", "LĐLĐ", "10/KH-LĐLĐ"},
                          Case{" 15 ", "BC", "LĐLĐ", "15/BC-LĐLĐ"}, Case{"5", "QĐ", "", "05/QĐ"},
                          Case{"15/BC-LĐLĐ", "BC", "LĐLĐ", "15/BC-LĐLĐ"}, Case{"15/BC-CĐN", "BC", "LĐLĐ", "15/BC-CĐN"},
                          Case{"15 / BC", "BC", "LĐLĐ", "15 / BC"}, Case{"", "TTr", "LĐLĐ", "      /TTr-LĐLĐ"},
                          Case{"  ", "QĐ", "CĐCS", "      /QĐ-CĐCS"}, Case{"12345678", "BC", "LĐLĐ", "12345678"}})
        EXPECT_EQ(document_number(c.typed, c.type_code, c.issuer_code), c.shown) << "typed: \"" << c.typed << "\"";
}

struct PercentCase
{
    double percent;
    const char* text;
    const char* phrase;
};

class Percentages : public testing::TestWithParam<PercentCase> {};

TEST_P(Percentages, UseADecimalCommaAndTheRightVerb)
{
    EXPECT_EQ(format_percent(GetParam().percent), GetParam().text);
    EXPECT_EQ(achievement_phrase(GetParam().percent), GetParam().phrase);
}

INSTANTIATE_TEST_SUITE_P(Vectors, Percentages, testing::Values(
    PercentCase{104.3, "104,3%", "vượt 4,3%"},
    PercentCase{232.3, "232,3%", "vượt 132,3%"},
    PercentCase{120, "120%", "vượt 20%"},
    PercentCase{100, "100%", "đạt 100%"},
    PercentCase{95, "95%", "đạt 95%"},
    PercentCase{0, "0%", "đạt 0%"},
    PercentCase{66.666, "66,7%", "đạt 66,7%"},
    PercentCase{99.96, "100%", "đạt 100%"},
    PercentCase{240, "240%", "vượt 140%"}));

} // namespace
