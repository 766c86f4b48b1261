// The life of a Writer document made from one of our templates: loaded hidden as a new untitled
// document with macros never run, filled (writer_fill.hxx), stored in the formats asked for, then
// closed — or handed to a window.
#pragma once

#include <functional>
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

// How far a store is (0 to 1), as the export filter tells it; heard on the office's thread while
// the filter works (nothing heard can stop it).
using StoreProgress = std::function<void(double)>;

// Stores a copy as "odt", "docx" or "pdf" at a file URL (a spreadsheet as "ods" or "pdf").
void store_document(const css::uno::Reference<css::lang::XComponent>& document, const rtl::OUString& url,
                    const std::string& format, const StoreProgress& progress = {});

// Stores a copy as `format` in the folder `folder_url` named `file`.`format` — unless
// `overwrite`, under the next free name when that one is taken ("BienBan (2).odt") — whole or not
// at all: written under a hidden temporary name in the folder first, then renamed to its name, so
// that no half-written document ever carries a real name (a store that fails, or an office that
// dies meanwhile, leaves at most the hidden file). Returns the file's URL; throws, leaving
// nothing, when it cannot be written.
rtl::OUString store_in_folder(const css::uno::Reference<css::lang::XComponent>& document, const std::string& folder_url,
                              const std::string& file, const std::string& format, bool overwrite,
                              const StoreProgress& progress = {});

// Closes a document (ignoring a veto from a listener that went away).
void close_document(const css::uno::Reference<css::lang::XComponent>& document);

} // namespace sangkien::uno
