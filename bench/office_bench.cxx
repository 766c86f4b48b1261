// Calc with the extension on a large sheet, every figure from the same run (automatic calculation
// off, one calculate() of each new block of formulas):
//  - a column of SK.XETCANHAN, the same column calling a do-nothing add-in with the same arguments
//    (NOOP.*, bench/noop_addin: what Calc itself spends on an add-in call), and the same test
//    written with native IF/AND;
//  - SK.DEMHOPLE / SK.TONGGIATRI per CĐCS, their NOOP twins, COUNTIFS / SUMIFS;
//  - SK.TONGHOPCDCS (the whole per-CĐCS table in one array formula), its NOOP twin, and the three
//    native columns it replaces (COUNTIF, COUNTIFS, SUMIFS).
// Each figure is the best of 3 runs. It also checks that ours and the native formulas agree, so the
// figures compare equal work.
//
//   build/bench/office_bench            # 100,000 initiative rows, 100 CĐCS
//   SANGKIEN_BENCH_ROWS=20000 build/bench/office_bench
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iomanip>
#include <iostream>
#include <set>
#include <vector>

#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/FillDirection.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellSeries.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include "core/features/sample.hxx"
#include "sangkien/launcher/office_calls.hxx"
#include "sangkien/launcher/office_session.hxx"
#include "sangkien/uno_common/cell_any.hxx"

using namespace sangkien;
using namespace com::sun::star;

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::size_t rows_wanted()
{
    const char* env = std::getenv("SANGKIEN_BENCH_ROWS");
    return env ? std::strtoull(env, nullptr, 10) : 100'000;
}

std::string with_row(std::string pattern, std::size_t row)
{
    for (std::size_t at; (at = pattern.find("{r}")) != std::string::npos;)
        pattern.replace(at, 3, std::to_string(row));
    return pattern;
}

// Puts `pattern` ({r} = row) in the first cell of `column` and fills it down to row n, as a user
// drags the fill handle (Calc then shares one compiled formula over the column; setting 100,000
// formulas one by one through setFormulaArray takes Calc minutes of listener bookkeeping).
void fill_column(const uno::Reference<sheet::XSpreadsheet>& sheet, const std::string& column, std::size_t n,
                 const std::string& pattern)
{
    std::cerr << "  filling " << n << " formulas in column " << column << "…" << std::endl;
    const auto cells = uno::Reference<table::XCellRange>(sheet, uno::UNO_QUERY_THROW);
    cells->getCellByPosition(0, 0); // (sheet ready)
    uno::Reference<table::XCell>(cells->getCellRangeByName(to_ustring(column + "1"))->getCellByPosition(0, 0))
        ->setFormula(to_ustring(with_row(pattern, 1)));
    if (n > 1)
        uno::Reference<sheet::XCellSeries>(cells->getCellRangeByName(to_ustring(column + "1:" + column + std::to_string(n))),
                                           uno::UNO_QUERY_THROW)
            ->fillAuto(sheet::FillDirection_TO_BOTTOM, 1);
}

// Each timing is the best of this many runs (the machine's noise only ever adds time).
constexpr int kRuns = 3;

void clear(const uno::Reference<sheet::XSpreadsheet>& sheet, const std::string& range)
{
    uno::Reference<sheet::XSheetOperation>(
        uno::Reference<table::XCellRange>(sheet, uno::UNO_QUERY_THROW)->getCellRangeByName(to_ustring(range)),
        uno::UNO_QUERY_THROW)
        ->clearContents(sheet::CellFlags::VALUE | sheet::CellFlags::STRING | sheet::CellFlags::FORMULA);
}

