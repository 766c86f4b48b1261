// Which of our two languages the office speaks to the user.
#pragma once

#include "sangkien/uno_common/ustring.hxx"

#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "core/text/messages.hxx"

namespace sangkien::uno {

// Vietnamese for a "vi" locale, English for anything else (the office shows English then too).
core::Language language_of(const com::sun::star::lang::Locale& locale);

// The office's UI language from its configuration; English when it cannot be read.
core::Language office_ui_language(const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context);

} // namespace sangkien::uno
