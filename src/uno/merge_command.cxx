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
#include <filesystem>
#include <random>
#include <sstream>

#include <com/sun/star/awt/MessageBoxType.hpp>
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

#include "commands.hxx"
#include "sangkien/uno_common/package_check.hxx"
#include "sangkien/uno_common/private_copy.hxx"
#include "sangkien/uno_common/ustring.hxx"
#include "dialog_controls.hxx"
#include "document_tools.hxx"
#include "sangkien/core/format.hxx"
#include "sangkien/core/merge.hxx"
#include "sheet_io.hxx"
#include "sheet_writer.hxx"
#include "ui_language.hxx"
#include "user_settings.hxx"
#include "writer_fill.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

namespace fs = std::filesystem;

beans::PropertyValue property(const char* name, const css::uno::Any& value)
{
    beans::PropertyValue property;
    property.Name = ascii(name);
    property.Value = value;
    return property;
}

template <typename T>
css::uno::Sequence<T> sequence_of(const std::vector<T>& items)
{
    css::uno::Sequence<T> sequence(static_cast<sal_Int32>(items.size()));
    std::copy(items.begin(), items.end(), sequence.getArray());
    return sequence;
}

std::string system_path(const std::string& url)
{
    rtl::OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(to_ustring(url), path) != osl::FileBase::E_None)
        return url;
    return to_utf8(path);
}

std::string file_url(const fs::path& path)
{
    rtl::OUString url;
    osl::FileBase::getFileURLFromSystemPath(to_ustring(path.string()), url);
    return to_utf8(url);
}

