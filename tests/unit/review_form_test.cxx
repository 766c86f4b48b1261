#include <gtest/gtest.h>

#include "core/forms/review_form.hxx"
#include "core/features/sample.hxx"

using namespace sangkien::core;

namespace {

constexpr Language vi = Language::vietnamese;

WorkbookInput fixture()
{
    WorkbookInput input;
    input.sheets.push_back({"DS", {{Cell("STT"), Cell("Tên sáng kiến"), Cell("Tác giả"), Cell("Đơn vị"), Cell("Trạng thái"),
                                    Cell("Số tiền"), Cell("Tiền làm lợi (đồng)")},
                                   {Cell(1.0), Cell("Máy cắt"), Cell("An"), Cell("Trường A"), Cell("Hợp lệ"), Cell(5.0),
                                    Cell("600 triệu")}}});
    return input;
}

const FieldChoice& choice_for(const ReviewForm& form, Field field)
{
    for (const auto& choice : form.fields)
        if (choice.field == field)
            return choice;
    throw std::logic_error("no field");
}

FieldChoice& choice_for(ReviewForm& form, Field field)
{
    return const_cast<FieldChoice&>(choice_for(static_cast<const ReviewForm&>(form), field));
}

TEST(ReviewForm, ShowsSheetsDetectedColumnsAndCriteria)
{
    const auto form = make_review_form(fixture(), {}, {}, vi);
    EXPECT_EQ(form.initiative_sheet, "DS");
    ASSERT_EQ(form.columns.size(), 8u);
    EXPECT_EQ(form.columns[0], "(không có)");
    EXPECT_EQ(form.columns[2], "B: Tên sáng kiến");
    EXPECT_EQ(choice_for(form, Field::title).column, 1u);
    EXPECT_EQ(choice_for(form, Field::status).column, 4u);
    EXPECT_FALSE(choice_for(form, Field::recognition_date).column);
    EXPECT_EQ(choice_for(form, Field::title).label, "Tên sáng kiến");
    EXPECT_EQ(form.criteria[CriterionKey::period_start], "1/9/2021");
    EXPECT_EQ(form.criteria[CriterionKey::cutoff], "31/8/2023");
    EXPECT_EQ(form.criteria[CriterionKey::threshold], "500.000.000");
    EXPECT_FALSE(choice_of_text(form.criteria[CriterionKey::grounds]));
    ASSERT_EQ(form.sheets.size(), 5u);
    EXPECT_EQ(form.sheets[0].second, "DS");
    EXPECT_EQ(form.sheets[1].second, "—");
}

TEST(ReviewForm, ACorrectedColumnBecomesARememberedOverride)
{
    const auto input = fixture();
    auto form = make_review_form(input, {}, {}, vi);
    // "Số tiền" (F) was not the value; the user picks G.
    choice_for(form, Field::value).column = 6;
    choice_for(form, Field::unit).column = std::nullopt;
    const auto outcome = read_review_form(form, input, {}, vi);
    EXPECT_TRUE(outcome.problems.empty());
    ASSERT_EQ(outcome.overrides.at(SheetKind::initiatives).size(), 2u);
    EXPECT_EQ(outcome.overrides.at(SheetKind::initiatives).at(Field::value), 6u);
    EXPECT_EQ(outcome.overrides.at(SheetKind::initiatives).at(Field::unit), kNoColumn);

    const std::string stored = overrides_to_text(outcome.overrides);
    EXPECT_EQ(overrides_from_text(stored), outcome.overrides);
    const auto again = make_review_form(input, overrides_from_text(stored), {}, vi);
    EXPECT_EQ(choice_for(again, Field::value).column, 6u);
    EXPECT_TRUE(choice_for(again, Field::value).remembered);
    EXPECT_FALSE(choice_for(again, Field::unit).column);
    EXPECT_FALSE(choice_for(again, Field::title).remembered);

    const Workbook book = read_workbook(input, outcome.overrides);
    ASSERT_EQ(book.initiatives.size(), 1u);
    EXPECT_EQ(book.initiatives[0].value.dong, 600'000'000);
    EXPECT_TRUE(book.initiatives[0].unit.empty());
}

TEST(ReviewForm, CriteriaTextsAreReadOrNamedAsProblems)
{
    const auto input = fixture();
    auto form = make_review_form(input, {}, {}, vi);
    form.criteria[CriterionKey::period_end] = "31/12/2023";
    form.criteria[CriterionKey::threshold] = "300 triệu";
    form.criteria[CriterionKey::grounds] = "Và";
    auto outcome = read_review_form(form, input, {}, vi);
    EXPECT_TRUE(outcome.problems.empty());
    EXPECT_EQ(outcome.criteria.period_end, (Date{2023, 12, 31}));
    EXPECT_EQ(outcome.criteria.threshold, 300'000'000);
    EXPECT_TRUE(outcome.criteria.grounds_and);

    form.criteria[CriterionKey::cutoff] = "31/2/2023";
    form.criteria[CriterionKey::threshold] = "nhiều";
    form.criteria[CriterionKey::period_start] = "1/1/2024";
    outcome = read_review_form(form, input, {}, vi);
    ASSERT_EQ(outcome.problems.size(), 3u);
    EXPECT_NE(outcome.problems[0].find("Hạn cập nhật"), std::string::npos);
    EXPECT_NE(outcome.problems[0].find("31/2/2023"), std::string::npos);
    EXPECT_NE(outcome.problems[1].find("nhiều"), std::string::npos); // in the dialog's order, then the period
    EXPECT_NE(outcome.problems[2].find("1/1/2024"), std::string::npos);
}

TEST(ReviewForm, BrokenStoredOverridesAreSkipped)
{
    const auto overrides = overrides_from_text("initiatives:value=7,nosuch=3,status=x,unit=-;bogus:value=1;people");
    ASSERT_EQ(overrides.size(), 1u);
    EXPECT_EQ(overrides.at(SheetKind::initiatives).size(), 2u);
    EXPECT_EQ(overrides.at(SheetKind::initiatives).at(Field::value), 7u);
    EXPECT_EQ(overrides.at(SheetKind::initiatives).at(Field::unit), kNoColumn);
    EXPECT_TRUE(overrides_from_text("").empty());
}

TEST(ReviewForm, EveryFieldHasALabelInBothLanguages)
{
    const auto sample = generate_sample({50, 1, true});
    for (const Language language : {Language::vietnamese, Language::english})
        for (const auto& choice : make_review_form(sample.input, {}, {}, language).fields)
            EXPECT_EQ(choice.label.rfind("field.", 0), std::string::npos) << choice.label;
}

} // namespace

