// vn.sangkien:Report — "Tạo báo cáo tổng kết" — and vn.sangkien:Dossier / DossierDialog — "Tạo hồ
// sơ khen thưởng…": the workbook is reviewed by the core (no sheet is written), the documents'
// data built (core::document_data), each template (the user's own copy first) loaded hidden with
// macros off, filled, and either shown in Writer or stored in the output folder. Arguments after
// "?" (the CLI's): output=<folder URL>, formats=odt,pdf,docx, documents=ToTrinh,BienBan.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>
#include <stdexcept>

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XTopWindow.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XTitle.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <osl/file.hxx>
#include <osl/time.h>

#include "commands/commands.hxx"
#include "sangkien/uno_common/ustring.hxx"
#include "dialogs/dialog_controls.hxx"
#include "calc/document_tools.hxx"
#include "commands/review_run.hxx"
#include "commands/workbook_sources.hxx"
#include "core/documents/document_data.hxx"
#include "core/documents/dossier_form.hxx"
#include "core/text/format.hxx"
#include "calc/sheet_io.hxx"
#include "calc/ui_language.hxx"
#include "calc/user_settings.hxx"
#include "core/documents/document_work.hxx"
#include "core/forms/work_plan.hxx"
#include "dialogs/stored_files.hxx"
#include "dialogs/work_progress.hxx"
#include "writer/writer_document.hxx"
#include "writer/writer_fill.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

// The documents' data, and what the user must know about its figures before signing them.
struct WorkbookData
{
    core::FillData fill;
    std::vector<std::string> warnings;
    std::size_t rows = 0; // initiatives read: the weight of reading them
};

WorkbookData workbook_data(const CommandContext& context, core::Language language)
{
    std::string merge_summary;
    core::Workbook book = command_workbook(context, &merge_summary);
    const core::Criteria criteria = command_criteria(context, book);
    const core::Review review = core::review_workbook(book, criteria);
    const core::Summary summary = core::summarise(book, review);
    WorkbookData data{core::document_data(book, review, summary,
                                          core::document_settings(book, read_user_options(context.component_context)),
                                          today(), language),
                      {}, book.initiatives.size()};
    if (!merge_summary.empty()) // several workbooks: what reading them found, before anything is signed
        data.warnings.push_back(merge_summary);
    for (const core::Issue& issue : book.issues) // a setting the figures could not rest on
        if (issue.key == "options.unreadable")
            data.warnings.push_back(core::issue_message(issue, language));
    if (summary.total.uncertain > 0) // never a silently wrong figure in a signed document
        data.warnings.push_back(core::format(language, "document.data_uncertain", {core::format_count(summary.total.uncertain, language)}));
    return data;
}

struct Produced
{
    std::vector<std::string> files; // system paths written
    std::vector<std::string> problems;
    std::size_t documents = 0;      // made whole: stored in every format (or shown)
    css::uno::Reference<awt::XWindow> shown; // the window a shown document opened in
};

// Where a document is in the work: its part of the bar and its place among the documents made.
struct DocumentStep
{
    WorkProgress& progress;
    const core::WorkPlan& plan;
    std::size_t part;   // in the plan
    std::size_t number; // 1-based, among `count` documents
    std::size_t count;

