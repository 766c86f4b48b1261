// Gộp sổ (SPEC §5, §6 `sangkien merge`): several initiative workbooks — the CĐCS' own workbooks
// sent to the district, or the districts' sent to the province — consolidated into one workbook
// in our own layout (the sheets of SPEC §2). Each source is read with the review's reader (every
// layout it knows) and may be dropped as soon as it has been added: the merger keeps only the
// rows it will write.
//
// Every row keeps where it came from (Tệp nguồn, Trang nguồn, Dòng nguồn). The CĐCS lists become
// one row per CĐCS; a CĐCS given two different quotas is reported and its quota left for the
// clerk to settle, never guessed. A list without a unit column (a CĐCS's own workbook) takes its
// unit from the file's Thông tin sheet (Tên đơn vị), else from the file's name, and says so.
// Initiatives repeated across files are reported with both places; both rows are kept and the
// review counts them once. The Thông tin sheet comes from the user's settings or from one source
// the user names, never silently from whichever file came first. Each source's data problems
// are carried, with their file, into the sheet "Lỗi dữ liệu nguồn".
#pragma once

#include <array>
#include <deque>
#include <filesystem>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/rules/result_sheets.hxx"
#include "core/forms/user_options.hxx"
#include "core/workbook/workbook.hxx"

namespace sangkien::core {

constexpr std::size_t kXlsSheetRowLimit = 65'536; // an .xls (Excel 97) sheet's

struct MergeOptions
{
    Language language = Language::vietnamese;
    // The Thông tin sheet: the rows of the source file named here (as given to add())…
    std::optional<std::string> settings_from;
    // …else these rows (label, value), made from the user's settings (settings_rows()).
    std::vector<std::pair<std::string, std::string>> settings;
    // The merged workbook's level; by default the one the sources' content gives (source_role()):
    // CĐCS' workbooks, with or without their district's own workbook, merge into a district's;
    // several districts' workbooks into a province's, whose units are the districts (each source
    // one, named by its Tên đơn vị, else its file name) with the CĐCS in a column below them. A
    // mix of districts' and CĐCS' workbooks is refused (MergedWorkbook::refused), never decided by
    // the order of the files.
    std::optional<ReportLevel> level;
    // Rows of the list per sheet: beyond them the list goes on over "Sáng kiến (2)"… (the reader
    // reads them back as one list). Calc's limit less the heading row; smaller only in tests.
    std::size_t rows_per_sheet = kSheetRowLimit - 1;
    // For a review of several workbooks (merged_workbook()): the initiatives are kept as each
    // source's reader read them, and no merged list is made of them (its sheet stays empty).
    bool records = false;
    // Every source's name, as it will be given to add(): a merged workbook among its own sources
    // is recognised by its Nguồn gộp sheet and left out (its rows would count twice).
    std::vector<std::string> inputs;
};

// What was read from one source.
struct MergeSourceSummary
{
    std::string file;
    std::string list_sheet;        // the sheet read as the list of initiatives; empty: none
    std::size_t initiatives = 0;
    std::size_t unions = 0;
    std::size_t people = 0;
    std::size_t errors = 0;        // data errors in the source (notes not counted)
    std::string unit_given;        // the unit given to a list without a unit column
    std::optional<ReportLevel> level; // as its Thông tin says
    ReportLevel role = ReportLevel::grassroots; // as its content shows (source_role())
    // A source read but left out, with the message that says why (a copy of another source, a
    // merged workbook of sources also given); empty: merged.
    std::string left_out;
    std::string unit_name;         // its own unit: Thông tin's Tên đơn vị, else the file name
    std::optional<int> quota;      // its Thông tin's Chỉ tiêu (a district's quota from the province)
};

struct MergedWorkbook
{
    // Sáng kiến, Công đoàn cơ sở, Cá nhân đề xuất, Thông tin (the data, our layout), then Nguồn gộp
    // (one row per source) and Lỗi dữ liệu nguồn (the sources' problems and the merge's findings).
    std::vector<ResultSheet> sheets;
    std::vector<MergeSourceSummary> sources;
    ReportLevel level = ReportLevel::district;
    std::size_t initiatives = 0;
    std::size_t unions = 0;
    std::size_t people = 0;
    std::size_t duplicates = 0;       // initiatives repeating one in another file
    std::size_t quota_conflicts = 0;  // CĐCS with different quotas in different files
    std::size_t source_errors = 0;    // data errors in the sources
    std::size_t problem_rows = 0;     // the rows of Lỗi dữ liệu nguồn (errors and notes)…
    std::size_t problem_errors = 0;   // …of them errors
    std::size_t sources_without_list = 0;
    std::size_t sources_left_out = 0;  // copies and merged workbooks of other sources
    // Why no merged workbook can be made (sources at levels that do not go together, each file
    // named with its level); when set, nothing else is meaningful.
    std::string refused;
    // Whether Thông tin came from a source (named, or the district's own workbook, or the only one),
    // and the sentence that says where it came from.
    std::string settings_source;
    std::string settings_note;

