#include "writer/writer_fill.hxx"
#include "sangkien/uno_common/ustring.hxx"

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <variant>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/chart/XChartDataArray.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/chart/XDiagram.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/style/BreakType.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/text/XTextTableCursor.hpp>
#include <com/sun/star/text/TextContentAnchorType.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XSearchDescriptor.hpp>
#include <com/sun/star/util/XSearchable.hpp>

#include "commands/commands.hxx"
#include "calc/document_tools.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

constexpr sal_Int32 kPromptBackground = 0xFFF2A8; // pale yellow: "complete this"
constexpr sal_Int32 kErrorColour = 0xC00000;      // dark red text on yellow: a template error
constexpr sal_Int32 kErrorBackground = 0xFFFF00;

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

constexpr char kMarkerPattern[] = "\\{\\{[^{}]*\\}\\}";

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

// A marker that cannot be filled: its note in its place (see core::broken_marker_note), marked as
// an error, and the problem listed for the message after the fill.
void show_broken(const css::uno::Reference<text::XTextRange>& range, std::string problem, std::vector<std::string>& problems,
                 core::Language language)
{
    problems.push_back(std::move(problem));
    range->setString(to_ustring(core::broken_marker_note(to_utf8(range->getString()), problems.back(), language)));
    mark(range, true);
}

// ---------------------------------------------------------------------------------------------
// Table rows

struct CellName
{
    std::string column; // "A"
    sal_Int32 row = 0;  // 1-based
};

std::optional<CellName> split_cell_name(const std::string& name)
{
    CellName cell;
    std::size_t i = 0;
    while (i < name.size() && std::isalpha(static_cast<unsigned char>(name[i])))
        cell.column += name[i++];
    if (cell.column.empty() || i == name.size())
        return std::nullopt;
    for (; i < name.size(); ++i)
    {
        if (!std::isdigit(static_cast<unsigned char>(name[i])))
            return std::nullopt; // a split cell ("A1.1.1"): not a simple row
        cell.row = cell.row * 10 + (name[i] - '0');
    }
    return cell;
}

// The cells of each simple row, in column order.
std::map<sal_Int32, std::vector<std::string>> rows_of(const css::uno::Reference<text::XTextTable>& table)
{
    std::map<sal_Int32, std::vector<std::string>> rows;
    for (const auto& name : table->getCellNames())
        if (const auto cell = split_cell_name(to_utf8(name)))
            rows[cell->row].push_back(to_utf8(name));
    for (auto& [row, names] : rows)
        std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
            return a.size() != b.size() ? a.size() < b.size() : a < b;
        });
    return rows;
}

// A cell's text replaced through a cursor in it: the cell's own setString (and a cell range's
// setDataArray) gives the cell a format of its own, which the ODF export writes as one automatic
// style per cell — 16,000 of them for a 2,000-row list, and a file slow to load, save and edit.
// Through a cursor the new rows keep sharing the template row's formats.
void set_cell_text(const css::uno::Reference<text::XText>& cell, const std::string& text)
{
    const auto cursor = cell->createTextCursor();
    cursor->gotoStart(false);
    cursor->gotoEnd(true);
    cursor->setString(to_ustring(text));
}

std::optional<std::string> list_in(const std::string& text, const core::FillData& data)
{
    for (const auto& marker : core::markers_in(text))
        if (auto list = core::list_of(marker, data))
            return list;
    return std::nullopt;
}

// Rows of the lists filled so far against all there are, for the progress bar.
struct RowCount
{
    std::size_t done = 0;
    std::size_t total = 0;
    const FillProgress* progress = nullptr;
    void add(std::size_t rows)
    {
        done += rows;
        if (progress && *progress && total > 0)
            (*progress)(0.7 * static_cast<double>(std::min(done, total)) / static_cast<double>(total));
    }
};

