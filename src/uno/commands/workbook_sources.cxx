#include "commands/workbook_sources.hxx"

#include <optional>
#include <random>

#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <osl/file.hxx>

#include "calc/document_tools.hxx"
#include "commands/review_run.hxx"
#include "core/text/messages.hxx"
#include "core/text/format.hxx"
#include "sangkien/uno_common/package_check.hxx"
#include "sangkien/uno_common/private_copy.hxx"
#include "sangkien/uno_common/ustring.hxx"
#include "calc/sheet_io.hxx"
#include "calc/sheet_writer.hxx"
#include "calc/ui_language.hxx"
#include "calc/user_settings.hxx"
#include "writer/writer_document.hxx"

namespace sangkien::uno {

using namespace com::sun::star;
namespace fs = std::filesystem;

beans::PropertyValue property(const char* name, const css::uno::Any& value)
{
    beans::PropertyValue property;
    property.Name = ascii(name);
    property.Value = value;
    return property;
}

std::string system_path(const std::string& url)
{
    rtl::OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(to_ustring(url), path) != osl::FileBase::E_None)
        return url;
    return to_utf8(path);
}

std::string file_url(const std::filesystem::path& path)
{
    rtl::OUString url;
    osl::FileBase::getFileURLFromSystemPath(to_ustring(path.string()), url);
    return to_utf8(url);
}

HiddenDocument::HiddenDocument(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& url,
                               bool read_only)
{
    const auto arguments = sequence_of<beans::PropertyValue>(
        {property("Hidden", css::uno::Any(true)), property("ReadOnly", css::uno::Any(read_only)),
         property("MacroExecutionMode", css::uno::Any(document::MacroExecMode::NEVER_EXECUTE)),
         property("UpdateDocMode", css::uno::Any(document::UpdateDocMode::NO_UPDATE))});
    component_ = frame::Desktop::create(context)->loadComponentFromURL(to_ustring(url), ascii("_blank"), 0, arguments);
}

HiddenDocument::~HiddenDocument()
{
    if (component_.is())
        close_document(component_);
}

css::uno::Reference<lang::XComponent> HiddenDocument::release()
{
    auto component = component_;
    component_.clear();
    return component;
}

PrivateFolder::PrivateFolder()
{
    std::random_device random;
    std::error_code error;
    path_ = fs::temp_directory_path(error) / ("sangkien-gop-" + std::to_string(random()) + std::to_string(random()));
    fs::create_directories(path_, error);
    fs::permissions(path_, fs::perms::owner_all, error);
}

PrivateFolder::~PrivateFolder()
{
    std::error_code error;
    fs::remove_all(path_, error);
}

namespace {

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

} // namespace

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
core::MergedWorkbook merge_sources(const CommandContext& context, const MergeRequest& request, bool records,
                                   const SourcesProgress& progress)
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
        std::optional<Progress> bar;
        if (!progress)
            bar.emplace(context.frame, std::string(core::text(language, "merge.progress")),
                        static_cast<sal_Int32>(request.files.size() + 2));
        const auto count = core::format_count(static_cast<std::int64_t>(request.files.size()), language);
        for (std::size_t i = 0; i < request.files.size(); ++i)
        {
            if (progress)
                progress(i, request.files.size(), names[i]);
            else
                bar->step(static_cast<sal_Int32>(i),
                          core::format(language, "merge.progress_source",
                                       {names[i], core::format_count(static_cast<std::int64_t>(i + 1), language), count}));
            add_source(context, merger, request.files[i], names[i], folder.path(), i, !request.sources_private);
        }
        if (progress)
            progress(request.files.size(), request.files.size(), {});
    }
    core::MergedWorkbook merged = merger.finish();
    if (!merged.refused.empty())
        throw UserError(merged.refused);
    return merged;
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
        throw UserError(core::format(language, "merge.no_list_anywhere", {core::format_count(static_cast<std::int64_t>(merged.sources.size()), language)}));
    SourcesWorkbook read{core::merged_workbook(merged), {}, core::merge_summary_text(merged, language)};
    const std::string sources_sheet(core::text(language, "merge.sheet.sources"));
    for (auto& sheet : merged.sheets)
        if (sheet.name == sources_sheet)
            read.sources_sheet = std::move(sheet);
    return read;
}

core::Workbook command_workbook(const CommandContext& context, std::string* merge_summary)
{
    if (auto read = sources_workbook(context))
    {
        if (merge_summary)
            *merge_summary = std::move(read->summary);
        if (read->book.sheet_names.find(core::SheetKind::initiatives) == read->book.sheet_names.end())
            throw UserError(std::string(core::text(office_ui_language(context.component_context), "workbook.no_initiatives")));
        return std::move(read->book);
    }
    return read_remembered_workbook(context, spreadsheet_of(context));
}

void write_new_workbook(const css::uno::Reference<lang::XComponent>& document, const std::vector<core::ResultSheet>& results,
                        core::Language language, const EachSheet& each)
{
    const css::uno::Reference<frame::XModel> model(document, css::uno::UNO_QUERY_THROW);
    const auto sheets = css::uno::Reference<sheet::XSpreadsheetDocument>(model, css::uno::UNO_QUERY_THROW)->getSheets();
    std::vector<rtl::OUString> blank;
    for (const auto& name : sheets->getElementNames())
        blank.push_back(name);
    {
        const ControllerLock lock(model);
        sal_Int16 position = 0;
        for (const auto& result : results)
        {
            const rtl::OUString name = free_name(sheets, result.name);
            sheets->insertNewByName(name, position);
            const css::uno::Reference<sheet::XSpreadsheet> sheet(sheets->getByName(name), css::uno::UNO_QUERY_THROW);
            write_sheet(sheet, result);
            format_sheet(model, sheet, result, language);
            freeze_heading(model, sheet);
            if (each)
                each(sheet, result, position);
            ++position;
        }
        for (const auto& name : blank)
            sheets->removeByName(name);
    }
    if (!results.empty())
        freeze_heading(model, css::uno::Reference<sheet::XSpreadsheet>(sheets->getByName(to_ustring(results.front().name)),
                                                                       css::uno::UNO_QUERY_THROW));
}

} // namespace sangkien::uno