    std::vector<std::string> list_sheets; // the list's sheets: "Sáng kiến", then "Sáng kiến (2)"… if it goes on

    // With MergeOptions::records: the initiatives as read, each on its place by file and sheet
    // ("an-binh.xlsx › Sáng kiến", the source's row); the sources' problems at their own cells and
    // the merge's findings, as issues; what the sources' lists had.
    std::vector<Initiative> records;
    std::vector<Issue> record_issues;
    bool has_update_dates = false;
    std::size_t section_rows = 0, subtotal_rows = 0;
};

class WorkbookMerger
{
public:
    explicit WorkbookMerger(MergeOptions options);

    // Reads one source; `file` is the name it is reported under ("cdcs-an-binh.xlsx"). Never
    // throws for any input: a workbook without a list is reported and adds nothing.
    const MergeSourceSummary& add(const std::string& file, const WorkbookInput& input, const SheetChoices& sheets = {});
    // The same over sheets read in blocks (the office's): the list is read a block at a time.
    const MergeSourceSummary& add(const std::string& file, const WorkbookSource& source, const SheetChoices& sheets = {});

    // A source the office could not open as a spreadsheet (damaged, a password, another kind of
    // file): reported, nothing added.
    void add_unopened(const std::string& file);
    // A source whose content is cut or malformed (`part` names the damaged part, or is empty when
    // the file as a whole is): refused, reported, nothing added.
    void add_damaged(const std::string& file, const std::string& part);

    bool keeps_records() const { return options_.records; }

    // The merged workbook (a list longer than a sheet goes on over further sheets).
    MergedWorkbook finish();

private:
    struct Unit // one CĐCS over every source that lists it
    {
        std::string key;
        std::string name;
        std::string block;
        std::optional<double> members;
        bool agreement = false;
        std::string note;
        std::vector<std::pair<int, std::size_t>> quotas;                    // quota > 0, source
        std::vector<std::pair<std::string, std::size_t>> unreadable_quotas; // as typed, source
        std::vector<std::size_t> sources;
        std::string sheet;                                                  // where first listed
        std::size_t row = 0;
    };
    // One row of "Lỗi dữ liệu nguồn".
    struct Problem
    {
        std::string file, sheet;
        std::size_t row = 0;
        std::string column, value, message;
        bool is_error = true;
    };
    // `finding`: the merge's own finding (else a problem the source's reader found).
    void add_problem(const Problem& problem, bool finding = true);
    void add_unread(const std::string& file, const std::string& message); // a source nothing was read from
    const MergeSourceSummary& add_read(const std::string& file, Workbook book, const WorkbookInput& input);
    // The message that leaves out a source (a copy of one already added, or a merged workbook of
    // other sources); empty: it is merged.
    std::string reason_to_leave_out(const std::string& file, const Workbook& book, const WorkbookInput& input);
    // The level of the merged workbook and where Thông tin comes from; sets merged.refused for a
    // mix of levels.
    void decide_level(MergedWorkbook& merged);

