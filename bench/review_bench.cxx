// The review command in a real Calc against the bare cost of its input and output, in the same
// run: for a generated workbook of N initiatives, the time of vn.sangkien:Review (read every sheet,
// review, write and format five result sheets) next to the time LibreOffice needs merely to read
// the same used areas with getDataArray and write sheets of the same size and content with
// setDataArray.
//
//   build/bench/review_bench                         # 10,000 and 1,000,000 rows
//   build/bench/review_bench 50000                   # other sizes
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <vector>

#include <unistd.h>

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>

#include "core/rules/result_sheets.hxx"
#include "core/rules/criteria_settings.hxx"
#include "core/features/sample.hxx"
#include "sangkien/launcher/office_calls.hxx"
#include "sangkien/launcher/office_session.hxx"
#include "result_cells.hxx"

using namespace sangkien;
using namespace com::sun::star;

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

uno::Reference<sheet::XSpreadsheets> sheets_of(const launcher::Document& document)
{
    return uno::Reference<sheet::XSpreadsheetDocument>(document.component(), uno::UNO_QUERY_THROW)->getSheets();
}

// The baseline: one getDataArray per source sheet over its used area, then the result sheets'
// cells (as the core makes them) written with one setDataArray each into new sheets, which are
// removed again afterwards (not timed).
double bare_read_and_write(const launcher::Document& document, const uno::Sequence<rtl::OUString>& names,
                           const std::vector<core::ResultSheet>& results)
{
    const auto sheets = sheets_of(document);
    const auto count = uno::Reference<container::XIndexAccess>(sheets, uno::UNO_QUERY_THROW)->getCount();
    const auto start = Clock::now();
    std::size_t cells = 0;
    for (const auto& name : names)
    {
        const uno::Reference<sheet::XSpreadsheet> sheet(sheets->getByName(name), uno::UNO_QUERY_THROW);
        const auto cursor = sheet->createCursor();
        uno::Reference<sheet::XUsedAreaCursor>(cursor, uno::UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
        const auto end = uno::Reference<sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)->getRangeAddress();
        const auto data = uno::Reference<sheet::XCellRangeData>(
                              sheet->getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow), uno::UNO_QUERY_THROW)
                              ->getDataArray();
        cells += static_cast<std::size_t>(data.getLength());
    }
    std::vector<rtl::OUString> written;
    for (const auto& result : results)
    {
        const auto columns = static_cast<sal_Int32>(result.columns.size());
        const auto data = bench::result_cells(result);
        const rtl::OUString name = to_ustring("bare " + std::to_string(written.size()));
        sheets->insertNewByName(name, static_cast<sal_Int16>(count + static_cast<sal_Int32>(written.size())));
        const uno::Reference<sheet::XSpreadsheet> sheet(sheets->getByName(name), uno::UNO_QUERY_THROW);
        uno::Reference<sheet::XCellRangeData>(
            sheet->getCellRangeByPosition(0, 0, columns - 1, static_cast<sal_Int32>(result.rows.size())),
            uno::UNO_QUERY_THROW)
            ->setDataArray(data);
        written.push_back(name);
    }
    const double seconds = seconds_since(start);
    for (const auto& name : written)
        sheets->removeByName(name);
    if (cells == 0)
        std::cerr << "no cells read\n";
    return seconds;
}

void measure(launcher::OfficeSession& office, std::size_t rows, const std::filesystem::path& folder)
{
    std::cerr << "generating " << rows << " initiatives…" << std::endl;
    const auto sample = core::generate_sample({rows, 2023, false});
    const auto file = folder / ("bench-" + std::to_string(rows) + ".fods");
    {
        std::ofstream out(file);
        core::write_fods(sample, out);
    }
    const core::Workbook book = core::read_workbook(sample.input);
    const core::Review review = core::review_workbook(book, core::resolve_criteria(book).criteria);
    const auto results = core::result_sheets(book, review, core::summarise(book, review), core::Language::vietnamese);

    std::cerr << "loading it into Calc…" << std::endl;
    const launcher::Document document(office.context(), launcher::file_url(file));
    // The baseline before and after the review, the better of the two: the first pass over a
    // freshly loaded document pays for warming Calc's caches, whichever runs first.
    std::cerr << "baseline…" << std::endl;
    const auto sources = sheets_of(document)->getElementNames();
    double bare = bare_read_and_write(document, sources, results);
    std::cerr << "review…" << std::endl;
    const auto start = Clock::now();
    const auto outcome = launcher::dispatch_command(document, "vn.sangkien:Review");
    const double ours = seconds_since(start);
    if (!outcome.succeeded)
        throw std::runtime_error("review failed: " + outcome.result);
    std::cerr << "baseline again…" << std::endl;
    bare = std::min(bare, bare_read_and_write(document, sources, results));
    std::cout << std::fixed << std::setprecision(2) << std::left << std::setw(10) << rows << std::right << std::setw(12)
              << ours << " s" << std::setw(14) << bare << " s" << std::setw(10) << ours / bare << "×" << std::endl;
    std::filesystem::remove(file);
}

} // namespace

int main(int argc, char** argv)
{
    try
    {
        std::vector<std::size_t> sizes;
        for (int i = 1; i < argc; ++i)
            sizes.push_back(std::strtoull(argv[i], nullptr, 10));
        if (sizes.empty())
            sizes = {10'000, 1'000'000};
        launcher::PrivateOffice started({{}, {SANGKIEN_OXT}, {}, {}});
        launcher::OfficeSession& office = started.session();
        const auto folder = std::filesystem::temp_directory_path() / ("sangkien-review-bench-" + std::to_string(getpid()));
        std::filesystem::create_directories(folder);
        std::cout << "review_bench: vn.sangkien:Review against getDataArray of the sources + setDataArray of the "
                     "same result sheets, same run\n"
                  << std::left << std::setw(10) << "rows" << std::right << std::setw(14) << "review" << std::setw(16)
                  << "bare read+write" << std::setw(11) << "ratio" << std::endl;
        for (const std::size_t rows : sizes)
            measure(office, rows, folder);
        std::filesystem::remove_all(folder);
        return 0;
    }
    catch (const std::exception& e)
    {
        std::cerr << e.what() << "\n";
    }
    catch (const uno::Exception& e)
    {
        std::cerr << to_utf8(e.Message) << "\n";
    }
    return 1;
}
