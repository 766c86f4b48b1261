#include "writer/writer_document.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include "commands/commands.hxx"
#include "sangkien/uno_common/ustring.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

// A new untitled document from a template, hidden, macros never run; only a Writer document will do.
css::uno::Reference<lang::XComponent> load_template(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                    const rtl::OUString& url, core::Language language)
{
    css::uno::Sequence<beans::PropertyValue> arguments(3);
    auto* argument = arguments.getArray();
    argument[0].Name = ascii("AsTemplate");
    argument[0].Value <<= true;
    argument[1].Name = ascii("Hidden");
    argument[1].Value <<= true;
    argument[2].Name = ascii("MacroExecutionMode");
    argument[2].Value <<= document::MacroExecMode::NEVER_EXECUTE;
    css::uno::Reference<lang::XComponent> document;
    try
    {
        document = frame::Desktop::create(context)->loadComponentFromURL(url, ascii("_blank"), 0, arguments);
    }
    catch (const css::uno::Exception&)
    {
    }
    if (!document.is() || !css::uno::Reference<text::XTextTablesSupplier>(document, css::uno::UNO_QUERY).is())
    {
        if (document.is())
            close_document(document);
        throw UserError(core::format(language, "document.template_failed", {to_utf8(url)}));
    }
    return document;
}

} // namespace

TemplateDocument::TemplateDocument(const css::uno::Reference<css::uno::XComponentContext>& context, const rtl::OUString& url,
                                   core::Language language)
    : component_(load_template(context, url, language))
{
}

TemplateDocument::~TemplateDocument()
{
    if (component_.is())
        close_document(component_);
}

css::uno::Reference<lang::XComponent> TemplateDocument::release()
{
    auto component = component_;
    component_.clear();
    return component;
}

void store_document(const css::uno::Reference<lang::XComponent>& document, const rtl::OUString& url, const std::string& format)
{
    const char* filter = format == "pdf" ? "writer_pdf_Export" : format == "docx" ? "MS Word 2007 XML" : "writer8";
    css::uno::Sequence<beans::PropertyValue> arguments(2);
    auto* argument = arguments.getArray();
    argument[0].Name = ascii("FilterName");
    argument[0].Value <<= ascii(filter);
    argument[1].Name = ascii("Overwrite");
    argument[1].Value <<= true;
    css::uno::Reference<frame::XStorable>(document, css::uno::UNO_QUERY_THROW)->storeToURL(url, arguments);
}

void close_document(const css::uno::Reference<lang::XComponent>& document)
{
    try
    {
        const css::uno::Reference<util::XCloseable> closeable(document, css::uno::UNO_QUERY);
        if (closeable.is())
            closeable->close(true);
        else
            document->dispose();
    }
    catch (...)
    {
    }
}

} // namespace sangkien::uno
