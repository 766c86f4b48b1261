// A short plain-text account of a workbook's review, in Vietnamese or English: what
// `sangkien check` prints and what the Check command returns.
#pragma once

#include <string>

#include "sangkien/core/aggregate.hxx"

namespace sangkien::core {

// At most `issue_lines` data problems are listed (sheet, row, column, message); the count of all
// of them is always given.
std::string summary_text(const Workbook& book, const Review& review, const Summary& summary, Language language,
                         std::size_t issue_lines = 10);

} // namespace sangkien::core