// Fills a column of formulas and returns the time of the recalculation that computes them
// (calculate() computes the dirty cells only: the new column, not the earlier ones).
double time_column(const uno::Reference<sheet::XSpreadsheet>& sheet, const uno::Reference<sheet::XCalculatable>& calc,
                   const std::string& column, std::size_t n, const std::string& pattern)
{
    double best = 1e300;
    for (int run = 0; run < kRuns; ++run)
    {
        if (run > 0)
            clear(sheet, column + "1:" + column + std::to_string(n));
        fill_column(sheet, column, n, pattern);
        const auto start = Clock::now();
        calc->calculate();
        best = std::min(best, seconds_since(start));
    }
    return best;
}

// Several columns of formulas set together and computed by one recalculation.
double time_columns(const uno::Reference<sheet::XSpreadsheet>& sheet, const uno::Reference<sheet::XCalculatable>& calc,
                    const std::vector<std::pair<std::string, std::string>>& columns, std::size_t n)
{
    double best = 1e300;
    for (int run = 0; run < kRuns; ++run)
    {
        for (const auto& [column, pattern] : columns)
        {
            if (run > 0)
                clear(sheet, column + "1:" + column + std::to_string(n));
            fill_column(sheet, column, n, pattern);
        }
        const auto start = Clock::now();
        calc->calculate();
        best = std::min(best, seconds_since(start));
    }
    return best;
}

// An array formula over `range`, computed by one recalculation.
double time_array(const uno::Reference<sheet::XSpreadsheet>& sheet, const uno::Reference<sheet::XCalculatable>& calc,
                  const std::string& range, const std::string& formula)
{
    double best = 1e300;
    for (int run = 0; run < kRuns; ++run)
    {
        if (run > 0)
            clear(sheet, range);
        launcher::set_array_formula(sheet, range, formula);
        const auto start = Clock::now();
        calc->calculate();
        best = std::min(best, seconds_since(start));
    }
    return best;
}

// The numbers of a column (rows 1..n), for checking that two ways agree.
std::vector<double> numbers(const uno::Reference<sheet::XSpreadsheet>& sheet, const std::string& column, std::size_t n)
{
    const auto range = uno::Reference<table::XCellRange>(sheet, uno::UNO_QUERY_THROW)
                           ->getCellRangeByName(to_ustring(column + "1:" + column + std::to_string(n)));
    std::vector<double> values;
    for (const auto& row : uno::Reference<sheet::XCellRangeData>(range, uno::UNO_QUERY_THROW)->getDataArray())
    {
        double value = -1;
        row[0] >>= value;
        values.push_back(value);
    }
    return values;
}

// How many rows of two verdict columns agree ("Đạt…" against "Đạt", "Không đạt…" against "Không đạt").
std::size_t agreeing_verdicts(const uno::Reference<sheet::XSpreadsheet>& sheet, const std::string& ours,
                              const std::string& native, std::size_t n)
{
    const auto read = [&](const std::string& column) {
        const auto range = uno::Reference<table::XCellRange>(sheet, uno::UNO_QUERY_THROW)
                               ->getCellRangeByName(to_ustring(column + "1:" + column + std::to_string(n)));
        return uno::Reference<sheet::XCellRangeData>(range, uno::UNO_QUERY_THROW)->getDataArray();
    };
    const auto a = read(ours), b = read(native);
    std::size_t agree = 0;
    for (sal_Int32 r = 0; r < a.getLength(); ++r)
    {
        rtl::OUString x, y;
        a[r][0] >>= x;
        b[r][0] >>= y;
        if (x.startsWith(y) && (y.getLength() == x.getLength() || x[y.getLength()] == ':'))
            ++agree;
    }
    return agree;
}

void print_row(const std::string& label, double seconds, double noop, double native)
{
    std::cout << std::left << std::setw(44) << label << std::right << std::fixed << std::setprecision(3) << std::setw(8)
              << seconds << " s";
    if (noop > 0)
        std::cout << "   ×" << std::setprecision(2) << seconds / noop << " do-nothing";
    if (native > 0)
        std::cout << "   ×" << std::setprecision(2) << seconds / native << " native";
    std::cout << "\n";
}

} // namespace

