// `sangkien sample -n N -o FILE.fods`: a realistic district workbook (flat ODS) for trying the
// extension, for the tests and for the benchmarks.
#include <cctype>
#include <fstream>
#include <iostream>
#include <memory>
#include <stdexcept>

#include "cli.hxx"
#include "files.hxx"
#include "core/features/sample.hxx"
#include "core/text/format.hxx"
#include "sangkien/launcher/run_folder.hxx"

namespace sangkien::cli {

int run_sample(const Options& options, core::Language language)
{
    const std::size_t rows = options.rows.value_or(1000);
    const std::size_t limit = core::max_sample_initiatives(!options.clean);
    if (rows == 0 || rows > limit)
        throw std::invalid_argument(core::format(language, "cli.error.row_limit",
                                                 {core::format_count(static_cast<std::int64_t>(rows), language), core::format_count(static_cast<std::int64_t>(limit), language)}));
    if (!options.output)
        throw std::invalid_argument(core::format(language, "cli.error.missing_value", {"-o"}));
    // What is written is flat ODS: under another name (x.xlsx, x.ods) no program could open it.
    std::string extension = options.output->extension().string();
    for (char& c : extension)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (extension != ".fods")
        throw std::invalid_argument(core::format(language, "cli.error.sample_format", {options.output->string()}));
    const std::filesystem::path wanted = std::filesystem::absolute(*options.output);
    if (const int problem = output_folder_problem(wanted.parent_path()))
    {
        std::cerr << core::format(language, publish_problem_key(problem),
                                  {wanted.parent_path().string(), wanted.filename().string()})
                  << "\n";
        return 1;
    }
    // Written in the run's private folder (which goes with the run, however it ends), then
    // published whole: an existing workbook is never replaced unless asked.
    install_signal_cleanup();
    std::unique_ptr<launcher::RunFolder> folder;
    try
    {
        folder = std::make_unique<launcher::RunFolder>("sangkien-sample-");
    }
    catch (const std::filesystem::filesystem_error&)
    {
        std::cerr << core::format(language, "cli.error.tmpdir", {}) << "\n";
        return 1;
    }
    const core::SampleWorkbook sample = core::generate_sample({rows, options.seed, !options.clean});
    std::error_code error;
    const std::filesystem::path staged = folder->path() / "so-sang-kien-mau.fods";
    {
        std::ofstream out(staged, std::ios::binary);
        if (out)
            core::write_fods(sample, out);
        out.close();
        if (!out)
        {
            std::filesystem::remove(staged, error);
            std::cerr << core::format(language, "cli.error.write", {staged.parent_path().string(), staged.filename().string()})
                      << "\n";
            return 1;
        }
    }
    std::filesystem::path written;
    int status = 0;
    try
    {
        written = publish(staged, wanted, options.overwrite);
        if (written != wanted)
            std::cerr << core::format(language, "cli.output.kept", {wanted.string(), written.string()}) << "\n";
    }
    catch (const PublishError& failure)
    {
        std::cerr << core::format(language, publish_problem_key(failure.error),
                                  {wanted.parent_path().string(), wanted.filename().string()})
                  << "\n";
        status = 1;
    }
    std::filesystem::remove(staged, error);
    if (status == 0)
        std::cout << core::format(language, "cli.sample.written", {core::format_count(static_cast<std::int64_t>(rows), language), written.string()}) << "\n";
    return status;
}

} // namespace sangkien::cli
