// What the Writer documents say (SPEC §5, domain/PLAN.md, DOSSIER.md, FORMAT.md), as the fields,
// lists and conditions of the fill language (template_fill.hxx): the header and signature from the
// Thông tin sheet over the user's settings, the figures of section II.1, the breakdowns, the
// per-CĐCS table, the typical initiatives of II.4, the award results of II.6 and the dossier's
// lists. Every figure comes from the review; nothing here knows about Writer.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/rules/aggregate.hxx"
#include "core/documents/template_fill.hxx"
#include "core/forms/user_options.hxx"

namespace sangkien::core {

// The header, the number, the date line and the signature block of a document.
struct DocumentSettings
{
    bool district_level = true;        // LĐLĐ huyện or tỉnh (TM. BAN THƯỜNG VỤ) or a CĐCS (TM. BAN CHẤP HÀNH)
    bool province_level = false;       // LĐLĐ tỉnh: the units are its districts and sector unions
    std::string superior;              // LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH
    std::string issuer;                // LIÊN ĐOÀN LAO ĐỘNG HUYỆN DƯƠNG MINH CHÂU
    std::string issuer_name;           // Liên đoàn Lao động huyện Dương Minh Châu (in running text)
    std::string place;                 // Huyện Dương Minh Châu
    std::map<std::string, std::string> numbers; // by type code (BC, TTr, BB, QĐ): as typed on Thông tin
    std::string issuer_code;           // LĐLĐ (from a full number, else by level)
    std::optional<Date> date;          // empty: today
    std::string authority;             // TM. BAN THƯỜNG VỤ
    std::string signer_title;          // PHÓ CHỦ TỊCH
    std::string signer_name;
    std::string addressee;             // Kính gửi
    std::vector<std::string> grounds;  // Căn cứ lines
    std::vector<std::string> recipients; // Nơi nhận lines, without the "- " and final punctuation
    std::string award_form = "Giấy khen";
    bool certificate_stock = false;    // Giấy khen printed on pre-printed stock: text only, placed for it
};

// A unit's name for running text: as typed when it has lower-case letters, else rebuilt from
// capitals ("LIÊN ĐOÀN LAO ĐỘNG HUYỆN DƯƠNG MINH CHÂU" → "Liên đoàn Lao động huyện Dương Minh
// Châu"; words without vowels such as THCS, TNHH stay capitals).
std::string name_in_text(const std::string& name);

// The Thông tin sheet's values over the options page's, over the level's defaults.
DocumentSettings document_settings(const Workbook& book, const UserOptions& options);

// Everything every document template can use; `today` dates documents whose date is not set.
FillData document_data(const Workbook& book, const Review& review, const Summary& summary,
                       const DocumentSettings& settings, const Date& today, Language language);

// The documents the extension makes, by file name (without extension) and kind.
// The Báo cáo thành tích are one document per kind of nominee, each nominee on pages of their own:
// one file to check and print rather than thousands, each page signed by its own nominee.
enum class DocumentKind { report, proposal, minutes, achievements, collective_report, individual_report, decision, certificates };
struct DocumentInfo
{
    DocumentKind kind;
    const char* file;       // "BaoCaoTongKet"
    const char* type_code;  // "BC" (for the number), empty when the document has none
};
const std::vector<DocumentInfo>& document_catalogue();

// The Writer template a document is filled from (without ".ott"): its own, or for the Giấy khen
// on pre-printed stock (FillData's condition "phoi_in_san") GiayKhenPhoi: the text alone, placed
// for the stock, without the title and border the stock carries.
std::string template_name(const DocumentInfo& info, const FillData& data);
inline constexpr const char* kStockCertificateTemplate = "GiayKhenPhoi";
std::vector<DocumentInfo> dossier_documents();

} // namespace sangkien::core
