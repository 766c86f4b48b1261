// vn.sangkien:Feedback and "Phản hồi cho CĐCS…" (vn.sangkien:FeedbackDialog): the workbook (or
// the workbooks of source=…) reviewed by the core, then one file per unit (core/features/
// feedback.hxx) — a new hidden Calc document with the unit's sheets, laid out for printing
// (landscape, one page wide, the heading row on every page), stored as .ods and/or .pdf in the
// folder, each under a hidden name first and never over an existing file unless overwrite=1.
//
//   Feedback?output=FOLDER_URL[&formats=ods,pdf][&documents=cong_van][&overwrite=1][&source=URL…]
//
// With documents=cong_van, each unit's file goes with a covering letter (CongVanPhanHoi.ott, a
// Công văn of NĐ 30) filled with its own figures: PhanHoi_…_CongVan.odt (with .ods) and .pdf.
//
// A stop (Dừng, vn.sangkien:Stop) ends the work between units: the files of the units done are
// kept whole, and the outcome says how many.
#include <algorithm>
#include <filesystem>
#include <optional>

#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <cppuhelper/implbase1.hxx>

#include "calc/document_tools.hxx"
#include "calc/sheet_writer.hxx"
#include "calc/ui_language.hxx"
#include "calc/user_settings.hxx"
#include "commands/commands.hxx"
#include "commands/review_run.hxx"
#include "commands/workbook_sources.hxx"
#include "core/features/feedback.hxx"
#include "core/rules/aggregate.hxx"
#include "core/forms/user_options.hxx"
#include "core/forms/work_plan.hxx"
#include "core/text/format.hxx"
#include "core/text/text.hxx"
#include "core/workbook/info_rows.hxx"
#include "dialogs/dialog_controls.hxx"
#include "dialogs/stored_files.hxx"
#include "dialogs/work_progress.hxx"
#include "sangkien/uno_common/ustring.hxx"
#include "writer/writer_document.hxx"
#include "writer/writer_fill.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

constexpr std::array<const char*, 2> kFeedbackFormats{"ods", "pdf"};

// The workbook reviewed, what goes to whom, and the words every file carries.
struct FeedbackJob
{
    core::Workbook book;
    core::Review review;
    core::Feedback plan;
    core::FeedbackSettings settings;
    std::string merge_summary; // several workbooks: what reading them found
    core::DocumentSettings documents; // the letters' header and signature
    std::optional<core::FillData> letter_base; // the documents' fields, made once when letters are asked for
};

FeedbackJob prepare(const CommandContext& context)
{
    FeedbackJob job;
    job.book = command_workbook(context, &job.merge_summary);
    if (!job.book.indexed)
        core::index_workbook(job.book);
    const core::Criteria criteria = command_criteria(context, job.book);
    job.review = core::review_workbook(job.book, criteria);
    job.plan = core::plan_feedback(job.book, job.review);
    const core::UserOptions options = read_user_options(context.component_context);
    const std::string* unit = core::info_value(job.book, core::InfoKey::unit_name);
    job.settings.from = unit ? *unit : options.unit_name;
    if (const std::string* deadline = core::info_value(job.book, core::InfoKey::feedback_deadline))
        job.settings.deadline = *deadline;
    const core::Date now = today();
    job.settings.reviewed_on = std::to_string(now.day) + "/" + std::to_string(now.month) + "/" + std::to_string(now.year);
    // The reviewed workbook's own name (the command line's, whose office opens a private copy).
    if (context.arguments.sources.empty() && context.arguments.names.size() == 1)
        job.settings.workbook = context.arguments.names.front();
    else if (context.arguments.sources.empty())
        if (const auto model = spreadsheet_of(context); !model->getURL().isEmpty())
            job.settings.workbook = std::filesystem::path(system_path_of(model->getURL())).filename().string();
    job.documents = core::document_settings(job.book, options);
    return job;
}