    // "Đang lập Quyết định khen thưởng (6/7)…", "Đang lưu … (6/7) dạng PDF…"; without the place
    // when the document is the only one ("(1/1)" says nothing).
    std::string making(const std::string& title, core::Language language) const
    {
        return count == 1 ? core::format(language, "document.progress_making_one", {title})
                          : core::format(language, "document.progress_making", {title, place(number, language), place(count, language)});
    }
    std::string storing(const std::string& title, std::string format, core::Language language) const
    {
        std::transform(format.begin(), format.end(), format.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        return count == 1 ? core::format(language, "document.progress_storing_one", {title, format})
                          : core::format(language, "document.progress_storing",
                                         {title, place(number, language), place(count, language), format});
    }

private:
    static std::string place(std::size_t n, core::Language language)
    {
        return core::format_count(static_cast<std::int64_t>(n), language);
    }
};

// A filled document handed to a window of its own, named for what it holds ("Báo cáo tổng kết",
// not "Không tên 1"), in front.
css::uno::Reference<awt::XWindow> show_in_window(TemplateDocument& document, const std::string& title)
{
    const auto shown = document.release();
    const auto frame = css::uno::Reference<frame::XModel>(shown, css::uno::UNO_QUERY_THROW)->getCurrentController()->getFrame();
    if (const css::uno::Reference<frame::XTitle> named(shown, css::uno::UNO_QUERY); named.is())
        named->setTitle(to_ustring(title));
    const auto window = frame->getContainerWindow();
    window->setVisible(true);
    if (const css::uno::Reference<awt::XTopWindow> top(window, css::uno::UNO_QUERY); top.is())
        top->toFront();
    return window;
}

// One document: loaded, filled, stored in every format (when a folder is given), then shown in
// its own window or closed. The bar moves through it by its expected work (load, fill by list
// rows and repeated items, each store as its filter tells); a stop asked meanwhile is honoured
// between items and before the first store, never in the middle of a file.
void produce(const CommandContext& context, const core::DocumentInfo& info, const core::FillData& data,
             const std::string& folder_url, const std::vector<std::string>& formats, bool overwrite, bool show,
             core::Language language, Produced& produced, const DocumentStep& step)
{
    const std::string title(core::text(language, "document.title." + std::string(info.file)));
    const core::DocumentWork work = core::document_work(info.kind, data);
    const std::vector<std::string> stored = folder_url.empty() ? std::vector<std::string>() : formats;
    const double total = work.total(stored.size()) + (show ? work.store : 0); // showing lays it out, as a store does
    const auto at = [&](double done, const std::string& text = {}) {
        step.progress.show(step.plan.fraction(step.part, done / total), text);
    };
    at(0, step.making(title, language));
    TemplateDocument document(context.component_context,
                              template_url(context.component_context, core::template_name(info, data) + ".ott"), language);
    at(work.load);
    const std::vector<std::string> problems = fill_writer_document(document.component(), data, language, [&](double filled) {
        at(work.load + work.filled(filled));
        step.progress.check();
    });
    step.progress.check(); // a stop asked during the fill: nothing of this document is stored
    double done = work.load + work.fill;
    for (const auto& format : stored)
    {
        at(done, step.storing(title, format, language));
        const rtl::OUString url = store_in_folder(document.component(), folder_url, info.file, format, overwrite,
                                                  [&](double part) { at(done + work.store * part); });
        produced.files.push_back(system_path_of(url));
        done += work.store;
    }
    for (const auto& problem : problems)
        produced.problems.push_back(core::format(language, "document.problem", {info.file, problem}));
    ++produced.documents;
    if (!show)
        return; // closed with `document`
    at(done, core::format(language, "document.progress_showing", {title}));
    produced.shown = show_in_window(document, title);
}

std::string outcome_text(const std::string& done, const Produced& produced, core::Language language)
{
    std::string text = done;
    for (const auto& file : produced.files)
        text += "\n" + core::format(language, "document.written", {file});
    for (const auto& problem : produced.problems)
        text += "\n" + problem;
    return text;
}

void warn_about_problems(const css::uno::Reference<awt::XWindow>& window, const Produced& produced, core::Language language)
{
    if (produced.problems.empty() || !window.is())
        return;
    std::string message = std::string(core::text(language, "document.problems"));
    for (const auto& problem : produced.problems)
        message += "\n• " + problem;
    show_message(window, awt::MessageBoxType_WARNINGBOX, message);
}

std::vector<std::string> requested_formats(const std::string& text, core::Language language)
{
    std::vector<std::string> unknown;
    auto formats = core::output_formats(text, &unknown);
    if (!unknown.empty())
        throw UserError(core::format(language, "document.bad_formats", {text}));
    return formats;
}

// What a dossier did: its outcome, the files stored, and what the clerk must know.
struct DossierOutcome
{
    std::string headline; // made, or stopped with how many stored
    Produced produced;
    std::string not_made; // stopped: the documents not made

    // The command's answer (the CLI prints it): every file by its full path.
    std::string answer(core::Language language) const
    {
        std::string text = headline;
        for (const auto& file : produced.files)
            text += "\n" + core::format(language, "document.written", {file});
        if (!not_made.empty())
            text += "\n" + not_made;
        for (const auto& problem : produced.problems)
            text += "\n" + problem;
        return text;
    }

