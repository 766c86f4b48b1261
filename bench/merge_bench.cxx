// Gộp sổ in a real Calc against what LibreOffice itself needs for an equally large plain job, in
// the same run: vn.sangkien:Merge of N workbooks (copy, open, read, merge, write, store as .ods)
// next to LibreOffice loading the same N workbooks one after another and storing one new workbook
// holding the merged cells (setDataArray + storeToURL), with nothing of ours in between. Then the
// review of the same N workbooks as one (Review?sources=…, what `sangkien review A B C` runs: read
// in turn, reviewed, result sheets written and stored as .ods) next to LibreOffice loading them
// and storing one workbook of the same result cells. A merge larger than a sheet is not stored
// as one .ods by LibreOffice; there only the review is measured.
//
//   build/bench/merge_bench                  # 50 CĐCS workbooks of 200 (10,000), 3 of 300,000
//   build/bench/merge_bench 3 800000         # WORKBOOKS ROWS_EACH (repeatable pairs)
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <optional>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include "core/features/merge.hxx"
#include "core/rules/criteria_settings.hxx"
#include "core/features/sample.hxx"
#include "sangkien/launcher/office_calls.hxx"
#include "sangkien/launcher/office_session.hxx"
#include "sangkien/uno_common/command_arguments.hxx"
#include "result_cells.hxx"

using namespace sangkien;
using namespace com::sun::star;

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

void store_ods(const launcher::Document& document, const fs::path& file)
{
    document.store_to(launcher::file_url(file.string()), "calc8");
}

// `count` workbooks of `rows` initiatives each: a district sample cut into pieces, each stored as
// .ods by Calc (untimed), each also added to `merger` (for the plain job's cells). Returns the files.
std::vector<fs::path> make_sources(launcher::OfficeSession& office, std::size_t count, std::size_t rows, const fs::path& folder,
                                   core::WorkbookMerger* merger, core::WorkbookMerger& records)
{
    // One district sample cut into pieces while it fits a sheet; beyond, a sample per piece.
    const bool one_sample = count * rows <= core::kMaxSampleInitiatives;
    std::optional<core::SampleWorkbook> district;
    if (one_sample)
        district = core::generate_sample({count * rows, 2023, false});
    std::vector<fs::path> files;
    for (std::size_t k = 0; k < count; ++k)
    {
        std::optional<core::SampleWorkbook> own;
        if (!one_sample)
            own = core::generate_sample({rows, 2023 + k, false});
        const core::SampleWorkbook& sample = one_sample ? *district : *own;
        const core::Sheet& list = sample.input.sheets.front();
        const std::size_t first = one_sample ? k * rows : 0;
        core::SampleWorkbook piece;
        core::Sheet sheet{list.name, {list.rows.front()}};
        for (std::size_t r = 1 + first; r < 1 + first + rows && r < list.rows.size(); ++r)
            sheet.rows.push_back(list.rows[r]);
        piece.date_columns = sample.date_columns;
        own.reset(); // (`sample` and `list` are not used past here)
        piece.input.sheets.push_back(std::move(sheet));
        const fs::path flat = folder / ("nguon-" + std::to_string(k) + ".fods");
        {
            std::ofstream out(flat);
            core::write_fods(piece, out);
        }
        const fs::path file = folder / ("nguon-" + std::to_string(k) + ".ods");
        {
            const launcher::Document document(office.context(), launcher::file_url(flat.string()), true, true);
            store_ods(document, file);
        }
        fs::remove(flat);
        if (merger)
            merger->add(file.filename().string(), piece.input);
        records.add(file.filename().string(), piece.input);
        files.push_back(file);
    }
    return files;
}

