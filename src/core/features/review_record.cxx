#include "core/features/review_record.hxx"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <unordered_map>
#include <utility>

#include "core/rules/criteria_settings.hxx"
#include "core/text/text.hxx"

namespace sangkien::core {

// ---------------------------------------------------------------------------------------------
// The record of a review

ReviewRecord record_of(const Workbook& book, const Review& review, const Summary& summary)
{
    ReviewRecord record;
    record.criteria = review.criteria;
    const auto list = book.sheet_names.find(SheetKind::initiatives);
    const std::string list_sheet = list == book.sheet_names.end() ? std::string() : list->second;

    // Where each initiative's row is (sheet → row → initiative), for placing the problems found on it.
    std::unordered_map<std::string, std::unordered_map<std::size_t, std::size_t>> initiative_at;
    RepeatRuleKeys content_key;
    record.initiatives.reserve(book.initiatives.size());
    for (std::size_t i = 0; i < book.initiatives.size(); ++i)
    {
        const Initiative& item = book.initiatives[i];
        const InitiativeVerdict& verdict = review.verdicts[i];
        record.initiatives.push_back(RecordedInitiative{
            item.code, item.title, item.unit.str(), row_reference(item.row, item.sheet),
            item.code.empty() ? std::string() : matching_key(item.code), content_key(item), verdict.counted, verdict.valid,
            verdict.qualifies, std::string(verdict_word_key(verdict)), reason_messages(verdict, item, review.criteria)});
        const std::string& sheet = item.sheet.empty() ? list_sheet : item.sheet.str();
        auto rows = initiative_at.find(sheet);
        if (rows == initiative_at.end())
            rows = initiative_at.try_emplace(sheet).first;
        rows->second.try_emplace(item.row, i);
    }
    for (const UnionResult& unit : review.unions)
        record.units.push_back(RecordedUnit{unit.name, matching_key(unit.name, {true, true}), unit.quota, unit.counts.valid,
                                            unit.qualifies, unit.needs_check});
    record.issues.reserve(book.issues.size());
    for (const Issue& issue : book.issues)
    {
        std::optional<std::size_t> on;
        if (const auto rows = initiative_at.find(issue.sheet); issue.row && rows != initiative_at.end())
            if (const auto found = rows->second.find(issue.row); found != rows->second.end())
                on = found->second;
        record.issues.push_back(RecordedIssue{issue.sheet, issue.row, issue.column, issue.value, issue.value_is_number,
                                              issue.is_error, Message{issue.key, issue.arguments}, on});
        record.totals.errors += issue.is_error;
    }
    RecordTotals& totals = record.totals;
    totals.initiatives = static_cast<std::int64_t>(book.initiatives.size());
    totals.updated = summary.total.updated;
    totals.valid = summary.total.valid;
    totals.value = summary.total.value;
    totals.quota = summary.quota_total;
    totals.units_reaching_quota = summary.units_reaching_quota;
    totals.qualifying_initiatives = summary.qualifying_initiatives;
    totals.qualifying_people = summary.qualifying_people;
    return record;
}

namespace {

// ---------------------------------------------------------------------------------------------
// The sheet's cells: text, with what a cell or a list in a cell cannot hold written as "\xHH"

constexpr std::size_t kRecordColumns = 9;
constexpr char kMessageSeparator = ';';  // between the messages of a list
constexpr char kArgumentSeparator = '|'; // between a message's key and its arguments

// Control characters (a figure's tag among a message's arguments) and the backslash always; the
// separators too in a part of a list.
std::string escaped(std::string_view text, bool in_list = false)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (const char c : text)
    {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7F || c == '\\' || (in_list && (c == kMessageSeparator || c == kArgumentSeparator)))
            out += std::string("\\x") + hex[byte >> 4] + hex[byte & 15];
        else
            out += c;
    }
    return out;
}

std::optional<std::string> unescaped(std::string_view text)
{
    const auto hex = [](char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    };
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i)
    {
        if (text[i] != '\\')
        {
            out += text[i];
            continue;
        }
        if (i + 3 >= text.size() || text[i + 1] != 'x' || hex(text[i + 2]) < 0 || hex(text[i + 3]) < 0)
            return std::nullopt;
        out += static_cast<char>(hex(text[i + 2]) * 16 + hex(text[i + 3]));
        i += 3;
    }
    return out;
}

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;)
    {
        const auto end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos)
            return parts;
        start = end + 1;
    }
}

