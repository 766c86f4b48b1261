// The `sangkien` command line: argument parsing and the commands it runs.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/messages.hxx"

namespace sangkien::cli {

struct Options
{
    std::string command;                               // "doctor", "version", "help"
    std::optional<std::filesystem::path> office;       // --office PROGRAM_DIR
    std::optional<std::filesystem::path> oxt;          // --oxt FILE.oxt
    bool keep_profile = false;                         // --keep-profile
    std::optional<std::size_t> rows;                   // sample: -n N
    std::optional<std::filesystem::path> output;       // sample: -o FILE
    std::uint64_t seed = 2023;                         // sample: --seed S
    bool clean = false;                                // sample: --clean (no messiness)
    std::vector<std::filesystem::path> inputs;         // check: WORKBOOK
    std::string formats;                               // report, dossier: --format odt,pdf,docx (odt,pdf);
                                                       // feedback: ods,pdf
    bool overwrite = false;                            // --ghi-de / --overwrite: replace existing outputs
    std::optional<std::string> settings_from;          // merge: --thong-tin SOURCE (Thông tin taken from it)
    std::optional<std::filesystem::path> compare_with; // review: --so-voi EARLIER (an earlier KetQuaXet.ods)
    bool letter = false;                               // feedback: --cong-van / --letter (a covering letter each)
};

// The verbs of the command line, described once: parsing, running and --help all come from here.
struct Verb
{
    std::string_view name;                               // "review"
    int (*run)(const struct Options&, core::Language);   // its command
    bool takes_workbooks;                                // WORKBOOK|FOLDER… arguments
};
const std::vector<Verb>& verbs();
const Verb* verb_named(std::string_view name);

// `sangkien --help`: the usage line and summary of every verb (cli.verb.<name>.usage, .summary).
std::string usage_text(core::Language language);

// Throws std::invalid_argument with a user-facing message on bad arguments.
Options parse_arguments(const std::vector<std::string>& arguments, core::Language language);

// Runs `sangkien doctor`; returns the process exit status.
int run_doctor(const Options& options, core::Language language);

// Runs `sangkien check WORKBOOK`: the review's summary of a workbook, through the extension
// installed in a private headless office. Returns the exit status.
int run_check(const Options& options, core::Language language);

// Runs `sangkien review WORKBOOK -o DIR [--so-voi EARLIER]`: the review command on the workbook,
// stored with its result sheets as DIR/KetQuaXet.ods; with EARLIER (an earlier review's result
// workbook), a sheet of what changed since. Returns the exit status.
int run_review(const Options& options, core::Language language);

// Runs `sangkien report WORKBOOK -o DIR [--format …]` (DIR/BaoCaoTongKet.*) and `sangkien dossier
// WORKBOOK -o DIR [--format …]` (every document of core::dossier_documents()). Returns the exit
// status.
int run_report(const Options& options, core::Language language);
int run_dossier(const Options& options, core::Language language);

// Runs `sangkien feedback WORKBOOK… -o DIR [--format ods,pdf]`: one file per unit of the review
// (PhanHoi_<unit>.ods/.pdf), each holding only that unit's initiatives and problems. Returns the
// exit status.
int run_feedback(const Options& options, core::Language language);

// Runs `sangkien merge WORKBOOK|FOLDER… -o FILE [--thong-tin SOURCE]`: the workbooks (a folder:
// every workbook in it) merged into FILE (.ods, .xlsx, .xls, .fods). Returns the exit status.
int run_merge(const Options& options, core::Language language);

// Runs `sangkien sample`; returns the process exit status.
int run_sample(const Options& options, core::Language language);

// The folder of the running executable (where build/sangkien.oxt sits next to build/sangkien).
std::filesystem::path executable_dir();

} // namespace sangkien::cli
