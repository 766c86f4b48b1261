// The user's settings (Tools ▸ Options ▸ Sáng kiến) in the extension's configuration
// (/vn.sangkien.Settings/Options, schema extension/config/Settings.xcs).
#pragma once

#include <cstdint>

#include <com/sun/star/uno/XComponentContext.hpp>

#include "core/forms/user_options.hxx"
#include "sangkien/uno_common/ustring.hxx"

namespace sangkien::uno {

// Every text setting but the criteria (criterion_settings() names theirs) with its configuration
// property name, which is also the name of its field on the options page (dialogs/Options.xdl).
template <typename Visit>
void each_text_setting(core::UserOptions& options, Visit visit)
{
    visit("UnitName", options.unit_name);
    visit("SuperiorName", options.superior_name);
    visit("Place", options.place);
    visit("SignerName", options.signer_name);
    visit("SignerTitle", options.signer_title);
    visit("OutputFolder", options.output_folder);
    visit("Formats", options.formats);
    visit("TemplateFolder", options.template_folder);
}

// The stored settings; the defaults when the configuration cannot be read.
core::UserOptions read_user_options(const css::uno::Reference<css::uno::XComponentContext>& context);
void write_user_options(const css::uno::Reference<css::uno::XComponentContext>& context, const core::UserOptions& options);

// The default criteria: the settings over the plan's values.
core::Criteria default_criteria(const css::uno::Reference<css::uno::XComponentContext>& context);

// Changes each time the settings are written, so that cached criteria know to read them again.
std::uint64_t user_options_generation();

} // namespace sangkien::uno
