#include "sangkien/core/criteria_settings.hxx"

#include <algorithm>

#include "sangkien/core/date.hxx"
#include "sangkien/core/format.hxx"
#include "sangkien/core/money.hxx"
#include "sangkien/core/text.hxx"

namespace sangkien::core {

const std::vector<CriterionSetting>& criterion_settings()
{
    static const std::vector<CriterionSetting> table{
        {CriterionKey::period_start, {"tu ngay", "thoi gian tu ngay", "bat dau"}, "Từ ngày", "review.period_start",
         "setting.bad_date", &UserOptions::period_start, &ReviewForm::period_start},
        {CriterionKey::period_end, {"den ngay", "thoi gian den ngay", "ket thuc"}, "Đến ngày", "review.period_end",
         "setting.bad_date", &UserOptions::period_end, &ReviewForm::period_end},
        {CriterionKey::cutoff, {"han cap nhat", "han cap nhat len he thong", "moc cap nhat"}, "Hạn cập nhật", "review.cutoff",
         "setting.bad_date", &UserOptions::cutoff, &ReviewForm::cutoff},
        {CriterionKey::threshold, {"nguong gia tri lam loi", "nguong gia tri", "gia tri lam loi toi thieu"},
         "Ngưỡng giá trị làm lợi", "review.threshold", "setting.bad_threshold", &UserOptions::threshold, &ReviewForm::threshold},
        {CriterionKey::grounds, {"ket hop tieu chi ca nhan", "ket hop hai tieu chi", "cach ket hop tieu chi"},
         "Kết hợp tiêu chí cá nhân", "review.combination", "setting.bad_combination", nullptr, nullptr},
        {CriterionKey::province_top, {"so de xuat len tinh", "so luong de xuat len tinh", "so sang kien de xuat"},
         "Số đề xuất lên tỉnh", "review.province_top", "setting.bad_number", nullptr, nullptr, false},
    };
    return table;
}

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

Date* date_of(CriterionKey key, Criteria& criteria)
{
    switch (key)
    {
    case CriterionKey::period_start: return &criteria.period_start;
    case CriterionKey::period_end: return &criteria.period_end;
    case CriterionKey::cutoff: return &criteria.cutoff;
    default: return nullptr;
    }
}

} // namespace

bool read_criterion(CriterionKey key, std::string_view text, Criteria& criteria)
{
    if (Date* target = date_of(key, criteria))
    {
        const DateValue date = parse_date(text);
        if (date.kind != DateKind::date)
            return false;
        *target = date.date;
        return true;
    }
    switch (key)
    {
    case CriterionKey::threshold:
    {
        const Money money = parse_money(text);
        if (money.kind != MoneyKind::vnd || money.dong <= 0)
            return false;
        criteria.threshold = money.dong;
        return true;
    }
    case CriterionKey::grounds:
    {
        const std::string word = matching_key(text);
        if (word != "va" && word != "and" && word != "hoac" && word != "or")
            return false;
        criteria.grounds_and = word == "va" || word == "and";
        return true;
    }
    case CriterionKey::province_top:
    {
        const Money count = parse_money(text);
        if (count.kind != MoneyKind::vnd || count.dong < 0 || count.dong >= 100'000)
            return false;
        criteria.province_top = static_cast<int>(count.dong);
        return true;
    }
    default: return false;
    }
}

std::string criterion_text(CriterionKey key, const Criteria& criteria)
{
    Criteria copy = criteria;
    if (const Date* date = date_of(key, copy))
        return date_text(*date);
    switch (key)
    {
    case CriterionKey::threshold: return format_vnd(criteria.threshold, false);
    case CriterionKey::grounds: return criteria.grounds_and ? "Và" : "Hoặc";
    case CriterionKey::province_top: return std::to_string(criteria.province_top);
    default: return {};
    }
}

std::string criterion_problem(CriterionKey key, std::string_view text, Language language)
{
    const std::string value(text);
    Criteria probe;
    if (date_of(key, probe))
        return format(language, "form.bad_date", {std::string(core::text(language, criterion_setting(key).label_key)), value});
    if (key == CriterionKey::threshold)
        return format(language, "form.bad_threshold", {value});
    return format(language, criterion_setting(key).sheet_problem_key, {value});
}

} // namespace sangkien::core
