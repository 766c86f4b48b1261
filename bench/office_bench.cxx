// Calc with the extension on a large sheet: a column of SK.XETCANHAN next to the same test written
// with native IF/AND, and SK.DEMHOPLE / SK.TONGGIATRI per CĐCS next to COUNTIFS / SUMIFS, timed in
// the same run (automatic calculation off, one calculate() of the new column each).
//
//   build/bench/office_bench            # 100,000 initiative rows, 100 CĐCS formulas
//   SANGKIEN_BENCH_ROWS=20000 build/bench/office_bench
#include <chrono>
#include <cstdlib>
#include <iomanip>
#include <iostream>
#include <set>

#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include "sangkien/core/sample.hxx"
#include "sangkien/launcher/office_calls.hxx"
#include "sangkien/launcher/office_session.hxx"

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

uno::Any any_of(const core::Cell& cell)
{
    if (const auto* number = std::get_if<double>(&cell))
        return uno::Any(*number);
    if (const auto* text = std::get_if<std::string>(&cell))
        return uno::Any(launcher::ustr(*text));
    return uno::Any(rtl::OUString());
}

// Sets one formula per row in `column` (rows 1..n, {r} replaced by the row number) and returns the
// time of the recalculation that computes them.
double time_column(const uno::Reference<sheet::XSpreadsheet>& sheet, const uno::Reference<sheet::XCalculatable>& calc,
                   const std::string& column, std::size_t n, const std::string& pattern)
{
    uno::Sequence<uno::Sequence<rtl::OUString>> formulas(static_cast<sal_Int32>(n));
    for (std::size_t r = 0; r < n; ++r)
    {
        std::string formula = pattern;
        for (std::size_t at; (at = formula.find("{r}")) != std::string::npos;)
            formula.replace(at, 3, std::to_string(r + 1));
        formulas[static_cast<sal_Int32>(r)] = uno::Sequence<rtl::OUString>(1);
        formulas[static_cast<sal_Int32>(r)][0] = launcher::ustr(formula);
    }
    const auto range = uno::Reference<table::XCellRange>(sheet, uno::UNO_QUERY_THROW)
                           ->getCellRangeByName(launcher::ustr(column + "1:" + column + std::to_string(n)));
    uno::Reference<sheet::XCellRangeFormula>(range, uno::UNO_QUERY_THROW)->setFormulaArray(formulas);
    // calculate() computes the dirty cells only: the column just set, not the earlier ones.
    const auto start = Clock::now();
    calc->calculate();
    return seconds_since(start);
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

        const auto program_dir = launcher::find_office_program_dir(std::nullopt);
        const launcher::UnoRuntime runtime(program_dir);
        launcher::OfficeOptions options;
        options.program_dir = program_dir;
        launcher::OfficeSession office(runtime, options);
        office.install_extension(SANGKIEN_OXT);
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
                row[c] = any_of(rows[r + 1][static_cast<std::size_t>(source[c])]);
            data[static_cast<sal_Int32>(r)] = row;
        }
        auto start = Clock::now();
        const auto range = uno::Reference<table::XCellRange>(sheet, uno::UNO_QUERY_THROW)
                               ->getCellRangeByName(launcher::ustr("A1:I" + std::to_string(n)));
        uno::Reference<sheet::XCellRangeData>(range, uno::UNO_QUERY_THROW)->setDataArray(data);
        const double write = seconds_since(start);

        const double ours = time_column(sheet, calc, "K", n, "=SK.XETCANHAN(A{r};B{r};C{r};D{r};E{r};F{r};G{r};H{r})");
        const double native = time_column(
            sheet, calc, "L", n,
            "=IF(AND(A{r}=\"Hợp lệ\";B{r}<=DATE(2023;8;31);C{r}<>\"\";D{r}>=DATE(2021;9;1);D{r}<=DATE(2023;8;31);"
            "E{r}<>\"\";F{r}>=DATE(2021;9;1);F{r}<=DATE(2023;8;31);OR(G{r}>=500000000;H{r}=\"Có\"));\"Đạt\";\"Không đạt\")");

        // Per CĐCS: names in column N, then the four counting columns.
        const std::size_t units = unit_names.size();
        std::size_t u = 0;
        for (const auto& name : unit_names)
            launcher::set_text(sheet, "N" + std::to_string(++u), name);
        const std::string units_range = "$I$1:$I$" + std::to_string(n), status_range = "$A$1:$A$" + std::to_string(n),
                          value_range = "$G$1:$G$" + std::to_string(n);
        const double count_ours = time_column(sheet, calc, "O", units,
                                              "=SK.DEMHOPLE(" + units_range + ";N{r};" + status_range + ")");
        const double count_native = time_column(sheet, calc, "P", units,
                                                "=COUNTIFS(" + units_range + ";N{r};" + status_range + ";\"Hợp lệ\")");
        const double sum_ours =
            time_column(sheet, calc, "Q", units, "=SK.TONGGIATRI(" + units_range + ";N{r};" + value_range + ")");
        const double sum_native = time_column(sheet, calc, "R", units,
                                              "=SUMIFS(" + value_range + ";" + units_range + ";N{r})");

        std::cout << std::fixed << std::setprecision(3) << "rows: " << n << ", CĐCS formulas: " << units << "\n"
                  << "setDataArray of the data (9 columns):   " << write << " s\n"
                  << "recalc, SK.XETCANHAN column:            " << ours << " s\n"
                  << "recalc, native IF/AND column:           " << native << " s   (ours ×" << std::setprecision(1)
                  << ours / native << ")\n"
                  << std::setprecision(3) << "recalc, SK.DEMHOPLE per CĐCS:           " << count_ours << " s\n"
                  << "recalc, COUNTIFS per CĐCS:              " << count_native << " s   (ours ×" << std::setprecision(1)
                  << count_ours / count_native << ")\n"
                  << std::setprecision(3) << "recalc, SK.TONGGIATRI per CĐCS:         " << sum_ours << " s\n"
                  << "recalc, SUMIFS per CĐCS:                " << sum_native << " s   (ours ×" << std::setprecision(1)
                  << sum_ours / sum_native << ")\n";
        const auto check = launcher::read_cell(sheet, "K1");
        std::cout << "K1 = " << check.text << "\n";
        return 0;
    }
    catch (const std::exception& e)
    {
        std::cerr << e.what() << "\n";
    }
    catch (const uno::Exception& e)
    {
        std::cerr << launcher::utf8(e.Message) << "\n";
    }
    return 1;
}
