#include "writer/writer_repeat.hxx"

#include <variant>

#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/BreakType.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>
#include <com/sun/star/text/XTextTable.hpp>

#include "sangkien/uno_common/ustring.hxx"
#include "writer/writer_marks.hxx"
#include "writer/writer_tables.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

css::uno::Reference<text::XTextRange> range_of(const css::uno::Reference<text::XTextCursor>& cursor)
{
    return css::uno::Reference<text::XTextRange>(cursor, css::uno::UNO_QUERY_THROW);
}

bool holds(const css::uno::Reference<text::XTextRangeCompare>& compare, const css::uno::Reference<text::XTextRange>& paragraph,
           const css::uno::Reference<text::XTextRange>& range)
{
    // compareRegionStarts: 1 when the first starts before the second, 0 at the same place.
    return compare->compareRegionStarts(paragraph, range) >= 0 && compare->compareRegionEnds(paragraph, range) <= 0;
}

bool is_table(const css::uno::Reference<text::XTextContent>& element)
{
    return css::uno::Reference<text::XTextTable>(element, css::uno::UNO_QUERY).is();
}

// The elements (paragraphs and tables) of a text from the paragraph holding `from` to the one
// holding `to`, with the element before them and whether they end the text; nothing when `to`
// does not follow `from` in the same text.
struct ElementRun
{
    std::vector<css::uno::Reference<text::XTextContent>> elements;
    css::uno::Reference<text::XTextContent> before;
    bool ends_text = false;
};

ElementRun elements_from_to(const css::uno::Reference<text::XTextRange>& from, const css::uno::Reference<text::XTextRange>& to)
{
    const auto text = from->getText();
    const css::uno::Reference<text::XTextRangeCompare> compare(text, css::uno::UNO_QUERY_THROW);
    const auto elements = css::uno::Reference<container::XEnumerationAccess>(text, css::uno::UNO_QUERY_THROW)->createEnumeration();
    ElementRun run;
    while (elements->hasMoreElements())
    {
        const css::uno::Reference<text::XTextContent> element(elements->nextElement(), css::uno::UNO_QUERY);
        const css::uno::Reference<text::XTextRange> paragraph(element, css::uno::UNO_QUERY);
        const bool is_paragraph = paragraph.is() && !is_table(element);
        if (run.elements.empty() && !(is_paragraph && holds(compare, paragraph, from)))
        {
            run.before = element;
            continue;
        }
        run.elements.push_back(element);
        if (is_paragraph && holds(compare, paragraph, to))
        {
            run.ends_text = !elements->hasMoreElements();
            return run;
        }
    }
    return {};
}

// The last paragraph of a text cannot go: joined to the paragraph before it when that is one
// (the break before it goes with it), else emptied.
void clear_last_paragraph(const css::uno::Reference<text::XText>& text, const css::uno::Reference<text::XTextRange>& paragraph,
                          const css::uno::Reference<text::XTextContent>& before)
{
    const bool after_paragraph = before.is() && !is_table(before);
    const auto cursor = text->createTextCursorByRange(paragraph->getStart());
    cursor->gotoRange(paragraph->getEnd(), true);
    if (after_paragraph)
    {
        const auto end = cursor->getEnd();
        cursor->collapseToStart();
        cursor->goLeft(1, false);
        cursor->gotoRange(end, true);
    }
    cursor->setString(rtl::OUString());
    if (!after_paragraph)
        css::uno::Reference<beans::XPropertySet>(cursor, css::uno::UNO_QUERY_THROW)
            ->setPropertyValue(ascii("BreakType"), css::uno::Any(style::BreakType_NONE));
}

} // namespace

void remove_paragraphs(const css::uno::Reference<text::XTextRange>& from, const css::uno::Reference<text::XTextRange>& to)
{
    ElementRun run = elements_from_to(from, to);
    if (run.elements.empty())
        return;
    css::uno::Reference<text::XTextRange> last_paragraph;
    if (run.ends_text)
    {
        last_paragraph.set(run.elements.back(), css::uno::UNO_QUERY_THROW);
        run.elements.pop_back();
    }
    for (const auto& element : run.elements)
        element->dispose();
    if (last_paragraph.is())
        clear_last_paragraph(from->getText(), last_paragraph, run.before);
}

