#include "writer/writer_document.hxx"

#include <cstdio>
#include <filesystem>
#include <random>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/implbase1.hxx>
#include <osl/file.hxx>

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

namespace {

// What the export filter says of its progress, passed on as a fraction.
class StoreIndicator final : public cppu::WeakImplHelper1<task::XStatusIndicator>
{
public:
    explicit StoreIndicator(StoreProgress heard) : heard_(std::move(heard)) {}
    void SAL_CALL start(const rtl::OUString&, sal_Int32 range) override
    {
        range_ = range;
        tell(0);
    }
    void SAL_CALL end() override { tell(range_); }
    void SAL_CALL setText(const rtl::OUString&) override {}
    void SAL_CALL setValue(sal_Int32 value) override { tell(value); }
    void SAL_CALL reset() override {}

private:
    void tell(sal_Int32 value) const
    {
        try
        {
            if (heard_ && range_ > 0)
                heard_(static_cast<double>(value) / static_cast<double>(range_));
        }
        catch (...)
        {
            // Nothing heard may break the store.
        }
    }
    StoreProgress heard_;
    sal_Int32 range_ = 0;
};

// The file URL of `name` in the folder `folder_url`.
rtl::OUString url_of(const std::string& folder_url, const std::string& name)
{
    rtl::OUString folder;
    rtl::OUString url;
    if (osl::FileBase::getSystemPathFromFileURL(to_ustring(folder_url), folder) != osl::FileBase::E_None
        || osl::FileBase::getFileURLFromSystemPath(to_ustring((std::filesystem::path(to_utf8(folder)) / name).string()), url)
               != osl::FileBase::E_None)
        throw css::uno::RuntimeException(ascii("not a folder URL: ") + to_ustring(folder_url));
    return url;
}

// A new empty file at `url`; false when one is there already. Throws on any other failure.
bool create_new(const rtl::OUString& url)
{
    osl::File file(url);
    const auto error = file.open(osl_File_OpenFlag_Write | osl_File_OpenFlag_Create);
    if (error == osl::FileBase::E_EXIST)
        return false;
    if (error != osl::FileBase::E_None)
        throw css::uno::RuntimeException(ascii("cannot create ") + url);
    file.close();
    return true;
}

// A hidden file of our own in the folder, to write into before the document takes its name.
rtl::OUString hidden_temporary(const std::string& folder_url, const std::string& format)
{
    std::random_device random;
    for (int attempt = 0; attempt < 100; ++attempt)
    {
        char name[64];
        std::snprintf(name, sizeof name, ".~sangkien-%08x.%s.tmp", static_cast<unsigned>(random()), format.c_str());
        const rtl::OUString url = url_of(folder_url, name);
        if (create_new(url))
            return url;
    }
    throw css::uno::RuntimeException(ascii("no temporary name is free in ") + to_ustring(folder_url));
}

} // namespace

void store_document(const css::uno::Reference<lang::XComponent>& document, const rtl::OUString& url, const std::string& format,
                    const StoreProgress& progress)
{
    // A spreadsheet (a feedback file) as ods or pdf; a text document as odt, docx or pdf.
    const bool spreadsheet = css::uno::Reference<sheet::XSpreadsheetDocument>(document, css::uno::UNO_QUERY).is();
    const char* filter = format == "pdf"    ? (spreadsheet ? "calc_pdf_Export" : "writer_pdf_Export")
                         : format == "docx" ? "MS Word 2007 XML"
                         : format == "ods"  ? "calc8"
                                            : "writer8";
    css::uno::Sequence<beans::PropertyValue> arguments(progress ? 3 : 2);
    auto* argument = arguments.getArray();
    argument[0].Name = ascii("FilterName");
    argument[0].Value <<= ascii(filter);
    argument[1].Name = ascii("Overwrite");
    argument[1].Value <<= true;
    if (progress)
    {
        argument[2].Name = ascii("StatusIndicator");
        argument[2].Value <<= css::uno::Reference<task::XStatusIndicator>(new StoreIndicator(progress));
    }
    css::uno::Reference<frame::XStorable>(document, css::uno::UNO_QUERY_THROW)->storeToURL(url, arguments);
}

rtl::OUString store_in_folder(const css::uno::Reference<lang::XComponent>& document, const std::string& folder_url,
                              const std::string& file, const std::string& format, bool overwrite, const StoreProgress& progress)
{
    const rtl::OUString temporary = hidden_temporary(folder_url, format);
    try
    {
        store_document(document, temporary, format, progress);
        for (int n = 1;; ++n)
        {
            const rtl::OUString url = url_of(folder_url, n == 1 ? file + "." + format : file + " (" + std::to_string(n) + ")." + format);
            // The name is taken first (an empty file), so that no file another program wrote
            // meanwhile is replaced; then the whole document is renamed over it.
            if (!overwrite && !create_new(url))
                continue;
            if (osl::File::move(temporary, url) != osl::FileBase::E_None)
            {
                if (!overwrite)
                    osl::File::remove(url);
                throw css::uno::RuntimeException(ascii("cannot rename to ") + url);
            }
            return url;
        }
    }
    catch (...)
    {
        osl::File::remove(temporary);
        throw;
    }
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
