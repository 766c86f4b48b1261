// vn.sangkien:Report — "Tạo báo cáo tổng kết" — and vn.sangkien:Dossier / DossierDialog — "Tạo hồ
// sơ khen thưởng…": the workbook is reviewed by the core (no sheet is written), the documents'
// data built (core::document_data), each template (the user's own copy first) loaded hidden with
// macros off, filled, and either shown in Writer or stored in the output folder. Arguments after
// "?" (the CLI's): output=<folder URL>, formats=odt,pdf,docx, documents=ToTrinh,BienBan.
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
#include "writer/writer_document.hxx"
#include "writer/writer_fill.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

// Today in the user's time zone, through the office's own portable time functions.
core::Date today()
{
    TimeValue system{};
    TimeValue local{};
    oslDateTime date{};
    if (!osl_getSystemTime(&system) || !osl_getLocalTimeFromSystemTime(&system, &local)
        || !osl_getDateTimeFromTimeValue(&local, &date))
        throw std::runtime_error("the system clock cannot be read");
    return core::Date{date.Year, date.Month, date.Day};
}

// The documents' data, and what the user must know about its figures before signing them.
struct WorkbookData
{
    core::FillData fill;
    std::vector<std::string> warnings;
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
                      {}};
    if (!merge_summary.empty()) // several workbooks: what reading them found, before anything is signed
        data.warnings.push_back(merge_summary);
    for (const core::Issue& issue : book.issues) // a setting the figures could not rest on
        if (issue.key == "options.unreadable")
            data.warnings.push_back(core::issue_message(issue, language));
    if (summary.total.uncertain > 0) // never a silently wrong figure in a signed document
        data.warnings.push_back(core::format(language, "document.data_uncertain", {core::format_count(summary.total.uncertain, language)}));
    return data;
}

// A file URL in `folder_url` named `file`.`format`; unless `overwrite`, an existing file is kept
// and the next free name ("BaoCaoTongKet (2).odt") is used.
rtl::OUString target_url(const std::string& folder_url, const std::string& file, const std::string& format, bool overwrite)
{
    rtl::OUString folder_path;
    osl::FileBase::getSystemPathFromFileURL(to_ustring(folder_url), folder_path);
    const std::filesystem::path folder(to_utf8(folder_path));
    std::filesystem::path target = folder / (file + "." + format);
    std::error_code error;
    for (int n = 2; !overwrite && std::filesystem::exists(target, error); ++n)
        target = folder / (file + " (" + std::to_string(n) + ")." + format);
    rtl::OUString url;
    osl::FileBase::getFileURLFromSystemPath(to_ustring(target.string()), url);
    return url;
}

std::string folder_url_of(const std::string& path)
{
    rtl::OUString url;
    if (osl::FileBase::getFileURLFromSystemPath(to_ustring(path), url) != osl::FileBase::E_None)
        return {};
    return to_utf8(url);
}

struct Produced
{
    std::vector<std::string> files; // system paths written
    std::vector<std::string> problems;
};

// One document: loaded, filled, stored in every format (when a folder is given), then shown in
// its own window or closed.
void produce(const CommandContext& context, const core::DocumentInfo& info, const core::FillData& data,
             const std::string& folder_url, const std::vector<std::string>& formats, bool overwrite, bool show,
             core::Language language, Produced& produced, const FillProgress& progress = {})
{
    TemplateDocument document(context.component_context,
                              template_url(context.component_context, core::template_name(info, data) + ".ott"), language);
    for (const auto& problem : fill_writer_document(document.component(), data, language, progress))
        produced.problems.push_back(core::format(language, "document.problem", {info.file, problem}));
    if (!folder_url.empty())
        for (const auto& format : formats)
        {
            const rtl::OUString url = target_url(folder_url, info.file, format, overwrite);
            store_document(document.component(), url, format);
            rtl::OUString path;
            osl::FileBase::getSystemPathFromFileURL(url, path);
            produced.files.push_back(to_utf8(path));
        }
    if (!show)
        return; // closed with `document`
    const auto shown = document.release();
    const auto frame = css::uno::Reference<frame::XModel>(shown, css::uno::UNO_QUERY_THROW)->getCurrentController()->getFrame();
    // A window named for what it holds ("Báo cáo tổng kết"), not "Không tên 1".
    if (const css::uno::Reference<frame::XTitle> title(shown, css::uno::UNO_QUERY); title.is())
        title->setTitle(to_ustring(core::text(language, "document.title." + std::string(info.file))));
    frame->getContainerWindow()->setVisible(true);
    if (const css::uno::Reference<awt::XTopWindow> top(frame->getContainerWindow(), css::uno::UNO_QUERY); top.is())
        top->toFront();
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

void warn_about_problems(const CommandContext& context, const Produced& produced, core::Language language)
{
    if (produced.problems.empty() || !context.frame.is())
        return;
    std::string message = std::string(core::text(language, "document.problems"));
    for (const auto& problem : produced.problems)
        message += "\n• " + problem;
    show_message(context.frame->getContainerWindow(), awt::MessageBoxType_WARNINGBOX, message);
}

std::vector<std::string> requested_formats(const std::string& text, core::Language language)
{
    std::vector<std::string> unknown;
    auto formats = core::output_formats(text, &unknown);
    if (!unknown.empty())
        throw UserError(core::format(language, "document.bad_formats", {text}));
    return formats;
}

} // namespace