bool closes_later(const css::uno::Reference<text::XTextRange>& open, const css::uno::Reference<text::XTextRange>& close)
{
    try
    {
        const auto text = open->getText();
        if (close->getText() != text)
            return false;
        const auto end_of_open = text->createTextCursorByRange(open->getEnd());
        css::uno::Reference<text::XParagraphCursor>(end_of_open, css::uno::UNO_QUERY_THROW)->gotoEndOfParagraph(false);
        return css::uno::Reference<text::XTextRangeCompare>(text, css::uno::UNO_QUERY_THROW)
                   ->compareRegionStarts(range_of(end_of_open), close) == 1;
    }
    catch (const css::uno::Exception&)
    {
        return false;
    }
}

namespace {

// The look of a paragraph that a copy must keep: its style, alignment, spacing and the character
// attributes at its start.
constexpr const char* kParagraphProperties[] = {"ParaStyleName", "ParaAdjust", "ParaTopMargin", "ParaBottomMargin",
                                                 "ParaFirstLineIndent", "ParaLeftMargin", "ParaRightMargin", "ParaLineSpacing"};
constexpr const char* kCharacterProperties[] = {"CharFontName", "CharHeight", "CharWeight", "CharPosture",
                                                 "CharColor", "CharUnderline", "CharCaseMap"};

struct ParagraphCopy
{
    std::string text;
    std::vector<std::pair<rtl::OUString, css::uno::Any>> properties;
};

std::vector<std::pair<rtl::OUString, css::uno::Any>> read_properties(const css::uno::Reference<beans::XPropertySet>& source)
{
    std::vector<std::pair<rtl::OUString, css::uno::Any>> properties;
    std::vector<const char*> names(std::begin(kParagraphProperties), std::end(kParagraphProperties));
    names.insert(names.end(), std::begin(kCharacterProperties), std::end(kCharacterProperties));
    for (const char* name : names)
        {
            try
            {
                properties.emplace_back(ascii(name), source->getPropertyValue(ascii(name)));
            }
            catch (...)
            {
            }
        }
    return properties;
}

void apply_properties(const css::uno::Reference<beans::XPropertySet>& target,
                      const std::vector<std::pair<rtl::OUString, css::uno::Any>>& properties)
{
    // One call for all of them when the cursor takes it (a copy of many paragraphs is thousands
    // of calls otherwise); one at a time, skipping what it refuses, when not.
    const css::uno::Reference<beans::XMultiPropertySet> multiple(target, css::uno::UNO_QUERY);
    if (multiple.is())
    {
        css::uno::Sequence<rtl::OUString> names(static_cast<sal_Int32>(properties.size()));
        css::uno::Sequence<css::uno::Any> values(static_cast<sal_Int32>(properties.size()));
        sal_Int32 n = 0;
        for (const auto& [name, value] : properties)
            if (value.hasValue())
            {
                names.getArray()[n] = name;
                values.getArray()[n++] = value;
            }
        names.realloc(n);
        values.realloc(n);
        try
        {
            multiple->setPropertyValues(names, values);
            return;
        }
        catch (...)
        {
        }
    }
    for (const auto& [name, value] : properties)
    {
        try
        {
            if (value.hasValue())
                target->setPropertyValue(name, value);
        }
        catch (...)
        {
        }
    }
}

// The look of a table cell that a copy must keep.
constexpr const char* kCellProperties[] = {"LeftBorder",         "RightBorder",       "TopBorder",        "BottomBorder",
                                           "LeftBorderDistance", "RightBorderDistance", "TopBorderDistance", "BottomBorderDistance",
                                           "BackColor",          "BackTransparent",    "VertOrient"};
// …and of the table: its place and width (orientation before width), column widths, spacing.
constexpr const char* kTableProperties[] = {"HoriOrient", "LeftMargin", "RightMargin", "TopMargin", "BottomMargin",
                                            "IsWidthRelative", "RelativeWidth", "Width", "TableColumnSeparators"};

constexpr const char* kRowProperties[] = {"IsSplitAllowed", "IsAutoHeight", "Height"};

using Properties = std::vector<std::pair<rtl::OUString, css::uno::Any>>;

Properties read_named(const css::uno::Reference<beans::XPropertySet>& source, const char* const* names, std::size_t count)
{
    Properties properties;
    for (std::size_t i = 0; i < count; ++i)
    {
        try
        {
            properties.emplace_back(ascii(names[i]), source->getPropertyValue(ascii(names[i])));
        }
        catch (...)
        {
        }
    }
    return properties;
}

// A paragraph as a copy needs it: its text and the look at its start.
ParagraphCopy copy_of_paragraph(const css::uno::Reference<text::XTextRange>& paragraph)
{
    const auto cursor = paragraph->getText()->createTextCursorByRange(paragraph->getStart());
    ParagraphCopy copy;
    copy.properties = read_properties(css::uno::Reference<beans::XPropertySet>(cursor, css::uno::UNO_QUERY_THROW));
    copy.text = to_utf8(paragraph->getString());
    return copy;
}

std::vector<css::uno::Reference<text::XTextRange>> paragraphs_of(const css::uno::Reference<text::XText>& text)
{
    std::vector<css::uno::Reference<text::XTextRange>> paragraphs;
    const auto elements = css::uno::Reference<container::XEnumerationAccess>(text, css::uno::UNO_QUERY_THROW)->createEnumeration();
    while (elements->hasMoreElements())
        if (const css::uno::Reference<text::XTextRange> paragraph(elements->nextElement(), css::uno::UNO_QUERY); paragraph.is())
            paragraphs.push_back(paragraph);
    return paragraphs;
}

// A table inside a repeated block (the two-column header and signature of a Báo cáo thành tích):
// its look, its size and, cell by cell, its look and paragraphs. A table nested in a cell is not
// copied; a table with split cells stops the block (template.block_table).
struct TableCopy
{
    sal_Int32 rows = 0;
    sal_Int32 columns = 0;
    Properties properties;
    std::vector<Properties> row_properties; // a row that cannot split stays so
    struct Cell
    {
        std::string name;
        Properties properties;
        std::vector<ParagraphCopy> paragraphs;
    };
    std::vector<Cell> cells;
};

TableCopy copy_of_table(const css::uno::Reference<text::XTextTable>& table)
{
    TableCopy copy;
    copy.rows = table->getRows()->getCount();
    copy.columns = table->getColumns()->getCount();
    copy.properties = read_named(css::uno::Reference<beans::XPropertySet>(table, css::uno::UNO_QUERY_THROW), kTableProperties,
                                 std::size(kTableProperties));
    const auto rows = table->getRows();
    for (sal_Int32 r = 0; r < copy.rows; ++r)
        copy.row_properties.push_back(read_named(css::uno::Reference<beans::XPropertySet>(rows->getByIndex(r), css::uno::UNO_QUERY_THROW),
                                                 kRowProperties, std::size(kRowProperties)));
    for (const auto& name : table->getCellNames())
    {
        if (!split_cell_name(to_utf8(name)))
            continue;
        const auto cell = table->getCellByName(name);
        TableCopy::Cell cell_copy;
        cell_copy.name = to_utf8(name);
        cell_copy.properties = read_named(css::uno::Reference<beans::XPropertySet>(cell, css::uno::UNO_QUERY_THROW), kCellProperties,
                                          std::size(kCellProperties));
        for (const auto& paragraph : paragraphs_of(css::uno::Reference<text::XText>(cell, css::uno::UNO_QUERY_THROW)))
            cell_copy.paragraphs.push_back(copy_of_paragraph(paragraph));
        copy.cells.push_back(std::move(cell_copy));
    }
    return copy;
}

// What a block holds between the paragraph of its opening marker and that of its closing one.
struct BlockContent
{
    std::vector<std::variant<ParagraphCopy, TableCopy>> elements;
    std::vector<css::uno::Reference<text::XTextContent>> tables; // the template's own, removed after
    bool copyable = true;
};

BlockContent content_between(const css::uno::Reference<text::XTextRange>& open, const css::uno::Reference<text::XTextRange>& close)
{
    BlockContent content;
    const auto text = open->getText();
    const css::uno::Reference<text::XTextRangeCompare> compare(text, css::uno::UNO_QUERY_THROW);
    const auto elements = css::uno::Reference<container::XEnumerationAccess>(text, css::uno::UNO_QUERY_THROW)->createEnumeration();
    bool inside = false;
    while (elements->hasMoreElements())
    {
        const css::uno::Any element = elements->nextElement();
        if (const css::uno::Reference<text::XTextTable> table(element, css::uno::UNO_QUERY); table.is())
        {
            if (inside)
            {
                try
                {
                    content.elements.emplace_back(copy_of_table(table));
                }
                catch (const css::uno::RuntimeException&)
                {
                    content.copyable = false; // split cells: Writer gives no row and column count
                    return content;
                }
                content.tables.emplace_back(table, css::uno::UNO_QUERY_THROW);
            }
            continue;
        }
        const css::uno::Reference<text::XTextRange> paragraph(element, css::uno::UNO_QUERY);
        if (!paragraph.is())
            continue;
        if (!inside)
        {
            inside = holds(compare, paragraph, open);
            continue;
        }
        if (holds(compare, paragraph, close))
            break;
        content.elements.emplace_back(copy_of_paragraph(paragraph));
    }
    return content;
}

// Writes `copy` into the empty paragraph at `cursor`, its markers filled for `item`: what the user
// must complete highlighted, a broken marker's note marked as an error, as fill_values does.
void write_paragraph(const css::uno::Reference<text::XText>& text, const css::uno::Reference<text::XTextCursor>& cursor,
                     const ParagraphCopy& copy, bool page_before, const core::FillData& data, const core::FillRecord* item,
                     core::Language language, std::vector<std::string>* problems)
{
    const css::uno::Reference<beans::XPropertySet> properties(cursor, css::uno::UNO_QUERY_THROW);
    apply_properties(properties, copy.properties);
    properties->setPropertyValue(ascii("BreakType"), css::uno::Any(page_before ? style::BreakType_PAGE_BEFORE : style::BreakType_NONE));
    const auto pieces = core::fill_pieces(copy.text, data, item, language, problems);
    std::string whole;
    for (const auto& piece : pieces)
        whole += piece.text;
    text->insertString(range_of(cursor), to_ustring(whole), false);
    // The paragraph was empty: its text starts at its start.
    const auto start = text->createTextCursorByRange(cursor->getStart());
    css::uno::Reference<text::XParagraphCursor>(start, css::uno::UNO_QUERY_THROW)->gotoStartOfParagraph(false);
    for (const auto& piece : pieces)
    {
        start->collapseToEnd();
        for (sal_Int32 left = to_ustring(piece.text).getLength(); left > 0; left -= SAL_MAX_INT16) // goRight counts in sal_Int16
            start->goRight(static_cast<sal_Int16>(std::min<sal_Int32>(left, SAL_MAX_INT16)), true);
        if (piece.kind != core::FilledPiece::Kind::text)
            mark(range_of(start), piece.kind == core::FilledPiece::Kind::broken);
    }
}

// A new table like `copy` before the paragraph `before`, its cells' markers filled for `item`.
void write_table(const css::uno::Reference<lang::XComponent>& document, const css::uno::Reference<text::XText>& text,
                 const css::uno::Reference<text::XTextRange>& before, const TableCopy& copy, bool page_before,
                 const core::FillData& data, const core::FillRecord* item, core::Language language,
                 std::vector<std::string>* problems)
{
    const css::uno::Reference<text::XTextTable> table(
        css::uno::Reference<lang::XMultiServiceFactory>(document, css::uno::UNO_QUERY_THROW)->createInstance(ascii("com.sun.star.text.TextTable")),
        css::uno::UNO_QUERY_THROW);
    table->initialize(copy.rows, copy.columns);
    text->insertTextContent(before, css::uno::Reference<text::XTextContent>(table, css::uno::UNO_QUERY_THROW), false);
    const css::uno::Reference<beans::XPropertySet> table_properties(table, css::uno::UNO_QUERY_THROW);
    apply_properties(table_properties, copy.properties);
    if (page_before)
        table_properties->setPropertyValue(ascii("BreakType"), css::uno::Any(style::BreakType_PAGE_BEFORE));
    const auto rows = table->getRows();
    for (std::size_t r = 0; r < copy.row_properties.size(); ++r)
        apply_properties(css::uno::Reference<beans::XPropertySet>(rows->getByIndex(static_cast<sal_Int32>(r)), css::uno::UNO_QUERY_THROW),
                         copy.row_properties[r]);
    for (const auto& cell : copy.cells)
    {
        const auto target = table->getCellByName(to_ustring(cell.name));
        if (!target.is())
            continue;
        apply_properties(css::uno::Reference<beans::XPropertySet>(target, css::uno::UNO_QUERY_THROW), cell.properties);
        const css::uno::Reference<text::XText> cell_text(target, css::uno::UNO_QUERY_THROW);
        const auto cursor = cell_text->createTextCursor();
        for (std::size_t p = 0; p < cell.paragraphs.size(); ++p)
        {
            if (p > 0)
                cell_text->insertControlCharacter(range_of(cursor), text::ControlCharacter::PARAGRAPH_BREAK, false);
            write_paragraph(cell_text, cursor, cell.paragraphs[p], false, data, item, language, problems);
        }
    }
}

} // namespace

