// The documents against the bare cost of the same documents, in the same run: for a generated
// workbook of N initiatives (the value threshold lowered so that thousands of people qualify and
// the attached lists are long), the time of vn.sangkien:Report and vn.sangkien:Dossier (read and
// review the workbook, load each template, fill it, store it as ODT) next to the time LibreOffice
// needs to load each produced document and store it again — an equally large plain document.
//
//   build/bench/documents_bench                 # 10,000 initiatives, a 5,000-row attached list
//   build/bench/documents_bench 3000 600        # other sizes (initiatives, list rows)
//   SANGKIEN_BENCH_SKIP=GiayKhen build/bench/documents_bench   # without the certificates (one page
//                                                              # per awardee: 5,000 pages)
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

// The sample with its Thông tin threshold at 1 đồng (every valid initiative with its documents
// qualifies its authors) and Tổ hỗ trợ members added to the Cá nhân đề xuất sheet until the
// attached list of individuals has `people` rows.
core::SampleWorkbook long_list_sample(std::size_t rows, std::size_t people)
{
    auto sample = core::generate_sample({rows, 2023, false});
    std::vector<std::string> units;
    for (auto& sheet : sample.input.sheets)
    {
        for (auto& row : sheet.rows)
            if (row.size() >= 2 && std::holds_alternative<std::string>(row[0])
                && core::matching_key(std::get<std::string>(row[0])).rfind("nguong", 0) == 0)
                row[1] = core::Cell(std::string("1"));
        if (sheet.name == "Công đoàn cơ sở")
            for (std::size_t r = 1; r < sheet.rows.size(); ++r)
                if (sheet.rows[r].size() > 1 && std::holds_alternative<std::string>(sheet.rows[r][1]))
                    units.push_back(std::get<std::string>(sheet.rows[r][1]));
    }
    const core::Workbook book = core::read_workbook(sample.input);
    const auto review = core::review_workbook(book, core::criteria_from_settings(book, {}));
    std::size_t qualifying = 0;
    for (const auto& person : review.people)
        qualifying += person.qualifies ? 1 : 0;
    for (auto& sheet : sample.input.sheets)
        if (sheet.name == "Cá nhân đề xuất" && !units.empty())
            for (std::size_t i = 0; qualifying + i < people; ++i)
                sheet.rows.push_back({core::Cell(static_cast<double>(sheet.rows.size())),
                                      core::Cell("Thành viên Tổ hỗ trợ số " + std::to_string(i + 1)), core::Cell(std::string("Tổ viên")),
                                      core::Cell(units[i % units.size()]), core::Cell(std::string("Có")),
                                      core::Cell(std::string("Hướng dẫn đoàn viên cập nhật sáng kiến"))});
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

double load_and_save(launcher::OfficeSession& office, const std::filesystem::path& file, const std::filesystem::path& copy)
{
    const auto start = Clock::now();
    {
        const launcher::Document document(office.context(), launcher::file_url(file));
        document.store_to(launcher::file_url(copy), "writer8");
    }
    return seconds_since(start);
}

void measure(launcher::OfficeSession& office, std::size_t rows, std::size_t list_rows, const std::filesystem::path& folder)
{
    const auto sample = long_list_sample(rows, list_rows);
    const std::size_t people = attached_rows(sample);
    (void)list_rows;
    const auto file = folder / ("so-" + std::to_string(rows) + ".fods");
    {
        std::ofstream out(file);
        core::write_fods(sample, out);
    }
    const auto out = folder / ("docs-" + std::to_string(rows));
    std::filesystem::create_directories(out);
    const launcher::Document workbook(office.context(), launcher::file_url(file));
    const std::string target = launcher::file_url(out);

    const auto run = [&](const std::string& command, const std::string& document) {
        const auto start = Clock::now();
        std::vector<std::pair<std::string, std::string>> arguments{{"output", target}, {"formats", "odt"}};
        if (!document.empty())
            arguments.emplace_back("documents", document);
        const auto outcome = launcher::dispatch_command(workbook, launcher::command_url("vn.sangkien:" + command, arguments));
        const double seconds = seconds_since(start);
        if (!outcome.succeeded)
            throw std::runtime_error(command + ": " + outcome.result);
        return seconds;
    };
    const auto copies = folder / ("copies-" + std::to_string(rows));
    std::filesystem::create_directories(copies);
    std::cout << std::fixed << std::setprecision(2) << rows << " initiatives, attached list of " << people << " people"
              << std::endl;
    double made = 0, bare = 0;
    const char* skip = std::getenv("SANGKIEN_BENCH_SKIP"); // e.g. GiayKhen: one page per awardee
    for (const auto& info : core::document_catalogue())
    {
        const std::string file = info.file;
        if (skip && file == skip)
            continue;
        const double seconds = info.kind == core::DocumentKind::report ? run("Report", "") : run("Dossier", file);
        const auto produced = out / (file + ".odt");
        const double baseline = load_and_save(office, produced, copies / produced.filename());
        made += seconds;
        bare += baseline;
        std::cout << "  " << std::left << std::setw(16) << file << std::right << std::setw(7) << seconds
                  << " s   load+save of the same document " << std::setw(6) << baseline << " s   ratio " << seconds / baseline
                  << std::endl;
    }
    std::cout << "  all documents  " << std::setw(7) << made << " s   baseline " << bare << " s   ratio " << made / bare
              << "  (target ≤ 2)\n";
}

} // namespace

int main(int argc, char** argv)
{
    const std::size_t rows = argc > 1 ? static_cast<std::size_t>(std::stoul(argv[1])) : 10000;
    const std::size_t list_rows = argc > 2 ? static_cast<std::size_t>(std::stoul(argv[2])) : 5000;
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
        measure(office, rows, list_rows, folder);
    }
    catch (const std::exception& e)
    {
        std::cerr << e.what() << "\n";
        status = 1;
    }
    std::error_code ignored;
    if (!std::getenv("SANGKIEN_BENCH_KEEP"))
        std::filesystem::remove_all(folder, ignored);
    else
        std::cerr << "kept " << folder << "\n";
    return status;
}
