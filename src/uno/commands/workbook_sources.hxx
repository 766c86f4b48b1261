// Reading the workbooks a command names, and the workbook a command works on. Several sources
// (source=… from the CLI's `check A B`, `merge`, or Gộp sổ's files) are read one at a time into a
// core::WorkbookMerger: each copied into a private folder, opened hidden, read-only, with macros
// never run, read and closed before the next (the user's file is never locked or touched). A
// command without sources works on the frame's workbook (command_workbook).
#pragma once

#include <filesystem>

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "commands/commands.hxx"
#include "core/features/merge.hxx"

namespace sangkien::uno {

css::beans::PropertyValue property(const char* name, const css::uno::Any& value);

template <typename T>
css::uno::Sequence<T> sequence_of(const std::vector<T>& items)
{
    css::uno::Sequence<T> sequence(static_cast<sal_Int32>(items.size()));
    std::copy(items.begin(), items.end(), sequence.getArray());
    return sequence;
}

// A file URL's system path (the URL itself when it is none), and back.
std::string system_path(const std::string& url);
std::string file_url(const std::filesystem::path& path);

// A document opened hidden and closed when this goes away (release() keeps it open).
class HiddenDocument
{
public:
    HiddenDocument(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& url, bool read_only);
    ~HiddenDocument();
    HiddenDocument(const HiddenDocument&) = delete;
    HiddenDocument& operator=(const HiddenDocument&) = delete;
    const css::uno::Reference<css::lang::XComponent>& component() const { return component_; }
    css::uno::Reference<css::lang::XComponent> release();

private:
    css::uno::Reference<css::lang::XComponent> component_;
};

// `sheets` into a new Calc document (a HiddenDocument of "private:factory/scalc") in their order,
// its own blank sheets gone: each written, formatted and its heading row kept in view; `each` runs
// on every sheet written (with its 0-based position) for what a caller adds (a print layout). The
// first sheet is the active one.
using EachSheet = std::function<void(const css::uno::Reference<css::sheet::XSpreadsheet>&, const core::ResultSheet&, sal_Int16)>;
void write_new_workbook(const css::uno::Reference<css::lang::XComponent>& document, const std::vector<core::ResultSheet>& sheets,
                        core::Language language, const EachSheet& each = {});

// A private folder in the temporary folder (only its owner can read it) for copies of the user's
// files, removed with everything in it.
class PrivateFolder
{
public:
    PrivateFolder();
    ~PrivateFolder();
    PrivateFolder(const PrivateFolder&) = delete;
    PrivateFolder& operator=(const PrivateFolder&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

// The sources of a command, from its arguments (uno_common::CommandArguments).
struct MergeRequest
{
    std::vector<std::filesystem::path> files;
    std::vector<std::string> names;           // as reported; empty: source_names(files)
    std::optional<std::string> settings_from; // a name among `names`
    std::optional<std::filesystem::path> output;           // else shown
    bool overwrite = false;
    bool sources_private = false;             // already private copies (the CLI's): not copied again
};

MergeRequest merge_request(const CommandContext& context);

// How far reading the sources is: source `index` (0-based) of `total`, named `name`, is about to be
// read; index == total when all are read.
using SourcesProgress = std::function<void(std::size_t index, std::size_t total, const std::string& name)>;

// Every source read into a merge, one at a time; `records`: for a review, no merged list. Throws
// UserError when the sources cannot go together (MergedWorkbook::refused). Without `progress`,
// the status bar says which source is read ("Đang đọc B.xlsx (2/5)…").
core::MergedWorkbook merge_sources(const CommandContext& context, const MergeRequest& request, bool records,
                                   const SourcesProgress& progress = {});

// Check, Review, Report and Dossier over several workbooks at once (the CLI's `sangkien review
// A.ods B.xlsx`): with source=URL… (and name=, settings_from=, private_sources= as Merge
// takes them) the workbook is read from them, one at a time, as the review takes a merge
// (core::merged_workbook) — no merged list is built. Nullopt without sources.
struct SourcesWorkbook
{
    core::Workbook book;
    core::ResultSheet sources_sheet; // Nguồn gộp: what was read from each file
    std::string summary;             // what the merge found ("Đã gộp 3 tệp: …")
};
std::optional<SourcesWorkbook> sources_workbook(const CommandContext& context);

// The workbook a command without a dialog works on: read from several workbooks when the
// command names sources (sources_workbook; `merge_summary` gets what the merge found), else
// the frame's workbook as read_remembered_workbook reads it.
core::Workbook command_workbook(const CommandContext& context, std::string* merge_summary = nullptr);

} // namespace sangkien::uno
