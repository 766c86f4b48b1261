// The core on a whole sheet: 1,048,575 initiative rows (Calc's limit) read from cells into
// records, judged, and summarised — with a baseline measured in the same run (one plain pass over
// the same records) so that the figures can be compared across machines; then the core's peak
// memory for a whole sheet, measured in a child process.
//
//   build/bench/core_bench                       # 1,048,575 rows
//   SANGKIEN_BENCH_ROWS=100000 build/bench/core_bench
//   SANGKIEN_BENCH_SOURCES=3 SANGKIEN_BENCH_SOURCE_ROWS=800000 build/bench/core_bench
//       # also the peak of reviewing 3 workbooks of 800,000 rows as one (the national total):
//       # each read in blocks into the merge's records, then reviewed and summarised
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>

#include <sys/wait.h>
#include <unistd.h>

#include "core/rules/aggregate.hxx"
#include "core/rules/criteria_settings.hxx"
#include "core/rules/functions.hxx"
#include "core/features/merge.hxx"
#include "core/features/sample.hxx"

using namespace sangkien::core;

namespace {

std::size_t rows()
{
    if (const char* env = std::getenv("SANGKIEN_BENCH_ROWS"))
        return std::strtoull(env, nullptr, 10);
    return 1'048'575;
}

// The records: a clean sheet of rows() initiatives (one heading row, so 1,048,575 fit).
const Workbook& records()
{
    static const Workbook book = read_workbook(generate_sample({rows(), 2023, false}).input);
    return book;
}

// Reading is measured on the messy layout (text amounts and dates, variants, legacy text), with
// as many rows as such a sheet can hold.
const SampleWorkbook& messy_sample()
{
    static const SampleWorkbook workbook =
        generate_sample({std::min(rows(), max_sample_initiatives(true)), 2023, true});
    return workbook;
}

void set_rows(benchmark::State& state)
{
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * records().initiatives.size()));
    state.counters["rows"] = static_cast<double>(records().initiatives.size());
}

// Baseline: touch every record once (the cost of merely walking the data).
void Baseline_PassOverRecords(benchmark::State& state)
{
    const Workbook& book = records();
    for (auto _ : state)
    {
        std::int64_t sum = 0;
        for (const auto& initiative : book.initiatives)
            sum += initiative.value.dong + static_cast<int>(initiative.status) + initiative.unit_key.size();
        benchmark::DoNotOptimize(sum);
    }
    set_rows(state);
}

void Core_ReviewAndSummarise(benchmark::State& state)
{
    const Workbook& book = records();
    const Criteria criteria = resolve_criteria(book).criteria;
    for (auto _ : state)
    {
        const Review review = review_workbook(book, criteria);
        const Summary summary = summarise(book, review);
        benchmark::DoNotOptimize(summary.total.value);
    }
    set_rows(state);
}

void Core_ReadCellsIntoRecords(benchmark::State& state)
{
    const WorkbookInput& input = messy_sample().input;
    for (auto _ : state)
    {
        const Workbook book = read_workbook(input);
        benchmark::DoNotOptimize(book.initiatives.size());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * messy_sample().input.sheets[0].rows.size()));
}

// What SK.XETCANHAN costs inside the add-in, per call, on the clean sample's cells (the office
// benchmark's column), without Calc's part.
void Core_XetCaNhanPerCall(benchmark::State& state)
{
    const auto sample = generate_sample({20'000, 2023, false});
    const auto& rows = sample.input.sheets[0].rows;
    const auto at = [&](std::size_t r, std::size_t c) { return c < rows[r].size() ? rows[r][c] : Cell{}; };
    std::vector<IndividualArguments> calls;
    for (std::size_t r = 1; r < rows.size(); ++r)
        calls.push_back({at(r, 11), at(r, 10), at(r, 14), at(r, 15), at(r, 16), at(r, 17), at(r, 12), at(r, 13)});
    const Criteria criteria;
    for (auto _ : state)
        for (const auto& call : calls)
            benchmark::DoNotOptimize(fn_xet_ca_nhan(call, criteria, Language::vietnamese).value);
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * calls.size()));
}

BENCHMARK(Core_XetCaNhanPerCall)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(Baseline_PassOverRecords)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(Core_ReviewAndSummarise)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(Core_ReadCellsIntoRecords)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