// LibreOffice alone: open and close every source, then one new workbook with the merged cells
// stored as .ods.
double plain_job(launcher::OfficeSession& office, const std::vector<fs::path>& files, const std::vector<core::ResultSheet>& cells,
                 const fs::path& output)
{
    const auto start = Clock::now();
    for (const auto& file : files)
        const launcher::Document document(office.context(), launcher::file_url(file.string()), true, true);
    const launcher::Document target = launcher::Document::new_spreadsheet(office.context());
    const auto sheets = uno::Reference<sheet::XSpreadsheetDocument>(target.component(), uno::UNO_QUERY_THROW)->getSheets();
    sal_Int16 position = 0;
    for (const auto& result : cells)
    {
        const auto columns = static_cast<sal_Int32>(result.columns.size());
        const rtl::OUString name = to_ustring("plain " + std::to_string(position));
        sheets->insertNewByName(name, position++);
        const uno::Reference<sheet::XSpreadsheet> sheet(sheets->getByName(name), uno::UNO_QUERY_THROW);
        // In blocks of rows, as any sensible writer of a large sheet does (one setDataArray of a
        // whole sheet does not fit the office's memory).
        constexpr std::size_t kBlock = 65'536;
        for (std::size_t first = 0; first <= result.rows.size(); first += kBlock)
        {
            const auto data = bench::result_cells(result, first, kBlock);
            uno::Reference<sheet::XCellRangeData>(
                sheet->getCellRangeByPosition(0, static_cast<sal_Int32>(first), columns - 1,
                                              static_cast<sal_Int32>(first) + data.getLength() - 1),
                uno::UNO_QUERY_THROW)
                ->setDataArray(data);
        }
    }
    store_ods(target, output);
    return seconds_since(start);
}

uno_common::CommandArguments sources_argument(const std::vector<fs::path>& files)
{
    uno_common::CommandArguments arguments;
    for (const auto& file : files)
        arguments.sources.push_back(launcher::file_url(file.string()));
    return arguments;
}

double ours(launcher::OfficeSession& office, const std::vector<fs::path>& files, const fs::path& output)
{
    uno_common::CommandArguments arguments = sources_argument(files);
    arguments.output = launcher::file_url(output.string());
    arguments.overwrite = true;
    const launcher::Document frame = launcher::Document::new_spreadsheet(office.context());
    const auto start = Clock::now();
    const auto outcome = launcher::dispatch_command(
        frame, arguments.to_url("vn.sangkien:Merge"));
    const double seconds = seconds_since(start);
    if (!outcome.succeeded)
        throw std::runtime_error("merge failed: " + outcome.result);
    return seconds;
}

// `sangkien review A B C`'s office part: the sources read in turn and reviewed as one into a new
// document, stored as .ods.
double ours_review(launcher::OfficeSession& office, const std::vector<fs::path>& files, const fs::path& output)
{
    const launcher::Document frame = launcher::Document::new_spreadsheet(office.context());
    const auto start = Clock::now();
    const auto outcome =
        launcher::dispatch_command(frame, sources_argument(files).to_url("vn.sangkien:Review"));
    if (!outcome.succeeded)
        throw std::runtime_error("review failed: " + outcome.result);
    store_ods(frame, output);
    return seconds_since(start);
}

// The result sheets the review of the sources writes (KQ…, Nguồn gộp), from the core.
std::vector<core::ResultSheet> review_cells(core::MergedWorkbook& merged)
{
    const core::Workbook book = core::merged_workbook(merged);
    const core::Review review = core::review_workbook(book, core::resolve_criteria(book).criteria);
    auto sheets = core::result_sheets(book, review, core::summarise(book, review), core::Language::vietnamese);
    for (auto& sheet : merged.sheets)
        if (sheet.name == core::text(core::Language::vietnamese, "merge.sheet.sources"))
            sheets.push_back(std::move(sheet));
    return sheets;
}

// The office's peak resident memory so far (VmHWM), in MB.
long office_peak_mb(const launcher::OfficeSession& office)
{
    std::ifstream status("/proc/" + std::to_string(office.office_pid()) + "/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmHWM:", 0) == 0)
            return std::strtol(line.c_str() + 6, nullptr, 10) / 1024;
    return -1;
}

