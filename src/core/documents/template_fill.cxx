#include "core/documents/template_fill.hxx"

#include <algorithm>
#include <cstring>

#include "core/text/format.hxx"
#include "core/text/text.hxx"

namespace sangkien::core {

namespace {

struct FormatterInfo
{
    const char* vietnamese;
    const char* english;
    const char* description;
};

// The formatters; the first name is the one templates use, the second its English alias.
constexpr FormatterInfo kFormatters[] = {
    {"so", "number", "1234567 → 1.234.567"},
    {"tien", "vnd", "500000000 → 500.000.000"},
    {"tien_dong", "vnd_unit", "500000000 → 500.000.000 đồng"},
    {"chu", "words", "500000000 → Năm trăm triệu đồng"},
    {"ngay", "date", "5/9/2023 → 05/9/2023"},
    {"ngay_dai", "long_date", "5/9/2023 → ngày 05 tháng 9 năm 2023"},
    {"phan_tram", "percent", "104,3 → 104,3%"},
    {"dat_vuot", "achievement", "95 → đạt 95%, 120 → vượt 20%"},
    {"hoa", "upper", "Liên đoàn → LIÊN ĐOÀN"},
};

// Names compare without underscores and hyphens: "tong_gia_tri", "tong-gia-tri" and "tonggiatri"
// are the same name (Writer's autocorrect may touch underscores).
std::string canonical(std::string_view name)
{
    std::string out;
    for (const char c : name)
        if (c != '_' && c != '-')
            out += c;
    return out;
}

const char* canonical_formatter(const std::string& name)
{
    const std::string key = canonical(name);
    for (const auto& info : kFormatters)
        if (key == canonical(info.vietnamese) || key == canonical(info.english))
            return info.vietnamese;
    return nullptr;
}

// What autocorrect and typing do inside the braces, undone: NFC, tones stripped (so "nếu" reads
// as "neu"), no-break and zero-width spaces, typographic quotes and dashes, case.
std::string plain_inner(std::string_view inner)
{
    std::string text = strip_tones(to_nfc(inner));
    const std::pair<const char*, const char*> replacements[] = {
        {"\xc2\xa0", " "},     {"\xe2\x80\xaf", " "}, {"\xe2\x80\x8b", ""},  {"\xe2\x80\x8c", ""}, {"\xe2\x80\x8d", ""},
        {"\xef\xbb\xbf", ""},  {"\xe2\x80\x9c", ""},  {"\xe2\x80\x9d", ""},  {"\xe2\x80\x98", ""}, {"\xe2\x80\x99", ""},
        {"\"", ""},            {"'", ""},             {"\xe2\x80\x93", "-"}, {"\xe2\x80\x94", "-"}, {"\t", " "}};
    for (const auto& [from, to] : replacements)
        for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + std::strlen(to)))
            text.replace(at, std::strlen(from), to);
    for (char& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return collapse_spaces(text);
}

bool is_name(const std::string& name)
{
    if (name.empty() || name.front() == '.' || name.back() == '.')
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
    });
}

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(' ');
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

Marker broken(const char* problem)
{
    Marker marker;
    marker.problem = problem;
    return marker;
}

const FillField* find_field(const std::map<std::string, FillField>& fields, const std::string& name)
{
    if (const auto it = fields.find(name); it != fields.end())
        return &it->second;
    const std::string key = canonical(name);
    for (const auto& [candidate, field] : fields)
        if (canonical(candidate) == key)
            return &field;
    return nullptr;
}

const std::vector<FillRecord>* find_list(const FillData& data, const std::string& name)
{
    if (const auto it = data.lists.find(name); it != data.lists.end())
        return &it->second;
    const std::string key = canonical(name);
    for (const auto& [candidate, list] : data.lists)
        if (canonical(candidate) == key)
            return &list;
    return nullptr;
}

std::string plain_form(const FieldValue& value)
{
    if (const auto* text = std::get_if<std::string>(&value))
        return *text;
    if (const auto* number = std::get_if<std::int64_t>(&value))
        return group_thousands(*number);
    if (const auto* amount = std::get_if<Amount>(&value))
        return group_thousands(amount->dong);
    if (const auto* percent = std::get_if<Percent>(&value))
        return format_percent(percent->value);
    return body_date(std::get<Date>(value));
}