namespace {

// A list nobody recognises (headings in another wording, a title row above them) next to a
// sheet of notes: the form still opens, the user picks the sheet and its columns, and the next
// review reads it from what is remembered.
WorkbookInput unrecognised()
{
    WorkbookInput input;
    input.sheets.push_back({"Ghi chép", {{Cell("Việc cần làm")}, {Cell("Gọi điện")}}});
    input.sheets.push_back({"Bảng 1",
                            {{Cell("BẢNG KÊ")},
                             {Cell("Nội dung"), Cell("Người làm"), Cell("Nơi làm"), Cell("Tình hình")},
                             {Cell("Máy cắt"), Cell("An"), Cell("Trường A"), Cell("Đã duyệt")},
                             {Cell("Sổ tay"), Cell("Bình"), Cell("Trường B"), Cell("Chờ duyệt")}}});
    return input;
}

TEST(ReviewForm, AListNobodyRecognisesIsChosenByHandAndRemembered)
{
    const WorkbookInput input = unrecognised();
    ReviewForm form = make_review_form(input, {}, {}, vi);
    EXPECT_TRUE(form.initiative_sheet.empty());
    EXPECT_EQ(form.sheet_names, (std::vector<std::string>{"Ghi chép", "Bảng 1"}));
    // OK without a sheet: a problem that says what to do, no review.
    EXPECT_EQ(read_review_form(form, input, {}, vi).problems.size(), 1u);

    choose_initiative_sheet(form, input, "Bảng 1", vi);
    EXPECT_EQ(form.initiative_sheet, "Bảng 1");
    // The columns are named after the first row with texts under the title.
    ASSERT_EQ(form.columns.size(), 5u);
    EXPECT_EQ(form.columns[1], "A: Nội dung");
    choice_for(form, Field::title).column = 0;
    choice_for(form, Field::authors).column = 1;
    choice_for(form, Field::unit).column = 2;
    choice_for(form, Field::status).column = 3;
    const FormOutcome outcome = read_review_form(form, input, {}, vi);
    ASSERT_TRUE(outcome.problems.empty());
    EXPECT_EQ(outcome.sheets.at(SheetKind::initiatives), "Bảng 1");

    // Kept as document property texts and read back for the next run (menu or CLI).
    const SheetChoices sheets = sheet_choices_from_text(sheet_choices_to_text(outcome.sheets));
    const MappingOverrides columns = overrides_from_text(overrides_to_text(outcome.overrides));
    const Workbook book = read_workbook(input, columns, sheets);
    ASSERT_EQ(book.initiatives.size(), 2u);
    EXPECT_EQ(book.initiatives[0].row, 3u);
    EXPECT_EQ(book.initiatives[0].title, "Máy cắt");
    EXPECT_EQ(book.initiatives[1].status, Status::pending);
    // Reopened, the form shows the remembered sheet and columns.
    const ReviewForm again = make_review_form(input, columns, {}, vi, sheets);
    EXPECT_EQ(again.initiative_sheet, "Bảng 1");
    EXPECT_EQ(choice_for(again, Field::unit).column, 2u);
}

TEST(ReviewForm, TheDetectedSheetIsNotRememberedAsAChoice)
{
    const WorkbookInput input = fixture();
    const ReviewForm form = make_review_form(input, {}, {}, vi);
    EXPECT_TRUE(read_review_form(form, input, {}, vi).sheets.empty());
    EXPECT_TRUE(sheet_choices_from_text("bogus\tX\ninitiatives\n").empty());
}

} // namespace

namespace {

TEST(ReviewForm, ATitleColumnIsRequired)
{
    const WorkbookInput input = fixture();
    ReviewForm form = make_review_form(input, {}, {}, vi);
    choice_for(form, Field::title).column = std::nullopt; // "(không có)"
    const FormOutcome outcome = read_review_form(form, input, {}, vi);
    ASSERT_EQ(outcome.problems.size(), 1u);
    EXPECT_NE(outcome.problems[0].find("Tên sáng kiến"), std::string::npos);
}

} // namespace
