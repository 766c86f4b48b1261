#include "calc/user_settings.hxx"

#include <atomic>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

#include "calc/ui_language.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

constexpr char kNode[] = "/vn.sangkien.Settings/Options";

std::atomic<std::uint64_t> generation{0};

css::uno::Reference<beans::XPropertySet> settings(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                  bool for_update)
{
    const css::uno::Reference<lang::XMultiServiceFactory> provider = configuration::theDefaultProvider::get(context);
    css::uno::Sequence<css::uno::Any> arguments(1);
    arguments[0] <<= beans::NamedValue(ascii("nodepath"),
                                       css::uno::Any(ascii(kNode)));
    return css::uno::Reference<beans::XPropertySet>(
        provider->createInstanceWithArguments(
            ascii(for_update ? "com.sun.star.configuration.ConfigurationUpdateAccess"
                                                      : "com.sun.star.configuration.ConfigurationAccess"),
            arguments),
        css::uno::UNO_QUERY_THROW);
}

} // namespace

core::UserOptions read_user_options(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    core::UserOptions options;
    try
    {
        const auto node = settings(context, false);
        each_text_setting(options, [&](const char* name, std::string& target) {
            rtl::OUString value;
            if (node->getPropertyValue(ascii(name)) >>= value)
                target = to_utf8(value);
        });
        node->getPropertyValue(ascii("DistrictLevel")) >>= options.district_level;
        node->getPropertyValue(ascii("ProvinceLevel")) >>= options.province_level;
        node->getPropertyValue(ascii("GroundsAnd")) >>= options.grounds_and;
    }
    catch (const css::uno::Exception&)
    {
        // No schema (an older profile) or a damaged one: the plan's values.
    }
    return options;
}

void write_user_options(const css::uno::Reference<css::uno::XComponentContext>& context, const core::UserOptions& stored)
{
    core::UserOptions options = stored;
    const auto node = settings(context, true);
    each_text_setting(options, [&](const char* name, std::string& value) {
        node->setPropertyValue(ascii(name), css::uno::Any(to_ustring(value)));
    });
    node->setPropertyValue(ascii("DistrictLevel"), css::uno::Any(options.district_level));
    node->setPropertyValue(ascii("ProvinceLevel"), css::uno::Any(options.province_level));
    node->setPropertyValue(ascii("GroundsAnd"), css::uno::Any(options.grounds_and));
    css::uno::Reference<util::XChangesBatch>(node, css::uno::UNO_QUERY_THROW)->commitChanges();
    ++generation;
}

core::Criteria default_criteria(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    return core::criteria_from_options(read_user_options(context), office_ui_language(context));
}

std::uint64_t user_options_generation()
{
    return generation.load();
}

} // namespace sangkien::uno