std::string messages_text(const std::vector<Message>& messages)
{
    std::string out;
    for (std::size_t i = 0; i < messages.size(); ++i)
    {
        if (i > 0)
            out += kMessageSeparator;
        out += escaped(messages[i].key, true);
        for (const std::string& argument : messages[i].arguments)
            out += kArgumentSeparator + escaped(argument, true);
    }
    return out;
}

std::optional<Message> message_of(std::string_view text)
{
    Message message;
    const auto parts = split(text, kArgumentSeparator);
    for (std::size_t i = 0; i < parts.size(); ++i)
    {
        auto part = unescaped(parts[i]);
        if (!part)
            return std::nullopt;
        if (i == 0)
            message.key = std::move(*part);
        else
            message.arguments.push_back(std::move(*part));
    }
    if (message.key.empty())
        return std::nullopt;
    return message;
}

std::optional<std::vector<Message>> messages_of(std::string_view text)
{
    std::vector<Message> messages;
    if (text.empty())
        return messages;
    for (const std::string_view part : split(text, kMessageSeparator))
    {
        auto message = message_of(part);
        if (!message)
            return std::nullopt;
        messages.push_back(std::move(*message));
    }
    return messages;
}

std::string flags(std::initializer_list<std::pair<bool, char>> set)
{
    std::string out;
    for (const auto& [on, letter] : set)
        if (on)
            out += letter;
    return out;
}

// The rows of the record, each its kind then its fields (as text, escaped).
class RecordRows
{
public:
    void add(std::string_view kind, std::initializer_list<std::string> fields)
    {
        Row row;
        row.reserve(kRecordColumns);
        row.emplace_back(std::string(kind));
        for (const std::string& field : fields)
            row.push_back(field.empty() ? Cell{} : Cell(field));
        row.resize(kRecordColumns);
        rows_.push_back(std::move(row));
    }
    std::vector<Row> take() { return std::move(rows_); }

private:
    std::vector<Row> rows_;
};

std::string number(std::int64_t value)
{
    return std::to_string(value);
}

// The totals by the names their rows carry.
const std::vector<std::pair<std::string_view, std::int64_t RecordTotals::*>>& total_fields()
{
    static const std::vector<std::pair<std::string_view, std::int64_t RecordTotals::*>> fields{
        {"initiatives", &RecordTotals::initiatives},
        {"updated", &RecordTotals::updated},
        {"valid", &RecordTotals::valid},
        {"value", &RecordTotals::value},
        {"quota", &RecordTotals::quota},
        {"units_reaching_quota", &RecordTotals::units_reaching_quota},
        {"qualifying_initiatives", &RecordTotals::qualifying_initiatives},
        {"qualifying_people", &RecordTotals::qualifying_people},
        {"errors", &RecordTotals::errors}};
    return fields;
}

} // namespace

ResultSheet record_sheet(const ReviewRecord& record, Language language)
{
    std::vector<ResultColumn> columns(kRecordColumns, ResultColumn{"", ColumnFormat::text, 14});
    columns[0] = {std::string(kRecordMarker), ColumnFormat::text, 16};
    columns[1] = {std::to_string(kRecordFormat), ColumnFormat::text, 8};
    columns[2] = {std::string(text(language, "record.heading")), ColumnFormat::text, 40};
    RecordRows rows;
    rows.add("made", {escaped(record.made_at)});
    for (const CriterionSetting& setting : criterion_settings())
        rows.add("criterion", {std::string(setting.label_key), escaped(criterion_text(setting.key, record.criteria))});
    for (const auto& [name, field] : total_fields())
        rows.add("total", {std::string(name), number(record.totals.*field)});
    for (const RecordedInitiative& item : record.initiatives)
        rows.add("initiative", {escaped(item.code), escaped(item.title), escaped(item.unit), escaped(item.place),
                                escaped(item.content_key),
                                flags({{item.counted, 'c'}, {item.valid, 'v'}, {item.qualifies, 'q'}}), escaped(item.verdict),
                                messages_text(item.reasons)});
    for (const RecordedUnit& unit : record.units)
        rows.add("unit", {escaped(unit.name), escaped(unit.key), number(unit.quota), number(unit.valid),
                          flags({{unit.qualifies, 'q'}, {unit.needs_check, 'k'}})});
    for (const RecordedIssue& issue : record.issues)
        rows.add("issue", {escaped(issue.sheet), number(static_cast<std::int64_t>(issue.row)), escaped(issue.column),
                           escaped(issue.value), flags({{issue.is_error, 'e'}, {issue.value_is_number, 'n'}}),
                           messages_text({issue.message}),
                           issue.initiative ? number(static_cast<std::int64_t>(*issue.initiative)) : std::string()});
    rows.add("end", {number(static_cast<std::int64_t>(record.initiatives.size())),
                     number(static_cast<std::int64_t>(record.units.size())), number(static_cast<std::int64_t>(record.issues.size()))});
    return ResultSheet{ResultKind::record, result_sheet_name(ResultKind::record, language), std::move(columns), rows.take(), {}};
}

