#include "calc/addin.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <type_traits>
#include <unordered_map>

#include "core/rules/addin_catalogue.hxx"
#include "core/rules/functions.hxx"
#include "core/text/money.hxx"
#include "commands/commands.hxx"
#include "calc/ui_language.hxx"
#include "sangkien/uno_common/ustring.hxx"
#include "sangkien/uno_common/cell_any.hxx"

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

[[noreturn]] void throw_reason(const std::string& message)
{
    // Calc shows IllegalArgumentException as Err:502; API callers get the reason in Message.
    throw lang::IllegalArgumentException(to_ustring(message), css::uno::Reference<css::uno::XInterface>(), 0);
}

template <typename T>
css::uno::Any to_any(const core::Outcome<T>& outcome, const AddIn&)
{
    if (outcome.value)
    {
        if constexpr (std::is_same_v<T, std::string>)
            return css::uno::Any(to_ustring(*outcome.value));
        else
            return css::uno::Any(*outcome.value);
    }
    if (outcome.not_applicable)
        return css::uno::Any(); // #N/A
    throw_reason(outcome.message);
}

template <typename T>
T value_or_fail(const core::Outcome<T>& outcome, const AddIn&)
{
    if (!outcome.value)
        throw_reason(outcome.message);
    return *outcome.value;
}

// An explicit "" stays a text (SK.TIENCHU(105;"")).
core::Cell cell_of(const css::uno::Any& value)
{
    return cell_from_any(value, EmptyText::text);
}

// A range as a core column. Calc hands equal texts of a range over as one shared string, so a
// text seen before (same string object) reuses its index without being converted again.
core::CellColumn column_of(const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& range)
{
    core::CellColumn cells;
    std::unordered_map<const rtl_uString*, std::uint32_t> seen;
    for (const auto& row : range)
        for (const auto& value : row)
        {
            if (value.getValueTypeClass() != css::uno::TypeClass_STRING)
            {
                cells.push_back(cell_of(value));
                continue;
            }
            const rtl_uString* text = static_cast<const rtl::OUString*>(value.getValue())->pData;
            if (const auto found = seen.find(text); found != seen.end())
                cells.push_index(found->second);
            else
                seen.emplace(text, cells.push_back(cell_of(value)));
        }
    return cells;
}

// A single cell's value; a range where one cell is expected is an error, not a guess.
core::Cell one_cell(const css::uno::Any& value, core::Language language)
{
    if (value.getValueTypeClass() == css::uno::TypeClass_SEQUENCE)
        throw_reason(core::format(language, "fn.one_cell", {}));
    return cell_of(value);
}

// An optional argument: omitted (void) → nullopt.
std::optional<core::Cell> optional_cell(const css::uno::Any& value, core::Language language)
{
    if (!value.hasValue())
        return std::nullopt;
    return one_cell(value, language);
}

// An optional range argument passed through `any`.
core::CellColumn column_of(const css::uno::Any& value, core::Language language)
{
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> range;
    if (value >>= range)
        return column_of(range);
    return core::CellColumn{one_cell(value, language)};
}

} // namespace

rtl::OUString AddIn::implementation_name()
{
    return ascii("vn.sangkien.AddInImpl");
}

css::uno::Sequence<rtl::OUString> AddIn::service_names()
{
    css::uno::Sequence<rtl::OUString> names(2);
    names[0] = ascii("com.sun.star.sheet.AddIn");
    names[1] = to_ustring(core::kAddInServiceName);
    return names;
}

// Results, errors and the Function Wizard speak the office's UI language, whatever locale Calc
// passes to setLocale (a Vietnamese UI on an English system would otherwise get English reasons).
AddIn::AddIn(const css::uno::Reference<css::uno::XComponentContext>& context)
    : language_(office_ui_language(context)), criteria_(new DocumentCriteria(context))
{
}

css::uno::Reference<css::uno::XInterface> SAL_CALL AddIn::create(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new AddIn(context));
}

core::Language AddIn::language() const
{
    return language_;
}

template <typename Body>
auto AddIn::guarded(Body body) const -> decltype(body())
{
    try
    {
        return body();
    }
    catch (const lang::IllegalArgumentException&)
    {
        throw; // a reason already in the user's words (Err:502)
    }
    catch (...)
    {
        throw_reason(internal_error(language(), std::current_exception()));
    }
}

double SAL_CALL AddIn::tien(const css::uno::Any& text)
{
    return guarded([&] { return value_or_fail(core::fn_tien(one_cell(text, language()), language()), *this); });
}

css::uno::Any SAL_CALL AddIn::ngay(const css::uno::Any& text)
{
    return guarded([&] { return to_any(core::fn_ngay(one_cell(text, language()), language()), *this); });
}

css::uno::Any SAL_CALL AddIn::tienChu(const css::uno::Any& amount, const css::uno::Any& unit)
{
    return guarded([&] {
        return to_any(core::fn_tien_chu(one_cell(amount, language()), optional_cell(unit, language()), language()), *this);
    });
}