// The documents' fields the letters share (made once, at the first letter).
const core::FillData& letter_base(FeedbackJob& job, core::Language language)
{
    if (!job.letter_base)
        job.letter_base = core::document_data(job.book, job.review, core::summarise(job.book, job.review), job.documents, today(),
                                              language);
    return *job.letter_base;
}

// The unit's covering letter, in the letter's formats (odt with an .ods file, pdf with a .pdf);
// returns the files' system paths, and the fill's problems into `problems`.
std::vector<std::string> store_unit_letter(const CommandContext& context, FeedbackJob& job, const core::UnitFeedback& unit,
                                           const std::string& folder_url, const std::vector<std::string>& formats, bool overwrite,
                                           const std::string& attached, core::Language language, std::vector<std::string>& problems)
{
    const core::FillData data = core::feedback_letter_data(letter_base(job, language), job.documents, job.book, job.review, unit,
                                                           job.settings, attached, today());
    TemplateDocument document(context.component_context, template_url(context.component_context, std::string(core::kFeedbackLetterTemplate) + ".ott"),
                              language);
    for (const auto& problem : fill_writer_document(document.component(), data, language))
        problems.push_back(core::format(language, "document.problem", {core::kFeedbackLetterTemplate, problem}));
    std::vector<std::string> files;
    for (const auto& format : formats)
        files.push_back(system_path_of(store_in_folder(document.component(), folder_url, unit.file_name + "_CongVan",
                                                       format == "ods" ? "odt" : format, overwrite)));
    return files;
}

std::vector<std::string> requested_formats(const std::string& text, core::Language language)
{
    std::vector<std::string> formats;
    std::string word;
    for (const char c : text + ",")
    {
        if (c != ',')
        {
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            continue;
        }
        if (word.empty())
            continue;
        if (std::find(kFeedbackFormats.begin(), kFeedbackFormats.end(), word) == kFeedbackFormats.end())
            throw UserError(core::format(language, "document.bad_formats", {text}));
        if (std::find(formats.begin(), formats.end(), word) == formats.end())
            formats.push_back(word);
        word.clear();
    }
    if (formats.empty())
        throw UserError(std::string(core::text(language, "feedback.no_format")));
    return formats;
}

// Landscape, one page wide, the heading row on every page; long texts wrapped at the top of
// their cells.
void lay_out_for_printing(const css::uno::Reference<frame::XModel>& model, const css::uno::Reference<sheet::XSpreadsheet>& sheet,
                          const core::ResultSheet& result, sal_Int16 index)
{
    rtl::OUString style_name;
    css::uno::Reference<beans::XPropertySet>(sheet, css::uno::UNO_QUERY_THROW)->getPropertyValue(ascii("PageStyle")) >>= style_name;
    const css::uno::Reference<container::XNameAccess> page_styles(
        css::uno::Reference<style::XStyleFamiliesSupplier>(model, css::uno::UNO_QUERY_THROW)->getStyleFamilies()->getByName(
            ascii("PageStyles")),
        css::uno::UNO_QUERY_THROW);
    const css::uno::Reference<beans::XPropertySet> style(page_styles->getByName(style_name), css::uno::UNO_QUERY_THROW);
    awt::Size size;
    style->getPropertyValue(ascii("Size")) >>= size;
    if (size.Width < size.Height)
        style->setPropertyValue(ascii("Size"), css::uno::Any(awt::Size(size.Height, size.Width)));
    style->setPropertyValue(ascii("IsLandscape"), css::uno::Any(true));
    style->setPropertyValue(ascii("ScaleToPagesX"), css::uno::Any(static_cast<sal_Int16>(1)));
    style->setPropertyValue(ascii("ScaleToPagesY"), css::uno::Any(static_cast<sal_Int16>(0)));
    const css::uno::Reference<sheet::XPrintAreas> areas(sheet, css::uno::UNO_QUERY_THROW);
    areas->setTitleRows(table::CellRangeAddress(index, 0, 0, 0, 0));
    areas->setPrintTitleRows(true);
    const auto columns = css::uno::Reference<table::XColumnRowRange>(sheet, css::uno::UNO_QUERY_THROW)->getColumns();
    for (std::size_t c = 0; c < result.columns.size(); ++c)
    {
        const css::uno::Reference<beans::XPropertySet> column(columns->getByIndex(static_cast<sal_Int32>(c)), css::uno::UNO_QUERY_THROW);
        column->setPropertyValue(ascii("VertJustify"), css::uno::Any(table::CellVertJustify2::TOP));
        if (result.columns[c].width >= 20)
            column->setPropertyValue(ascii("IsTextWrapped"), css::uno::Any(true));
    }
}

