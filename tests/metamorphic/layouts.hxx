// Rewrites a generated district the many ways offices lay out the same list — column order, heading
// words, title blocks, the unit of amounts, documents in one cell or two, one sheet per CĐCS or per
// khối, one row per author with merged cells, group rows and subtotals, dates as cells or text,
// placeholder words, quotas in groups — each independently, for metamorphic tests: every layout
// of the same data must give the same figures.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/features/sample.hxx"

namespace sangkien::test {

enum class Split { none, per_union, per_block };

struct Layout
{
    bool shuffled_columns = false;
    bool other_headings = false;       // spellings from tests/unit/data/heading_spellings.tsv
    bool title_block = false;          // title rows above, totals and signatures below
    int unit_power = 0;                // amounts in đồng (0), nghìn (3), triệu (6)
    bool unit_in_line = false;         // the unit in an "ĐVT:" line above the table, not the heading
    bool documents_in_one_cell = false; // "Số 12/QĐ-UBND ngày 05/9/2022"
    Split split = Split::none;
    bool author_rows = false;          // one row per author, the other cells only on the first
    bool groups = false;               // khối headings and subtotals, rows in khối order
    int date_form = 0;                 // 0 date cells; 1–5 text forms
    bool placeholders = false;         // "Chưa có", "-", "Không" where nothing is written
    bool grouped_quotas = false;       // the CĐCS list in khối groups with subtotals
    std::uint64_t seed = 1;            // column order and heading choice

    std::string describe() const;
};

// Every rewrite alone (the default layout first).
std::vector<Layout> single_rewrites();

// A random composition of rewrites.
Layout random_layout(std::uint64_t seed);

// The district in `layout`. `spellings_file` is the heading table (tests/unit/data/heading_spellings.tsv).
core::WorkbookInput rewrite(const core::SampleWorkbook& district, const Layout& layout, const std::string& spellings_file);

} // namespace sangkien::test
