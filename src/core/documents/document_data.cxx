#include "core/documents/document_data.hxx"

#include "core/rules/criteria_settings.hxx"

#include "core/workbook/info_rows.hxx"
#include "core/text/values.hxx"

#include <algorithm>
#include <cstring>
#include <sstream>

#include "core/text/format.hxx"
#include "core/text/text.hxx"

namespace sangkien::core {

namespace {

// Official documents are written in Vietnamese whatever the UI language.
constexpr Language kDocumentLanguage = Language::vietnamese;

std::string doc_text(std::string_view key)
{
    return std::string(text(kDocumentLanguage, key));
}

std::string doc_format(const char* key, const std::vector<std::string>& arguments)
{
    return format(kDocumentLanguage, key, arguments);
}

std::string first_of(const std::string* sheet_value, const std::string& option, const std::string& fallback = {})
{
    if (sheet_value && !sheet_value->empty())
        return *sheet_value;
    return option.empty() ? fallback : option;
}

// Lines of a multi-line setting; ";" "," "." at the ends and "- " at the start dropped.
std::vector<std::string> lines_of(const std::string& text)
{
    std::vector<std::string> lines;
    std::istringstream stream(text);
    for (std::string line; std::getline(stream, line);)
    {
        line = collapse_spaces(line);
        while (!line.empty() && (line.front() == '-' || line.front() == ' ' || line.front() == '+'))
            line.erase(line.begin());
        while (!line.empty() && (line.back() == ';' || line.back() == '.' || line.back() == ',' || line.back() == ' '))
            line.pop_back();
        if (!line.empty())
            lines.push_back(line);
    }
    return lines;
}

FillField text_field(std::string value)
{
    return FillField{FieldValue(std::move(value)), false};
}

FillField number_field(std::int64_t value)
{
    return FillField{FieldValue(value), false};
}

FillField amount_field(std::int64_t dong)
{
    return FillField{FieldValue(Amount{dong}), false};
}

FillField percent_field(double value)
{
    return FillField{FieldValue(Percent{value}), false};
}

FillField date_field(const Date& date);

// A criterion as the templates name it: a date, an amount, a choice in words, a count.
FillField criterion_field(const CriterionSetting& setting, const Criteria& criteria)
{
    switch (setting.kind)
    {
    case CriterionKind::date: return date_field(criteria.*setting.date);
    case CriterionKind::amount: return amount_field(criteria.*setting.amount);
    case CriterionKind::choice: return text_field(doc_text(setting.choice_words[criteria.*setting.choice ? 1 : 0]));
    case CriterionKind::count: return number_field(criteria.*setting.count);
    }
    return {};
}

FillField date_field(const Date& date)
{
    return FillField{FieldValue(date), false};
}

// This document's "Số:" line: its number from Thông tin, completed when bare ("15" → 15/BC-LĐLĐ);
// without one, the blank the issuing office numbers by hand ("      /TTr-LĐLĐ").
std::string document_number_for(const DocumentSettings& settings, const char* type_code)
{
    const auto typed = settings.numbers.find(type_code);
    return document_number(typed == settings.numbers.end() ? std::string_view() : std::string_view(typed->second), type_code,
                           settings.issuer_code);
}

std::string units_sentence(const UnionResult& unit)
{
    std::string sentence = doc_format("doc.collective_achievement",
                                      {std::to_string(unit.counts.valid), std::to_string(unit.quota), format_percent(unit.percent)});
    if (unit.counts.value > 0)
        sentence += doc_format("doc.collective_value", {format_vnd(unit.counts.value)});
    return sentence;
}

std::string recognition_text(const Initiative& initiative)
{
    const DocumentRef& document = initiative.recognition;
    if (!document.present())
        return {};
    if (document.number.empty())
        return doc_format("doc.document_date_only", {body_date(*document.date)});
    if (!document.date)
        return doc_format("doc.document_number_only", {document.number});
    return doc_format("doc.document_number_date", {document.number, body_date(*document.date)});
}

// The CĐCS a person's initiatives come from ("CĐCS Trường THCS Chà Là"), joined; the unit itself
// when they name none.
std::string grassroots_units(const Workbook& book, const PersonResult& person)
{
    std::vector<std::string> names;
    for (const std::size_t index : person.initiatives)
    {
        const std::string& name = book.initiatives[index].grassroots_unit;
        if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end())
            names.push_back(name);
    }
    if (names.empty())
        return person.unit;
    std::string joined_names;
    for (const auto& name : names)
        joined_names += (joined_names.empty() ? "" : "; ") + name;
    return joined_names;
}

// One line of a Báo cáo thành tích for an initiative: its number, title, authors (for a
// collective), recognition and value documents, and value in figures and words.
std::string initiative_line(std::size_t number, const Initiative& initiative, bool with_authors)
{
    std::string authors;
    if (with_authors)
        for (const auto& author : initiative.authors)
            authors += (authors.empty() ? "" : ", ") + author;
    std::string line = authors.empty() ? doc_format("doc.line.initiative", {std::to_string(number), initiative.title})
                                       : doc_format("doc.line.initiative_by", {std::to_string(number), initiative.title, authors});
    if (const std::string recognition = recognition_text(initiative); !recognition.empty())
        line += "; " + recognition;
    const DocumentRef& value_document = initiative.value_document;
    if (value_document.present())
        line += "; " + (value_document.number.empty() ? doc_format("doc.value_document_date_only", {body_date(*value_document.date)})
                        : !value_document.date ? doc_format("doc.value_document_number_only", {value_document.number})
                                               : doc_format("doc.value_document_number_date",
                                                            {value_document.number, body_date(*value_document.date)}));
    if (initiative.value.is_vnd() && initiative.value.dong > 0)
        line += doc_format("doc.line.value", {format_vnd(initiative.value.dong), money_in_words(initiative.value.dong)});
    if (initiative.social_value && !initiative.social_text.empty())
        line += doc_format("doc.line.social", {initiative.social_text});
    return line + ".";
}

// A total in figures and words ("500.000.000 đồng (Năm trăm triệu đồng)"), or kNoFigure.
std::string value_in_figures_and_words(std::int64_t dong)
{
    return dong > 0 ? doc_format("doc.value_in_words", {format_vnd(dong), money_in_words(dong)}) : std::string(kNoFigure);
}

std::string person_sentence(const Workbook& book, const PersonResult& person)
{
    std::vector<std::string> parts;
    for (const std::size_t index : person.initiatives)
    {
        const Initiative& initiative = book.initiatives[index];
        std::string part = doc_format("doc.author_of", {initiative.title});
        if (const std::string recognition = recognition_text(initiative); !recognition.empty())
            part += " (" + recognition + ")";
        if (initiative.value.is_vnd() && initiative.value.dong > 0)
            part += doc_format("doc.value_of", {format_vnd(initiative.value.dong), money_in_words(initiative.value.dong)});
        parts.push_back(part);
    }
    if (person.contribution_ground)
        parts.push_back(person.support_team ? doc_format("doc.support_team", {person.contribution})
                                            : doc_format("doc.contribution", {person.contribution}));
    std::string sentence;
    for (const auto& part : parts)
        sentence += (sentence.empty() ? "" : "; ") + part;
    return sentence;
}

FillRecord group_record(std::size_t number, const Group& group, int total_valid)
{
    FillRecord record;
    record["stt"] = number_field(static_cast<std::int64_t>(number));
    record["ten"] = text_field(group.name.empty() ? doc_text("doc.unclassified") : group.name);
    record["cap_nhat"] = number_field(group.tally.updated);
    record["hop_le"] = number_field(group.tally.valid);
    record["dang_xem_xet"] = number_field(group.tally.pending);
    record["gia_tri"] = amount_field(group.tally.value);
    record["ty_trong"] = percent_field(total_valid > 0 ? 100.0 * group.tally.valid / total_valid : 0);
    return record;
}

std::vector<FillRecord> group_list(const std::vector<Group>& groups, int total_valid)
{
    std::vector<FillRecord> records;
    for (const Group& group : groups)
        records.push_back(group_record(records.size() + 1, group, total_valid));
    return records;
}

// A unit as the CĐCS list spells it ("CĐCS Trường Tiểu học Long Chữ"), by its key; the spelling
// of the record where the list does not have it.
using UnitNames = std::map<std::string, std::string>;
UnitNames unit_names(const Review& review)
{
    UnitNames names;
    for (const UnionResult& unit : review.unions)
        if (unit.in_list)
            names.try_emplace(unit.key, unit.name);
    return names;
}

std::string proper_unit_name(const UnitNames& names, const std::string& written)
{
    const auto it = names.find(matching_key(written, {true, true}));
    return it == names.end() ? written : it->second;
}

std::vector<FillRecord> typical_list(const Workbook& book, const std::vector<Group>& groups, const UnitNames& names)
{
    std::vector<FillRecord> records;
    for (const Group& group : groups)
        for (const std::size_t index : group.top)
        {
            const Initiative& initiative = book.initiatives[index];
            FillRecord record;
            record["stt"] = number_field(static_cast<std::int64_t>(records.size() + 1));
            record["nhom"] = text_field(group.name.empty() ? doc_text("doc.unclassified") : group.name);
            record["ten"] = text_field(initiative.title);
            std::string authors;
            for (const auto& author : initiative.authors)
                authors += (authors.empty() ? "" : ", ") + author;
            record["tac_gia"] = text_field(authors);
            // At a province, the CĐCS (the district is the unit above it).
            record["don_vi"] = text_field(proper_unit_name(names, initiative.grassroots_unit.empty() ? initiative.unit.str()
                                                                                                   : initiative.grassroots_unit.str()));
            record["loai"] = text_field(initiative.solution_type);
            record["gia_tri"] = amount_field(initiative.value.is_vnd() ? initiative.value.dong : 0);
            records.push_back(std::move(record));
        }
    return records;
}

bool has_vowel(const std::string& word)
{
    const std::string plain = strip_tones(to_lower(word));
    return plain.find_first_of("aeiouy") != std::string::npos;
}

} // namespace

