#include "core/features/feedback.hxx"

#include <map>
#include <set>
#include <unordered_map>

#include "core/text/format.hxx"
#include "core/text/text.hxx"

namespace sangkien::core {

namespace {

Cell text_cell(std::string value)
{
    return value.empty() ? Cell{} : Cell(std::move(value));
}

Cell number_cell(std::size_t value)
{
    return value == 0 ? Cell{} : Cell(static_cast<double>(value));
}

std::vector<ResultColumn> localised(Language language, std::initializer_list<std::tuple<const char*, ColumnFormat, int>> list)
{
    std::vector<ResultColumn> columns;
    for (const auto& [key, format, width] : list)
        columns.push_back(ResultColumn{std::string(text(language, key)), format, width});
    return columns;
}

std::string count_text(std::size_t count, Language language)
{
    return format_count(static_cast<std::int64_t>(count), language);
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator)
{
    std::string out;
    for (const auto& part : parts)
        out += (out.empty() ? "" : std::string(separator)) + part;
    return out;
}

// The sheet an initiative's row is on in the reviewed workbook.
std::string list_sheet_of(const Workbook& book, const Initiative& item)
{
    if (!item.sheet.empty())
        return item.sheet.str();
    const auto list = book.sheet_names.find(SheetKind::initiatives);
    return list == book.sheet_names.end() ? std::string() : list->second;
}

// (sheet, row) → the unit (index into Review::unions) of what is on that row.
class Places
{
public:
    void add(const std::string& sheet, std::size_t row, std::size_t unit) { rows_[sheet].try_emplace(row, unit); }
    std::optional<std::size_t> at(const std::string& sheet, std::size_t row) const
    {
        if (row == 0)
            return std::nullopt;
        const auto rows = rows_.find(sheet);
        if (rows == rows_.end())
            return std::nullopt;
        const auto found = rows->second.find(row);
        return found == rows->second.end() ? std::nullopt : std::optional<std::size_t>(found->second);
    }

private:
    std::unordered_map<std::string, std::unordered_map<std::size_t, std::size_t>> rows_;
};

} // namespace

std::string feedback_file_name(const std::string& unit_name)
{
    std::string name = "PhanHoi_";
    bool gap = false;
    std::size_t kept = 0;
    for (const char c : strip_tones(collapse_spaces(to_nfc(unit_name))))
    {
        const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!plain)
        {
            gap = kept > 0;
            continue;
        }
        if (kept >= 80) // a file name a mail program and an old Windows still take
            break;
        if (gap)
            name += '-';
        gap = false;
        name += c;
        ++kept;
    }
    return kept == 0 ? name + "don-vi" : name;
}

SourcePlace source_place_of(const Workbook& book, const Initiative& item)
{
    if (!item.origin.empty())
    {
        auto [file, sheet] = split_source_place(item.origin.str());
        if (file.empty()) // a source named without a sheet
            std::swap(file, sheet);
        return {std::move(file), std::move(sheet), item.origin_row};
    }
    auto [file, sheet] = split_source_place(list_sheet_of(book, item));
    return {std::move(file), std::move(sheet), item.row};
}