void fill_table(const css::uno::Reference<text::XTextTable>& table, const core::FillData& data, core::Language language,
                std::vector<std::string>& problems, RowCount& count)
{
    const auto rows = rows_of(table);
    // Bottom up: inserting rows does not move the rows still to be looked at.
    for (auto it = rows.rbegin(); it != rows.rend(); ++it)
    {
        const sal_Int32 row = it->first;
        const std::vector<std::string>& names = it->second;
        std::vector<std::string> texts;
        std::optional<std::string> list;
        for (const auto& name : names)
        {
            const css::uno::Reference<text::XText> cell(table->getCellByName(to_ustring(name)), css::uno::UNO_QUERY_THROW);
            texts.push_back(to_utf8(cell->getString()));
            if (!list)
                list = list_in(texts.back(), data);
        }
        if (!list)
            continue;
        const auto& items = data.lists.at(*list);
        const auto table_rows = table->getRows();
        if (items.empty())
        {
            table_rows->removeByIndex(row - 1, 1);
            continue;
        }
        // The rows in order: the list's group headings (if any) among its items.
        const auto groups_at = data.groups.find(*list);
        const std::vector<core::ListGroup> no_groups;
        const auto& groups = groups_at == data.groups.end() ? no_groups : groups_at->second;
        std::vector<const core::ListGroup*> headings;     // per output row: a heading, or…
        std::vector<std::size_t> item_of;                 // …the item it holds
        for (std::size_t i = 0, g = 0; i < items.size(); ++i)
        {
            for (; g < groups.size() && groups[g].before == i; ++g)
            {
                headings.push_back(&groups[g]);
                item_of.push_back(i);
            }
            headings.push_back(nullptr);
            item_of.push_back(i);
        }
        // New rows go before the template row and copy its formatting.
        if (item_of.size() > 1)
            table_rows->insertByIndex(row - 1, static_cast<sal_Int32>(item_of.size() - 1));
        std::vector<std::string> columns;
        for (const auto& name : names)
            columns.push_back(split_cell_name(name)->column);
        const auto cell_text = [&](std::size_t c, std::size_t r) {
            return css::uno::Reference<text::XText>(
                table->getCellByName(to_ustring(columns[c] + std::to_string(row + static_cast<sal_Int32>(r)))),
                css::uno::UNO_QUERY_THROW);
        };
        for (std::size_t r = 0; r < item_of.size(); ++r)
            for (std::size_t c = 0; c < texts.size(); ++c)
            {
                if (headings[r])
                {
                    set_cell_text(cell_text(c, r), c == 0 ? headings[r]->heading : std::string());
                    continue;
                }
                std::vector<std::string> found;
                const std::string filled = core::fill_text(texts[c], data, &items[item_of[r]], language, &found);
                // A problem in the template row is one problem, not one per item.
                if (item_of[r] == 0)
                    problems.insert(problems.end(), found.begin(), found.end());
                set_cell_text(cell_text(c, r), filled);
            }
        count.add(items.size());
        // A heading runs across the row, in bold, at the left.
        for (std::size_t r = item_of.size(); r-- > 0;)
        {
            if (!headings[r])
                continue;
            const auto first = cell_text(0, r);
            const auto cursor = first->createTextCursor();
            cursor->gotoEnd(true);
            const css::uno::Reference<beans::XPropertySet> characters(cursor, css::uno::UNO_QUERY_THROW);
            characters->setPropertyValue("CharWeight", css::uno::Any(awt::FontWeight::BOLD));
            characters->setPropertyValue("ParaAdjust", css::uno::Any(style::ParagraphAdjust_LEFT));
            if (columns.size() > 1)
            {
                const std::string at = std::to_string(row + static_cast<sal_Int32>(r));
                const auto span = table->createCursorByCellName(to_ustring(columns.front() + at));
                span->gotoCellByName(to_ustring(columns.back() + at), true);
                span->mergeRange();
            }
        }
    }
}

// The tables of the body that sit inside a {{#moi}} block: written again for each item with the
// block, never grown as a list's table.
std::set<rtl::OUString> tables_in_repeated_blocks(const css::uno::Reference<lang::XComponent>& document)
{
    std::set<rtl::OUString> inside;
    const auto body = css::uno::Reference<text::XTextDocument>(document, css::uno::UNO_QUERY_THROW)->getText();
    const auto elements = css::uno::Reference<container::XEnumerationAccess>(body, css::uno::UNO_QUERY_THROW)->createEnumeration();
    core::OpenBlocks open;
    while (elements->hasMoreElements())
    {
        const css::uno::Any element = elements->nextElement();
        if (const css::uno::Reference<container::XNamed> table(element, css::uno::UNO_QUERY); table.is())
        {
            if (open.repeating())
                inside.insert(table->getName());
            continue;
        }
        if (const css::uno::Reference<text::XTextRange> paragraph(element, css::uno::UNO_QUERY); paragraph.is())
            for (const auto& marker : core::markers_in(to_utf8(paragraph->getString())))
                open.pass(marker);
    }
    return inside;
}

