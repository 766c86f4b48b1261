#include "core/workbook/info_rows.hxx"

#include <algorithm>

namespace sangkien::core {

const std::vector<InfoRow>& info_rows()
{
    static const std::vector<InfoRow> rows{
        {InfoKey::level, "Cấp báo cáo", {"cap bao cao", "cap"}},
        {InfoKey::superior, "Cơ quan cấp trên", {"co quan cap tren", "cap tren"}},
        {InfoKey::unit_name, "Tên đơn vị", {"ten don vi", "don vi", "co quan ban hanh"}},
        {InfoKey::place, "Địa danh", {"dia danh", "noi ban hanh"}},
        {InfoKey::report_number, "Số văn bản", {"so van ban", "so bao cao"}},
        {InfoKey::submission_number, "Số tờ trình", {"so to trinh"}},
        {InfoKey::minutes_number, "Số biên bản", {"so bien ban"}},
        {InfoKey::decision_number, "Số quyết định", {"so quyet dinh"}},
        {InfoKey::date, "Ngày văn bản", {"ngay van ban", "ngay bao cao", "ngay"}},
        {InfoKey::authority, "Thẩm quyền ký", {"tham quyen ky", "tham quyen"}},
        {InfoKey::signer_title, "Chức vụ người ký", {"chuc vu nguoi ky", "chuc vu"}},
        {InfoKey::signer_name, "Người ký", {"nguoi ky", "ho ten nguoi ky"}},
        {InfoKey::addressee, "Kính gửi", {"kinh gui"}},
        {InfoKey::recipients, "Nơi nhận", {"noi nhan"}},
        {InfoKey::grounds, "Căn cứ", {"can cu"}},
        {InfoKey::certificate_stock, "Giấy khen in trên phôi", {"giay khen in tren phoi", "in tren phoi", "phoi giay khen"}},
        {InfoKey::award_form, "Hình thức khen thưởng", {"hinh thuc khen thuong", "hinh thuc"}},
        {InfoKey::quota, "Chỉ tiêu", {"chi tieu", "chi tieu duoc giao", "tong chi tieu"}},
        {InfoKey::feedback_deadline, "Hạn gửi lại", {"han gui lai", "han gui lai so", "han nop lai", "han bo sung", "han gui bo sung"}},
    };
    return rows;
}

const InfoRow& info_row(InfoKey key)
{
    const auto& rows = info_rows();
    return *std::find_if(rows.begin(), rows.end(), [key](const InfoRow& row) { return row.key == key; });
}

std::string info_label(InfoKey key)
{
    return std::string(info_row(key).label);
}

const std::string* info_value(const Workbook& book, InfoKey key)
{
    for (const auto label : info_row(key).read_as)
        if (const auto it = book.settings.find(std::string(label)); it != book.settings.end() && !it->second.empty())
            return &it->second;
    return nullptr;
}

} // namespace sangkien::core
