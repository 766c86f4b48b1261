// The user's own settings (Tools ▸ Options ▸ Sáng kiến ▸ Cài đặt), as the texts the options page
// shows and the configuration stores: the unit's details, the default criteria (used when a
// workbook has no Thông tin sheet, over the plan's values), the output folder and formats, and a
// folder of the user's own templates.
#pragma once

#include <string>
#include <vector>

#include "core/rules/criteria_settings.hxx"
#include "core/rules/rules.hxx"

namespace sangkien::core {

struct UserOptions
{
    // The unit
    std::string unit_name;      // "Liên đoàn Lao động huyện Dương Minh Châu"
    std::string superior_name;  // "Liên đoàn Lao động tỉnh Tây Ninh"
    std::string place;          // "Dương Minh Châu" (the date line)
    std::string signer_name;
    std::string signer_title;   // "Chủ tịch"
    bool district_level = true; // TM. BAN THƯỜNG VỤ (district) or TM. BAN CHẤP HÀNH (CĐCS)
    bool province_level = false; // with district_level: LĐLĐ tỉnh, whose units are its districts
    // Default criteria, as texts (the settings of criterion_settings()); empty: the plan's value
    CriterionTexts criteria;
    // Output
    std::string output_folder;
    std::string formats = "odt,pdf";
    std::string template_folder;
};

// The criteria the options give over the plan's values; a text that cannot be read (or a period
// that ends before it starts) keeps the plan's value and is named in `problems` (in `language`).
Criteria criteria_from_options(const UserOptions& options, Language language, std::vector<std::string>* problems = nullptr);

// The criteria a command judges `book` by (Thông tin over these settings over the plan), the
// source of each, and as issues of the workbook both the Thông tin values and the settings that
// cannot be read (a figure never silently rests on the plan's value) — see resolve_criteria in
// criteria_settings.hxx. Every command, the add-in and the review go through it.
ResolvedCriteria resolve_criteria(const Workbook& book, const UserOptions& options, Language language);

// The labels of the settings that cannot be read, in the page's order ("Hạn cập nhật", …): what
// the page names under its fields until they are corrected.
std::vector<std::string> unreadable_option_labels(const UserOptions& options, Language language);

// Problems with the texts of the options page, one sentence each (empty: all readable).
std::vector<std::string> options_problems(const UserOptions& options, Language language);

// A folder of the page that cannot be used: typed, but a file or a relative path
// (FolderState::invalid). A folder not made yet is none: OK offers to make it.
struct FolderProblem
{
    std::string label;    // "Thư mục lưu"
    std::string sentence; // "Thư mục lưu "/…/so.ods" không phải là thư mục: …"
};
std::vector<FolderProblem> folder_problems(const UserOptions& options, Language language);

// "odt,pdf" → the formats it names, of odt, pdf, docx; unknown names are problems.
std::vector<std::string> output_formats(const std::string& text, std::vector<std::string>* unknown = nullptr);

// What a folder text is: a folder, one that could be created (an absolute path whose nearest
// existing ancestor is a folder), or neither (relative, or a file is in the way).
enum class FolderState { exists, can_create, invalid };
FolderState folder_state(const std::string& path);

// "Thư mục … chưa có. Tạo thư mục này?" and the message when making it failed.
std::string create_folder_question(const std::string& path, Language language);

} // namespace sangkien::core
