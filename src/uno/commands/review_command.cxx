// vn.sangkien:Review — "Xét khen thưởng": reads the workbook, reviews it with the core and writes
// the result sheets (setDataArray in blocks of rows). The source sheets are only read; a re-run replaces
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
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <com/sun/star/util/XProtectable.hpp>
#include <com/sun/star/frame/XStorable.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <ctime>
#include <set>
#include <sstream>

#include "commands/commands.hxx"
#include "sangkien/uno_common/ustring.hxx"
#include "calc/document_tools.hxx"
#include "commands/review_run.hxx"
#include "commands/workbook_sources.hxx"
#include "sangkien/uno_common/private_copy.hxx"
#include "calc/sheet_writer.hxx"
#include "calc/user_settings.hxx"
#include "core/features/review_changes.hxx"
#include "core/text/format.hxx"
#include "core/forms/review_form.hxx"
#include "core/rules/aggregate.hxx"
#include "core/rules/result_sheets.hxx"
#include "core/rules/summary_text.hxx"
#include "calc/sheet_io.hxx"
#include "calc/ui_language.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

// The document property listing the sheets the last run wrote (one name per line).
constexpr char kResultSheetsProperty[] = "SangKienResultSheets";
// The user's corrections of the column mapping (core::overrides_to_text).
constexpr char kColumnMappingProperty[] = "SangKienColumnMapping";
// The sheet the user chose for the list (core::sheet_choices_to_text).
constexpr char kSheetChoiceProperty[] = "SangKienSheetChoice";

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

// A sheet the last run wrote: listed in the property and still starting with one of our headings,
// or the record's name (a user's own sheet that happens to have the name is never deleted).
bool is_previous_result(const css::uno::Reference<sheet::XSpreadsheet>& sheet)
{
    const rtl::OUString first = sheet->getCellByPosition(0, 0)->getFormula();
    if (first == to_ustring(core::kRecordMarker))
        return true;
    for (const core::Language language : {core::Language::vietnamese, core::Language::english})
        for (const char* key : {"result.col.item", "result.col.row", "result.col.number", "result.col.sheet", "change.col.change"})
            if (first == to_ustring(core::text(language, key)))
                return true;
    return false;
}

// When the review runs, as its record says it: "07/12/2026 10:15" (local time).
std::string time_of_review()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&now, &local);
    char clock[8];
    std::snprintf(clock, sizeof clock, "%02d:%02d", local.tm_hour, local.tm_min);
    return core::body_date(core::Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday}) + " " + clock;
}

