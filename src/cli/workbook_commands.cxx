// The commands that work on a workbook: a private headless office with the extension installed
// opens a private copy of it and runs the extension's own dispatch command (the same code as the
// menu). The user's file is only read: it is checked before any office starts, copied, and the
// copy is opened, so no lock file ever appears beside it (whatever ends the run), a read-only
// file or folder works, and so does a workbook open in another LibreOffice. Outputs are made in a
// private folder and published whole (files.hxx): never over an existing file unless
// --ghi-de/--overwrite.
//   sangkien check WORKBOOK            vn.sangkien:Check; prints the summary
//   sangkien review WORKBOOK -o DIR [--so-voi EARLIER]
//                                      vn.sangkien:Review; stores DIR/KetQuaXet.ods (compare_with=:
//                                      a private copy of EARLIER, whose record the review compares with)
//   sangkien report|dossier WORKBOOK -o DIR [--format …]
//   sangkien merge WORKBOOK|FOLDER… -o FILE [--thong-tin SOURCE]   vn.sangkien:Merge
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <fstream>
#include <functional>
#include <mutex>
#include <thread>
#include <iostream>
#include <map>
#include <stdexcept>

#include <com/sun/star/uno/Exception.hpp>

#include "cli.hxx"
#include "files.hxx"
#include "core/documents/document_data.hxx"
#include "core/features/merge.hxx"
#include "core/text/format.hxx"
#include "core/forms/user_options.hxx"
#include "sangkien/launcher/office_calls.hxx"
#include "sangkien/launcher/office_session.hxx"
#include "sangkien/uno_common/package_check.hxx"
#include "sangkien/uno_common/command_arguments.hxx"
#include "sangkien/uno_common/private_copy.hxx"
#include "sangkien/version.hxx"

namespace sangkien::cli {

namespace {

namespace fs = std::filesystem;

void say(core::Language language, std::string_view key, const std::vector<std::string>& arguments)
{
    std::cerr << core::format(language, key, arguments) << std::endl;
}

// A step of a long run, with how far it is ("[40%] Đang mở …").
void progress(core::Language language, int percent, std::string_view key, const std::vector<std::string>& arguments = {})
{
    std::cerr << "[" << percent << "%] " << core::format(language, key, arguments) << std::endl;
}

// While a long step runs, a line every 30 seconds says it is still going ("… 2 phút").
class Heartbeat
{
public:
    Heartbeat(core::Language language, int percent) : thread_([this, language, percent] { beat(language, percent); }) {}
    ~Heartbeat()
    {
        {
            const std::lock_guard<std::mutex> lock(mutex_);
            stopped_ = true;
        }
        wake_.notify_all();
        thread_.join();
    }
    Heartbeat(const Heartbeat&) = delete;
    Heartbeat& operator=(const Heartbeat&) = delete;

private:
    void beat(core::Language language, int percent)
    {
        std::unique_lock<std::mutex> lock(mutex_);
        for (int seconds = 30; !wake_.wait_for(lock, std::chrono::seconds(30), [this] { return stopped_; }); seconds += 30)
            std::cerr << "[" << percent << "%] "
                      << core::format(language, "cli.progress.still", {std::to_string(seconds / 60), std::to_string(seconds % 60)})
                      << std::endl;
    }