// A private folder for the copies of the sources, removed with everything in it.
class PrivateFolder
{
public:
    PrivateFolder()
    {
        std::random_device random;
        std::error_code error;
        path_ = fs::temp_directory_path(error) / ("sangkien-gop-" + std::to_string(random()) + std::to_string(random()));
        fs::create_directories(path_, error);
        fs::permissions(path_, fs::perms::owner_all, error);
    }
    ~PrivateFolder()
    {
        std::error_code error;
        fs::remove_all(path_, error);
    }
    PrivateFolder(const PrivateFolder&) = delete;
    PrivateFolder& operator=(const PrivateFolder&) = delete;
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

// A document opened hidden and closed when this goes away.
class HiddenDocument
{
public:
    HiddenDocument(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& url, bool read_only)
    {
        const auto arguments = sequence_of<beans::PropertyValue>(
            {property("Hidden", css::uno::Any(true)), property("ReadOnly", css::uno::Any(read_only)),
             property("MacroExecutionMode", css::uno::Any(document::MacroExecMode::NEVER_EXECUTE)),
             property("UpdateDocMode", css::uno::Any(document::UpdateDocMode::NO_UPDATE))});
        component_ = frame::Desktop::create(context)->loadComponentFromURL(to_ustring(url), ascii("_blank"), 0, arguments);
    }
    ~HiddenDocument()
    {
        if (component_.is())
            close_document(component_);
    }
    HiddenDocument(const HiddenDocument&) = delete;
    HiddenDocument& operator=(const HiddenDocument&) = delete;
    const css::uno::Reference<lang::XComponent>& component() const { return component_; }
    // The document is the caller's from now on (it stays open).
    css::uno::Reference<lang::XComponent> release()
    {
        auto component = component_;
        component_.clear();
        return component;
    }

private:
    css::uno::Reference<lang::XComponent> component_;
};

// One source into the merger: copied, opened, read, closed.
// `copy_first` false: the caller's own private copy (the CLI's), opened where it is.
void add_source(const CommandContext& context, core::WorkbookMerger& merger, const fs::path& source, const std::string& name,
                const fs::path& folder, std::size_t index, bool copy_first)
{
    const fs::path copy = copy_first ? folder / (std::to_string(index) + source.extension().string()) : source;
    std::error_code error;
    if (copy_first && !uno_common::copy_privately(source, copy, error))
    {
        merger.add_unopened(name);
        return;
    }
    if (const auto damaged = uno_common::damaged_part(context.component_context, file_url(copy)))
    {
        merger.add_damaged(name, *damaged); // never half read
        if (copy_first)
            fs::remove(copy, error);
        return;
    }
    try
    {
        const HiddenDocument document(context.component_context, file_url(copy), true);
        const css::uno::Reference<sheet::XSpreadsheetDocument> spreadsheet(document.component(), css::uno::UNO_QUERY);
        if (!spreadsheet.is())
        {
            merger.add_unopened(name);
            return;
        }
        if (merger.keeps_records())
            merger.add(name, read_workbook_source(spreadsheet)); // the list a block at a time
        else
            merger.add(name, read_workbook_input(spreadsheet));
    }
    catch (const css::uno::Exception&)
    {
        merger.add_unopened(name); // the office could not load it
    }
    if (copy_first)
        fs::remove(copy, error);
}

// The merged sheets into a new Calc document (hidden until shown).
css::uno::Reference<lang::XComponent> write_merged(const CommandContext& context, const core::MergedWorkbook& merged,
                                                   core::Language language)
{
    HiddenDocument document(context.component_context, "private:factory/scalc", false);
    const css::uno::Reference<frame::XModel> model(document.component(), css::uno::UNO_QUERY_THROW);
    const auto sheets = css::uno::Reference<sheet::XSpreadsheetDocument>(model, css::uno::UNO_QUERY_THROW)->getSheets();
    std::vector<rtl::OUString> blank;
    for (const auto& name : sheets->getElementNames())
        blank.push_back(name);
    {
        const ControllerLock lock(model);
        sal_Int16 position = 0;
        for (const auto& result : merged.sheets)
        {
            const rtl::OUString name = free_name(sheets, result.name);
            sheets->insertNewByName(name, position++);
            const css::uno::Reference<sheet::XSpreadsheet> sheet(sheets->getByName(name), css::uno::UNO_QUERY_THROW);
            write_sheet(sheet, result);
            format_sheet(model, sheet, result, language);
            freeze_heading(model, sheet);
        }
        for (const auto& name : blank)
            sheets->removeByName(name);
    }
    freeze_heading(model, css::uno::Reference<sheet::XSpreadsheet>(sheets->getByName(to_ustring(merged.sheets.front().name)),
                                                                   css::uno::UNO_QUERY_THROW));
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

struct MergeRequest
{
    std::vector<fs::path> files;
    std::vector<std::string> names;           // as reported; empty: source_names(files)
    std::optional<std::string> settings_from; // a name among `names`
    std::optional<fs::path> output;           // else shown
    bool overwrite = false;
    bool sources_private = false;             // already private copies (the CLI's): not copied again
};

MergeRequest merge_request(const CommandContext& context)
{
    MergeRequest request;
    const uno_common::CommandArguments& arguments = context.arguments;
    for (const auto& url : arguments.sources)
        request.files.emplace_back(system_path(url));
    request.names = arguments.names;
    request.settings_from = arguments.settings_from;
    if (arguments.output && !arguments.output->empty())
        request.output = fs::path(system_path(*arguments.output));
    request.overwrite = arguments.overwrite;
    request.sources_private = arguments.private_sources;
    return request;
}

// Every source read into a merge, one at a time; `records`: for a review, no merged list.
core::MergedWorkbook merge_sources(const CommandContext& context, const MergeRequest& request, bool records)
{
    const core::Language language = office_ui_language(context.component_context);
    const auto names = request.names.size() == request.files.size() ? request.names : core::source_names(request.files);
    core::MergeOptions options;
    options.language = language;
    options.settings_from = request.settings_from;
    options.inputs = names;
    options.settings = core::settings_rows(read_user_options(context.component_context), "LĐLĐ huyện");
    if (request.output)
        options.rows_per_sheet = core::sheet_row_limit(*request.output) - 1;
    options.records = records;
    core::WorkbookMerger merger(options);
    {
        const PrivateFolder folder;
        Progress progress(context.frame, std::string(core::text(language, "merge.progress")),
                          static_cast<sal_Int32>(request.files.size() + 2));
        for (std::size_t i = 0; i < request.files.size(); ++i)
        {
            add_source(context, merger, request.files[i], names[i], folder.path(), i, !request.sources_private);
            progress.step(static_cast<sal_Int32>(i + 1));
        }
    }
    core::MergedWorkbook merged = merger.finish();
    if (!merged.refused.empty())
        throw UserError(merged.refused);
    return merged;
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
    const core::MergedWorkbook merged = merge_sources(context, request, false);
    const auto document = write_merged(context, merged, language);
    std::string summary = core::merge_summary_text(merged, language);
    if (request.output)
    {
        const fs::path target = free_output(*request.output, request.overwrite);
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
                                         {target.string(), core::group_thousands(static_cast<std::int64_t>(merged.initiatives))}));
        }
        catch (...)
        {
            close_document(document);
            if (!existed)
                fs::remove(target, error);
            throw;
        }
        close_document(document);
        return summary + "\n" + core::format(language, "merge.written", {target.string()});
    }
    const auto frame = css::uno::Reference<frame::XModel>(document, css::uno::UNO_QUERY_THROW)->getCurrentController()->getFrame();
    frame->getContainerWindow()->setVisible(true);
    if (const css::uno::Reference<awt::XTopWindow> top(frame->getContainerWindow(), css::uno::UNO_QUERY); top.is())
        top->toFront();
    show_message(frame->getContainerWindow(), awt::MessageBoxType_INFOBOX, summary);
    return summary;
}

