#include <gtest/gtest.h>

#include <algorithm>

#include "core/rules/aggregate.hxx"
#include "core/rules/criteria_settings.hxx"
#include "core/features/workbook_template.hxx"

using namespace sangkien::core;

namespace {

// The blank workbook the extension hands out must be read back completely by its own reader:
// every sheet recognised, every heading mapped, no problem reported, the example row qualifying.
TEST(WorkbookTemplate, TheReaderRecognisesEverything)
{
    const auto sheets = workbook_template();
    ASSERT_EQ(sheets.size(), 5u);
    const Workbook book = read_workbook(template_input(sheets));
    for (const SheetKind kind :
         {SheetKind::initiatives, SheetKind::unions, SheetKind::people, SheetKind::settings, SheetKind::comments})
        EXPECT_TRUE(book.sheet_names.count(kind)) << sheet_kind_id(kind);
    for (const Issue& issue : book.issues)
        ADD_FAILURE() << issue.sheet << " " << issue.row << " " << issue.column << ": " << issue_message(issue, Language::vietnamese);

    const auto& mapped = book.mappings.at(SheetKind::initiatives).columns;
    for (const Field field : fields_of(SheetKind::initiatives))
        // The template uses number + date columns; a CĐCS column below the unit is a province's.
        if (field != Field::recognition && field != Field::value_document && field != Field::grassroots_unit)
        {
            EXPECT_TRUE(mapped.count(field)) << field_id(field);
        }
    EXPECT_EQ(mapped.size(), sheets[0].columns.size());

    ASSERT_EQ(book.initiatives.size(), 1u);
    ASSERT_EQ(book.unions.size(), 1u);
    ASSERT_EQ(book.people.size(), 1u);
    const Review review = review_workbook(book, resolve_criteria(book).criteria);
    EXPECT_TRUE(review.verdicts[0].qualifies);
    EXPECT_TRUE(review.units_not_in_list.empty());
    EXPECT_TRUE(review.people.size() >= 2u); // the authors and the proposed person
    EXPECT_EQ(resolve_criteria(book).criteria.threshold, 500'000'000);
}

TEST(WorkbookTemplate, PickListsAreTheValuesTheReaderUnderstands)
{
    const auto sheets = workbook_template();
    for (const auto& column : sheets[0].columns)
        if (column.heading == "Trạng thái")
        {
            ASSERT_EQ(column.choices.size(), 3u);
            EXPECT_EQ(parse_status(column.choices[0]), Status::valid);
            EXPECT_EQ(parse_status(column.choices[1]), Status::pending);
            EXPECT_EQ(parse_status(column.choices[2]), Status::rejected);
        }
    for (const auto& sheet : sheets)
        for (const auto& column : sheet.columns)
            if (column.choices == std::vector<std::string>{"Có", "Không"})
            {
                EXPECT_EQ(parse_yes_no(column.choices[0]), YesNo::yes);
                EXPECT_EQ(parse_yes_no(column.choices[1]), YesNo::no);
            }
    for (const auto& sheet : sheets)
        for (const auto& row : sheet.rows)
            EXPECT_EQ(row.size(), sheet.columns.size()) << sheet.name;
}

} // namespace