// What the review compares with: the earlier review named (CLI --so-voi), else the record this
// workbook carries from its last run (among `previous`), else nothing. A record that cannot be
// read whole is never compared with: `note` says why.
std::optional<core::ReviewRecord> earlier_record(ReviewRequest& request, const css::uno::Reference<sheet::XSpreadsheetDocument>& document,
                                                 const std::set<std::string>& previous, core::Language language, std::string& note)
{
    if (request.earlier)
        return std::move(request.earlier);
    const std::vector<core::Sheet> parts = read_record_sheets(document, &previous);
    if (parts.empty())
        return std::nullopt;
    core::Message problem;
    auto record = core::record_from_sheets(parts, &problem);
    if (!record)
        note = core::format(language, "review.compare_skipped", {core::message_text(problem, language)});
    return record;
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

// `inserted` names the sheets written so far (for removing them when a run fails).
RunResult write_results(const css::uno::Reference<frame::XModel>& model, const CommandContext& context,
                        ReviewRequest& request, core::Language language, const UndoStep& step, std::vector<std::string>& inserted)
{
    const css::uno::Reference<sheet::XSpreadsheetDocument> document(model, css::uno::UNO_QUERY_THROW);
    const auto sheets = document->getSheets();
    Progress progress(context.frame, core::format(language, "review.progress", {}), 10);

    // The previous run's sheets are not data: skip them when reading, replace them when writing.
    const std::set<std::string> previous = previous_result_sheets(model);
    std::optional<core::Workbook> read_now;
    if (!request.book)
        read_now = core::read_workbook(request.source ? *request.source : read_workbook_source(document, previous),
                                       request.overrides, request.sheets);
    core::Workbook& book = request.book ? *request.book : *read_now;
    progress.step(3);
    if (book.sheet_names.find(core::SheetKind::initiatives) == book.sheet_names.end())
        throw UserError(std::string(core::text(language, "workbook.no_initiatives")));
    const core::Criteria criteria = request.criteria ? dialog_criteria(context, *request.criteria, book) : command_criteria(context, book);
    const core::Review review = core::review_workbook(book, criteria);
    const core::Summary summary = core::summarise(book, review);
    auto results = core::result_sheets(book, review, summary, language);
    results.insert(results.end(), request.extra_sheets.begin(), request.extra_sheets.end());
    // What changed since the earlier review, and this review's record for the next one.
    std::string compare_note;
    const auto earlier = earlier_record(request, document, previous, language, compare_note);
    core::ReviewRecord record = core::record_of(book, review, summary);
    record.made_at = time_of_review();
    std::vector<core::ResultSheet> kept;
    std::optional<core::ReviewChanges> changes;
    if (earlier)
    {
        changes = core::compare_reviews(*earlier, record);
        kept.push_back(core::changes_sheet(*changes, language));
    }
    kept.push_back(core::record_sheet(record, language));
    core::split_long_sheets(kept);
    results.insert(results.end(), std::make_move_iterator(kept.begin()), std::make_move_iterator(kept.end()));
    progress.step(5);

    // New sheets are written first (under temporary names while the previous ones exist); only
    // then are the previous results removed and the new ones given their names. A failure
    // part-way leaves the previous results in place.
    const ControllerLock lock(model);
    RunResult run;
    std::vector<std::string> wanted;
    sal_Int16 position = static_cast<sal_Int16>(css::uno::Reference<container::XIndexAccess>(sheets, css::uno::UNO_QUERY_THROW)->getCount());
    for (const auto& result : results)
    {
        // Each sheet one action of the run's undo step, however many its formats take.
        const UndoGroup group(model, step, result.name);
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
    run.summary = (request.summary_before.empty() ? std::string() : request.summary_before + "\n")
                  + core::summary_text(book, review, summary, language);
    if (changes)
        run.summary += core::changes_summary(*changes, language) + "\n";
    if (!compare_note.empty())
        run.summary += compare_note + "\n";
    return run;
}

} // namespace

void ensure_results_can_be_written(const CommandContext& context, const css::uno::Reference<frame::XModel>& model)
{
    const core::Language language = office_ui_language(context.component_context);
    if (css::uno::Reference<frame::XStorable>(model, css::uno::UNO_QUERY_THROW)->isReadonly())
        throw UserError(std::string(core::text(language, "review.read_only")));
    // The API could add sheets anyway: the user's protection is kept all the same. A hidden document
    // is a private copy (the command line's), not the user's.
    if (is_shown(context.frame) && css::uno::Reference<util::XProtectable>(model, css::uno::UNO_QUERY_THROW)->isProtected())
        throw UserError(std::string(core::text(language, "review.structure_protected")));
}

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
        read_workbook_source(css::uno::Reference<sheet::XSpreadsheetDocument>(model, css::uno::UNO_QUERY_THROW),
                            previous_result_sheets(model)),
        remembered_mapping(model), remembered_sheet_choices(model));
    if (book.sheet_names.find(core::SheetKind::initiatives) == book.sheet_names.end())
        throw UserError(std::string(core::text(office_ui_language(context.component_context), "workbook.no_initiatives")));
    return book;
}

core::Criteria command_criteria(const CommandContext& context, core::Workbook& book)
{
    const core::UserOptions options = read_user_options(context.component_context);
    const core::Language language = office_ui_language(context.component_context);
    core::ResolvedCriteria resolved = core::resolve_criteria(book, options, language);
    book.issues.insert(book.issues.end(), std::make_move_iterator(resolved.issues.begin()),
                       std::make_move_iterator(resolved.issues.end()));
    return resolved.criteria;
}

core::Criteria dialog_criteria(const CommandContext& context, const core::Criteria& chosen, core::Workbook& book)
{
    const core::ResolvedCriteria resolved = core::resolve_criteria(book, read_user_options(context.component_context),
                                                                   office_ui_language(context.component_context));
    // What the dialog showed is what the settings and Thông tin gave; a value the clerk changed
    // there is no longer the one a setting's caveat is about.
    const auto changed = [&](core::CriterionKey key) {
        return core::criterion_text(key, chosen) != core::criterion_text(key, resolved.criteria);
    };
    for (const core::Issue& issue : resolved.issues)
    {
        const bool of_settings = issue.key.rfind("options.", 0) == 0 || issue.key == "setting.period_reversed_default";
        const auto key = core::criterion_of_issue(issue);
        const bool period_changed = changed(core::CriterionKey::period_start) || changed(core::CriterionKey::period_end);
        if (of_settings && (key ? changed(*key) : period_changed))
            continue;
        book.issues.push_back(issue);
    }
    return chosen;
}

