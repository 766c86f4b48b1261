#include "addin.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cppuhelper/supportsservice.hxx>

#include "sangkien/core/addin_catalogue.hxx"
#include "sangkien/core/money.hxx"
#include "ui_language.hxx"
#include "ustring.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

const core::AddInFunction* function_named(const rtl::OUString& programmatic_name)
{
    return core::find_addin_function_by_programmatic_name(to_utf8(programmatic_name));
}

const core::AddInArgument* argument_of(const rtl::OUString& programmatic_name, sal_Int32 index)
{
    const auto* function = function_named(programmatic_name);
    if (!function || index < 0 || static_cast<std::size_t>(index) >= function->arguments.size())
        return nullptr;
    return &function->arguments[static_cast<std::size_t>(index)];
}

} // namespace

rtl::OUString AddIn::implementation_name()
{
    return rtl::OUString::createFromAscii("vn.sangkien.AddInImpl");
}

css::uno::Sequence<rtl::OUString> AddIn::service_names()
{
    css::uno::Sequence<rtl::OUString> names(2);
    names[0] = rtl::OUString::createFromAscii("com.sun.star.sheet.AddIn");
    names[1] = to_ustring(core::kAddInServiceName);
    return names;
}

css::uno::Reference<css::uno::XInterface> SAL_CALL AddIn::create(const css::uno::Reference<css::uno::XComponentContext>&)
{
    return static_cast<cppu::OWeakObject*>(new AddIn);
}

core::Language AddIn::language() const
{
    return language_of(locale_);
}

void AddIn::fail(const std::string& message) const
{
    // Calc shows IllegalArgumentException as Err:502; API callers get the reason in Message.
    throw lang::IllegalArgumentException(to_ustring(message), css::uno::Reference<css::uno::XInterface>(), 0);
}

double SAL_CALL AddIn::tien(const css::uno::Any& text)
{
    try
    {
        core::Money money;
        std::string original;
        double number = 0;
        rtl::OUString string;
        if (!text.hasValue())
            return 0;
        if (text >>= number)
            money = core::money_from_number(number);
        else if (text >>= string)
        {
            original = to_utf8(string);
            money = core::parse_money(original);
        }
        else
            fail(core::format(language(), "money.error.unreadable", {"?", "?"}));
        if (money.kind == core::MoneyKind::vnd)
            return static_cast<double>(money.dong);
        if (money.kind == core::MoneyKind::no_value)
            return 0;
        fail(core::describe_money_problem(money, original, language()));
    }
    catch (const lang::IllegalArgumentException&)
    {
        throw;
    }
    catch (const std::exception& e)
    {
        fail(core::format(language(), "uno.error.internal", {e.what()}));
    }
    catch (...)
    {
        fail(core::format(language(), "uno.error.internal", {"?"}));
    }
}

rtl::OUString SAL_CALL AddIn::getProgrammaticFuntionName(const rtl::OUString& display_name)
{
    const auto* function = core::find_addin_function_by_display_name(to_utf8(display_name));
    return function ? to_ustring(function->programmatic_name) : rtl::OUString();
}

rtl::OUString SAL_CALL AddIn::getDisplayFunctionName(const rtl::OUString& programmatic_name)
{
    const auto* function = function_named(programmatic_name);
    return function ? to_ustring(function->display_name) : rtl::OUString();
}

rtl::OUString SAL_CALL AddIn::getFunctionDescription(const rtl::OUString& programmatic_name)
{
    const auto* function = function_named(programmatic_name);
    return function ? to_ustring(core::text(language(), function->description_key)) : rtl::OUString();
}

rtl::OUString SAL_CALL AddIn::getDisplayArgumentName(const rtl::OUString& programmatic_name, sal_Int32 argument)
{
    const auto* found = argument_of(programmatic_name, argument);
    return found ? to_ustring(core::text(language(), found->name_key)) : rtl::OUString();
}

rtl::OUString SAL_CALL AddIn::getArgumentDescription(const rtl::OUString& programmatic_name, sal_Int32 argument)
{
    const auto* found = argument_of(programmatic_name, argument);
    return found ? to_ustring(core::text(language(), found->description_key)) : rtl::OUString();
}

rtl::OUString SAL_CALL AddIn::getProgrammaticCategoryName(const rtl::OUString&)
{
    // Calc knows a fixed set of categories; ours go under "Add-In".
    return rtl::OUString::createFromAscii("Add-In");
}

rtl::OUString SAL_CALL AddIn::getDisplayCategoryName(const rtl::OUString&)
{
    return to_ustring(core::text(language(), "addin.category"));
}

void SAL_CALL AddIn::setLocale(const lang::Locale& locale)
{
    locale_ = locale;
}

lang::Locale SAL_CALL AddIn::getLocale()
{
    return locale_;
}

rtl::OUString SAL_CALL AddIn::getServiceName()
{
    return to_ustring(core::kAddInServiceName);
}

rtl::OUString SAL_CALL AddIn::getImplementationName()
{
    return implementation_name();
}

sal_Bool SAL_CALL AddIn::supportsService(const rtl::OUString& name)
{
    return cppu::supportsService(this, name);
}

css::uno::Sequence<rtl::OUString> SAL_CALL AddIn::getSupportedServiceNames()
{
    return service_names();
}

} // namespace sangkien::uno
