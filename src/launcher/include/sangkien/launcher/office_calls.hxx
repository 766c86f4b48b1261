// Small, frequently needed conversations with an office: open and close documents, put a formula
// in a cell and read it back, dispatch a command, look at configuration. Used by the CLI, the
// integration tests, the benches and the tools.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "sangkien/uno_common/ustring.hxx"

namespace sangkien::launcher {

using ContextRef = com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>;

// A document opened hidden; closed (without saving) when this goes away.
class Document
{
public:
    // Opened hidden, with macros disabled; `read_only` guarantees the user's file is not changed.
    // `filter` and `filter_options` name an import filter and its options (a CSV's separator and
    // character set); empty: the office detects the type.
    Document(const ContextRef& context, const std::string& url, bool hidden = true, bool read_only = false,
             const std::string& filter = {}, const std::string& filter_options = {});
    ~Document();
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    static Document new_spreadsheet(const ContextRef& context) { return Document(context, "private:factory/scalc"); }

    const com::sun::star::uno::Reference<com::sun::star::lang::XComponent>& component() const { return component_; }
    com::sun::star::uno::Reference<com::sun::star::frame::XModel> model() const;
    com::sun::star::uno::Reference<com::sun::star::sheet::XSpreadsheet> sheet(int index) const;
    // Whether the office opened it as a Calc document.
    bool is_spreadsheet() const;

    // storeToURL with the given filter ("calc8", "Calc MS Excel 2007 XML", "writer8"…).
    void store_to(const std::string& url, const std::string& filter) const;
    void close();

    // The SDK's Reference has no move constructor: take the reference and clear the source, or its
    // destructor would close the document.
    Document(Document&& other) noexcept : component_(other.component_) { other.component_.clear(); }

private:
    com::sun::star::uno::Reference<com::sun::star::lang::XComponent> component_;
};

// What a cell shows after its formula was set: a number, a text, or a Calc error code (Err:502 → 502).
struct CellResult
{
    double value = 0;
    std::string text;
    int error = 0;
};

CellResult set_formula(const com::sun::star::uno::Reference<com::sun::star::sheet::XSpreadsheet>& sheet,
                       const std::string& address, const std::string& formula);
// Enters `formula` as an array formula over `range` ("E1:G4"), as Ctrl+Shift+Enter does.
void set_array_formula(const com::sun::star::uno::Reference<com::sun::star::sheet::XSpreadsheet>& sheet,
                       const std::string& range, const std::string& formula);
// Puts text in a cell as text (no number or date recognition by the office's locale).
void set_text(const com::sun::star::uno::Reference<com::sun::star::sheet::XSpreadsheet>& sheet,
              const std::string& address, const std::string& text);
CellResult read_cell(const com::sun::star::uno::Reference<com::sun::star::sheet::XSpreadsheet>& sheet,
                     const std::string& address);
std::string cell_formula(const com::sun::star::uno::Reference<com::sun::star::sheet::XSpreadsheet>& sheet,
                         const std::string& address);

struct DispatchOutcome
{
    bool dispatched = false; // a dispatcher answered the URL
    bool succeeded = false;  // it reported success
    std::string result;      // the result it reported, as text
};

// Dispatches `url` to the document's frame and waits for the notification (bounded).
DispatchOutcome dispatch_command(const Document& document, const std::string& url);
// The same with the dispatch's arguments (e.g. a "StatusIndicator" the command tells its progress).
DispatchOutcome dispatch_command(const Document& document, const std::string& url,
                                 const com::sun::star::uno::Sequence<com::sun::star::beans::PropertyValue>& arguments);


// A string setting, e.g. ("/org.openoffice.Setup/Product", "ooSetupVersionAboutBox"); empty if unset.
std::string configuration_value(const ContextRef& context, const std::string& node, const std::string& property);

// Whether a configuration node exists, e.g. "/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar/x".
bool configuration_node_exists(const ContextRef& context, const std::string& path);

} // namespace sangkien::launcher
