// The figures the report quotes (section II.1 of the đề cương), the breakdowns, and the typical
// initiatives of II.4 — computed once from the workbook and its review.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/rules/rules.hxx"

namespace sangkien::core {

struct Group
{
    std::string name;           // as first written; empty for "not classified"
    Tally tally;
    std::vector<std::size_t> top; // valid initiatives with the largest values (indexes), at most top_n
};

struct Summary
{
    Tally total;
    int quota_total = 0;
    double percent_of_quota = 0;          // total.valid / quota_total × 100
    int units_listed = 0;
    int units_with_quota = 0;
    int units_reaching_quota = 0;
    int units_needing_check = 0;          // quota or initiatives hidden by formula errors
    int units_priority = 0;
    int qualifying_initiatives = 0;
    int qualifying_people = 0;
    std::vector<std::size_t> foreign_values;   // valid initiatives valued in another currency
    std::vector<Group> by_domain;              // lĩnh vực
    std::vector<Group> by_target_group;        // nhóm đối tượng
    std::vector<Group> by_block;               // khối (from the initiative, else its CĐCS)
    std::vector<Group> by_solution_type;       // loại giải pháp
};

// Groups are ordered by valid count (descending), then name; "not classified" last.
Summary summarise(const Workbook& book, const Review& review, std::size_t top_n = 3);

} // namespace sangkien::core
