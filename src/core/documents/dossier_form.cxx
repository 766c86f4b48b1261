#include "core/documents/dossier_form.hxx"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "core/text/format.hxx"
#include "core/text/text.hxx"

namespace sangkien::core {

DossierForm make_dossier_form(const UserOptions& options)
{
    DossierForm form;
    form.documents.assign(dossier_documents().size(), true);
    const auto chosen = output_formats(options.formats);
    for (const char* format : kDossierFormats)
        form.formats.push_back(std::find(chosen.begin(), chosen.end(), std::string(format)) != chosen.end());
    form.folder = options.output_folder;
    return form;
}

DossierChoice read_dossier_form(const DossierForm& form, Language language)
{
    DossierChoice choice;
    const auto all = dossier_documents();
    for (std::size_t i = 0; i < all.size() && i < form.documents.size(); ++i)
        if (form.documents[i])
            choice.documents.push_back(all[i]);
    for (std::size_t i = 0; i < std::size(kDossierFormats) && i < form.formats.size(); ++i)
        if (form.formats[i])
            choice.formats.emplace_back(kDossierFormats[i]);
    choice.folder = collapse_spaces(form.folder);
    if (choice.documents.empty())
        choice.problems.emplace_back(text(language, "dossier.no_document"));
    if (choice.formats.empty())
        choice.problems.emplace_back(text(language, "dossier.no_format"));
    if (choice.folder.empty())
        choice.problems.emplace_back(text(language, "dossier.no_folder"));
    else if (const FolderState state = folder_state(choice.folder); state == FolderState::invalid)
        choice.problems.push_back(format(language, "dossier.bad_folder", {choice.folder}));
    else
        choice.folder_missing = state == FolderState::can_create;
    return choice;
}


std::vector<DocumentInfo> dossier_selection(const std::string& names)
{
    const auto all = dossier_documents();
    if (collapse_spaces(names).empty())
        return all;
    std::vector<DocumentInfo> chosen;
    std::istringstream list(names);
    for (std::string name; std::getline(list, name, ',');)
    {
        const std::string key = matching_key(name);
        for (const auto& info : all)
            if (matching_key(info.file) == key)
                chosen.push_back(info);
    }
    return chosen;
}

std::string dossier_stopped_headline(std::size_t stored, std::size_t total, Language language)
{
    if (stored == 0)
        return std::string(text(language, "document.stopped_none"));
    return format(language, "document.stopped",
                  {format_count(static_cast<std::int64_t>(stored), language), format_count(static_cast<std::int64_t>(total), language)});
}

std::string dossier_not_made(const std::vector<DocumentInfo>& chosen, std::size_t made, Language language)
{
    std::string names;
    for (std::size_t i = made; i < chosen.size(); ++i)
        names += (names.empty() ? "" : ", ") + std::string(text(language, "document.title." + std::string(chosen[i].file)));
    return names.empty() ? std::string() : format(language, "document.not_made", {names});
}

} // namespace sangkien::core
