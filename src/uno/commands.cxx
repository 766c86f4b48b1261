#include "commands.hxx"

#include <stdexcept>
#include <string>

namespace sangkien::uno {

bool is_known_command(std::string_view path)
{
    return path == "About" || path == "Check" || path == "Review" || path == "ReviewDialog" || path == "NewWorkbook"
           || path == "Normalise" || path == "NormaliseDialog" || path == "Settings";
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
    if (path == "Settings")
        return com::sun::star::uno::Any(open_settings(context));
    if (path == "Check")
        return com::sun::star::uno::Any(check_workbook(context));
    throw std::invalid_argument("unknown command " + std::string(path));
}

} // namespace sangkien::uno
