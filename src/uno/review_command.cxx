// vn.sangkien:Review — "Xét khen thưởng": reads the workbook, reviews it with the core and writes
// the result sheets (one setDataArray each). The source sheets are only read; a re-run replaces
// the sheets of the previous run; the whole run is one undo step and is undone if it fails.
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetConditionalEntries.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <set>
#include <sstream>

#include "commands.hxx"
#include "document_tools.hxx"
#include "review_run.hxx"
#include "user_settings.hxx"
#include "sangkien/core/review_form.hxx"
#include "sangkien/core/aggregate.hxx"
#include "sangkien/core/result_sheets.hxx"
#include "sangkien/core/summary_text.hxx"
#include "sheet_io.hxx"
#include "ui_language.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

// The document property listing the sheets the last run wrote (one name per line).
constexpr char kResultSheetsProperty[] = "SangKienResultSheets";
// The user's corrections of the column mapping (core::overrides_to_text).
constexpr char kColumnMappingProperty[] = "SangKienColumnMapping";
// The sheet the user chose for the list (core::sheet_choices_to_text).
constexpr char kSheetChoiceProperty[] = "SangKienSheetChoice";

rtl::OUString ascii(const char* text)
{
    return rtl::OUString::createFromAscii(text);
}

std::set<std::string> listed_result_sheets(const css::uno::Reference<frame::XModel>& model)
{
    std::set<std::string> names;
    std::istringstream lines(document_property(model, kResultSheetsProperty));
    for (std::string line; std::getline(lines, line);)
        if (!line.empty())
            names.insert(line);
    return names;
}

void remember_result_sheets(const css::uno::Reference<frame::XModel>& model, const std::vector<std::string>& names)
{
    std::string joined;
    for (const auto& name : names)
        joined += name + "\n";
    set_document_property(model, kResultSheetsProperty, joined);
}

// A sheet the last run wrote: listed in the property and still starting with one of our headings
// (a user's own sheet that happens to have the name is never deleted).
bool is_previous_result(const css::uno::Reference<sheet::XSpreadsheet>& sheet)
{
    const rtl::OUString first = sheet->getCellByPosition(0, 0)->getFormula();
    for (const core::Language language : {core::Language::vietnamese, core::Language::english})
        for (const char* key : {"result.col.item", "result.col.row", "result.col.number", "result.col.sheet"})
            if (first == to_ustring(core::text(language, key)))
                return true;
    return false;
}

css::uno::Any any_of(const core::Cell& cell)
{
    if (const auto* number = std::get_if<double>(&cell))
        return css::uno::Any(*number);
    if (const auto* text = std::get_if<std::string>(&cell))
        return css::uno::Any(to_ustring(*text)); // setDataArray writes text as text, never as a formula
    return css::uno::Any(rtl::OUString());        // an empty string leaves the cell empty
}

// Number format codes are read in their locale: "#,##0" in vi-VN would be a decimal comma with
// three decimals. Each format is written in the separators of the locale it is created in.
const char* format_code(core::ColumnFormat format, core::Language language)
{
    const bool vi = language == core::Language::vietnamese;
    switch (format)
    {
    case core::ColumnFormat::money: return vi ? "#.##0" : "#,##0";
    case core::ColumnFormat::percent: return vi ? "0,0%" : "0.0%";
    case core::ColumnFormat::date: return "DD/MM/YYYY";
    default: return "General";
    }
}

sal_Int32 number_format(const css::uno::Reference<frame::XModel>& model, const char* code, core::Language language)
{
    const auto formats =
        css::uno::Reference<util::XNumberFormatsSupplier>(model, css::uno::UNO_QUERY_THROW)->getNumberFormats();
    lang::Locale locale;
    locale.Language = ascii(language == core::Language::vietnamese ? "vi" : "en");
    locale.Country = ascii(language == core::Language::vietnamese ? "VN" : "US");
    sal_Int32 key = formats->queryKey(ascii(code), locale, false);
    if (key < 0)
        key = formats->addNew(ascii(code), locale);
    return key;
}

enum class VerdictColour { pass, fail, check, duplicate };

