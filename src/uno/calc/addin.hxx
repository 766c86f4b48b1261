// The Calc add-in: SK.* functions. Every answer about names and descriptions comes from the core's
// catalogue; every computation from the core's parsers. This class only converts.
#pragma once

#include "sangkien/uno_common/ustring.hxx"

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <rtl/ref.hxx>
#include <vn/sangkien/XSangKien.hpp>

#include "calc/document_criteria.hxx"
#include "core/text/messages.hxx"

namespace sangkien::uno {

class AddIn final
    : public cppu::WeakImplHelper4<vn::sangkien::XSangKien, com::sun::star::sheet::XAddIn,
                                   com::sun::star::lang::XServiceName, com::sun::star::lang::XServiceInfo>
{
public:
    static rtl::OUString implementation_name();
    static com::sun::star::uno::Sequence<rtl::OUString> service_names();
    static com::sun::star::uno::Reference<com::sun::star::uno::XInterface> SAL_CALL
    create(const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context);

    explicit AddIn(const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context);

    // XSangKien
    double SAL_CALL tien(const css::uno::Any& text) override;
    css::uno::Any SAL_CALL ngay(const css::uno::Any& text) override;
    css::uno::Any SAL_CALL tienChu(const css::uno::Any& amount, const css::uno::Any& unit) override;
    css::uno::Any SAL_CALL ngayThang(const css::uno::Any& date, const css::uno::Any& place) override;
    css::uno::Any SAL_CALL chuanHoa(const css::uno::Any& text) override;
    css::uno::Any SAL_CALL khoaTen(const css::uno::Any& name) override;
    css::uno::Any SAL_CALL xetCaNhan(const css::uno::Reference<css::beans::XPropertySet>& document,
                                     const css::uno::Any& status, const css::uno::Any& updated,
                                     const css::uno::Any& recognition_number, const css::uno::Any& recognition_date,
                                     const css::uno::Any& value_document_number,
                                     const css::uno::Any& value_document_date, const css::uno::Any& value,
                                     const css::uno::Any& social) override;
    css::uno::Any SAL_CALL xetTapThe(const css::uno::Any& valid_count, const css::uno::Any& quota) override;
    css::uno::Any SAL_CALL demHopLe(const css::uno::Reference<css::beans::XPropertySet>& document,
                                    const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& units,
                                    const css::uno::Any& unit,
                                    const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& statuses,
                                    const css::uno::Any& updated) override;
    css::uno::Any SAL_CALL tongGiaTri(const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& units,
                                      const css::uno::Any& unit,
                                      const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& values) override;
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> SAL_CALL
    tongHopCdcs(const css::uno::Reference<css::beans::XPropertySet>& document,
                const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& unit_list,
                const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& units,
                const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& statuses,
                const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& values,
                const css::uno::Any& updated) override;

    // XAddIn
    rtl::OUString SAL_CALL getProgrammaticFuntionName(const rtl::OUString& display_name) override;
    rtl::OUString SAL_CALL getDisplayFunctionName(const rtl::OUString& programmatic_name) override;
    rtl::OUString SAL_CALL getFunctionDescription(const rtl::OUString& programmatic_name) override;
    rtl::OUString SAL_CALL getDisplayArgumentName(const rtl::OUString& programmatic_name, sal_Int32 argument) override;
    rtl::OUString SAL_CALL getArgumentDescription(const rtl::OUString& programmatic_name, sal_Int32 argument) override;
    rtl::OUString SAL_CALL getProgrammaticCategoryName(const rtl::OUString& programmatic_name) override;
    rtl::OUString SAL_CALL getDisplayCategoryName(const rtl::OUString& programmatic_name) override;

    // XLocalizable
    void SAL_CALL setLocale(const com::sun::star::lang::Locale& locale) override;
    com::sun::star::lang::Locale SAL_CALL getLocale() override;

    // XServiceName
    rtl::OUString SAL_CALL getServiceName() override;

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    com::sun::star::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    core::Language language() const;
    // Runs one function body: every exception becomes Err:502 with a reason, never a crash.
    template <typename Body>
    auto guarded(Body body) const -> decltype(body());

    com::sun::star::lang::Locale locale_;
    core::Language language_ = core::Language::english; // the office's UI language
    rtl::Reference<DocumentCriteria> criteria_;
};

} // namespace sangkien::uno
