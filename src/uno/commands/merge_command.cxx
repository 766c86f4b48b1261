// vn.sangkien:Merge and "Gộp sổ sáng kiến…" (vn.sangkien:MergeDialog): several initiative
// workbooks consolidated by core::WorkbookMerger into a new Calc document in our own layout.
//
// Each source is copied into a private folder and the copy is opened hidden, read-only, with
// macros never run: the user's file is only read, never locked, and a workbook the user has open
// in this office is not touched (loading its own URL would hand back the open document). Each
// source is read and closed before the next is opened, so only one is in memory at a time.
//
//   Merge?source=URL&source=URL…[&name=NAME…][&settings_from=NAME][&output=URL][&overwrite=1]
//   (uno_common::CommandArguments)
//        [&private_sources=1]   (the sources are the caller's private copies: not copied again)
// With `output`, the merged workbook is stored there (an existing file is kept, the new one takes
// the next free name, unless overwrite=1) and closed; without it, it is shown, unsaved.
#include <algorithm>
#include <filesystem>
#include <optional>
#include <random>
#include <sstream>

#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XTopWindow.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/FolderPicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker3.hpp>
#include <cppuhelper/implbase1.hxx>
#include <osl/file.hxx>

#include "commands/commands.hxx"
#include "commands/workbook_sources.hxx"
#include "sangkien/uno_common/package_check.hxx"
#include "sangkien/uno_common/private_copy.hxx"
#include "sangkien/uno_common/ustring.hxx"
#include "dialogs/dialog_controls.hxx"
#include "calc/document_tools.hxx"
#include "core/text/format.hxx"
#include "core/features/merge.hxx"
#include "calc/sheet_io.hxx"
#include "calc/sheet_writer.hxx"
#include "calc/ui_language.hxx"
#include "calc/user_settings.hxx"
#include "core/forms/work_plan.hxx"
#include "dialogs/work_progress.hxx"
#include "writer/writer_document.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

namespace fs = std::filesystem;

// The merged sheets into a new Calc document (hidden until shown).
css::uno::Reference<lang::XComponent> write_merged(const CommandContext& context, const core::MergedWorkbook& merged,
                                                   core::Language language)
{
    HiddenDocument document(context.component_context, "private:factory/scalc", false);
    write_new_workbook(document.component(), merged.sheets, language);
    return document.release();
}

// Where the merged workbook goes: `wanted`, or the next free name beside it unless `overwrite`.
fs::path free_output(const fs::path& wanted, bool overwrite)
{
    std::error_code error;
    fs::path target = wanted;
    for (int n = 2; !overwrite && fs::exists(target, error); ++n)
        target = wanted.parent_path() / (wanted.stem().string() + " (" + std::to_string(n) + ")" + wanted.extension().string());
    return target;
}

std::string run_merge(const CommandContext& context, const MergeRequest& request)
{
    const core::Language language = office_ui_language(context.component_context);
    if (request.files.empty())
        throw UserError(std::string(core::text(language, "merge.nothing")));
    std::string filter;
    if (request.output)
    {
        filter = core::calc_filter_for(*request.output);
        if (filter.empty())
            throw UserError(core::format(language, "merge.no_output_format", {request.output->filename().string()}));
    }
    // One bar: each source by its size, then writing the merged workbook (and storing it).
    std::optional<WorkProgress> progress(std::in_place, context, std::string(core::text(language, "merge.progress")), false);
    std::vector<double> weights;
    double sources = 0;
    for (const auto& file : request.files)
    {
        std::error_code error;
        const auto size = fs::file_size(file, error);
        weights.push_back(error ? 1.0 : static_cast<double>(std::max<std::uintmax_t>(size, 1)));
        sources += weights.back();
    }
    weights.push_back(0.5 * sources);
    weights.push_back(request.output ? 0.5 * sources : 0);
    const core::WorkPlan plan(weights);
    const std::size_t writing = request.files.size();
    const core::MergedWorkbook merged = merge_sources(context, request, false, [&](std::size_t index, std::size_t total, const std::string& name) {
        progress->show(plan.fraction(index, 0),
                       index < total ? core::format(language, "merge.progress_source",
                                                    {name, core::format_count(static_cast<std::int64_t>(index + 1), language),
                                                     core::format_count(static_cast<std::int64_t>(total), language)})
                                     : std::string(core::text(language, "merge.progress_writing")));
    });
    const auto document = write_merged(context, merged, language);
    std::string summary = core::merge_summary_text(merged, language);
    if (request.output)
    {
        const fs::path target = free_output(*request.output, request.overwrite);
        progress->show(plan.fraction(writing + 1, 0), core::format(language, "merge.progress_storing", {target.filename().string()}));
        std::error_code error;
        const bool existed = fs::exists(target, error);
        try
        {
            const auto arguments = sequence_of<beans::PropertyValue>(
                {property("FilterName", css::uno::Any(to_ustring(filter))), property("Overwrite", css::uno::Any(true))});
            css::uno::Reference<frame::XStorable>(document, css::uno::UNO_QUERY_THROW)
                ->storeToURL(to_ustring(file_url(target)), arguments);
        }
        catch (const css::uno::Exception&)
        {
            // Nothing partial is left behind; the clerk is told what to try (a very large merge
            // does not fit one .ods: LibreOffice cannot write its content in one zip entry).
            close_document(document);
            if (!existed)
                fs::remove(target, error);
            throw UserError(core::format(language, "merge.store_failed",
                                         {target.string(), core::format_count(static_cast<std::int64_t>(merged.initiatives), language)}));
        }
        catch (...)
        {
            close_document(document);
            if (!existed)
                fs::remove(target, error);
            throw;
        }
        close_document(document);
        progress->show(1);
        return summary + "\n" + core::format(language, "merge.written", {target.string()});
    }
    progress->show(1);
    progress.reset(); // the bar goes before the new window and its message
    const auto frame = css::uno::Reference<frame::XModel>(document, css::uno::UNO_QUERY_THROW)->getCurrentController()->getFrame();
    frame->getContainerWindow()->setVisible(true);
    if (const css::uno::Reference<awt::XTopWindow> top(frame->getContainerWindow(), css::uno::UNO_QUERY); top.is())
        top->toFront();
    show_message(frame->getContainerWindow(), awt::MessageBoxType_INFOBOX, summary);
    return summary;
}