bool repeat_block(const css::uno::Reference<lang::XComponent>& document, const css::uno::Reference<text::XTextRange>& open,
                  const css::uno::Reference<text::XTextRange>& close, bool new_page, const std::vector<core::FillRecord>& items,
                  const core::FillData& data, core::Language language, std::vector<std::string>& problems,
                  const std::function<void(std::size_t)>& done)
{
    const BlockContent content = content_between(open, close);
    if (!content.copyable)
        return false;
    // The template's own tables go first: Writer's deleting a table next to a new one can take
    // the new one with it.
    for (const auto& table : content.tables)
        table->dispose();
    const auto text = close->getText();
    // Everything goes in before an empty paragraph after the block, removed at the end: a table
    // inserted at the start of a paragraph lands before it, and so does a paragraph split there.
    const auto cursor = text->createTextCursorByRange(close->getEnd());
    const css::uno::Reference<text::XParagraphCursor> paragraphs(cursor, css::uno::UNO_QUERY_THROW);
    paragraphs->gotoEndOfParagraph(false);
    text->insertControlCharacter(range_of(cursor), text::ControlCharacter::PARAGRAPH_BREAK, false);
    const auto end = text->createTextCursorByRange(cursor->getStart()); // the empty paragraph
    for (std::size_t i = 0; i < items.size(); ++i)
    {
        for (std::size_t e = 0; e < content.elements.size(); ++e)
        {
            const bool page_before = new_page && i > 0 && e == 0;
            std::vector<std::string>* found = i == 0 ? &problems : nullptr; // a template's problem once, not per item
            if (const auto* table = std::get_if<TableCopy>(&content.elements[e]))
            {
                write_table(document, text, end->getStart(), *table, page_before, data, &items[i], language, found);
                continue;
            }
            text->insertControlCharacter(end->getStart(), text::ControlCharacter::PARAGRAPH_BREAK, false);
            const auto here = text->createTextCursorByRange(end->getStart());
            here->goLeft(1, false); // into the paragraph the break made
            write_paragraph(text, here, std::get<ParagraphCopy>(content.elements[e]), page_before, data, &items[i], language, found);
        }
        if (done)
            done(i + 1);
    }
    // The empty paragraph, found through itself (not by walking the copies before it).
    const auto own = css::uno::Reference<container::XEnumerationAccess>(end, css::uno::UNO_QUERY_THROW)->createEnumeration();
    if (own->hasMoreElements())
        css::uno::Reference<text::XTextContent>(own->nextElement(), css::uno::UNO_QUERY_THROW)->dispose();
    remove_paragraphs(open, close);
    return true;
}

} // namespace sangkien::uno