    std::mutex mutex_;
    std::condition_variable wake_;
    bool stopped_ = false;
    std::thread thread_;
};

// What the office wrote, put in its folder as one set, whole or not at all (a report or a dossier
// in several formats); says where each file went when its name had to change. Returns the final
// paths, or nullopt after saying why nothing was written.
std::optional<std::vector<fs::path>> publish_outputs(const std::vector<Publication>& set, bool overwrite, core::Language language)
{
    std::vector<bool> existed;
    for (const auto& file : set)
    {
        std::error_code error;
        existed.push_back(fs::exists(file.wanted, error));
    }
    std::vector<fs::path> written;
    try
    {
        written = publish_set(set, overwrite);
    }
    catch (const PublishError& failure)
    {
        say(language, publish_problem_key(failure.error), {failure.target.parent_path().string(), failure.target.filename().string()});
        if (set.size() > 1)
            say(language, "cli.error.set_withdrawn", {core::format_count(static_cast<std::int64_t>(set.size()), language)});
        return std::nullopt;
    }
    for (std::size_t i = 0; i < set.size(); ++i)
        if (written[i] != set[i].wanted)
            say(language, "cli.output.kept", {set[i].wanted.string(), written[i].string()});
        else if (existed[i])
            say(language, "cli.document.replaced", {written[i].string()});
    return written;
}

// publish_outputs() of one file.
bool publish_output(const fs::path& staged, const fs::path& wanted, bool overwrite, core::Language language,
                    fs::path& written)
{
    const auto published = publish_outputs({{staged, wanted}}, overwrite, language);
    if (!published)
        return false;
    written = published->front();
    return true;
}

// Room the office needs in the temporary folder besides copies of the workbooks: its profile with
// the extension installed (about 6 MB), the documents it stores and its own temporary files.
constexpr std::uintmax_t kOfficeRoomMb = 32;
constexpr std::uintmax_t kMb = 1024 * 1024;

// Bytes in the workbooks the arguments name (a folder: the workbooks in it).
std::uintmax_t input_bytes(const Options& options)
{
    std::uintmax_t total = 0;
    std::error_code error;
    for (const auto& input : options.inputs)
    {
        const auto files = fs::is_directory(input, error) ? core::workbooks_in_folder(input) : std::vector<fs::path>{input};
        for (const auto& file : files)
            if (const auto size = fs::file_size(file, error); !error)
                total += size;
    }
    return total;
}

// Whether the temporary folder has room for an office and the copies of the workbooks (each
// copied, read and stored again: about three times their size); says so when it has not. Checked
// before the office starts, and again when it failed (its profile or a store that did not fit).
bool temp_folder_has_room(const Options& options, core::Language language)
{
    std::error_code error;
    const fs::path temp = fs::temp_directory_path(error);
    if (error)
        return true; // an unusable TMPDIR is said where the office starts
    const auto space = fs::space(temp, error);
    if (error)
        return true;
    const std::uintmax_t needed = kOfficeRoomMb + 3 * input_bytes(options) / kMb;
    if (space.available / kMb >= needed)
        return true;
    say(language, "cli.error.tmpdir_full", {temp.string(), core::format_count(static_cast<std::int64_t>(space.available / kMb), language), core::format_count(static_cast<std::int64_t>(needed), language)});
    return false;
}

// Why a workbook could not be copied into the office's private folder, in words: it cannot be
// read, the temporary folder is full, or it cannot be used.
void say_copy_failed(const fs::path& workbook, const std::error_code& error, const fs::path& temp, core::Language language)
{
    std::error_code ignored;
    if (inspect_input(workbook) == InputKind::unreadable)
        say(language, "cli.error.input_unreadable", {workbook.string()});
    else if (error == std::errc::no_space_on_device)
        say(language, "cli.error.tmpdir_full",
            {temp.string(), core::format_count(static_cast<std::int64_t>(fs::space(temp, ignored).available / kMb), language),
             core::format_count(static_cast<std::int64_t>(kOfficeRoomMb), language)});
    else
        say(language, "cli.error.copy_input", {workbook.string(), temp.string()});
}

// A command of the extension that failed, said for the command line: the extension's own words,
// except where they point to a menu, which the command line has not (then: open the file in Calc).
void say_command_failed(const Options& options, const std::string& result, core::Language language)
{
    if (options.inputs.size() == 1 && result == core::text(language, "workbook.no_initiatives"))
        say(language, "cli.error.no_initiatives", {options.inputs.front().string()});
    else
        say(language, "cli.error", {result});
}

// What the command needs to know about its output folder, checked before the office starts.
struct Output
{
    fs::path folder;
    bool overwrite = false;
};

std::optional<Output> output_folder(const Options& options, const std::vector<std::string>& files, core::Language language)
{
    if (!options.output)
        throw std::invalid_argument(core::format(language, "cli.error.missing_value", {"-o"}));
    Output output{fs::absolute(*options.output), options.overwrite};
    std::error_code error;
    if (fs::exists(output.folder, error) && !fs::is_directory(output.folder, error))
    {
        say(language, "cli.error.output_not_folder", {output.folder.string()});
        return std::nullopt;
    }
    for (const auto& workbook : options.inputs)
        for (const auto& file : files)
            if (same_file(output.folder / file, workbook))
            {
                say(language, "cli.error.output_is_input", {workbook.string()});
                return std::nullopt;
            }
    if (const int problem = output_folder_problem(output.folder))
    {
        say(language, publish_problem_key(problem), {output.folder.string(), files.front()});
        return std::nullopt;
    }
    return output;
}

using Arguments = uno_common::CommandArguments;

// What to do once the command succeeded, with the arguments that name the workbooks when there
// are several (for a command it runs itself); returns the exit status.
using AfterCommand = std::function<int(const launcher::Document& document, const std::string& result, const fs::path& staging,
                                       const Arguments& sources)>;

// The workbooks the arguments name: files as they are, folders by their workbooks. Says what is
// wrong with the first that cannot be merged.
std::optional<std::vector<fs::path>> merge_sources(const Options& options, core::Language language)
{
    std::vector<fs::path> files;
    for (const auto& input : options.inputs)
    {
        std::error_code error;
        if (fs::is_directory(input, error))
        {
            const auto found = core::workbooks_in_folder(input);
            if (found.empty())
            {
                say(language, "cli.merge.empty_folder", {input.string()});
                return std::nullopt;
            }
            for (const auto& file : found)
            {
                // A workbook in the folder that cannot be read at all is named, not taken for a full disk.
                const InputKind kind = inspect_input(file);
                if (kind == InputKind::unreadable || kind == InputKind::not_regular)
                {
                    say(language, input_problem_key(kind), {file.string()});
                    return std::nullopt;
                }
            }
            files.insert(files.end(), found.begin(), found.end());
            continue;
        }
        const InputKind kind = inspect_input(input);
        if (kind == InputKind::csv)
        {
            say(language, "cli.merge.no_csv", {input.string()});
            return std::nullopt;
        }
        if (const std::string key = input_problem_key(kind); !key.empty())
        {
            say(language, key, {input.string()});
            return std::nullopt;
        }
        files.push_back(input);
    }
    // A file named twice (or given and also found in a folder given) is read once.
    std::vector<fs::path> once;
    for (const auto& file : files)
    {
        if (std::any_of(once.begin(), once.end(), [&file](const fs::path& earlier) { return same_file(earlier, file); }))
        {
            say(language, "cli.merge.named_twice", {file.string()});
            continue;
        }
        once.push_back(fs::absolute(file));
    }
    return once;
}

// A workbook whose content is cut or malformed is refused before it is loaded: the office would
// load the part before the cut without a word. Says so, naming the file and the damaged part.
bool refused_as_damaged(launcher::OfficeSession& office, const fs::path& workbook, const fs::path& copy,
                        core::Language language)
{
    const auto damaged = uno_common::damaged_part(office.context(), launcher::file_url(copy));
    if (!damaged)
        return false;
    if (damaged->empty())
        say(language, "cli.error.input_damaged", {workbook.string()});
    else
        say(language, "cli.error.input_damaged_part", {workbook.string(), *damaged});
    return true;
}

// The workbooks, copied into the office's private folder (never opened where they are), as the
// arguments that make a command read them (CommandArguments: sources, names, settings_from). Nullopt after
// saying what failed.
std::optional<Arguments> copied_sources(launcher::OfficeSession& office, const std::vector<fs::path>& files,
                                        const std::optional<std::string>& settings_from, core::Language language)
{
    const fs::path inputs = office.profile_dir() / "sangkien-files" / "sources";
    fs::create_directories(inputs);
    const auto names = core::source_names(files);
    Arguments arguments;
    arguments.private_sources = true;
    arguments.settings_from = settings_from;
    for (std::size_t i = 0; i < files.size(); ++i)
    {
        const fs::path copy = inputs / (std::to_string(i) + files[i].extension().string());
        std::error_code error;
        if (!uno_common::copy_privately(files[i], copy, error))
        {
            say_copy_failed(files[i], error, office.profile_dir().parent_path(), language);
            return std::nullopt;
        }
        if (refused_as_damaged(office, files[i], copy, language)) // the whole run: no result without it
            return std::nullopt;
        arguments.sources.push_back(launcher::file_url(copy));
        arguments.names.push_back(names[i]);
    }
    return arguments;
}

// The workbooks merged by vn.sangkien:Merge into `target`. Returns the merge's answer; nullopt
// after saying what failed.
std::optional<std::string> merge_into(launcher::OfficeSession& office, const std::vector<fs::path>& files,
                                      const std::optional<std::string>& settings_from, const fs::path& target,
                                      core::Language language)
{
    auto arguments = copied_sources(office, files, settings_from, language);
    if (!arguments)
        return std::nullopt;
    fs::create_directories(target.parent_path());
    progress(language, 30, "cli.merge.reading", {core::format_count(static_cast<std::int64_t>(files.size()), language)});
    arguments->output = launcher::file_url(target);
    arguments->overwrite = true;
    const launcher::Document frame = launcher::Document::new_spreadsheet(office.context());
    launcher::DispatchOutcome outcome;
    {
        const Heartbeat heartbeat(language, 30);
        outcome = launcher::dispatch_command(frame, arguments->to_url(std::string(kProtocol) + "Merge"));
    }
    if (!outcome.succeeded)
    {
        say(language, "cli.error", {outcome.result});
        return std::nullopt;
    }
    return outcome.result;
}

// A CSV input, whatever its encoding, written as UTF-8 into the private copy the office reads; says
// which encoding it was in. `separator` is set to the one its lines use.
bool copy_csv_as_utf8(const fs::path& workbook, const fs::path& copy, int& separator, core::Language language,
                      std::error_code& error)
{
    CsvText csv;
    if (!read_csv(workbook, csv))
    {
        error = std::make_error_code(std::errc::io_error);
        return false;
    }
    std::ofstream out(copy, std::ios::binary);
    out << csv.utf8;
    out.close();
    if (!out)
    {
        error = std::make_error_code(std::errc::no_space_on_device);
        return false;
    }
    separator = csv.separator;
    say(language, "cli.csv.read_as", {workbook.filename().string(), std::string(core::text(language, encoding_name_key(csv.encoding)))});
    return true;
}

// The name a merge's sources go by for --thong-tin: as listed, or a path to one of them.
std::optional<std::optional<std::string>> settings_source(const Options& options, const std::vector<fs::path>& files,
                                                          core::Language language)
{
    if (!options.settings_from)
        return std::optional<std::string>();
    const auto names = core::source_names(files);
    for (std::size_t i = 0; i < files.size(); ++i)
        if (names[i] == *options.settings_from || same_file(files[i], *options.settings_from))
            return std::optional<std::string>(names[i]);
    std::string listed;
    for (const auto& name : names)
        listed += "\n  " + name;
    say(language, "cli.merge.unknown_settings_source", {*options.settings_from, listed});
    return std::nullopt;
}

// Starts a private headless office with the extension installed and runs `work` in it; says
// what went wrong when the office fails. Returns the exit status.
int with_office(const Options& options, core::Language language, const std::function<int(launcher::OfficeSession&)>& work)
{
    const fs::path oxt = options.oxt.value_or(executable_dir() / "sangkien.oxt");
    if (!fs::is_regular_file(oxt))
    {
        say(language, "cli.error.no_oxt", {oxt.string()});
        return 1;
    }
    if (!temp_folder_has_room(options, language))
        return 1;
    install_signal_cleanup();
    try
    {
        progress(language, 5, "cli.progress.starting");
        launcher::OfficeSetup setup;
        setup.office = options.office;
        setup.extensions = {oxt};
        setup.options.ui_language = language == core::Language::vietnamese ? "vi" : "en-US";
        setup.profile_cache = launcher::prepared_profiles_folder(); // one start instead of three
        launcher::PrivateOffice office(std::move(setup));
        return work(office.session());
    }
    catch (const launcher::OfficeError& e)
    {
        if (temp_folder_has_room(options, language)) // else the office failed for want of room
            say(language, "cli.error", {e.what()});
    }
    catch (const fs::filesystem_error&)
    {
        say(language, "cli.error.tmpdir", {});
    }
    catch (const com::sun::star::uno::Exception&)
    {
        say(language, "cli.error.office_failed", {});
    }
    return 1;
}

int run_on_workbook(const Options& options, core::Language language, const std::string& command, bool read_only,
                    const AfterCommand& after)
{
    if (options.inputs.empty())
        throw std::invalid_argument(usage_text(language));
    // Several workbooks (or a folder) are read one at a time and reviewed as one, without a
    // merged list (vn.sangkien:Review?source=…): the results go into a new document.
    std::error_code error;
    const bool several = options.inputs.size() > 1 || fs::is_directory(options.inputs.front(), error);
    std::optional<std::vector<fs::path>> sources;
    std::optional<std::string> settings_from;
    fs::path workbook = options.inputs.front();
    InputKind kind = InputKind::spreadsheet;
    if (several)
    {
        sources = merge_sources(options, language);
        if (!sources)
            return 1;
        const auto chosen = settings_source(options, *sources, language);
        if (!chosen)
            return 2;
        settings_from = *chosen;
    }
    else
    {
        kind = inspect_input(workbook);
        if (const std::string key = input_problem_key(kind); !key.empty())
        {
            say(language, key, {workbook.string()});
            return 1;
        }
    }
    return with_office(options, language, [&](launcher::OfficeSession& office) {
        // A private copy is what the office opens (and may lock).
        const fs::path private_dir = office.profile_dir() / "sangkien-files";
        const fs::path copy = private_dir / "input" / ("so-sang-kien" + (several ? std::string(".ods") : workbook.extension().string()));
        const fs::path staging = private_dir / "output";
        std::error_code error;
        fs::create_directories(copy.parent_path(), error);
        fs::create_directories(staging, error);
        Arguments source_arguments;
        int separator = ',';
        if (several)
        {
            auto copied = copied_sources(office, *sources, settings_from, language);
            if (!copied)
                return 1;
            source_arguments = std::move(*copied);
            progress(language, 30, "cli.merge.reading", {core::format_count(static_cast<std::int64_t>(sources->size()), language)});
        }
        else if (kind == InputKind::csv ? !copy_csv_as_utf8(workbook, copy, separator, language, error)
                                        : !uno_common::copy_privately(workbook, copy, error))
        {
            say_copy_failed(workbook, error, office.profile_dir().parent_path(), language);
            return 1;
        }
        else
            progress(language, 30, "cli.check.loading", {workbook.string()});
        if (!several && kind == InputKind::spreadsheet && refused_as_damaged(office, workbook, copy, language))
            return 1;
        if (options.compare_with)
        {
            // The earlier review, copied like the workbook (its name kept: the messages name it).
            const fs::path earlier = private_dir / "compare" / options.compare_with->filename();
            fs::create_directories(earlier.parent_path(), error);
            if (!uno_common::copy_privately(*options.compare_with, earlier, error))
            {
                say_copy_failed(*options.compare_with, error, office.profile_dir().parent_path(), language);
                return 1;
            }
            if (refused_as_damaged(office, *options.compare_with, earlier, language))
                return 1;
            source_arguments.compare_with = launcher::file_url(earlier);
        }
        std::optional<launcher::Document> document;
        try
        {
            const Heartbeat heartbeat(language, 30);
            if (several)
                document.emplace(launcher::Document::new_spreadsheet(office.context()));
            else if (kind == InputKind::csv)
            {
                // UTF-8 (the private copy), its separator, text in quotes, numbers and dates as
                // in Vietnamese (1066).
                document.emplace(office.context(), launcher::file_url(copy), true, read_only, "Text - txt - csv (StarCalc)",
                                 std::to_string(separator) + ",34,76,1,,1066,false,true");
            }
            else
                document.emplace(office.context(), launcher::file_url(copy), true, read_only);
        }
        catch (const com::sun::star::uno::Exception&)
        {
            say(language, "cli.error.open", {workbook.string()});
            return 1;
        }
        if (!document->is_spreadsheet()) // the office read it as a text or a drawing
        {
            say(language, "cli.error.input_not_spreadsheet", {workbook.string()});
            return 1;
        }
        progress(language, 50, "cli.progress.working");
        std::string result;
        if (!command.empty()) // else `after` runs a command that needs the private folder
        {
            const Heartbeat heartbeat(language, 50);
            const auto outcome =
                launcher::dispatch_command(*document, source_arguments.to_url(std::string(kProtocol) + command));
            if (!outcome.succeeded)
            {
                say_command_failed(options, outcome.result, language);
                return 1;
            }
            result = outcome.result;
        }
        const int status = [&] {
            const Heartbeat heartbeat(language, command.empty() ? 50 : 90);
            return after(*document, result, staging, source_arguments);
        }();
        if (status == 0)
            progress(language, 100, "cli.progress.done");
        return status;
    });
}

} // namespace

int run_check(const Options& options, core::Language language)
{
    return run_on_workbook(options, language, "Check", true,
                           [](const launcher::Document&, const std::string& result, const fs::path&, const Arguments&) {
        std::cout << result;
        return 0;
    });
}

namespace {

// The earlier review of --so-voi as a file: there and readable, a spreadsheet (not a CSV, which
// holds no record); says what is wrong, naming the file, before any office starts.
bool earlier_review_usable(const fs::path& earlier, core::Language language)
{
    const InputKind kind = inspect_input(earlier);
    if (kind == InputKind::missing)
        say(language, "cli.error.compare_missing", {earlier.string()});
    else if (kind == InputKind::unreadable)
        say(language, "cli.error.compare_unreadable", {earlier.string()});
    else if (kind == InputKind::csv)
        say(language, "review.compare_no_record", {earlier.string()});
    else if (const std::string key = input_problem_key(kind); !key.empty())
        say(language, key, {earlier.string()});
    else
        return true;
    return false;
}

} // namespace

int run_review(const Options& options, core::Language language)
{
    if (options.compare_with && !earlier_review_usable(*options.compare_with, language))
        return 1;
    // As .ods; a result larger than an .ods can hold (LibreOffice writes all its sheets into one
    // zip entry: the national total's review does not fit) as .xlsx, whose sheets are stored apart.
    const std::vector<std::pair<std::string, std::string>> kinds{{"KetQuaXet.ods", "calc8"},
                                                                 {"KetQuaXet.xlsx", "Calc MS Excel 2007 XML"}};
    const auto output = output_folder(options, {kinds[0].first, kinds[1].first}, language);
    if (!output)
        return 1;
    return run_on_workbook(options, language, "Review", false,
                           [&](const launcher::Document& document, const std::string& result, const fs::path& staging,
                               const Arguments&) {
                               progress(language, 90, "cli.progress.storing");
                               for (std::size_t k = 0; k < kinds.size(); ++k)
                               {
                                   const auto& [file, filter] = kinds[k];
                                   const fs::path staged = staging / file;
                                   try
                                   {
                                       document.store_to(launcher::file_url(staged), filter);
                                   }
                                   catch (const com::sun::star::uno::Exception&)
                                   {
                                       std::error_code error;
                                       fs::remove(staged, error); // nothing partial
                                       if (!temp_folder_has_room(options, language))
                                           return 1;
                                       if (k + 1 < kinds.size())
                                       {
                                           say(language, "cli.review.too_large_for_ods", {file, kinds[k + 1].first});
                                           continue;
                                       }
                                       say(language, "cli.error.store", {file});
                                       return 1;
                                   }
                                   fs::path written;
                                   if (!publish_output(staged, output->folder / file, output->overwrite, language, written))
                                       return 1;
                                   std::cout << result;
                                   say(language, "cli.review.written", {written.string()});
                                   return 0;
                               }
                               return 1;
                           });
}

namespace {

// The document command on the workbook: the office stores into the private folder, then every
// file is published into the output folder; the answer names the files where they went. `files`
// are the names the command stores (each in every format); empty: whatever it stored (the
// feedback's, one per unit), `example` naming them for the checks made before.
int run_documents(const Options& options, core::Language language, const std::string& command,
                  const std::vector<std::string>& files, const std::vector<std::string>& formats, const std::string& example = {},
                  const std::string& documents = {})
{
    std::vector<std::string> names;
    for (const auto& file : files)
        for (const auto& format : formats)
            names.push_back(file + "." + format);
    const auto output = output_folder(options, names.empty() ? std::vector<std::string>{example} : names, language);
    if (!output)
        return 1;
    std::string formats_text;
    for (const auto& format : formats)
        formats_text += (formats_text.empty() ? "" : ",") + format;
    return run_on_workbook(options, language, "", true, [&](const launcher::Document& document, const std::string&,
                                                          const fs::path& staging, const Arguments& sources) {
        Arguments arguments = sources;
        arguments.output = launcher::file_url(staging);
        arguments.formats = formats_text;
        arguments.documents = documents;
        // One workbook: the office sees a private copy; what the documents say of it is its own name.
        if (arguments.sources.empty() && options.inputs.size() == 1)
            arguments.names = {options.inputs.front().filename().string()};
        const std::string url = arguments.to_url(std::string(kProtocol) + command);
        const auto outcome = launcher::dispatch_command(document, url);
        if (!outcome.succeeded)
        {
            say_command_failed(options, outcome.result, language);
            return 1;
        }
        progress(language, 90, "cli.progress.storing");
        std::vector<std::string> stored = names;
        if (stored.empty())
        {
            std::error_code error;
            for (const auto& entry : fs::directory_iterator(staging, error))
                if (entry.is_regular_file(error) && entry.path().filename().string().front() != '.')
                    stored.push_back(entry.path().filename().string());
            std::sort(stored.begin(), stored.end());
        }
        std::vector<Publication> set;
        for (const auto& name : stored)
        {
            std::error_code error;
            if (fs::exists(staging / name, error))
                set.push_back({staging / name, output->folder / name});
        }
        const auto written = publish_outputs(set, output->overwrite, language);
        if (!written)
            return 1;
        std::string result = outcome.result;
        for (std::size_t i = 0; i < set.size(); ++i)
        {
            const std::string staged = set[i].staged.string(), final_path = (*written)[i].string();
            for (auto at = result.find(staged); at != std::string::npos; at = result.find(staged, at))
            {
                result.replace(at, staged.size(), final_path);
                at += final_path.size();
            }
        }
        std::cout << result << std::endl;
        return 0;
    });
}

} // namespace

namespace {

// The --format list (`fallback` when not given), each among `known`; nullopt, said, when it names
// another or none.
std::optional<std::vector<std::string>> chosen_formats(const Options& options, const std::string& fallback,
                                                       const std::vector<std::string>& known, core::Language language)
{
    const std::string given = options.formats.empty() ? fallback : options.formats;
    std::vector<std::string> formats;
    bool unknown = false;
    std::size_t start = 0;
    while (start <= given.size())
    {
        const std::size_t comma = std::min(given.find(',', start), given.size());
        std::string word = given.substr(start, comma - start);
        std::erase(word, ' ');
        std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        start = comma + 1;
        if (word.empty())
            continue;
        if (std::find(known.begin(), known.end(), word) == known.end())
            unknown = true;
        else if (std::find(formats.begin(), formats.end(), word) == formats.end())
            formats.push_back(word);
    }
    if (formats.empty() || unknown)
    {
        std::string listed;
        for (const auto& format : known)
            listed += (listed.empty() ? "" : ", ") + format;
        say(language, "cli.error.bad_format", {given, listed});
        return std::nullopt;
    }
    return formats;
}

} // namespace

int run_report(const Options& options, core::Language language)
{
    const auto formats = chosen_formats(options, "odt,pdf", {"odt", "pdf", "docx"}, language);
    return formats ? run_documents(options, language, "Report", {"BaoCaoTongKet"}, *formats) : 2;
}

int run_dossier(const Options& options, core::Language language)
{
    const auto formats = chosen_formats(options, "odt,pdf", {"odt", "pdf", "docx"}, language);
    if (!formats)
        return 2;
    std::vector<std::string> files;
    for (const auto& info : core::dossier_documents())
        files.emplace_back(info.file);
    return run_documents(options, language, "Dossier", files, *formats);
}

int run_feedback(const Options& options, core::Language language)
{
    const auto formats = chosen_formats(options, "ods,pdf", {"ods", "pdf"}, language);
    return formats ? run_documents(options, language, "Feedback", {}, *formats, "PhanHoi_.ods", options.letter ? "cong_van" : "") : 2;
}

} // namespace sangkien::cli