// A cell style the verdict colours use, created once per document.
rtl::OUString verdict_style(const css::uno::Reference<frame::XModel>& model, VerdictColour colour)
{
    const rtl::OUString name = to_ustring(colour == VerdictColour::pass    ? "Sáng kiến: Đạt"
                                          : colour == VerdictColour::fail  ? "Sáng kiến: Không đạt"
                                          : colour == VerdictColour::check ? "Sáng kiến: Cần kiểm tra"
                                                                           : "Sáng kiến: Trùng");
    const css::uno::Reference<container::XNameContainer> styles(
        css::uno::Reference<style::XStyleFamiliesSupplier>(model, css::uno::UNO_QUERY_THROW)
            ->getStyleFamilies()
            ->getByName(ascii("CellStyles")),
        css::uno::UNO_QUERY_THROW);
    if (!styles->hasByName(name))
    {
        const css::uno::Reference<beans::XPropertySet> style(
            css::uno::Reference<lang::XMultiServiceFactory>(model, css::uno::UNO_QUERY_THROW)
                ->createInstance(ascii("com.sun.star.style.CellStyle")),
            css::uno::UNO_QUERY_THROW);
        styles->insertByName(name, css::uno::Any(style));
        const sal_Int32 back = colour == VerdictColour::pass    ? 0xC6EFCE
                               : colour == VerdictColour::fail  ? 0xFFC7CE
                               : colour == VerdictColour::check ? 0xFFEB9C
                                                                : 0xE7E6E6;
        const sal_Int32 text = colour == VerdictColour::pass    ? 0x006100
                               : colour == VerdictColour::fail  ? 0x9C0006
                               : colour == VerdictColour::check ? 0x9C5700
                                                                : 0x595959;
        style->setPropertyValue(ascii("CellBackColor"), css::uno::Any(back));
        style->setPropertyValue(ascii("CharColor"), css::uno::Any(text));
    }
    return name;
}

void colour_verdicts(const css::uno::Reference<frame::XModel>& model, const css::uno::Reference<table::XCellRange>& range,
                     core::Language language)
{
    const css::uno::Reference<beans::XPropertySet> properties(range, css::uno::UNO_QUERY_THROW);
    const css::uno::Reference<sheet::XSheetConditionalEntries> entries(
        properties->getPropertyValue(ascii("ConditionalFormat")), css::uno::UNO_QUERY_THROW);
    for (const auto& [key, colour] : {std::pair{"verdict.pass", VerdictColour::pass}, std::pair{"verdict.fail", VerdictColour::fail},
                                      std::pair{"verdict.check", VerdictColour::check},
                                      std::pair{"verdict.duplicate", VerdictColour::duplicate}})
    {
        css::uno::Sequence<beans::PropertyValue> condition(3);
        condition[0].Name = ascii("Operator");
        condition[0].Value <<= sheet::ConditionOperator_EQUAL;
        condition[1].Name = ascii("Formula1");
        condition[1].Value <<= to_ustring("\"" + std::string(core::text(language, key)) + "\"");
        condition[2].Name = ascii("StyleName");
        condition[2].Value <<= verdict_style(model, colour);
        entries->addNew(condition);
    }
    properties->setPropertyValue(ascii("ConditionalFormat"), css::uno::Any(entries));
}