namespace {

// The sheets of a new document that are still empty (Calc's "Sheet1"), removed once the results
// are written into it.
std::vector<std::string> blank_sheets(const css::uno::Reference<frame::XModel>& model)
{
    std::vector<std::string> blank;
    const auto sheets = css::uno::Reference<sheet::XSpreadsheetDocument>(model, css::uno::UNO_QUERY_THROW)->getSheets();
    for (const auto& name : sheets->getElementNames())
    {
        const css::uno::Reference<sheet::XCellRangeAddressable> used(
            css::uno::Reference<sheet::XSpreadsheet>(sheets->getByName(name), css::uno::UNO_QUERY_THROW)->createCursor(),
            css::uno::UNO_QUERY_THROW);
        const css::uno::Reference<sheet::XUsedAreaCursor> cursor(used, css::uno::UNO_QUERY_THROW);
        cursor->gotoEndOfUsedArea(false);
        const auto end = used->getRangeAddress();
        const css::uno::Reference<sheet::XSpreadsheet> sheet(sheets->getByName(name), css::uno::UNO_QUERY_THROW);
        if (end.EndColumn == 0 && end.EndRow == 0 && sheet->getCellByPosition(0, 0)->getType() == table::CellContentType_EMPTY)
            blank.push_back(to_utf8(name));
    }
    return blank;
}


} // namespace

core::ReviewRecord record_in_file(const CommandContext& context, const std::string& url)
{
    const core::Language language = office_ui_language(context.component_context);
    const std::string file = std::filesystem::path(system_path(url)).filename().string();
    std::vector<core::Sheet> parts;
    try
    {
        const HiddenDocument earlier(context.component_context, url, true);
        const css::uno::Reference<sheet::XSpreadsheetDocument> document(earlier.component(), css::uno::UNO_QUERY);
        if (!document.is())
            throw UserError(core::format(language, "review.compare_open", {file}));
        parts = read_record_sheets(document);
    }
    catch (const UserError&)
    {
        throw;
    }
    catch (const css::uno::Exception&)
    {
        throw UserError(core::format(language, "review.compare_open", {file}));
    }
    if (parts.empty())
        throw UserError(core::format(language, "review.compare_no_record", {file}));
    core::Message problem;
    auto record = core::record_from_sheets(parts, &problem);
    if (!record)
        throw UserError(core::format(language, "review.compare_failed", {file, core::message_text(problem, language)}));
    return std::move(*record);
}

core::ReviewRecord record_in_users_file(const CommandContext& context, const std::filesystem::path& file)
{
    const core::Language language = office_ui_language(context.component_context);
    const PrivateFolder folder;
    const std::filesystem::path copy = folder.path() / file.filename();
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error) || !uno_common::copy_privately(file, copy, error))
        throw UserError(core::format(language, "review.compare_open", {file.filename().string()}));
    return record_in_file(context, file_url(copy));
}

rtl::OUString review_workbook(const CommandContext& context)
{
    const auto model = spreadsheet_of(context);
    // The earlier review named is read before anything is written.
    std::optional<core::ReviewRecord> earlier;
    if (context.arguments.compare_with)
        earlier = record_in_file(context, *context.arguments.compare_with);
    if (auto read = sources_workbook(context))
    {
        // Several workbooks: the results (and Nguồn gộp) go into the frame's document, a new one.
        if (read->book.sheet_names.find(core::SheetKind::initiatives) == read->book.sheet_names.end())
            throw UserError(std::string(core::text(office_ui_language(context.component_context), "workbook.no_initiatives")));
        const auto blank = blank_sheets(model);
        ReviewRequest request;
        request.book = std::move(read->book);
        request.extra_sheets.push_back(std::move(read->sources_sheet));
        request.summary_before = std::move(read->summary);
        request.earlier = std::move(earlier);
        const rtl::OUString summary = run_review(context, model, std::move(request));
        remove_sheets(model, blank);
        return summary;
    }
    ReviewRequest request;
    request.overrides = remembered_mapping(model);
    request.sheets = remembered_sheet_choices(model);
    request.earlier = std::move(earlier);
    return run_review(context, model, request);
}

rtl::OUString run_review(const CommandContext& context, const css::uno::Reference<frame::XModel>& model,
                         ReviewRequest request)
{
    const core::Language language = office_ui_language(context.component_context);
    ensure_results_can_be_written(context, model);

    // One undo step for the whole run. Calc undoes sheet insertions through the active view, so
    // a document without one (hidden, opened by a batch job) records no undo: undoing there would
    // take the office down.
    const bool record_undo = is_active_document(context.component_context, model, context.frame);
    const NoUndoRecording no_undo(model, !record_undo);
    UndoStep step(model, record_undo, std::string(core::text(language, "review.undo")));
    std::vector<std::string> inserted;
    try
    {
        const RunResult run = write_results(model, context, request, language, step, inserted);
        step.done();
        return to_ustring(run.summary);
    }
    catch (...)
    {
        if (!record_undo)
            remove_sheets(model, inserted);
        throw; // with undo, the step takes the run back
    }
}

} // namespace sangkien::uno