Feedback plan_feedback(const Workbook& book, const Review& review)
{
    Feedback feedback;
    std::unordered_map<std::string, std::size_t> unit_of_key;
    for (std::size_t u = 0; u < review.unions.size(); ++u)
    {
        unit_of_key.try_emplace(review.unions[u].key, u);
        feedback.units.push_back(UnitFeedback{u, {}, {}, {}});
    }
    const auto unit_of = [&](std::uint32_t unit_id) -> std::optional<std::size_t> {
        if (unit_id == 0 || unit_id >= book.units.keys.size())
            return std::nullopt;
        const auto found = unit_of_key.find(book.units.keys[unit_id]);
        return found == unit_of_key.end() ? std::nullopt : std::optional<std::size_t>(found->second);
    };

    // Every row that belongs to a unit, and the source files each unit's rows came from.
    Places places;
    std::map<std::string, std::set<std::size_t>> units_of_file;
    for (std::size_t i = 0; i < book.initiatives.size(); ++i)
    {
        const Initiative& item = book.initiatives[i];
        const auto unit = unit_of(item.unit_id);
        if (!unit)
        {
            ++feedback.initiatives_without_unit;
            continue;
        }
        feedback.units[*unit].initiatives.push_back(i);
        const std::string sheet = list_sheet_of(book, item);
        places.add(sheet, item.row, *unit);
        if (const std::string file = split_source_place(sheet).first; !file.empty())
            units_of_file[file].insert(*unit);
        if (!item.origin.empty())
            units_of_file[source_place_of(book, item).file].insert(*unit);
    }
    if (const auto sheet = book.sheet_names.find(SheetKind::unions); sheet != book.sheet_names.end())
        for (const UnionUnit& unit : book.unions)
            if (const auto u = unit_of(unit.unit_id))
                places.add(sheet->second, unit.row, *u);
    if (const auto sheet = book.sheet_names.find(SheetKind::people); sheet != book.sheet_names.end())
        for (const ProposedPerson& person : book.people)
            if (const auto u = unit_of(person.unit_id))
                places.add(sheet->second, person.row, *u);

    for (std::size_t k = 0; k < book.issues.size(); ++k)
    {
        const Issue& issue = book.issues[k];
        std::optional<std::size_t> unit = places.at(issue.sheet, issue.row);
        if (!unit)
        {
            // A problem of a CĐCS's own workbook off its list's rows (its Thông tin, the file as a
            // whole): that unit's, when every initiative of the file is too.
            auto [file, sheet] = split_source_place(issue.sheet);
            if (file.empty())
                file = sheet; // a file as a whole is named alone
            if (const auto own = book.unit_workbooks.find(file); own != book.unit_workbooks.end())
                if (const auto u = unit_of_key.find(matching_key(own->second, {true, true})); u != unit_of_key.end())
                    if (const auto units = units_of_file.find(file);
                        units == units_of_file.end() || (units->second.size() == 1 && *units->second.begin() == u->second))
                        unit = u->second;
        }
        if (unit)
            feedback.units[*unit].issues.push_back(k);
        else
            feedback.unplaced_issues.push_back(k);
    }

    // File names, unique among the units ("…_2" after the first).
    std::map<std::string, int> taken;
    for (UnitFeedback& unit : feedback.units)
    {
        std::string name = feedback_file_name(review.unions[unit.unit].name);
        const int seen = ++taken[matching_key(name)];
        unit.file_name = seen == 1 ? name : name + "_" + std::to_string(seen);
    }
    return feedback;
}

std::string quota_standing(const UnionResult& unit, Language language)
{
    const std::string valid = format_count(unit.counts.valid, language);
    std::string standing;
    if (unit.quota <= 0)
        standing = format(language, "feedback.quota.none", {valid});
    else if (unit.counts.valid >= unit.quota)
        standing = format(language, "feedback.quota.reached", {valid, format_count(unit.quota, language)});
    else
        standing = format(language, "feedback.quota.short",
                          {valid, format_count(unit.quota, language), format_count(unit.quota - unit.counts.valid, language)});
    if (unit.needs_check)
        standing += " " + std::string(text(language, "feedback.quota.check"));
    return standing;
}

