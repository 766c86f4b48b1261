// Dispatches our URLs ("vn.sangkien:About") from the menu, the toolbar and the API to commands.
#pragma once

#include "sangkien/uno_common/ustring.hxx"

#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>

namespace sangkien::uno {

class ProtocolHandler final
    : public cppu::WeakImplHelper4<com::sun::star::frame::XDispatchProvider, com::sun::star::frame::XNotifyingDispatch,
                                   com::sun::star::lang::XInitialization, com::sun::star::lang::XServiceInfo>
{
public:
    explicit ProtocolHandler(const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context);

    static rtl::OUString implementation_name();
    static com::sun::star::uno::Sequence<rtl::OUString> service_names();
    static com::sun::star::uno::Reference<com::sun::star::uno::XInterface> SAL_CALL
    create(const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context);

    // XInitialization
    void SAL_CALL initialize(const com::sun::star::uno::Sequence<com::sun::star::uno::Any>& arguments) override;

    // XDispatchProvider
    com::sun::star::uno::Reference<com::sun::star::frame::XDispatch> SAL_CALL
    queryDispatch(const com::sun::star::util::URL& url, const rtl::OUString& target, sal_Int32 flags) override;
    com::sun::star::uno::Sequence<com::sun::star::uno::Reference<com::sun::star::frame::XDispatch>> SAL_CALL
    queryDispatches(const com::sun::star::uno::Sequence<com::sun::star::frame::DispatchDescriptor>& requests) override;

    // XDispatch
    void SAL_CALL dispatch(const com::sun::star::util::URL& url,
                           const com::sun::star::uno::Sequence<com::sun::star::beans::PropertyValue>& arguments) override;
    void SAL_CALL addStatusListener(const com::sun::star::uno::Reference<com::sun::star::frame::XStatusListener>& listener,
                                    const com::sun::star::util::URL& url) override;
    void SAL_CALL removeStatusListener(const com::sun::star::uno::Reference<com::sun::star::frame::XStatusListener>& listener,
                                       const com::sun::star::util::URL& url) override;

    // XNotifyingDispatch
    void SAL_CALL dispatchWithNotification(
        const com::sun::star::util::URL& url,
        const com::sun::star::uno::Sequence<com::sun::star::beans::PropertyValue>& arguments,
        const com::sun::star::uno::Reference<com::sun::star::frame::XDispatchResultListener>& listener) override;

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    com::sun::star::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    // Runs the command (the dispatch's `properties` may carry the caller's "StatusIndicator"); on
    // failure shows a message box and returns false. Never throws.
    bool run(const com::sun::star::util::URL& url,
             const com::sun::star::uno::Sequence<com::sun::star::beans::PropertyValue>& properties,
             com::sun::star::uno::Any& result);

    com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext> context_;
    com::sun::star::uno::Reference<com::sun::star::frame::XFrame> frame_;
};

} // namespace sangkien::uno