// The value written by a formatter; nullopt when the formatter does not apply to this kind of value.
std::optional<std::string> formatted(const FieldValue& value, const std::string& formatter)
{
    const auto* amount = std::get_if<Amount>(&value);
    const auto* number = std::get_if<std::int64_t>(&value);
    const bool has_whole = amount || number;
    const std::int64_t whole = amount ? amount->dong : number ? *number : 0;
    const auto* percent = std::get_if<Percent>(&value);
    const auto* date = std::get_if<Date>(&value);
    if (const auto* text = std::get_if<std::string>(&value); text && *text == kNoFigure)
        return *text;
    if (formatter == "so" || formatter == "tien")
        return has_whole ? std::optional(group_thousands(whole)) : std::nullopt;
    if (formatter == "tien_dong")
        return has_whole ? std::optional(format_vnd(whole)) : std::nullopt;
    if (formatter == "chu")
        return has_whole ? std::optional(money_in_words(whole)) : std::nullopt;
    if (formatter == "ngay")
        return date ? std::optional(body_date(*date)) : std::nullopt;
    if (formatter == "ngay_dai")
        return date ? std::optional(nd30_date_line("", *date)) : std::nullopt;
    if (formatter == "phan_tram")
        return percent ? std::optional(format_percent(percent->value)) : std::nullopt;
    if (formatter == "dat_vuot")
        return percent ? std::optional(achievement_phrase(percent->value)) : std::nullopt;
    if (formatter == "hoa")
        return to_upper(plain_form(value));
    return std::nullopt;
}

bool is_set(const FillField& field)
{
    if (const auto* text = std::get_if<std::string>(&field.value))
        return !text->empty() && !field.prompt;
    if (const auto* number = std::get_if<std::int64_t>(&field.value))
        return *number != 0;
    if (const auto* amount = std::get_if<Amount>(&field.value))
        return amount->dong != 0;
    if (const auto* percent = std::get_if<Percent>(&field.value))
        return percent->value != 0;
    return true;
}

} // namespace

Marker parse_marker(std::string_view text)
{
    if (text.size() < 4 || text.substr(0, 2) != "{{" || text.substr(text.size() - 2) != "}}")
        return broken("template.marker_unclosed");
    const std::string inner = plain_inner(text.substr(2, text.size() - 4));
    if (inner.empty())
        return broken("template.marker_empty");
    if (inner.find('{') != std::string::npos || inner.find('}') != std::string::npos)
        return broken("template.marker_unclosed");
    Marker marker;
    if (inner.front() == '#' || inner.front() == '/')
    {
        const std::string rest = trimmed(inner.substr(1));
        const auto space = rest.find(' ');
        const std::string keyword = canonical(rest.substr(0, space));
        const std::string name = space == std::string::npos ? std::string() : trimmed(rest.substr(space + 1));
        const bool if_word = keyword == "neu" || keyword == "if";
        const bool unless_word = keyword == "khong" || keyword == "unless";
        const bool paged_word = keyword == "moitrang" || keyword == "eachpage";
        const bool each_word = keyword == "moi" || keyword == "each" || paged_word;
        if (!if_word && !unless_word && !each_word)
            return broken("template.marker_keyword");
        if (inner.front() == '/')
        {
            marker.kind = MarkerKind::block_end;
            return marker;
        }
        if (!is_name(name))
            return broken("template.marker_name");
        marker.kind = if_word ? MarkerKind::block_if : unless_word ? MarkerKind::block_unless : MarkerKind::block_each;
        marker.new_page = paged_word;
        marker.name = name;
        return marker;
    }
    const auto bar = inner.find('|');
    marker.name = trimmed(inner.substr(0, bar));
    // "ds . ten" → "ds.ten"; other spaces are not part of a name.
    for (const char* spaced : {" .", ". "})
        for (std::size_t at = marker.name.find(spaced); at != std::string::npos; at = marker.name.find(spaced))
            marker.name.replace(at, 2, ".");
    if (!is_name(marker.name))
        return broken("template.marker_name");
    if (bar != std::string::npos)
    {
        const std::string formatter = trimmed(inner.substr(bar + 1));
        const char* known = canonical_formatter(formatter);
        if (!known)
        {
            Marker bad = broken("template.unknown_formatter");
            bad.name = marker.name;
            bad.formatter = formatter;
            return bad;
        }
        marker.formatter = known;
    }
    marker.kind = MarkerKind::value;
    return marker;
}

std::vector<Marker> markers_in(std::string_view text)
{
    std::vector<Marker> markers;
    for (auto at = text.find("{{"); at != std::string_view::npos; at = text.find("{{", at + 2))
    {
        const auto close = text.find("}}", at);
        if (close == std::string_view::npos)
            break;
        markers.push_back(parse_marker(text.substr(at, close + 2 - at)));
    }
    return markers;
}

namespace {

bool opens_block(const Marker& marker)
{
    return marker.kind == MarkerKind::block_if || marker.kind == MarkerKind::block_unless
        || marker.kind == MarkerKind::block_each;
}

} // namespace