std::string name_in_text(const std::string& name)
{
    if (to_upper(name) != name)
        return name;
    // The organisation part, as Vietnamese writes it; the rest (a place, a company) title-cased.
    static const std::pair<const char*, const char*> kPrefixes[] = {
        {"lien doan lao dong tinh ", "Liên đoàn Lao động tỉnh "},
        {"lien doan lao dong thanh pho ", "Liên đoàn Lao động thành phố "},
        {"lien doan lao dong huyen ", "Liên đoàn Lao động huyện "},
        {"lien doan lao dong quan ", "Liên đoàn Lao động quận "},
        {"lien doan lao dong thi xa ", "Liên đoàn Lao động thị xã "},
        {"lien doan lao dong ", "Liên đoàn Lao động "},
        {"cong doan co so ", "Công đoàn cơ sở "},
        {"cong doan ", "Công đoàn "},
    };
    std::string rest = collapse_spaces(name);
    std::string out;
    const std::string key = matching_key(rest) + " ";
    for (const auto& [plain, written] : kPrefixes)
        if (key.rfind(plain, 0) == 0)
        {
            const auto words = std::count(plain, plain + std::strlen(plain), ' ');
            std::size_t at = 0;
            for (long w = 0; w < words && at != std::string::npos; ++w)
                at = rest.find(' ', at == 0 ? 0 : at + 1);
            out = written;
            rest = at == std::string::npos ? std::string() : rest.substr(at + 1);
            break;
        }
    std::istringstream words(rest);
    bool first = true;
    for (std::string word; words >> word; first = false)
    {
        if (!first)
            out += ' ';
        if (!has_vowel(word))
        {
            out += word;
            continue;
        }
        const std::u32string letters = to_u32(to_lower(word));
        out += to_upper(from_u32(letters.substr(0, 1))) + from_u32(letters.substr(1));
    }
    return out;
}

