#include <gtest/gtest.h>

#include "core/documents/template_fill.hxx"

using namespace sangkien::core;

namespace {

constexpr Language vi = Language::vietnamese;

FillData sample_data()
{
    FillData data;
    data.fields["tong_gia_tri"] = FillField{Amount{4'032'000'000}};
    data.fields["hop_le"] = FillField{std::int64_t{1234}};
    data.fields["ty_le"] = FillField{Percent{120.0}};
    data.fields["ngay"] = FillField{Date{2023, 9, 5}};
    data.fields["don_vi"] = FillField{std::string("Liên đoàn Lao động huyện")};
    data.fields["nguoi_ky"] = FillField{std::string("[Cần bổ sung]"), true};
    data.fields["trong"] = FillField{std::string()};
    data.lists["ds"] = {{{"ten", FillField{std::string("An")}}}, {{"ten", FillField{std::string("Bình")}}}};
    data.lists["rong"] = {};
    data.conditions["cap_huyen"] = true;
    return data;
}

struct MarkerCase
{
    const char* text;
    MarkerKind kind;
    const char* name;
    const char* formatter;
};

class Markers : public testing::TestWithParam<MarkerCase> {};

TEST_P(Markers, ReadWhatAutocorrectAndTypingLeave)
{
    const Marker marker = parse_marker(GetParam().text);
    EXPECT_EQ(marker.kind, GetParam().kind) << GetParam().text << " " << marker.problem;
    EXPECT_EQ(marker.name, GetParam().name) << GetParam().text;
    EXPECT_EQ(marker.formatter, GetParam().formatter) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Vectors, Markers,
    testing::Values(MarkerCase{"{{tong_gia_tri}}", MarkerKind::value, "tong_gia_tri", ""},
                    MarkerCase{"{{ Tong_gia_tri | Tien }}", MarkerKind::value, "tong_gia_tri", "tien"},
                    MarkerCase{"{{\xc2\xa0tong_gia_tri|vnd\xc2\xa0}}", MarkerKind::value, "tong_gia_tri", "tien"},
                    MarkerCase{"{{tổng_giá_trị|chữ}}", MarkerKind::value, "tong_gia_tri", "chu"},
                    MarkerCase{"{{ds . ten}}", MarkerKind::value, "ds.ten", ""},
                    MarkerCase{"{{#nếu cap_huyen}}", MarkerKind::block_if, "cap_huyen", ""},
                    MarkerCase{"{{#if cap_huyen}}", MarkerKind::block_if, "cap_huyen", ""},
                    MarkerCase{"{{#không rong}}", MarkerKind::block_unless, "rong", ""},
                    MarkerCase{"{{/neu}}", MarkerKind::block_end, "", ""},
                    MarkerCase{"{{#mỗi de_nghi}}", MarkerKind::block_each, "de_nghi", ""},
                    MarkerCase{"{{/moi}}", MarkerKind::block_end, "", ""},
                    MarkerCase{"{{“don_vi”}}", MarkerKind::value, "don_vi", ""},
                    MarkerCase{"{{ty_le|đạt–vượt}}", MarkerKind::value, "ty_le", "dat_vuot"},
                    MarkerCase{"{{}}", MarkerKind::broken, "", ""},
                    MarkerCase{"{{tong gia tri}}", MarkerKind::broken, "", ""},
                    MarkerCase{"{{#khi x}}", MarkerKind::broken, "", ""},
                    MarkerCase{"{{tong_gia_tri|vang}}", MarkerKind::broken, "tong_gia_tri", "vang"},
                    MarkerCase{"{{tong", MarkerKind::broken, "", ""}));

TEST(Markers, EachPageBlocksStartPages)
{
    EXPECT_TRUE(parse_marker("{{#moi_trang de_nghi}}").new_page);
    EXPECT_TRUE(parse_marker("{{#mỗi trang de_nghi}}").kind == MarkerKind::broken || !parse_marker("{{#mỗi trang de_nghi}}").new_page);
    EXPECT_FALSE(parse_marker("{{#moi de_nghi}}").new_page);
    EXPECT_EQ(parse_marker("{{#moi_trang de_nghi}}").kind, MarkerKind::block_each);
}

TEST(Fill, FormattersWriteVietnameseForms)
{
    const FillData data = sample_data();
    EXPECT_EQ(fill_text("{{tong_gia_tri}} / {{tong_gia_tri|tien_dong}}", data, nullptr, vi),
              "4.032.000.000 / 4.032.000.000 đồng");
    EXPECT_EQ(fill_text("{{tong_gia_tri|chu}}", data, nullptr, vi), "Bốn tỷ không trăm ba mươi hai triệu đồng");
    EXPECT_EQ(fill_text("{{hop_le}}; {{ty_le}}; {{ty_le|dat_vuot}}", data, nullptr, vi), "1.234; 120%; vượt 20%");
    EXPECT_EQ(fill_text("{{ngay}} — {{ngay|ngay_dai}}", data, nullptr, vi), "05/9/2023 — ngày 05 tháng 9 năm 2023");
    EXPECT_EQ(fill_text("{{don_vi|hoa}}", data, nullptr, vi), "LIÊN ĐOÀN LAO ĐỘNG HUYỆN");
}

TEST(Fill, ListFieldsComeFromTheRowsItem)
{
    const FillData data = sample_data();
    const auto& items = data.lists.at("ds");
    EXPECT_EQ(list_of(parse_marker("{{ds.ten}}"), data), "ds");
    EXPECT_FALSE(list_of(parse_marker("{{don_vi}}"), data));
    EXPECT_EQ(fill_text("{{ds.ten}} ({{don_vi}})", data, &items[1], vi), "Bình (Liên đoàn Lao động huyện)");
    std::vector<std::string> problems;
    const std::string outside = fill_text("{{ds.ten}}", data, nullptr, vi, &problems);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(outside.find("⟦lỗi mẫu: ds.ten —"), std::string::npos) << outside;
}

TEST(Fill, BrokenAndUnknownMarkersShowThemselves)
{
    const FillData data = sample_data();
    std::vector<std::string> problems;
    const std::string text = fill_text("A {{khong_co}} B {{hop_le|vang}} C {{tong", data, nullptr, vi, &problems);
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_EQ(problems[0], "không có trường \"khong_co\"");
    EXPECT_NE(problems[1].find("không có định dạng \"vang\""), std::string::npos);
    EXPECT_NE(text.find("⟦lỗi mẫu: khong_co — không có trường \"khong_co\"⟧"), std::string::npos) << text;
    EXPECT_NE(text.find("⟦lỗi mẫu: tong —"), std::string::npos) << text;
    // A formatter that does not fit the value keeps the value and says so.
    problems.clear();
    EXPECT_EQ(fill_text("{{don_vi|chu}}", data, nullptr, vi, &problems), "Liên đoàn Lao động huyện");
    EXPECT_EQ(problems.size(), 1u);
}

TEST(Fill, ConditionsFromFlagsListsAndFields)
{
    const FillData data = sample_data();
    EXPECT_TRUE(condition_holds(parse_marker("{{#neu cap_huyen}}"), data));
    EXPECT_FALSE(condition_holds(parse_marker("{{#khong cap_huyen}}"), data));
    EXPECT_TRUE(condition_holds(parse_marker("{{#neu ds}}"), data));
    EXPECT_FALSE(condition_holds(parse_marker("{{#neu rong}}"), data));
    EXPECT_TRUE(condition_holds(parse_marker("{{#khong rong}}"), data));
    EXPECT_FALSE(condition_holds(parse_marker("{{#neu trong}}"), data));
    EXPECT_FALSE(condition_holds(parse_marker("{{#neu nguoi_ky}}"), data)) << "a prompt is not a value";
    EXPECT_TRUE(condition_holds(parse_marker("{{#neu hop_le}}"), data));
    EXPECT_TRUE(condition_known(parse_marker("{{#neu cap_huyen}}"), data));
    EXPECT_TRUE(condition_known(parse_marker("{{#khong rong}}"), data));
    EXPECT_TRUE(condition_known(parse_marker("{{#neu caphuyen}}"), data));
    EXPECT_FALSE(condition_known(parse_marker("{{#neu cap_huyn}}"), data)) << "a misspelt condition is not silently false";
}

TEST(Fill, PromptsAreFlagged)
{
    bool prompt = false;
    EXPECT_EQ(fill_text("{{nguoi_ky}}", sample_data(), nullptr, vi, nullptr, &prompt), "[Cần bổ sung]");
    EXPECT_TRUE(prompt);
}

} // namespace

namespace {

// A note never reads as a marker again, even when its problem quotes one.
TEST(Fill, NotesHoldNoMarker)
{
    const std::string note = broken_marker_note("{{#moi can_cu}}", text(Language::vietnamese, "template.marker_misplaced").data(),
                                                Language::vietnamese);
    EXPECT_EQ(note.find("{{"), std::string::npos) << note;
    EXPECT_EQ(note.find("}}"), std::string::npos) << note;
    EXPECT_NE(note.find("{#…}"), std::string::npos) << note;
}

// The pieces a writer marks: the text between markers, a prompt, a broken marker's note.
TEST(Fill, PiecesSayWhatToMark)
{
    const FillData data = sample_data();
    using Kind = FilledPiece::Kind;
    std::vector<std::string> problems;
    const auto pieces = fill_pieces("Ký: {{nguoi_ky}}, {{hop_le|so}} và {{khong_co}}.", data, nullptr, Language::vietnamese, &problems);
    ASSERT_EQ(pieces.size(), 7u);
    const std::vector<Kind> kinds{Kind::text, Kind::prompt, Kind::text, Kind::text, Kind::text, Kind::broken, Kind::text};
    for (std::size_t i = 0; i < pieces.size(); ++i)
        EXPECT_EQ(pieces[i].kind, kinds[i]) << i << ": " << pieces[i].text;
    EXPECT_EQ(pieces[1].text, "[Cần bổ sung]");
    EXPECT_EQ(pieces[3].text, "1.234");
    EXPECT_EQ(problems.size(), 1u);
    std::string joined;
    for (const auto& piece : pieces)
        joined += piece.text;
    EXPECT_EQ(joined, fill_text("Ký: {{nguoi_ky}}, {{hop_le|so}} và {{khong_co}}.", data, nullptr, Language::vietnamese));
}

TEST(Charts, PerUnitWhenReadableElseByDomain)
{
    FillData data;
    data.lists["cdcs"] = {{{"ten", FillField{std::string("A")}}, {"chi_tieu", FillField{std::int64_t{10}}}, {"hop_le", FillField{std::int64_t{12}}}},
                          {{"ten", FillField{std::string("B")}}, {"chi_tieu", FillField{std::int64_t{5}}}, {"hop_le", FillField{std::int64_t{3}}}}};
    data.lists["linh_vuc"] = {{{"ten", FillField{std::string("Giáo dục")}}, {"cap_nhat", FillField{std::int64_t{9}}}, {"hop_le", FillField{std::int64_t{7}}}}};
    const auto units = chart_for("bieu_do", data);
    ASSERT_TRUE(units);
    EXPECT_EQ(units->categories, (std::vector<std::string>{"A", "B"}));
    EXPECT_EQ(units->series, (std::vector<std::string>{"Chỉ tiêu", "Hợp lệ"}));
    EXPECT_EQ(units->values[0], (std::vector<double>{10, 12}));
    const auto domains = chart_for("bieu_do", data, 1);
    ASSERT_TRUE(domains);
    EXPECT_EQ(domains->categories, (std::vector<std::string>{"Giáo dục"}));
    EXPECT_EQ(domains->values[0], (std::vector<double>{9, 7}));
    EXPECT_FALSE(chart_for("bieu_do_khac", data));
}

} // namespace

namespace {

// A template's markers written in one line: each "{{…}}" stands for a paragraph's marker.
std::vector<Marker> markers_of(const char* text)
{
    return markers_in(text);
}

std::string pairs_text(const BlockPairs& pairs)
{
    std::string text;
    for (const auto& block : pairs.blocks)
        text += std::to_string(block.open) + "-" + std::to_string(block.close) + " ";
    for (const auto open : pairs.unclosed)
        text += "open" + std::to_string(open) + " ";
    for (const auto end : pairs.stray)
        text += "stray" + std::to_string(end) + " ";
    return text;
}

struct PairingCase
{
    const char* markers;
    const char* pairs; // "open-close" in the order blocks close, then "openN" unclosed, "strayN"
};

class BlockPairing : public testing::TestWithParam<PairingCase> {};

TEST_P(BlockPairing, PairsEachBlockWithItsEnd)
{
    EXPECT_EQ(pairs_text(pair_blocks(markers_of(GetParam().markers))), GetParam().pairs) << GetParam().markers;
}

INSTANTIATE_TEST_SUITE_P(
    Vectors, BlockPairing,
    testing::Values(PairingCase{"", ""}, PairingCase{"{{don_vi}} {{ds.ten}}", ""},
                    PairingCase{"{{#neu a}} {{don_vi}} {{/neu}}", "0-2 "},
                    PairingCase{"{{#neu a}} {{/neu}} {{#khong a}} {{/khong}}", "0-1 2-3 "},
                    // Inner blocks close first, and are listed first.
                    PairingCase{"{{#moi ds}} {{#neu a}} {{ds.ten}} {{/neu}} {{/moi}}", "1-3 0-4 "},
                    PairingCase{"{{#neu a}} {{#neu b}} {{/neu}}", "1-2 open0 "},
                    PairingCase{"{{/neu}} {{#neu a}} {{/neu}} {{/moi}}", "1-2 stray0 stray3 "},
                    PairingCase{"{{#moi_trang ds}} {{#neu}} {{/moi}}", "0-2 "}, // {{#neu}} without a name is broken
                    PairingCase{"{{#neu a}} {{#moi ds}}", "open0 open1 "},
                    PairingCase{"{{/neu}}{{/neu}}", "stray0 stray1 "}));

TEST(BlockPairing, MarkersInTextStopAtAnUnclosedOne)
{
    const auto markers = markers_in("Số {{hop_le}} trên {{tong gia tri}} và {{ds.ten");
    ASSERT_EQ(markers.size(), 2u);
    EXPECT_EQ(markers[0].name, "hop_le");
    EXPECT_EQ(markers[1].kind, MarkerKind::broken);
    EXPECT_TRUE(markers_in("no marker { } }} {").empty());
    EXPECT_EQ(markers_in("{{a}}{{b}}").size(), 2u);
}

TEST(OpenBlocks, KnowsWhenARepeatedBlockIsOpen)
{
    OpenBlocks open;
    EXPECT_FALSE(open.repeating());
    open.pass(parse_marker("{{#neu a}}"));
    EXPECT_FALSE(open.repeating());
    open.pass(parse_marker("{{#moi ds}}"));
    EXPECT_TRUE(open.repeating());
    open.pass(parse_marker("{{#khong b}}"));
    open.pass(parse_marker("{{ds.ten}}"));
    EXPECT_TRUE(open.repeating()); // still inside the {{#moi}} around it
    open.pass(parse_marker("{{/khong}}"));
    open.pass(parse_marker("{{/moi}}"));
    EXPECT_FALSE(open.repeating());
    open.pass(parse_marker("{{/neu}}"));
    open.pass(parse_marker("{{/neu}}")); // a stray end changes nothing
    EXPECT_FALSE(open.repeating());
    open.pass(parse_marker("{{#moi_trang ds}}"));
    EXPECT_TRUE(open.repeating());
}

} // namespace
