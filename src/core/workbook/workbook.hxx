// The initiative workbook (SPEC §2) as plain data: sheets come in as 2-D arrays of cells (what
// Calc's getDataArray returns), are recognised by name or content, their heading rows found and
// mapped to fields, and their rows turned into records. Anything that cannot be read becomes an
// Issue naming sheet, row and column; reading never stops at one.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <unordered_map>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "core/text/date.hxx"
#include "core/text/messages.hxx"
#include "core/text/money.hxx"
#include "core/text/shared_text.hxx"
#include "core/text/values.hxx"

namespace sangkien::core {

// ---------------------------------------------------------------------------------------------
// Input

// A formula cell whose result is an error, as Calc shows it ("#DIV/0!", "#N/A", "Err:502"). It is
// never read as empty: the reader reports it and the record that holds it cannot be judged on it.
struct CellError
{
    std::string shown;
    bool operator==(const CellError&) const = default;
};

// One cell: empty, a number (dates are serial numbers), text, or a formula error.
using Cell = std::variant<std::monostate, double, std::string, CellError>;
using Row = std::vector<Cell>;

struct Sheet
{
    std::string name;
    std::vector<Row> rows; // rows[0] is the sheet's row 1; rows may have different lengths
};

struct WorkbookInput
{
    std::vector<Sheet> sheets;
};

// The rows of one sheet handed over a block at a time, so that a whole sheet of cells is never
// held at once: the office adapter reads kBlockRows rows per call, a sheet in memory lends its rows.
class SheetRows
{
public:
    virtual ~SheetRows() = default;
    virtual std::size_t size() const = 0; // rows in the sheet (its used area from row 1)
    // Up to `count` rows from the 0-based row `first` (fewer at the end, none past it); the rows
    // stay valid until the next call.
    virtual std::span<const Row> block(std::size_t first, std::size_t count) = 0;
};

// A sheet as the reader takes it: its first rows (what its kind and headings are recognised by)
// and all its rows, read in blocks only for the sheets the reader chooses.
struct SheetSource
{
    Sheet head;                      // name and the first kHeadRows rows (or the whole sheet)
    std::shared_ptr<SheetRows> rows; // every row, head included
};

struct WorkbookSource
{
    std::vector<SheetSource> sheets;
};

constexpr std::size_t kHeadRows = 32;    // rows enough to find any heading (searched in 20)
constexpr std::size_t kBlockRows = 16'384; // rows per block: a few MB of cells

// The rows of a sheet in memory, lent without a copy (the sheet must outlive the source).
std::shared_ptr<SheetRows> rows_of(const Sheet& sheet);
WorkbookSource source_of(const WorkbookInput& input);

// A sheet's first kHeadRows rows, for a SheetSource built from blocks.
Sheet head_of(std::string name, SheetRows& rows);

// ---------------------------------------------------------------------------------------------
// Problems found while reading

struct Issue
{
    std::string sheet;
    std::size_t row = 0;      // 1-based sheet row; 0 for the sheet as a whole
    std::string column;       // "C"; empty for a whole row or sheet
    std::string value;        // the cell as the user typed it
    std::string key;          // message key in resources/strings_*.properties
    std::vector<std::string> arguments;
    bool is_error = true;     // false: information (e.g. an unmapped column)
    bool value_is_number = false; // `value` is a number cell's, written without grouping
};

std::string issue_message(const Issue& issue, Language language);

// A sentence kept as data and rendered when shown, in the language of the moment: a message key
// and its arguments as an Issue carries them (figures tagged by count_argument…, field ids, keys
// of units of amounts). What a review record keeps of its reasons and problems.
struct Message
{
    std::string key;
    std::vector<std::string> arguments;
    bool operator==(const Message&) const = default;
};

// The message in `language`, its arguments shown as issue_message shows an issue's.
std::string message_text(const Message& message, Language language);

// An argument tagged as a figure (count_argument…) as `language` writes it; any other as it is.
std::string figure_text(std::string_view argument, Language language);

// Issue arguments that are figures, written in the message's language by issue_message: a count
// ("1.234" / "1,234"), an amount with its unit ("500.000.000 đồng" / "500,000,000 VND") or without.
std::string count_argument(std::int64_t count);
std::string money_argument(std::int64_t dong);
std::string amount_argument(std::int64_t dong);

// The cell's value as the data-error sheets show it: a number grouped the language's way
// ("5.156.999.999", "5,156,999,999"), text as typed.
std::string issue_value(const Issue& issue, Language language);

// "A", …, "Z", "AA"… for a 0-based column index.
std::string column_letter(std::size_t index);

// ---------------------------------------------------------------------------------------------
// Fields and headings

enum class Field
{
    stt, code, title, authors, position, unit, grassroots_unit, block, target_group, solution_type, domain, updated_on, status,
    value, social_value, recognition, recognition_number, recognition_date, value_document, value_document_number,
    value_document_date, note,
    // Công đoàn cơ sở sheet
    union_name, union_block, members, quota, quota_phase, labour_agreement, union_note,
    // Cá nhân đề xuất sheet
    person_name, person_position, person_unit, support_team, contribution,
    // Thông tin sheet
    setting_label, setting_value,
    count_
};

// A stable ASCII name ("value", "recognition_date"), for storing the mapping in a document.
std::string_view field_id(Field field);
std::optional<Field> field_from_id(std::string_view id);

enum class SheetKind { initiatives, unions, people, settings, comments };

std::string_view sheet_kind_id(SheetKind kind);
std::optional<SheetKind> sheet_kind_from_id(std::string_view id);

// The fields a kind of sheet can have, in the order of SPEC §2.
std::vector<Field> fields_of(SheetKind kind);

// The kind a sheet's name announces ("Thông tin", "thong tin" → settings), if any.
std::optional<SheetKind> sheet_kind_from_name(std::string_view name);

// The unit a column of amounts is written in, from its heading ("Giá trị làm lợi (triệu đồng)")
// or a line above the table ("ĐVT: nghìn đồng"): bare numbers in it are multiplied by `dong`.
struct AmountUnit
{
    std::int64_t dong = 1;           // 1, 1'000, 1'000'000 or 1'000'000'000
    std::string written;             // its name as a message key: "unit.million" ("triệu đồng")
    bool from_title_block = false;   // an "ĐVT: …" line above the table, not the heading
};

// "(triệu đồng)", "(tr.đ)", "(1.000 đ)", "(VNĐ)"…: the unit a heading or an "ĐVT:" line names.
std::optional<AmountUnit> amount_unit_in(std::string_view text);

struct ColumnMapping
{
    std::size_t heading_row = 0;          // 0-based index of the (last) heading row
    std::size_t first_data_row = 0;       // 0-based
    std::map<Field, std::size_t> columns; // field → 0-based column
    std::vector<std::string> headings;    // the heading text per column, as read
    std::vector<std::size_t> more_authors; // further author columns ("Đồng tác giả"), joined to the first
    // Fields that two columns claim equally ("Giá trị làm lợi" twice, with different contents):
    // neither is used, and a criterion resting on the field cannot be judged.
    std::map<Field, std::vector<std::size_t>> ambiguous;
    std::optional<AmountUnit> value_unit; // the unit of the value column, when the sheet names one
};

// The best heading row within the first 20 rows for a kind of sheet (two-row headings with merged
// group cells are combined); nullopt when fewer than two fields are recognised.
std::optional<ColumnMapping> detect_columns(const Sheet& sheet, SheetKind kind, std::vector<Issue>* issues = nullptr);

// Which field a heading text means for a kind of sheet ("Giá trị làm lợi (đồng)" → value).
std::optional<Field> field_for_heading(std::string_view heading, SheetKind kind);

// ---------------------------------------------------------------------------------------------
// Records

struct DocumentRef
{
    std::string number;       // "12/QĐ-UBND"
    std::optional<Date> date;
    bool present() const { return !number.empty() || date.has_value(); }
};

// Names that repeat (units, lĩnh vực, nhóm đối tượng, khối, loại giải pháp) are interned: the
// first spelling is kept for display, spellings with the same matching key share one id. Id 0 is
// always the empty name.
struct Vocabulary
{
    std::vector<std::string> names{""};
    std::vector<std::string> keys{""};
    std::unordered_map<std::string, std::uint32_t> by_key{{"", 0}};