DocumentSettings document_settings(const Workbook& book, const UserOptions& options)
{
    DocumentSettings settings;
    if (const auto level = report_level_of(book))
    {
        settings.district_level = *level != ReportLevel::grassroots;
        settings.province_level = *level == ReportLevel::province;
    }
    else
    {
        settings.district_level = options.district_level || options.province_level;
        settings.province_level = options.province_level;
    }
    settings.superior = to_upper(first_of(info_value(book, InfoKey::superior), options.superior_name));
    const std::string issuer = first_of(info_value(book, InfoKey::unit_name), options.unit_name);
    settings.issuer = to_upper(issuer);
    settings.issuer_name = name_in_text(issuer);
    settings.place = first_of(info_value(book, InfoKey::place), options.place);
    // The report's number ("Số văn bản"), and each dossier document's own where Thông tin has one.
    const auto read_number = [&](const char* type_code, InfoKey key) {
        if (const auto* typed = info_value(book, key))
            settings.numbers[type_code] = collapse_spaces(*typed);
    };
    read_number("BC", InfoKey::report_number);
    read_number("TTr", InfoKey::submission_number);
    read_number("BB", InfoKey::minutes_number);
    read_number("QĐ", InfoKey::decision_number);
    settings.issuer_code = settings.district_level ? "LĐLĐ" : "CĐCS";
    for (const auto& [type_code, typed] : settings.numbers) // the abbreviation a full number uses
        if (const auto dash = typed.rfind('-'); typed.find('/') != std::string::npos && dash != std::string::npos
                                                 && dash + 1 < typed.size())
        {
            settings.issuer_code = typed.substr(dash + 1);
            if (type_code == "BC")
                break;
        }
    if (const auto* text = info_value(book, InfoKey::date))
        if (const DateValue value = parse_date(*text); value.kind == DateKind::date)
            settings.date = value.date;
    settings.authority = first_of(info_value(book, InfoKey::authority), "",
                                  doc_text(settings.district_level ? "doc.authority.district" : "doc.authority.grassroots"));
    settings.authority = to_upper(settings.authority);
    settings.signer_title = to_upper(first_of(info_value(book, InfoKey::signer_title), options.signer_title,
                                              doc_text("doc.chair")));
    settings.signer_name = first_of(info_value(book, InfoKey::signer_name), options.signer_name);
    settings.addressee = first_of(info_value(book, InfoKey::addressee), "");
    if (const auto* stock = info_value(book, InfoKey::certificate_stock))
        settings.certificate_stock = parse_yes_no(*stock) == YesNo::yes;
    if (const auto* text = info_value(book, InfoKey::grounds))
        settings.grounds = lines_of(*text);
    if (const auto* text = info_value(book, InfoKey::recipients))
        settings.recipients = lines_of(*text);
    if (const auto* text = info_value(book, InfoKey::award_form))
        settings.award_form = *text;
    return settings;
}

