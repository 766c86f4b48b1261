#include "commands/help.hxx"

#include <array>
#include <string_view>

#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/awt/KeyEvent.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>

#include "calc/ui_language.hxx"
#include "sangkien/uno_common/ustring.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

constexpr std::array<std::string_view, 9> kPages{"index",    "review",   "documents", "normalise", "merge",
                                                 "settings", "criteria", "functions", "templates"};

} // namespace

void open_help(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& page)
{
    const bool known = std::find(kPages.begin(), kPages.end(), page) != kPages.end();
    const char* language = office_ui_language(context) == core::Language::english ? "en" : "vi";
    const std::string url =
        extension_file_url(context, "userhelp/" + std::string(language) + "/" + (known ? page : std::string("index")) + ".html");
    css::uno::Sequence<beans::PropertyValue> arguments(1);
    arguments[0].Name = ascii("ReadOnly");
    arguments[0].Value <<= true;
    frame::Desktop::create(context)->loadComponentFromURL(to_ustring(url), ascii("_blank"), 0,
                                                          arguments);
}

rtl::OUString show_help(const CommandContext& context)
{
    open_help(context.component_context, context.arguments.page.empty() ? std::string("index") : context.arguments.page);
    return to_ustring(std::string(core::text(office_ui_language(context.component_context), "help.opened")));
}

void SAL_CALL HelpButtonListener::actionPerformed(const awt::ActionEvent&)
{
    try
    {
        open_help(context_, page_);
    }
    catch (...)
    {
        // No help is no reason to disturb the dialog.
    }
}

sal_Bool SAL_CALL HelpKeyHandler::keyPressed(const awt::KeyEvent& event)
{
    if (event.KeyCode != awt::Key::F1)
        return false;
    try
    {
        open_help(context_, page_);
    }
    catch (...)
    {
    }
    return true; // ours: LibreOffice's own help is not asked
}

sal_Bool SAL_CALL HelpKeyHandler::keyReleased(const awt::KeyEvent& event)
{
    return event.KeyCode == awt::Key::F1;
}

} // namespace sangkien::uno