    std::uint32_t intern(const std::string& name, const std::string& key);
    std::size_t size() const { return names.size(); }
};

// A cell of a record that holds a formula error: which field, where, what Calc shows.
struct UnreadableCell
{
    Field field;
    std::string column;             // "H"
    std::string shown;              // "#DIV/0!"
};

// Why a row repeats an earlier one (the later row is counted once, as the earlier one).
enum class DuplicateRule
{
    none,
    same_code,                      // the same mã
    same_title_authors_unit,        // the same title, the same authors and the same unit (tolerantly)
};

struct Initiative
{
    std::size_t row = 0;            // 1-based sheet row
    std::string code;
    std::string title;
    std::vector<std::string> authors;
    std::string position;
    SharedText unit;
    SharedText unit_key;            // matching_key of the unit name
    SharedText grassroots_unit;     // in a province workbook: the CĐCS below the unit (a district)
    SharedText block;
    SharedText target_group;
    SharedText solution_type;
    SharedText domain;              // lĩnh vực
    std::uint32_t unit_id = 0;      // ids in Workbook's vocabularies (see index_workbook)
    std::uint32_t block_id = 0;
    std::uint32_t target_group_id = 0;
    std::uint32_t solution_type_id = 0;
    std::uint32_t domain_id = 0;
    std::optional<Date> updated_on;
    Status status = Status::empty;
    std::string status_text;
    Money value;
    bool social_value = false;
    std::string social_text;
    DocumentRef recognition;
    DocumentRef value_document;
    std::string note;
    SharedText section;            // the group heading row above it ("CĐCS Trường THCS …"), if any
    std::vector<UnreadableCell> unreadable; // formula errors in the columns read
    bool sheet_without_update_dates = false; // its sheet has no update-date column while another of the list has
    bool value_from_unit = false;           // a bare amount scaled by its column's unit (thousands, millions…)
    std::uint8_t columns_missing = 0;       // criteria's columns its list lacks (criterion_column_bit)
    std::uint8_t columns_unclear = 0;       // …or has twice, with different cells
    SharedText sheet;               // the sheet its row is on when the list goes on over sheets
                                    // ("Sáng kiến (2)"); empty: the list's own sheet
    std::size_t duplicate_of = 0;   // 1-based row of the earlier initiative it repeats; 0: none
    SharedText duplicate_of_sheet;  // that row's sheet, as `sheet`
    DuplicateRule duplicate_rule = DuplicateRule::none;
    // In a merged workbook, where the row came from (its Tệp nguồn, Trang nguồn, Dòng nguồn):
    // source_place(file, sheet) and the source's row; empty and 0 elsewhere.
    SharedText origin;
    std::size_t origin_row = 0;