FillData document_data(const Workbook& book, const Review& review, const Summary& summary,
                       const DocumentSettings& settings, const Date& today, Language)
{
    FillData data;
    auto& f = data.fields;
    const Date date = settings.date.value_or(today);

    // Header, number, date line, signature.
    f["co_quan_cap_tren"] = text_field(settings.superior);
    // Without a unit name the documents would say "… của )": a marked prompt instead.
    const FillField unit_prompt{FieldValue(doc_text("doc.prompt.unit")), true};
    f["don_vi"] = settings.issuer.empty() ? unit_prompt : text_field(settings.issuer);
    f["don_vi_ten"] = settings.issuer_name.empty() ? unit_prompt : text_field(settings.issuer_name);
    f["dia_danh"] = text_field(settings.place);
    f["ngay"] = date_field(date);
    f["nam"] = text_field(std::to_string(date.year)); // a year, never "2.023"
    f["dong_ngay"] = text_field(nd30_date_line(settings.place, date));
    f["so_bao_cao"] = text_field(document_number_for(settings, "BC"));
    f["so_to_trinh"] = text_field(document_number_for(settings, "TTr"));
    f["so_bien_ban"] = text_field(document_number_for(settings, "BB"));
    f["so_quyet_dinh"] = text_field(document_number_for(settings, "QĐ"));
    f["tham_quyen"] = text_field(settings.authority);
    // The body that decides and the one that awards: BAN THƯỜNG VỤ (district) / BAN CHẤP HÀNH.
    f["co_quan_quyet_dinh"] = text_field(std::string(settings.district_level ? "BAN THƯỜNG VỤ " : "BAN CHẤP HÀNH ") + settings.issuer);
    f["co_quan_khen"] = text_field("BAN CHẤP HÀNH " + settings.issuer);
    f["chuc_vu_ky"] = text_field(settings.signer_title);
    f["nguoi_ky"] = settings.signer_name.empty() ? FillField{FieldValue(doc_text("doc.prompt.signer")), true}
                                                 : text_field(settings.signer_name);
    f["kinh_gui"] = settings.addressee.empty() ? FillField{FieldValue(doc_text("doc.prompt.addressee")), true}
                                               : text_field(settings.addressee);
    f["hinh_thuc"] = text_field(settings.award_form);
    f["chuong_trinh"] = text_field(doc_text("doc.programme"));
    // What only the nominee can write in a Báo cáo thành tích: marked blanks.
    f["dien"] = FillField{FieldValue(doc_text("doc.prompt.blank")), true};
    f["tap_the_ghi"] = FillField{FieldValue(doc_text("doc.prompt.collective_writes")), true};
    f["ca_nhan_ghi"] = FillField{FieldValue(doc_text("doc.prompt.individual_writes")), true};
    data.conditions["cap_huyen"] = settings.district_level; // a district or above (TM. BAN THƯỜNG VỤ)
    data.conditions["cap_tinh"] = settings.province_level;
    data.conditions["cap_co_so"] = !settings.district_level;
    data.conditions["phoi_in_san"] = settings.certificate_stock;
    // The units the quotas and per-unit figures are about, in running text and as a column heading.
    f["cap_duoi"] = text_field(doc_text(settings.province_level ? "doc.units.province" : "doc.units.district"));
    f["cap_duoi_cot"] = text_field(doc_text(settings.province_level ? "doc.units.province_heading" : "doc.units.district_heading"));

    std::vector<std::string> grounds = settings.grounds;
    auto& can_cu = data.lists["can_cu"];
    for (std::size_t i = 0; i < grounds.size(); ++i)
    {
        const bool worded = matching_key(grounds[i]).rfind("can cu", 0) == 0;
        const std::string line = worded ? grounds[i] : doc_format("doc.ground_line", {grounds[i]});
        can_cu.push_back({{"dong", text_field(line + (i + 1 == grounds.size() ? "." : ";"))}});
    }
    std::vector<std::string> recipients = settings.recipients;
    if (std::none_of(recipients.begin(), recipients.end(), [](const std::string& line) { return matching_key(line).rfind("luu", 0) == 0; }))
        recipients.push_back(doc_format("doc.archive", {settings.issuer_code}));
    auto& noi_nhan = data.lists["noi_nhan"];
    for (std::size_t i = 0; i < recipients.size(); ++i)
        noi_nhan.push_back({{"dong", text_field("- " + recipients[i] + (i + 1 == recipients.size() ? "." : ";"))}});

    // Criteria used.
    for (const CriterionSetting& setting : criterion_settings())
        if (!setting.template_field.empty())
            f[std::string(setting.template_field)] = criterion_field(setting, review.criteria);

    // II.1 figures.
    f["cap_nhat"] = number_field(summary.total.updated);
    f["hop_le"] = number_field(summary.total.valid);
    f["dang_xem_xet"] = number_field(summary.total.pending);
    f["khong_hop_le"] = number_field(summary.total.rejected);
    f["chi_tieu"] = number_field(summary.quota_total);
    f["ty_le"] = percent_field(summary.percent_of_quota);
    f["gia_tri"] = amount_field(summary.total.value);
    f["so_cdcs"] = number_field(summary.units_listed);
    f["so_cdcs_co_chi_tieu"] = number_field(summary.units_with_quota);
    f["so_cdcs_dat"] = number_field(summary.units_reaching_quota);
    f["so_cdcs_uu_tien"] = number_field(summary.units_priority);
    f["so_sang_kien_dat"] = number_field(summary.qualifying_initiatives);
    f["so_ca_nhan_dat"] = number_field(summary.qualifying_people);
    f["so_tap_the_dat"] = number_field(summary.units_reaching_quota);
    data.conditions["co_chi_tieu"] = summary.quota_total > 0;
    data.lists["linh_vuc"] = group_list(summary.by_domain, summary.total.valid);
    data.lists["doi_tuong"] = group_list(summary.by_target_group, summary.total.valid);
    data.lists["khoi"] = group_list(summary.by_block, summary.total.valid);
    data.lists["loai_giai_phap"] = group_list(summary.by_solution_type, summary.total.valid);

    // Each unit's valid initiatives, for its Báo cáo thành tích.
    std::map<std::string, std::vector<std::size_t>> valid_of_unit;
    for (std::size_t i = 0; i < book.initiatives.size() && i < review.verdicts.size(); ++i)
        if (review.verdicts[i].valid && !review.verdicts[i].duplicate)
            valid_of_unit[std::string(book.initiatives[i].unit_key)].push_back(i);

    // Per CĐCS, in the list's order.
    auto& units = data.lists["cdcs"];
    auto& collectives = data.lists["tap_the"];
    for (const UnionResult& unit : review.unions)
    {
        if (!unit.in_list)
            continue;
        FillRecord record;
        record["stt"] = number_field(static_cast<std::int64_t>(units.size() + 1));
        record["ten"] = text_field(unit.name);
        record["khoi"] = text_field(unit.block);
        record["chi_tieu"] = number_field(unit.quota);
        record["cap_nhat"] = number_field(unit.counts.updated);
        record["hop_le"] = number_field(unit.counts.valid);
        record["dang_xem_xet"] = number_field(unit.counts.pending);
        // Without a quota there is nothing to reach: said so, never "Không đạt" or "0%".
        record["ty_le"] = unit.quota > 0 ? percent_field(unit.percent) : text_field(std::string(kNoFigure));
        record["ket_qua"] = text_field(doc_text(unit.needs_check ? "doc.check"
                                                : unit.quota <= 0 ? "doc.no_quota"
                                                : unit.qualifies ? "doc.pass"
                                                                 : "doc.fail"));
        record["uu_tien"] = text_field(unit.priority ? "x" : "");
        record["gia_tri"] = amount_field(unit.counts.value);
        record["thanh_tich"] = text_field(units_sentence(unit));
        record["hinh_thuc"] = text_field(settings.award_form);
        record["tong_gia_tri"] = text_field(value_in_figures_and_words(unit.counts.value));
        record["sang_kien_ds"] = text_field(std::string(kNoFigure));
        if (unit.qualifies) // its initiatives, one line each (only where a Báo cáo thành tích uses them)
        {
            std::string lines;
            std::size_t number = 0;
            if (const auto found = valid_of_unit.find(unit.key); found != valid_of_unit.end())
                for (const std::size_t index : found->second)
                    lines += (lines.empty() ? "" : "\n") + initiative_line(++number, book.initiatives[index], true);
            record["sang_kien_ds"] = text_field(lines.empty() ? std::string(kNoFigure) : lines);
        }
        units.push_back(record);
        if (unit.qualifies)
        {
            record["stt"] = number_field(static_cast<std::int64_t>(collectives.size() + 1));
            collectives.push_back(std::move(record));
        }
    }

    // II.4 typical initiatives.
    const UnitNames names = unit_names(review);
    data.lists["tieu_bieu_linh_vuc"] = typical_list(book, summary.by_domain, names);
    data.lists["tieu_bieu_doi_tuong"] = typical_list(book, summary.by_target_group, names);

    // II.6 and the dossier: qualifying people in Vietnamese name order; at the province, grouped
    // by district (sector union) in the units' order, each group under its heading.
    auto& people = data.lists["ca_nhan"];
    std::vector<const PersonResult*> qualifying;
    for (const PersonResult& person : review.people)
        if (person.qualifies)
            qualifying.push_back(&person);
    // A person's district: their unit when it is one; for someone proposed by their CĐCS, the
    // district the initiatives place that CĐCS under. Grouped by the district's key, in the units'
    // order (districts not in the list after them, as first met), under the list's spelling.
    struct District
    {
        std::string name;
        std::size_t order = 0;
    };
    std::map<std::string, District> districts; // key → how it is named and placed
    std::map<std::string, std::string> district_of_grassroots;
    if (settings.province_level)
    {
        for (const UnionResult& unit : review.unions)
            districts.try_emplace(unit.key, District{unit.name, districts.size()});
        for (const Initiative& initiative : book.initiatives)
            if (!initiative.grassroots_unit.empty())
                district_of_grassroots.try_emplace(matching_key(initiative.grassroots_unit, {true, true}), initiative.unit);
    }
    const auto district_of = [&](const PersonResult& person) -> const District& {
        std::string name = person.unit;
        if (!districts.count(person.unit_key))
            if (const auto it = district_of_grassroots.find(person.unit_key); it != district_of_grassroots.end())
                name = it->second;
        const std::string key = matching_key(name, {true, true});
        return districts.try_emplace(key, District{name, districts.size()}).first->second;
    };
    std::vector<std::pair<const PersonResult*, const District*>> listed; // in name order, then by district
    for (const PersonResult* person : qualifying)
        listed.emplace_back(person, settings.province_level ? &district_of(*person) : nullptr);
    if (settings.province_level)
        std::stable_sort(listed.begin(), listed.end(),
                         [](const auto& a, const auto& b) { return a.second->order < b.second->order; });
    for (const auto& [qualifying_person, placed] : listed)
    {
        const PersonResult& person = *qualifying_person;
        const std::string district = placed ? placed->name : person.unit;
        if (settings.province_level
            && (people.empty() || std::get<std::string>(people.back().at("nhom").value) != district))
        {
            auto& groups = data.groups["ca_nhan"];
            groups.push_back({people.size(), std::to_string(groups.size() + 1) + ". "
                                                 + (district.empty() ? doc_text("doc.no_unit") : district)});
        }
        FillRecord record;
        record["stt"] = number_field(static_cast<std::int64_t>(people.size() + 1));
        record["ho_ten"] = text_field(person.name);
        record["chuc_vu"] = text_field(person.position);
        // At the province the unit is the district: the person's own CĐCS is what the list names.
        record["don_vi"] = text_field(settings.province_level ? grassroots_units(book, person) : person.unit);
        record["nhom"] = text_field(district);
        std::string titles, documents;
        for (const std::size_t index : person.initiatives)
        {
            const Initiative& initiative = book.initiatives[index];
            titles += (titles.empty() ? "" : "; ") + initiative.title;
            if (const std::string recognition = recognition_text(initiative); !recognition.empty())
                documents += (documents.empty() ? "" : "; ") + recognition;
        }
        // Proposed for a contribution only: the contribution where the initiatives go, and no
        // value rather than "0".
        const bool contribution_only = !person.author_ground && person.total_value == 0;
        if (titles.empty() && person.contribution_ground)
            titles = person.support_team ? doc_format("doc.support_team", {person.contribution})
                                         : doc_format("doc.contribution", {person.contribution});
        record["sang_kien"] = text_field(titles);
        record["van_ban"] = text_field(documents.empty() && contribution_only ? std::string(kNoFigure) : documents);
        record["gia_tri"] = contribution_only ? text_field(std::string(kNoFigure)) : amount_field(person.total_value);
        record["can_cu"] = text_field(doc_text(person.author_ground && person.contribution_ground ? "doc.ground.both"
                                               : person.author_ground                           ? "doc.ground.author"
                                                                                                : "doc.ground.contribution"));
        record["thanh_tich"] = text_field(person_sentence(book, person));
        record["hinh_thuc"] = text_field(settings.award_form);
        // The Báo cáo thành tích's facts: each initiative on a line, then the contribution.
        std::string lines;
        std::size_t number = 0;
        for (const std::size_t index : person.initiatives)
            lines += (lines.empty() ? "" : "\n") + initiative_line(++number, book.initiatives[index], false);
        if (person.contribution_ground)
            lines += (lines.empty() ? "" : "\n")
                     + (person.support_team ? doc_format("doc.support_team", {person.contribution})
                                            : doc_format("doc.contribution", {person.contribution}));
        record["sang_kien_ds"] = text_field(lines.empty() ? std::string(kNoFigure) : lines);
        record["tong_gia_tri"] = text_field(value_in_figures_and_words(contribution_only ? 0 : person.total_value));
        record["ghi_chu"] = text_field(person.support_team ? doc_text("doc.support_team_note") : "");
        people.push_back(std::move(record));
    }
    f["so_tap_the_de_nghi"] = number_field(static_cast<std::int64_t>(collectives.size()));
    f["so_ca_nhan_de_nghi"] = number_field(static_cast<std::int64_t>(people.size()));
    f["tong_de_nghi"] = number_field(static_cast<std::int64_t>(collectives.size() + people.size()));

    // Every nominee, collectives first (Tóm tắt thành tích, Giấy khen).
    auto& nominees = data.lists["de_nghi"];
    for (const auto& collective : collectives)
        nominees.push_back({{"ten", collective.at("ten")},
                            {"loai", text_field(doc_text("doc.collective"))},
                            {"chuc_vu_don_vi", text_field("")},
                            {"don_vi", text_field("")},
                            {"thanh_tich", collective.at("thanh_tich")},
                            {"hinh_thuc", text_field(settings.award_form)}});
    for (const auto& person : people)
    {
        const std::string position = std::get<std::string>(person.at("chuc_vu").value);
        const std::string unit = std::get<std::string>(person.at("don_vi").value);
        nominees.push_back({{"ten", person.at("ho_ten")},
                            {"loai", text_field(doc_text("doc.individual"))},
                            {"chuc_vu_don_vi", text_field(position.empty() ? unit : unit.empty() ? position : position + " – " + unit)},
                            {"don_vi", text_field(unit)},
                            {"thanh_tich", person.at("thanh_tich")},
                            {"hinh_thuc", text_field(settings.award_form)}});
    }
    for (std::size_t i = 0; i < nominees.size(); ++i)
        nominees[i]["stt"] = number_field(static_cast<std::int64_t>(i + 1));

    // Narrative sections from the Nhận xét sheet, or a marked prompt.
    for (const char* item : {"I.1", "I.2", "II.2", "II.3", "II.4", "II.5", "III.1", "III.2", "III.3", "III.4"})
    {
        std::string name = "nx_";
        for (const char c : std::string(item))
            if (c != '.')
                name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const auto it = book.comments.find(item);
        if (it != book.comments.end() && !it->second.empty())
            f[name] = text_field(it->second);
        else
            f[name] = FillField{FieldValue(doc_format("doc.prompt.narrative", {item})), true};
    }
    return data;
}

