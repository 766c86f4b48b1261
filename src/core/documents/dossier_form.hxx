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

// "ToTrinh,BienBan" → those documents; empty → every dossier document; unknown names are skipped.
std::vector<DocumentInfo> dossier_selection(const std::string& names);

} // namespace sangkien::core
