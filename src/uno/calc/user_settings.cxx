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
        // The criteria: a choice stored as a boolean, the others as typed.
        for (const core::CriterionSetting& setting : core::criterion_settings())
        {
            if (setting.setting_name.empty())
                continue;
            const css::uno::Any stored = node->getPropertyValue(to_ustring(std::string(setting.setting_name)));
            rtl::OUString value;
            bool chosen = false;
            if (setting.kind == core::CriterionKind::choice && (stored >>= chosen))
                options.criteria[setting.key] = core::text_of_choice(chosen);
            else if (stored >>= value)
                options.criteria[setting.key] = to_utf8(value);
        }
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
    for (const core::CriterionSetting& setting : core::criterion_settings())
    {
        if (setting.setting_name.empty())
            continue;
        const std::string& value = options.criteria[setting.key];
        node->setPropertyValue(to_ustring(std::string(setting.setting_name)),
                               setting.kind == core::CriterionKind::choice ? css::uno::Any(core::choice_of_text(value))
                                                                          : css::uno::Any(to_ustring(value)));
    }
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
