// "Tạo hồ sơ khen thưởng…": which documents, in which formats, into which folder — the dialog's
// logic over plain structs (tested without the dialog).
#pragma once

#include <string>
#include <vector>

#include "core/documents/document_data.hxx"
#include "core/forms/user_options.hxx"

namespace sangkien::core {

inline const char* const kDossierFormats[] = {"odt", "docx", "pdf"};

struct DossierForm
{
    std::vector<bool> documents; // parallel to dossier_documents()
    std::vector<bool> formats;   // parallel to kDossierFormats
    std::string folder;          // a system path
};

// Every document ticked; the formats and folder of the options page.
DossierForm make_dossier_form(const UserOptions& options);

struct DossierChoice
{
    std::vector<DocumentInfo> documents;
    std::vector<std::string> formats;
    std::string folder;
    std::vector<std::string> problems; // nothing chosen, no format, no folder or one that cannot be
    bool folder_missing = false;       // a full path to a folder not made yet: offer to create it
};


DossierChoice read_dossier_form(const DossierForm& form, Language language);

// A dossier stopped before its end (Dừng): how many of the `total` documents were stored ("Đã
// dừng theo yêu cầu: đã lưu 3/7 văn bản."), and those of `chosen` not made after the first
// `made` ("Chưa lập: Báo cáo thành tích của cá nhân, …"; empty when all were made).
std::string dossier_stopped_headline(std::size_t stored, std::size_t total, Language language);
std::string dossier_not_made(const std::vector<DocumentInfo>& chosen, std::size_t made, Language language);

// "ToTrinh,BienBan" → those documents; empty → every dossier document; unknown names are skipped.
std::vector<DocumentInfo> dossier_selection(const std::string& names);

} // namespace sangkien::core