    // The closing window's: the folder once, then the files by name.
    std::string for_window(const std::string& folder, core::Language language) const
    {
        std::string text = headline;
        if (!produced.files.empty())
            text += "\n" + core::format(language, "document.stored_in", {folder});
        for (const auto& file : produced.files)
            text += "\n    " + std::filesystem::path(file).filename().string();
        if (!not_made.empty())
            text += "\n" + not_made;
        for (const auto& problem : produced.problems)
            text += "\n" + problem;
        return text;
    }
};

// The dossier's documents into the folder, one after another on one bar: reading and reviewing
// the workbook first, then each document by its expected work. A stop (Dừng, vn.sangkien:Stop)
// ends it between documents or items: the documents stored so far are kept — each whole, in every
// format — the one being made is dropped unstored, and the outcome says so.
DossierOutcome make_documents(const CommandContext& context, const std::vector<core::DocumentInfo>& chosen,
                              const std::string& folder_url, const std::vector<std::string>& formats, bool overwrite,
                              WorkProgress& progress, core::Language language)
{
    progress.show(0, std::string(core::text(language, "document.progress_reading")));
    const WorkbookData workbook = workbook_data(context, language);
    std::vector<double> weights{core::reading_work(workbook.rows)};
    for (const auto& info : chosen)
        weights.push_back(core::document_work(info.kind, workbook.fill).total(formats.size()));
    const core::WorkPlan plan(weights);
    progress.show(plan.fraction(0, 1));
    DossierOutcome outcome{std::string(core::text(language, "document.dossier_done")), Produced{{}, workbook.warnings, 0, {}}, {}};
    try
    {
        progress.check();
        for (std::size_t i = 0; i < chosen.size(); ++i)
        {
            produce(context, chosen[i], workbook.fill, folder_url, formats, overwrite, false, language, outcome.produced,
                    DocumentStep{progress, plan, i + 1, i + 1, chosen.size()});
            if (i + 1 < chosen.size())
                progress.check();
        }
        progress.show(1);
    }
    catch (const WorkStopped&)
    {
        outcome.headline = core::dossier_stopped_headline(outcome.produced.documents, chosen.size(), language);
        outcome.not_made = core::dossier_not_made(chosen, outcome.produced.documents, language);
    }
    return outcome;
}

} // namespace

rtl::OUString make_report(const CommandContext& context)
{
    const core::Language language = office_ui_language(context.component_context);
    const core::DocumentInfo& info = core::document_catalogue().front();
    const std::string output = context.arguments.output.value_or("");
    // Batch use (output=…): stored where asked, not shown; an existing file is kept (the next free
    // name is used) unless the caller says overwrite=1. The user's click: the report opens in
    // Writer; with an output folder in the settings, a copy is also stored there (never over an
    // existing file).
    const core::UserOptions options = read_user_options(context.component_context);
    const bool batch = !output.empty();
    const std::string folder = batch ? output : options.output_folder.empty() ? std::string() : folder_url_of(options.output_folder);
    const auto formats = batch ? requested_formats(context.arguments.formats.empty() ? "odt,pdf" : context.arguments.formats, language)
                               : core::output_formats(options.formats);
    // One bar through the whole report: reading and reviewing, then the document by its work.
    std::optional<WorkProgress> progress(std::in_place, context, std::string(core::text(language, "document.report_progress")), false);
    progress->show(0, std::string(core::text(language, "document.progress_reading")));
    WorkbookData workbook = workbook_data(context, language);
    const core::DocumentWork work = core::document_work(info.kind, workbook.fill);
    const core::WorkPlan plan({core::reading_work(workbook.rows), work.total(folder.empty() ? 0 : formats.size()) + (batch ? 0 : work.store)});
    Produced produced{{}, workbook.warnings, 0, {}};
    produce(context, info, workbook.fill, folder, formats, batch && context.arguments.overwrite, !batch, language, produced,
            DocumentStep{*progress, plan, 1, 1, 1});
    progress->show(1);
    progress.reset(); // the bar goes, and the new window is painted, before any message
    if (!batch && produced.shown.is())
    {
        // Over the report's own window, so that they come in front of it.
        warn_about_problems(produced.shown, produced, language);
        // A copy stored beside the open report is said, with where.
        if (!produced.files.empty())
        {
            std::string files;
            for (const auto& file : produced.files)
                files += (files.empty() ? "" : "\n") + file;
            show_stored_files(context.component_context, produced.shown, core::format(language, "document.copies_stored", {files}),
                              options.output_folder, language);
        }
    }
    return to_ustring(outcome_text(std::string(core::text(language, "document.report_done")), produced, language));
}

rtl::OUString make_dossier(const CommandContext& context)
{
    const core::Language language = office_ui_language(context.component_context);
    const std::string output = context.arguments.output.value_or("");
    if (output.empty())
        throw UserError(std::string(core::text(language, "document.no_folder")));
    const auto formats = requested_formats(context.arguments.formats.empty() ? "odt,pdf" : context.arguments.formats, language);
    const auto chosen = core::dossier_selection(context.arguments.documents);
    WorkProgress progress(context, std::string(core::text(language, "document.progress")), true);
    return to_ustring(make_documents(context, chosen, output, formats, context.arguments.overwrite, progress, language).answer(language));
}