void format_sheet(const css::uno::Reference<frame::XModel>& model, const css::uno::Reference<sheet::XSpreadsheet>& sheet,
                  const core::ResultSheet& result, core::Language language)
{
    const auto last_row = static_cast<sal_Int32>(result.rows.size());
    const auto columns = static_cast<sal_Int32>(result.columns.size());
    const css::uno::Reference<beans::XPropertySet> heading(sheet->getCellRangeByPosition(0, 0, columns - 1, 0),
                                                           css::uno::UNO_QUERY_THROW);
    heading->setPropertyValue(ascii("CharWeight"), css::uno::Any(150.0f)); // bold
    heading->setPropertyValue(ascii("CellBackColor"), css::uno::Any(sal_Int32(0xDDEBF7)));
    heading->setPropertyValue(ascii("IsTextWrapped"), css::uno::Any(true));
    const auto column_access =
        css::uno::Reference<table::XColumnRowRange>(sheet, css::uno::UNO_QUERY_THROW)->getColumns();
    for (sal_Int32 c = 0; c < columns; ++c)
    {
        const core::ResultColumn& column = result.columns[static_cast<std::size_t>(c)];
        css::uno::Reference<beans::XPropertySet>(column_access->getByIndex(c), css::uno::UNO_QUERY_THROW)
            ->setPropertyValue(ascii("Width"), css::uno::Any(sal_Int32(std::min(column.width * 210 + 200, 16000))));
        if (last_row == 0)
            continue;
        const auto data = sheet->getCellRangeByPosition(c, 1, c, last_row);
        const css::uno::Reference<beans::XPropertySet> cells(data, css::uno::UNO_QUERY_THROW);
        switch (column.format)
        {
        case core::ColumnFormat::money:
            cells->setPropertyValue(ascii("NumberFormat"), css::uno::Any(number_format(model, format_code(column.format, language), language)));
            break;
        case core::ColumnFormat::percent:
            cells->setPropertyValue(ascii("NumberFormat"), css::uno::Any(number_format(model, format_code(column.format, language), language)));
            break;
        case core::ColumnFormat::date:
            cells->setPropertyValue(ascii("NumberFormat"), css::uno::Any(number_format(model, format_code(column.format, language), language)));
            break;
        case core::ColumnFormat::verdict:
            colour_verdicts(model, data, language);
            break;
        case core::ColumnFormat::text:
        case core::ColumnFormat::integer:
            break;
        }
    }
    for (const core::CellFormat& cell : result.cell_formats)
    {
        const char* code = format_code(cell.format, language);
        if (std::string_view(code) == "General")
            continue;
        css::uno::Reference<beans::XPropertySet>(
            sheet->getCellByPosition(static_cast<sal_Int32>(cell.column), static_cast<sal_Int32>(cell.row + 1)),
            css::uno::UNO_QUERY_THROW)
            ->setPropertyValue(ascii("NumberFormat"), css::uno::Any(number_format(model, code, language)));
    }
}

void write_sheet(const css::uno::Reference<sheet::XSpreadsheet>& sheet, const core::ResultSheet& result)
{
    const auto columns = static_cast<sal_Int32>(result.columns.size());
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data(static_cast<sal_Int32>(result.rows.size() + 1));
    auto* rows = data.getArray();
    {
        css::uno::Sequence<css::uno::Any> heading(columns);
        for (sal_Int32 c = 0; c < columns; ++c)
            heading[c] <<= to_ustring(result.columns[static_cast<std::size_t>(c)].heading);
        rows[0] = heading;
    }
    for (std::size_t r = 0; r < result.rows.size(); ++r)
    {
        css::uno::Sequence<css::uno::Any> row(columns);
        auto* cells = row.getArray();
        for (sal_Int32 c = 0; c < columns; ++c)
            cells[c] = any_of(result.rows[r][static_cast<std::size_t>(c)]);
        rows[r + 1] = row;
    }
    const auto range = sheet->getCellRangeByPosition(0, 0, columns - 1, static_cast<sal_Int32>(result.rows.size()));
    css::uno::Reference<sheet::XCellRangeData>(range, css::uno::UNO_QUERY_THROW)->setDataArray(data);
}

// A name not taken by another sheet ("KQ CĐCS", "KQ CĐCS (2)"…).
rtl::OUString free_name(const css::uno::Reference<sheet::XSpreadsheets>& sheets, const std::string& wanted)
{
    rtl::OUString name = to_ustring(wanted);
    for (int n = 2; sheets->hasByName(name); ++n)
        name = to_ustring(wanted + " (" + std::to_string(n) + ")");
    return name;
}

void freeze_heading(const css::uno::Reference<frame::XModel>& model, const css::uno::Reference<sheet::XSpreadsheet>& sheet)
{
    try
    {
        const css::uno::Reference<sheet::XSpreadsheetView> view(model->getCurrentController(), css::uno::UNO_QUERY);
        const css::uno::Reference<sheet::XViewFreezable> freezable(view, css::uno::UNO_QUERY);
        if (!view.is() || !freezable.is())
            return;
        view->setActiveSheet(sheet);
        freezable->freezeAtPosition(0, 1);
    }
    catch (...)
    {
        // A view that cannot freeze panes does not spoil the results.
    }
}

