#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <ostream>

#include "core/text/money.hxx"

using namespace sangkien::core;

namespace {

struct VndCase
{
    const char* text;
    std::int64_t dong;
    bool approximate = false;
    bool per_year = false;
};

std::ostream& operator<<(std::ostream& out, const VndCase& c) { return out << '"' << c.text << '"'; }

class ReadsVnd : public testing::TestWithParam<VndCase> {};

TEST_P(ReadsVnd, AsDong)
{
    const Money money = parse_money(GetParam().text);
    ASSERT_EQ(money.kind, MoneyKind::vnd) << describe_money_problem(money, GetParam().text, Language::english);
    EXPECT_EQ(money.dong, GetParam().dong);
    EXPECT_EQ(money.approximate, GetParam().approximate);
    EXPECT_EQ(money.per_year, GetParam().per_year);
}

// Every written form of shared/domain/VIETNAMESE.md, then variants seen in real sheets.
INSTANTIATE_TEST_SUITE_P(DomainVectors, ReadsVnd, testing::Values(
    VndCase{"500.000.000đ", 500'000'000},
    VndCase{"500.000.000 đồng", 500'000'000},
    VndCase{"500 triệu", 500'000'000},
    VndCase{"500tr", 500'000'000},
    VndCase{"0,5 tỷ", 500'000'000},
    VndCase{"1,2 tỉ đồng", 1'200'000'000},
    VndCase{"1,2 tỷ đồng", 1'200'000'000},
    VndCase{"3 tỷ 200 triệu", 3'200'000'000},
    VndCase{"500,000,000", 500'000'000},
    VndCase{"1.250.000", 1'250'000},
    VndCase{"80.000", 80'000},
    VndCase{"hơn 3.500 tỷ đồng", 3'500'000'000'000, true},
    VndCase{"khoảng 50 triệu", 50'000'000, true},
    VndCase{"500000000", 500'000'000},
    VndCase{"33.000 tỷ", 33'000'000'000'000}));

INSTANTIATE_TEST_SUITE_P(Variants, ReadsVnd, testing::Values(
    VndCase{"  500   TRIỆU  ", 500'000'000},
    VndCase{"500 Triệu Đồng", 500'000'000},
    VndCase{"500 trie\u0323\u0302u", 500'000'000},          // NFD
    VndCase{"0,5 ty\u0309 đồng", 500'000'000},              // NFD
    VndCase{"500 trieu", 500'000'000},                     // typed without tones
    VndCase{"1,2 ty dong", 1'200'000'000},
    VndCase{"500 trđ", 500'000'000},
    VndCase{"500tr.đ", 500'000'000},
    VndCase{"500.000.000 VNĐ", 500'000'000},
    VndCase{"500.000.000 vnd", 500'000'000},
    VndCase{"500.000.000d", 500'000'000},
    VndCase{"500 000 000", 500'000'000},                   // spaces as grouping
    VndCase{"500\u00A0000\u00A0000 đ", 500'000'000},        // no-break spaces
    VndCase{"500.000.000,00", 500'000'000},                // accounting decimals
    VndCase{"500,000,000.00", 500'000'000},
    VndCase{"1.234.567,5", 1'234'568},                     // half a đồng rounds up
    VndCase{"1.5 tỷ", 1'500'000'000},                      // decimal point typed the English way
    VndCase{"1,250 tỷ", 1'250'000'000},                    // Vietnamese decimal comma with a unit
    VndCase{"1,250", 1'250},                               // US grouping without a unit
    VndCase{"1.500 tỷ", 1'500'000'000'000},                // dot + three digits is grouping
    VndCase{"2 nghìn tỷ", 2'000'000'000'000},
    VndCase{"2 ngàn tỉ", 2'000'000'000'000},
    VndCase{"1 tỷ 2 triệu 500 nghìn", 1'002'500'000},
    VndCase{"1 tỷ 2 triệu 500 nghìn đồng", 1'002'500'000},
    VndCase{"750 nghìn", 750'000},
    VndCase{"750k", 750'000},
    VndCase{"gần 1 tỷ", 1'000'000'000, true},
    VndCase{"trên 500 triệu", 500'000'000, true},
    VndCase{"xấp xỉ 2 tỷ", 2'000'000'000, true},
    VndCase{"ước tính 120 triệu đồng", 120'000'000, true},
    VndCase{"500 triệu đồng/năm", 500'000'000, false, true},
    VndCase{"500 triệu đồng / năm", 500'000'000, false, true},
    VndCase{"200 triệu mỗi năm", 200'000'000, false, true},
    VndCase{"0,75 tỷ", 750'000'000},
    VndCase{"499.999.999", 499'999'999},
    VndCase{"500.000.001", 500'000'001},
    VndCase{"1", 1},
    VndCase{"9.000.000.000.000.000.000", 9'000'000'000'000'000'000}));

class NoValue : public testing::TestWithParam<const char*> {};

TEST_P(NoValue, MeansNoMonetaryValue)
{
    const Money money = parse_money(GetParam());
    EXPECT_EQ(money.kind, MoneyKind::no_value) << describe_money_problem(money, GetParam(), Language::english);
    EXPECT_EQ(money.dong, 0);
}

INSTANTIATE_TEST_SUITE_P(Vectors, NoValue, testing::Values(
    "", "   ", "0", "0 đồng", "0,0", "0đ", "không", "Không", "KHÔNG", "không đồng", "-", "–", "chưa có",
    "chưa xác định", "không xác định", "0 tỷ"));

struct ForeignCase
{
    const char* text;
    const char* currency;
    double amount;
};

std::ostream& operator<<(std::ostream& out, const ForeignCase& c) { return out << '"' << c.text << '"'; }

class ForeignCurrency : public testing::TestWithParam<ForeignCase> {};

TEST_P(ForeignCurrency, IsReportedNotConverted)
{
    const Money money = parse_money(GetParam().text);
    ASSERT_EQ(money.kind, MoneyKind::other_currency);
    EXPECT_EQ(money.currency, GetParam().currency);
    EXPECT_DOUBLE_EQ(money.foreign_amount, GetParam().amount);
    EXPECT_EQ(money.dong, 0);
    EXPECT_FALSE(money.is_vnd());
}

INSTANTIATE_TEST_SUITE_P(Vectors, ForeignCurrency, testing::Values(
    ForeignCase{"100 triệu USD", "USD", 1e8},
    ForeignCase{"100 triệu usd", "USD", 1e8},
    ForeignCase{"$5,000", "USD", 5000},
    ForeignCase{"5000 US$", "USD", 5000},
    ForeignCase{"2,5 triệu đô la", "USD", 2.5e6},
    ForeignCase{"10.000 EUR", "EUR", 10000},
    ForeignCase{"300 nghìn yên", "JPY", 3e5},
    ForeignCase{"1 triệu nhân dân tệ", "CNY", 1e6}));

struct ErrorCase
{
    const char* text;
    MoneyError error;
};

std::ostream& operator<<(std::ostream& out, const ErrorCase& c) { return out << '"' << c.text << '"'; }

class RejectsWithReason : public testing::TestWithParam<ErrorCase> {};

TEST_P(RejectsWithReason, AndNamesIt)
{
    const Money money = parse_money(GetParam().text);
    ASSERT_EQ(money.kind, MoneyKind::error);
    EXPECT_EQ(money.error, GetParam().error);
    EXPECT_FALSE(describe_money_problem(money, GetParam().text, Language::vietnamese).empty());
    EXPECT_FALSE(describe_money_problem(money, GetParam().text, Language::english).empty());
}

INSTANTIATE_TEST_SUITE_P(Vectors, RejectsWithReason, testing::Values(
    ErrorCase{"abc", MoneyError::unreadable},
    ErrorCase{"không rõ", MoneyError::unreadable},
    ErrorCase{"triệu", MoneyError::unreadable},
    ErrorCase{"500 triệu quả táo", MoneyError::unreadable},
    ErrorCase{"500.000.000 - 600.000.000", MoneyError::unreadable},
    ErrorCase{"=1+1", MoneyError::unreadable},
    ErrorCase{"-500 triệu", MoneyError::negative},
    ErrorCase{"- 500.000", MoneyError::negative},
    ErrorCase{"1.23.456", MoneyError::bad_grouping},
    ErrorCase{"1,2,34", MoneyError::bad_grouping},
    ErrorCase{"1.234,5,6", MoneyError::bad_grouping},
    ErrorCase{"3 tỷ 200", MoneyError::missing_unit},
    ErrorCase{"200 triệu 3 tỷ", MoneyError::unit_order},
    ErrorCase{"5 triệu 5 triệu", MoneyError::unit_order},
    ErrorCase{"100 USD đồng", MoneyError::two_currencies},
    ErrorCase{"10 nghìn tỷ tỷ", MoneyError::unreadable},
    ErrorCase{"99.999.999.999.999.999.999", MoneyError::too_large},
    ErrorCase{"10.000.000.000 tỷ", MoneyError::too_large},
    ErrorCase{"500 triệu đồng USD", MoneyError::two_currencies}));

TEST(Money, ForeignCurrencyMessageNamesTheCurrency)
{
    const std::string message = describe_money_problem(parse_money("100 triệu USD"), "100 triệu USD", Language::vietnamese);
    EXPECT_NE(message.find("USD"), std::string::npos);
    EXPECT_NE(message.find("100 triệu USD"), std::string::npos);
}

TEST(Money, ErrorMessageQuotesWhatTheUserTyped)
{
    const std::string message = describe_money_problem(parse_money("500 triệu quả táo"), "500 triệu quả táo",
                                                       Language::vietnamese);
    EXPECT_EQ(message, "Không đọc được số tiền \"500 triệu quả táo\" (chỗ không hiểu: \"quả\").");
}

TEST(Money, NoProblemToDescribeForVnd)
{
    EXPECT_EQ(describe_money_problem(parse_money("500 triệu"), "500 triệu", Language::vietnamese), "");
}

TEST(Money, GarbageNeverThrows)
{
    const std::string samples[] = {std::string("\xff\xfe\x00\x01", 4), std::string(10000, '9'),
                                   std::string(5000, '.'), "1" + std::string(3000, ','), "$$$$", "tỷ tỷ tỷ",
                                   std::string("\xe1\xbb", 2)};
    for (const auto& sample : samples)
        EXPECT_NO_THROW(parse_money(sample));
}

struct NumberCase
{
    double value;
    MoneyKind kind;
    std::int64_t dong;
};

class FromNumber : public testing::TestWithParam<NumberCase> {};

TEST_P(FromNumber, Converts)
{
    const Money money = money_from_number(GetParam().value);
    EXPECT_EQ(money.kind, GetParam().kind);
    EXPECT_EQ(money.dong, GetParam().dong);
}

INSTANTIATE_TEST_SUITE_P(Vectors, FromNumber, testing::Values(
    NumberCase{500'000'000.0, MoneyKind::vnd, 500'000'000},
    NumberCase{0.0, MoneyKind::no_value, 0},
    NumberCase{0.4, MoneyKind::no_value, 0},
    NumberCase{1234.5, MoneyKind::vnd, 1235},
    NumberCase{-1.0, MoneyKind::error, 0},
    NumberCase{std::numeric_limits<double>::quiet_NaN(), MoneyKind::error, 0},
    NumberCase{std::numeric_limits<double>::infinity(), MoneyKind::error, 0},
    NumberCase{1e19, MoneyKind::error, 0}));

} // namespace
