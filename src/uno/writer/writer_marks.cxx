#include "writer/writer_marks.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/util/XSearchDescriptor.hpp>
#include <com/sun/star/util/XSearchable.hpp>

#include "core/documents/template_fill.hxx"
#include "sangkien/uno_common/ustring.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

constexpr sal_Int32 kPromptBackground = 0xFFF2A8; // pale yellow: "complete this"
constexpr sal_Int32 kErrorColour = 0xC00000;      // dark red text on yellow: a template error
constexpr sal_Int32 kErrorBackground = 0xFFFF00;

} // namespace

std::vector<css::uno::Reference<text::XTextRange>> find_all(const css::uno::Reference<lang::XComponent>& document,
                                                             const char* pattern, bool regex)
{
    const css::uno::Reference<util::XSearchable> searchable(document, css::uno::UNO_QUERY_THROW);
    const auto descriptor = searchable->createSearchDescriptor();
    descriptor->setSearchString(to_ustring(pattern));
    descriptor->setPropertyValue(ascii("SearchRegularExpression"), css::uno::Any(regex));
    descriptor->setPropertyValue(ascii("SearchCaseSensitive"), css::uno::Any(true));
    const auto found = searchable->findAll(descriptor);
    std::vector<css::uno::Reference<text::XTextRange>> ranges;
    if (!found.is())
        return ranges;
    for (sal_Int32 i = 0; i < found->getCount(); ++i)
        ranges.emplace_back(found->getByIndex(i), css::uno::UNO_QUERY_THROW);
    return ranges;
}

void mark(const css::uno::Reference<text::XTextRange>& range, bool error)
{
    try
    {
        const css::uno::Reference<beans::XPropertySet> properties(range, css::uno::UNO_QUERY_THROW);
        properties->setPropertyValue(ascii("CharBackColor"), css::uno::Any(error ? kErrorBackground : kPromptBackground));
        if (error)
            properties->setPropertyValue(ascii("CharColor"), css::uno::Any(kErrorColour));
    }
    catch (...)
    {
        // A range that cannot take character attributes still carries the note's text.
    }
}

void show_broken(const css::uno::Reference<text::XTextRange>& range, std::string problem, std::vector<std::string>& problems,
                 core::Language language)
{
    problems.push_back(std::move(problem));
    range->setString(to_ustring(core::broken_marker_note(to_utf8(range->getString()), problems.back(), language)));
    mark(range, true);
}

} // namespace sangkien::uno
