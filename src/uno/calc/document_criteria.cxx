#include "calc/document_criteria.hxx"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>

#include "calc/sheet_io.hxx"
#include "calc/ui_language.hxx"
#include "calc/user_settings.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

css::uno::XInterface* identity(const css::uno::Reference<css::uno::XInterface>& object)
{
    return css::uno::Reference<css::uno::XInterface>(object, css::uno::UNO_QUERY).get();
}

} // namespace

core::Criteria DocumentCriteria::criteria_for(const css::uno::Reference<beans::XPropertySet>& caller)
{
    {
        // A column of formulas calls with the same document over and over: answer without asking
        // the document for its interfaces.
        std::lock_guard lock(mutex_);
        if (caller.is() && caller.get() == last_caller_)
            if (const auto it = entries_.find(last_key_); it != entries_.end() && is_current(it->second))
                return it->second.criteria;
    }
    const css::uno::Reference<sheet::XSpreadsheetDocument> document(caller, css::uno::UNO_QUERY);
    if (!document.is())
        return core::Criteria{};
    css::uno::XInterface* key = identity(document);
    {
        std::lock_guard lock(mutex_);
        if (const auto it = entries_.find(key); it != entries_.end() && is_current(it->second))
        {
            last_caller_ = caller.get();
            last_key_ = key;
            return it->second.criteria;
        }
    }
    const core::Workbook settings = core::read_workbook(read_sheets_named_as(document, core::SheetKind::settings));
    const std::uint64_t generation = user_options_generation();
    const core::Criteria criteria = context_.is() ? core::resolve_criteria(settings, read_user_options(context_),
                                                                           office_ui_language(context_)).criteria
                                                  : core::resolve_criteria(settings).criteria;
    std::lock_guard lock(mutex_);
    const auto [it, inserted] = entries_.try_emplace(key);
    if (inserted)
    {
        const css::uno::Reference<util::XModifyBroadcaster> broadcaster(document, css::uno::UNO_QUERY);
        if (broadcaster.is())
            broadcaster->addModifyListener(this);
    }
    it->second.criteria = criteria;
    it->second.current = true;
    it->second.options_generation = generation;
    last_caller_ = caller.get();
    last_key_ = key;
    return criteria;
}

bool DocumentCriteria::is_current(const Entry& entry) const
{
    return entry.current && entry.options_generation == user_options_generation();
}

void SAL_CALL DocumentCriteria::modified(const lang::EventObject& event)
{
    std::lock_guard lock(mutex_);
    if (const auto it = entries_.find(identity(event.Source)); it != entries_.end())
        it->second.current = false;
}

void SAL_CALL DocumentCriteria::disposing(const lang::EventObject& event)
{
    std::lock_guard lock(mutex_);
    entries_.erase(identity(event.Source));
    last_caller_ = nullptr; // the document's objects may be reused for another one
    last_key_ = nullptr;
}

} // namespace sangkien::uno
