// vn.sangkien:NewWorkbook — "Sổ sáng kiến mới": a new, untitled workbook from the Calc template
// SoSangKien.ots (five sheets, headings, pick lists, formats, an example row). A copy in the
// user's own template folder (options page) is used instead of the bundled one.
#include <filesystem>
#include <optional>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <osl/file.hxx>

#include "commands/commands.hxx"
#include "calc/ui_language.hxx"
#include "calc/user_settings.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

constexpr char kTemplate[] = "SoSangKien.ots";

// The user's copy of a template as a file URL, when there is one.
std::optional<rtl::OUString> users_template(const css::uno::Reference<css::uno::XComponentContext>& context,
                                            std::string_view file_name)
{
    const std::string folder = read_user_options(context).template_folder;
    if (folder.empty())
        return std::nullopt;
    std::error_code error;
    const std::filesystem::path file = std::filesystem::path(folder) / std::string(file_name);
    if (!std::filesystem::is_regular_file(file, error))
        return std::nullopt;
    rtl::OUString url;
    if (osl::FileBase::getFileURLFromSystemPath(to_ustring(file.string()), url) != osl::FileBase::E_None)
        return std::nullopt;
    return url;
}

} // namespace

rtl::OUString template_url(const css::uno::Reference<css::uno::XComponentContext>& context, std::string_view file_name)
{
    if (auto own = users_template(context, file_name))
        return *own;
    return to_ustring(extension_file_url(context, "templates/" + std::string(file_name)));
}

rtl::OUString new_workbook(const CommandContext& context)
{
    const rtl::OUString url = template_url(context.component_context, kTemplate);
    css::uno::Sequence<beans::PropertyValue> arguments(2);
    arguments[0].Name = ascii("AsTemplate");
    arguments[0].Value <<= true;
    arguments[1].Name = ascii("MacroExecutionMode");
    arguments[1].Value <<= document::MacroExecMode::NEVER_EXECUTE;
    const auto component = frame::Desktop::create(context.component_context)
                               ->loadComponentFromURL(url, ascii("_blank"), 0, arguments);
    if (!component.is())
        throw UserError(core::format(office_ui_language(context.component_context), "new_workbook.failed",
                                     {to_utf8(url)}));
    return url;
}

} // namespace sangkien::uno