void fill_tables(const css::uno::Reference<lang::XComponent>& document, const core::FillData& data, core::Language language,
                 std::vector<std::string>& problems, const FillProgress& progress)
{
    const auto tables = css::uno::Reference<text::XTextTablesSupplier>(document, css::uno::UNO_QUERY_THROW)->getTextTables();
    const auto names = tables->getElementNames();
    const auto repeated = tables_in_repeated_blocks(document);
    RowCount count{0, 0, &progress};
    for (const auto& [list, items] : data.lists) // what the tables fill, about: each list once
        count.total += items.size();
    for (const auto& name : names)
        if (!repeated.count(name))
            fill_table(css::uno::Reference<text::XTextTable>(tables->getByName(name), css::uno::UNO_QUERY_THROW), data, language,
                   problems, count);
}

// ---------------------------------------------------------------------------------------------
// Blocks

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

// Removes whole paragraphs, and the tables among them, from the one holding `from` to the one
// holding `to`: each goes as a whole (a cursor's selection would reach into a table next to them).
// Nothing goes when `to` does not follow `from` in the same text.
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

// Whether a block's closing marker is in a later paragraph of the same text as its opening one
// (a block on one line, or closed in a table cell, is a template mistake).
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

// {{#moi list}} … {{/moi}}: the paragraphs and tables written again for every item after the block
// (each copy starting a new page for {{#moi_trang}}), then the block itself removed. False, and
// nothing changed, when a table in it has split cells (not copied).
bool repeat_block(const css::uno::Reference<lang::XComponent>& document, const css::uno::Reference<text::XTextRange>& open,
                  const css::uno::Reference<text::XTextRange>& close, bool new_page, const std::vector<core::FillRecord>& items,
                  const core::FillData& data, core::Language language, std::vector<std::string>& problems,
                  const std::function<void(double)>& done)
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
        for (std::size_t e = 0; e < content.elements.size(); ++e)
        {
            if (e == 0 && done && i % 50 == 0)
                done(static_cast<double>(i) / static_cast<double>(items.size()));
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
    // The empty paragraph, found through itself (not by walking the copies before it).
    const auto own = css::uno::Reference<container::XEnumerationAccess>(end, css::uno::UNO_QUERY_THROW)->createEnumeration();
    if (own->hasMoreElements())
        css::uno::Reference<text::XTextContent>(own->nextElement(), css::uno::UNO_QUERY_THROW)->dispose();
    remove_paragraphs(open, close);
    return true;
}

struct BlockMarker
{
    css::uno::Reference<text::XTextRange> range;
    core::Marker marker;
};