int main()
{
    try
    {
        const std::size_t n = rows_wanted();
        const auto sample = core::generate_sample({n, 2023, false});
        const auto& rows = sample.input.sheets[0].rows; // row 0 is the heading row
        std::set<std::string> unit_names;
        for (std::size_t r = 1; r < rows.size() && unit_names.size() < 100; ++r)
            unit_names.insert(std::get<std::string>(rows[r][5]));

        launcher::PrivateOffice started({{}, {SANGKIEN_OXT, SANGKIEN_NOOP_OXT}, {}, {}});
        launcher::OfficeSession& office = started.session();
        const auto document = launcher::Document::new_spreadsheet(office.context());
        const auto sheet = document.sheet(0);
        const uno::Reference<sheet::XCalculatable> calc(document.component(), uno::UNO_QUERY_THROW);
        calc->enableAutomaticCalculation(false);

        // Columns A..I: status, updated, rec no, rec date, val no, val date, value, social, unit.
        const int source[] = {11, 10, 14, 15, 16, 17, 12, 13, 5};
        uno::Sequence<uno::Sequence<uno::Any>> data(static_cast<sal_Int32>(n));
        for (std::size_t r = 0; r < n; ++r)
        {
            uno::Sequence<uno::Any> row(9);
            for (int c = 0; c < 9; ++c)
                row[c] = any_from_cell(rows[r + 1][static_cast<std::size_t>(source[c])]);
            data[static_cast<sal_Int32>(r)] = row;
        }
        auto start = Clock::now();
        const auto range = uno::Reference<table::XCellRange>(sheet, uno::UNO_QUERY_THROW)
                               ->getCellRangeByName(to_ustring("A1:I" + std::to_string(n)));
        uno::Reference<sheet::XCellRangeData>(range, uno::UNO_QUERY_THROW)->setDataArray(data);
        const double write = seconds_since(start);

        // One verdict per initiative.
        const std::string args = "A{r};B{r};C{r};D{r};E{r};F{r};G{r};H{r}";
        const double verdict_ours = time_column(sheet, calc, "K", n, "=SK.XETCANHAN(" + args + ")");
        const double verdict_noop = time_column(sheet, calc, "L", n, "=NOOP.XETCANHAN(" + args + ")");
        const double verdict_native = time_column(
            sheet, calc, "M", n,
            "=IF(AND(A{r}=\"Hợp lệ\";B{r}<=DATE(2023;8;31);C{r}<>\"\";D{r}>=DATE(2021;9;1);D{r}<=DATE(2023;8;31);"
            "E{r}<>\"\";F{r}>=DATE(2021;9;1);F{r}<=DATE(2023;8;31);OR(G{r}>=500000000;H{r}=\"Có\"));\"Đạt\";\"Không đạt\")");
        const std::size_t verdicts_agree = agreeing_verdicts(sheet, "K", "M", n);

        // Per CĐCS: names in column O, then the per-unit columns.
        const std::size_t units = unit_names.size();
        std::size_t u = 0;
        for (const auto& name : unit_names)
            launcher::set_text(sheet, "O" + std::to_string(++u), name);
        const std::string rows_end = std::to_string(n);
        const std::string unit_col = "$I$1:$I$" + rows_end, status_col = "$A$1:$A$" + rows_end,
                          value_col = "$G$1:$G$" + rows_end;
        const double count_ours = time_column(sheet, calc, "P", units, "=SK.DEMHOPLE(" + unit_col + ";O{r};" + status_col + ")");
        const double count_noop = time_column(sheet, calc, "Q", units, "=NOOP.DEMHOPLE(" + unit_col + ";O{r};" + status_col + ")");
        const double count_native =
            time_column(sheet, calc, "R", units, "=COUNTIFS(" + unit_col + ";O{r};" + status_col + ";\"Hợp lệ\")");
        const double sum_ours = time_column(sheet, calc, "S", units, "=SK.TONGGIATRI(" + unit_col + ";O{r};" + value_col + ")");
        const double sum_noop = time_column(sheet, calc, "T", units, "=NOOP.TONGGIATRI(" + unit_col + ";O{r};" + value_col + ")");
        const double sum_native = time_column(sheet, calc, "U", units, "=SUMIFS(" + value_col + ";" + unit_col + ";O{r})");

        // The whole table in one call, against the three native columns it replaces.
        const std::string list = "O1:O" + std::to_string(units), table_args = "(" + list + ";" + unit_col + ";" + status_col
                                                                                + ";" + value_col + ")";
        const double table_ours = time_array(sheet, calc, "W1:Y" + std::to_string(units), "=SK.TONGHOPCDCS" + table_args);
        const double table_noop = time_array(sheet, calc, "AA1:AC" + std::to_string(units), "=NOOP.TONGHOPCDCS" + table_args);
        const double table_native = time_columns(sheet, calc,
                                                 {{"AE", "=COUNTIF(" + unit_col + ";O{r})"},
                                                  {"AF", "=COUNTIFS(" + unit_col + ";O{r};" + status_col + ";\"Hợp lệ\")"},
                                                  {"AG", "=SUMIFS(" + value_col + ";" + unit_col + ";O{r})"}},
                                                 units);
        // Ours against native, column by column; the first differences are shown.
        const auto agree = [&](const std::string& ours, const std::string& native) {
            const auto a = numbers(sheet, ours, units), b = numbers(sheet, native, units);
            int shown = 0;
            for (std::size_t r = 0; r < units; ++r)
                if (a[r] != b[r] && shown++ < 3)
                    std::cerr << "  " << ours << r + 1 << " = " << std::setprecision(15) << a[r] << " but " << native
                              << r + 1 << " = " << b[r] << " (" << launcher::read_cell(sheet, "O" + std::to_string(r + 1)).text
                              << ")\n";
            return shown == 0;
        };
        const bool counts_agree = agree("P", "R") & agree("X", "AF") & agree("W", "AE");
        const bool sums_agree = agree("S", "U") & agree("Y", "AG");

        std::cout << "office_bench: " << n << " initiative rows, " << units << " CĐCS\n";
        print_row("setDataArray of the data (9 columns)", write, 0, 0);
        std::cout << "-- one formula per initiative --\n";
        print_row("SK.XETCANHAN column", verdict_ours, verdict_noop, verdict_native);
        print_row("NOOP.XETCANHAN column (do-nothing add-in)", verdict_noop, 0, verdict_native);
        print_row("IF/AND column (native)", verdict_native, 0, 0);
        std::cout << "   verdicts agreeing with IF/AND: " << verdicts_agree << " of " << n << "\n";
        std::cout << "-- one formula per CĐCS --\n";
        print_row("SK.DEMHOPLE", count_ours, count_noop, count_native);
        print_row("NOOP.DEMHOPLE (do-nothing add-in)", count_noop, 0, count_native);
        print_row("COUNTIFS (native)", count_native, 0, 0);
        print_row("SK.TONGGIATRI", sum_ours, sum_noop, sum_native);
        print_row("NOOP.TONGGIATRI (do-nothing add-in)", sum_noop, 0, sum_native);
        print_row("SUMIFS (native)", sum_native, 0, 0);
        std::cout << "-- the whole per-CĐCS table (3 columns) --\n";
        print_row("SK.TONGHOPCDCS, one array formula", table_ours, table_noop, table_native);
        print_row("NOOP.TONGHOPCDCS (do-nothing add-in)", table_noop, 0, table_native);
        print_row("COUNTIF + COUNTIFS + SUMIFS columns", table_native, 0, 0);
        std::cout << "   counts equal to COUNTIF(S): " << (counts_agree ? "yes" : "NO")
                  << ", totals equal to SUMIFS: " << (sums_agree ? "yes" : "NO") << "\n";
        return counts_agree && sums_agree ? 0 : 2;
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
