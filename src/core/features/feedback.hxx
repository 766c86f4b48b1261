// Phản hồi cho CĐCS — feedback to each CĐCS (issue 28, item 1): after a review, each unit the
// review is about gets back a workbook of its own: its quota standing ("Đã có 5/8 sáng kiến hợp lệ,
// cần thêm 3"), its initiatives with verdict, reasons and what each still needs, and its data
// problems — each at its place in the unit's own workbook (the source file, sheet and row a merge
// kept, else the list's sheet and row) — with the reviewing unit's name and the deadline from
// Thông tin.
//
// A unit's file holds nothing of any other unit: an initiative goes to the unit it names, a
// problem to the unit whose initiative, CĐCS row or proposed person it is on, or — in a review of
// several workbooks — whose own workbook it is in (Workbook::unit_workbooks) when that workbook
// holds no other unit's initiatives. A problem that belongs to no single
// unit (Thông tin, a list as a whole shared by several) goes to none, and is counted so the clerk
// is told.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/documents/document_data.hxx"
#include "core/rules/result_sheets.hxx"

namespace sangkien::core {

struct FeedbackSettings
{
    std::string from;        // the reviewing unit ("Liên đoàn Lao động huyện Dương Minh Châu")
    std::string reviewed_on; // when the review ran, as said to the user ("6/12/2026")
    std::string deadline;    // Thông tin's Hạn gửi lại, as written; empty: none given
    std::string workbook;    // the reviewed workbook's file name: the file of rows that came from no other
};

// Where a row is in a unit's own workbook.
struct SourcePlace
{
    std::string file;  // empty: the reviewed workbook itself
    std::string sheet;
    std::size_t row = 0;
};

struct UnitFeedback
{
    std::size_t unit = 0;                  // index into Review::unions
    std::string file_name;                 // without extension, unique among the units: "PhanHoi_Truong-THCS-An-Binh"
    std::vector<std::size_t> initiatives;  // indexes into Workbook::initiatives, in the list's order
    std::vector<std::size_t> issues;       // indexes into Workbook::issues, in their order
};

struct Feedback
{
    std::vector<UnitFeedback> units;        // Review::unions' order
    std::vector<std::size_t> unplaced_issues; // problems of no single unit (indexes into Workbook::issues)
    std::size_t initiatives_without_unit = 0; // initiatives that name no unit: in no file
};

// Which initiatives and problems go to which unit. The workbook must be indexed (read_workbook
// does it).
Feedback plan_feedback(const Workbook& book, const Review& review);

// The sheets of one unit's file, in `language`: "Phản hồi" (to whom, from whom, the quota
// standing, the counts, the deadline, what to do), the unit's initiatives, its data problems.
std::vector<ResultSheet> feedback_sheets(const Workbook& book, const Review& review, const UnitFeedback& unit,
                                         const FeedbackSettings& settings, Language language);

// The quota standing of a unit: "Đã có 5/8 sáng kiến hợp lệ, cần thêm 3."
std::string quota_standing(const UnionResult& unit, Language language);

// What an initiative still needs for each reason it fails ("Bổ sung văn bản công nhận sáng kiến
// (số, ngày)"), one sentence each; empty for one that qualifies.
std::vector<std::string> initiative_needs(const InitiativeVerdict& verdict, const Initiative& initiative, const Criteria& criteria,
                                          Language language);

// Where an initiative's row is in its unit's own workbook.
SourcePlace source_place_of(const Workbook& book, const Initiative& initiative);

// The covering letter to a unit (CongVanPhanHoi.ott, a Công văn in the form of NĐ 30): the
// documents' header and signature fields (`documents`: document_data's, made once) with the unit's
// own — don_vi_nhan, the counts, chi_tieu_phan_hoi (its quota standing), han_gui_lai, tep_phan_hoi
// (`attached`: the feedback file it goes with), so_cong_van, and the condition can_sua (something
// to correct), and the date line of `date` (the day the letter is made, not the report's). Always
// in Vietnamese, as every document is.
inline constexpr const char* kFeedbackLetterTemplate = "CongVanPhanHoi";
FillData feedback_letter_data(const FillData& documents, const DocumentSettings& settings, const Workbook& book,
                              const Review& review, const UnitFeedback& unit, const FeedbackSettings& feedback,
                              const std::string& attached, const Date& date);

// The file name for a unit: "PhanHoi_" and its name without tones, words joined by "-".
std::string feedback_file_name(const std::string& unit_name);

} // namespace sangkien::core
