#include "core/rules/criteria_settings.hxx"

#include <algorithm>

#include "core/text/date.hxx"
#include "core/text/format.hxx"
#include "core/text/money.hxx"
#include "core/text/text.hxx"

namespace sangkien::core {

// Rows name only what they have (designated initializers); GCC 12 still warns of the rest.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif
const std::vector<CriterionSetting>& criterion_settings()
{
    using K = CriterionKind;
    static const std::vector<CriterionSetting> table{
        {.key = CriterionKey::period_start, .kind = K::date, .sheet_labels = {"tu ngay", "thoi gian tu ngay", "bat dau"},
         .sheet_label = "Từ ngày", .label_key = "review.period_start", .sheet_problem_key = "setting.bad_date",
         .setting_name = "PeriodStart", .control_name = "PeriodStart", .template_field = "tu_ngay", .date = &Criteria::period_start},
        {.key = CriterionKey::period_end, .kind = K::date, .sheet_labels = {"den ngay", "thoi gian den ngay", "ket thuc"},
         .sheet_label = "Đến ngày", .label_key = "review.period_end", .sheet_problem_key = "setting.bad_date",
         .setting_name = "PeriodEnd", .control_name = "PeriodEnd", .template_field = "den_ngay", .date = &Criteria::period_end},
        {.key = CriterionKey::cutoff, .kind = K::date, .sheet_labels = {"han cap nhat", "han cap nhat len he thong", "moc cap nhat"},
         .sheet_label = "Hạn cập nhật", .label_key = "review.cutoff", .sheet_problem_key = "setting.bad_date",
         .setting_name = "Cutoff", .control_name = "Cutoff", .template_field = "han_cap_nhat", .date = &Criteria::cutoff},
        {.key = CriterionKey::threshold, .kind = K::amount,
         .sheet_labels = {"nguong gia tri lam loi", "nguong gia tri", "gia tri lam loi toi thieu"},
         .sheet_label = "Ngưỡng giá trị làm lợi", .label_key = "review.threshold", .sheet_problem_key = "setting.bad_threshold",
         .setting_name = "Threshold", .control_name = "Threshold", .template_field = "nguong", .amount = &Criteria::threshold},
        {.key = CriterionKey::grounds, .kind = K::choice,
         .sheet_labels = {"ket hop tieu chi ca nhan", "ket hop hai tieu chi", "cach ket hop tieu chi"},
         .sheet_label = "Kết hợp tiêu chí cá nhân", .label_key = "review.combination", .sheet_problem_key = "setting.bad_combination",
         .setting_name = "GroundsAnd", .control_name = "Combination", .template_field = "ket_hop",
         .choice_words = {"doc.grounds_or", "doc.grounds_and"}, .choice = &Criteria::grounds_and},
        {.key = CriterionKey::province_top, .kind = K::count,
         .sheet_labels = {"so de xuat len tinh", "so luong de xuat len tinh", "so sang kien de xuat"},
         .sheet_label = "Số đề xuất lên tỉnh", .label_key = "review.province_top", .sheet_problem_key = "setting.bad_number",
         .written = false, .count = &Criteria::province_top},
    };
    return table;
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

const CriterionSetting& criterion_setting(CriterionKey key)
{
    const auto& table = criterion_settings();
    return *std::find_if(table.begin(), table.end(), [key](const CriterionSetting& s) { return s.key == key; });
}

namespace {

std::string date_text(const Date& date)
{
    return std::to_string(date.day) + "/" + std::to_string(date.month) + "/" + std::to_string(date.year);
}

bool is_choice_word(const std::string& word)
{
    return word == "va" || word == "and" || word == "hoac" || word == "or";
}

} // namespace

bool choice_of_text(std::string_view text)
{
    const std::string word = matching_key(text);
    return word == "va" || word == "and";
}

std::string text_of_choice(bool chosen)
{
    return chosen ? "Và" : "Hoặc";
}

bool read_criterion(CriterionKey key, std::string_view text, Criteria& criteria)
{
    const CriterionSetting& setting = criterion_setting(key);
    switch (setting.kind)
    {
    case CriterionKind::date:
    {
        const DateValue date = parse_date(text);
        if (date.kind != DateKind::date)
            return false;
        criteria.*setting.date = date.date;
        return true;
    }
    case CriterionKind::amount:
    {
        const Money money = parse_money(text);
        if (money.kind != MoneyKind::vnd || money.dong <= 0)
            return false;
        criteria.*setting.amount = money.dong;
        return true;
    }
    case CriterionKind::choice:
        if (!is_choice_word(matching_key(text)))
            return false;
        criteria.*setting.choice = choice_of_text(text);
        return true;
    case CriterionKind::count:
    {
        const Money count = parse_money(text);
        if (count.kind != MoneyKind::vnd || count.dong < 0 || count.dong >= 100'000)
            return false;
        criteria.*setting.count = static_cast<int>(count.dong);
        return true;
    }
    }
    return false;
}

std::string criterion_text(CriterionKey key, const Criteria& criteria)
{
    const CriterionSetting& setting = criterion_setting(key);
    switch (setting.kind)
    {
    case CriterionKind::date: return date_text(criteria.*setting.date);
    case CriterionKind::amount: return format_vnd(criteria.*setting.amount, false);
    case CriterionKind::choice: return text_of_choice(criteria.*setting.choice);
    case CriterionKind::count: return std::to_string(criteria.*setting.count);
    }
    return {};
}

std::string criterion_problem(CriterionKey key, std::string_view text, Language language)
{
    const std::string value(text);
    const CriterionSetting& setting = criterion_setting(key);
    switch (setting.kind)
    {
    case CriterionKind::date:
        return format(language, "form.bad_date", {std::string(core::text(language, setting.label_key)), value});
    case CriterionKind::amount: return format(language, "form.bad_threshold", {value});
    default: return format(language, setting.sheet_problem_key, {value});
    }
}

bool replaces_a_setting(const Issue& issue)
{
    return issue.key.rfind("setting.", 0) == 0 || issue.key == "options.unreadable";
}

std::optional<CriterionKey> criterion_of_issue(const Issue& issue)
{
    if (!replaces_a_setting(issue) || issue.arguments.size() < 2)
        return std::nullopt;
    for (const CriterionSetting& setting : criterion_settings())
        if (issue.arguments[1] == setting.label_key)
            return setting.key;
    return std::nullopt;
}

const std::string& CriterionTexts::operator[](CriterionKey key) const
{
    static const std::string none;
    const auto it = texts_.find(key);
    return it == texts_.end() ? none : it->second;
}

CriterionSource ResolvedCriteria::source(CriterionKey key) const
{
    const auto it = sources.find(key);
    return it == sources.end() ? CriterionSource::plan : it->second;
}

ResolvedCriteria resolve_criteria(const Workbook& book, const ResolvedCriteria& defaults, bool defaults_final)
{
    ResolvedCriteria resolved{defaults.criteria, defaults.sources, {}};
    Criteria& criteria = resolved.criteria;
    const std::string sheet = book.sheet_names.count(SheetKind::settings) ? book.sheet_names.at(SheetKind::settings) : "";
    const Date default_start = criteria.period_start, default_end = criteria.period_end;
    bool start_given = false, end_given = false;
    for (const CriterionSetting& setting : criterion_settings())
    {
        const std::string* text = nullptr;
        for (const auto label : setting.sheet_labels)
            if (const auto it = book.settings.find(std::string(label)); it != book.settings.end() && !it->second.empty())
            {
                text = &it->second;
                break;
            }
        if (!text)
            continue;
        if (!read_criterion(setting.key, *text, criteria))
        {
            resolved.issues.push_back(Issue{sheet, 0, "", *text, std::string(setting.sheet_problem_key),
                                                  {*text, std::string(setting.label_key)}, true});
            continue;
        }
        resolved.sources[setting.key] = CriterionSource::sheet;
        start_given = start_given || setting.key == CriterionKey::period_start;
        end_given = end_given || setting.key == CriterionKey::period_end;
    }
    // A period that ends before it starts is no period, wherever its ends come from: the defaults'
    // period (the settings', else the plan's), and said — a sheet's own reversed dates when read, one
    // date of the sheet against the other of the settings where the settings are known (the
    // commands, the dialog), never against the plan's alone (the settings may move it).
    if ((start_given || end_given) && criteria.period_end < criteria.period_start)
    {
        if (start_given && end_given)
            resolved.issues.push_back(Issue{sheet, 0, "", "", "setting.period_reversed",
                                            {body_date(criteria.period_start), body_date(criteria.period_end)}, true});
        else if (defaults_final)
            resolved.issues.push_back(Issue{sheet, 0, "", "", "setting.period_reversed_default",
                                            {body_date(criteria.period_start), body_date(criteria.period_end),
                                             body_date(default_start), body_date(default_end)},
                                            true});
        criteria.period_start = default_start;
        criteria.period_end = default_end;
        for (const CriterionKey key : {CriterionKey::period_start, CriterionKey::period_end})
            resolved.sources[key] = defaults.source(key);
    }
    return resolved;
}

ResolvedCriteria resolve_criteria(const Workbook& book, const Criteria& defaults, bool defaults_final)
{
    ResolvedCriteria given;
    given.criteria = defaults;
    return resolve_criteria(book, given, defaults_final);
}

} // namespace sangkien::core
