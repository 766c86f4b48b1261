#include "commands/protocol_handler.hxx"

#include "core/forms/click_guard.hxx"

#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <cppuhelper/supportsservice.hxx>

#include "commands/commands.hxx"
#include "dialogs/dialog_controls.hxx"
#include "core/text/messages.hxx"
#include "sangkien/version.hxx"
#include "calc/ui_language.hxx"
#include "sangkien/uno_common/ustring.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

// The command and its arguments: what follows the protocol in the complete URL.
std::pair<std::string, uno_common::CommandArguments> command_of(const util::URL& url)
{
    const std::string complete = to_utf8(url.Complete);
    const std::string protocol = kProtocol;
    if (complete.rfind(protocol, 0) != 0)
        return {};
    return uno_common::command_from_url(std::string_view(complete).substr(protocol.size()));
}

bool is_ours(const util::URL& url)
{
    return url.Protocol == ascii(kProtocol) && is_known_command(command_of(url).first);
}

void show_error(const css::uno::Reference<frame::XFrame>& frame, const rtl::OUString& message)
{
    if (frame.is())
        show_message(frame->getContainerWindow(), awt::MessageBoxType_ERRORBOX, to_utf8(message));
}

} // namespace

ProtocolHandler::ProtocolHandler(const css::uno::Reference<css::uno::XComponentContext>& context) : context_(context) {}

rtl::OUString ProtocolHandler::implementation_name()
{
    return ascii("vn.sangkien.ProtocolHandler");
}

css::uno::Sequence<rtl::OUString> ProtocolHandler::service_names()
{
    css::uno::Sequence<rtl::OUString> names(1);
    names[0] = ascii("com.sun.star.frame.ProtocolHandler");
    return names;
}

css::uno::Reference<css::uno::XInterface> SAL_CALL ProtocolHandler::create(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new ProtocolHandler(context));
}

void SAL_CALL ProtocolHandler::initialize(const css::uno::Sequence<css::uno::Any>& arguments)
{
    if (arguments.getLength() > 0)
        arguments[0] >>= frame_;
}

css::uno::Reference<frame::XDispatch> SAL_CALL ProtocolHandler::queryDispatch(const util::URL& url, const rtl::OUString&, sal_Int32)
{
    try
    {
        if (is_ours(url))
            return this;
    }
    catch (...)
    {
    }
    return {};
}

css::uno::Sequence<css::uno::Reference<frame::XDispatch>> SAL_CALL
ProtocolHandler::queryDispatches(const css::uno::Sequence<frame::DispatchDescriptor>& requests)
{
    css::uno::Sequence<css::uno::Reference<frame::XDispatch>> dispatches(requests.getLength());
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
        dispatches[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
    return dispatches;
}

bool ProtocolHandler::run(const util::URL& url, const css::uno::Sequence<beans::PropertyValue>& properties, css::uno::Any& result)
{
    const core::Language language = office_ui_language(context_);
    try
    {
        auto [path, arguments] = command_of(url);
        CommandContext context{context_, frame_, std::move(arguments), {}};
        for (const auto& property : properties)
            if (property.Name == "StatusIndicator")
                property.Value >>= context.indicator;
        result = run_command(path, context);
        return true;
    }
    catch (const UserError& e)
    {
        result <<= to_ustring(e.what());
    }
    catch (...)
    {
        result <<= to_ustring(internal_error(language, std::current_exception()));
    }
    // The user sees why; an API caller gets the same sentence as the result.
    rtl::OUString message;
    result >>= message;
    show_error(frame_, message);
    return false;
}

namespace {

// One guard for the whole office: our commands run on its main thread, one at a time.
core::ClickGuard& click_guard()
{
    static core::ClickGuard guard;
    return guard;
}

} // namespace

void SAL_CALL ProtocolHandler::dispatch(const util::URL& url, const css::uno::Sequence<beans::PropertyValue>& properties)
{
    // The user's click (menu, toolbar): a second click while a command runs, or the second of a
    // double click, does nothing. Callers waiting for a result (dispatchWithNotification) always
    // run, and so does Stop, which is for while a command runs.
    const std::string command = to_utf8(url.Path);
    if (command == "Stop")
    {
        css::uno::Any ignored;
        run(url, properties, ignored);
        return;
    }
    if (!click_guard().start(command, core::ClickGuard::Clock::now()))
        return;
    struct Finish
    {
        const std::string& command;
        ~Finish() { click_guard().finished(command, core::ClickGuard::Clock::now()); }
    } finish{command};
    css::uno::Any ignored;
    run(url, properties, ignored);
}

void SAL_CALL ProtocolHandler::dispatchWithNotification(const util::URL& url, const css::uno::Sequence<beans::PropertyValue>& properties,
                                                        const css::uno::Reference<frame::XDispatchResultListener>& listener)
{
    css::uno::Any result;
    const bool ok = run(url, properties, result);
    if (!listener.is())
        return;
    try
    {
        listener->dispatchFinished(frame::DispatchResultEvent(
            static_cast<cppu::OWeakObject*>(this),
            ok ? frame::DispatchResultState::SUCCESS : frame::DispatchResultState::FAILURE, result));
    }
    catch (...)
    {
        // A listener that went away must not take the office down.
    }
}

void SAL_CALL ProtocolHandler::addStatusListener(const css::uno::Reference<frame::XStatusListener>& listener, const util::URL& url)
{
    if (!listener.is())
        return;
    try
    {
        frame::FeatureStateEvent state;
        state.Source = static_cast<cppu::OWeakObject*>(this);
        state.FeatureURL = url;
        state.IsEnabled = is_ours(url);
        listener->statusChanged(state);
    }
    catch (...)
    {
    }
}

void SAL_CALL ProtocolHandler::removeStatusListener(const css::uno::Reference<frame::XStatusListener>&, const util::URL&) {}

rtl::OUString SAL_CALL ProtocolHandler::getImplementationName()
{
    return implementation_name();
}

sal_Bool SAL_CALL ProtocolHandler::supportsService(const rtl::OUString& name)
{
    return cppu::supportsService(this, name);
}

css::uno::Sequence<rtl::OUString> SAL_CALL ProtocolHandler::getSupportedServiceNames()
{
    return service_names();
}

} // namespace sangkien::uno