void remove_sheets(const css::uno::Reference<frame::XModel>& model, const std::vector<std::string>& names)
{
    try
    {
        const auto sheets = css::uno::Reference<sheet::XSpreadsheetDocument>(model, css::uno::UNO_QUERY_THROW)->getSheets();
        for (const auto& name : names)
            if (sheets->hasByName(to_ustring(name)))
                sheets->removeByName(to_ustring(name));
    }
    catch (...)
    {
    }
}

struct RunResult
{
    std::vector<std::string> sheet_names;
    std::string summary;
};

// `modifying` turns true just before the first change to the document; `inserted` names the
// sheets written so far (for removing them when a run fails).
RunResult write_results(const css::uno::Reference<frame::XModel>& model, const CommandContext& context,
                        const ReviewRequest& request, core::Language language, bool& modifying,
                        std::vector<std::string>& inserted)
{
    const css::uno::Reference<sheet::XSpreadsheetDocument> document(model, css::uno::UNO_QUERY_THROW);
    const auto sheets = document->getSheets();
    Progress progress(context.frame, core::format(language, "review.progress", {}), 10);

    // The previous run's sheets are not data: skip them when reading, replace them when writing.
    const std::set<std::string> previous = previous_result_sheets(model);
    const core::Workbook book = core::read_workbook(request.input ? *request.input : read_workbook_input(document, previous),
                                                    request.overrides, request.sheets);
    progress.step(3);
    if (book.sheet_names.find(core::SheetKind::initiatives) == book.sheet_names.end())
        throw UserError(std::string(core::text(language, "workbook.no_initiatives")));
    const core::Criteria criteria =
        request.criteria ? *request.criteria : core::criteria_from_settings(book, default_criteria(context.component_context));
    const core::Review review = core::review_workbook(book, criteria);
    const core::Summary summary = core::summarise(book, review);
    const auto results = core::result_sheets(book, review, summary, language);
    progress.step(5);

    // New sheets are written first (under temporary names while the previous ones exist); only
    // then are the previous results removed and the new ones given their names. A failure
    // part-way leaves the previous results in place.
    const ControllerLock lock(model);
    modifying = true;
    RunResult run;
    std::vector<std::string> wanted;
    sal_Int16 position = static_cast<sal_Int16>(css::uno::Reference<container::XIndexAccess>(sheets, css::uno::UNO_QUERY_THROW)->getCount());
    for (const auto& result : results)
    {
        const rtl::OUString name = free_name(sheets, result.name);
        sheets->insertNewByName(name, position++);
        run.sheet_names.push_back(to_utf8(name));
        inserted.push_back(run.sheet_names.back());
        wanted.push_back(result.name);
        const css::uno::Reference<sheet::XSpreadsheet> sheet(sheets->getByName(name), css::uno::UNO_QUERY_THROW);
        write_sheet(sheet, result);
        format_sheet(model, sheet, result, language);
        freeze_heading(model, sheet);
        progress.step(5 + static_cast<sal_Int32>(run.sheet_names.size()));
    }
    for (const auto& name : previous)
        sheets->removeByName(to_ustring(name));
    for (std::size_t i = 0; i < run.sheet_names.size(); ++i)
        if (run.sheet_names[i] != wanted[i] && !sheets->hasByName(to_ustring(wanted[i])))
        {
            css::uno::Reference<container::XNamed>(sheets->getByName(to_ustring(run.sheet_names[i])), css::uno::UNO_QUERY_THROW)
                ->setName(to_ustring(wanted[i]));
            run.sheet_names[i] = wanted[i];
        }
    inserted.clear(); // the run is complete: nothing to take back
    if (!run.sheet_names.empty())
        freeze_heading(model, css::uno::Reference<sheet::XSpreadsheet>(sheets->getByName(to_ustring(run.sheet_names.front())),
                                                                       css::uno::UNO_QUERY_THROW));
    remember_result_sheets(model, run.sheet_names);
    run.summary = core::summary_text(book, review, summary, language);
    return run;
}

} // namespace

