#include "commands.hxx"

#include <stdexcept>
#include <string>

namespace sangkien::uno {

bool is_known_command(std::string_view path)
{
    return path == "About" || path == "Check" || path == "Review" || path == "ReviewDialog" || path == "NewWorkbook"
           || path == "Normalise" || path == "NormaliseDialog" || path == "Settings" || path == "Report"
           || path == "Dossier" || path == "DossierDialog" || path == "Merge" || path == "MergeDialog";
}

namespace {

std::string percent_decoded(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i)
    {
        if (text[i] == '%' && i + 2 < text.size() + 0 && std::isxdigit(static_cast<unsigned char>(text[i + 1]))
            && std::isxdigit(static_cast<unsigned char>(text[i + 2])))
        {
            out += static_cast<char>(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        }
        else
            out += text[i];
    }
    return out;
}

} // namespace

std::pair<std::string, std::map<std::string, std::string>> split_command(std::string_view text)
{
    const auto question = text.find('?');
    std::pair<std::string, std::map<std::string, std::string>> result{std::string(text.substr(0, question)), {}};
    if (question == std::string_view::npos)
        return result;
    std::string_view rest = text.substr(question + 1);
    while (!rest.empty())
    {
        const auto amp = rest.find('&');
        const std::string_view pair = rest.substr(0, amp);
        const auto equals = pair.find('=');
        if (equals != std::string_view::npos)
            result.second[percent_decoded(pair.substr(0, equals))] = percent_decoded(pair.substr(equals + 1));
        rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
    }
    return result;
}

com::sun::star::uno::Any run_command(std::string_view path, const CommandContext& context)
{
    if (path == "About")
        return com::sun::star::uno::Any(show_about_dialog(context));
    if (path == "NewWorkbook")
        return com::sun::star::uno::Any(new_workbook(context));
    if (path == "ReviewDialog")
        return com::sun::star::uno::Any(review_with_dialog(context));
    if (path == "Review")
        return com::sun::star::uno::Any(review_workbook(context));
    if (path == "NormaliseDialog")
        return com::sun::star::uno::Any(normalise_with_dialog(context));
    if (path == "Normalise")
        return com::sun::star::uno::Any(normalise_workbook(context));
    if (path == "Report")
        return com::sun::star::uno::Any(make_report(context));
    if (path == "Dossier")
        return com::sun::star::uno::Any(make_dossier(context));
    if (path == "DossierDialog")
        return com::sun::star::uno::Any(dossier_with_dialog(context));
    if (path == "Settings")
        return com::sun::star::uno::Any(open_settings(context));
    if (path == "Merge")
        return com::sun::star::uno::Any(merge_workbooks(context));
    if (path == "MergeDialog")
        return com::sun::star::uno::Any(merge_with_dialog(context));
    if (path == "Check")
        return com::sun::star::uno::Any(check_workbook(context));
    throw std::invalid_argument("unknown command " + std::string(path));
}

} // namespace sangkien::uno
