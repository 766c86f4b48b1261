// libFuzzer: the workbook model end to end. The input is a sheet grid: lines are rows, tabs
// separate cells, a cell "#<number>" is numeric; a line "==<name>" starts a new sheet.
#include <cstdlib>
#include <string>

#include "sangkien/core/aggregate.hxx"

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
            else
                row.emplace_back(cell);
        }
        input.sheets.back().rows.push_back(std::move(row));
    }
    const Workbook book = read_workbook(input);
    const Criteria criteria = criteria_from_settings(book, {});
    const Review review = review_workbook(book, criteria);
    const Summary summary = summarise(book, review);
    if (review.verdicts.size() != book.initiatives.size() || summary.total.valid > summary.total.updated)
        std::abort();
    for (const auto& issue : book.issues)
        (void)issue_message(issue, Language::english);
    return 0;
}
