#include <gtest/gtest.h>

#include <ostream>

#include "core/text/date.hxx"

using namespace sangkien::core;

namespace {

struct DateCase
{
    const char* text;
    Date expected;
};

std::ostream& operator<<(std::ostream& out, const DateCase& c) { return out << '"' << c.text << '"'; }

class ReadsDates : public testing::TestWithParam<DateCase> {};

TEST_P(ReadsDates, DayFirst)
{
    const DateValue value = parse_date(GetParam().text);
    ASSERT_EQ(value.kind, DateKind::date);
    EXPECT_EQ(value.date, GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(DomainVectors, ReadsDates, testing::Values(
    DateCase{"30/8/2023", {2023, 8, 30}},
    DateCase{"01/9/2021", {2021, 9, 1}},
    DateCase{"5/9/2023", {2023, 9, 5}},
    DateCase{"05/09/2023", {2023, 9, 5}},
    DateCase{"5-9-2023", {2023, 9, 5}},
    DateCase{"05-09-2023", {2023, 9, 5}},
    DateCase{"5.9.2023", {2023, 9, 5}},
    DateCase{"2023-09-05", {2023, 9, 5}},
    DateCase{"5/9/23", {2023, 9, 5}},
    DateCase{"ngày 5 tháng 9 năm 2023", {2023, 9, 5}},
    DateCase{"Ngày 05 tháng 9 năm 2023", {2023, 9, 5}},
    DateCase{"NGÀY 5 THÁNG 9 NĂM 2023", {2023, 9, 5}},
    DateCase{"ngay 5 thang 9 nam 2023", {2023, 9, 5}},
    DateCase{"Huyện Dương Minh Châu, ngày 05 tháng 9 năm 2023", {2023, 9, 5}},
    DateCase{"ngày 29 tháng 02 năm 2024", {2024, 2, 29}},
    DateCase{"  31/8/2023  ", {2023, 8, 31}},
    DateCase{"31/8/2023 23:59", {2023, 8, 31}},
    DateCase{"31/08/2023 00:00:00", {2023, 8, 31}},
    DateCase{"12/1/2022", {2022, 1, 12}},
    DateCase{"ngày 1 tháng 10 năm 2023", {2023, 10, 1}},
    DateCase{"nga\u0300y 5 tha\u0301ng 9 na\u0306m 2023", {2023, 9, 5}}));

struct BadDateCase
{
    const char* text;
    DateError error;
};

std::ostream& operator<<(std::ostream& out, const BadDateCase& c) { return out << '"' << c.text << '"'; }

class RejectsDates : public testing::TestWithParam<BadDateCase> {};

TEST_P(RejectsDates, WithAReason)
{
    const DateValue value = parse_date(GetParam().text);
    ASSERT_EQ(value.kind, DateKind::error);
    EXPECT_EQ(value.error, GetParam().error);
}

INSTANTIATE_TEST_SUITE_P(Vectors, RejectsDates, testing::Values(
    BadDateCase{"9/31/2023", DateError::impossible},      // never read month first
    BadDateCase{"29/02/2023", DateError::impossible},
    BadDateCase{"31/4/2023", DateError::impossible},
    BadDateCase{"0/9/2023", DateError::impossible},
    BadDateCase{"ngày 32 tháng 1 năm 2023", DateError::impossible},
    BadDateCase{"5/9/1850", DateError::out_of_range},
    BadDateCase{"tháng 9/2023", DateError::unreadable},
    BadDateCase{"hôm qua", DateError::unreadable},
    BadDateCase{"5/9", DateError::unreadable},
    BadDateCase{"5/9/202", DateError::unreadable},
    BadDateCase{"123/9/2023", DateError::unreadable},
    BadDateCase{"5/9/2023 abc", DateError::unreadable},
    BadDateCase{"2023/09", DateError::unreadable}));

TEST(Dates, EmptyIsNotAnError)
{
    EXPECT_EQ(parse_date("").kind, DateKind::empty);
    EXPECT_EQ(parse_date("   ").kind, DateKind::empty);
}

TEST(Dates, CalcSerials)
{
    EXPECT_EQ(to_serial(Date{1899, 12, 30}), 0);
    EXPECT_EQ(to_serial(Date{2023, 8, 31}), 45169);
    EXPECT_EQ(from_serial(45169), (Date{2023, 8, 31}));
    EXPECT_EQ(date_from_number(45169.75).date, (Date{2023, 8, 31}));
    EXPECT_EQ(date_from_number(45170).date, (Date{2023, 9, 1}));
    EXPECT_EQ(date_from_number(-3).kind, DateKind::error);
    EXPECT_EQ(date_from_number(0).kind, DateKind::empty); // an empty cell as Calc passes it
    EXPECT_EQ(date_from_number(1e12).kind, DateKind::error);
    EXPECT_EQ(date_from_number(-1.97328e+76).kind, DateKind::error); // found by fuzz_date
    EXPECT_EQ(date_from_number(1e300).kind, DateKind::error);
    for (long serial = 1; serial < 80000; serial += 37)
        EXPECT_EQ(to_serial(from_serial(serial)), serial);
}

TEST(Dates, BoundariesOfThePlanCompareInOrder)
{
    EXPECT_LT(parse_date("31/8/2023").date, parse_date("01/9/2023").date);
    EXPECT_LT(parse_date("31/8/2021").date, parse_date("1/9/2021").date);
}

TEST(Dates, GarbageNeverThrows)
{
    for (const std::string& text : {std::string("\xff\xfe", 2), std::string(5000, '/'), std::string(100, '9'),
                                   std::string("ngày"), std::string("ngày 5 tháng"), std::string("ngày 99999 tháng 1 năm 1")})
        EXPECT_NO_THROW(parse_date(text));
}

} // namespace
