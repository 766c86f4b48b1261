// Reading sheets a block at a time (what the office adapter does for a large book) gives the same
// workbook as reading them whole, and reads no sheet past its head unless the reader chose it.
#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

#include "core/features/sample.hxx"
#include "core/text/shared_text.hxx"
#include "core/workbook/workbook.hxx"

using namespace sangkien::core;

namespace {

// Hands out at most `block` rows per call, from copies (as the office adapter does), and counts
// how far it was read.
class RowsInBlocks final : public SheetRows
{
public:
    RowsInBlocks(const Sheet& sheet, std::size_t block) : sheet_(sheet), block_size_(block) {}
    std::size_t size() const override { return sheet_.rows.size(); }
    std::span<const Row> block(std::size_t first, std::size_t count) override
    {
        block_.clear();
        for (std::size_t r = first; r < std::min(sheet_.rows.size(), first + std::min(count, block_size_)); ++r)
            block_.push_back(sheet_.rows[r]);
        furthest = std::max(furthest, first + block_.size());
        return block_;
    }
    std::size_t furthest = 0;

private:
    const Sheet& sheet_;
    std::size_t block_size_;
    std::vector<Row> block_;
};

struct Streamed
{
    WorkbookSource source;
    std::vector<std::shared_ptr<RowsInBlocks>> rows;
};

Streamed in_blocks(const WorkbookInput& input, std::size_t block)
{
    Streamed streamed;
    for (const Sheet& sheet : input.sheets)
    {
        auto rows = std::make_shared<RowsInBlocks>(sheet, block);
        streamed.rows.push_back(rows);
        streamed.source.sheets.push_back(SheetSource{head_of(sheet.name, *rows), rows});
    }
    return streamed;
}

auto issue_tuple(const Issue& issue)
{
    return std::tie(issue.sheet, issue.row, issue.column, issue.value, issue.key, issue.arguments, issue.is_error);
}

void expect_same(const Workbook& whole, const Workbook& streamed)
{
    ASSERT_EQ(whole.initiatives.size(), streamed.initiatives.size());
    for (std::size_t i = 0; i < whole.initiatives.size(); ++i)
    {
        const Initiative& a = whole.initiatives[i];
        const Initiative& b = streamed.initiatives[i];
        EXPECT_EQ(std::tie(a.row, a.code, a.title, a.authors, a.unit, a.unit_key, a.domain, a.section, a.status_text, a.duplicate_of),
                  std::tie(b.row, b.code, b.title, b.authors, b.unit, b.unit_key, b.domain, b.section, b.status_text, b.duplicate_of))
            << "record " << i;
        EXPECT_EQ(a.value.dong, b.value.dong) << "record " << i;
    }
    ASSERT_EQ(whole.unions.size(), streamed.unions.size());
    for (std::size_t i = 0; i < whole.unions.size(); ++i)
        EXPECT_EQ(std::tie(whole.unions[i].name, whole.unions[i].quota), std::tie(streamed.unions[i].name, streamed.unions[i].quota));
    EXPECT_EQ(whole.people.size(), streamed.people.size());
    EXPECT_EQ(whole.settings, streamed.settings);
    EXPECT_EQ(whole.sheet_names, streamed.sheet_names);
    ASSERT_EQ(whole.issues.size(), streamed.issues.size());
    for (std::size_t i = 0; i < whole.issues.size(); ++i)
        EXPECT_EQ(issue_tuple(whole.issues[i]), issue_tuple(streamed.issues[i])) << "issue " << i << ": " << whole.issues[i].key;
}

TEST(SheetRows, MessyBookReadInBlocksEqualsReadWhole)
{
    const WorkbookInput input = generate_sample({3000, 7, true}).input;
    const Workbook whole = read_workbook(input);
    ASSERT_GT(whole.issues.size(), 10u); // the messy sample has things to say, and they must all be said
    for (const std::size_t block : {1u, 7u, 1000u, 100000u})
    {
        SCOPED_TRACE(block);
        expect_same(whole, read_workbook(in_blocks(input, block).source));
    }
}

TEST(SheetRows, SheetsNotChosenAreReadOnlyToTheirHead)
{
    WorkbookInput input = generate_sample({500, 3, false}).input;
    Sheet notes{"Ghi chép riêng", {}};
    for (int r = 0; r < 5000; ++r)
        notes.rows.push_back({Cell(std::string("dòng ghi chép")), Cell(static_cast<double>(r))});
    input.sheets.push_back(notes);
    Streamed streamed = in_blocks(input, 64);
    const Workbook book = read_workbook(streamed.source);
    EXPECT_EQ(book.initiatives.size(), 500u);
    EXPECT_EQ(streamed.rows.back()->furthest, kHeadRows);        // looked at, never read through
    EXPECT_EQ(streamed.rows.front()->furthest, input.sheets.front().rows.size()); // the list: every row
}

TEST(SheetRows, RepeatedNamesShareOneCopy)
{
    const Workbook book = read_workbook(generate_sample({2000, 11, false}).input);
    ASSERT_GT(book.initiatives.size(), 100u);
    std::map<std::string, const char*> first_copy;
    for (const Initiative& item : book.initiatives)
    {
        const auto [at, inserted] = first_copy.try_emplace(item.unit.str(), item.unit.str().data());
        EXPECT_EQ(at->second, item.unit.str().data()) << item.unit;
    }
    EXPECT_LT(first_copy.size(), book.initiatives.size() / 10);
}

TEST(SheetRows, TheLayoutAloneReadsOnlyTheHeadsAndThongTin)
{
    const WorkbookInput input = generate_sample({3000, 5, true}).input;
    const Workbook whole = read_workbook(input);
    Streamed streamed = in_blocks(input, 500);
    const Workbook layout = read_workbook_layout(streamed.source);
    EXPECT_TRUE(layout.initiatives.empty());
    EXPECT_EQ(layout.sheet_names, whole.sheet_names);
    EXPECT_EQ(layout.settings, whole.settings);
    ASSERT_EQ(layout.mappings.size(), whole.mappings.size());
    for (const auto& [kind, mapping] : whole.mappings)
        EXPECT_EQ(layout.mappings.at(kind).columns, mapping.columns);
    for (std::size_t i = 0; i < input.sheets.size(); ++i)
    {
        if (input.sheets[i].rows.size() > kHeadRows && input.sheets[i].name != whole.sheet_names.at(SheetKind::settings))
        {
            EXPECT_EQ(streamed.rows[i]->furthest, kHeadRows) << input.sheets[i].name;
        }
    }
}

TEST(SharedText, BehavesAsItsText)
{
    SharedText text = "Công đoàn cơ sở";
    const SharedText same = std::string("Công đoàn cơ sở");
    EXPECT_EQ(text, same);
    EXPECT_EQ(text, "Công đoàn cơ sở");
    EXPECT_EQ(text + " A", "Công đoàn cơ sở A");
    EXPECT_FALSE(text.empty());
    text = "";
    EXPECT_TRUE(text.empty());
    EXPECT_EQ(text.str(), "");
    TextPool pool;
    const SharedText a = pool.get("Lĩnh vực"), b = pool.get(std::string("Lĩnh vực"));
    EXPECT_EQ(a.str().data(), b.str().data());
    EXPECT_TRUE(pool.get("").empty());
}

} // namespace