std::vector<std::string> initiative_needs(const InitiativeVerdict& verdict, const Initiative& initiative, const Criteria& criteria,
                                          Language language)
{
    std::vector<std::string> needs;
    if (verdict.qualifies)
        return needs;
    const std::string period_start = body_date(criteria.period_start), period_end = body_date(criteria.period_end);
    for (const Reason reason : verdict.reasons)
    {
        switch (reason)
        {
        case Reason::status_not_valid: needs.push_back(std::string(text(language, "feedback.need.status"))); break;
        case Reason::no_update_date: needs.push_back(std::string(text(language, "feedback.need.update_date"))); break;
        case Reason::updated_after_cutoff:
            needs.push_back(format(language, "feedback.need.after_cutoff", {body_date(criteria.cutoff)}));
            break;
        case Reason::no_recognition: needs.push_back(std::string(text(language, "feedback.need.recognition"))); break;
        case Reason::recognition_without_date:
            needs.push_back(std::string(text(language, "feedback.need.recognition_date")));
            break;
        case Reason::recognition_outside_period:
            needs.push_back(format(language, "feedback.need.recognition_period", {period_start, period_end}));
            break;
        case Reason::no_value_document: needs.push_back(std::string(text(language, "feedback.need.value_document"))); break;
        case Reason::value_document_without_date:
            needs.push_back(std::string(text(language, "feedback.need.value_document_date")));
            break;
        case Reason::value_document_outside_period:
            needs.push_back(format(language, "feedback.need.value_document_period", {period_start, period_end}));
            break;
        case Reason::value_in_foreign_currency: needs.push_back(std::string(text(language, "feedback.need.currency"))); break;
        case Reason::value_unreadable: needs.push_back(std::string(text(language, "feedback.need.value"))); break;
        case Reason::value_below_threshold:
            needs.push_back(format(language, "feedback.need.threshold", {format_money(criteria.threshold, language)}));
            break;
        case Reason::cell_error: needs.push_back(std::string(text(language, "feedback.need.cell_error"))); break;
        case Reason::column_not_read: needs.push_back(std::string(text(language, "feedback.need.column"))); break;
        case Reason::duplicate: needs.push_back(std::string(text(language, "feedback.need.duplicate"))); break;
        }
    }
    (void)initiative;
    return needs;
}