// ---------------------------------------------------------------------------------------------
// The dialog: the files (added one by one or by folder, removed), where Thông tin comes from.

struct DialogState
{
    std::vector<fs::path> files;
};

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
        sal_Int16 chosen = 0;
        {
            css::uno::Sequence<sal_Int16> selected;
            settings->getPropertyValue(ascii("SelectedItems")) >>= selected;
            if (selected.getLength() > 0 && selected[0] <= static_cast<sal_Int16>(names.size()))
                chosen = selected[0];
        }
        css::uno::Sequence<rtl::OUString> sources(static_cast<sal_Int32>(names.size() + 1));
        sources.getArray()[0] = to_ustring(std::string(core::text(language, "merge.dialog.settings_from_options")));
        for (std::size_t i = 0; i < names.size(); ++i)
            sources.getArray()[i + 1] = to_ustring(names[i]);
        settings->setPropertyValue(ascii("StringItemList"), css::uno::Any(sources));
        settings->setPropertyValue(ascii("SelectedItems"), css::uno::Any(sequence_of<sal_Int16>({chosen})));
        set_control_text(controls, "Count", "Label",
                         core::format(language, "merge.dialog.count", {std::to_string(state.files.size())}));
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
        picker->appendFilter(to_ustring(std::string(core::text(language_, "merge.dialog.filter"))),
                             ascii("*.ods;*.xlsx;*.xlsm;*.xls;*.fods"));
        if (picker->execute() != ui::dialogs::ExecutableDialogResults::OK)
            return;
        for (const auto& url : picker->getSelectedFiles())
            add(system_path(to_utf8(url)));
    }

    void add_folder()
    {
        const auto folder = pick_folder(context_, std::string(core::text(language_, "merge.dialog.pick_folder")), {});
        if (!folder)
            return;
        for (const auto& file : core::workbooks_in_folder(*folder))
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

std::optional<SourcesWorkbook> sources_workbook(const CommandContext& context)
{
    if (context.arguments.sources.empty())
        return std::nullopt;
    const core::Language language = office_ui_language(context.component_context);
    MergeRequest request = merge_request(context);
    request.output.reset(); // the command's own output, not a merged workbook's
    if (request.files.empty())
        throw UserError(std::string(core::text(language, "merge.nothing")));
    core::MergedWorkbook merged = merge_sources(context, request, true);
    if (merged.sources_without_list == merged.sources.size()) // nothing to review: said, never a review of none
        throw UserError(core::format(language, "merge.no_list_anywhere", {std::to_string(merged.sources.size())}));
    SourcesWorkbook read{core::merged_workbook(merged), {}, core::merge_summary_text(merged, language)};
    const std::string sources_sheet(core::text(language, "merge.sheet.sources"));
    for (auto& sheet : merged.sheets)
        if (sheet.name == sources_sheet)
            read.sources_sheet = std::move(sheet);
    return read;
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
    css::uno::Sequence<sal_Int16> selected;
    control_model(controls, "SettingsFrom")->getPropertyValue(ascii("SelectedItems")) >>= selected;
    if (selected.getLength() > 0 && selected[0] > 0 && static_cast<std::size_t>(selected[0]) <= request.files.size())
        request.settings_from = core::source_names(request.files)[static_cast<std::size_t>(selected[0] - 1)];
    return to_ustring(run_merge(context, request));
}

} // namespace sangkien::uno