// ---------------------------------------------------------------------------------------------
// The dialog: the files (added one by one or by folder, removed), where Thông tin comes from.

// The folder the clerk last took workbooks from, for the pickers' next start (while the office runs).
fs::path& last_merge_folder()
{
    static fs::path folder;
    return folder;
}

void start_in_last_folder(const css::uno::Reference<ui::dialogs::XFilePicker3>& picker)
{
    std::error_code error;
    rtl::OUString url;
    if (!last_merge_folder().empty() && fs::is_directory(last_merge_folder(), error)
        && osl::FileBase::getFileURLFromSystemPath(to_ustring(last_merge_folder().string()), url) == osl::FileBase::E_None)
        picker->setDisplayDirectory(url);
}

struct DialogState
{
    std::vector<fs::path> files;
    std::optional<fs::path> settings_file; // the file Thông tin comes from, as chosen; none: automatic
};

// The file chosen for Thông tin as the list shows it now (its entries follow `state.files`).
std::optional<fs::path> chosen_settings_file(const css::uno::Reference<awt::XControlContainer>& controls, const DialogState& state)
{
    css::uno::Sequence<sal_Int16> selected;
    control_model(controls, "SettingsFrom")->getPropertyValue(ascii("SelectedItems")) >>= selected;
    if (selected.getLength() > 0 && selected[0] > 0 && static_cast<std::size_t>(selected[0]) <= state.files.size())
        return state.files[static_cast<std::size_t>(selected[0] - 1)];
    return std::nullopt;
}

class MergeDialogListener : public cppu::WeakImplHelper1<awt::XActionListener>
{
public:
    enum class Action { add_files, add_folder, remove };

    MergeDialogListener(css::uno::Reference<css::uno::XComponentContext> context,
                        css::uno::Reference<awt::XControlContainer> controls, std::shared_ptr<DialogState> state,
                        Action action, core::Language language)
        : context_(std::move(context)), controls_(std::move(controls)), state_(std::move(state)), action_(action),
          language_(language)
    {
    }

    void SAL_CALL actionPerformed(const awt::ActionEvent&) override
    {
        try
        {
            // The choice goes with its file, not its place: removing a file above it never moves it
            // to another workbook.
            state_->settings_file = chosen_settings_file(controls_, *state_);
            if (action_ == Action::add_files)
                add_files();
            else if (action_ == Action::add_folder)
                add_folder();
            else
                remove_selected();
            show(controls_, *state_, language_);
        }
        catch (...)
        {
            // A picker that failed leaves the list as it was.
        }
    }
    void SAL_CALL disposing(const lang::EventObject&) override {}

    static void show(const css::uno::Reference<awt::XControlContainer>& controls, const DialogState& state, core::Language language)
    {
        const auto names = core::source_names(state.files);
        css::uno::Sequence<rtl::OUString> items(static_cast<sal_Int32>(state.files.size()));
        for (std::size_t i = 0; i < state.files.size(); ++i)
            items.getArray()[i] = to_ustring(names[i] + "   —   " + state.files[i].parent_path().string());
        control_model(controls, "Files")->setPropertyValue(ascii("StringItemList"), css::uno::Any(items));
        const auto settings = control_model(controls, "SettingsFrom");
        sal_Int16 chosen = 0; // automatic, also when the chosen file was removed
        if (state.settings_file)
            if (const auto at = std::find(state.files.begin(), state.files.end(), *state.settings_file); at != state.files.end())
                chosen = static_cast<sal_Int16>(at - state.files.begin() + 1);
        css::uno::Sequence<rtl::OUString> sources(static_cast<sal_Int32>(names.size() + 1));
        sources.getArray()[0] = to_ustring(std::string(core::text(language, "merge.dialog.settings_from_options")));
        for (std::size_t i = 0; i < names.size(); ++i)
            sources.getArray()[i + 1] = to_ustring(names[i]);
        settings->setPropertyValue(ascii("StringItemList"), css::uno::Any(sources));
        settings->setPropertyValue(ascii("SelectedItems"), css::uno::Any(sequence_of<sal_Int16>({chosen})));
        set_control_text(controls, "Count", "Label",
                         core::format(language, "merge.dialog.count", {core::format_count(static_cast<std::int64_t>(state.files.size()), language)}));
        control_model(controls, "Merge")->setPropertyValue(ascii("Enabled"), css::uno::Any(!state.files.empty()));
    }

private:
    void add(const fs::path& file)
    {
        std::error_code error;
        const fs::path canonical = fs::weakly_canonical(file, error);
        const fs::path& key = error ? file : canonical;
        if (std::find(state_->files.begin(), state_->files.end(), key) == state_->files.end())
            state_->files.push_back(key);
    }