// Progress runs from 0.7 to 0.85 through the repeated blocks, item by item.
void fill_blocks(const css::uno::Reference<lang::XComponent>& document, const core::FillData& data, core::Language language,
                 std::vector<std::string>& problems, const FillProgress& progress)
{
    const auto ranges = find_all(document, kMarkerPattern, true);
    std::vector<core::Marker> markers;
    for (const auto& range : ranges)
        markers.push_back(core::parse_marker(to_utf8(range->getString())));
    const core::BlockPairs pairs = core::pair_blocks(markers);
    for (const std::size_t open : pairs.unclosed)
        show_broken(ranges[open], core::format(language, "template.block_unclosed", {markers[open].name}), problems, language);
    for (const std::size_t end : pairs.stray)
        show_broken(ranges[end], std::string(core::text(language, "template.marker_misplaced")), problems, language);
    // Blocks are listed as they close: inner ones before the blocks around them.
    for (const auto& block : pairs.blocks)
    {
        const BlockMarker open{ranges[block.open], markers[block.open]};
        const BlockMarker close{ranges[block.close], markers[block.close]};
        try
        {
            if (!closes_later(open.range, close.range))
            {
                // On one line, or closed in another text (a table cell): shown, nothing removed.
                const std::string misplaced(core::text(language, "template.marker_misplaced"));
                show_broken(open.range, misplaced, problems, language);
                show_broken(close.range, misplaced, problems, language);
                continue;
            }
            if (open.marker.kind == core::MarkerKind::block_each)
            {
                const auto list = core::list_of(core::parse_marker("{{" + open.marker.name + ".x}}"), data);
                if (!list)
                {
                    show_broken(open.range, core::format(language, "template.unknown_field", {open.marker.name}), problems, language);
                    continue;
                }
                const auto done = [&progress](double fraction) {
                    if (progress)
                        progress(0.7 + 0.15 * fraction);
                };
                if (!repeat_block(document, open.range, close.range, open.marker.new_page, data.lists.at(*list), data, language,
                                  problems, done))
                    show_broken(open.range, std::string(core::text(language, "template.block_table")), problems, language);
            }
            else if (!core::condition_known(open.marker, data))
            {
                // Kept, with the marker shown as the mistake it is.
                show_broken(open.range, core::format(language, "template.unknown_field", {open.marker.name}), problems, language);
                remove_paragraphs(close.range, close.range);
            }
            else if (core::condition_holds(open.marker, data))
            {
                remove_paragraphs(close.range, close.range);
                remove_paragraphs(open.range, open.range);
            }
            else
                remove_paragraphs(open.range, close.range);
        }
        catch (const css::uno::RuntimeException&)
        {
            // Inside a block removed before: gone with it.
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Charts

// A real chart (an embedded Calc chart the user can edit in Writer) in place of the marker.
void insert_chart(const css::uno::Reference<lang::XComponent>& document, const css::uno::Reference<text::XTextRange>& range,
                  const core::ChartSpec& spec)
{
    const css::uno::Reference<lang::XMultiServiceFactory> factory(document, css::uno::UNO_QUERY_THROW);
    const css::uno::Reference<text::XTextContent> object(factory->createInstance(ascii("com.sun.star.text.TextEmbeddedObject")),
                                                        css::uno::UNO_QUERY_THROW);
    const css::uno::Reference<beans::XPropertySet> properties(object, css::uno::UNO_QUERY_THROW);
    properties->setPropertyValue(ascii("CLSID"), css::uno::Any(ascii("12dcae26-281f-416f-a234-c3086127382e")));
    properties->setPropertyValue(ascii("AnchorType"), css::uno::Any(text::TextContentAnchorType_AS_CHARACTER));
    const sal_Int32 height = 7000 + 450 * static_cast<sal_Int32>(std::max<std::size_t>(spec.categories.size(), 6) - 6);
    properties->setPropertyValue(ascii("Width"), css::uno::Any(sal_Int32(16000)));
    properties->setPropertyValue(ascii("Height"), css::uno::Any(std::min<sal_Int32>(height, 20000)));
    range->setString(rtl::OUString());
    range->getText()->insertTextContent(range, object, true);

    const css::uno::Reference<chart::XChartDocument> chart(
        css::uno::Reference<document::XEmbeddedObjectSupplier>(object, css::uno::UNO_QUERY_THROW)->getEmbeddedObject(),
        css::uno::UNO_QUERY_THROW);
    // A chart inserted through the API starts without a diagram: a bar diagram first, then data.
    const auto diagram = css::uno::Reference<lang::XMultiServiceFactory>(chart, css::uno::UNO_QUERY_THROW)
                             ->createInstance(ascii("com.sun.star.chart.BarDiagram"));
    chart->setDiagram(css::uno::Reference<chart::XDiagram>(diagram, css::uno::UNO_QUERY_THROW));
    css::uno::Sequence<css::uno::Sequence<double>> values(static_cast<sal_Int32>(spec.categories.size()));
    css::uno::Sequence<rtl::OUString> rows(static_cast<sal_Int32>(spec.categories.size()));
    // Horizontal bars are drawn from the bottom up: the list's first item goes last to read first.
    const std::size_t count = spec.categories.size();
    for (std::size_t i = 0; i < count; ++i)
    {
        const std::size_t from = count - 1 - i;
        rows.getArray()[i] = to_ustring(spec.categories[from]);
        css::uno::Sequence<double> row(static_cast<sal_Int32>(spec.series.size()));
        for (std::size_t j = 0; j < spec.series.size(); ++j)
            row.getArray()[j] = spec.values[from][j];
        values.getArray()[i] = row;
    }
    css::uno::Sequence<rtl::OUString> columns(static_cast<sal_Int32>(spec.series.size()));
    for (std::size_t j = 0; j < spec.series.size(); ++j)
        columns.getArray()[j] = to_ustring(spec.series[j]);
    const css::uno::Reference<chart::XChartDataArray> data(chart->getData(), css::uno::UNO_QUERY_THROW);
    data->setData(values);
    data->setRowDescriptions(rows);
    data->setColumnDescriptions(columns);
    const css::uno::Reference<beans::XPropertySet> chart_properties(chart, css::uno::UNO_QUERY_THROW);
    chart_properties->setPropertyValue(ascii("HasMainTitle"), css::uno::Any(true));
    css::uno::Reference<beans::XPropertySet>(chart->getTitle(), css::uno::UNO_QUERY_THROW)
        ->setPropertyValue(ascii("String"), css::uno::Any(to_ustring(spec.title)));
    chart_properties->setPropertyValue(ascii("HasLegend"), css::uno::Any(true));
    // Horizontal bars: unit names are long.
    css::uno::Reference<beans::XPropertySet>(chart->getDiagram(), css::uno::UNO_QUERY_THROW)
        ->setPropertyValue(ascii("Vertical"), css::uno::Any(true));
}

void fill_charts(const css::uno::Reference<lang::XComponent>& document, const core::FillData& data, core::Language language,
                 std::vector<std::string>& problems)
{
    for (const auto& range : find_all(document, kMarkerPattern, true))
    {
        const core::Marker marker = core::parse_marker(to_utf8(range->getString()));
        if (marker.kind != core::MarkerKind::value || marker.name.rfind("bieu_do", 0) != 0)
            continue;
        if (const auto spec = core::chart_for(marker.name, data))
        {
            try
            {
                insert_chart(document, range, *spec);
            }
            catch (const css::uno::Exception& e)
            {
                problems.push_back(core::format(language, "document.chart_failed", {to_utf8(e.Message)}));
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Values

void fill_values(const css::uno::Reference<lang::XComponent>& document, const core::FillData& data, core::Language language,
                 std::vector<std::string>& problems)
{
    const auto ranges = find_all(document, kMarkerPattern, true);
    for (auto it = ranges.rbegin(); it != ranges.rend(); ++it)
    {
        const auto& range = *it;
        const std::string whole = to_utf8(range->getString());
        const core::Marker marker = core::parse_marker(whole);
        core::Filled filled;
        if (marker.kind == core::MarkerKind::broken)
            filled.problem = core::format(language, marker.problem.c_str(), {marker.name, marker.formatter});
        else
            filled = core::fill_marker(marker, data, nullptr, language);
        if (!filled.problem.empty())
        {
            show_broken(range, filled.problem, problems, language);
            continue;
        }
        range->setString(to_ustring(filled.text));
        if (filled.prompt)
            mark(range, false);
    }
    // What is left of "{{" or "}}" belongs to no marker.
    for (const char* pattern : {"{{", "}}"})
        for (const auto& range : find_all(document, pattern, false))
            show_broken(range, std::string(core::text(language, "template.marker_unclosed")), problems, language);
}

} // namespace

css::uno::Reference<lang::XComponent> load_template(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                    const rtl::OUString& url, core::Language language)
{
    css::uno::Sequence<beans::PropertyValue> arguments(3);
    auto* argument = arguments.getArray();
    argument[0].Name = ascii("AsTemplate");
    argument[0].Value <<= true;
    argument[1].Name = ascii("Hidden");
    argument[1].Value <<= true;
    argument[2].Name = ascii("MacroExecutionMode");
    argument[2].Value <<= document::MacroExecMode::NEVER_EXECUTE;
    css::uno::Reference<lang::XComponent> document;
    try
    {
        document = frame::Desktop::create(context)->loadComponentFromURL(url, ascii("_blank"), 0, arguments);
    }
    catch (const css::uno::Exception&)
    {
    }
    if (!document.is() || !css::uno::Reference<text::XTextTablesSupplier>(document, css::uno::UNO_QUERY).is())
    {
        if (document.is())
            close_document(document);
        throw UserError(core::format(language, "document.template_failed", {to_utf8(url)}));
    }
    return document;
}

std::vector<std::string> fill_writer_document(const css::uno::Reference<lang::XComponent>& document,
                                              const core::FillData& data, core::Language language,
                                              const FillProgress& progress)
{
    std::vector<std::string> problems;
    // No view follows the changes while they are made.
    const ControllerLock lock(css::uno::Reference<frame::XModel>(document, css::uno::UNO_QUERY_THROW));
    const auto reached = [&progress](double fraction) {
        if (progress)
            progress(fraction);
    };
    fill_tables(document, data, language, problems, progress);
    reached(0.7);
    fill_blocks(document, data, language, problems, progress);
    reached(0.85);
    fill_charts(document, data, language, problems);
    reached(0.9);
    fill_values(document, data, language, problems);
    reached(1.0);
    return problems;
}

void store_document(const css::uno::Reference<lang::XComponent>& document, const rtl::OUString& url, const std::string& format)
{
    const char* filter = format == "pdf" ? "writer_pdf_Export" : format == "docx" ? "MS Word 2007 XML" : "writer8";
    css::uno::Sequence<beans::PropertyValue> arguments(2);
    auto* argument = arguments.getArray();
    argument[0].Name = ascii("FilterName");
    argument[0].Value <<= ascii(filter);
    argument[1].Name = ascii("Overwrite");
    argument[1].Value <<= true;
    css::uno::Reference<frame::XStorable>(document, css::uno::UNO_QUERY_THROW)->storeToURL(url, arguments);
}

void close_document(const css::uno::Reference<lang::XComponent>& document)
{
    try
    {
        const css::uno::Reference<util::XCloseable> closeable(document, css::uno::UNO_QUERY);
        if (closeable.is())
            closeable->close(true);
        else
            document->dispose();
    }
    catch (...)
    {
    }
}

} // namespace sangkien::uno
