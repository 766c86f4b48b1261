#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/lang/XComponent.hpp>

#include "commands/commands.hxx"
#include "dialogs/dialog_controls.hxx"
#include "core/text/messages.hxx"
#include "sangkien/version.hxx"
#include "calc/ui_language.hxx"
#include "sangkien/uno_common/ustring.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

void set_model_property(const css::uno::Reference<awt::XControlContainer>& controls, const char* control,
                        const char* property, const css::uno::Any& value)
{
    const css::uno::Reference<awt::XControl> found = controls->getControl(ascii(control));
    if (!found.is())
        return;
    const css::uno::Reference<beans::XPropertySet> model(found->getModel(), css::uno::UNO_QUERY_THROW);
    model->setPropertyValue(ascii(property), value);
}

// The title as the window shows it, after the string resources resolved "&about.title" (the
// model keeps the key; the peer holds the text).
rtl::OUString shown_title(const css::uno::Reference<awt::XDialog>& dialog)
{
    const css::uno::Reference<awt::XControl> control(dialog, css::uno::UNO_QUERY);
    const css::uno::Reference<awt::XDialog> peer(control.is() ? control->getPeer() : nullptr, css::uno::UNO_QUERY);
    return peer.is() ? peer->getTitle() : dialog->getTitle();
}

} // namespace

std::string extension_file_url(const css::uno::Reference<css::uno::XComponentContext>& context, std::string_view path)
{
    const auto information = deployment::PackageInformationProvider::get(context);
    const std::string location = to_utf8(information->getPackageLocation(to_ustring(kExtensionId)));
    if (location.empty())
        return std::string("vnd.sun.star.extension://") + kExtensionId + "/" + std::string(path);
    return location + "/" + std::string(path);
}

rtl::OUString show_about_dialog(const CommandContext& context)
{
    const ExtensionDialog window(context.component_context, "dialogs/About.xdl");
    const auto& dialog = window.dialog();
    const core::Language language = office_ui_language(context.component_context);
    const auto controls = window.controls();
    set_model_property(controls, "VersionLabel", "Label",
                       css::uno::Any(to_ustring(core::format(language, "about.version", {kVersion}))));
    set_model_property(controls, "Icon", "ImageURL", css::uno::Any(to_ustring(extension_file_url(context.component_context, "icons/sangkien_42.png"))));
    const rtl::OUString title = shown_title(dialog);
    window.run();
    return title;
}

} // namespace sangkien::uno
