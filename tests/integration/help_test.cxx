// The help inside LibreOffice (this file runs in an English and in a Vietnamese office): one
// read-only Writer document in the UI language whose links all lead to a page of it, every page
// one click from every other, and the Help command, the Help buttons and F1 opening it at the
// page asked for — in the window already showing it when there is one.
#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XBookmarksSupplier.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <map>
#include <set>
#include <vector>

#include "office_fixture.hxx"
#include "core/text/messages.hxx"
#include "sangkien/uno_common/command_arguments.hxx"

using namespace sangkien;
using namespace com::sun::star;
using launcher::Document;

namespace {

const std::vector<std::string> kPages{"index",    "review",   "documents", "normalise", "merge",
                                      "settings", "criteria", "functions", "templates"};

bool english()
{
    return core::language_from_tag(test::OfficeEnvironment::ui_language(), core::Language::english) == core::Language::english;
}

// The help documents the office shows (one, when all is well).
std::vector<uno::Reference<frame::XModel>> open_help_documents()
{
    std::vector<uno::Reference<frame::XModel>> found;
    const auto components = frame::Desktop::create(test::OfficeEnvironment::context())->getComponents()->createEnumeration();
    while (components->hasMoreElements())
    {
        const uno::Reference<frame::XModel> model(components->nextElement(), uno::UNO_QUERY);
        if (model.is() && to_utf8(model->getURL()).find("/userhelp/") != std::string::npos)
            found.push_back(model);
    }
    return found;
}

void close_help_documents()
{
    for (const auto& model : open_help_documents())
        uno::Reference<util::XCloseable>(model, uno::UNO_QUERY_THROW)->close(true);
}

// The one help document, after `dispatch` asked for it.
uno::Reference<frame::XModel> the_help_document()
{
    const auto documents = open_help_documents();
    EXPECT_EQ(documents.size(), 1u) << "the help opens in one window";
    return documents.empty() ? nullptr : documents.front();
}

void ask_for_help(const Document& document, const std::string& page)
{
    uno_common::CommandArguments arguments;
    arguments.page = page;
    const auto outcome = launcher::dispatch_command(document, arguments.to_url("vn.sangkien:Help"));
    EXPECT_TRUE(outcome.succeeded) << page << ": " << outcome.result;
}

// The document's bookmarks and links, by the page (the last page bookmark before them) they are in.
struct HelpContents
{
    std::set<std::string> bookmarks;
    std::map<std::string, std::set<std::string>> links_from; // page → the bookmarks its "#…" links name
    std::vector<std::string> other_links;                    // links that leave the document
};

void read_text(const uno::Reference<text::XText>& text, HelpContents& contents, std::string& page);

void read_portion(const uno::Reference<beans::XPropertySet>& portion, HelpContents& contents, std::string& page)
{
    rtl::OUString type;
    portion->getPropertyValue(to_ustring("TextPortionType")) >>= type;
    if (type == "Bookmark")
    {
        const uno::Reference<container::XNamed> mark(portion->getPropertyValue(to_ustring("Bookmark")), uno::UNO_QUERY_THROW);
        const std::string name = to_utf8(mark->getName());
        contents.bookmarks.insert(name);
        if (std::find(kPages.begin(), kPages.end(), name) != kPages.end())
            page = name;
        return;
    }
    rtl::OUString url;
    portion->getPropertyValue(to_ustring("HyperLinkURL")) >>= url;
    if (url.isEmpty())
        return;
    if (url.startsWith("#"))
        contents.links_from[page].insert(to_utf8(url.copy(1)));
    else
        contents.other_links.push_back(to_utf8(url));
}

void read_table(const uno::Reference<text::XTextTable>& table, HelpContents& contents, std::string& page)
{
    for (const auto& name : table->getCellNames())
        read_text(uno::Reference<text::XText>(table->getCellByName(name), uno::UNO_QUERY_THROW), contents, page);
}

void read_text(const uno::Reference<text::XText>& text, HelpContents& contents, std::string& page)
{
    const auto paragraphs = uno::Reference<container::XEnumerationAccess>(text, uno::UNO_QUERY_THROW)->createEnumeration();
    while (paragraphs->hasMoreElements())
    {
        const uno::Any element = paragraphs->nextElement();
        if (const uno::Reference<text::XTextTable> table(element, uno::UNO_QUERY); table.is())
        {
            read_table(table, contents, page);
            continue;
        }
        const auto portions = uno::Reference<container::XEnumerationAccess>(element, uno::UNO_QUERY_THROW)->createEnumeration();
        while (portions->hasMoreElements())
            read_portion(uno::Reference<beans::XPropertySet>(portions->nextElement(), uno::UNO_QUERY_THROW), contents, page);
    }
}

HelpContents read_help(const uno::Reference<frame::XModel>& model)
{
    HelpContents contents;
    std::string page;
    read_text(uno::Reference<text::XTextDocument>(model, uno::UNO_QUERY_THROW)->getText(), contents, page);
    return contents;
}

// The paragraph the view cursor stands in, and whether the cursor is where the page's bookmark is.
std::pair<bool, std::string> view_cursor_at(const uno::Reference<frame::XModel>& model, const std::string& page)
{
    const auto cursor =
        uno::Reference<text::XTextViewCursorSupplier>(model->getCurrentController(), uno::UNO_QUERY_THROW)->getViewCursor();
    const auto text = uno::Reference<text::XTextDocument>(model, uno::UNO_QUERY_THROW)->getText();
    const uno::Reference<text::XParagraphCursor> paragraph(text->createTextCursorByRange(cursor->getStart()),
                                                           uno::UNO_QUERY_THROW);
    paragraph->gotoStartOfParagraph(false);
    paragraph->gotoEndOfParagraph(true);
    const auto marks = uno::Reference<text::XBookmarksSupplier>(model, uno::UNO_QUERY_THROW)->getBookmarks();
    if (!marks->hasByName(to_ustring(page)))
        return {false, to_utf8(paragraph->getString())};
    const uno::Reference<text::XTextContent> mark(marks->getByName(to_ustring(page)), uno::UNO_QUERY_THROW);
    const bool there = uno::Reference<text::XTextRangeCompare>(text, uno::UNO_QUERY_THROW)
                           ->compareRegionStarts(cursor->getStart(), mark->getAnchor())
                       == 0;
    return {there, to_utf8(paragraph->getString())};
}

class HelpCommand : public ::testing::Test
{
protected:
    void SetUp() override { close_help_documents(); }
    void TearDown() override { close_help_documents(); }
};

} // namespace

