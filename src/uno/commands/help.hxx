// The extension's own help: one Writer document per language (docs/help/<vi|en>/help.fodt,
// packaged as userhelp/<vi|en>/help.fodt), every page of it a heading with a bookmark named after
// the page, linked to the others with "#page" links that Writer follows inside the document. Opened
// read-only in the UI language at the page asked for, in the window already showing it if there is
// one — no browser, no network, no LibreOffice help package. Pages: index, review, documents,
// normalise, merge, settings, criteria, functions, templates.
#pragma once

#include <string>

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XKeyHandler.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ustring.hxx>

#include "commands/commands.hxx"

namespace sangkien::uno {

// Opens the help at a page; an unknown page opens the contents.
void open_help(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& page);

// vn.sangkien:Help?page=review — the menu's "Trợ giúp Sáng kiến" (the contents without a page).
rtl::OUString show_help(const CommandContext& context);

// F1 opens `page` as long as `window` (the options page) is shown, and stops listening when the
// window goes. LibreOffice's Options dialog sends its own Help button and F1 to LibreOffice's help,
// which knows nothing of an extension's page.
void follow_f1_while_shown(const css::uno::Reference<css::uno::XComponentContext>& context,
                           const css::uno::Reference<css::awt::XWindow>& window, const std::string& page);

// The Help button of a dialog.
class HelpButtonListener : public cppu::WeakImplHelper1<css::awt::XActionListener>
{
public:
    HelpButtonListener(css::uno::Reference<css::uno::XComponentContext> context, std::string page)
        : context_(std::move(context)), page_(std::move(page))
    {
    }
    void SAL_CALL actionPerformed(const css::awt::ActionEvent&) override;
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
    std::string page_;
};

// F1 while one of our dialogs is open opens its page (LibreOffice's own F1 would look for its
// help, which does not know our dialogs).
class HelpKeyHandler : public cppu::WeakImplHelper1<css::awt::XKeyHandler>
{
public:
    HelpKeyHandler(css::uno::Reference<css::uno::XComponentContext> context, std::string page)
        : context_(std::move(context)), page_(std::move(page))
    {
    }
    sal_Bool SAL_CALL keyPressed(const css::awt::KeyEvent& event) override;
    sal_Bool SAL_CALL keyReleased(const css::awt::KeyEvent& event) override;
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
    std::string page_;
};

} // namespace sangkien::uno
