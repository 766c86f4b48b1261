// The commands that work on a workbook: a private headless office with the extension installed
// opens it and runs the extension's own dispatch command (the same code as the menu).
//   sangkien check WORKBOOK            vn.sangkien:Check, read-only; prints the summary
//   sangkien review WORKBOOK -o DIR    vn.sangkien:Review; stores DIR/KetQuaXet.ods (never the
//                                      user's own file)
#include <functional>
#include <iostream>
#include <stdexcept>

#include <com/sun/star/uno/Exception.hpp>

#include "cli.hxx"
#include "sangkien/core/document_data.hxx"
#include "sangkien/core/user_options.hxx"
#include "sangkien/launcher/office_calls.hxx"
#include "sangkien/launcher/office_session.hxx"
#include "sangkien/version.hxx"

namespace sangkien::cli {

namespace {

// What to do with the document once the command succeeded; returns the exit status.
using AfterCommand = std::function<int(const launcher::Document& document, const std::string& result)>;

int run_on_workbook(const Options& options, core::Language language, const std::string& command, bool read_only,
                    const AfterCommand& after)
{
    if (options.inputs.size() != 1)
        throw std::invalid_argument(core::text(language, "cli.usage").data());
    const std::filesystem::path workbook = options.inputs.front();
    if (!std::filesystem::is_regular_file(workbook))
    {
        std::cerr << core::format(language, "cli.error.no_workbook", {workbook.string()}) << std::endl;
        return 1;
    }
    try
    {
        const auto program_dir = launcher::find_office_program_dir(options.office);
        const launcher::UnoRuntime runtime(program_dir);
        launcher::OfficeOptions office_options;
        office_options.program_dir = program_dir;
        office_options.ui_language = language == core::Language::vietnamese ? "vi" : "en-US";
        launcher::OfficeSession office(runtime, office_options);
        office.install_extension(options.oxt.value_or(executable_dir() / "sangkien.oxt"));
        std::cerr << core::format(language, "cli.check.loading", {workbook.string()}) << std::endl;
        std::optional<launcher::Document> document;
        try
        {
            document.emplace(office.context(), launcher::file_url(std::filesystem::absolute(workbook)), true, read_only);
        }
        catch (const com::sun::star::uno::Exception&)
        {
            std::cerr << core::format(language, "cli.error.open", {workbook.string()}) << std::endl;
            return 1;
        }
        const auto outcome = launcher::dispatch_command(*document, std::string(kProtocol) + command);
        if (!outcome.succeeded)
        {
            std::cerr << core::format(language, "cli.error", {outcome.result}) << std::endl;
            return 1;
        }
        return after(*document, outcome.result);
    }
    catch (const launcher::OfficeError& e)
    {
        std::cerr << core::format(language, "cli.error", {e.what()}) << std::endl;
    }
    catch (const com::sun::star::uno::Exception& e)
    {
        std::cerr << core::format(language, "cli.error", {launcher::utf8(e.Message)}) << std::endl;
    }
    return 1;
}

} // namespace

int run_check(const Options& options, core::Language language)
{
    return run_on_workbook(options, language, "Check", true, [](const launcher::Document&, const std::string& result) {
        std::cout << result;
        return 0;
    });
}

int run_review(const Options& options, core::Language language)
{
    if (!options.output)
        throw std::invalid_argument(core::format(language, "cli.error.missing_value", {"-o"}));
    const std::filesystem::path folder = *options.output;
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (!std::filesystem::is_directory(folder))
    {
        std::cerr << core::format(language, "cli.error.write", {folder.string()}) << std::endl;
        return 1;
    }
    const std::filesystem::path target = std::filesystem::absolute(folder / "KetQuaXet.ods");
    return run_on_workbook(options, language, "Review", false,
                           [&](const launcher::Document& document, const std::string& result) {
                               document.store_to(launcher::file_url(target), "calc8");
                               std::cout << result;
                               std::cerr << core::format(language, "cli.review.written", {target.string()}) << std::endl;
                               return 0;
                           });
}

namespace {

std::optional<std::filesystem::path> output_folder(const Options& options, core::Language language)
{
    if (!options.output)
        throw std::invalid_argument(core::format(language, "cli.error.missing_value", {"-o"}));
    const std::filesystem::path folder = std::filesystem::absolute(*options.output);
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (!std::filesystem::is_directory(folder))
    {
        std::cerr << core::format(language, "cli.error.write", {folder.string()}) << std::endl;
        return std::nullopt;
    }
    return folder;
}

// The document command on the workbook, with its files stored in the folder; files that were
// there are named as replaced.
int run_documents(const Options& options, core::Language language, const std::string& command,
                  const std::vector<std::string>& files)
{
    const auto folder = output_folder(options, language);
    if (!folder)
        return 1;
    std::vector<std::filesystem::path> existing;
    std::error_code error;
    for (const auto& file : files)
        for (const auto& format : core::output_formats(options.formats))
            if (std::filesystem::exists(*folder / (file + "." + format), error))
                existing.push_back(*folder / (file + "." + format));
    const std::string url = launcher::command_url(command, {{"output", launcher::file_url(*folder)}, {"formats", options.formats}});
    return run_on_workbook(options, language, url, true, [&](const launcher::Document&, const std::string& result) {
        for (const auto& path : existing)
            std::cerr << core::format(language, "cli.document.replaced", {path.string()}) << std::endl;
        std::cout << result << std::endl;
        return 0;
    });
}

} // namespace

int run_report(const Options& options, core::Language language)
{
    return run_documents(options, language, "Report", {"BaoCaoTongKet"});
}

int run_dossier(const Options& options, core::Language language)
{
    std::vector<std::string> files;
    for (const auto& info : core::dossier_documents())
        files.emplace_back(info.file);
    return run_documents(options, language, "Dossier", files);
}

} // namespace sangkien::cli