// Every link of the help names a page of the same document (no file, no browser), and each page
// links to every other one: any page is one click from any other.
TEST_F(HelpCommand, EveryLinkLeadsToAPageAndEveryPageLinksToEveryOther)
{
    const auto document = Document::new_spreadsheet(test::OfficeEnvironment::context());
    ask_for_help(document, "index");
    const auto model = the_help_document();
    ASSERT_TRUE(model.is());
    const HelpContents contents = read_help(model);
    EXPECT_TRUE(contents.other_links.empty()) << "a link leaves the document: " << contents.other_links.front();
    for (const std::string& page : kPages)
    {
        EXPECT_TRUE(contents.bookmarks.count(page)) << "no bookmark for the page " << page;
        const auto links = contents.links_from.find(page);
        ASSERT_NE(links, contents.links_from.end()) << page << " links nowhere";
        for (const std::string& other : kPages)
        {
            if (other == page)
                continue;
            EXPECT_TRUE(links->second.count(other)) << page << " has no link to " << other;
        }
    }
    std::size_t links = 0;
    for (const auto& [page, targets] : contents.links_from)
    {
        EXPECT_NE(std::find(kPages.begin(), kPages.end(), page), kPages.end()) << "links before the first page: " << page;
        for (const std::string& target : targets)
        {
            EXPECT_TRUE(contents.bookmarks.count(target)) << page << " links to #" << target << ", which is not in the document";
            ++links;
        }
    }
    EXPECT_GE(links, kPages.size() * (kPages.size() - 1));
}