void print_line(const std::string& job, std::size_t count, std::size_t rows, double ours_seconds, double plain,
                const fs::path& our_file, const fs::path& plain_file, const launcher::OfficeSession& office)
{
    std::cout << std::fixed << std::setprecision(2) << std::left << std::setw(8) << job << std::setw(6) << count << std::setw(10)
              << rows << std::right << std::setw(10) << ours_seconds << " s" << std::setw(12) << plain << " s" << std::setw(9)
              << ours_seconds / plain << "×" << std::setw(10) << fs::file_size(our_file) / 1024 << " KB" << std::setw(10)
              << fs::file_size(plain_file) / 1024 << " KB" << std::setw(9) << office_peak_mb(office) << " MB" << std::endl;
}

void measure(launcher::OfficeSession& office, std::size_t count, std::size_t rows, const fs::path& folder)
{
    std::cerr << "making " << count << " workbooks of " << rows << " initiatives…" << std::endl;
    const fs::path sources = folder / ("sources-" + std::to_string(count) + "x" + std::to_string(rows));
    fs::create_directories(sources);
    // The merged cells and the review's result cells for the plain jobs, from the same sources
    // as the office reads them.
    const bool merge_fits = count * rows < core::kSheetRowLimit;
    std::optional<core::WorkbookMerger> merger;
    if (merge_fits)
        merger.emplace(core::MergeOptions{});
    core::MergeOptions records_options;
    records_options.records = true;
    core::WorkbookMerger records(records_options);
    const auto files = make_sources(office, count, rows, sources, merger ? &*merger : nullptr, records);

    if (merger)
    {
        const core::MergedWorkbook merged = merger->finish();
        std::cerr << "plain job…" << std::endl;
        double plain = plain_job(office, files, merged.sheets, folder / "plain.ods");
        std::cerr << "vn.sangkien:Merge…" << std::endl;
        const double merge = ours(office, files, folder / "gop.ods");
        std::cerr << "plain job again…" << std::endl;
        plain = std::min(plain, plain_job(office, files, merged.sheets, folder / "plain.ods"));
        print_line("merge", count, rows, merge, plain, folder / "gop.ods", folder / "plain.ods", office);
    }
    merger.reset();

    {
        core::MergedWorkbook merged = records.finish();
        const auto cells = review_cells(merged);
        std::cerr << "plain job (result cells)…" << std::endl;
        double plain = plain_job(office, files, cells, folder / "plain-kq.ods");
        std::cerr << "vn.sangkien:Review?sources=…" << std::endl;
        const double review = ours_review(office, files, folder / "KetQuaXet.ods");
        std::cerr << "plain job again…" << std::endl;
        plain = std::min(plain, plain_job(office, files, cells, folder / "plain-kq.ods"));
        print_line("review", count, rows, review, plain, folder / "KetQuaXet.ods", folder / "plain-kq.ods", office);
    }
    fs::remove_all(sources);
}

} // namespace

int main(int argc, char** argv)
{
    try
    {
        std::vector<std::pair<std::size_t, std::size_t>> runs;
        for (int i = 1; i + 1 < argc; i += 2)
            runs.emplace_back(std::strtoull(argv[i], nullptr, 10), std::strtoull(argv[i + 1], nullptr, 10));
        if (runs.empty())
            runs = {{50, 200}, {3, 300'000}};
        launcher::PrivateOffice started({{}, {SANGKIEN_OXT}, {}, {}});
        launcher::OfficeSession& office = started.session();
        const auto folder = fs::temp_directory_path() / ("sangkien-merge-bench-" + std::to_string(getpid()));
        fs::create_directories(folder);
        std::cout << "merge_bench: vn.sangkien:Merge (merge) and Review?sources= (review) against LibreOffice loading the "
                     "same workbooks and storing one workbook of the same cells, same run\n"
                  << std::left << std::setw(8) << "job" << std::setw(6) << "files" << std::setw(10) << "rows each" << std::right << std::setw(12)
                  << "ours" << std::setw(14) << "plain job" << std::setw(10) << "ratio" << std::setw(13) << "merged"
                  << std::setw(13) << "plain" << std::setw(12) << "office peak" << std::endl;
        for (const auto& [count, rows] : runs)
            measure(office, count, rows, folder);
        fs::remove_all(folder);
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