const std::vector<DocumentInfo>& document_catalogue()
{
    static const std::vector<DocumentInfo> catalogue{
        {DocumentKind::report, "BaoCaoTongKet", "BC"},   {DocumentKind::proposal, "ToTrinh", "TTr"},
        {DocumentKind::minutes, "BienBan", "BB"},        {DocumentKind::achievements, "TomTatThanhTich", ""},
        {DocumentKind::collective_report, "BaoCaoThanhTichTapThe", ""},
        {DocumentKind::individual_report, "BaoCaoThanhTichCaNhan", ""},
        {DocumentKind::decision, "QuyetDinh", "QĐ"},     {DocumentKind::certificates, "GiayKhen", ""}};
    return catalogue;
}

std::string template_name(const DocumentInfo& info, const FillData& data)
{
    if (info.kind == DocumentKind::certificates)
        if (const auto stock = data.conditions.find("phoi_in_san"); stock != data.conditions.end() && stock->second)
            return kStockCertificateTemplate;
    return info.file;
}

std::vector<DocumentInfo> dossier_documents()
{
    std::vector<DocumentInfo> documents;
    for (const auto& info : document_catalogue())
        if (info.kind != DocumentKind::report)
            documents.push_back(info);
    return documents;
}

} // namespace sangkien::core