// Each page of the Help command (the menu, the Help buttons, F1) opens the help in the UI
// language, read-only, with the view cursor on that page's heading; asking again moves the same
// window; an unknown page opens the contents.
TEST_F(HelpCommand, EveryPageOpensAtItsHeadingInOneWindowInTheUiLanguage)
{
    const auto document = Document::new_spreadsheet(test::OfficeEnvironment::context());
    for (const std::string& page : kPages)
    {
        ask_for_help(document, page);
        const auto model = the_help_document();
        ASSERT_TRUE(model.is()) << page;
        EXPECT_NE(to_utf8(model->getURL()).find(std::string("/userhelp/") + (english() ? "en" : "vi") + "/help.fodt"),
                  std::string::npos)
            << to_utf8(model->getURL());
        EXPECT_TRUE(uno::Reference<frame::XStorable>(model, uno::UNO_QUERY_THROW)->isReadonly()) << page;
        const auto [there, paragraph] = view_cursor_at(model, page);
        EXPECT_TRUE(there) << page << ": the view cursor is in \"" << paragraph << "\"";
    }
    ask_for_help(document, "no-such-page");
    const auto [there, paragraph] = view_cursor_at(the_help_document(), "index");
    EXPECT_TRUE(there) << "an unknown page opens the contents, not \"" << paragraph << "\"";
    const std::string text = to_utf8(
        uno::Reference<text::XTextDocument>(the_help_document(), uno::UNO_QUERY_THROW)->getText()->getString());
    EXPECT_NE(text.find(english() ? "How to work" : "Thứ tự làm việc"), std::string::npos);
}

// Tools ▸ Options ▸ Sáng kiến ▸ Cài đặt: the Options dialog's own Help button goes to LibreOffice's
// help, which knows nothing of an extension's page, so the page has a Help button of its own; it
// opens the help at the settings page.
TEST_F(HelpCommand, TheSettingsPageHasAHelpButtonOpeningItsPage)
{
    const auto context = test::OfficeEnvironment::context();
    const uno::Reference<awt::XContainerWindowEventHandler> handler(
        context->getServiceManager()->createInstanceWithContext(to_ustring("vn.sangkien.OptionsHandler"), context),
        uno::UNO_QUERY_THROW);
    const auto location = deployment::PackageInformationProvider::get(context)->getPackageLocation(
        to_ustring("vn.sangkien.extension"));
    const auto page = awt::DialogProvider2::create(context)->createDialog(location + to_ustring("/dialogs/Options.xdl"));
    ASSERT_TRUE(page.is());
    const uno::Reference<awt::XWindow> window(page, uno::UNO_QUERY_THROW);
    const auto button = uno::Reference<awt::XControlContainer>(page, uno::UNO_QUERY_THROW)->getControl(to_ustring("Help"));
    ASSERT_TRUE(button.is()) << "no Help button on the page";
    rtl::OUString label;
    uno::Reference<beans::XPropertySet>(button->getModel(), uno::UNO_QUERY_THROW)->getPropertyValue(to_ustring("Label")) >>=
        label;
    EXPECT_EQ(to_utf8(label), "&options.help"); // Trợ giúp / Help, from the dialog's resources
    const auto methods = handler->getSupportedMethodNames();
    EXPECT_NE(std::find(methods.begin(), methods.end(), to_ustring("help")), methods.end());

    EXPECT_TRUE(handler->callHandlerMethod(window, uno::Any(to_ustring("initialize")), to_ustring("external_event")));
    EXPECT_TRUE(handler->callHandlerMethod(window, uno::Any(), to_ustring("help")));
    const auto model = the_help_document();
    ASSERT_TRUE(model.is());
    const auto [there, paragraph] = view_cursor_at(model, "settings");
    EXPECT_TRUE(there) << "the view cursor is in \"" << paragraph << "\"";
    uno::Reference<lang::XComponent>(page, uno::UNO_QUERY_THROW)->dispose();
}
