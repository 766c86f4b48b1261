// The documents against the bare cost of the same documents, in the same run: for a generated
// workbook of N initiatives (the value threshold lowered so that thousands of people qualify and
// the attached lists are long), the time of vn.sangkien:Report and vn.sangkien:Dossier (read and
// review the workbook, load each template, fill it, store it as ODT) next to the time LibreOffice
// needs to load each produced document and store it again — an equally large plain document.
//
//   build/bench/documents_bench            # 10,000 initiatives
//   build/bench/documents_bench 2000       # other sizes
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>

#include <unistd.h>

#include "sangkien/core/document_data.hxx"
#include "sangkien/core/sample.hxx"
#include "sangkien/core/text.hxx"
#include "sangkien/launcher/office_calls.hxx"
#include "sangkien/launcher/office_session.hxx"

using namespace sangkien;

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The sample with its Thông tin threshold at 1 đồng: every valid initiative with its documents
// qualifies its authors.
core::SampleWorkbook long_list_sample(std::size_t rows)
{
    auto sample = core::generate_sample({rows, 2023, false});
    for (auto& sheet : sample.input.sheets)
        for (auto& row : sheet.rows)
            if (row.size() >= 2 && std::holds_alternative<std::string>(row[0])
                && core::matching_key(std::get<std::string>(row[0])).rfind("nguong", 0) == 0)
                row[1] = core::Cell(std::string("1"));
    return sample;
}

std::size_t attached_rows(const core::SampleWorkbook& sample)
{
    const core::Workbook book = core::read_workbook(sample.input);
    const core::Review review = core::review_workbook(book, core::criteria_from_settings(book, {}));
    const auto data = core::document_data(book, review, core::summarise(book, review), core::document_settings(book, {}),
                                          core::Date{2023, 9, 15}, core::Language::vietnamese);
    return data.lists.at("ca_nhan").size();
}

std::string url_argument(const std::string& text)
{
    std::string out;
    for (const char c : text)
        out += (c == '%' || c == '&' || c == '=' || c == '?' || c == ' ')
                   ? "%" + std::string(1, "0123456789ABCDEF"[(c >> 4) & 15]) + "0123456789ABCDEF"[c & 15]
                   : std::string(1, c);
    return out;
}

double load_and_save(launcher::OfficeSession& office, const std::filesystem::path& file, const std::filesystem::path& copy)
{
    const auto start = Clock::now();
    {
        const launcher::Document document(office.context(), launcher::file_url(file));
        document.store_to(launcher::file_url(copy), "writer8");
    }
    return seconds_since(start);
}

void measure(launcher::OfficeSession& office, std::size_t rows, const std::filesystem::path& folder)
{
    const auto sample = long_list_sample(rows);
    const std::size_t people = attached_rows(sample);
    const auto file = folder / ("so-" + std::to_string(rows) + ".fods");
    {
        std::ofstream out(file);
        core::write_fods(sample, out);
    }
    const auto out = folder / ("docs-" + std::to_string(rows));
    std::filesystem::create_directories(out);
    const launcher::Document workbook(office.context(), launcher::file_url(file));
    const std::string target = url_argument(launcher::file_url(out));

    const auto run = [&](const std::string& command) {
        const auto start = Clock::now();
        const auto outcome = launcher::dispatch_command(workbook, "vn.sangkien:" + command + (command.find('?') == std::string::npos ? "?" : "&")
                                                                      + "output=" + target + "&formats=odt");
        const double seconds = seconds_since(start);
        if (!outcome.succeeded)
            throw std::runtime_error(command + ": " + outcome.result);
        return seconds;
    };
    const auto copies = folder / ("copies-" + std::to_string(rows));
    std::filesystem::create_directories(copies);
    std::cout << std::fixed << std::setprecision(2) << rows << " initiatives, attached list of " << people << " people\n";
    double made = 0, bare = 0;
    for (const auto& info : core::document_catalogue())
    {
        const std::string file = info.file;
        const double seconds = run(info.kind == core::DocumentKind::report ? std::string("Report") : "Dossier?documents=" + file);
        const auto produced = out / (file + ".odt");
        const double baseline = load_and_save(office, produced, copies / produced.filename());
        made += seconds;
        bare += baseline;
        std::cout << "  " << std::left << std::setw(16) << file << std::right << std::setw(7) << seconds
                  << " s   load+save of the same document " << std::setw(6) << baseline << " s   ratio " << seconds / baseline << "\n";
    }
    std::cout << "  all documents  " << std::setw(7) << made << " s   baseline " << bare << " s   ratio " << made / bare
              << "  (target ≤ 2)\n";
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::size_t> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.push_back(static_cast<std::size_t>(std::stoul(argv[i])));
    if (sizes.empty())
        sizes = {10000};
    const auto folder = std::filesystem::temp_directory_path() / ("sangkien-documents-bench-" + std::to_string(getpid()));
    std::filesystem::create_directories(folder);
    int status = 0;
    try
    {
        const auto program_dir = launcher::find_office_program_dir(std::nullopt);
        const launcher::UnoRuntime runtime(program_dir);
        launcher::OfficeOptions options;
        options.program_dir = program_dir;
        launcher::OfficeSession office(runtime, options);
        office.install_extension(SANGKIEN_OXT);
        for (const std::size_t rows : sizes)
            measure(office, rows, folder);
    }
    catch (const std::exception& e)
    {
        std::cerr << e.what() << "\n";
        status = 1;
    }
    std::error_code ignored;
    std::filesystem::remove_all(folder, ignored);
    return status;
}
