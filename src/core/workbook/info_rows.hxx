// The rows of the Thông tin sheet other than the criteria (those are criteria_settings.hxx's), each
// described once: the label a sheet we write gives it, and the labels (as matching keys) it is read
// under. The blank workbook, the sample, a merge's Thông tin, the documents and the reader of the
// level all take their labels from here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/workbook/workbook.hxx"

namespace sangkien::core {

enum class InfoKey
{
    level,            // Cấp báo cáo
    superior,         // Cơ quan cấp trên
    unit_name,        // Tên đơn vị
    place,            // Địa danh
    report_number,    // Số văn bản (the report's)
    submission_number, // Số tờ trình
    minutes_number,   // Số biên bản
    decision_number,  // Số quyết định
    date,             // Ngày văn bản
    authority,        // Thẩm quyền ký
    signer_title,     // Chức vụ người ký
    signer_name,      // Người ký
    addressee,        // Kính gửi
    recipients,       // Nơi nhận
    grounds,          // Căn cứ
    certificate_stock, // Giấy khen in trên phôi
    award_form,       // Hình thức khen thưởng
    quota,            // Chỉ tiêu (a district's, from the province)
    feedback_deadline, // Hạn gửi lại (the corrected workbooks, after the feedback to each CĐCS)
};

struct InfoRow
{
    InfoKey key;
    std::string_view label;                  // as a sheet we write names it ("Thẩm quyền ký")
    std::vector<std::string_view> read_as;   // the labels it is read under, as matching keys
};

const std::vector<InfoRow>& info_rows();
const InfoRow& info_row(InfoKey key);

// The label a sheet we write gives the row.
std::string info_label(InfoKey key);

// The row's value in a workbook's Thông tin (the first label it is read under that has one);
// null when none does.
const std::string* info_value(const Workbook& book, InfoKey key);

} // namespace sangkien::core
