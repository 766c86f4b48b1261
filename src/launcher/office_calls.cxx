#include "sangkien/launcher/office_calls.hxx"

#include <chrono>
#include <condition_variable>
#include <mutex>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XHierarchicalNameAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

namespace sangkien::launcher {

using namespace com::sun::star;

namespace {

beans::PropertyValue property(const char* name, const uno::Any& value)
{
    beans::PropertyValue p;
    p.Name = ascii(name);
    p.Value = value;
    return p;
}

uno::Reference<table::XCell> cell_at(const uno::Reference<sheet::XSpreadsheet>& sheet, const std::string& address)
{
    const uno::Reference<table::XCellRange> range(sheet, uno::UNO_QUERY_THROW);
    const auto cells = range->getCellRangeByName(to_ustring(address));
    return cells->getCellByPosition(0, 0);
}

class ResultListener final : public cppu::WeakImplHelper1<frame::XDispatchResultListener>
{
public:
    void SAL_CALL dispatchFinished(const frame::DispatchResultEvent& event) override
    {
        std::lock_guard lock(mutex_);
        state_ = event.State;
        event.Result >>= result_;
        finished_ = true;
        changed_.notify_all();
    }
    void SAL_CALL disposing(const lang::EventObject&) override {}

    bool wait(std::chrono::seconds timeout)
    {
        std::unique_lock lock(mutex_);
        return changed_.wait_for(lock, timeout, [this] { return finished_; });
    }
    sal_Int16 state() const { return state_; }
    const rtl::OUString& result() const { return result_; }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    bool finished_ = false;
    sal_Int16 state_ = frame::DispatchResultState::DONTKNOW;
    rtl::OUString result_;
};

} // namespace

Document::Document(const ContextRef& context, const std::string& url, bool hidden, bool read_only, const std::string& filter,
                   const std::string& filter_options)
{
    const auto desktop = frame::Desktop::create(context);
    uno::Sequence<beans::PropertyValue> arguments(filter.empty() ? 3 : 5);
    arguments[0] = property("Hidden", uno::Any(hidden));
    arguments[1] = property("MacroExecutionMode", uno::Any(sal_Int16(0) /* NEVER_EXECUTE */));
    arguments[2] = property("ReadOnly", uno::Any(read_only));
    if (!filter.empty())
    {
        arguments[3] = property("FilterName", uno::Any(to_ustring(filter)));
        arguments[4] = property("FilterOptions", uno::Any(to_ustring(filter_options)));
    }
    component_ = desktop->loadComponentFromURL(to_ustring(url), ascii("_blank"), 0, arguments);
    if (!component_.is())
        throw uno::RuntimeException(to_ustring("cannot open " + url));
}

bool Document::is_spreadsheet() const
{
    return uno::Reference<sheet::XSpreadsheetDocument>(component_, uno::UNO_QUERY).is();
}

Document::~Document()
{
    try
    {
        close();
    }
    catch (...)
    {
    }
}

void Document::close()
{
    if (!component_.is())
        return;
    const uno::Reference<util::XCloseable> closeable(component_, uno::UNO_QUERY);
    if (closeable.is())
        closeable->close(true);
    else
        component_->dispose();
    component_.clear();
}

uno::Reference<frame::XModel> Document::model() const
{
    return uno::Reference<frame::XModel>(component_, uno::UNO_QUERY_THROW);
}

uno::Reference<sheet::XSpreadsheet> Document::sheet(int index) const
{
    const uno::Reference<sheet::XSpreadsheetDocument> document(component_, uno::UNO_QUERY_THROW);
    const uno::Reference<container::XIndexAccess> sheets(document->getSheets(), uno::UNO_QUERY_THROW);
    return uno::Reference<sheet::XSpreadsheet>(sheets->getByIndex(index), uno::UNO_QUERY_THROW);
}

void Document::store_to(const std::string& url, const std::string& filter) const
{
    uno::Sequence<beans::PropertyValue> arguments(2);
    arguments[0] = property("FilterName", uno::Any(to_ustring(filter)));
    arguments[1] = property("Overwrite", uno::Any(true));
    uno::Reference<frame::XStorable>(component_, uno::UNO_QUERY_THROW)->storeToURL(to_ustring(url), arguments);
}

CellResult read_cell(const uno::Reference<sheet::XSpreadsheet>& sheet, const std::string& address)
{
    const auto cell = cell_at(sheet, address);
    CellResult result;
    result.error = static_cast<int>(cell->getError());
    result.value = cell->getValue();
    result.text = to_utf8(uno::Reference<text::XText>(cell, uno::UNO_QUERY_THROW)->getString());
    return result;
}

void set_text(const uno::Reference<sheet::XSpreadsheet>& sheet, const std::string& address, const std::string& text)
{
    uno::Reference<text::XText>(cell_at(sheet, address), uno::UNO_QUERY_THROW)->setString(to_ustring(text));
}

CellResult set_formula(const uno::Reference<sheet::XSpreadsheet>& sheet, const std::string& address,
                       const std::string& formula)
{
    cell_at(sheet, address)->setFormula(to_ustring(formula));
    return read_cell(sheet, address);
}

void set_array_formula(const uno::Reference<sheet::XSpreadsheet>& sheet, const std::string& range,
                       const std::string& formula)
{
    const uno::Reference<table::XCellRange> cells(sheet, uno::UNO_QUERY_THROW);
    uno::Reference<sheet::XArrayFormulaRange>(cells->getCellRangeByName(to_ustring(range)), uno::UNO_QUERY_THROW)
        ->setArrayFormula(to_ustring(formula));
}

std::string cell_formula(const uno::Reference<sheet::XSpreadsheet>& sheet, const std::string& address)
{
    return to_utf8(cell_at(sheet, address)->getFormula());
}

DispatchOutcome dispatch_command(const Document& document, const std::string& url)
{
    return dispatch_command(document, url, {});
}

DispatchOutcome dispatch_command(const Document& document, const std::string& url,
                                 const uno::Sequence<beans::PropertyValue>& arguments)
{
    DispatchOutcome outcome;
    const auto frame = document.model()->getCurrentController()->getFrame();
    const uno::Reference<frame::XDispatchProvider> provider(frame, uno::UNO_QUERY_THROW);
    util::URL parsed;
    parsed.Complete = to_ustring(url);
    // Our handler reads only the protocol and the path: no URLTransformer round trip needed.
    const auto separator = url.find(':');
    parsed.Protocol = to_ustring(url.substr(0, separator + 1));
    parsed.Path = to_ustring(url.substr(separator + 1));
    parsed.Main = parsed.Complete;
    const auto dispatcher = provider->queryDispatch(parsed, ascii("_self"), 0);
    if (!dispatcher.is())
        return outcome;
    outcome.dispatched = true;
    const uno::Reference<frame::XNotifyingDispatch> notifying(dispatcher, uno::UNO_QUERY);
    if (!notifying.is())
    {
        dispatcher->dispatch(parsed, arguments);
        outcome.succeeded = true;
        return outcome;
    }
    const rtl::Reference<ResultListener> listener(new ResultListener);
    notifying->dispatchWithNotification(parsed, arguments, listener.get());
    if (listener->wait(std::chrono::seconds(60)))
    {
        outcome.succeeded = listener->state() == frame::DispatchResultState::SUCCESS;
        outcome.result = to_utf8(listener->result());
    }
    return outcome;
}

std::string configuration_value(const ContextRef& context, const std::string& node, const std::string& property)
{
    const auto provider = configuration::theDefaultProvider::get(context);
    uno::Sequence<uno::Any> arguments(1);
    arguments[0] <<= beans::NamedValue(ascii("nodepath"), uno::Any(to_ustring(node)));
    const uno::Reference<container::XNameAccess> settings(
        provider->createInstanceWithArguments(ascii("com.sun.star.configuration.ConfigurationAccess"),
                                              arguments),
        uno::UNO_QUERY_THROW);
    rtl::OUString value;
    settings->getByName(to_ustring(property)) >>= value;
    return to_utf8(value);
}

bool configuration_node_exists(const ContextRef& context, const std::string& path)
{
    const auto provider = configuration::theDefaultProvider::get(context);
    const auto slash = path.find('/', 1);
    uno::Sequence<uno::Any> arguments(1);
    arguments[0] <<= beans::NamedValue(ascii("nodepath"), uno::Any(to_ustring(path.substr(0, slash))));
    const uno::Reference<container::XHierarchicalNameAccess> root(
        provider->createInstanceWithArguments(ascii("com.sun.star.configuration.ConfigurationAccess"),
                                              arguments),
        uno::UNO_QUERY_THROW);
    return slash == std::string::npos || root->hasByHierarchicalName(to_ustring(path.substr(slash + 1)));
}

} // namespace sangkien::launcher