    void add_files()
    {
        const auto picker = ui::dialogs::FilePicker::createWithMode(context_, ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
        picker->setMultiSelectionMode(true);
        picker->setTitle(to_ustring(std::string(core::text(language_, "merge.dialog.pick_files"))));
        std::string patterns;
        for (const std::string_view extension : core::kWorkbookExtensions)
        {
            patterns += patterns.empty() ? "*" : ";*";
            patterns += extension;
        }
        picker->appendFilter(to_ustring(std::string(core::text(language_, "merge.dialog.filter"))), to_ustring(patterns));
        start_in_last_folder(picker);
        if (picker->execute() != ui::dialogs::ExecutableDialogResults::OK)
            return;
        for (const auto& url : picker->getSelectedFiles())
        {
            const fs::path file = system_path(to_utf8(url));
            last_merge_folder() = file.parent_path();
            add(file);
        }
    }

    void add_folder()
    {
        const auto folder = pick_folder(context_, std::string(core::text(language_, "merge.dialog.pick_folder")),
                                        last_merge_folder().string());
        if (!folder)
            return;
        last_merge_folder() = *folder;
        const auto workbooks = core::workbooks_in_folder(*folder);
        if (workbooks.empty()) // said, never a list that silently stays as it was
            show_message(css::uno::Reference<awt::XWindow>(css::uno::Reference<awt::XControl>(controls_, css::uno::UNO_QUERY_THROW)->getPeer(),
                                                           css::uno::UNO_QUERY),
                         awt::MessageBoxType_INFOBOX, core::format(language_, "merge.dialog.folder_empty", {*folder}));
        for (const auto& file : workbooks)
            add(file);
    }

    void remove_selected()
    {
        css::uno::Sequence<sal_Int16> selected;
        control_model(controls_, "Files")->getPropertyValue(ascii("SelectedItems")) >>= selected;
        std::vector<sal_Int16> doomed(selected.begin(), selected.end());
        std::sort(doomed.rbegin(), doomed.rend());
        for (const sal_Int16 index : doomed)
            if (index >= 0 && static_cast<std::size_t>(index) < state_->files.size())
                state_->files.erase(state_->files.begin() + index);
    }

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<awt::XControlContainer> controls_;
    std::shared_ptr<DialogState> state_;
    Action action_;
    core::Language language_;
};

} // namespace

rtl::OUString merge_workbooks(const CommandContext& context)
{
    return to_ustring(run_merge(context, merge_request(context)));
}

rtl::OUString merge_with_dialog(const CommandContext& context)
{
    const core::Language language = office_ui_language(context.component_context);
    const ExtensionDialog window(context.component_context, "dialogs/Merge.xdl", "merge");
    const auto controls = window.controls();
    auto state = std::make_shared<DialogState>();
    using Action = MergeDialogListener::Action;
    for (const auto& [button, action] : {std::pair{"AddFiles", Action::add_files}, std::pair{"AddFolder", Action::add_folder},
                                         std::pair{"Remove", Action::remove}})
        css::uno::Reference<awt::XButton>(controls->getControl(ascii(button)), css::uno::UNO_QUERY_THROW)
            ->addActionListener(new MergeDialogListener(context.component_context, controls, state, action, language));
    MergeDialogListener::show(controls, *state, language);
    // "Gộp" with no file (Return on an empty list) says so and keeps the dialog open.
    while (true)
    {
        if (!window.run())
            return to_ustring(std::string(core::text(language, "merge.cancelled")));
        if (!state->files.empty())
            break;
        show_message(css::uno::Reference<awt::XWindow>(window.dialog(), css::uno::UNO_QUERY), awt::MessageBoxType_INFOBOX,
                     std::string(core::text(language, "merge.nothing")));
    }
    MergeRequest request;
    request.files = state->files;
    if (const auto chosen = chosen_settings_file(controls, *state))
        request.settings_from = core::source_names(request.files)[static_cast<std::size_t>(
            std::find(request.files.begin(), request.files.end(), *chosen) - request.files.begin())];
    return to_ustring(run_merge(context, request));
}

} // namespace sangkien::uno
