#include "core/features/merge.hxx"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string_view>

#include "core/rules/criteria_settings.hxx"
#include "core/documents/document_data.hxx"
#include "core/text/format.hxx"
#include "core/workbook/info_rows.hxx"
#include "core/text/money.hxx"
#include "core/text/text.hxx"
#include "core/forms/user_options.hxx"
#include "core/features/workbook_template.hxx"

namespace sangkien::core {

namespace {

// The sheets of our own layout (SPEC §2), as the blank workbook has them.
const TemplateSheet& layout(std::size_t index)
{
    static const std::vector<TemplateSheet> sheets = workbook_template();
    return sheets.at(index);
}
constexpr std::size_t kInitiativeLayout = 0, kUnionLayout = 1, kPeopleLayout = 2, kSettingsLayout = 3;

// The field each column of a layout sheet holds: the reader's own reading of its heading row.
std::vector<std::optional<Field>> layout_fields(std::size_t index, SheetKind kind)
{
    Row headings;
    for (const auto& column : layout(index).columns)
        headings.push_back(Cell(column.heading));
    std::vector<std::optional<Field>> fields(headings.size());
    if (const auto mapping = detect_columns(Sheet{layout(index).name, {headings}}, kind))
        for (const auto& [field, column] : mapping->columns)
            fields.at(column) = field;
    return fields;
}

Cell text_cell(const std::string& text)
{
    return text.empty() ? Cell{} : Cell(text);
}

Cell date_cell(const std::optional<Date>& date)
{
    return date ? Cell(static_cast<double>(to_serial(*date))) : Cell{};
}

// A source cell as it goes into the merged sheet: a formula error keeps what Calc showed (as
// text: the review of the merged workbook reports it again, it never becomes empty).
Cell carried(const Cell* cell)
{
    if (!cell)
        return {};
    if (const auto* error = std::get_if<CellError>(cell))
        return Cell(error->shown);
    return *cell;
}

bool blank(const Cell* cell)
{
    return !cell || std::holds_alternative<std::monostate>(*cell)
           || (std::holds_alternative<std::string>(*cell) && collapse_spaces(std::get<std::string>(*cell)).empty());
}

// The cells of one source row by field (what the clerk typed there).
struct SourceRow
{
    const Sheet* sheet = nullptr;
    const ColumnMapping* mapping = nullptr;
    std::size_t row = 0; // 1-based

