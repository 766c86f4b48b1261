// Benchmark only: a Calc add-in whose functions take the arguments of ours and return a constant
// (NOOP.XETCANHAN, NOOP.DEMHOPLE, NOOP.TONGGIATRI, NOOP.TONGHOPCDCS). Calc still converts every
// argument and the result, which is the cost any add-in pays.
#include <array>
#include <string_view>

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <cppuhelper/factory.hxx>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <sangkienbench/XNoOp.hpp>

namespace {

using namespace com::sun::star;
using Range = uno::Sequence<uno::Sequence<uno::Any>>;

constexpr std::array<std::string_view, 4> kFunctions{"xetCaNhan", "demHopLe", "tongGiaTri", "tongHopCdcs"};
constexpr char kPrefix[] = "NOOP.";

rtl::OUString ascii(std::string_view text)
{
    return rtl::OUString(text.data(), static_cast<sal_Int32>(text.size()), RTL_TEXTENCODING_ASCII_US);
}

class NoOpAddIn final
    : public cppu::WeakImplHelper4<sangkienbench::XNoOp, sheet::XAddIn, lang::XServiceName, lang::XServiceInfo>
{
public:
    static rtl::OUString implementation_name() { return ascii("sangkienbench.NoOpAddInImpl"); }
    static uno::Sequence<rtl::OUString> service_names()
    {
        uno::Sequence<rtl::OUString> names(2);
        names[0] = ascii("com.sun.star.sheet.AddIn");
        names[1] = ascii("sangkienbench.NoOpAddIn");
        return names;
    }
    static uno::Reference<uno::XInterface> SAL_CALL create(const uno::Reference<uno::XComponentContext>&)
    {
        return static_cast<cppu::OWeakObject*>(new NoOpAddIn);
    }

    uno::Any SAL_CALL xetCaNhan(const uno::Reference<beans::XPropertySet>&, const uno::Any&, const uno::Any&,
                                const uno::Any&, const uno::Any&, const uno::Any&, const uno::Any&, const uno::Any&,
                                const uno::Any&) override
    {
        return uno::Any(ascii("Dat"));
    }
    uno::Any SAL_CALL demHopLe(const uno::Reference<beans::XPropertySet>&, const Range&, const uno::Any&, const Range&,
                               const uno::Any&) override
    {
        return uno::Any(0.0);
    }
    uno::Any SAL_CALL tongGiaTri(const Range&, const uno::Any&, const Range&) override { return uno::Any(0.0); }
    Range SAL_CALL tongHopCdcs(const uno::Reference<beans::XPropertySet>&, const Range& unit_list, const Range&,
                               const Range&, const Range&, const uno::Any&) override
    {
        // The result has the shape of ours: one row of three numbers per listed unit.
        uno::Sequence<uno::Any> zeros(3);
        for (sal_Int32 c = 0; c < 3; ++c)
            zeros[c] <<= 0.0;
        Range result(unit_list.getLength());
        for (sal_Int32 r = 0; r < result.getLength(); ++r)
            result[r] = zeros;
        return result;
    }

    // XAddIn: display names NOOP.<PROGRAMMATIC NAME IN CAPITALS>.
    rtl::OUString SAL_CALL getProgrammaticFuntionName(const rtl::OUString& display_name) override
    {
        for (const auto name : kFunctions)
            if (display_name.equalsIgnoreAsciiCase(display(name)))
                return ascii(name);
        return {};
    }
    rtl::OUString SAL_CALL getDisplayFunctionName(const rtl::OUString& programmatic_name) override
    {
        for (const auto name : kFunctions)
            if (programmatic_name.equalsAscii(std::string(name).c_str()))
                return display(name);
        return {};
    }
    rtl::OUString SAL_CALL getFunctionDescription(const rtl::OUString&) override { return ascii("Benchmark baseline"); }
    rtl::OUString SAL_CALL getDisplayArgumentName(const rtl::OUString&, sal_Int32 argument) override
    {
        return ascii("arg") + rtl::OUString::number(argument);
    }
    rtl::OUString SAL_CALL getArgumentDescription(const rtl::OUString&, sal_Int32) override { return {}; }
    rtl::OUString SAL_CALL getProgrammaticCategoryName(const rtl::OUString&) override { return ascii("Add-In"); }
    rtl::OUString SAL_CALL getDisplayCategoryName(const rtl::OUString&) override { return ascii("Add-In"); }

    // XLocalizable
    void SAL_CALL setLocale(const lang::Locale& locale) override { locale_ = locale; }
    lang::Locale SAL_CALL getLocale() override { return locale_; }

    // XServiceName, XServiceInfo
    rtl::OUString SAL_CALL getServiceName() override { return ascii("sangkienbench.NoOpAddIn"); }
    rtl::OUString SAL_CALL getImplementationName() override { return implementation_name(); }
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override { return cppu::supportsService(this, name); }
    uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override { return service_names(); }

private:
    static rtl::OUString display(std::string_view name)
    {
        return ascii(kPrefix) + ascii(name).toAsciiUpperCase();
    }

    lang::Locale locale_;
};

const cppu::ImplementationEntry kImplementations[] = {
    {NoOpAddIn::create, NoOpAddIn::implementation_name, NoOpAddIn::service_names, cppu::createSingleComponentFactory,
     nullptr, 0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0},
};

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void* SAL_CALL component_getFactory(const char* implementation_name,
                                                                    void* service_manager, void* registry_key)
{
    return cppu::component_getFactoryHelper(implementation_name, service_manager, registry_key, kImplementations);
}
