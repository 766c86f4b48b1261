// Each criterion a clerk can set, described once: the rows of the Thông tin sheet that set it, the
// label the dialogs and messages give it, the text of the settings page and of the review dialog
// that hold it, how its text is read and written, and what is said when it cannot be read. The
// Thông tin reader (criteria_from_settings, hence the functions and the documents), the settings
// page (criteria_from_options), the review dialog (make/read_review_form) and a merge's Thông tin
// (settings_rows) all go through this table, so they read every criterion the same way.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sangkien/core/messages.hxx"
#include "sangkien/core/review_form.hxx"
#include "sangkien/core/rules.hxx"
#include "sangkien/core/user_options.hxx"

namespace sangkien::core {

enum class CriterionKey { period_start, period_end, cutoff, threshold, grounds, province_top };

struct CriterionSetting
{
    CriterionKey key;
    std::vector<std::string_view> sheet_labels; // Thông tin labels as matching keys ("han cap nhat", …)
    std::string_view sheet_label;                // as a Thông tin sheet we write names it ("Hạn cập nhật")
    std::string_view label_key;                  // its name in the dialogs and messages ("review.cutoff")
    std::string_view sheet_problem_key;          // an unreadable Thông tin value ("setting.bad_date")
    std::string UserOptions::*option = nullptr;  // the settings page's text; nullptr: a choice or none
    std::string ReviewForm::*form = nullptr;     // the review dialog's text; nullptr: a choice or none
    // Written in the Thông tin sheets we make (the blank workbook, the sample, a merge's from the
    // settings); Số đề xuất lên tỉnh is not: it belongs to a district's settings only.
    bool written = true;
};

const std::vector<CriterionSetting>& criterion_settings();
const CriterionSetting& criterion_setting(CriterionKey key);

// Reads `text` into the criterion's field of `criteria`; false (nothing changed) when it cannot be
// read: a date that is not one, an amount that is not a positive sum of đồng, a combination that
// is neither "hoặc" nor "và", a count that is not a whole number.
bool read_criterion(CriterionKey key, std::string_view text, Criteria& criteria);

// The value as our texts write it: "31/8/2023", "500.000.000", "Hoặc"/"Và", "10".
std::string criterion_text(CriterionKey key, const Criteria& criteria);

// "Hạn cập nhật: "31/2/2023" không phải là ngày …" — a text of the page or the dialog that cannot
// be read, naming its field.
std::string criterion_problem(CriterionKey key, std::string_view text, Language language);

} // namespace sangkien::core
