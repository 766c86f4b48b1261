#include "commands/help.hxx"

#include <algorithm>
#include <array>
#include <string_view>

#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/awt/KeyEvent.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XExtendedToolkit.hpp>
#include <com/sun/star/awt/XTopWindow.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XFramesSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <cppuhelper/implbase1.hxx>

#include "calc/ui_language.hxx"
#include "sangkien/uno_common/ustring.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

constexpr std::array<std::string_view, 10> kPages{"index",    "review",   "documents", "normalise", "merge",
                                                  "feedback", "settings", "criteria", "functions", "templates"};

std::string known_page(const std::string& page)
{
    return std::find(kPages.begin(), kPages.end(), page) != kPages.end() ? page : std::string("index");
}

// The help document of the UI language, inside the installed extension.
rtl::OUString help_document_url(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    const char* language = office_ui_language(context) == core::Language::english ? "en" : "vi";
    return to_ustring(extension_file_url(context, "userhelp/" + std::string(language) + "/help.fodt"));
}

// The window already showing the help document, if there is one.
css::uno::Reference<frame::XFrame> frame_showing(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                 const rtl::OUString& url)
{
    const css::uno::Reference<frame::XFramesSupplier> desktop(frame::Desktop::create(context), css::uno::UNO_QUERY_THROW);
    const css::uno::Reference<container::XIndexAccess> frames(desktop->getFrames(), css::uno::UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < frames->getCount(); ++i)
    {
        css::uno::Reference<frame::XFrame> frame;
        frames->getByIndex(i) >>= frame;
        const auto controller = frame.is() ? frame->getController() : nullptr;
        const auto model = controller.is() ? controller->getModel() : nullptr;
        if (model.is() && model->getURL() == url)
            return frame;
    }
    return {};
}

// A document just loaded is laid out roughly at first, the pages out of sight finished while the
// office is idle: a jump to a later page would land where that page stood before (seen: Cài đặt a
// page lower once the pages above it were finished, the page above it at the top of the window).
// Tools ▸ Update ▸ Page Formatting finishes every page first.
void lay_out_whole(const css::uno::Reference<css::uno::XComponentContext>& context,
                   const css::uno::Reference<frame::XFrame>& frame)
{
    frame::DispatchHelper::create(context)->executeDispatch(
        css::uno::Reference<frame::XDispatchProvider>(frame, css::uno::UNO_QUERY_THROW), ascii(".uno:Repaginate"), ascii(""), 0,
        {});
}

// Read-only (the document says so too), no macros: it is ours, inside the installed extension.
css::uno::Reference<frame::XFrame> load_help(const css::uno::Reference<css::uno::XComponentContext>& context,
                                             const rtl::OUString& url)
{
    css::uno::Sequence<beans::PropertyValue> arguments(2);
    arguments[0].Name = ascii("ReadOnly");
    arguments[0].Value <<= true;
    arguments[1].Name = ascii("MacroExecutionMode");
    arguments[1].Value <<= document::MacroExecMode::NEVER_EXECUTE;
    const css::uno::Reference<frame::XModel> model(
        frame::Desktop::create(context)->loadComponentFromURL(url, ascii("_blank"), 0, arguments), css::uno::UNO_QUERY_THROW);
    const auto frame = model->getCurrentController()->getFrame();
    lay_out_whole(context, frame);
    return frame;
}

// What a click on a "#page" link does: the page's heading at the top of the window.
void jump_to(const css::uno::Reference<css::uno::XComponentContext>& context, const css::uno::Reference<frame::XFrame>& frame,
             const std::string& page)
{
    css::uno::Sequence<beans::PropertyValue> arguments(1);
    arguments[0].Name = ascii("Bookmark");
    arguments[0].Value <<= to_ustring(page);
    frame::DispatchHelper::create(context)->executeDispatch(
        css::uno::Reference<frame::XDispatchProvider>(frame, css::uno::UNO_QUERY_THROW), ascii(".uno:JumpToMark"),
        ascii(""), 0, arguments);
}

void bring_to_front(const css::uno::Reference<frame::XFrame>& frame)
{
    const auto window = frame->getContainerWindow();
    if (!window.is())
        return;
    window->setVisible(true);
    if (const css::uno::Reference<awt::XTopWindow> top(window, css::uno::UNO_QUERY); top.is())
        top->toFront();
    frame->activate();
}

// F1 for an options page: ours while the page shows, given back when it goes. It holds the toolkit
// it listens to (a toolkit that goes away takes its key handlers with it); the page's window going
// ends both.
class PageHelpKeys : public cppu::WeakImplHelper1<awt::XKeyHandler>
{
public:
    PageHelpKeys(css::uno::Reference<css::uno::XComponentContext> context, css::uno::Reference<awt::XExtendedToolkit> toolkit,
                 css::uno::Reference<awt::XWindow2> window, std::string page)
        : context_(std::move(context)), toolkit_(std::move(toolkit)), window_(std::move(window)), page_(std::move(page))
    {
    }

    sal_Bool SAL_CALL keyPressed(const awt::KeyEvent& event) override
    {
        if (event.KeyCode != awt::Key::F1 || !shown())
            return false;
        try
        {
            open_help(context_, page_);
        }
        catch (...)
        {
        }
        return true;
    }
    sal_Bool SAL_CALL keyReleased(const awt::KeyEvent& event) override { return event.KeyCode == awt::Key::F1 && shown(); }

    // The page's window is gone with the Options dialog, or the toolkit with the office.
    void SAL_CALL disposing(const lang::EventObject&) override
    {
        const auto toolkit = std::move(toolkit_);
        window_.clear();
        try
        {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
            if (toolkit.is())
                toolkit->removeKeyHandler(this);
#pragma GCC diagnostic pop
        }
        catch (...)
        {
        }
    }

private:
    bool shown() const
    {
        try
        {
            return window_.is() && window_->isVisible();
        }
        catch (...)
        {
            return false; // disposed
        }
    }

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<awt::XExtendedToolkit> toolkit_;
    css::uno::Reference<awt::XWindow2> window_;
    std::string page_;
};

} // namespace

void open_help(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& page)
{
    const rtl::OUString url = help_document_url(context);
    css::uno::Reference<frame::XFrame> frame = frame_showing(context, url);
    if (!frame.is())
        frame = load_help(context, url);
    jump_to(context, frame, known_page(page));
    bring_to_front(frame);
}

rtl::OUString show_help(const CommandContext& context)
{
    open_help(context.component_context, context.arguments.page.empty() ? std::string("index") : context.arguments.page);
    return to_ustring(std::string(core::text(office_ui_language(context.component_context), "help.opened")));
}

void follow_f1_while_shown(const css::uno::Reference<css::uno::XComponentContext>& context,
                           const css::uno::Reference<awt::XWindow>& window, const std::string& page)
{
    const css::uno::Reference<awt::XExtendedToolkit> toolkit(awt::Toolkit::create(context), css::uno::UNO_QUERY_THROW);
    const css::uno::Reference<awt::XKeyHandler> keys(
        new PageHelpKeys(context, toolkit, css::uno::Reference<awt::XWindow2>(window, css::uno::UNO_QUERY_THROW), page));
    window->addEventListener(css::uno::Reference<lang::XEventListener>(keys.get()));
    // The one way to take F1 before LibreOffice's own help does (key listeners only listen);
    // UNOIDL marks it deprecated, with no replacement.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    toolkit->addKeyHandler(keys);
#pragma GCC diagnostic pop
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
