#include "calc/document_tools.hxx"

#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>

#include <cppuhelper/implbase1.hxx>
#include <osl/file.hxx>
#include <osl/time.h>

#include <stdexcept>

#include "sangkien/uno_common/ustring.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

css::uno::Reference<beans::XPropertySet> user_properties(const css::uno::Reference<frame::XModel>& model)
{
    const css::uno::Reference<document::XDocumentPropertiesSupplier> supplier(model, css::uno::UNO_QUERY_THROW);
    return css::uno::Reference<beans::XPropertySet>(supplier->getDocumentProperties()->getUserDefinedProperties(),
                                                    css::uno::UNO_QUERY_THROW);
}

} // namespace

std::string document_property(const css::uno::Reference<frame::XModel>& model, const char* name)
{
    const auto properties = user_properties(model);
    if (!properties->getPropertySetInfo()->hasPropertyByName(ascii(name)))
        return {};
    rtl::OUString value;
    properties->getPropertyValue(ascii(name)) >>= value;
    return to_utf8(value);
}

void set_document_property(const css::uno::Reference<frame::XModel>& model, const char* name, const std::string& value)
{
    const auto properties = user_properties(model);
    if (properties->getPropertySetInfo()->hasPropertyByName(ascii(name)))
        properties->setPropertyValue(ascii(name), css::uno::Any(to_ustring(value)));
    else
        css::uno::Reference<beans::XPropertyContainer>(properties, css::uno::UNO_QUERY_THROW)
            ->addProperty(ascii(name), beans::PropertyAttribute::REMOVABLE, css::uno::Any(to_ustring(value)));
}

bool is_shown(const css::uno::Reference<frame::XFrame>& frame)
{
    try
    {
        const css::uno::Reference<awt::XWindow2> window(frame.is() ? frame->getContainerWindow() : nullptr, css::uno::UNO_QUERY);
        return window.is() && window->isVisible();
    }
    catch (...)
    {
        return false;
    }
}

bool is_active_document(const css::uno::Reference<css::uno::XComponentContext>& context,
                        const css::uno::Reference<frame::XModel>& model, const css::uno::Reference<frame::XFrame>& frame)
{
    try
    {
        if (!is_shown(frame))
            return false;
        const auto current = frame::Desktop::create(context)->getCurrentComponent();
        return current.is() && current.get() == css::uno::Reference<lang::XComponent>(model, css::uno::UNO_QUERY).get();
    }
    catch (...)
    {
        return false;
    }
}

ControllerLock::ControllerLock(css::uno::Reference<frame::XModel> model) : model_(std::move(model))
{
    model_->lockControllers();
}

ControllerLock::~ControllerLock()
{
    try
    {
        model_->unlockControllers();
    }
    catch (...)
    {
    }
}

Progress::Progress(const css::uno::Reference<frame::XFrame>& frame, const std::string& text, sal_Int32 steps)
{
    try
    {
        const css::uno::Reference<task::XStatusIndicatorFactory> factory(frame, css::uno::UNO_QUERY);
        if (factory.is())
            indicator_ = factory->createStatusIndicator();
        if (indicator_.is())
            indicator_->start(to_ustring(text), steps);
    }
    catch (...)
    {
        indicator_.clear();
    }
}

void Progress::step(sal_Int32 value)
{
    try
    {
        if (indicator_.is())
            indicator_->setValue(value);
    }
    catch (...)
    {
    }
}

void Progress::step(sal_Int32 value, const std::string& text)
{
    try
    {
        if (indicator_.is())
            indicator_->setText(to_ustring(text));
    }
    catch (...)
    {
    }
    step(value);
}

Progress::~Progress()
{
    try
    {
        if (indicator_.is())
            indicator_->end();
    }
    catch (...)
    {
    }
}

NoUndoRecording::NoUndoRecording(const css::uno::Reference<frame::XModel>& model, bool active)
{
    if (!active)
        return;
    properties_.set(model, css::uno::UNO_QUERY);
    if (properties_.is())
    {
        properties_->getPropertyValue(ascii("IsUndoEnabled")) >>= was_enabled_;
        properties_->setPropertyValue(ascii("IsUndoEnabled"), css::uno::Any(false));
    }
}

NoUndoRecording::~NoUndoRecording()
{
    try
    {
        if (properties_.is())
            properties_->setPropertyValue(ascii("IsUndoEnabled"), css::uno::Any(was_enabled_));
    }
    catch (...)
    {
    }
}

namespace {

class StepStart final : public cppu::WeakImplHelper1<document::XUndoAction>
{
public:
    explicit StepStart(rtl::OUString title) : title_(std::move(title)) {}
    rtl::OUString SAL_CALL getTitle() override { return title_; }
    void SAL_CALL undo() override {}
    void SAL_CALL redo() override {}

private:
    rtl::OUString title_;
};

} // namespace

UndoStep::UndoStep(const css::uno::Reference<frame::XModel>& model, bool record, const std::string& title)
{
    if (!record)
        return;
    undo_ = css::uno::Reference<document::XUndoManagerSupplier>(model, css::uno::UNO_QUERY_THROW)->getUndoManager();
    undo_->enterUndoContext(to_ustring(title));
    open_ = true;
    undo_->addUndoAction(new StepStart(to_ustring(title)));
}

void UndoStep::done()
{
    if (!open_)
        return;
    open_ = false;
    undo_->leaveUndoContext();
}

UndoStep::~UndoStep()
{
    if (!open_)
        return;
    try
    {
        undo_->leaveUndoContext();
        undo_->undo();
        undo_->clearRedo();
    }
    catch (...)
    {
        // the command's own failure is what the user is told about
    }
}

UndoGroup::UndoGroup(const css::uno::Reference<frame::XModel>& model, const UndoStep& step, const std::string& title)
{
    if (!step.open())
        return;
    const auto undo = css::uno::Reference<document::XUndoManagerSupplier>(model, css::uno::UNO_QUERY_THROW)->getUndoManager();
    undo->enterUndoContext(to_ustring(title));
    undo_ = undo;
}

UndoGroup::~UndoGroup()
{
    try
    {
        if (undo_.is())
            undo_->leaveUndoContext();
    }
    catch (...)
    {
    }
}

core::Date today()
{
    TimeValue system{};
    TimeValue local{};
    oslDateTime date{};
    if (!osl_getSystemTime(&system) || !osl_getLocalTimeFromSystemTime(&system, &local)
        || !osl_getDateTimeFromTimeValue(&local, &date))
        throw std::runtime_error("the system clock cannot be read");
    return core::Date{date.Year, date.Month, date.Day};
}

std::string folder_url_of(const std::string& path)
{
    rtl::OUString url;
    if (osl::FileBase::getFileURLFromSystemPath(to_ustring(path), url) != osl::FileBase::E_None)
        return {};
    return to_utf8(url);
}

std::string system_path_of(const rtl::OUString& url)
{
    rtl::OUString path;
    osl::FileBase::getSystemPathFromFileURL(url, path);
    return to_utf8(path);
}

} // namespace sangkien::uno
