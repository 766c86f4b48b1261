// What making a document costs, roughly: the weights of the progress bar through a report or a
// dossier (core/forms/work_plan.hxx), so that the bar moves on while Báo cáo thành tích and Giấy
// khen — a page per nominee — are made, instead of sitting full. Units are milliseconds of a
// two-core office PC, measured on a 20,000-initiative district; only their ratios matter.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "core/documents/document_data.hxx"

namespace sangkien::core {

// The lists a shipped template writes out: a page per item ({{#moi_trang list}}) and a table row
// per item (ShippedTemplates.TheProgressWeighsTheListsEachTemplateWritesOut holds this to the
// templates). A user's own template may write others: its bar is then only less even.
struct DocumentLists
{
    std::vector<std::string> pages;
    std::vector<std::string> rows;
    double page_fill = 0;  // what a page costs to fill (ms): a collective's report more than a Giấy khen
    double page_store = 0; // and to store, in each format
};
DocumentLists document_lists(DocumentKind kind);

// The units a Writer fill reports its progress in (DocumentWork::filled turns them into time).
inline constexpr double kWorkPerPageItem = 15; // a block written again for an item, a page of its own
inline constexpr double kWorkPerListRow = 0.5; // a row of a list's table

struct DocumentWork
{
    double load = 0;       // the template loaded (and the document closed after)
    double fill = 0;       // filled
    double fill_units = 0; // the fill's whole progress in the units above: its share of `fill` is
                           // what it reports over this
    double store = 0;      // stored in one format
    double total(std::size_t formats) const { return load + fill + store * static_cast<double>(formats); }
    // The share of the fill done when the fill reports `units`.
    double filled(double units) const { return fill_units > 0 ? std::min(1.0, units / fill_units) * fill : fill; }
};

DocumentWork document_work(DocumentKind kind, const FillData& data);

// Reading and reviewing a workbook of `rows` rows (before any document).
double reading_work(std::size_t rows);

} // namespace sangkien::core
