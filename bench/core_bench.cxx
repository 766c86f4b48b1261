// The core on a whole sheet: 1,048,575 initiative rows (Calc's limit) read from cells into
// records, judged, and summarised — with a baseline measured in the same run (one plain pass over
// the same records) so that the figures can be compared across machines; then the core's peak
// memory for a whole sheet, measured in a child process.
//
//   build/bench/core_bench                       # 1,048,575 rows
//   SANGKIEN_BENCH_ROWS=100000 build/bench/core_bench
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <iomanip>
#include <iostream>
#include <map>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sangkien/core/aggregate.hxx"
#include "sangkien/core/functions.hxx"
#include "sangkien/core/sample.hxx"

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
    const Criteria criteria = criteria_from_settings(book, {});
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

long peak_mb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// The core's peak memory on a whole sheet, in a child process of its own (nothing else of this
// benchmark in it): the sheet's cells alone (what the office adapter hands over), then reading
// them into records.
void print_memory_peak()
{
    const pid_t child = fork();
    if (child == 0)
    {
        const long before = peak_mb();
        const WorkbookInput input = generate_sample({rows(), 2023, false}).input;
        const long cells = peak_mb();
        const Workbook book = read_workbook(input);
        std::cout << "memory, " << book.initiatives.size() << " rows: process before " << before << " MB; with the sheet's cells "
                  << cells << " MB; peak reading them into records " << peak_mb() << " MB (records and cells together)"
                  << std::endl;
        std::_Exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
}

} // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    print_memory_peak(); // first, while this process holds nothing large
    std::cerr << "Preparing " << rows() << " rows…" << std::endl;
    records();
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