BlockPairs pair_blocks(const std::vector<Marker>& markers)
{
    BlockPairs pairs;
    std::vector<std::size_t> open;
    for (std::size_t i = 0; i < markers.size(); ++i)
    {
        if (opens_block(markers[i]))
            open.push_back(i);
        else if (markers[i].kind == MarkerKind::block_end)
        {
            if (open.empty())
                pairs.stray.push_back(i);
            else
            {
                pairs.blocks.push_back({open.back(), i});
                open.pop_back();
            }
        }
    }
    pairs.unclosed = std::move(open);
    return pairs;
}

void OpenBlocks::pass(const Marker& marker)
{
    if (opens_block(marker))
        repeats_.push_back(marker.kind == MarkerKind::block_each);
    else if (marker.kind == MarkerKind::block_end && !repeats_.empty())
        repeats_.pop_back();
}

bool OpenBlocks::repeating() const
{
    return std::find(repeats_.begin(), repeats_.end(), true) != repeats_.end();
}

std::optional<std::string> list_of(const Marker& marker, const FillData& data)
{
    const auto dot = marker.name.find('.');
    if (dot == std::string::npos)
        return std::nullopt;
    return list_named(std::string_view(marker.name).substr(0, dot), data);
}

std::optional<std::string> list_named(std::string_view name, const FillData& data)
{
    if (const auto it = data.lists.find(std::string(name)); it != data.lists.end())
        return it->first;
    const std::string key = canonical(name);
    for (const auto& [candidate, list] : data.lists)
        if (canonical(candidate) == key)
            return candidate;
    return std::nullopt;
}

Filled fill_marker(const Marker& marker, const FillData& data, const FillRecord* item, Language language)
{
    Filled filled;
    if (marker.kind != MarkerKind::value)
    {
        filled.problem = format(language, marker.problem.empty() ? "template.marker_misplaced" : marker.problem.c_str(),
                                {marker.name, marker.formatter});
        return filled;
    }
    const FillField* field = nullptr;
    if (const auto list = list_of(marker, data))
    {
        if (!item)
        {
            filled.problem = format(language, "template.list_outside_row", {marker.name, *list});
            return filled;
        }
        field = find_field(*item, marker.name.substr(marker.name.find('.') + 1));
    }
    else
        field = find_field(data.fields, marker.name);
    if (!field)
    {
        filled.problem = format(language, "template.unknown_field", {marker.name});
        return filled;
    }
    filled.prompt = field->prompt;
    if (marker.formatter.empty())
        filled.text = plain_form(field->value);
    else if (auto text = formatted(field->value, marker.formatter))
        filled.text = std::move(*text);
    else
    {
        filled.text = plain_form(field->value);
        filled.problem = format(language, "template.formatter_mismatch", {marker.name, marker.formatter});
    }
    return filled;
}

bool condition_holds(const Marker& marker, const FillData& data)
{
    bool holds = false;
    if (const auto it = data.conditions.find(marker.name); it != data.conditions.end())
        holds = it->second;
    else if (const auto* list = find_list(data, marker.name))
        holds = !list->empty();
    else if (const auto* field = find_field(data.fields, marker.name))
        holds = is_set(*field);
    else
        for (const auto& [name, value] : data.conditions)
            if (canonical(name) == canonical(marker.name))
                holds = value;
    return marker.kind == MarkerKind::block_unless ? !holds : holds;
}

bool condition_known(const Marker& marker, const FillData& data)
{
    if (data.conditions.count(marker.name) || find_list(data, marker.name) || find_field(data.fields, marker.name))
        return true;
    for (const auto& [name, value] : data.conditions)
        if (canonical(name) == canonical(marker.name))
            return true;
    return false;
}

