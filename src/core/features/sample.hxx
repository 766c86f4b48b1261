// Realistic, deterministic district workbooks of any size, for the bundled example, the tests
// and the benchmarks — with the messiness of real sheets (SPEC §2) when asked: title rows,
// two-row headings with merged group cells, a numbering row, variant headings, amounts and dates
// as text, decomposed (NFD) and legacy-font text, blank rows, a totals row, unit-name variants.
#pragma once

#include <cstdint>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "core/workbook/workbook.hxx"

namespace sangkien::core {

struct Merge
{
    std::size_t row = 0;      // 0-based
    std::size_t column = 0;   // 0-based
    std::size_t rows = 1;
    std::size_t columns = 1;
};

struct SampleOptions
{
    std::size_t initiatives = 1000;
    std::uint64_t seed = 2023;
    bool messy = true;
};

struct SampleWorkbook
{
    WorkbookInput input;
    std::map<std::string, std::vector<Merge>> merges; // by sheet name
    std::map<std::string, std::set<std::size_t>> date_columns; // numeric cells there are dates
};

// Calc's limit is 1,048,576 rows: a clean sheet has one heading row, a messy one eight rows of
// titles, headings, numbering, totals and signature (and blank rows only while they fit).
constexpr std::size_t kCalcRows = 1'048'576;
constexpr std::size_t max_sample_initiatives(bool messy)
{
    return kCalcRows - (messy ? 8 : 1);
}
constexpr std::size_t kMaxSampleInitiatives = max_sample_initiatives(false);

// Throws std::invalid_argument when `initiatives` exceeds max_sample_initiatives(messy).
SampleWorkbook generate_sample(const SampleOptions& options);

// Flat ODS (.fods): opens in LibreOffice without any conversion. Numbers that are dates in the
// sample are written as dates (cells named in `date_columns` by sheet).
void write_fods(const SampleWorkbook& workbook, std::ostream& out);

} // namespace sangkien::core
