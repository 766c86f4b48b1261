#include "commands.hxx"

#include <stdexcept>
#include <string>

namespace sangkien::uno {

bool is_known_command(std::string_view path)
{
    return path == "About";
}

com::sun::star::uno::Any run_command(std::string_view path, const CommandContext& context)
{
    if (path == "About")
        return com::sun::star::uno::Any(show_about_dialog(context));
    throw std::invalid_argument("unknown command " + std::string(path));
}

} // namespace sangkien::uno