// One unit's file, stored in every format; returns the files' system paths.
std::vector<std::string> store_unit_file(const CommandContext& context, const FeedbackJob& job, const core::UnitFeedback& unit,
                                         const std::string& folder_url, const std::vector<std::string>& formats, bool overwrite,
                                         core::Language language)
{
    HiddenDocument document(context.component_context, "private:factory/scalc", false);
    const css::uno::Reference<frame::XModel> model(document.component(), css::uno::UNO_QUERY_THROW);
    write_new_workbook(document.component(), core::feedback_sheets(job.book, job.review, unit, job.settings, language), language,
                       [&model](const css::uno::Reference<sheet::XSpreadsheet>& sheet, const core::ResultSheet& result, sal_Int16 index) {
                           lay_out_for_printing(model, sheet, result, index);
                       });
    std::vector<std::string> files;
    for (const auto& format : formats)
        files.push_back(system_path_of(store_in_folder(document.component(), folder_url, unit.file_name, format, overwrite)));
    return files;
}

struct FeedbackOutcome
{
    std::string headline;
    std::vector<std::string> files; // system paths
    std::vector<std::string> notes; // what the clerk must know (not sent, not placed)

    std::string answer(core::Language language) const
    {
        std::string text = headline;
        for (const auto& file : files)
            text += "\n" + core::format(language, "feedback.written", {file});
        for (const auto& note : notes)
            text += "\n" + note;
        return text;
    }

    std::string for_window(const std::string& folder, core::Language language) const
    {
        std::string text = headline;
        if (!files.empty())
            text += "\n" + core::format(language, "feedback.stored_in", {folder});
        for (const auto& file : files)
            text += "\n    " + std::filesystem::path(file).filename().string();
        for (const auto& note : notes)
            text += "\n" + note;
        return text;
    }
};

// The files of the chosen units (indexes into job.plan.units), one after another on the bar; with
// `letters`, each with its covering letter.
FeedbackOutcome make_files(const CommandContext& context, FeedbackJob& job, const std::vector<std::size_t>& chosen,
                           const std::string& folder_url, const std::vector<std::string>& formats, bool letters, bool overwrite,
                           WorkProgress& progress, core::Language language)
{
    FeedbackOutcome outcome;
    if (!job.merge_summary.empty())
        outcome.notes.push_back(job.merge_summary);
    if (!job.plan.unplaced_issues.empty())
        outcome.notes.push_back(core::format(language, "feedback.unplaced",
                                             {core::format_count(static_cast<std::int64_t>(job.plan.unplaced_issues.size()), language)}));
    if (job.plan.initiatives_without_unit > 0)
        outcome.notes.push_back(core::format(language, "feedback.without_unit",
                                             {core::format_count(static_cast<std::int64_t>(job.plan.initiatives_without_unit), language)}));
    const auto count = [language](std::size_t n) { return core::format_count(static_cast<std::int64_t>(n), language); };
    std::size_t made = 0;
    try
    {
        for (const std::size_t u : chosen)
        {
            progress.check();
            const core::UnitFeedback& unit = job.plan.units.at(u);
            progress.show(0.1 + 0.9 * static_cast<double>(made) / static_cast<double>(chosen.size()),
                          core::format(language, "feedback.progress_unit",
                                       {job.review.unions[unit.unit].name, count(made + 1), count(chosen.size())}));
            const auto files = store_unit_file(context, job, unit, folder_url, formats, overwrite, language);
            outcome.files.insert(outcome.files.end(), files.begin(), files.end());
            if (letters)
            {
                const auto letter = store_unit_letter(context, job, unit, folder_url, formats, overwrite,
                                                      std::filesystem::path(files.front()).filename().string(), language, outcome.notes);
                outcome.files.insert(outcome.files.end(), letter.begin(), letter.end());
            }
            ++made;
        }
        progress.show(1);
        outcome.headline = core::format(language, "feedback.done", {count(made)});
    }
    catch (const WorkStopped&)
    {
        outcome.headline = core::format(language, "feedback.stopped", {count(made), count(chosen.size())});
    }
    return outcome;
}