bool is_record_sheet(const Sheet& sheet)
{
    if (sheet.rows.empty() || sheet.rows.front().empty())
        return false;
    const auto* first = std::get_if<std::string>(&sheet.rows.front().front());
    return first && *first == kRecordMarker;
}

namespace {

// ---------------------------------------------------------------------------------------------
// Reading a record back

// A cell as the record wrote it: text; a whole number Calc may have made of a figure; nothing.
std::optional<std::string> cell_field(const Row& row, std::size_t column)
{
    if (column >= row.size())
        return std::string();
    const Cell& cell = row[column];
    if (std::holds_alternative<std::monostate>(cell))
        return std::string();
    if (const auto* text = std::get_if<std::string>(&cell))
        return *text;
    if (const auto* value = std::get_if<double>(&cell); value && std::isfinite(*value) && std::floor(*value) == *value
                                                      && std::abs(*value) < 9.0e15)
        return std::to_string(static_cast<std::int64_t>(*value));
    return std::nullopt; // a formula error
}

std::optional<std::int64_t> whole_number(std::string_view text)
{
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

bool only_flags(std::string_view text, std::string_view allowed)
{
    return text.find_first_not_of(allowed) == std::string_view::npos;
}

// How many fields follow a row's kind.
std::optional<std::size_t> fields_of(std::string_view kind)
{
    static const std::map<std::string_view, std::size_t> widths{{"made", 1}, {"criterion", 2}, {"total", 2}, {"initiative", 8},
                                                                {"unit", 5},  {"issue", 7},     {"end", 3}};
    const auto found = widths.find(kind);
    return found == widths.end() ? std::nullopt : std::optional(found->second);
}

class RecordReader
{
public:
    // One row of the record; false when it cannot be read.
    bool read(const Row& row)
    {
        std::vector<std::string> fields;
        for (std::size_t column = 0; column < std::max(row.size(), kRecordColumns); ++column)
        {
            auto field = cell_field(row, column);
            if (!field)
                return false;
            if (column >= kRecordColumns && !field->empty())
                return false; // nothing is written past the record's columns
            fields.push_back(std::move(*field));
        }
        if (std::all_of(fields.begin(), fields.end(), [](const std::string& f) { return f.empty(); }))
            return true; // a blank row says nothing
        if (ended_)
            return false;
        const std::string& kind = fields[0];
        // Nothing past a kind's own fields.
        const auto width = fields_of(kind);
        if (!width || std::any_of(fields.begin() + static_cast<std::ptrdiff_t>(1 + *width), fields.end(),
                                  [](const std::string& f) { return !f.empty(); }))
            return false;
        if (kind == "made")
            return text_field(fields[1], record_.made_at);
        if (kind == "criterion")
            return criterion(fields[1], fields[2]);
        if (kind == "total")
            return total(fields[1], fields[2]);
        if (kind == "initiative")
            return initiative(fields);
        if (kind == "unit")
            return unit(fields);
        if (kind == "issue")
            return issue(fields);
        if (kind == "end")
            return end(fields);
        return false;
    }

    bool ended() const { return ended_; }
    ReviewRecord take() { return std::move(record_); }

private:
    static bool text_field(std::string_view cell, std::string& into)
    {
        auto text = unescaped(cell);
        if (!text)
            return false;
        into = std::move(*text);
        return true;
    }

    bool criterion(const std::string& id, const std::string& cell)
    {
        std::string value;
        if (!text_field(cell, value))
            return false;
        for (const CriterionSetting& setting : criterion_settings())
            if (setting.label_key == id)
                return read_criterion(setting.key, value, record_.criteria);
        return false;
    }

    bool total(const std::string& name, const std::string& cell)
    {
        const auto value = whole_number(cell);
        for (const auto& [field_name, field] : total_fields())
            if (value && field_name == name)
            {
                record_.totals.*field = *value;
                return true;
            }
        return false;
    }

    bool initiative(const std::vector<std::string>& f)
    {
        RecordedInitiative item;
        auto reasons = messages_of(f[8]);
        if (!text_field(f[1], item.code) || !text_field(f[2], item.title) || !text_field(f[3], item.unit)
            || !text_field(f[4], item.place) || !text_field(f[5], item.content_key) || !only_flags(f[6], "cvq")
            || !text_field(f[7], item.verdict) || item.verdict.empty() || !reasons)
            return false;
        // The code's key is the code's (an ASCII code keys without ICU): not written, made again.
        item.code_key = item.code.empty() ? std::string() : matching_key(item.code);
        item.counted = f[6].find('c') != std::string::npos;
        item.valid = f[6].find('v') != std::string::npos;
        item.qualifies = f[6].find('q') != std::string::npos;
        item.reasons = std::move(*reasons);
        record_.initiatives.push_back(std::move(item));
        return true;
    }

    bool unit(const std::vector<std::string>& f)
    {
        RecordedUnit unit;
        const auto quota = whole_number(f[3]), valid = whole_number(f[4]);
        if (!text_field(f[1], unit.name) || !text_field(f[2], unit.key) || !quota || !valid || !only_flags(f[5], "qk"))
            return false;
        unit.quota = static_cast<int>(*quota);
        unit.valid = static_cast<int>(*valid);
        unit.qualifies = f[5].find('q') != std::string::npos;
        unit.needs_check = f[5].find('k') != std::string::npos;
        record_.units.push_back(std::move(unit));
        return true;
    }

    bool issue(const std::vector<std::string>& f)
    {
        RecordedIssue issue;
        const auto row = whole_number(f[2]);
        const auto message = messages_of(f[6]);
        if (!text_field(f[1], issue.sheet) || !row || *row < 0 || !text_field(f[3], issue.column) || !text_field(f[4], issue.value)
            || !only_flags(f[5], "en") || !message || message->size() != 1)
            return false;
        if (!f[7].empty())
        {
            const auto initiative = whole_number(f[7]);
            if (!initiative || *initiative < 0 || static_cast<std::size_t>(*initiative) >= record_.initiatives.size())
                return false;
            issue.initiative = static_cast<std::size_t>(*initiative);
        }
        issue.row = static_cast<std::size_t>(*row);
        issue.is_error = f[5].find('e') != std::string::npos;
        issue.value_is_number = f[5].find('n') != std::string::npos;
        issue.message = std::move(message->front());
        record_.issues.push_back(std::move(issue));
        return true;
    }

    // The counts the record ends with: a row lost or added anywhere shows here.
    bool end(const std::vector<std::string>& f)
    {
        const auto initiatives = whole_number(f[1]), units = whole_number(f[2]), issues = whole_number(f[3]);
        ended_ = true;
        return initiatives && units && issues && static_cast<std::size_t>(*initiatives) == record_.initiatives.size()
               && static_cast<std::size_t>(*units) == record_.units.size()
               && static_cast<std::size_t>(*issues) == record_.issues.size();
    }

    ReviewRecord record_;
    bool ended_ = false;
};

} // namespace

std::optional<ReviewRecord> record_from_sheets(const std::vector<Sheet>& parts, Message* problem)
{
    const auto refuse = [problem](std::string key, std::vector<std::string> arguments) -> std::optional<ReviewRecord> {
        if (problem)
            *problem = Message{std::move(key), std::move(arguments)};
        return std::nullopt;
    };
    if (parts.empty())
        return refuse("record.not_a_record", {""});
    RecordReader reader;
    for (const Sheet& part : parts)
    {
        if (!is_record_sheet(part))
            return refuse("record.not_a_record", {part.name});
        const auto version = cell_field(part.rows.front(), 1);
        const auto format = version ? whole_number(*version) : std::nullopt;
        if (format && *format > kRecordFormat)
            return refuse("record.newer_format", {part.name});
        if (format != kRecordFormat)
            return refuse("record.damaged", {part.name, "1"});
        for (std::size_t r = 1; r < part.rows.size(); ++r)
            if (!reader.read(part.rows[r]))
                return refuse("record.damaged", {part.name, std::to_string(r + 1)});
    }
    if (!reader.ended())
        return refuse("record.damaged", {parts.back().name, std::to_string(parts.back().rows.size() + 1)});
    return reader.take();
}

std::optional<ReviewRecord> record_from_sheet(const Sheet& sheet, Message* problem)
{
    return record_from_sheets({sheet}, problem);
}

} // namespace sangkien::core
