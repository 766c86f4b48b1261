// The life of a Writer document made from one of our templates: loaded hidden as a new untitled
// document with macros never run, filled (writer_fill.hxx), stored in the formats asked for, then
// closed — or handed to a window.
#pragma once

#include <string>

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include "core/text/messages.hxx"

namespace sangkien::uno {

// A document made from a template for the time of one command: closed when it goes, unless
// released to a window.
class TemplateDocument
{
public:
    // Throws UserError when the template cannot be loaded as a Writer document.
    TemplateDocument(const css::uno::Reference<css::uno::XComponentContext>& context, const rtl::OUString& url,
                     core::Language language);
    ~TemplateDocument();
    TemplateDocument(const TemplateDocument&) = delete;
    TemplateDocument& operator=(const TemplateDocument&) = delete;

    const css::uno::Reference<css::lang::XComponent>& component() const { return component_; }
    // The document is the caller's from now on (shown in a window): never closed here.
    css::uno::Reference<css::lang::XComponent> release();

private:
    css::uno::Reference<css::lang::XComponent> component_;
};

// Stores a copy as "odt", "docx" or "pdf" at a file URL.
void store_document(const css::uno::Reference<css::lang::XComponent>& document, const rtl::OUString& url,
                    const std::string& format);

// Closes a document (ignoring a veto from a listener that went away).
void close_document(const css::uno::Reference<css::lang::XComponent>& document);

} // namespace sangkien::uno
