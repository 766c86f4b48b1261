// Writes a generated district in one layout as JSON, for other tools to write as a workbook
// (tests/metamorphic/write_workbooks.py: openpyxl's .xlsx, xlwt's .xls; Calc converts to .ods):
//   layout_rewrite SPELLINGS_TSV SIZE single N | random SEED
// prints {"layout": "...", "sheets": [{"name": ..., "rows": [[cell…]…], "dates": [columns]}]}, a
// cell being null, a number, or a string; "dates" lists the columns whose numbers are dates.
#include <cstdlib>
#include <iostream>
#include <set>
#include <string>

#include "layouts.hxx"

namespace {

using namespace sangkien;

void json_string(std::ostream& out, const std::string& s)
{
    out << '"';
    for (const char c : s)
    {
        switch (c)
        {
        case '"': out << "\\\""; break;
        case '\\': out << "\\\\"; break;
        case '\n': out << "\\n"; break;
        case '\t': out << "\\t"; break;
        case '\r': out << "\\r"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out << "\\u00" << "0123456789abcdef"[(c >> 4) & 0xf] << "0123456789abcdef"[c & 0xf];
            else
                out << c;
        }
    }
    out << '"';
}

// The columns of a list sheet that hold dates, as the reader maps its headings.
std::set<std::size_t> date_columns(const core::Sheet& sheet)
{
    std::set<std::size_t> dates;
    if (const auto mapping = core::detect_columns(sheet, core::SheetKind::initiatives))
        for (const core::Field field : {core::Field::updated_on, core::Field::recognition_date, core::Field::value_document_date})
            if (const auto it = mapping->columns.find(field); it != mapping->columns.end())
                dates.insert(it->second);
    return dates;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 5)
    {
        std::cerr << "usage: layout_rewrite SPELLINGS_TSV SIZE single N | random SEED\n";
        return 2;
    }
    const std::string mode = argv[3];
    const auto n = std::strtoull(argv[4], nullptr, 10);
    const auto singles = test::single_rewrites();
    if (mode == "single" && n >= singles.size())
    {
        std::cerr << "layout_rewrite: there are " << singles.size() << " single rewrites\n";
        return 2;
    }
    const test::Layout layout = mode == "single" ? singles[n] : test::random_layout(n);
    const auto district = core::generate_sample({std::strtoull(argv[2], nullptr, 10), 2024, false});
    const core::WorkbookInput input = test::rewrite(district, layout, argv[1]);
    std::cout << "{\"layout\": ";
    json_string(std::cout, layout.describe());
    std::cout << ", \"sheets\": [";
    for (std::size_t s = 0; s < input.sheets.size(); ++s)
    {
        const core::Sheet& sheet = input.sheets[s];
        std::cout << (s ? ",\n" : "\n") << "{\"name\": ";
        json_string(std::cout, sheet.name);
        std::cout << ", \"dates\": [";
        bool first = true;
        for (const std::size_t c : date_columns(sheet))
        {
            std::cout << (first ? "" : ", ") << c;
            first = false;
        }
        std::cout << "], \"rows\": [";
        for (std::size_t r = 0; r < sheet.rows.size(); ++r)
        {
            std::cout << (r ? ",\n" : "\n") << "[";
            for (std::size_t c = 0; c < sheet.rows[r].size(); ++c)
            {
                const core::Cell& cell = sheet.rows[r][c];
                std::cout << (c ? ", " : "");
                if (const auto* number = std::get_if<double>(&cell))
                {
                    std::cout.precision(17);
                    std::cout << *number;
                }
                else if (const auto* text = std::get_if<std::string>(&cell))
                    json_string(std::cout, *text);
                else
                    std::cout << "null";
            }
            std::cout << "]";
        }
        std::cout << "]}";
    }
    std::cout << "]}\n";
    return 0;
}
