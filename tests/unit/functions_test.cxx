#include <gtest/gtest.h>

#include <algorithm>

#include "core/rules/functions.hxx"
#include "core/features/sample.hxx"

using namespace sangkien::core;

namespace {

Cell T(const char* text) { return Cell(std::string(text)); }
Cell N(double value) { return Cell(value); }
const Cell E{};
constexpr Language vi = Language::vietnamese;

TEST(Functions, TienReadsTextNumbersAndEmptyCells)
{
    EXPECT_EQ(fn_tien(T("500 triệu"), vi).value, 500'000'000.0);
    EXPECT_EQ(fn_tien(N(1234), vi).value, 1234.0);
    EXPECT_EQ(fn_tien(E, vi).value, 0.0);
    const auto usd = fn_tien(T("100 triệu USD"), vi);
    EXPECT_FALSE(usd.value);
    EXPECT_FALSE(usd.not_applicable);
    EXPECT_NE(usd.message.find("USD"), std::string::npos);
}

TEST(Functions, NgayGivesCalcSerials)
{
    EXPECT_EQ(fn_ngay(T("31/8/2023"), vi).value, 45169.0);
    EXPECT_EQ(fn_ngay(T("ngày 5 tháng 9 năm 2023"), vi).value, 45174.0);
    EXPECT_EQ(fn_ngay(N(45169.5), vi).value, 45169.0);
    EXPECT_FALSE(fn_ngay(T("9/31/2023"), vi).value);
    EXPECT_TRUE(fn_ngay(E, vi).not_applicable);
}

TEST(Functions, TienChuWithAndWithoutUnit)
{
    EXPECT_EQ(fn_tien_chu(N(500'000'000), std::nullopt, vi).value, "Năm trăm triệu đồng");
    EXPECT_EQ(fn_tien_chu(T("1,25 tỷ"), std::nullopt, vi).value, "Một tỷ hai trăm năm mươi triệu đồng");
    EXPECT_EQ(fn_tien_chu(N(105), T(""), vi).value, "Một trăm linh năm");
    EXPECT_EQ(fn_tien_chu(N(21), T("đồng chẵn"), vi).value, "Hai mươi mốt đồng chẵn");
    EXPECT_EQ(fn_tien_chu(N(0), std::nullopt, vi).value, "Không đồng");
    EXPECT_FALSE(fn_tien_chu(T("100 USD"), std::nullopt, vi).value);
    EXPECT_TRUE(fn_tien_chu(E, std::nullopt, vi).not_applicable);
}

TEST(Functions, NgayThangFollowsNd30)
{
    EXPECT_EQ(fn_ngay_thang(N(45174), T("Huyện Dương Minh Châu"), vi).value,
              "Huyện Dương Minh Châu, ngày 05 tháng 9 năm 2023");
    EXPECT_EQ(fn_ngay_thang(T("15/1/2024"), std::nullopt, vi).value, "ngày 15 tháng 01 năm 2024");
    EXPECT_FALSE(fn_ngay_thang(T("29/02/2023"), std::nullopt, vi).value);
}

TEST(Functions, ChuanHoaConvertsAndTidies)
{
    EXPECT_EQ(fn_chuan_hoa(T("  Coâng ñoaøn  cô sôû "), vi).value, "Công đoàn cơ sở");
    EXPECT_EQ(fn_chuan_hoa(T("bé kÕ ho¹ch"), vi).value, "bộ kế hoạch");
    EXPECT_EQ(fn_chuan_hoa(T("Tru\u031Bo\u031B\u0300ng"), vi).value, "Trường");
    EXPECT_EQ(fn_chuan_hoa(E, vi).value, "");
}

TEST(Functions, KhoaTenSortsAsTextInNameOrder)
{
    std::vector<std::string> names{"Bùi Quốc Đạt", "Lê Văn An", "Nguyễn Thị Ánh", "Phạm Đức Anh", "Đặng Thị Ân"};
    std::vector<std::pair<std::string, std::string>> keyed;
    for (const auto& name : names)
        keyed.emplace_back(*fn_khoa_ten(Cell(name), vi).value, name);
    std::sort(keyed.begin(), keyed.end());
    std::vector<std::string> sorted;
    for (const auto& entry : keyed)
        sorted.push_back(entry.second);
    EXPECT_EQ(sorted, (std::vector<std::string>{"Lê Văn An", "Phạm Đức Anh", "Nguyễn Thị Ánh", "Đặng Thị Ân", "Bùi Quốc Đạt"}));
    EXPECT_EQ(fn_khoa_ten(T("An"), vi).value->find_first_not_of("0123456789ABCDEF"), std::string::npos);
}

IndividualArguments passing()
{
    return {T("Hợp lệ"), T("1/3/2023"), T("1/QĐ"), T("10/1/2022"), T("2/QĐ"), N(44600), T("500 triệu"), std::nullopt};
}

TEST(Functions, XetCaNhanAppliesTheCriteria)
{
    EXPECT_EQ(fn_xet_ca_nhan(passing(), {}, vi).value, "Đạt");
    auto below = passing();
    below.value = N(499'999'999);
    EXPECT_EQ(fn_xet_ca_nhan(below, {}, vi).value,
              "Không đạt: giá trị làm lợi 499.999.999 đồng dưới mức 500.000.000 đồng và không có giá trị xã hội, nhân "
              "văn nổi bật");
    below.social = T("Có");
    EXPECT_EQ(fn_xet_ca_nhan(below, {}, vi).value, "Đạt");
    Criteria lower;
    lower.threshold = 100'000'000;
    below.social.reset();
    EXPECT_EQ(fn_xet_ca_nhan(below, lower, vi).value, "Đạt");
    auto late = passing();
    late.updated = T("01/9/2023");
    EXPECT_EQ(fn_xet_ca_nhan(late, {}, vi).value, "Không đạt: cập nhật ngày 01/9/2023, sau hạn 31/8/2023");
    auto bad = passing();
    bad.recognition_date = T("31/2/2022");
    EXPECT_FALSE(fn_xet_ca_nhan(bad, {}, vi).value);
}

TEST(Functions, XetTapTheAtTheQuota)
{
    EXPECT_EQ(fn_xet_tap_the(N(10), N(10), vi).value, "Đạt");
    EXPECT_EQ(fn_xet_tap_the(N(12), N(10), vi).value, "Đạt");
    EXPECT_EQ(fn_xet_tap_the(N(9), N(10), vi).value, "Không đạt: 9/10 (90%)");
    EXPECT_EQ(fn_xet_tap_the(N(2), N(3), vi).value, "Không đạt: 2/3 (66,7%)");
    EXPECT_TRUE(fn_xet_tap_the(N(2), N(0), vi).not_applicable);
    EXPECT_FALSE(fn_xet_tap_the(T("abc"), N(3), vi).value);
}

TEST(Functions, DemHopLeAndTongGiaTriMatchUnitsTolerantly)
{
    const CellColumn units{T("CĐCS Trường A"), T("Trường A"), T("Công đoàn cơ sở trường a"), T("Trường B"), E};
    const CellColumn statuses{T("Hợp lệ"), T("hợp lệ "), T("Chờ duyệt"), T("Hợp lệ"), T("Hợp lệ")};
    const CellColumn values{T("500 triệu"), N(100), T("100 USD"), N(7), T("1 tỷ")};
    EXPECT_EQ(fn_dem_hop_le(units, T("Trường A"), statuses, std::nullopt, {}, vi).value, 2.0);
    const CellColumn updated{T("31/8/2023"), T("1/9/2023"), E, E, E};
    EXPECT_EQ(fn_dem_hop_le(units, T("Trường A"), statuses, updated, {}, vi).value, 1.0);
    EXPECT_EQ(fn_tong_gia_tri(units, T("truong a"), values, vi).value, 500'000'100.0);
    EXPECT_EQ(fn_tong_gia_tri(units, T("Trường C"), values, vi).value, 0.0);
    EXPECT_FALSE(fn_tong_gia_tri(units, T("Trường A"), CellColumn{N(1)}, vi).value);
    EXPECT_TRUE(fn_dem_hop_le(units, E, statuses, std::nullopt, {}, vi).not_applicable);
}

TEST(Functions, TongHopCdcsGivesOneRowPerListedUnit)
{
    const CellColumn units{T("CĐCS Trường A"), T("Trường A"), T("Công đoàn cơ sở trường a"), T("Trường B"), E, T("Khác")};
    const CellColumn statuses{T("Hợp lệ"), T("hợp lệ "), T("Chờ duyệt"), T("Hợp lệ"), T("Hợp lệ"), T("Hợp lệ")};
    const CellColumn values{T("500 triệu"), N(100), T("100 USD"), N(7), T("1 tỷ"), N(9)};
    const CellColumn list{T("Trường B"), E, T("trường a"), T("Trường C"), T("CĐCS Trường B")};
    const auto table = fn_tong_hop_cdcs(list, units, statuses, values, std::nullopt, {}, vi);
    ASSERT_TRUE(table.value);
    ASSERT_EQ(table.value->size(), 5u);
    const auto row = [&](std::size_t r) { return (*table.value)[r]; };
    ASSERT_TRUE(row(0));
    EXPECT_EQ(row(0)->uploaded, 1.0);
    EXPECT_EQ(row(0)->valid, 1.0);
    EXPECT_EQ(row(0)->value, 7.0);
    EXPECT_FALSE(row(1)); // an empty list cell gives an empty row
    ASSERT_TRUE(row(2));
    EXPECT_EQ(row(2)->uploaded, 3.0);
    EXPECT_EQ(row(2)->valid, 2.0);
    EXPECT_EQ(row(2)->value, 500'000'100.0); // USD skipped
    ASSERT_TRUE(row(3));
    EXPECT_EQ(row(3)->uploaded, 0.0);
    EXPECT_EQ(row(4)->valid, row(0)->valid); // the same unit listed twice

    const CellColumn updated{T("31/8/2023"), T("1/9/2023"), E, E, E, E};
    const auto by_cutoff = fn_tong_hop_cdcs(list, units, statuses, values, updated, {}, vi);
    ASSERT_TRUE(by_cutoff.value);
    EXPECT_EQ((*by_cutoff.value)[2]->uploaded, 1.0);
    EXPECT_EQ((*by_cutoff.value)[2]->valid, 1.0);
    EXPECT_EQ((*by_cutoff.value)[2]->value, 500'000'100.0);

    const auto short_range = fn_tong_hop_cdcs(list, units, statuses, CellColumn{N(1)}, std::nullopt, {}, vi);
    EXPECT_FALSE(short_range.value);
    EXPECT_FALSE(short_range.not_applicable);
    EXPECT_NE(short_range.message.find("6"), std::string::npos);
}

// The table and the single-unit functions agree on every unit of a messy generated workbook.
TEST(Functions, TongHopCdcsAgreesWithDemHopLeAndTongGiaTri)
{
    const auto sample = generate_sample({3000, 7, true});
    const auto& rows = sample.input.sheets[0].rows;
    CellColumn units, statuses, values, updated;
    for (std::size_t r = 1; r < rows.size(); ++r)
    {
        const auto at = [&](std::size_t c) { return c < rows[r].size() ? rows[r][c] : Cell{}; }; // rows may be short
        units.push_back(at(5));
        statuses.push_back(at(11));
        values.push_back(at(12));
        updated.push_back(at(10));
    }
    CellColumn list;
    std::vector<Cell> listed;
    for (std::size_t r = 0; r < units.size(); ++r)
        if (std::find(listed.begin(), listed.end(), units[r]) == listed.end() && listed.size() < 60)
        {
            listed.push_back(units[r]);
            list.push_back(units[r]);
        }
    const auto table = fn_tong_hop_cdcs(list, units, statuses, values, updated, {}, vi);
    ASSERT_TRUE(table.value);
    for (std::size_t i = 0; i < list.size(); ++i)
    {
        const auto count = fn_dem_hop_le(units, list[i], statuses, updated, {}, vi);
        const auto total = fn_tong_gia_tri(units, list[i], values, vi);
        if (!count.value) // an empty unit cell in the data
        {
            EXPECT_FALSE((*table.value)[i]);
            continue;
        }
        ASSERT_TRUE((*table.value)[i]) << i;
        EXPECT_EQ((*table.value)[i]->valid, *count.value) << i;
        EXPECT_EQ((*table.value)[i]->value, *total.value) << i;
    }
}

TEST(Functions, CellColumnKeepsRowsAndSharesEqualTexts)
{
    CellColumn column{T("a"), N(1), E, T("a"), E, N(1)};
    ASSERT_EQ(column.size(), 6u);
    EXPECT_EQ(column[0], T("a"));
    EXPECT_EQ(column[1], N(1));
    EXPECT_EQ(column[2], E);
    EXPECT_EQ(column[3], T("a"));
    EXPECT_EQ(column[5], N(1));
    EXPECT_EQ(column.index(0), column.index(3));
    EXPECT_EQ(column.index(2), column.index(4));
    EXPECT_EQ(column.distinct_count(), 4u); // "a", 1, empty, 1 (numbers are not shared)
    column.push_index(column.index(0));
    EXPECT_EQ(column[6], T("a"));
}

} // namespace