// Keeps each benchmark's time to print the ratios at the end.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run>& runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const auto& run : runs)
            seconds_[run.run_name.function_name] = run.GetAdjustedRealTime() / 1000.0;
    }
    void Finalize() override
    {
        ConsoleReporter::Finalize();
        const double n = static_cast<double>(records().initiatives.size());
        const double baseline = seconds_["Baseline_PassOverRecords"];
        std::cout << "\nrows: " << static_cast<long>(n) << " (reading: " << messy_sample().input.sheets[0].rows.size()
                  << " messy sheet rows)\n";
        for (const auto& [name, s] : seconds_)
            std::cout << std::left << std::setw(28) << name << std::right << std::fixed << std::setprecision(3)
                      << std::setw(9) << s << " s  " << std::setprecision(0) << std::setw(12) << n / s << " rows/s  "
                      << std::setprecision(1) << std::setw(8) << (baseline > 0 ? s / baseline : 0.0)
                      << "× baseline\n";
    }

private:
    std::map<std::string, double> seconds_;
};

// The process's peak resident memory so far, in MB (VmHWM).
long peak_mb()
{
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmHWM:", 0) == 0)
            return std::strtol(line.c_str() + 6, nullptr, 10) / 1024;
    return 0;
}

// Runs `work` in a child process of its own (nothing else of this benchmark in its memory).
template <class Work>
void in_child(Work&& work)
{
    const pid_t child = fork();
    if (child == 0)
    {
        work();
        std::cout.flush();
        std::_Exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
}

// The sheets' cells on disk, as the office holds them: read back one block at a time, as the
// office adapter does (a getDataArray per block), so that what is measured is the reader's own
// memory, not the cells' source.
void write_cells(const WorkbookInput& input, const std::string& path)
{
    std::ofstream out(path, std::ios::binary);
    const auto put = [&out](auto value) { out.write(reinterpret_cast<const char*>(&value), sizeof value); };
    const auto put_text = [&](const std::string& text) {
        put(static_cast<std::uint32_t>(text.size()));
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
    };
    put(static_cast<std::uint32_t>(input.sheets.size()));
    for (const Sheet& sheet : input.sheets)
    {
        put_text(sheet.name);
        put(static_cast<std::uint64_t>(sheet.rows.size()));
        for (const Row& row : sheet.rows)
        {
            put(static_cast<std::uint32_t>(row.size()));
            for (const Cell& cell : row)
            {
                put(static_cast<std::uint8_t>(cell.index()));
                if (const auto* number = std::get_if<double>(&cell))
                    put(*number);
                else if (const auto* text = std::get_if<std::string>(&cell))
                    put_text(*text);
                else if (const auto* error = std::get_if<CellError>(&cell))
                    put_text(error->shown);
            }
        }
    }
}

class RowsOnDisk final : public SheetRows
{
public:
    RowsOnDisk(const std::string& path, std::streamoff start, std::size_t rows)
        : in_(path, std::ios::binary), start_(start), size_(rows)
    {
        in_.seekg(start_);
    }
    std::size_t size() const override { return size_; }
    std::span<const Row> block(std::size_t first, std::size_t count) override
    {
        if (first < next_) // only the head is read again: start over
        {
            in_.clear();
            in_.seekg(start_);
            next_ = 0;
        }
        block_.clear();
        while (next_ < first + count && next_ < size_)
        {
            Row row = read_row();
            if (next_++ >= first)
                block_.push_back(std::move(row));
        }
        return block_;
    }
    // Skips the rows to the end of the sheet; returns where the next sheet starts.
    std::streamoff end()
    {
        block(size_, 0);
        return in_.tellg();
    }

private:
    template <class T>
    T get()
    {
        T value{};
        in_.read(reinterpret_cast<char*>(&value), sizeof value);
        return value;
    }
    Row read_row()
    {
        Row row(get<std::uint32_t>());
        for (Cell& cell : row)
        {
            const auto kind = get<std::uint8_t>();
            if (kind == 1)
                cell = get<double>();
            else if (kind == 2 || kind == 3)
            {
                std::string text(get<std::uint32_t>(), '\0');
                in_.read(text.data(), static_cast<std::streamsize>(text.size()));
                cell = kind == 2 ? Cell(std::move(text)) : Cell(CellError{std::move(text)});
            }
        }
        return row;
    }

    std::ifstream in_;
    std::streamoff start_ = 0;
    std::size_t size_ = 0;
    std::size_t next_ = 0;
    std::vector<Row> block_;
};

WorkbookSource source_on_disk(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    const auto get32 = [&in] { std::uint32_t v = 0; in.read(reinterpret_cast<char*>(&v), sizeof v); return v; };
    WorkbookSource source;
    const std::uint32_t sheets = get32();
    std::streamoff at = in.tellg();
    for (std::uint32_t i = 0; i < sheets; ++i)
    {
        in.seekg(at);
        std::string name(get32(), '\0');
        in.read(name.data(), static_cast<std::streamsize>(name.size()));
        std::uint64_t rows = 0;
        in.read(reinterpret_cast<char*>(&rows), sizeof rows);
        auto on_disk = std::make_shared<RowsOnDisk>(path, in.tellg(), rows);
        source.sheets.push_back(SheetSource{head_of(name, *on_disk), on_disk});
        at = on_disk->end();
    }
    return source;
}

// The core's peak memory on a whole sheet, each figure in a child process of its own: the
// sheet's cells all in memory (what a caller holding the whole sheet pays), reading them into
// records from there, and reading the records from blocks of rows (what the office adapter does).
void print_memory_peak()
{
    const std::string path = "/tmp/sangkien-core-bench-" + std::to_string(getpid()) + ".cells";
    in_child([&] { write_cells(generate_sample({rows(), 2023, false}).input, path); });
    in_child([&] {
        const long before = peak_mb();
        const WorkbookInput input = generate_sample({rows(), 2023, false}).input;
        const long cells = peak_mb();
        const Workbook book = read_workbook(input);
        std::cout << "memory, " << book.initiatives.size() << " rows, whole sheet in memory: process before " << before
                  << " MB; with the sheet's cells " << cells << " MB; peak reading them into records " << peak_mb()
                  << " MB" << std::endl;
    });
    in_child([&] {
        const long before = peak_mb();
        const Workbook book = read_workbook(source_on_disk(path));
        std::cout << "memory, " << book.initiatives.size() << " rows, read in blocks of " << kBlockRows
                  << " rows: process before " << before << " MB; peak " << peak_mb() << " MB (the core's peak: records and one block)"
                  << std::endl;
    });
    std::remove(path.c_str());
}

// The peak of reviewing several workbooks as one (`sangkien review A B C`): each source read in
// blocks into the merge's records (MergeOptions::records), then joined, reviewed and summarised.
void print_sources_memory_peak()
{
    const char* sources_env = std::getenv("SANGKIEN_BENCH_SOURCES");
    if (!sources_env)
        return;
    const std::size_t sources = std::strtoull(sources_env, nullptr, 10);
    const char* rows_env = std::getenv("SANGKIEN_BENCH_SOURCE_ROWS");
    const std::size_t source_rows = rows_env ? std::strtoull(rows_env, nullptr, 10) : 800'000;
    std::vector<std::string> paths;
    for (std::size_t i = 0; i < sources; ++i)
    {
        paths.push_back("/tmp/sangkien-core-bench-" + std::to_string(getpid()) + "-" + std::to_string(i) + ".cells");
        in_child([&] {
            WorkbookInput input = generate_sample({source_rows, static_cast<std::uint64_t>(2023 + i), false}).input;
            // Each district its own codes (the sample numbers them alike): no repeats across files.
            for (Sheet& sheet : input.sheets)
                for (Row& row : sheet.rows)
                    if (row.size() > 1 && std::holds_alternative<std::string>(row[1])
                        && std::get<std::string>(row[1]).rfind("SK", 0) == 0)
                        row[1] = Cell("H" + std::to_string(i + 1) + "-" + std::get<std::string>(row[1]));
            write_cells(input, paths.back());
        });
    }
    in_child([&] {
        const long before = peak_mb();
        MergeOptions options;
        options.records = true;
        WorkbookMerger merger(options);
        for (std::size_t i = 0; i < paths.size(); ++i)
            merger.add("huyen-" + std::to_string(i + 1) + ".ods", source_on_disk(paths[i]));
        MergedWorkbook merged = merger.finish();
        const long merged_peak = peak_mb();
        const Workbook book = merged_workbook(merged);
        const Review review = review_workbook(book, resolve_criteria(book).criteria);
        const Summary summary = summarise(book, review);
        std::cout << "memory, " << sources << " workbooks of " << source_rows << " rows (" << book.initiatives.size()
                  << " initiatives, " << summary.total.valid << " valid) reviewed as one: process before " << before
                  << " MB; peak reading them into records " << merged_peak << " MB; peak with the review " << peak_mb() << " MB ("
                  << (peak_mb() - before) * 1024 * 1024 / std::max<std::size_t>(book.initiatives.size(), 1) << " B per initiative)"
                  << std::endl;
    });
    for (const auto& path : paths)
        std::remove(path.c_str());
}

} // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    print_memory_peak(); // first, while this process holds nothing large
    print_sources_memory_peak();
    std::cerr << "Preparing " << rows() << " rows…" << std::endl;
    records();
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
