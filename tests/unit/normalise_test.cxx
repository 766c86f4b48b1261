#include <gtest/gtest.h>

#include <numeric>

#include "core/text/date.hxx"
#include "core/features/normalise.hxx"

using namespace sangkien::core;

namespace {

constexpr Language vi = Language::vietnamese;

// "Công đoàn" with its marks decomposed (NFD): what some Mac and web sources paste.
const std::string kDecomposed = "Co\xcc\x82ng \xc4\x91oa\xcc\x80n";

WorkbookInput fixture()
{
    WorkbookInput input;
    input.sheets.push_back(
        {"Sáng kiến",
         {{Cell("STT"), Cell("Tên sáng kiến"), Cell("Tác giả"), Cell("Đơn vị"), Cell("Trạng thái"),
           Cell("Giá trị làm lợi (đồng)"), Cell("Ngày cập nhật"), Cell("Ghi chú")},
          {Cell(1.0), Cell("  Máy   cắt "), Cell("An"), Cell("cđcs trường a"), Cell("Hợp lệ"), Cell("600 triệu"),
           Cell("05/9/2023"), Cell("QĐ 12 ngày 5/9/2023")},
          {Cell(2.0), Cell("Quy trình mới"), Cell("Bình\nChi"), Cell("CĐCS Trường A"), Cell("Hợp lệ"),
           Cell("khoảng 1 tỷ"), Cell("ngày 7 tháng 10 năm 2023"), Cell(kDecomposed)},
          {Cell(3.0), Cell("Hîp lÖ ho¸"), Cell("Dũng"), Cell("Trường B"), Cell("Hợp lệ"), Cell(5e8), Cell(45000.0),
           Cell("31/02/2023")}}});
    input.sheets.push_back({"CĐCS",
                            {{Cell("STT"), Cell("Tên CĐCS"), Cell("Số đoàn viên"), Cell("Chỉ tiêu")},
                             {Cell(1.0), Cell("CĐCS Trường A"), Cell("1.200"), Cell("3")},
                             {Cell(2.0), Cell("CĐCS Trường B"), Cell(40.0), Cell("ba")}}});
    input.sheets.push_back({"Ghi chép riêng", {{Cell("  không   phải dữ liệu ")}}});
    return input;
}

const CellFix* fix_at(const NormalisePlan& plan, const std::string& sheet, std::size_t row, std::size_t column)
{
    for (const auto& fix : plan.fixes)
        if (plan.sheet_names[fix.sheet] == sheet && fix.row == row && fix.column == column)
            return &fix;
    return nullptr;
}

TEST(TidyText, KeepsLineBreaksAndTidiesEachLine)
{
    unsigned fixes = 0;
    EXPECT_EQ(tidy_text(" An \n  Bình\xc2\xa0\xc2\xa0" "Chi\n\n", &fixes), "An\nBình Chi");
    EXPECT_EQ(fixes, fix_spaces);
    EXPECT_EQ(tidy_text("Bình\nChi", &fixes), "Bình\nChi");
    EXPECT_EQ(fixes, 0u);
}

TEST(TidyText, ComposesAndConvertsLegacyFonts)
{
    unsigned fixes = 0;
    EXPECT_EQ(tidy_text(kDecomposed, &fixes), "Công đoàn");
    EXPECT_EQ(fixes, fix_nfc);
    EXPECT_EQ(tidy_text("Hîp lÖ", &fixes), "Hợp lệ");
    EXPECT_EQ(fixes & fix_legacy_font, fix_legacy_font);
    // Half-converted text is reported by the review, never guessed at here.
    EXPECT_EQ(tidy_text("Công đoμn", &fixes), "Công đoμn");
    EXPECT_EQ(fixes, 0u);
}

TEST(TidyText, LeavesOrdinaryTextAlone)
{
    for (const char* text : {"Công đoàn cơ sở", "Nguyễn Thị Ánh", "500.000.000 đồng", "Hòa bình", "a – b…", "x"})
    {
        unsigned fixes = 1;
        EXPECT_EQ(tidy_text(text, &fixes), text);
        EXPECT_EQ(fixes, 0u) << text;
    }
}

TEST(Normalise, ProposesEveryKindOfFixOnTheReviewedSheets)
{
    const NormalisePlan plan = plan_normalisation(fixture(), {});
    const auto* title = fix_at(plan, "Sáng kiến", 1, 1);
    ASSERT_TRUE(title);
    EXPECT_EQ(std::get<std::string>(title->after), "Máy cắt");
    EXPECT_EQ(title->fixes, fix_spaces);

    const auto* unit = fix_at(plan, "Sáng kiến", 1, 3);
    ASSERT_TRUE(unit);
    EXPECT_EQ(std::get<std::string>(unit->after), "CĐCS Trường A");
    EXPECT_EQ(unit->fixes, fix_unit_name);

    const auto* value = fix_at(plan, "Sáng kiến", 1, 5);
    ASSERT_TRUE(value);
    EXPECT_EQ(std::get<double>(value->after), 600000000.0);
    EXPECT_EQ(value->fixes, fix_number);

    const auto* date = fix_at(plan, "Sáng kiến", 1, 6);
    ASSERT_TRUE(date);
    EXPECT_EQ(std::get<double>(date->after), static_cast<double>(to_serial(Date{2023, 9, 5})));
    EXPECT_TRUE(date->is_date());
    const auto* words_date = fix_at(plan, "Sáng kiến", 2, 6);
    ASSERT_TRUE(words_date);
    EXPECT_EQ(std::get<double>(words_date->after), static_cast<double>(to_serial(Date{2023, 10, 7})));

    const auto* nfc = fix_at(plan, "Sáng kiến", 2, 7);
    ASSERT_TRUE(nfc);
    EXPECT_EQ(std::get<std::string>(nfc->after), "Công đoàn");

    const auto* legacy = fix_at(plan, "Sáng kiến", 3, 1);
    ASSERT_TRUE(legacy);
    EXPECT_EQ(std::get<std::string>(legacy->after), "Hợp lệ hoá");

    const auto* members = fix_at(plan, "CĐCS", 1, 2);
    ASSERT_TRUE(members);
    EXPECT_EQ(std::get<double>(members->after), 1200.0);
    const auto* quota = fix_at(plan, "CĐCS", 1, 3);
    ASSERT_TRUE(quota);
    EXPECT_EQ(std::get<double>(quota->after), 3.0);
}

TEST(Normalise, LeavesWhatIsNotClearlyAValueAsTheUserWroteIt)
{
    const NormalisePlan plan = plan_normalisation(fixture(), {});
    EXPECT_FALSE(fix_at(plan, "Sáng kiến", 2, 5)) << "an approximate amount stays text";
    EXPECT_FALSE(fix_at(plan, "Sáng kiến", 1, 7)) << "a date inside a note stays text";
    EXPECT_FALSE(fix_at(plan, "Sáng kiến", 3, 7)) << "an impossible date stays text";
    EXPECT_FALSE(fix_at(plan, "Sáng kiến", 2, 2)) << "authors on two lines keep their line break";
    EXPECT_FALSE(fix_at(plan, "Sáng kiến", 2, 3)) << "a unit spelled as in the list";
    ASSERT_TRUE(fix_at(plan, "Sáng kiến", 3, 3)) << "the same unit without its CĐCS prefix";
    EXPECT_EQ(std::get<std::string>(fix_at(plan, "Sáng kiến", 3, 3)->after), "CĐCS Trường B");
    EXPECT_FALSE(fix_at(plan, "CĐCS", 2, 3)) << "a quota in words stays for the review to report";
    EXPECT_FALSE(fix_at(plan, "Sáng kiến", 0, 5)) << "headings are not values";
    for (const auto& fix : plan.fixes)
        EXPECT_NE(plan.sheet_names[fix.sheet], "Ghi chép riêng") << "sheets the review does not read are left alone";
}

TEST(Normalise, OnlyTextConstantsAreCandidates)
{
    // The title cell B2 is the result of a formula: not in the text areas.
    const std::vector<std::vector<CellArea>> text_cells{{{0, 0, 0, 7}, {1, 2, 3, 7}, {2, 1, 3, 1}}, {{0, 0, 2, 3}}, {}};
    const NormalisePlan plan = plan_normalisation(fixture(), {}, &text_cells);
    EXPECT_FALSE(fix_at(plan, "Sáng kiến", 1, 1));
    EXPECT_TRUE(fix_at(plan, "Sáng kiến", 3, 1));
    EXPECT_TRUE(fix_at(plan, "Sáng kiến", 1, 5));
}

TEST(Normalise, CellsSkippedBeforeAreListedApartNeverApplied)
{
    const CellExclusions excluded = exclusions_from_text(exclusions_to_text({exclusion_key("Sáng kiến", 1, 5)}));
    ASSERT_EQ(excluded.size(), 1u);
    EXPECT_EQ(*excluded.begin(), "Sáng kiến\tF2");
    const NormalisePlan plan = plan_normalisation(fixture(), {}, nullptr, excluded);
    EXPECT_FALSE(fix_at(plan, "Sáng kiến", 1, 5));
    EXPECT_TRUE(fix_at(plan, "Sáng kiến", 1, 6));
    ASSERT_EQ(plan.skipped.size(), 1u);
    EXPECT_EQ(plan.skipped[0].column, 5u);
}

TEST(NormaliseForm, PreviewLinesSummaryAndChoice)
{
    const NormalisePlan plan = plan_normalisation(fixture(), {});
    NormaliseForm form = make_normalise_form(plan, vi, 3);
    ASSERT_EQ(form.lines.size(), 3u);
    EXPECT_EQ(form.hidden, plan.fixes.size() - 3);
    EXPECT_NE(form.summary.find("Đề xuất sửa " + std::to_string(plan.fixes.size()) + " ô"), std::string::npos) << form.summary;
    EXPECT_NE(form.summary.find("hiện 3 ô đầu"), std::string::npos) << form.summary;

    const std::string value_line = fix_line(plan, *fix_at(plan, "Sáng kiến", 1, 5), vi);
    EXPECT_EQ(value_line, "Sáng kiến!F2: «600 triệu» → 600.000.000 (số ghi bằng chữ)");
    EXPECT_EQ(fix_line(plan, *fix_at(plan, "Sáng kiến", 1, 6), Language::english),
              "Sáng kiến!G2: «05/9/2023» → 05/09/2023 (dates written as text)");

    // Nothing skipped until the clerk says so: every line is applied, hidden ones included.
    EXPECT_EQ(form_item(form, 0, vi), "✓ " + form.lines[0]);
    EXPECT_EQ(choose_fixes(plan, form, {}).apply.size(), plan.fixes.size());
    EXPECT_EQ(form_counts(form, vi), "Sẽ sửa " + std::to_string(plan.fixes.size()) + " ô, bỏ qua 0 ô.");

    // Line 1 skipped: left as it is and remembered.
    set_skipped(form, {1}, true);
    EXPECT_EQ(form_item(form, 1, vi), "✗ Bỏ qua — " + form.lines[1]);
    const NormaliseChoice choice = choose_fixes(plan, form, {});
    EXPECT_EQ(choice.apply.size(), plan.fixes.size() - 1);
    const CellFix& dropped = plan.fixes[1];
    EXPECT_EQ(choice.exclusions, CellExclusions{exclusion_key(plan.sheet_names[dropped.sheet], dropped.row, dropped.column)});
    EXPECT_FALSE(needs_confirmation(form));
    // A double-click proposes a skipped line again, and skips a fixed one; a line past the list is none.
    toggle_skipped(form, 1);
    EXPECT_EQ(form_item(form, 1, vi), "✓ " + form.lines[1]);
    toggle_skipped(form, 1);
    EXPECT_EQ(form_item(form, 1, vi), "✗ Bỏ qua — " + form.lines[1]);
    toggle_skipped(form, form.lines.size());
    EXPECT_EQ(skipped_count(form), 1u);

    // Only numbers ticked: the list and the counter say so before anything is written, and what
    // is written is what they said (issue 27: "Sẽ sửa 668" then "Đã sửa 561").
    set_kinds(form, fix_number);
    const NormaliseChoice numbers = choose_fixes(plan, form, {});
    for (const auto& fix : numbers.apply)
        EXPECT_TRUE(fix.fixes & fix_number);
    EXPECT_EQ(numbers.apply.size(), 3u); // 600 triệu, 1.200 members, quota 3
    EXPECT_EQ(applied_count(form), numbers.apply.size());
    for (std::size_t line = 0; line < form.lines.size(); ++line)
    {
        if (!form.skipped[line] && !(form.cells[line].fixes & fix_number))
        {
            EXPECT_EQ(form_item(form, line, vi), "– Không sửa (loại này không chọn) — " + form.lines[line]);
        }
    }
    set_kinds(form, kAllFixes);

    WorkbookInput unknown = fixture();
    std::get<std::string>(unknown.sheets[0].rows[3][3]) = "Trường C";
    EXPECT_FALSE(fix_at(plan_normalisation(unknown, {}), "Sáng kiến", 3, 3)) << "a unit not in the list is not renamed";
}

// The trap the clerk fell into: one ordinary click never discards anything, most cells skipped
// asks first, cells skipped before come back with one button.
TEST(NormaliseForm, SkippingIsExplicitConfirmedAndUndoable)
{
    const NormalisePlan plan = plan_normalisation(fixture(), {});
    ASSERT_GE(plan.fixes.size(), 4u);
    NormaliseForm form = make_normalise_form(plan, vi);
    ASSERT_EQ(form.hidden, 0u);
    std::vector<std::size_t> all(form.lines.size());
    std::iota(all.begin(), all.end(), 0);
    std::vector<std::size_t> but_one(all.begin() + 1, all.end());
    set_skipped(form, but_one, true);
    EXPECT_EQ(skipped_count(form), form.lines.size() - 1);
    EXPECT_TRUE(needs_confirmation(form));
    EXPECT_NE(confirmation_text(form, vi).find("Bạn đang bỏ qua " + std::to_string(form.lines.size() - 1) + " trong "
                                               + std::to_string(form.lines.size()) + " ô đề xuất, chỉ sửa 1 ô"),
              std::string::npos)
        << confirmation_text(form, vi);
    const NormaliseChoice stored = choose_fixes(plan, form, {});
    EXPECT_EQ(stored.apply.size(), 1u);
    EXPECT_EQ(stored.exclusions.size(), form.lines.size() - 1);

    // Next time: the skipped cells are listed, marked, and one button proposes them again; the
    // remembered skips of cells no longer listed stay.
    const NormalisePlan next = plan_normalisation(fixture(), {}, nullptr, stored.exclusions);
    EXPECT_EQ(next.skipped.size(), form.lines.size() - 1);
    NormaliseForm again = make_normalise_form(next, vi);
    EXPECT_EQ(skipped_count(again), form.lines.size() - 1);
    EXPECT_NE(again.summary.find("đã bỏ qua ở lần trước"), std::string::npos) << again.summary;
    EXPECT_EQ(again.summary.find("Dữ liệu đã chuẩn"), std::string::npos) << again.summary;
    propose_all(again);
    CellExclusions remembered = stored.exclusions;
    remembered.insert("Trang khác\tB7");
    const NormaliseChoice back = choose_fixes(next, again, remembered);
    EXPECT_EQ(back.exclusions, CellExclusions{"Trang khác\tB7"});
    EXPECT_EQ(back.apply.size(), form.lines.size()); // the one fixed now and the ones proposed again
    // Proposing a skipped line again by selecting it and pressing "Sửa lại".
    NormaliseForm one = make_normalise_form(next, vi);
    set_skipped(one, {next.fixes.size()}, false);
    EXPECT_EQ(skipped_count(one), next.skipped.size() - 1);
}

TEST(NormaliseForm, InvisibleChangesAreSaidInWords)
{
    WorkbookInput input = fixture();
    // "Cải tiến" with a combining acute accent: looks the same before and after.
    const std::string decomposed = "Ca\xCC\x89i tie\xCC\x82\xCC\x81n";
    std::get<std::string>(input.sheets[0].rows[1][2]) = decomposed;
    const NormalisePlan plan = plan_normalisation(input, {});
    const CellFix* fix = fix_at(plan, "Sáng kiến", 1, 2);
    ASSERT_TRUE(fix);
    const std::string line = fix_line(plan, *fix, vi);
    EXPECT_EQ(line, "Sáng kiến!C2: «" + decomposed + "» (dấu ghép → dấu dựng sẵn (NFC))"); // the text once, the change in words

    // The code points of what changes, only on request: "a ̉ … ê ́" → "ả … ế".
    EXPECT_EQ(fix_code_points(*fix), "U+0061 U+0309 U+0069 U+0020 U+0074 U+0069 U+0065 U+0302 … → U+1EA3 U+0069 U+0020 U+0074 U+0069 U+1EBF");
    NormaliseForm form = make_normalise_form(plan, vi);
    const auto at = static_cast<std::size_t>(std::find_if(form.cells.begin(), form.cells.end(), [&](const CellFix& c) {
                                                 return c.row == fix->row && c.column == fix->column;
                                             }) - form.cells.begin());
    ASSERT_LT(at, form.cells.size());
    EXPECT_EQ(form_item(form, at, vi).find("U+"), std::string::npos);
    form.show_code_points = true;
    EXPECT_NE(form_item(form, at, vi).find(" [U+0061 U+0309"), std::string::npos) << form_item(form, at, vi);

    // A number or a date has none; only spaces: the spaces.
    CellFix amount{0, 1, 1, "500.000.000", Cell(500'000'000.0), fix_number};
    EXPECT_EQ(fix_code_points(amount), "");
    CellFix spaces{0, 1, 1, "Tổ  công đoàn", Cell(std::string("Tổ công đoàn")), fix_spaces};
    EXPECT_EQ(fix_code_points(spaces), "U+0020 → —");
}

TEST(NormaliseForm, NothingToDoSaysSo)
{
    WorkbookInput input;
    input.sheets.push_back({"DS", {{Cell("Tên sáng kiến"), Cell("Tác giả"), Cell("Đơn vị")},
                                   {Cell("Máy"), Cell("An"), Cell("Trường A")}}});
    const NormalisePlan plan = plan_normalisation(input, {});
    EXPECT_TRUE(plan.fixes.empty());
    EXPECT_EQ(plan_summary(plan, vi), "Dữ liệu đã chuẩn: không có ô nào cần sửa.");
}

} // namespace

