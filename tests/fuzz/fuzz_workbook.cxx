// libFuzzer: the workbook model end to end. The input is a sheet grid: lines are rows, tabs
// separate cells, a cell "#<number>" is numeric, "!<text>" a formula error ("!#DIV/0!"); a line
// "==<name>" starts a new sheet. Group headings, subtotals, duplicates and error cells all come
// out of such grids; the review and the result sheets must take whatever the reader makes. The
// review's record survives its sheet and changes nothing against itself; any sheet read as a record
// ("sangkien-record" in its first cell) is read whole or refused, never crashes.
#include <cstdlib>
#include <string>

#include "core/features/review_changes.hxx"
#include "core/rules/aggregate.hxx"
#include "core/rules/criteria_settings.hxx"
#include "core/rules/result_sheets.hxx"
#include "core/rules/summary_text.hxx"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size)
{
    using namespace sangkien::core;
    const std::string text(reinterpret_cast<const char*>(data), size);
    WorkbookInput input;
    input.sheets.push_back(Sheet{"Sáng kiến", {}});
    std::size_t start = 0;
    while (start <= text.size())
    {
        const auto end = std::min(text.find('\n', start), text.size());
        const std::string line = text.substr(start, end - start);
        start = end + 1;
        if (line.rfind("==", 0) == 0)
        {
            input.sheets.push_back(Sheet{line.substr(2), {}});
            continue;
        }
        Row row;
        std::size_t cell_start = 0;
        while (cell_start <= line.size())
        {
            const auto cell_end = std::min(line.find('\t', cell_start), line.size());
            const std::string cell = line.substr(cell_start, cell_end - cell_start);
            cell_start = cell_end + 1;
            if (cell.empty())
                row.emplace_back();
            else if (cell[0] == '#')
                row.emplace_back(std::strtod(cell.c_str() + 1, nullptr));
            else if (cell[0] == '!')
                row.emplace_back(CellError{cell.substr(1)});
            else
                row.emplace_back(cell);
        }
        input.sheets.back().rows.push_back(std::move(row));
    }
    const Workbook book = read_workbook(input);
    const Criteria criteria = resolve_criteria(book).criteria;
    const Review review = review_workbook(book, criteria);
    const Summary summary = summarise(book, review);
    if (review.verdicts.size() != book.initiatives.size() || summary.total.valid > summary.total.updated)
        std::abort();
    int duplicates = 0;
    for (std::size_t i = 0; i < book.initiatives.size(); ++i)
    {
        const Initiative& item = book.initiatives[i];
        const InitiativeVerdict& verdict = review.verdicts[i];
        // A duplicate is never counted; an initiative with an unreadable cell never qualifies.
        if ((item.duplicate_of != 0) != verdict.duplicate || (verdict.duplicate && verdict.counted)
            || (!item.unreadable.empty() && verdict.qualifies) || item.duplicate_of >= item.row)
            std::abort();
        duplicates += verdict.duplicate;
        (void)verdict_text(verdict, item, criteria, Language::vietnamese);
    }
    if (static_cast<std::size_t>(duplicates) != book.duplicates)
        std::abort();
    const auto sheets = result_sheets(book, review, summary, Language::english);
    for (const auto& sheet : sheets)
        for (const auto& row : sheet.rows)
            if (row.size() != sheet.columns.size())
                std::abort();
    (void)summary_text(book, review, summary, Language::vietnamese);
    for (const auto& issue : book.issues)
        (void)issue_message(issue, Language::english);
    const ReviewRecord record = record_of(book, review, summary);
    const auto back = record_from_sheet(as_sheet(record_sheet(record, Language::english)));
    if (!back || !(*back == record) || !compare_reviews(record, *back).nothing_changed())
        std::abort();
    for (const Sheet& sheet : input.sheets)
        if (const auto read = record_from_sheet(sheet))
            (void)changes_sheet(compare_reviews(*read, record), Language::vietnamese);
    return 0;
}