css::uno::Reference<frame::XModel> spreadsheet_of(const CommandContext& context)
{
    if (!context.frame.is())
        throw css::uno::RuntimeException(ascii("no frame"));
    const css::uno::Reference<frame::XController> controller = context.frame->getController();
    const css::uno::Reference<frame::XModel> model(controller.is() ? controller->getModel() : nullptr);
    if (!css::uno::Reference<sheet::XSpreadsheetDocument>(model, css::uno::UNO_QUERY).is())
        throw UserError(std::string(core::text(office_ui_language(context.component_context), "command.not_spreadsheet")));
    return model;
}

std::set<std::string> previous_result_sheets(const css::uno::Reference<frame::XModel>& model)
{
    const auto sheets = css::uno::Reference<sheet::XSpreadsheetDocument>(model, css::uno::UNO_QUERY_THROW)->getSheets();
    std::set<std::string> previous;
    for (const auto& name : listed_result_sheets(model))
        if (sheets->hasByName(to_ustring(name))
            && is_previous_result(css::uno::Reference<sheet::XSpreadsheet>(sheets->getByName(to_ustring(name)),
                                                                           css::uno::UNO_QUERY_THROW)))
            previous.insert(name);
    return previous;
}

core::MappingOverrides remembered_mapping(const css::uno::Reference<frame::XModel>& model)
{
    return core::overrides_from_text(document_property(model, kColumnMappingProperty));
}

namespace {

// Writing a document property marks the document modified: only when the text changes.
void remember_property(const css::uno::Reference<frame::XModel>& model, const char* name, const std::string& text)
{
    if (text != document_property(model, name))
        set_document_property(model, name, text);
}

} // namespace

void remember_mapping(const css::uno::Reference<frame::XModel>& model, const core::MappingOverrides& overrides)
{
    remember_property(model, kColumnMappingProperty, core::overrides_to_text(overrides));
}

core::SheetChoices remembered_sheet_choices(const css::uno::Reference<frame::XModel>& model)
{
    return core::sheet_choices_from_text(document_property(model, kSheetChoiceProperty));
}

void remember_sheet_choices(const css::uno::Reference<frame::XModel>& model, const core::SheetChoices& sheets)
{
    remember_property(model, kSheetChoiceProperty, core::sheet_choices_to_text(sheets));
}

core::Workbook read_remembered_workbook(const CommandContext& context, const css::uno::Reference<frame::XModel>& model)
{
    core::Workbook book = core::read_workbook(
        read_workbook_input(css::uno::Reference<sheet::XSpreadsheetDocument>(model, css::uno::UNO_QUERY_THROW),
                            previous_result_sheets(model)),
        remembered_mapping(model), remembered_sheet_choices(model));
    if (book.sheet_names.find(core::SheetKind::initiatives) == book.sheet_names.end())
        throw UserError(std::string(core::text(office_ui_language(context.component_context), "workbook.no_initiatives")));
    return book;
}

rtl::OUString review_workbook(const CommandContext& context)
{
    const auto model = spreadsheet_of(context);
    ReviewRequest request;
    request.overrides = remembered_mapping(model);
    request.sheets = remembered_sheet_choices(model);
    return run_review(context, model, request);
}

rtl::OUString run_review(const CommandContext& context, const css::uno::Reference<frame::XModel>& model,
                         const ReviewRequest& request)
{
    const core::Language language = office_ui_language(context.component_context);

    // One undo step for the whole run. Calc undoes sheet insertions through the active view, so
    // a document without one (hidden, opened by a batch job) records no undo: undoing there would
    // take the office down.
    const auto undo = css::uno::Reference<document::XUndoManagerSupplier>(model, css::uno::UNO_QUERY_THROW)->getUndoManager();
    const bool record_undo = is_active_document(context.component_context, model, context.frame);
    const NoUndoRecording no_undo(model, !record_undo);
    if (record_undo)
        undo->enterUndoContext(to_ustring(core::text(language, "review.undo")));
    bool modifying = false;
    std::vector<std::string> inserted;
    try
    {
        const RunResult run = write_results(model, context, request, language, modifying, inserted);
        if (record_undo)
            undo->leaveUndoContext();
        return to_ustring(run.summary);
    }
    catch (...)
    {
        if (record_undo)
        {
            undo->leaveUndoContext();
            if (modifying && undo->isUndoPossible())
                undo->undo(); // the half-written run, nothing older (an empty context leaves no step)
        }
        else
            remove_sheets(model, inserted);
        throw;
    }
}

} // namespace sangkien::uno