std::vector<std::size_t> every_unit(const FeedbackJob& job)
{
    std::vector<std::size_t> all(job.plan.units.size());
    for (std::size_t u = 0; u < all.size(); ++u)
        all[u] = u;
    return all;
}

// "Chọn hết" / "Bỏ chọn": every unit of the list selected, or none.
class SelectAllListener : public cppu::WeakImplHelper1<awt::XActionListener>
{
public:
    SelectAllListener(css::uno::Reference<awt::XListBox> list, bool select) : list_(std::move(list)), select_(select) {}
    void SAL_CALL actionPerformed(const awt::ActionEvent&) override
    {
        for (sal_Int16 i = 0; i < list_->getItemCount(); ++i)
            list_->selectItemPos(i, select_);
    }
    void SAL_CALL disposing(const lang::EventObject&) override {}

private:
    css::uno::Reference<awt::XListBox> list_;
    bool select_;
};

} // namespace

rtl::OUString make_feedback(const CommandContext& context)
{
    const core::Language language = office_ui_language(context.component_context);
    const std::string output = context.arguments.output.value_or("");
    if (output.empty())
        throw UserError(std::string(core::text(language, "document.no_folder")));
    const auto formats = requested_formats(context.arguments.formats.empty() ? "ods,pdf" : context.arguments.formats, language);
    WorkProgress progress(context, std::string(core::text(language, "feedback.progress")), true);
    progress.show(0, std::string(core::text(language, "feedback.progress_reading")));
    FeedbackJob job = prepare(context);
    if (job.plan.units.empty())
        throw UserError(std::string(core::text(language, "feedback.no_units_in_review")));
    const bool letters = context.arguments.documents == "cong_van";
    return to_ustring(make_files(context, job, every_unit(job), output, formats, letters, context.arguments.overwrite, progress, language)
                          .answer(language));
}