    bool has_unreadable(Field field) const;
};

struct UnionUnit
{
    std::size_t row = 0;
    std::string name;
    std::string key;
    std::uint32_t unit_id = 0;
    std::string block;
    std::optional<double> members;
    int quota = 0;
    bool quota_unreadable = false;        // the quota cell holds a formula error
    bool labour_agreement_clause = false; // TƯLĐTT / quy chế có nội dung sáng kiến
    std::string note;
};

struct ProposedPerson
{
    std::size_t row = 0;
    std::string name;
    std::string position;
    std::string unit;
    std::string unit_key;
    std::uint32_t unit_id = 0;
    bool support_team = false;
    std::string contribution;
};

// A column a criterion rests on that the list does not let us read: not found, or claimed equally
// by two columns with different contents. The criterion cannot fail anyone: an initiative that
// would fail only on it is "Cần kiểm tra", never "Không đạt".
struct UnreadColumn
{
    Field field;            // status, value, social_value, recognition (any of its three columns),
                            // value_document (likewise)
    bool ambiguous = false; // found twice, not missing
    std::string columns;    // the tied columns ("E, F") when ambiguous
};

// The criteria's columns of a list that cannot be read, in the order of the criteria.
std::vector<UnreadColumn> unread_criterion_columns(const ColumnMapping& mapping);

// The columns the criteria rest on, in their order; a list's record carries which of them its
// list lacked as bits (criterion_column_bit), so a merge of lists with other columns stays right.
// The update date is one only when two columns claim it: a list without it is counted whole.
inline constexpr std::array<Field, 6> kCriterionColumns{Field::status, Field::updated_on, Field::recognition,
                                                         Field::value_document, Field::value, Field::social_value};
std::uint8_t criterion_column_bit(Field field); // 0 for a field no criterion rests on
// The criterion's column a field belongs to (recognition_date → recognition); the field itself
// otherwise.
Field criterion_column_of(Field field);
// The words a merged workbook writes in a criterion's cell whose source had no such column
// ("cell.column_not_in_source") or two of them ("cell.column_unclear_in_source"), in either
// language: read back as that column missing or unclear (an update date: a source without it).
enum class SourceColumn { read, missing, unclear };
SourceColumn source_column_said(std::string_view text);

struct Workbook
{
    std::vector<Initiative> initiatives;
    std::vector<UnionUnit> unions;
    std::vector<ProposedPerson> people;
    std::map<std::string, std::string> settings; // matching key of the label → value text
    std::map<std::string, std::string> comments; // đề cương item ("II.2") → narrative text
    std::map<SheetKind, std::string> sheet_names;
    std::map<SheetKind, ColumnMapping> mappings;
    std::vector<Issue> issues;
    std::vector<std::string> list_continued_on;  // the sheets the list goes on over ("Sáng kiến (2)"…)
    // Every sheet the list was read from (one sheet per CĐCS, per khối…), with its initiatives, and
    // the sheets that looked like a list but were not read, with the message key saying why.
    std::vector<std::pair<std::string, std::size_t>> list_sheets;
    std::vector<std::pair<std::string, std::string>> sheets_left_out;
    std::vector<std::string> further_list_sheets; // the list's other sheets found (read, or unticked by the user)
    bool has_update_dates = false;               // the initiative sheet has an update-date column
    std::size_t section_rows = 0;                // group headings and subtotal/total rows of the list,
    std::size_t subtotal_rows = 0;               // recognised and left out of every count
    std::size_t duplicates = 0;                  // initiatives repeating an earlier row
    // A review of several workbooks (merged_workbook()): the sources that are one CĐCS's own
    // workbook, by the name they are reported under, with that unit's name.
    std::map<std::string, std::string> unit_workbooks;

