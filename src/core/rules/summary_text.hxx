// A short plain-text account of a workbook's review, in Vietnamese or English: what
// `sangkien check` prints and what the Check command returns.
#pragma once

#include <string>

#include "core/rules/aggregate.hxx"

namespace sangkien::core {

// What the reading of the list means for every figure, a line each, for the top of any account
// of the review (the CLI, KQ Tổng hợp, the dialog): the criteria no column lets us judge, the
// units amounts were converted from, and a warning when most initiatives cannot be judged.
std::string reading_caveats(const Workbook& book, const Review& review, Language language);

// At most `issue_lines` data problems are listed (sheet, row, column, message); the count of all
// of them is always given.
std::string summary_text(const Workbook& book, const Review& review, const Summary& summary, Language language,
                         std::size_t issue_lines = 10);

} // namespace sangkien::core