namespace {

// A workbook without a list of initiatives is said before the dialog, not after the clerk filled
// it in (only the sheets' first rows are read).
void require_initiative_list(const css::uno::Reference<frame::XModel>& model, core::Language language)
{
    const core::Workbook layout = core::read_workbook_layout(
        read_workbook_source(css::uno::Reference<sheet::XSpreadsheetDocument>(model, css::uno::UNO_QUERY_THROW),
                             previous_result_sheets(model)),
        remembered_mapping(model), remembered_sheet_choices(model));
    if (layout.sheet_names.find(core::SheetKind::initiatives) == layout.sheet_names.end())
        throw UserError(std::string(core::text(language, "workbook.no_initiatives")));
}

} // namespace

rtl::OUString dossier_with_dialog(const CommandContext& context)
{
    const core::Language language = office_ui_language(context.component_context);
    const auto model = spreadsheet_of(context); // a workbook first
    require_initiative_list(model, language);
    const core::UserOptions options = read_user_options(context.component_context);
    core::DossierForm form = core::make_dossier_form(options);
    if (form.folder.empty())
    {
        // No output folder in the settings: the workbook's own folder, when it has been saved.
        rtl::OUString path;
        if (!model->getURL().isEmpty() && osl::FileBase::getSystemPathFromFileURL(model->getURL(), path) == osl::FileBase::E_None)
            form.folder = std::filesystem::path(to_utf8(path)).parent_path().string();
    }

    const ExtensionDialog window(context.component_context, "dialogs/Dossier.xdl", "documents");
    const auto controls = window.controls();
    const auto set_check = [&](const std::string& name, bool on) {
        control_model(controls, name)->setPropertyValue(ascii("State"), css::uno::Any(static_cast<sal_Int16>(on ? 1 : 0)));
    };
    const auto checked = [&](const std::string& name) {
        sal_Int16 state = 0;
        control_model(controls, name)->getPropertyValue(ascii("State")) >>= state;
        return state == 1;
    };
    // Each check box is named after what it stands for (the catalogue's file, the format), never
    // by its position: Dialogs.EveryDossierDocumentAndFormatHasItsCheckBox holds the two together.
    const auto documents = core::dossier_documents();
    const auto document_box = [&](std::size_t i) { return std::string("Document_") + documents.at(i).file; };
    const auto format_box = [](std::size_t i) { return std::string("Format_") + core::kDossierFormats[i]; };
    for (std::size_t i = 0; i < form.documents.size(); ++i)
        set_check(document_box(i), form.documents[i]);
    for (std::size_t i = 0; i < form.formats.size(); ++i)
        set_check(format_box(i), form.formats[i]);
    set_control_text(controls, "Folder", "Text", form.folder);
    css::uno::Reference<awt::XButton>(controls->getControl(ascii("Browse")), css::uno::UNO_QUERY_THROW)
        ->addActionListener(new BrowseFolderListener(context.component_context, controls, "Folder",
                                                     std::string(core::text(language, "folder.pick_title"))));

    core::DossierChoice choice;
    for (;;)
    {
        if (!window.run())
            return to_ustring(core::text(language, "document.cancelled"));
        for (std::size_t i = 0; i < form.documents.size(); ++i)
            form.documents[i] = checked(document_box(i));
        for (std::size_t i = 0; i < form.formats.size(); ++i)
            form.formats[i] = checked(format_box(i));
        form.folder = control_text(controls, "Folder");
        choice = core::read_dossier_form(form, language);
        // A folder not made yet: made when the clerk says so, else the dialog again.
        if (choice.problems.empty() && choice.folder_missing
            && !offer_to_create_folder(context.frame->getContainerWindow(), choice.folder, language))
            continue;
        if (choice.problems.empty())
            break;
        std::string message;
        for (const auto& problem : choice.problems)
            message += (message.empty() ? "" : "\n") + problem;
        show_message(context.frame->getContainerWindow(), awt::MessageBoxType_WARNINGBOX, message);
    }
    const std::string folder = folder_url_of(choice.folder);
    if (folder.empty())
        throw UserError(core::format(language, "dossier.bad_folder", {choice.folder}));
    std::optional<WorkProgress> progress(std::in_place, context, std::string(core::text(language, "dossier.title")), true);
    const DossierOutcome outcome = make_documents(context, choice.documents, folder, choice.formats, false, *progress, language);
    progress.reset(); // the bar and Dừng go before the outcome is shown
    show_stored_files(context.component_context, context.frame->getContainerWindow(), outcome.for_window(choice.folder, language),
                      choice.folder, language);
    return to_ustring(outcome.answer(language));
}

} // namespace sangkien::uno