namespace {

ResultSheet summary_sheet(const Review& review, const UnitFeedback& unit, const Workbook& book, const FeedbackSettings& settings,
                          Language language)
{
    const UnionResult& result = review.unions[unit.unit];
    ResultSheet sheet{ResultKind::feedback, std::string(text(language, "feedback.sheet.summary")),
                      localised(language, {{"feedback.col.item", ColumnFormat::text, 20}, {"feedback.col.content", ColumnFormat::text, 110}}),
                      {}, {}};
    const auto row = [&](const char* label, std::string content) {
        if (!content.empty())
            sheet.rows.push_back({text_cell(std::string(text(language, label))), text_cell(std::move(content))});
    };
    row("feedback.row.to", result.name);
    row("feedback.row.from", settings.from);
    row("feedback.row.reviewed_on", settings.reviewed_on);
    row("feedback.row.quota", quota_standing(result, language));

    std::size_t valid = 0, counted = 0, qualifying = 0, needing = 0;
    for (const std::size_t i : unit.initiatives)
    {
        const InitiativeVerdict& verdict = review.verdicts[i];
        valid += verdict.valid;
        counted += verdict.counted;
        qualifying += verdict.qualifies;
        needing += !verdict.qualifies;
    }
    row("feedback.row.initiatives",
        format(language, "feedback.initiatives",
               {count_text(unit.initiatives.size(), language), count_text(counted, language), count_text(valid, language),
                count_text(qualifying, language)}));
    row("feedback.row.needs", needing ? format(language, "feedback.needs", {count_text(needing, language),
                                                                            std::string(text(language, "feedback.sheet.initiatives"))})
                                      : std::string(text(language, "feedback.needs_none")));
    std::size_t errors = 0;
    for (const std::size_t k : unit.issues)
        errors += book.issues[k].is_error;
    const std::size_t notes = unit.issues.size() - errors;
    row("feedback.row.problems", unit.issues.empty()
                                     ? std::string(text(language, "feedback.problems_none"))
                                     : format(language, "feedback.problems", {count_text(errors, language), count_text(notes, language),
                                                                              std::string(text(language, "feedback.sheet.problems"))}));
    row("feedback.row.deadline", settings.deadline);
    row("feedback.row.what_to_do", settings.from.empty() ? std::string(text(language, "feedback.what_to_do_plain"))
                                                         : format(language, "feedback.what_to_do", {settings.from}));
    return sheet;
}

ResultSheet initiatives_sheet(const Workbook& book, const Review& review, const UnitFeedback& unit, const FeedbackSettings& settings,
                              Language language)
{
    ResultSheet sheet{ResultKind::feedback, std::string(text(language, "feedback.sheet.initiatives")),
                      localised(language, {{"result.col.number", ColumnFormat::integer, 5},
                                           {"feedback.col.file", ColumnFormat::text, 14},
                                           {"result.col.sheet", ColumnFormat::text, 10},
                                           {"result.col.row", ColumnFormat::integer, 6},
                                           {"result.col.code", ColumnFormat::text, 9},
                                           {"result.col.title", ColumnFormat::text, 32},
                                           {"result.col.authors", ColumnFormat::text, 20},
                                           {"feedback.col.counts", ColumnFormat::text, 9},
                                           {"result.col.result", ColumnFormat::verdict, 15},
                                           {"result.col.reasons", ColumnFormat::text, 40},
                                           {"feedback.col.needs", ColumnFormat::text, 40}}),
                      {}, {}};
    std::size_t number = 0;
    for (const std::size_t i : unit.initiatives)
    {
        const Initiative& item = book.initiatives[i];
        const InitiativeVerdict& verdict = review.verdicts[i];
        const SourcePlace place = source_place_of(book, item);
        std::vector<std::string> reasons;
        for (const Message& reason : reason_messages(verdict, item, review.criteria))
            reasons.push_back(reason_message_text(reason, language));
        sheet.rows.push_back({number_cell(++number), text_cell(place.file.empty() ? settings.workbook : place.file),
                              text_cell(place.sheet), number_cell(place.row), text_cell(item.code), text_cell(item.title),
                              text_cell(joined(item.authors, ", ")),
                              text_cell(verdict.duplicate ? "—" : std::string(text(language, verdict.valid ? "result.yes" : "result.no"))),
                              text_cell(std::string(verdict_word(verdict, language))), text_cell(joined(reasons, "; ")),
                              text_cell(joined(initiative_needs(verdict, item, review.criteria, language), "; "))});
    }
    return sheet;
}

// The heading of a list's column by its letter ("H" → "Ngày công nhận"); the letter when unknown.
std::string column_heading(const Workbook& book, const std::string& letter)
{
    const auto mapping = book.mappings.find(SheetKind::initiatives);
    if (mapping == book.mappings.end() || letter.empty())
        return letter;
    for (std::size_t c = 0; c < mapping->second.headings.size(); ++c)
        if (column_letter(c) == letter)
            return mapping->second.headings[c].empty() ? letter : collapse_spaces(mapping->second.headings[c]);
    return letter;
}

ResultSheet problems_sheet(const Workbook& book, const UnitFeedback& unit, const FeedbackSettings& settings, Language language)
{
    ResultSheet sheet{ResultKind::feedback, std::string(text(language, "feedback.sheet.problems")),
                      localised(language, {{"result.col.number", ColumnFormat::integer, 5},
                                           {"feedback.col.file", ColumnFormat::text, 14},
                                           {"result.col.sheet", ColumnFormat::text, 10},
                                           {"result.col.row", ColumnFormat::integer, 6},
                                           {"result.col.column", ColumnFormat::text, 10},
                                           {"result.col.cell_value", ColumnFormat::text, 26},
                                           {"result.col.message", ColumnFormat::text, 70},
                                           {"result.col.level", ColumnFormat::text, 10}}),
                      {}, {}};
    // A problem on a merged row is placed at its source row, its column named by its heading
    // (the source's letters are not known from the merged workbook).
    std::unordered_map<std::string, std::unordered_map<std::size_t, const Initiative*>> merged_rows;
    for (const std::size_t i : unit.initiatives)
        if (const Initiative& item = book.initiatives[i]; !item.origin.empty())
            merged_rows[list_sheet_of(book, item)].try_emplace(item.row, &item);
    std::size_t number = 0;
    for (const std::size_t k : unit.issues)
    {
        const Issue& issue = book.issues[k];
        SourcePlace place;
        std::string column = issue.column;
        const Initiative* merged = nullptr;
        if (const auto rows = merged_rows.find(issue.sheet); rows != merged_rows.end())
            if (const auto found = rows->second.find(issue.row); found != rows->second.end())
                merged = found->second;
        if (merged)
        {
            place = source_place_of(book, *merged);
            column = column_heading(book, issue.column);
        }
        else
        {
            auto [file, sheet_name] = split_source_place(issue.sheet);
            place = SourcePlace{std::move(file), std::move(sheet_name), issue.row};
        }
        sheet.rows.push_back({number_cell(++number), text_cell(place.file.empty() ? settings.workbook : place.file),
                              text_cell(place.sheet), number_cell(place.row), text_cell(column),
                              text_cell(issue_value(issue, language)), text_cell(issue_message(issue, language)),
                              text_cell(std::string(text(language, issue.is_error ? "result.level.error" : "result.level.note")))});
    }
    return sheet;
}

} // namespace