    Vocabulary units, blocks, target_groups, solution_types, domains;
    bool indexed = false;                        // the ids above match the records
};

// Fills the vocabularies and the records' ids from their names (read_workbook does it; call it
// after building or changing records by hand).
void index_workbook(Workbook& book);

// A field the user marked as absent ("(không có)"): never read, even if a heading matches.
inline constexpr std::size_t kNoColumn = static_cast<std::size_t>(-1);

// User corrections of the detected mapping (field → column), per sheet kind. A column of
// kNoColumn marks a field as absent.
using MappingOverrides = std::map<SheetKind, std::map<Field, std::size_t>>;

// Sheets the user chose for a kind (by name), over the detection: a list whose headings nobody
// recognises can still be read once the user points at it. `left_out`: further sheets of a list
// kept over several sheets that the user unticked (never read, said in the summary).
struct SheetChoices : std::map<SheetKind, std::string>
{
    using std::map<SheetKind, std::string>::map;
    std::set<std::string> left_out;
};

// Reads everything; never throws for any input. A workbook without an initiative sheet yields an
// issue "workbook.no_initiatives" and no records.
Workbook read_workbook(const WorkbookInput& input, const MappingOverrides& overrides = {},
                       const SheetChoices& sheets = {});

// The same, over sheets read in blocks: only the chosen sheets are read past their heads, the
// list one block at a time, so the reader's peak is the records plus one block of cells.
Workbook read_workbook(const WorkbookSource& source, const MappingOverrides& overrides = {},
                       const SheetChoices& sheets = {});

// A list longer than a sheet goes on over sheets named after it: "Sáng kiến", "Sáng kiến (2)",
// "Sáng kiến (3)"…; the reader reads them back as one list. `part` counts from 1.
std::string list_part_name(std::string_view list_sheet, std::size_t part);

// Where a record's row is, for messages: "12" on the list's own sheet, "12 (Sáng kiến (2))" on a
// sheet the list goes on over; `column` ("H") makes it a cell ("H12", "Sáng kiến (2)!H12").
std::string row_reference(std::size_t row, const SharedText& sheet);
std::string cell_reference(const std::string& column, std::size_t row, const SharedText& sheet);

// A sheet of another file, for a record read from several workbooks: "an-binh.xlsx › Sáng kiến"
// (the file alone for the file as a whole); is_source_place tells such a name from a sheet's.
std::string source_place(const std::string& file, const std::string& sheet);
bool is_source_place(std::string_view sheet);
// The file and the sheet of a place source_place made ({"", place} for a sheet of this workbook).
std::pair<std::string, std::string> split_source_place(std::string_view place);

// What the sheets are without reading the lists: the chosen sheets and their column mappings,
// the Thông tin settings and the Nhận xét items (no records, no row issues) — what a dialog about
// the workbook needs, at the cost of the sheets' first rows.
Workbook read_workbook_layout(const WorkbookSource& source, const MappingOverrides& overrides = {},
                              const SheetChoices& sheets = {});

// The level a workbook reports at (Thông tin "Cấp báo cáo"): a CĐCS about its own initiatives, a
// district (LĐLĐ huyện) about its CĐCS, a province (LĐLĐ tỉnh) about its districts and sector
// unions — the units the quotas and the per-unit figures are about.
enum class ReportLevel { grassroots, district, province };

// "CĐCS", "Công đoàn cơ sở" → grassroots; "LĐLĐ huyện", "quận", "thị xã", "công đoàn ngành" → district;
// "LĐLĐ tỉnh", "thành phố trực thuộc trung ương", "tỉnh" → province; nullopt when it names none.
std::optional<ReportLevel> report_level_from_text(std::string_view text);

// "CĐCS", "LĐLĐ huyện", "LĐLĐ tỉnh": as the Thông tin sheet writes it.
std::string_view report_level_text(ReportLevel level);

// The workbook's level as its Thông tin sheet says; nullopt without one.
std::optional<ReportLevel> report_level_of(const Workbook& book);

// For each initiative, the earlier one it repeats ({index, rule}; rule none: it repeats nothing):
// the same mã; or, when one of the two has no mã, the same title (tolerantly), the same authors with
// their tones, and the same unit and CĐCS. The unit ids must be indexed.
std::vector<std::pair<std::size_t, DuplicateRule>> find_duplicates(const std::vector<Initiative>& items);

// The repeat rule's key of an initiative as text: two initiatives have the same key exactly when
// find_duplicates takes them for the same content (the title compared tolerantly, the authors with
// their tones, the unit, the CĐCS, and the sheet for a list without units) — whatever workbook
// each was read from, so that two reviews of one list can be matched by it (review_changes.hxx).
// Empty for an initiative without a title.
std::string repeat_rule_key(const Initiative& item);

// repeat_rule_key over many initiatives, keying each spelling of a unit, a CĐCS or an author once.
class RepeatRuleKeys
{
public:
    RepeatRuleKeys();
    ~RepeatRuleKeys();
    RepeatRuleKeys(const RepeatRuleKeys&) = delete;
    RepeatRuleKeys& operator=(const RepeatRuleKeys&) = delete;
    std::string operator()(const Initiative& item);

private:
    struct Names;
    std::unique_ptr<Names> names_;
};

// Rows that may repeat an earlier one without the evidence of a repeat (the same title and authors
// without tones in the same unit, another CĐCS, or codes of their own): {later, earlier}, said as a
// "có thể trùng" note, counted normally. `repeats` is find_duplicates' answer.
std::vector<std::pair<std::size_t, std::size_t>> find_possible_duplicates(
    const std::vector<Initiative>& items, const std::vector<std::pair<std::size_t, DuplicateRule>>& repeats);

// Text that is exactly an error value ("#DIV/0!", "#N/A", "Err:502", "Lỗi:502"): a formula error
// pasted as a value, or carried by a merge; read like the error itself, never as data.
bool is_error_value_text(std::string_view text);

// The sheets our commands write (KQ …, Lỗi dữ liệu, KQ Lưu, KQ Thay đổi, Nguồn gộp, Lỗi dữ liệu nguồn, in
// either language, and their parts "KQ Sáng kiến (2)"): never read as the user's data.
bool is_our_output_sheet(std::string_view name);

// The CĐCS a sheet's title rows name above its heading row ("CĐCS Công ty …", "Đơn vị: Công đoàn
// Trường …"), for a list kept as one sheet per CĐCS with the unit only in its title.
std::optional<std::string> unit_in_title_rows(const Sheet& head, std::size_t heading_row);

// The provenance columns a merged workbook carries ("Tệp nguồn", "Trang nguồn", "Dòng nguồn"):
// they say where a row came from and are never read as data (nor reported as unknown columns).
bool is_provenance_heading(std::string_view heading);

// The text of a cell as read for messages: numbers in full, errors as Calc shows them.
std::string cell_text(const Cell& cell);

} // namespace sangkien::core