namespace {

struct ValueCase
{
    const char* text;
    bool converted;
};

class WholeCellValues : public testing::TestWithParam<ValueCase> {};

// Only a cell that is entirely a date becomes a date value (the date column G of the fixture).
TEST_P(WholeCellValues, DatesAreWholeCellsOnly)
{
    WorkbookInput input = fixture();
    input.sheets[0].rows[1][6] = Cell(std::string(GetParam().text));
    const NormalisePlan plan = plan_normalisation(input, {});
    const auto* fix = fix_at(plan, "Sáng kiến", 1, 6);
    EXPECT_EQ(fix && fix->is_date(), GetParam().converted) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(Vectors, WholeCellValues,
                         testing::Values(ValueCase{"05/9/2023", true}, ValueCase{"5.9.2023", true}, ValueCase{"5-9-23", true},
                                         ValueCase{"2023-09-05", true}, ValueCase{"ngày 5 tháng 9 năm 2023", true},
                                         ValueCase{"Ngay 05 thang 09 nam 2023", true}, ValueCase{"5/9-2023", false},
                                         ValueCase{"31/02/2023", false}, ValueCase{"QĐ ngày 5/9/2023", false},
                                         ValueCase{"5/9", false}, ValueCase{"05//2023", false}, ValueCase{"2023/9/5", false}));

TEST(Normalise, CountsAreDigitsWithGroupingOnly)
{
    WorkbookInput input = fixture();
    const auto quota_of = [&](const char* text) {
        input.sheets[1].rows[1][3] = Cell(std::string(text));
        const NormalisePlan plan = plan_normalisation(input, {});
        const auto* fix = fix_at(plan, "CĐCS", 1, 3);
        return fix ? std::optional<double>(std::get<double>(fix->after)) : std::nullopt;
    };
    EXPECT_EQ(quota_of("12"), 12.0);
    EXPECT_EQ(quota_of("1.200"), 1200.0);
    EXPECT_EQ(quota_of("1,200,000"), 1200000.0);
    EXPECT_FALSE(quota_of("1.20"));
    EXPECT_FALSE(quota_of("1.200,000"));
    EXPECT_FALSE(quota_of("12a"));
    EXPECT_FALSE(quota_of("1234.567"));
}

} // namespace

namespace {

// For every choice of kinds, with lines skipped and lines beyond those shown: the counter the
// dialog shows is what is written, and no cell whose kind is unticked is written.
TEST(NormaliseForm, TheCounterIsWhatIsWrittenForEveryChoiceOfKinds)
{
    const NormalisePlan plan = plan_normalisation(fixture(), {});
    ASSERT_GE(plan.fixes.size(), 6u);
    for (const std::size_t max_lines : {std::size_t{3}, std::size_t{5000}})
        for (unsigned kinds = 0; kinds <= kAllFixes; ++kinds)
        {
            if ((kinds & ~kAllFixes) != 0)
                continue;
            NormaliseForm form = make_normalise_form(plan, vi, max_lines);
            set_skipped(form, {0}, true);
            set_kinds(form, kinds);
            const NormaliseChoice choice = choose_fixes(plan, form, {});
            EXPECT_EQ(choice.apply.size(), applied_count(form)) << kinds << " " << max_lines;
            for (const CellFix& fix : choice.apply)
            {
                unsigned first = 0;
                for (const Fix kind : kFixOrder)
                    if (!first && (fix.fixes & kind))
                        first = kind;
                EXPECT_TRUE(kinds & first) << "a cell of an unticked kind is written: " << fix_line(plan, fix, vi);
            }
        }
}

} // namespace
