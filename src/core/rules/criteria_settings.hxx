// Each criterion a clerk can set, described once: its kind of value and where it lives in
// Criteria, the rows of the Thông tin sheet that set it, the label the dialogs and messages give
// it, the setting and the control that hold it, and what is said when it cannot be read. The Thông
// tin reader (resolve_criteria, hence every command, the functions and the documents), the settings
// page and its configuration, the review dialog and a merge's Thông tin all loop over this table, so
// a criterion is read, shown and written the same way everywhere.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/messages.hxx"
#include "core/rules/rules.hxx"

namespace sangkien::core {

// How a criterion's text is read and written: a date ("31/8/2023"), an amount of đồng
// ("500.000.000"), a choice of two ("Hoặc"/"Và", shown as a drop-down), a whole count ("10").
enum class CriterionKind { date, amount, choice, count };

struct CriterionSetting
{
    CriterionKey key;
    CriterionKind kind;
    std::vector<std::string_view> sheet_labels; // Thông tin labels as matching keys ("han cap nhat", …)
    std::string_view sheet_label;                // as a Thông tin sheet we write names it ("Hạn cập nhật")
    std::string_view label_key;                  // its name in the dialogs and messages ("review.cutoff")
    std::string_view sheet_problem_key;          // an unreadable Thông tin value ("setting.bad_date")
    // The configuration property of the settings page (extension/config/Settings.xcs; a choice is
    // stored as a boolean, the others as the text typed) and the control that shows it on the
    // settings page and in the review dialog; empty: not a setting of the user's.
    std::string_view setting_name;
    std::string_view control_name;
    // Its field in the documents' templates ("{{han_cap_nhat}}", docs/templates.md); empty: none.
    // A choice is written in words: `choice_words` are the message keys of "no" and "yes".
    std::string_view template_field;
    std::array<std::string_view, 2> choice_words{};
    // Written in the Thông tin sheets we make (the blank workbook, the sample, a merge's from the
    // settings); Số đề xuất lên tỉnh is not: it belongs to a district's settings only.
    bool written = true;
    // Its value in Criteria: the member of its kind.
    Date Criteria::*date = nullptr;
    std::int64_t Criteria::*amount = nullptr;
    bool Criteria::*choice = nullptr;
    int Criteria::*count = nullptr;
};

const std::vector<CriterionSetting>& criterion_settings();
const CriterionSetting& criterion_setting(CriterionKey key);

// Reads `text` into the criterion's field of `criteria`; false (nothing changed) when it cannot be
// read: a date that is not one, an amount that is not a positive sum of đồng, a choice that is
// neither "hoặc" nor "và", a count that is not a whole number.
bool read_criterion(CriterionKey key, std::string_view text, Criteria& criteria);

// The value as our texts write it: "31/8/2023", "500.000.000", "Hoặc"/"Và", "10".
std::string criterion_text(CriterionKey key, const Criteria& criteria);

// A choice as its drop-down shows it (0: the plan's "Hoặc", 1: "Và") and back, for the dialogs.
bool choice_of_text(std::string_view text);
std::string text_of_choice(bool chosen);

// "Hạn cập nhật: "31/2/2023" không phải là ngày …" — a text of the page or the dialog that cannot
// be read, naming its field.
std::string criterion_problem(CriterionKey key, std::string_view text, Language language);

// The issues that say a criterion's setting was replaced — a Thông tin value or a setting that
// cannot be read, a period that ends before it starts — so that the results print the caveat with
// their figures; and the criterion such an issue is about (none for a period, which is two).
// resolve_criteria's issues carry the criterion's label key as their second argument.
bool replaces_a_setting(const Issue& issue);
std::optional<CriterionKey> criterion_of_issue(const Issue& issue);

// The criteria as a clerk types them (the settings page, the review dialog): a text per criterion
// of the table; empty, the value comes from elsewhere (the plan's, Thông tin's).
class CriterionTexts
{
public:
    std::string& operator[](CriterionKey key) { return texts_[key]; }
    const std::string& operator[](CriterionKey key) const;
    bool operator==(const CriterionTexts&) const = default;

private:
    std::map<CriterionKey, std::string> texts_;
};

// Where a criterion's value came from: the plan, the user's settings, the workbook's Thông tin.
enum class CriterionSource { plan, settings, sheet };

// The criteria a command judges by, decided in one place: Thông tin over the user's settings over
// the plan's values. `issues`: the Thông tin values that cannot be read (kept at the value below
// them) and a period that ends before it starts (the defaults' period) — the issues of the workbook
// (Lỗi dữ liệu) that a command adds once.
struct ResolvedCriteria
{
    Criteria criteria;
    std::map<CriterionKey, CriterionSource> sources; // the plan's where none is named
    std::vector<Issue> issues;

    CriterionSource source(CriterionKey key) const;
};

// Thông tin of `book` over `defaults` (the settings' criteria and sources, or the plan's). A
// period that ends before it starts — the sheet's two dates, or one of them against the defaults'
// other — falls back to the defaults' period; `defaults_final`: the defaults are the user's
// settings (a command, a dialog), so one date against the other of them is said too (where only the
// plan's are known, the settings may still move it: only the sheet's own reversed dates are said).
ResolvedCriteria resolve_criteria(const Workbook& book, const ResolvedCriteria& defaults = {}, bool defaults_final = false);
ResolvedCriteria resolve_criteria(const Workbook& book, const Criteria& defaults, bool defaults_final = false);

} // namespace sangkien::core
