#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>

#include "core/text/text.hxx"
#include "core/text/values.hxx"

using namespace sangkien::core;

namespace {

struct StatusCase
{
    const char* text;
    Status status;
};

std::ostream& operator<<(std::ostream& out, const StatusCase& c) { return out << '"' << c.text << '"'; }

class Statuses : public testing::TestWithParam<StatusCase> {};

TEST_P(Statuses, ReadTheUsualWords)
{
    EXPECT_EQ(parse_status(GetParam().text), GetParam().status);
}

INSTANTIATE_TEST_SUITE_P(Vectors, Statuses, testing::Values(
    StatusCase{"Hợp lệ", Status::valid}, StatusCase{"hợp lệ", Status::valid}, StatusCase{"HỢP LỆ", Status::valid},
    StatusCase{"  Hợp   lệ ", Status::valid}, StatusCase{"Hop le", Status::valid}, StatusCase{"Đã duyệt", Status::valid},
    StatusCase{"ho\u0323\u0302p le\u0323\u0302", Status::valid},
    StatusCase{"Chờ duyệt", Status::pending}, StatusCase{"Đang xem xét", Status::pending},
    StatusCase{"đang xem xét.", Status::pending}, StatusCase{"Chưa duyệt", Status::pending},
    StatusCase{"Không hợp lệ", Status::rejected}, StatusCase{"KHÔNG HỢP LỆ", Status::rejected},
    StatusCase{"Từ chối", Status::rejected}, StatusCase{"Bị từ chối", Status::rejected},
    StatusCase{"", Status::empty}, StatusCase{"   ", Status::empty},
    StatusCase{"Đã gửi", Status::unknown}, StatusCase{"abc", Status::unknown}));

struct YesNoCase
{
    const char* text;
    YesNo value;
};

std::ostream& operator<<(std::ostream& out, const YesNoCase& c) { return out << '"' << c.text << '"'; }

class YesNoCells : public testing::TestWithParam<YesNoCase> {};

TEST_P(YesNoCells, Read)
{
    EXPECT_EQ(parse_yes_no(GetParam().text), GetParam().value);
}

INSTANTIATE_TEST_SUITE_P(Vectors, YesNoCells, testing::Values(
    YesNoCase{"Có", YesNo::yes}, YesNoCase{"có", YesNo::yes}, YesNoCase{"CÓ", YesNo::yes}, YesNoCase{"x", YesNo::yes},
    YesNoCase{"X", YesNo::yes}, YesNoCase{"✓", YesNo::yes}, YesNoCase{"✔", YesNo::yes}, YesNoCase{"1", YesNo::yes},
    YesNoCase{"Yes", YesNo::yes}, YesNoCase{"co", YesNo::yes},
    YesNoCase{"Không", YesNo::no}, YesNoCase{"không", YesNo::no}, YesNoCase{"", YesNo::no}, YesNoCase{"0", YesNo::no},
    YesNoCase{"-", YesNo::no}, YesNoCase{"Chưa", YesNo::no}, YesNoCase{"No", YesNo::no},
    YesNoCase{"Nâng cao sức khỏe người lao động", YesNo::free_text}));

TEST(Authors, SplitOnEverySeparator)
{
    const std::vector<std::string> expected{"Nguyễn Văn A", "Trần Thị B", "Lê C", "Phạm D", "Võ E", "Đỗ F"};
    EXPECT_EQ(split_authors("Nguyễn Văn A, Trần Thị B; Lê C và Phạm D - Võ E\nĐỗ F"), expected);
}

TEST(Authors, KeepHyphenatedAndTrimmedNames)
{
    EXPECT_EQ(split_authors("  Nguyễn   Văn A ,, "), std::vector<std::string>{"Nguyễn Văn A"});
    EXPECT_EQ(split_authors("Hồ Thị Thu-Hà"), std::vector<std::string>{"Hồ Thị Thu-Hà"});
    EXPECT_EQ(split_authors(""), std::vector<std::string>{});
    EXPECT_EQ(split_authors("Vũ Văn Vàng"), std::vector<std::string>{"Vũ Văn Vàng"});
    EXPECT_EQ(split_authors("NGUYỄN VĂN A VÀ TRẦN B"), (std::vector<std::string>{"NGUYỄN VĂN A", "TRẦN B"}));
}

TEST(Names, SortByGivenThenMiddleThenFamily)
{
    // shared/domain/VIETNAMESE.md, already in order.
    const std::vector<std::string> sorted{"Lê Văn An", "Phạm Đức Anh", "Nguyễn Thị Ánh", "Đặng Thị Ân",
                                          "Võ Văn Ấn", "Trần Văn Bình", "Hoàng Văn Dũng", "Bùi Quốc Đạt"};
    std::vector<std::string> shuffled(sorted.rbegin(), sorted.rend());
    std::swap(shuffled[1], shuffled[5]);
    std::sort(shuffled.begin(), shuffled.end(),
              [](const std::string& a, const std::string& b) { return name_sort_key(a) < name_sort_key(b); });
    EXPECT_EQ(shuffled, sorted);
}

TEST(Names, MiddleThenFamilyBreakTies)
{
    EXPECT_LT(name_sort_key("Trần Thị An"), name_sort_key("Lê Văn An"));
    EXPECT_LT(name_sort_key("Lê Văn An"), name_sort_key("Trần Văn An"));
    EXPECT_LT(name_sort_key("An"), name_sort_key("Lê An"));
    EXPECT_EQ(name_sort_key("NGUYỄN VĂN A") < name_sort_key("Nguyễn Văn B"), true);
}

TEST(Names, SplitIntoParts)
{
    const NameParts parts = split_name("  Nguyễn  Thị Minh Khai ");
    EXPECT_EQ(parts.family, "Nguyễn");
    EXPECT_EQ(parts.middle, "Thị Minh");
    EXPECT_EQ(parts.given, "Khai");
    EXPECT_EQ(split_name("Khai").given, "Khai");
    EXPECT_EQ(split_name("Lê Khai").family, "Lê");
}

struct KeyCase
{
    const char* a;
    const char* b;
};

class UnitNamesMatch : public testing::TestWithParam<KeyCase> {};

TEST_P(UnitNamesMatch, Tolerantly)
{
    const KeyOptions unit{true, true};
    EXPECT_EQ(matching_key(GetParam().a, unit), matching_key(GetParam().b, unit));
}

INSTANTIATE_TEST_SUITE_P(Vectors, UnitNamesMatch, testing::Values(
    KeyCase{"CĐCS Trường THCS Chà Là", "Công đoàn cơ sở Trường THCS Chà Là"},
    KeyCase{"Cong doan co so truong THCS Cha La", "Trường THCS Chà Là"},
    KeyCase{"  CĐCS   Trường THCS Chà Là. ", "trường thcs chà là"},
    KeyCase{"Công đoàn Công ty TNHH ABC", "CĐCS Công ty TNHH ABC"},
    KeyCase{"CĐCS UBND xã Phước Ninh", "UBND xã Phước Ninh"},
    KeyCase{"Tru\u031Bo\u031B\u0300ng A", "Trường A"}));

TEST(Text, StripTones)
{
    EXPECT_EQ(strip_tones("Công đoàn cơ sở"), "Cong doan co so");
    EXPECT_EQ(strip_tones("ĐẶNG THỊ ẤN"), "DANG THI AN");
    EXPECT_EQ(matching_key("Công đoàn cơ sở", {false, false}), "công đoàn cơ sở");
}

} // namespace
