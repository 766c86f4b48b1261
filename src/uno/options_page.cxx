#include "options_page.hxx"

#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <cppuhelper/supportsservice.hxx>

#include "ui_language.hxx"
#include "user_settings.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

rtl::OUString ascii(const char* text)
{
    return rtl::OUString::createFromAscii(text);
}

css::uno::Reference<beans::XPropertySet> model_of(const css::uno::Reference<awt::XControlContainer>& controls,
                                                  const char* name)
{
    const auto control = controls->getControl(ascii(name));
    if (!control.is())
        throw css::uno::RuntimeException(ascii("options page control missing"));
    return css::uno::Reference<beans::XPropertySet>(control->getModel(), css::uno::UNO_QUERY_THROW);
}

// The text fields of the page and the settings they show.
template <typename Visit>
void each_field(core::UserOptions& options, Visit visit)
{
    visit("UnitName", options.unit_name);
    visit("SuperiorName", options.superior_name);
    visit("Place", options.place);
    visit("SignerName", options.signer_name);
    visit("SignerTitle", options.signer_title);
    visit("PeriodStart", options.period_start);
    visit("PeriodEnd", options.period_end);
    visit("Cutoff", options.cutoff);
    visit("Threshold", options.threshold);
    visit("OutputFolder", options.output_folder);
    visit("Formats", options.formats);
    visit("TemplateFolder", options.template_folder);
}

sal_Int16 selected(const css::uno::Reference<awt::XControlContainer>& controls, const char* name)
{
    css::uno::Sequence<sal_Int16> items;
    model_of(controls, name)->getPropertyValue(ascii("SelectedItems")) >>= items;
    return items.getLength() > 0 ? items[0] : 0;
}

void select(const css::uno::Reference<awt::XControlContainer>& controls, const char* name, sal_Int16 item)
{
    css::uno::Sequence<sal_Int16> items(1);
    items[0] = item;
    model_of(controls, name)->setPropertyValue(ascii("SelectedItems"), css::uno::Any(items));
}

void load(const css::uno::Reference<awt::XControlContainer>& controls, core::UserOptions options)
{
    each_field(options, [&](const char* name, std::string& value) {
        model_of(controls, name)->setPropertyValue(ascii("Text"), css::uno::Any(to_ustring(value)));
    });
    select(controls, "Level", options.district_level ? 0 : 1);
    select(controls, "Combination", options.grounds_and ? 1 : 0);
    model_of(controls, "Problems")->setPropertyValue(ascii("Label"), css::uno::Any(rtl::OUString()));
}

core::UserOptions read_page(const css::uno::Reference<awt::XControlContainer>& controls)
{
    core::UserOptions options;
    each_field(options, [&](const char* name, std::string& value) {
        rtl::OUString text;
        model_of(controls, name)->getPropertyValue(ascii("Text")) >>= text;
        value = to_utf8(text);
    });
    options.district_level = selected(controls, "Level") == 0;
    options.grounds_and = selected(controls, "Combination") == 1;
    return options;
}

void warn(const css::uno::Reference<awt::XWindow>& window, const std::string& message)
{
    const css::uno::Reference<awt::XWindowPeer> peer(window, css::uno::UNO_QUERY);
    const css::uno::Reference<awt::XMessageBoxFactory> factory(peer.is() ? peer->getToolkit() : nullptr, css::uno::UNO_QUERY);
    if (factory.is())
        factory->createMessageBox(peer, awt::MessageBoxType_WARNINGBOX, 1, ascii("Sáng kiến"), to_ustring(message))
            ->execute();
}

} // namespace

rtl::OUString OptionsHandler::implementation_name()
{
    return ascii("vn.sangkien.OptionsHandler");
}

css::uno::Sequence<rtl::OUString> OptionsHandler::service_names()
{
    css::uno::Sequence<rtl::OUString> names(1);
    names[0] = ascii("vn.sangkien.OptionsHandler");
    return names;
}

css::uno::Reference<css::uno::XInterface> SAL_CALL
OptionsHandler::create(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new OptionsHandler(context));
}

sal_Bool SAL_CALL OptionsHandler::callHandlerMethod(const css::uno::Reference<awt::XWindow>& window,
                                                    const css::uno::Any& event, const rtl::OUString& method)
{
    if (method != "external_event")
        return false;
    try
    {
        rtl::OUString what;
        event >>= what;
        const css::uno::Reference<awt::XControlContainer> controls(window, css::uno::UNO_QUERY_THROW);
        if (what == "initialize" || what == "back")
        {
            load(controls, read_user_options(context_));
            return true;
        }
        if (what == "ok")
        {
            const core::Language language = office_ui_language(context_);
            core::UserOptions edited = read_page(controls);
            const auto problems = core::options_problems(edited, language);
            if (!problems.empty())
            {
                // What cannot be read is not stored: those settings keep their earlier values.
                edited = core::keep_readable(edited, read_user_options(context_));
                std::string message;
                for (const auto& problem : problems)
                    message += (message.empty() ? "" : "\n") + problem;
                warn(window, core::format(language, "options.not_saved", {message}));
            }
            write_user_options(context_, edited);
            return true;
        }
    }
    catch (const css::uno::Exception&)
    {
        // The options dialog must go on; the settings keep their earlier values.
    }
    catch (const std::exception&)
    {
    }
    return false;
}

css::uno::Sequence<rtl::OUString> SAL_CALL OptionsHandler::getSupportedMethodNames()
{
    css::uno::Sequence<rtl::OUString> names(1);
    names[0] = ascii("external_event");
    return names;
}

rtl::OUString SAL_CALL OptionsHandler::getImplementationName()
{
    return implementation_name();
}

sal_Bool SAL_CALL OptionsHandler::supportsService(const rtl::OUString& name)
{
    return cppu::supportsService(this, name);
}

css::uno::Sequence<rtl::OUString> SAL_CALL OptionsHandler::getSupportedServiceNames()
{
    return service_names();
}

} // namespace sangkien::uno