rtl::OUString make_report(const CommandContext& context)
{
    const core::Language language = office_ui_language(context.component_context);
    // One bar through the whole report: reading and reviewing (to 20), the fill by phase and by
    // list rows (to 90), storing (to 100).
    std::optional<Progress> progress(std::in_place, context.frame, std::string(core::text(language, "document.report_progress")), 100);
    WorkbookData workbook = workbook_data(context, language);
    progress->step(20);
    const FillProgress filling = [&progress](double fraction) { progress->step(20 + static_cast<sal_Int32>(70 * fraction)); };
    const core::FillData& data = workbook.fill;
    const core::DocumentInfo& info = core::document_catalogue().front();
    Produced produced{{}, workbook.warnings};
    const std::string output = context.arguments.output.value_or("");
    if (!output.empty())
    {
        // Batch use: stored where asked, not shown; an existing file is kept (the next free name
        // is used) unless the caller says overwrite=1.
        const auto formats = requested_formats(context.arguments.formats.empty() ? "odt,pdf" : context.arguments.formats, language);
        produce(context, info, data, output, formats, context.arguments.overwrite, false, language, produced, filling);
        progress.reset();
    }
    else
    {
        // The user's click: the report opens in Writer; with an output folder in the settings, a
        // copy is also stored there (never over an existing file).
        const core::UserOptions options = read_user_options(context.component_context);
        const std::string folder = options.output_folder.empty() ? std::string() : folder_url_of(options.output_folder);
        produce(context, info, data, folder, core::output_formats(options.formats), false, true, language, produced, filling);
        progress.reset(); // the bar goes before any message
        warn_about_problems(context, produced, language);
        // A copy stored beside the open report is said, with where.
        if (!produced.files.empty() && context.frame.is())
        {
            std::string files;
            for (const auto& file : produced.files)
                files += (files.empty() ? "" : "\n") + file;
            show_message(context.frame->getContainerWindow(), awt::MessageBoxType_INFOBOX,
                         core::format(language, "document.copies_stored", {files}));
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
    const WorkbookData workbook = workbook_data(context, language);
    const core::FillData& data = workbook.fill;
    Produced produced{{}, workbook.warnings};
    for (const auto& info : chosen)
        produce(context, info, data, output, formats, context.arguments.overwrite, false, language, produced);
    return to_ustring(outcome_text(std::string(core::text(language, "document.dossier_done")), produced, language));
}

rtl::OUString dossier_with_dialog(const CommandContext& context)
{
    const core::Language language = office_ui_language(context.component_context);
    const auto model = spreadsheet_of(context); // a workbook first
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
    const WorkbookData workbook = workbook_data(context, language);
    const core::FillData& data = workbook.fill;
    Produced produced{{}, workbook.warnings};
    {
        // Each document's share of the bar moves with its fill.
        const auto documents = static_cast<sal_Int32>(choice.documents.size());
        Progress progress(context.frame, std::string(core::text(language, "document.progress")), 100 * documents);
        for (sal_Int32 i = 0; i < documents; ++i)
            produce(context, choice.documents[static_cast<std::size_t>(i)], data, folder, choice.formats, false, false, language,
                    produced, [&progress, i](double fraction) { progress.step(100 * i + static_cast<sal_Int32>(100 * fraction)); });
    }
    const std::string text = outcome_text(std::string(core::text(language, "document.dossier_done")), produced, language);
    show_message(context.frame->getContainerWindow(),
                 produced.problems.empty() ? awt::MessageBoxType_INFOBOX : awt::MessageBoxType_WARNINGBOX, text);
    return to_ustring(text);
}

} // namespace sangkien::uno
