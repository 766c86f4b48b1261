// Tools ▸ Options ▸ Sáng kiến ▸ Cài đặt: fills the page (dialogs/Options.xdl) from the settings and
// stores it when the user presses OK (vn.sangkien.OptionsHandler, named in OptionsDialog.xcu).
#pragma once

#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>

#include "sangkien/uno_common/ustring.hxx"

namespace sangkien::uno {

class OptionsHandler final
    : public cppu::WeakImplHelper2<css::awt::XContainerWindowEventHandler, css::lang::XServiceInfo>
{
public:
    explicit OptionsHandler(const css::uno::Reference<css::uno::XComponentContext>& context) : context_(context) {}

    static rtl::OUString implementation_name();
    static css::uno::Sequence<rtl::OUString> service_names();
    static css::uno::Reference<css::uno::XInterface> SAL_CALL
    create(const css::uno::Reference<css::uno::XComponentContext>& context);

    // XContainerWindowEventHandler
    sal_Bool SAL_CALL callHandlerMethod(const css::uno::Reference<css::awt::XWindow>& window,
                                        const css::uno::Any& event, const rtl::OUString& method) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedMethodNames() override;

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
};

} // namespace sangkien::uno