    MergeOptions options_;
    std::vector<MergeSourceSummary> sources_;
    // With their final unit; a deque grows without copying or doubling (millions of records).
    std::deque<Initiative> initiatives_;
    std::vector<Row> initiative_rows_;                   // our layout (STT set by finish)
    std::vector<std::pair<std::size_t, std::string>> origins_; // per initiative: source index, sheet
    std::size_t unit_column_ = 0;                        // of the layout, in initiative_rows_
    std::vector<Unit> units_;
    std::unordered_map<std::string, std::size_t> unit_index_; // matching key → units_ index
    std::vector<Row> people_rows_;
    std::unordered_set<std::string> people_keys_;
    std::vector<std::vector<Row>> source_settings_;      // per source: its Thông tin rows
    std::vector<std::size_t> content_prints_;            // per source: content_print() of its list (0: none)
    bool districts_as_units_ = false;                    // set by decide_level
    bool level_said_ = true;                             // whether Thông tin is given a Cấp báo cáo
    std::optional<std::size_t> settings_source_;         // the source Thông tin comes from
    std::string settings_note_;                          // the line that says where it comes from
    std::vector<Row> problems_;
    std::size_t problem_errors_ = 0;
    std::vector<Issue> record_issues_;                   // MergeOptions::records
    bool any_update_dates_ = false;
    std::size_t section_rows_ = 0, subtotal_rows_ = 0;
};

// The Thông tin rows the user's settings give (Tên đơn vị, Cơ quan cấp trên, …, the criteria),
// for MergeOptions::settings; `level` is the merged workbook's Cấp báo cáo ("LĐLĐ huyện").
std::vector<std::pair<std::string, std::string>> settings_rows(const UserOptions& options, const std::string& level);

// What a source is: the level its Thông tin's Cấp báo cáo says; else a province's when its list has
// a CĐCS column below the unit (a merged province), a district's when its Tên đơn vị names a
// Liên đoàn Lao động or a sector union; else a part (grassroots): one CĐCS's workbook, or an
// excerpt of several CĐCS without a Thông tin of its own.
ReportLevel source_role(const Workbook& book);

// "Đã gộp 3 tệp: 120 sáng kiến, 3 CĐCS … " — what the merge did, in a few sentences.
std::string merge_summary_text(const MergedWorkbook& merged, Language language);

// The extensions of the workbooks a merge reads, lower case; the file picker's filter and the
// messages that list them name them all.
inline constexpr std::array<std::string_view, 5> kWorkbookExtensions{".ods", ".xlsx", ".xlsm", ".xls", ".fods"};

// Files a merge reads: spreadsheets by their extension (kWorkbookExtensions), never office lock
// files or Excel's owner files ("~$…").
bool is_workbook_file(const std::filesystem::path& file);

// The workbooks directly in a folder, by name (an unreadable folder gives none).
std::vector<std::filesystem::path> workbooks_in_folder(const std::filesystem::path& folder);

// The names sources are reported under: the file name, or "folder/file name" where two sources
// share a file name (every CĐCS may send "So sang kien.xlsx").
std::vector<std::string> source_names(const std::vector<std::filesystem::path>& files);

// The office's export filter for a merged workbook stored as `file` ("calc8" for .ods); empty for
// an extension it is not stored as.
std::string calc_filter_for(const std::filesystem::path& file);

// The rows a sheet of a workbook stored as `file` can hold: 65,536 in an .xls, else Calc's limit.
std::size_t sheet_row_limit(const std::filesystem::path& file);

// The sheets as the reader sees them (heading row, then the rows): for reading a merge back.
WorkbookInput merged_input(const MergedWorkbook& merged);

// A merge made with MergeOptions::records as the review takes it — the review of several
// workbooks without a merged list: the records (moved out of `merged`) with the CĐCS, the
// people and Thông tin read back from the merged sheets, and as issues the sources' problems at
// their own cells and the merge's findings. The review, the figures and the documents are the
// same as for the merged workbook read back.
Workbook merged_workbook(MergedWorkbook& merged);

} // namespace sangkien::core