css::uno::Any SAL_CALL AddIn::ngayThang(const css::uno::Any& date, const css::uno::Any& place)
{
    return guarded([&] {
        return to_any(core::fn_ngay_thang(one_cell(date, language()), optional_cell(place, language()), language()),
                      *this);
    });
}

css::uno::Any SAL_CALL AddIn::chuanHoa(const css::uno::Any& text)
{
    return guarded([&] { return to_any(core::fn_chuan_hoa(one_cell(text, language()), language()), *this); });
}

css::uno::Any SAL_CALL AddIn::khoaTen(const css::uno::Any& name)
{
    return guarded([&] { return to_any(core::fn_khoa_ten(one_cell(name, language()), language()), *this); });
}

css::uno::Any SAL_CALL AddIn::xetCaNhan(const css::uno::Reference<beans::XPropertySet>& document,
                                        const css::uno::Any& status, const css::uno::Any& updated,
                                        const css::uno::Any& recognition_number, const css::uno::Any& recognition_date,
                                        const css::uno::Any& value_document_number,
                                        const css::uno::Any& value_document_date, const css::uno::Any& value,
                                        const css::uno::Any& social)
{
    return guarded([&] {
        const core::Language lang = language();
        const core::IndividualArguments arguments{one_cell(status, lang),
                                                  one_cell(updated, lang),
                                                  one_cell(recognition_number, lang),
                                                  one_cell(recognition_date, lang),
                                                  one_cell(value_document_number, lang),
                                                  one_cell(value_document_date, lang),
                                                  one_cell(value, lang),
                                                  optional_cell(social, lang)};
        return to_any(core::fn_xet_ca_nhan(arguments, criteria_->criteria_for(document), lang), *this);
    });
}

css::uno::Any SAL_CALL AddIn::xetTapThe(const css::uno::Any& valid_count, const css::uno::Any& quota)
{
    return guarded([&] {
        return to_any(core::fn_xet_tap_the(one_cell(valid_count, language()), one_cell(quota, language()), language()),
                      *this);
    });
}

css::uno::Any SAL_CALL AddIn::demHopLe(const css::uno::Reference<beans::XPropertySet>& document,
                                       const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& units,
                                       const css::uno::Any& unit,
                                       const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& statuses,
                                       const css::uno::Any& updated)
{
    return guarded([&] {
        std::optional<core::CellColumn> dates;
        if (updated.hasValue())
            dates = column_of(updated, language());
        return to_any(core::fn_dem_hop_le(column_of(units), one_cell(unit, language()), column_of(statuses), dates,
                                          criteria_->criteria_for(document), language()),
                      *this);
    });
}

css::uno::Any SAL_CALL AddIn::tongGiaTri(const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& units,
                                         const css::uno::Any& unit,
                                         const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& values)
{
    return guarded([&] {
        return to_any(core::fn_tong_gia_tri(column_of(units), one_cell(unit, language()), column_of(values), language()),
                      *this);
    });
}

css::uno::Sequence<css::uno::Sequence<css::uno::Any>> SAL_CALL
AddIn::tongHopCdcs(const css::uno::Reference<beans::XPropertySet>& document,
                   const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& unit_list,
                   const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& units,
                   const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& statuses,
                   const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& values, const css::uno::Any& updated)
{
    return guarded([&] {
        std::optional<core::CellColumn> dates;
        if (updated.hasValue())
            dates = column_of(updated, language());
        const auto table = value_or_fail(core::fn_tong_hop_cdcs(column_of(unit_list), column_of(units), column_of(statuses),
                                                                column_of(values), dates,
                                                                criteria_->criteria_for(document), language()),
                                         *this);
        // Three columns per listed unit; an empty list cell gives an empty row (void → #N/A would
        // be noisy next to a blank name, so it is an empty text).
        css::uno::Sequence<css::uno::Sequence<css::uno::Any>> result(static_cast<sal_Int32>(table.size()));
        auto* rows = result.getArray();
        for (std::size_t r = 0; r < table.size(); ++r)
        {
            css::uno::Sequence<css::uno::Any> row(3);
            auto* cells = row.getArray();
            if (table[r])
            {
                cells[0] <<= table[r]->uploaded;
                cells[1] <<= table[r]->valid;
                cells[2] <<= table[r]->value;
            }
            else
                cells[0] = cells[1] = cells[2] = css::uno::Any(rtl::OUString());
            rows[r] = row;
        }
        return result;
    });
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
    return found ? to_ustring(core::text(language(), core::argument_description_key(*found))) : rtl::OUString();
}

rtl::OUString SAL_CALL AddIn::getProgrammaticCategoryName(const rtl::OUString&)
{
    // Calc knows a fixed set of categories; ours go under "Add-In".
    return ascii("Add-In");
}

rtl::OUString SAL_CALL AddIn::getDisplayCategoryName(const rtl::OUString&)
{
    return to_ustring(core::text(language(), "addin.category"));
}

void SAL_CALL AddIn::setLocale(const lang::Locale& locale)
{
    locale_ = locale; // kept for getLocale; the language stays the UI's
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
