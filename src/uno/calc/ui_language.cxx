#include "calc/ui_language.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/uno/Sequence.hxx>

#include "sangkien/uno_common/ustring.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

core::Language language_of(const lang::Locale& locale)
{
    return core::language_from_tag(to_utf8(locale.Language), core::Language::english);
}

namespace {

rtl::OUString read_setting(const css::uno::Reference<css::uno::XComponentContext>& context, const char* node, const char* name)
{
    const css::uno::Reference<lang::XMultiServiceFactory> provider = configuration::theDefaultProvider::get(context);
    css::uno::Sequence<css::uno::Any> arguments(1);
    arguments[0] <<= beans::NamedValue(ascii("nodepath"),
                                       css::uno::Any(ascii(node)));
    const css::uno::Reference<beans::XPropertySet> settings(
        provider->createInstanceWithArguments(
            ascii("com.sun.star.configuration.ConfigurationAccess"), arguments),
        css::uno::UNO_QUERY_THROW);
    rtl::OUString value;
    settings->getPropertyValue(ascii(name)) >>= value;
    return value;
}

} // namespace

core::Language office_ui_language(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    try
    {
        rtl::OUString tag = read_setting(context, "/org.openoffice.Setup/L10N", "ooLocale");
        if (tag.isEmpty())
            tag = read_setting(context, "/org.openoffice.System/L10N", "UILocale");
        return core::language_from_tag(to_utf8(tag), core::Language::english);
    }
    catch (const css::uno::Exception&)
    {
        return core::Language::english;
    }
}

} // namespace sangkien::uno
