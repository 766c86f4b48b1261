#include "core/features/workbook_template.hxx"

#include "core/workbook/info_rows.hxx"

#include "core/rules/criteria_settings.hxx"

namespace sangkien::core {

namespace {

Cell t(const char* text)
{
    return Cell(std::string(text));
}

Cell t(const std::string& text)
{
    return Cell(text);
}

// A Thông tin row for a criterion: its label and the plan's value, as the settings table writes them.
Row criterion_row(CriterionKey key)
{
    return {Cell(std::string(criterion_setting(key).sheet_label)), Cell(criterion_text(key, Criteria{}))};
}

Cell date(int year, int month, int day)
{
    return Cell(static_cast<double>(to_serial(Date{year, month, day})));
}

const std::vector<std::string> kYesNo{"Có", "Không"};

TemplateColumn col(const char* heading, ColumnFormat format, int width, std::vector<std::string> choices = {},
                   bool strict = true)
{
    return TemplateColumn{heading, format, width, std::move(choices), strict};
}

} // namespace

std::vector<TemplateSheet> workbook_template()
{
    using F = ColumnFormat;
    std::vector<TemplateSheet> sheets;

    sheets.push_back(TemplateSheet{
        "Sáng kiến",
        {col("STT", F::integer, 5),
         col("Mã sáng kiến", F::text, 12),
         col("Tên sáng kiến", F::text, 40),
         col("Tác giả", F::text, 28),
         col("Chức vụ, nghề nghiệp", F::text, 18),
         col("Đơn vị (CĐCS)", F::text, 28),
         col("Khối", F::text, 20,
          {"Hành chính sự nghiệp", "Doanh nghiệp nhà nước", "Ngoài nhà nước", "Xã, phường, thị trấn", "Trường học"}),
         col("Nhóm đối tượng", F::text, 18,
          {"Công nhân", "Viên chức", "Người lao động", "Cán bộ, công chức", "Cán bộ công đoàn"}),
         col("Loại giải pháp", F::text, 22,
          {"Giải pháp kỹ thuật", "Giải pháp quản lý", "Giải pháp tác nghiệp", "Ứng dụng tiến bộ kỹ thuật",
           "Đề tài nghiên cứu khoa học"}),
         col("Lĩnh vực", F::text, 20,
          {"Giáo dục", "Y tế", "Cải cách hành chính", "Sản xuất kinh doanh", "An toàn vệ sinh lao động",
           "Hoạt động công đoàn"},
          false),
         col("Ngày cập nhật lên hệ thống", F::date, 14),
         col("Trạng thái", F::text, 14, {"Hợp lệ", "Chờ duyệt", "Không hợp lệ"}),
         col("Giá trị làm lợi (đồng)", F::money, 18),
         col("Giá trị xã hội, nhân văn", F::text, 16, kYesNo, false),
         col("Số văn bản công nhận sáng kiến", F::text, 16),
         col("Ngày văn bản công nhận sáng kiến", F::date, 14),
         col("Số văn bản công nhận giá trị làm lợi", F::text, 16),
         col("Ngày văn bản công nhận giá trị làm lợi", F::date, 14),
         col("Ghi chú", F::text, 24)},
        {{Cell(1.0), t("SK000001"), t("Cải tiến quy trình tiếp nhận hồ sơ một cửa"), t("Nguyễn Văn An, Trần Thị Bình"),
          t("Công chức"), t("UBND xã Phước Minh"), t("Xã, phường, thị trấn"), t("Cán bộ, công chức"),
          t("Giải pháp quản lý"), t("Cải cách hành chính"), date(2023, 3, 15), t("Hợp lệ"), Cell(520'000'000.0),
          t("Không"), t("12/QĐ-UBND"), date(2022, 5, 10), t("15/XN-UBND"), date(2022, 12, 1),
          t("Dòng ví dụ: xóa hoặc ghi đè")}}});

    sheets.push_back(TemplateSheet{"Công đoàn cơ sở",
                                   {col("STT", F::integer, 5),
                                    col("Tên công đoàn cơ sở", F::text, 36),
                                    col("Khối", F::text, 20, sheets[0].columns[6].choices),
                                    col("Số đoàn viên", F::integer, 12),
                                    col("Chỉ tiêu", F::integer, 10),
                                    col("TƯLĐTT, quy chế có nội dung sáng kiến", F::text, 18, kYesNo),
                                    col("Ghi chú", F::text, 24)},
                                   {{Cell(1.0), t("CĐCS UBND xã Phước Minh"), t("Xã, phường, thị trấn"), Cell(35.0),
                                     Cell(3.0), t("Có"), t("Dòng ví dụ")}}});

    sheets.push_back(TemplateSheet{"Cá nhân đề xuất",
                                   {col("STT", F::integer, 5),
                                    col("Họ và tên", F::text, 26),
                                    col("Chức vụ", F::text, 20),
                                    col("Đơn vị", F::text, 28),
                                    col("Thuộc Tổ hỗ trợ sáng kiến", F::text, 14, kYesNo),
                                    col("Nội dung đóng góp", F::text, 48)},
                                   {{Cell(1.0), t("Lê Thị Cúc"), t("Chủ tịch CĐCS"), t("UBND xã Phước Minh"), t("Không"),
                                     t("Hướng dẫn đoàn viên đăng ký và cập nhật sáng kiến lên hệ thống")}}});

    sheets.push_back(TemplateSheet{"Thông tin",
                                   {col("Mục", F::text, 34), col("Giá trị", F::text, 48)},
                                   {{t(info_label(InfoKey::level)), t("LĐLĐ huyện")},
                                    {t(info_label(InfoKey::superior)), t("LIÊN ĐOÀN LAO ĐỘNG TỈNH")},
                                    {t(info_label(InfoKey::unit_name)), t("LIÊN ĐOÀN LAO ĐỘNG HUYỆN")},
                                    {t(info_label(InfoKey::place)), Cell{}},
                                    {t(info_label(InfoKey::report_number)), Cell{}},
                                    {t(info_label(InfoKey::submission_number)), Cell{}},
                                    {t(info_label(InfoKey::minutes_number)), Cell{}},
                                    {t(info_label(InfoKey::decision_number)), Cell{}},
                                    {t(info_label(InfoKey::date)), Cell{}},
                                    {t(info_label(InfoKey::authority)), t("TM. BAN THƯỜNG VỤ")},
                                    {t(info_label(InfoKey::signer_title)), t("CHỦ TỊCH")},
                                    {t(info_label(InfoKey::signer_name)), Cell{}},
                                    {t(info_label(InfoKey::addressee)), Cell{}},
                                    {t(info_label(InfoKey::recipients)), Cell{}},
                                    {t(info_label(InfoKey::grounds)), Cell{}},
                                    {t(info_label(InfoKey::certificate_stock)), t("Không")}}});
    for (const CriterionSetting& setting : criterion_settings())
        if (setting.written)
            sheets.back().rows.push_back(criterion_row(setting.key));

    sheets.push_back(TemplateSheet{"Nhận xét",
                                   {col("Mục", F::text, 10), col("Nội dung", F::text, 90)},
                                   {{t("I.1"), Cell{}},
                                    {t("I.2"), Cell{}},
                                    {t("II.2"), Cell{}},
                                    {t("II.3"), Cell{}},
                                    {t("II.5"), Cell{}},
                                    {t("III.1"), Cell{}},
                                    {t("III.2"), Cell{}},
                                    {t("III.3"), Cell{}},
                                    {t("III.4"), Cell{}}}});
    return sheets;
}

WorkbookInput template_input(const std::vector<TemplateSheet>& sheets)
{
    WorkbookInput input;
    for (const auto& sheet : sheets)
    {
        Sheet out{sheet.name, {}};
        Row heading;
        for (const auto& column : sheet.columns)
            heading.push_back(Cell(column.heading));
        out.rows.push_back(std::move(heading));
        for (const auto& row : sheet.rows)
            out.rows.push_back(row);
        input.sheets.push_back(std::move(out));
    }
    return input;
}

} // namespace sangkien::core
