// The user's settings (Tools ▸ Options ▸ Sáng kiến) in the extension's configuration
// (/vn.sangkien.Settings/Options, schema extension/config/Settings.xcs).
#pragma once

#include <cstdint>

#include <com/sun/star/uno/XComponentContext.hpp>

#include "sangkien/core/user_options.hxx"
#include "ustring.hxx"

namespace sangkien::uno {

// The stored settings; the defaults when the configuration cannot be read.
core::UserOptions read_user_options(const css::uno::Reference<css::uno::XComponentContext>& context);
void write_user_options(const css::uno::Reference<css::uno::XComponentContext>& context, const core::UserOptions& options);

// The default criteria: the settings over the plan's values.
core::Criteria default_criteria(const css::uno::Reference<css::uno::XComponentContext>& context);

// Changes each time the settings are written, so that cached criteria know to read them again.
std::uint64_t user_options_generation();

} // namespace sangkien::uno