namespace sangkien::cli {

namespace {

} // namespace

int run_merge(const Options& options, core::Language language)
{
    if (options.inputs.empty() || !options.output)
        throw std::invalid_argument(usage_text(language));
    const fs::path output = fs::absolute(*options.output);
    const std::string filter = core::calc_filter_for(output);
    std::error_code error;
    if (fs::is_directory(output, error))
    {
        say(language, "cli.merge.output_is_folder", {output.string()});
        return 2;
    }
    if (filter.empty())
    {
        say(language, "merge.no_output_format", {output.filename().string()});
        return 2;
    }
    if (const int problem = output_folder_problem(output.parent_path()))
    {
        say(language, publish_problem_key(problem), {output.parent_path().string(), output.filename().string()});
        return 1;
    }
    const auto files = merge_sources(options, language);
    if (!files)
        return 1;
    for (const auto& file : *files)
        if (same_file(output, file))
        {
            say(language, "cli.error.output_is_input", {file.string()});
            return 1;
        }
    const auto chosen = settings_source(options, *files, language);
    if (!chosen)
        return 2;
    return with_office(options, language, [&](launcher::OfficeSession& office) {
        const fs::path staged = office.profile_dir() / "sangkien-files" / "output" / ("gop" + output.extension().string());
        const auto result_text = merge_into(office, *files, *chosen, staged, language);
        if (!result_text)
            return 1;
        progress(language, 90, "cli.progress.storing");
        fs::path written;
        if (!publish_output(staged, output, options.overwrite, language, written))
            return 1;
        std::string result = *result_text;
        if (const auto at = result.find(staged.string()); at != std::string::npos)
            result.replace(at, staged.string().size(), written.string());
        std::cout << result << std::endl;
        progress(language, 100, "cli.progress.done");
        return 0;
    });
}

} // namespace sangkien::cli