rtl::OUString feedback_with_dialog(const CommandContext& context)
{
    const core::Language language = office_ui_language(context.component_context);
    const auto model = spreadsheet_of(context);
    std::optional<FeedbackJob> job;
    {
        // Reading a province's workbook takes a while: the bar says so before the dialog.
        WorkProgress reading(context, std::string(core::text(language, "feedback.progress")), false);
        reading.show(0, std::string(core::text(language, "feedback.progress_reading")));
        job.emplace(prepare(context));
    }
    if (job->plan.units.empty())
        throw UserError(std::string(core::text(language, "feedback.no_units_in_review")));
    const core::UserOptions options = read_user_options(context.component_context);
    std::string folder = options.output_folder;
    if (folder.empty() && !model->getURL().isEmpty())
        folder = std::filesystem::path(system_path_of(model->getURL())).parent_path().string();

    const ExtensionDialog window(context.component_context, "dialogs/Feedback.xdl", "feedback");
    const auto controls = window.controls();
    const css::uno::Reference<awt::XListBox> units(controls->getControl(ascii("Units")), css::uno::UNO_QUERY_THROW);
    for (const core::UnitFeedback& unit : job->plan.units)
    {
        const core::UnionResult& result = job->review.unions[unit.unit];
        // The name and, with a quota, how far it is ("… (13/12)"): the whole standing is in the file.
        const std::string standing = result.quota > 0 ? "  (" + std::to_string(result.counts.valid) + "/" + std::to_string(result.quota) + ")"
                                                      : std::string();
        units->addItem(to_ustring(result.name + standing), units->getItemCount());
    }
    for (sal_Int16 i = 0; i < units->getItemCount(); ++i)
        units->selectItemPos(i, true);
    css::uno::Reference<awt::XButton>(controls->getControl(ascii("All")), css::uno::UNO_QUERY_THROW)
        ->addActionListener(new SelectAllListener(units, true));
    css::uno::Reference<awt::XButton>(controls->getControl(ascii("None")), css::uno::UNO_QUERY_THROW)
        ->addActionListener(new SelectAllListener(units, false));
    for (const char* format : kFeedbackFormats)
        control_model(controls, std::string("Format_") + format)->setPropertyValue(ascii("State"), css::uno::Any(static_cast<sal_Int16>(1)));
    set_control_text(controls, "Deadline", "Text", job->settings.deadline);
    control_model(controls, "Letter")->setPropertyValue(ascii("State"), css::uno::Any(static_cast<sal_Int16>(0)));
    set_control_text(controls, "Folder", "Text", folder);
    css::uno::Reference<awt::XButton>(controls->getControl(ascii("Browse")), css::uno::UNO_QUERY_THROW)
        ->addActionListener(new BrowseFolderListener(context.component_context, controls, "Folder",
                                                     std::string(core::text(language, "folder.pick_title"))));

    std::vector<std::size_t> chosen;
    std::vector<std::string> formats;
    for (;;)
    {
        if (!window.run())
            return to_ustring(core::text(language, "feedback.cancelled"));
        chosen.clear();
        for (const sal_Int16 i : units->getSelectedItemsPos())
            chosen.push_back(static_cast<std::size_t>(i));
        std::sort(chosen.begin(), chosen.end());
        formats.clear();
        for (const char* format : kFeedbackFormats)
        {
            sal_Int16 state = 0;
            control_model(controls, std::string("Format_") + format)->getPropertyValue(ascii("State")) >>= state;
            if (state == 1)
                formats.emplace_back(format);
        }
        folder = control_text(controls, "Folder");
        std::vector<std::string> problems;
        if (chosen.empty())
            problems.emplace_back(core::text(language, "feedback.no_unit"));
        if (formats.empty())
            problems.emplace_back(core::text(language, "feedback.no_format"));
        const core::FolderState state = core::folder_state(folder);
        if (folder.empty())
            problems.emplace_back(core::text(language, "feedback.no_folder"));
        else if (state == core::FolderState::invalid)
            problems.push_back(core::format(language, "dossier.bad_folder", {folder}));
        if (problems.empty() && state == core::FolderState::can_create
            && !offer_to_create_folder(context.frame->getContainerWindow(), folder, language))
            continue;
        if (problems.empty())
            break;
        std::string message;
        for (const auto& problem : problems)
            message += (message.empty() ? "" : "\n") + problem;
        show_message(context.frame->getContainerWindow(), awt::MessageBoxType_WARNINGBOX, message);
    }
    job->settings.deadline = core::collapse_spaces(control_text(controls, "Deadline"));
    sal_Int16 letter = 0;
    control_model(controls, "Letter")->getPropertyValue(ascii("State")) >>= letter;
    const std::string folder_url = folder_url_of(folder);
    if (folder_url.empty())
        throw UserError(core::format(language, "dossier.bad_folder", {folder}));
    std::optional<WorkProgress> progress(std::in_place, context, std::string(core::text(language, "feedback.progress")), true);
    const FeedbackOutcome outcome = make_files(context, *job, chosen, folder_url, formats, letter == 1, false, *progress, language);
    progress.reset(); // the bar and Dừng go before the outcome is shown
    show_stored_files(context.component_context, context.frame->getContainerWindow(), outcome.for_window(folder, language), folder,
                      language);
    return to_ustring(outcome.answer(language));
}

} // namespace sangkien::uno