    const Cell* cell(Field field) const
    {
        if (!sheet || !mapping || row == 0 || row > sheet->rows.size())
            return nullptr;
        const auto it = mapping->columns.find(field);
        if (it == mapping->columns.end())
            return nullptr;
        const Row& cells = sheet->rows[row - 1];
        return it->second < cells.size() ? &cells[it->second] : nullptr;
    }
};

std::string joined(const std::vector<std::string>& parts, std::string_view separator)
{
    std::string out;
    for (const auto& part : parts)
    {
        if (!out.empty())
            out += separator;
        out += part;
    }
    return out;
}

// A read value, or — when the reader could not make one of it — the source cell itself, so the
// merged workbook keeps the problem visible instead of an empty cell.
Cell date_or_source(const std::optional<Date>& date, const Cell* source)
{
    return date ? date_cell(date) : blank(source) ? Cell{} : carried(source);
}

Cell initiative_cell(const Initiative& item, Field field, const SourceRow& source, Language language)
{
    // A criterion's column its source lacked: said in the cell, so the merged list is judged as
    // the source was ("Cần kiểm tra"), never as an empty cell.
    const std::uint8_t bit = criterion_column_bit(criterion_column_of(field));
    if ((bit & item.columns_missing) || (field == Field::updated_on && item.sheet_without_update_dates))
        return Cell(std::string(text(language, "cell.column_not_in_source")));
    if (bit & item.columns_unclear)
        return Cell(std::string(text(language, "cell.column_unclear_in_source")));
    switch (field)
    {
    case Field::code: return text_cell(item.code);
    case Field::title: return text_cell(item.title);
    case Field::authors: return text_cell(joined(item.authors, ", "));
    case Field::position: return text_cell(item.position);
    case Field::unit: return text_cell(item.unit);
    case Field::grassroots_unit: return text_cell(item.grassroots_unit);
    case Field::block: return text_cell(item.block);
    case Field::target_group: return text_cell(item.target_group);
    case Field::solution_type: return text_cell(item.solution_type);
    case Field::domain: return text_cell(item.domain);
    case Field::updated_on: return date_or_source(item.updated_on, source.cell(Field::updated_on));
    case Field::status: return item.status_text.empty() ? carried(source.cell(Field::status)) : Cell(item.status_text);
    case Field::value:
        // A bare amount in a column of thousands or millions goes in as the đồng it was read as.
        return item.value_from_unit && item.value.is_vnd() ? Cell(static_cast<double>(item.value.dong))
                                                           : carried(source.cell(Field::value));
    case Field::social_value: return item.social_text.empty() ? carried(source.cell(Field::social_value)) : Cell(item.social_text);
    case Field::recognition_number: return text_cell(item.recognition.number);
    case Field::recognition_date: return date_or_source(item.recognition.date, source.cell(Field::recognition_date));
    case Field::value_document_number: return text_cell(item.value_document.number);
    case Field::value_document_date:
        return date_or_source(item.value_document.date, source.cell(Field::value_document_date));
    case Field::note: return text_cell(item.note);
    default: return {};
    }
}

std::vector<ResultColumn> layout_columns(std::size_t index, Language language, bool provenance)
{
    std::vector<ResultColumn> columns;
    for (const auto& column : layout(index).columns)
        columns.push_back(ResultColumn{column.heading, column.format, column.width});
    if (provenance)
        for (const auto& [key, format, width] : {std::tuple{"merge.col.file", ColumnFormat::text, 24},
                                                 std::tuple{"merge.col.sheet", ColumnFormat::text, 14},
                                                 std::tuple{"merge.col.row", ColumnFormat::integer, 8}})
            columns.push_back(ResultColumn{std::string(text(language, key)), format, width});
    return columns;
}

std::vector<ResultColumn> localised_columns(Language language, std::initializer_list<std::tuple<const char*, ColumnFormat, int>> list)
{
    std::vector<ResultColumn> columns;
    for (const auto& [key, format, width] : list)
        columns.push_back(ResultColumn{std::string(text(language, key)), format, width});
    return columns;
}

Cell count_cell(std::size_t n)
{
    return Cell(static_cast<double>(n));
}

std::string file_stem(const std::string& file)
{
    return std::filesystem::path(file).stem().string();
}

// A source's list by what it says, whatever its order, sheets or format: one line per initiative
// (code, title, authors, unit as read, status, value, update date), sorted and hashed. Two sources
// with the same print hold the same list (the same file twice, or one workbook in two formats, or
// a review's result beside its workbook). 0: no initiative.
std::size_t content_print(const Workbook& book)
{
    if (book.initiatives.empty())
        return 0;
    std::vector<std::string> lines;
    lines.reserve(book.initiatives.size());
    for (const Initiative& item : book.initiatives)
    {
        std::string line = item.code + '\x1f' + matching_key(item.title) + '\x1f';
        for (const auto& author : item.authors)
            line += matching_key(author) + ',';
        line += '\x1f' + item.unit_key.str() + '\x1f' + std::to_string(static_cast<int>(item.status)) + '\x1f'
                + std::to_string(static_cast<int>(item.value.kind)) + ':' + std::to_string(item.value.dong) + '\x1f'
                + (item.updated_on ? std::to_string(to_serial(*item.updated_on)) : std::string());
        lines.push_back(std::move(line));
    }
    std::sort(lines.begin(), lines.end());
    std::size_t print = lines.size();
    for (const auto& line : lines)
        print = print * 1'000'003u ^ std::hash<std::string>{}(line);
    return print == 0 ? 1 : print;
}

// A file name without the folder a source name may carry ("huyen-a/So sang kien.xlsx").
std::string base_name(const std::string& name)
{
    const auto slash = name.find_last_of("/\\");
    return slash == std::string::npos ? name : name.substr(slash + 1);
}

// The files a merged workbook (ours: its Nguồn gộp sheet, in either language) was made of; empty
// for any other workbook.
std::vector<std::string> merged_from(const WorkbookInput& input)
{
    static const std::vector<std::string> names = {matching_key(text(Language::vietnamese, "merge.sheet.sources")),
                                                   matching_key(text(Language::english, "merge.sheet.sources"))};
    std::vector<std::string> files;
    for (const Sheet& sheet : input.sheets)
    {
        if (std::find(names.begin(), names.end(), matching_key(sheet.name)) == names.end())
            continue;
        for (std::size_t r = 1; r < sheet.rows.size(); ++r)
            if (!sheet.rows[r].empty())
                if (const auto* file = std::get_if<std::string>(&sheet.rows[r][0]); file && !collapse_spaces(*file).empty())
                    files.push_back(base_name(collapse_spaces(*file)));
    }
    return files;
}

// A Thông tin sheet's rows as a merged Thông tin takes them (label, value), without its heading.
std::vector<Row> settings_rows_of(const Sheet& sheet)
{
    std::vector<Row> rows;
    for (const Row& row : sheet.rows)
    {
        std::vector<Cell> cells;
        for (const Cell& cell : row)
            if (!std::holds_alternative<std::monostate>(cell))
                cells.push_back(carried(&cell));
        if (cells.empty() || (std::holds_alternative<std::string>(cells[0]) && matching_key(std::get<std::string>(cells[0])) == "muc"))
            continue;
        cells.resize(2);
        rows.push_back(std::move(cells));
    }
    return rows;
}

} // namespace

ReportLevel source_role(const Workbook& book)
{
    if (const auto said = report_level_of(book))
        return *said; // Cấp báo cáo, when the workbook has it
    if (std::any_of(book.initiatives.begin(), book.initiatives.end(), [](const Initiative& item) { return !item.grassroots_unit.empty(); }))
        return ReportLevel::province; // a merged province's list: the CĐCS below the district
    // A workbook that names itself a district's (or a sector union's) in its Thông tin; any other —
    // a CĐCS's list, or an excerpt of several CĐCS without a Thông tin of its own — is a part.
    const std::string* named = info_value(book, InfoKey::unit_name);
    const std::string unit = named ? matching_key(*named) : std::string();
    const auto starts = [&unit](std::string_view prefix) { return unit.rfind(prefix, 0) == 0; };
    if (starts("lien doan lao dong tinh") || starts("ldld tinh"))
        return ReportLevel::province;
    if (starts("lien doan lao dong") || starts("ldld") || starts("cong doan nganh") || starts("cd nganh"))
        return ReportLevel::district;
    return ReportLevel::grassroots;
}


WorkbookMerger::WorkbookMerger(MergeOptions options) : options_(std::move(options)) {}

const MergeSourceSummary& WorkbookMerger::add(const std::string& file, const WorkbookInput& input, const SheetChoices& sheets)
{
    return add_read(file, read_workbook(input, {}, sheets), input);
}

const MergeSourceSummary& WorkbookMerger::add(const std::string& file, const WorkbookSource& source, const SheetChoices& sheets)
{
    Workbook book = read_workbook(source, {}, sheets);
    // The other sheets whole (they are short); the list too when its rows go into a merged list.
    const auto list = book.sheet_names.find(SheetKind::initiatives);
    const auto is_list_part = [&](const std::string& name) {
        return list != book.sheet_names.end()
               && (name == list->second
                   || std::find(book.list_continued_on.begin(), book.list_continued_on.end(), name) != book.list_continued_on.end());
    };
    WorkbookInput sheets_read;
    for (const SheetSource& sheet : source.sheets)
    {
        Sheet& whole = sheets_read.sheets.emplace_back(Sheet{sheet.head.name, {}});
        if (options_.records && is_list_part(sheet.head.name))
            continue;
        const std::size_t size = sheet.rows->size();
        whole.rows.reserve(size);
        for (std::size_t first = 0; first < size; first += kBlockRows)
            for (const Row& row : sheet.rows->block(first, kBlockRows))
                whole.rows.push_back(row);
    }
    return add_read(file, std::move(book), sheets_read);
}

const MergeSourceSummary& WorkbookMerger::add_read(const std::string& file, Workbook book, const WorkbookInput& input)
{
    const Language language = options_.language;
    const std::size_t source = sources_.size();
    // A Thông tin value of the source nobody can read is one of its problems, as in its own review.
    for (Issue& issue : resolve_criteria(book).issues)
        book.issues.push_back(std::move(issue));
    std::string left_out = reason_to_leave_out(file, book, input);
    MergeSourceSummary& summary = sources_.emplace_back();
    summary.file = file;
    summary.level = report_level_of(book);
    summary.role = source_role(book);
    content_prints_.push_back(left_out.empty() ? content_print(book) : 0);
    source_settings_.emplace_back();
    if (!left_out.empty())
    {
        summary.left_out = left_out;
        add_problem({file, "", 0, "", "", left_out, false});
        return summary;
    }
    const auto problem = [&](const std::string& sheet, std::size_t row, const std::string& column, const std::string& value,
                             const std::string& message, bool is_error) {
        add_problem({file, sheet, row, column, value, message, is_error});
    };

    for (Issue& issue : book.issues)
    {
        if (issue.key == "workbook.no_initiatives")
            continue; // said below, with the file's name
        add_problem({file, issue.sheet, issue.row, issue.column, issue_value(issue, language), issue_message(issue, language), issue.is_error},
                    false);
        if (issue.is_error)
            ++summary.errors;
        if (options_.records)
        {
            issue.sheet = source_place(file, issue.sheet);
            record_issues_.push_back(std::move(issue));
        }
    }
    const auto sheet_named = [&](const std::string& name) -> const Sheet* {
        for (const auto& sheet : input.sheets)
            if (sheet.name == name)
                return &sheet;
        return nullptr;
    };
    const auto sheet_of = [&](SheetKind kind) -> const Sheet* {
        const auto it = book.sheet_names.find(kind);
        return it == book.sheet_names.end() ? nullptr : sheet_named(it->second);
    };
    const auto mapping_of = [&](SheetKind kind) -> const ColumnMapping* {
        const auto it = book.mappings.find(kind);
        return it == book.mappings.end() ? nullptr : &it->second;
    };

    {
        const std::string* named = info_value(book, InfoKey::unit_name);
        // As running text ("LIÊN ĐOÀN LAO ĐỘNG HUYỆN …" → "Liên đoàn Lao động huyện …"): it names a row.
        summary.unit_name = named && !collapse_spaces(*named).empty() ? name_in_text(collapse_spaces(*named)) : file_stem(file);
        if (const std::string* quota_text = info_value(book, InfoKey::quota))
            if (const Money quota = parse_money(*quota_text); quota.kind == MoneyKind::vnd && quota.dong > 0)
                summary.quota = static_cast<int>(std::min<std::int64_t>(quota.dong, 1'000'000'000));
    }

    // The list of initiatives.
    const Sheet* list = sheet_of(SheetKind::initiatives);
    const ColumnMapping* list_mapping = mapping_of(SheetKind::initiatives);
    if (!list || !list_mapping)
    {
        ++summary.errors;
        problem("", 0, "", "", format(language, "merge.no_list", {file}), true);
    }
    else
    {
        summary.list_sheet = list->name;
        if (!list_mapping->columns.count(Field::unit))
        {
            // A CĐCS's own workbook: its unit is the one its Thông tin names, else its file's.
            const std::string* named = info_value(book, InfoKey::unit_name);
            const bool from_settings = named && !collapse_spaces(*named).empty();
            summary.unit_given = from_settings ? collapse_spaces(*named) : file_stem(file);
            problem(list->name, 0, "", summary.unit_given,
                    format(language, from_settings ? "merge.unit_from_settings" : "merge.unit_from_file_name",
                           {file, summary.unit_given}),
                    false);
        }
        const auto fields = layout_fields(kInitiativeLayout, SheetKind::initiatives);
        unit_column_ = static_cast<std::size_t>(std::find(fields.begin(), fields.end(), Field::unit) - fields.begin());
        const SharedText given_unit = summary.unit_given;  // named and keyed once for the file
        const SharedText given_key = given_unit.empty() ? SharedText() : SharedText(matching_key(given_unit, {true, true}));
        // A record kept whole names its place by file and sheet ("an-binh.xlsx › Sáng kiến").
        std::map<std::string, SharedText> places;
        const auto place_of = [&](const SharedText& sheet) {
            const std::string name = sheet.empty() ? list->name : sheet.str();
            auto [it, inserted] = places.try_emplace(name);
            if (inserted)
                it->second = SharedText(source_place(file, name));
            return it->second;
        };
        any_update_dates_ = any_update_dates_ || book.has_update_dates;
        section_rows_ += book.section_rows;
        subtotal_rows_ += book.subtotal_rows;
        for (Initiative& item : book.initiatives)
        {
            if (item.unit.empty() && !given_unit.empty())
            {
                item.unit = given_unit;
                item.unit_key = given_key;
            }
            if (options_.records)
            {
                origins_.emplace_back(source, item.sheet.empty() ? list->name : item.sheet.str());
                item.sheet = place_of(item.sheet);
                if (item.duplicate_of != 0)
                    item.duplicate_of_sheet = place_of(item.duplicate_of_sheet);
                initiatives_.push_back(std::move(item));
                ++summary.initiatives;
                continue;
            }
            // A row on a sheet the list goes on over is read from there (its columns are the list's).
            const Sheet* on = item.sheet.empty() ? list : sheet_named(item.sheet);
            const SourceRow row_source{on ? on : list, list_mapping, item.row};
            Row row;
            row.reserve(fields.size() + 3);
            for (const auto& field : fields)
                row.push_back(field ? initiative_cell(item, *field, row_source, options_.language) : Cell{});
            row.push_back(Cell(file));
            row.push_back(Cell(row_source.sheet->name));
            row.push_back(count_cell(item.row));
            initiative_rows_.push_back(std::move(row));
            origins_.emplace_back(source, row_source.sheet->name);
            // Only what finding repeats across files needs is kept (the row holds the rest).
            Initiative kept;
            kept.row = item.row;
            kept.code = std::move(item.code);
            kept.title = std::move(item.title);
            kept.authors = std::move(item.authors);
            kept.unit = std::move(item.unit);
            kept.unit_key = std::move(item.unit_key);
            initiatives_.push_back(std::move(kept));
            ++summary.initiatives;
        }
    }

    // The CĐCS list: one entry per unit over every source.
    if (const Sheet* sheet = sheet_of(SheetKind::unions); sheet && mapping_of(SheetKind::unions))
    {
        const SourceRow cells{sheet, mapping_of(SheetKind::unions), 0};
        for (const UnionUnit& read : book.unions)
        {
            ++summary.unions;
            const auto [at, inserted] = unit_index_.try_emplace(read.key, units_.size());
            if (inserted)
                units_.push_back(Unit{read.key, read.name, read.block, read.members, false, read.note, {}, {}, {}, sheet->name, read.row});
            Unit& unit = units_[at->second];
            unit.sources.push_back(source);
            if (unit.block.empty())
                unit.block = read.block;
            if (!unit.members)
                unit.members = read.members;
            if (unit.note.empty())
                unit.note = read.note;
            unit.agreement = unit.agreement || read.labour_agreement_clause;
            if (read.quota > 0)
                unit.quotas.emplace_back(read.quota, source);
            else if (read.quota_unreadable)
            {
                SourceRow at = cells;
                at.row = read.row;
                const Cell* quota = at.cell(Field::quota);
                unit.unreadable_quotas.emplace_back(quota ? cell_text(*quota) : std::string(), source);
            }
        }
    }

    // The people proposed: repeated (same name, same unit) in another file, kept once.
    for (ProposedPerson& person : book.people)
    {
        ++summary.people;
        if (person.unit.empty() && !summary.unit_given.empty())
        {
            person.unit = summary.unit_given;
            person.unit_key = matching_key(person.unit, {true, true});
        }
        const std::string key = matching_key(person.name) + "\n" + person.unit_key;
        if (!people_keys_.insert(key).second)
        {
            problem(book.sheet_names[SheetKind::people], person.row, "", person.name,
                    format(language, "merge.person_repeated", {person.name, person.unit}), false);
            continue;
        }
        people_rows_.push_back({text_cell(person.name), text_cell(person.position), text_cell(person.unit),
                                Cell(std::string(text(language, person.support_team ? "merge.yes" : "merge.no"))),
                                text_cell(person.contribution), Cell(file), Cell(book.sheet_names[SheetKind::people]),
                                count_cell(person.row)});
    }

    // Thông tin: kept for finish(), which decides the source it comes from (small: a few rows).
    if (const Sheet* sheet = sheet_of(SheetKind::settings))
        source_settings_[source] = settings_rows_of(*sheet);
    return summary;
}

void WorkbookMerger::add_problem(const Problem& problem, bool finding)
{
    if (options_.records && finding) // the merge's own: an issue of the review of the records
        record_issues_.push_back(Issue{source_place(problem.file, problem.sheet), problem.row, problem.column, problem.value,
                                       "merge.finding", {problem.message}, problem.is_error});
    problem_errors_ += problem.is_error;
    problems_.push_back({Cell(problem.file), text_cell(problem.sheet), problem.row ? count_cell(problem.row) : Cell{},
                         text_cell(problem.column), text_cell(problem.value), Cell(problem.message),
                         Cell(std::string(text(options_.language, problem.is_error ? "result.level.error" : "result.level.note")))});
}

std::string WorkbookMerger::reason_to_leave_out(const std::string& file, const Workbook& book, const WorkbookInput& input)
{
    const Language language = options_.language;
    // A merged workbook (or a review of several) beside every file it was made of.
    if (const auto made_of = merged_from(input); !made_of.empty() && !options_.inputs.empty())
    {
        std::set<std::string> others;
        for (const auto& name : options_.inputs)
            if (name != file)
                others.insert(base_name(name));
        if (std::all_of(made_of.begin(), made_of.end(), [&](const std::string& name) { return others.count(name) > 0; }))
            return format(language, "merge.left_out.merged", {file, format_count(static_cast<std::int64_t>(made_of.size()), language)});
    }
    // The same list as a source already merged: the same file twice, or in another format.
    if (const std::size_t print = content_print(book); print != 0)
        for (std::size_t s = 0; s < content_prints_.size(); ++s)
            if (content_prints_[s] == print)
                return format(language, "merge.left_out.copy", {file, sources_[s].file});
    return {};
}

void WorkbookMerger::add_unopened(const std::string& file)
{
    add_unread(file, format(options_.language, "merge.not_opened", {file}));
}

void WorkbookMerger::add_unread(const std::string& file, const std::string& message)
{
    content_prints_.push_back(0);
    source_settings_.emplace_back();
    MergeSourceSummary& summary = sources_.emplace_back();
    summary.file = file;
    summary.errors = 1;
    add_problem({file, "", 0, "", "", message, true});
}

void WorkbookMerger::decide_level(MergedWorkbook& merged)
{
    const Language language = options_.language;
    const auto by_name = [this](std::size_t a, std::size_t b) { return sources_[a].file < sources_[b].file; };
    std::vector<std::size_t> lists; // the sources merged, by file name: never by argument order
    for (std::size_t s = 0; s < sources_.size(); ++s)
        if (sources_[s].left_out.empty() && !sources_[s].list_sheet.empty())
            lists.push_back(s);
    std::sort(lists.begin(), lists.end(), by_name);

    std::optional<std::size_t> named;
    for (std::size_t s = 0; s < sources_.size() && options_.settings_from; ++s)
        if (sources_[s].file == *options_.settings_from && sources_[s].left_out.empty())
            named = s;
    const auto settings_from = [&](std::optional<std::size_t> automatic, const char* note) {
        settings_source_ = named ? named : automatic;
        settings_note_ = named       ? format(language, "merge.settings_from_file", {sources_[*named].file})
                         : automatic ? format(language, note, {sources_[*automatic].file})
                                     : std::string(text(language, "merge.settings_from_options"));
    };

    if (options_.level)
    {
        merged.level = *options_.level;
        districts_as_units_ = merged.level == ReportLevel::province;
        settings_from(std::nullopt, "");
        return;
    }
    if (lists.size() == 1)
    {
        // One workbook (perhaps beside copies of itself): what it is, with its own Thông tin.
        const MergeSourceSummary& only = sources_[lists.front()];
        merged.level = only.level.value_or(only.role == ReportLevel::province ? ReportLevel::province : ReportLevel::district);
        level_said_ = only.level.has_value() || only.role == ReportLevel::province;
        settings_from(lists.front(), "merge.settings_from_only");
        return;
    }

    std::vector<std::size_t> provinces, districts, grassroots;
    std::set<std::string> district_units;
    for (const std::size_t s : lists)
        switch (sources_[s].role)
        {
        case ReportLevel::province: provinces.push_back(s); break;
        case ReportLevel::district:
            districts.push_back(s);
            district_units.insert(matching_key(sources_[s].unit_name, {true, true}));
            break;
        case ReportLevel::grassroots: grassroots.push_back(s); break;
        }
    if (!provinces.empty() || (district_units.size() >= 2 && !grassroots.empty()))
    {
        std::vector<std::string> parts;
        for (const auto& [group, key] : {std::pair{&provinces, "merge.level_files.province"}, std::pair{&districts, "merge.level_files.district"},
                                         std::pair{&grassroots, "merge.level_files.grassroots"}})
        {
            std::vector<std::string> files;
            for (const std::size_t s : *group)
                files.push_back(sources_[s].file);
            if (!files.empty())
                parts.push_back("– " + format(language, key, {joined(files, ", ")}));
        }
        merged.refused = format(language, "merge.mixed_levels", {joined(parts, "\n")}); // a line per level
        return;
    }
    if (district_units.size() >= 2)
    {
        merged.level = ReportLevel::province;
        districts_as_units_ = true;
        settings_from(std::nullopt, "");
        return;
    }
    merged.level = ReportLevel::district;
    // The district's own workbook among its CĐCS': its Thông tin (unit, quota, Nhận xét) is the district's.
    settings_from(districts.empty() ? std::nullopt : std::optional(districts.front()), "merge.settings_from_district");
}

void WorkbookMerger::add_damaged(const std::string& file, const std::string& part)
{
    add_unread(file, part.empty() ? format(options_.language, "merge.damaged", {file})
                                  : format(options_.language, "merge.damaged_part", {file, part}));
}

MergedWorkbook WorkbookMerger::finish()
{
    const Language language = options_.language;
    MergedWorkbook merged;
    const auto problem = [&](const std::string& file, const std::string& sheet, std::size_t row, const std::string& value,
                             const std::string& message, bool is_error) {
        add_problem({file, sheet, row, "", value, message, is_error});
    };

    decide_level(merged);
    if (!merged.refused.empty())
    {
        merged.sources = std::move(sources_);
        return merged;
    }

    // Initiatives repeated across files: both places reported; the review counts them once.
    {
        Workbook all;
        // Into one vector of exactly their number (no doubling), each block of the deque freed once
        // moved out (the records' texts move, only the fixed part is briefly held twice).
        all.initiatives.reserve(initiatives_.size());
        while (!initiatives_.empty())
        {
            all.initiatives.push_back(std::move(initiatives_.front()));
            initiatives_.pop_front();
        }
        index_workbook(all);
        const auto first = find_duplicates(all.initiatives);
        for (std::size_t i = 0; i < first.size(); ++i)
        {
            const auto [original, rule] = first[i];
            if (rule == DuplicateRule::none || origins_[original].first == origins_[i].first)
                continue; // a repeat inside one file is already among that file's problems
            ++merged.duplicates;
            Initiative& item = all.initiatives[i];
            const Initiative& earlier = all.initiatives[original];
            if (options_.records && item.duplicate_of == 0) // counted once, as the merged list's reader does
            {
                item.duplicate_of = earlier.row;
                item.duplicate_of_sheet = earlier.sheet;
                item.duplicate_rule = rule;
            }
            const auto& [earlier_source, earlier_sheet] = origins_[original];
            const bool by_code = rule == DuplicateRule::same_code;
            problem(sources_[origins_[i].first].file, origins_[i].second, item.row, by_code ? item.code : item.title,
                    format(language, by_code ? "merge.duplicate_code" : "merge.duplicate_content",
                           {sources_[earlier_source].file, earlier_sheet, std::to_string(earlier.row)}),
                    true);
        }
        // Across files, what is not evidence of a repeat is only said.
        for (const auto& [later, earlier] : find_possible_duplicates(all.initiatives, first))
        {
            if (origins_[earlier].first == origins_[later].first)
                continue; // inside one file: that file's own problem
            const auto& [earlier_source, earlier_sheet] = origins_[earlier];
            problem(sources_[origins_[later].first].file, origins_[later].second, all.initiatives[later].row,
                    all.initiatives[later].title,
                    format(language, "merge.possible_duplicate",
                           {sources_[earlier_source].file, earlier_sheet, std::to_string(all.initiatives[earlier].row)}),
                    false);
        }
        if (options_.records)
            merged.records = std::move(all.initiatives);
    }

    const bool province = districts_as_units_;
    ResultSheet initiatives{ResultKind::merged, layout(kInitiativeLayout).name, layout_columns(kInitiativeLayout, language, true), {}, {}};
    initiatives.rows = std::move(initiative_rows_);
    if (province)
    {
        // The district (each source) as the unit; the CĐCS stays in the column below it.
        initiatives.columns.insert(initiatives.columns.begin() + static_cast<std::ptrdiff_t>(unit_column_),
                                   ResultColumn{std::string(text(language, "merge.col.district")), ColumnFormat::text, 26});
        for (std::size_t i = 0; i < initiatives.rows.size(); ++i)
            initiatives.rows[i].insert(initiatives.rows[i].begin() + static_cast<std::ptrdiff_t>(unit_column_),
                                       Cell(sources_[origins_[i].first].unit_name));
    }
    for (std::size_t i = 0; i < initiatives.rows.size(); ++i)
        initiatives.rows[i].front() = count_cell(i + 1); // the layout's first column is STT
    merged.initiatives = initiatives.rows.size();
    if (options_.records)
    {
        if (province) // as the merged list has it: the district the unit, its CĐCS below it
        {
            std::vector<std::pair<SharedText, SharedText>> districts(sources_.size()); // name, key per source
            for (std::size_t s = 0; s < sources_.size(); ++s)
                districts[s] = {SharedText(sources_[s].unit_name), SharedText(matching_key(sources_[s].unit_name, {true, true}))};
            for (std::size_t i = 0; i < merged.records.size(); ++i)
            {
                Initiative& item = merged.records[i];
                item.grassroots_unit = item.unit;
                std::tie(item.unit, item.unit_key) = districts[origins_[i].first];
            }
        }
        merged.initiatives = merged.records.size();
    }

    ResultSheet unions{ResultKind::merged, layout(kUnionLayout).name, layout_columns(kUnionLayout, language, true), {}, {}};
    if (province)
    {
        // The province's units: its districts and sector unions, each with the quota its Thông tin
        // gives (never the sum of its CĐCS' quotas: the province sets it).
        unions.name = std::string(text(language, "merge.sheet.province_units"));
        unions.columns[1].heading = std::string(text(language, "merge.col.district"));
        std::map<std::string, std::size_t> seen;
        for (std::size_t s = 0; s < sources_.size(); ++s)
        {
            const MergeSourceSummary& source = sources_[s];
            if (source.list_sheet.empty())
                continue;
            const auto [it, inserted] = seen.try_emplace(matching_key(source.unit_name, {true, true}), unions.rows.size());
            if (!inserted)
            {
                Row& row = unions.rows[it->second];
                row[7] = Cell(std::get<std::string>(row[7]) + "; " + source.file);
                continue;
            }
            if (!source.quota)
                problem(source.file, "", 0, source.unit_name, format(language, "merge.no_district_quota", {source.unit_name, unions.name}),
                        false);
            unions.rows.push_back({count_cell(unions.rows.size() + 1), Cell(source.unit_name), Cell{}, Cell{},
                                   source.quota ? Cell(static_cast<double>(*source.quota)) : Cell{},
                                   Cell(std::string(text(language, "merge.no"))), Cell{}, Cell(source.file), Cell{}, Cell{}});
        }
    }
    for (const Unit& unit : province ? std::vector<Unit>{} : units_)
    {
        Cell quota;
        std::vector<int> values;
        for (const auto& [value, source] : unit.quotas)
            if (std::find(values.begin(), values.end(), value) == values.end())
                values.push_back(value);
        if (values.size() == 1 && unit.unreadable_quotas.empty())
            quota = Cell(static_cast<double>(values.front()));
        else if (values.empty() && unit.unreadable_quotas.size() == 1)
            quota = Cell(unit.unreadable_quotas.front().first); // already among its file's problems
        else if (!values.empty() || !unit.unreadable_quotas.empty())
        {
            // Never guessed: the cell says what the files say, and the review asks for a check.
            std::vector<std::string> said;
            for (const auto& [value, source] : unit.quotas)
                said.push_back(format(language, "merge.quota_in_file", {format_count(value, language), sources_[source].file}));
            for (const auto& [shown, source] : unit.unreadable_quotas)
                said.push_back(format(language, "merge.quota_in_file", {shown, sources_[source].file}));
            quota = Cell(joined(said, "; "));
            ++merged.quota_conflicts;
            problem(sources_[unit.sources.front()].file, unit.sheet, unit.row, unit.name,
                    format(language, options_.records ? "merge.quota_conflict.sources" : "merge.quota_conflict",
                           {unit.name, joined(said, "; ")}), true);
        }
        std::vector<std::string> files;
        for (const std::size_t source : unit.sources)
            if (std::find(files.begin(), files.end(), sources_[source].file) == files.end())
                files.push_back(sources_[source].file);
        unions.rows.push_back({count_cell(unions.rows.size() + 1), Cell(unit.name), text_cell(unit.block),
                               unit.members ? Cell(*unit.members) : Cell{}, quota,
                               Cell(std::string(text(language, unit.agreement ? "merge.yes" : "merge.no"))), text_cell(unit.note),
                               Cell(joined(files, "; ")), Cell(unit.sheet), count_cell(unit.row)});
    }
    merged.unions = unions.rows.size();

    ResultSheet people{ResultKind::merged, layout(kPeopleLayout).name, layout_columns(kPeopleLayout, language, true), {}, {}};
    for (auto& row : people_rows_)
    {
        row.insert(row.begin(), count_cell(people.rows.size() + 1));
        people.rows.push_back(std::move(row));
    }
    merged.people = people.rows.size();

    ResultSheet settings{ResultKind::merged, layout(kSettingsLayout).name, layout_columns(kSettingsLayout, language, false), {}, {}};
    if (options_.settings_from && !settings_source_)
        problem(*options_.settings_from, "", 0, "", format(language, "merge.settings_source_missing", {*options_.settings_from}), true);
    if (settings_source_)
        settings.rows = std::move(source_settings_[*settings_source_]);
    else
        for (const auto& [label, value] : options_.settings)
            settings.rows.push_back({Cell(label), text_cell(value)});
    problem(settings_source_ ? sources_[*settings_source_].file : std::string(), "", 0, "", settings_note_, false);
    merged.settings_source = settings_source_ ? sources_[*settings_source_].file : std::string();
    merged.settings_note = settings_note_;

    if (level_said_)
    {
        // Cấp báo cáo says the merged workbook's level, whichever source the rest comes from.
        const std::string level(report_level_text(merged.level));
        auto row = std::find_if(settings.rows.begin(), settings.rows.end(), [](const Row& cells) {
            return !cells.empty() && std::holds_alternative<std::string>(cells[0])
                   && matching_key(std::get<std::string>(cells[0])) == info_row(InfoKey::level).read_as.front();
        });
        if (row == settings.rows.end())
            settings.rows.insert(settings.rows.begin(), Row{Cell(info_label(InfoKey::level)), Cell(level)});
        else
            (*row)[1] = Cell(level);
    }

    ResultSheet sources{ResultKind::merged, std::string(text(language, "merge.sheet.sources")),
                        localised_columns(language, {{"merge.col.file", ColumnFormat::text, 28},
                                                     {"merge.col.list_sheet", ColumnFormat::text, 18},
                                                     {"merge.col.initiatives", ColumnFormat::count, 10},
                                                     {"merge.col.unions", ColumnFormat::count, 8},
                                                     {"merge.col.people", ColumnFormat::count, 8},
                                                     {"merge.col.errors", ColumnFormat::count, 10},
                                                     {"merge.col.unit_given", ColumnFormat::text, 30}}),
                        {}, {}};
    for (const auto& source : sources_)
    {
        sources.rows.push_back({Cell(source.file), text_cell(source.list_sheet), count_cell(source.initiatives),
                                count_cell(source.unions), count_cell(source.people), count_cell(source.errors),
                                text_cell(source.unit_given)});
        merged.source_errors += source.errors;
        if (!source.left_out.empty())
            ++merged.sources_left_out;
        else if (source.list_sheet.empty())
            ++merged.sources_without_list;
    }

    ResultSheet errors{ResultKind::merged, std::string(text(language, "merge.sheet.problems")),
                       localised_columns(language, {{"merge.col.file", ColumnFormat::text, 24},
                                                    {"result.col.sheet", ColumnFormat::text, 16},
                                                    {"result.col.row", ColumnFormat::integer, 7},
                                                    {"result.col.column", ColumnFormat::text, 6},
                                                    {"result.col.cell_value", ColumnFormat::text, 28},
                                                    {"result.col.message", ColumnFormat::text, 70},
                                                    {"result.col.level", ColumnFormat::text, 10}}),
                       {}, {}};
    merged.problem_rows = problems_.size();
    merged.problem_errors = problem_errors_;
    errors.rows = std::move(problems_);

    merged.sheets.push_back(std::move(initiatives));
    merged.sheets.push_back(std::move(unions));
    merged.sheets.push_back(std::move(people));
    merged.sheets.push_back(std::move(settings));
    merged.sheets.push_back(std::move(sources));
    merged.sheets.push_back(std::move(errors));
    // A list (or a list of problems) longer than a sheet goes on over "Sáng kiến (2)"….
    const std::string list_name = merged.sheets.front().name;
    split_long_sheets(merged.sheets, options_.rows_per_sheet);
    for (const ResultSheet& sheet : merged.sheets)
        if (sheet.name == list_name || sheet.name.rfind(list_name + " (", 0) == 0)
            merged.list_sheets.push_back(sheet.name);
    merged.sources = std::move(sources_);
    merged.record_issues = std::move(record_issues_);
    merged.has_update_dates = any_update_dates_;
    merged.section_rows = section_rows_;
    merged.subtotal_rows = subtotal_rows_;
    return merged;
}

namespace {

// A criterion of the settings as a merged Thông tin writes it: as we write it when readable, else
// nothing (the review then says the settings' text could not be read, once).
std::string settings_value(const UserOptions& options, CriterionKey key)
{
    const std::string& typed = options.criteria[key];
    Criteria read;
    return read_criterion(key, typed, read) ? criterion_text(key, read) : std::string();
}

} // namespace

std::vector<std::pair<std::string, std::string>> settings_rows(const UserOptions& options, const std::string& level)
{
    std::vector<std::pair<std::string, std::string>> rows{
            {info_label(InfoKey::level), level},
            {info_label(InfoKey::superior), options.superior_name},
            {info_label(InfoKey::unit_name), options.unit_name},
            {info_label(InfoKey::place), options.place},
            {info_label(InfoKey::report_number), ""},
            {info_label(InfoKey::date), ""},
            {info_label(InfoKey::authority), options.district_level || options.province_level ? "TM. BAN THƯỜNG VỤ" : "TM. BAN CHẤP HÀNH"},
            {info_label(InfoKey::signer_title), options.signer_title},
            {info_label(InfoKey::signer_name), options.signer_name}};
    const Criteria chosen = criteria_from_options(options, Language::vietnamese);
    for (const CriterionSetting& setting : criterion_settings())
        if (setting.written) // a text of the settings as we write it; a choice (a drop-down, never empty) as it is set
            rows.emplace_back(std::string(setting.sheet_label),
                              !setting.setting_name.empty() && setting.kind != CriterionKind::choice
                                  ? settings_value(options, setting.key)
                                  : criterion_text(setting.key, chosen));
    return rows;
}

std::string merge_summary_text(const MergedWorkbook& merged, Language language)
{
    const auto count = [language](auto n) { return format_count(static_cast<std::int64_t>(n), language); };
    std::string out = format(language, merged.level == ReportLevel::province ? "merge.summary.at_province" : "merge.summary",
                             {count(merged.sources.size() - merged.sources_left_out), count(merged.initiatives), count(merged.unions),
                              count(merged.people)});
    if (merged.level == ReportLevel::province)
        out += " " + std::string(text(language, "merge.summary.province"));
    for (const auto& source : merged.sources)
        if (!source.left_out.empty())
            out += " " + source.left_out;
    if (!merged.settings_note.empty())
        out += " " + merged.settings_note;
    if (merged.sources_without_list)
        out += " " + format(language, "merge.summary.without_list", {count(merged.sources_without_list)});
    if (merged.duplicates)
        out += " " + format(language, "merge.summary.duplicates", {count(merged.duplicates)});
    if (merged.quota_conflicts)
        out += " " + format(language, "merge.summary.quota_conflicts", {count(merged.quota_conflicts)});
    // What the sheet holds, as the clerk will count it there.
    if (merged.problem_rows)
        out += " " + format(language, "merge.summary.errors",
                            {count(merged.problem_rows), count(merged.problem_errors), count(merged.problem_rows - merged.problem_errors)});
    if (merged.list_sheets.size() > 1)
        out += " " + format(language, "merge.summary.list_sheets",
                            {count(merged.list_sheets.size()), joined(merged.list_sheets, ", ")});
    return out;
}

namespace {

std::string lower_extension(const std::filesystem::path& file)
{
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

} // namespace

bool is_workbook_file(const std::filesystem::path& file)
{
    const std::string name = file.filename().string();
    if (name.empty() || name.front() == '.' || name.rfind("~$", 0) == 0)
        return false;
    const std::string extension = lower_extension(file);
    return std::find(kWorkbookExtensions.begin(), kWorkbookExtensions.end(), extension) != kWorkbookExtensions.end();
}

std::vector<std::filesystem::path> workbooks_in_folder(const std::filesystem::path& folder)
{
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (std::filesystem::directory_iterator it(folder, error), end; !error && it != end; it.increment(error))
        if (is_workbook_file(it->path()) && it->is_regular_file(error))
            files.push_back(it->path());
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<std::string> source_names(const std::vector<std::filesystem::path>& files)
{
    std::map<std::string, int> uses;
    for (const auto& file : files)
        ++uses[file.filename().string()];
    std::vector<std::string> names;
    for (const auto& file : files)
    {
        const std::string name = file.filename().string();
        const std::string folder = file.parent_path().filename().string();
        names.push_back(uses[name] > 1 && !folder.empty() ? folder + "/" + name : name);
    }
    return names;
}

std::string calc_filter_for(const std::filesystem::path& file)
{
    const std::string extension = lower_extension(file);
    if (extension == ".ods")
        return "calc8";
    if (extension == ".fods")
        return "OpenDocument Spreadsheet Flat XML";
    if (extension == ".xlsx")
        return "Calc MS Excel 2007 XML";
    if (extension == ".xls")
        return "MS Excel 97";
    return {};
}

std::size_t sheet_row_limit(const std::filesystem::path& file)
{
    return lower_extension(file) == ".xls" ? kXlsSheetRowLimit : kSheetRowLimit;
}

WorkbookInput merged_input(const MergedWorkbook& merged)
{
    WorkbookInput input;
    for (const auto& result : merged.sheets)
        input.sheets.push_back(as_sheet(result));
    return input;
}

} // namespace sangkien::core

namespace sangkien::core {

Workbook merged_workbook(MergedWorkbook& merged)
{
    // The CĐCS, the people and Thông tin as the merge wrote them (the list is its heading only).
    Workbook book = read_workbook(merged_input(merged));
    const auto settings_sheet = book.sheet_names.find(SheetKind::settings);
    // Their issues are the sources' (carried as record issues), but for Thông tin's own values.
    std::erase_if(book.issues, [&](const Issue& issue) {
        return settings_sheet == book.sheet_names.end() || issue.sheet != settings_sheet->second;
    });
    book.issues.insert(book.issues.end(), std::make_move_iterator(merged.record_issues.begin()),
                       std::make_move_iterator(merged.record_issues.end()));
    merged.record_issues.clear();
    book.initiatives = std::move(merged.records);
    merged.records.clear();
    book.list_continued_on.clear();
    book.has_update_dates = merged.has_update_dates;
    book.section_rows = merged.section_rows;
    book.subtotal_rows = merged.subtotal_rows;
    book.duplicates = static_cast<std::size_t>(std::count_if(book.initiatives.begin(), book.initiatives.end(),
                                                             [](const Initiative& item) { return item.duplicate_of != 0; }));
    for (const MergeSourceSummary& source : merged.sources)
        if (source.left_out.empty() && source.role == ReportLevel::grassroots && !source.list_sheet.empty())
            book.unit_workbooks[source.file] = source.unit_given.empty() ? source.unit_name : source.unit_given;
    book.indexed = false;
    index_workbook(book);
    return book;
}

} // namespace sangkien::core
