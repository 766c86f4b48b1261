#include "writer/writer_tables.hxx"

#include <algorithm>
#include <map>
#include <set>

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTableCursor.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>

#include "sangkien/uno_common/ustring.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

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

namespace {

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

// Rows of the lists written so far, for the progress bar.
struct RowCount
{
    std::size_t done = 0;
    const std::function<void(std::size_t)>* progress = nullptr;
    void add(std::size_t rows)
    {
        done += rows;
        if (progress && *progress)
            (*progress)(done);
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
        constexpr std::size_t kRowsBetweenReports = 32;
        for (std::size_t r = 0; r < item_of.size(); ++r)
        {
            if (r > 0 && r % kRowsBetweenReports == 0)
                count.add(kRowsBetweenReports);
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
        }
        count.add(item_of.size() - (item_of.size() - 1) / kRowsBetweenReports * kRowsBetweenReports);
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

} // namespace

void fill_tables(const css::uno::Reference<lang::XComponent>& document, const core::FillData& data, core::Language language,
                 std::vector<std::string>& problems, const std::function<void(std::size_t)>& done)
{
    const auto tables = css::uno::Reference<text::XTextTablesSupplier>(document, css::uno::UNO_QUERY_THROW)->getTextTables();
    const auto names = tables->getElementNames();
    const auto repeated = tables_in_repeated_blocks(document);
    RowCount count{0, &done};
    for (const auto& name : names)
        if (!repeated.count(name))
            fill_table(css::uno::Reference<text::XTextTable>(tables->getByName(name), css::uno::UNO_QUERY_THROW), data, language,
                       problems, count);
}

} // namespace sangkien::uno
