// The criteria a document's formulas use: its Thông tin sheet over the plan's values, read once
// and read again only after the document changes (a modify listener says when).
#pragma once

#include <cstdint>
#include <map>
#include <mutex>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <cppuhelper/implbase1.hxx>

#include "core/rules/rules.hxx"
#include "sangkien/uno_common/ustring.hxx"

namespace sangkien::uno {

class DocumentCriteria final : public cppu::WeakImplHelper1<css::util::XModifyListener>
{
public:
    explicit DocumentCriteria(css::uno::Reference<css::uno::XComponentContext> context) : context_(std::move(context)) {}

    // The caller argument Calc passes to add-in functions (the document model).
    core::Criteria criteria_for(const css::uno::Reference<css::beans::XPropertySet>& caller);

    void SAL_CALL modified(const css::lang::EventObject& event) override;
    void SAL_CALL disposing(const css::lang::EventObject& event) override;

private:
    struct Entry
    {
        core::Criteria criteria;
        bool current = false;
        std::uint64_t options_generation = 0; // of the settings the criteria were built over
    };
    bool is_current(const Entry& entry) const;

    css::uno::Reference<css::uno::XComponentContext> context_;
    std::mutex mutex_;
    std::map<css::uno::XInterface*, Entry> entries_;
    const css::beans::XPropertySet* last_caller_ = nullptr; // the caller of the last answer…
    css::uno::XInterface* last_key_ = nullptr;             // …and its document's entry
};

} // namespace sangkien::uno