FillData feedback_letter_data(const FillData& documents, const DocumentSettings& settings, const Workbook& book,
                              const Review& review, const UnitFeedback& unit, const FeedbackSettings& feedback,
                              const std::string& attached, const Date& date)
{
    FillData data;
    data.fields = documents.fields;
    const UnionResult& result = review.unions[unit.unit];
    const auto text = [&data](const char* name, std::string value) { data.fields[name] = FillField{FieldValue{std::move(value)}}; };
    const auto count = [&data](const char* name, std::size_t value) {
        data.fields[name] = FillField{FieldValue{static_cast<std::int64_t>(value)}};
    };
    std::size_t valid = 0, qualifying = 0;
    for (const std::size_t i : unit.initiatives)
    {
        valid += review.verdicts[i].valid;
        qualifying += review.verdicts[i].qualifies;
    }
    std::size_t errors = 0;
    for (const std::size_t k : unit.issues)
        errors += book.issues[k].is_error;
    const std::size_t needing = unit.initiatives.size() - qualifying;
    text("don_vi_nhan", result.name);
    text("chi_tieu_phan_hoi", quota_standing(result, Language::vietnamese));
    count("so_sang_kien_don_vi", unit.initiatives.size());
    count("so_hop_le_don_vi", valid);
    count("so_dat_don_vi", qualifying);
    count("so_can_bo_sung", needing);
    count("so_loi_don_vi", errors);
    text("han_gui_lai", feedback.deadline);
    text("tep_phan_hoi", attached);
    // A Công văn's number: the number, then the issuer's abbreviation ("15/LĐLĐ"), without a type.
    const auto typed = settings.numbers.find("CV");
    text("so_cong_van", document_number(typed == settings.numbers.end() ? std::string_view() : std::string_view(typed->second),
                                        settings.issuer_code, ""));
    data.conditions["can_sua"] = needing > 0 || errors > 0;
    data.fields["ngay"] = FillField{FieldValue{date}};
    text("dong_ngay", nd30_date_line(settings.place, date));
    return data;
}

std::vector<ResultSheet> feedback_sheets(const Workbook& book, const Review& review, const UnitFeedback& unit,
                                         const FeedbackSettings& settings, Language language)
{
    return {summary_sheet(review, unit, book, settings, language), initiatives_sheet(book, review, unit, settings, language),
            problems_sheet(book, unit, settings, language)};
}

} // namespace sangkien::core
