// vn.sangkien:Settings — "Cài đặt…": the office's Options dialog, opened at the extension's own
// page (Tools ▸ Options ▸ Sáng kiến ▸ Cài đặt), so that the settings live where LibreOffice users
// look for them and are stored in the extension's configuration.
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>

#include "commands/commands.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

rtl::OUString open_settings(const CommandContext& context)
{
    // The Options dialog knows extension pages by their expanded URL: the installed file.
    const rtl::OUString page = to_ustring(extension_file_url(context.component_context, "dialogs/Options.xdl"));
    css::uno::Sequence<beans::PropertyValue> arguments(1);
    arguments[0].Name = ascii("OptionsPageURL");
    arguments[0].Value <<= page;
    const css::uno::Reference<frame::XDispatchProvider> provider(context.frame, css::uno::UNO_QUERY_THROW);
    frame::DispatchHelper::create(context.component_context)
        ->executeDispatch(provider, ascii(".uno:OptionsTreeDialog"), rtl::OUString(), 0, arguments);
    return page;
}

} // namespace sangkien::uno