std::vector<FilledPiece> fill_pieces(std::string_view text, const FillData& data, const FillRecord* item, Language language,
                                     std::vector<std::string>* problems)
{
    std::vector<FilledPiece> pieces;
    const auto add = [&pieces](std::string piece, FilledPiece::Kind kind) {
        if (!piece.empty())
            pieces.push_back({std::move(piece), kind});
    };
    std::size_t at = 0;
    while (at < text.size())
    {
        const auto open = text.find("{{", at);
        if (open == std::string_view::npos)
            break;
        const auto close = text.find("}}", open + 2);
        add(std::string(text.substr(at, open - at)), FilledPiece::Kind::text);
        if (close == std::string_view::npos)
        {
            const std::string problem = std::string(core::text(language, "template.marker_unclosed"));
            if (problems)
                problems->push_back(problem);
            add(broken_marker_note(text.substr(open), problem, language), FilledPiece::Kind::broken);
            return pieces;
        }
        const std::string_view whole = text.substr(open, close + 2 - open);
        const Marker marker = parse_marker(whole);
        Filled filled;
        if (marker.kind == MarkerKind::broken)
            filled.problem = format(language, marker.problem.c_str(), {marker.name, marker.formatter});
        else
            filled = fill_marker(marker, data, item, language);
        if (!filled.problem.empty())
        {
            if (problems)
                problems->push_back(filled.problem);
            add(filled.text.empty() ? broken_marker_note(whole, filled.problem, language) : filled.text, FilledPiece::Kind::broken);
        }
        else
            add(std::move(filled.text), filled.prompt ? FilledPiece::Kind::prompt : FilledPiece::Kind::text);
        at = close + 2;
    }
    if (at < text.size())
        add(std::string(text.substr(at)), FilledPiece::Kind::text);
    return pieces;
}

std::string fill_text(std::string_view text, const FillData& data, const FillRecord* item, Language language,
                      std::vector<std::string>* problems, bool* prompt)
{
    std::string out;
    for (const FilledPiece& piece : fill_pieces(text, data, item, language, problems))
    {
        out += piece.text;
        if (prompt && piece.kind == FilledPiece::Kind::prompt)
            *prompt = true;
    }
    return out;
}

std::string broken_marker_note(std::string_view marker_text, const std::string& problem, Language language)
{
    // Without double braces: the note must not read as a marker itself (nor the problem quoting
    // one, "khối {{#…}} / {{/…}}…", which keeps single braces).
    std::string shown(marker_text);
    for (const char* brace : {"{{", "}}"})
        for (std::size_t at = shown.find(brace); at != std::string::npos; at = shown.find(brace))
            shown.erase(at, 2);
    std::string quoted = problem;
    for (const char* brace : {"{{", "}}"})
        for (std::size_t at = quoted.find(brace); at != std::string::npos; at = quoted.find(brace, at))
            quoted.erase(at, 1);
    return format(language, "template.note", {collapse_spaces(shown), quoted});
}

std::vector<std::pair<std::string, std::string>> formatter_names()
{
    std::vector<std::pair<std::string, std::string>> names;
    for (const auto& info : kFormatters)
        names.emplace_back(std::string(info.vietnamese) + " (" + info.english + ")", info.description);
    return names;
}

namespace {

double number_of(const FillRecord& record, const char* field)
{
    const auto it = record.find(field);
    if (it == record.end())
        return 0;
    if (const auto* number = std::get_if<std::int64_t>(&it->second.value))
        return static_cast<double>(*number);
    if (const auto* amount = std::get_if<Amount>(&it->second.value))
        return static_cast<double>(amount->dong);
    return 0;
}

std::string text_of(const FillRecord& record, const char* field)
{
    const auto it = record.find(field);
    if (it == record.end())
        return {};
    if (const auto* text = std::get_if<std::string>(&it->second.value))
        return *text;
    return {};
}

ChartSpec chart_of(const std::vector<FillRecord>& items, const char* title_key, std::vector<std::pair<const char*, const char*>> series)
{
    ChartSpec chart;
    chart.title = std::string(text(Language::vietnamese, title_key));
    for (const auto& [field, key] : series)
        chart.series.emplace_back(text(Language::vietnamese, key));
    for (const auto& item : items)
    {
        chart.categories.push_back(text_of(item, "ten"));
        std::vector<double> values;
        for (const auto& [field, key] : series)
            values.push_back(number_of(item, field));
        chart.values.push_back(std::move(values));
    }
    return chart;
}

} // namespace

std::optional<ChartSpec> chart_for(const std::string& name, const FillData& data, std::size_t max_categories)
{
    const std::string key = canonical(name);
    const auto* units = find_list(data, "cdcs");
    const auto* domains = find_list(data, "linh_vuc");
    const bool by_units = key == canonical("bieu_do_cdcs") || (key == canonical("bieu_do") && units && !units->empty()
                                                                && units->size() <= max_categories);
    if (by_units && units)
    {
        const auto province = data.conditions.find("cap_tinh");
        const bool at_province = province != data.conditions.end() && province->second;
        return chart_of(*units, at_province ? "chart.units.province" : "chart.units",
                        {{"chi_tieu", "chart.quota"}, {"hop_le", "chart.valid"}});
    }
    if ((key == canonical("bieu_do") || key == canonical("bieu_do_linh_vuc")) && domains)
        return chart_of(*domains, "chart.domains", {{"cap_nhat", "chart.updated"}, {"hop_le", "chart.valid"}});
    return std::nullopt;
}

} // namespace sangkien::core
