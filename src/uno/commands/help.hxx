// The extension's own help (docs/help, packaged as userhelp/<vi|en>/<page>.html): opened read-only
// in Writer/Web in the UI language, so it works with or without LibreOffice's local help and
// without a browser. Pages: index, review, documents, normalise, merge, settings, criteria,
// functions, templates.
#pragma once

#include <string>

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XKeyHandler.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ustring.hxx>

#include "commands/commands.hxx"

namespace sangkien::uno {

// Opens a help page; an unknown page opens the contents.
void open_help(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& page);

// vn.sangkien:Help?page=review — the menu's "Trợ giúp Sáng kiến" (the contents without a page).
rtl::OUString show_help(const CommandContext& context);

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
