// Developer tool: walks the help as a clerk does, in a visible office under Xvfb, and says what it
// saw. Run:
//   xvfb-run -a -s "-screen 0 1280x800x24" build/help_walk vi build/help-walk      # or en-US
// 1. Calc: the Sáng kiến menu (help_menu) and its "Trợ giúp Sáng kiến" chosen with the keyboard:
//    the help opens at its contents (help_index). Then, in another office, LibreOffice's Help menu
//    opened with the mouse (help_office_menu) and its Trợ giúp Sáng kiến clicked
//    (help_from_office_menu).
// 2. Every link of the help document clicked with the mouse where it shows on the screen (the view
//    first brought to it): each must put its page's heading at the top of the window (help_<page>
//    the first time).
// 3. F1 in the review dialog: the help at its page (help_f1_review); then a link of the help
//    clicked while the dialog is still open (help_f1_link).
// 4. Tools ▸ Options ▸ Sáng kiến ▸ Cài đặt (options): the page's Help button (options_help), F1 on
//    the page (options_f1), and the Options dialog's own Help button (options_office_help), which
//    asks LibreOffice's help.
// A third argument runs one part only (links, menu, dialog, options). Each check prints one line;
// the last says "help walk: N checks, M failed" (exit status 1 when one failed). Needs
// ImageMagick's import and xdotool; LibreOffice's accessibility interfaces tell where the menus, the
// buttons and the help's window are on the screen.
#include <functional>
#include <iostream>
#include <optional>
#include <set>
#include <thread>
#include <vector>

#include <unistd.h>

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleComponent.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XExtendedToolkit.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XBookmarksSupplier.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>
#include <com/sun/star/text/XTextViewCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/uno/Exception.hpp>

#include "sangkien/launcher/office_calls.hxx"
#include "sangkien/launcher/office_session.hxx"
#include "ui_drive.hxx"

using namespace sangkien;
using namespace com::sun::star;
using namespace std::chrono_literals;
namespace a11y = com::sun::star::accessibility;

namespace {

const std::vector<std::string> kPages{"index",    "review",   "documents", "normalise", "merge",
                                      "settings", "criteria", "functions", "templates"};

int checks = 0;
int failed = 0;
launcher::ContextRef help_context; // the office being walked

void check(bool ok, const std::string& what)
{
    ++checks;
    failed += ok ? 0 : 1;
    std::cout << (ok ? "ok    " : "FAILED ") << what << std::endl;
}

// What the office does after a click takes its time, the more so on a busy machine: asked again
// every half second, up to `limit`.
bool eventually(const std::function<bool()>& done, std::chrono::seconds limit = 15s)
{
    for (auto waited = 0ms; waited < limit; waited += 500ms)
    {
        if (done())
            return true;
        tools::pause(500ms);
    }
    return done();
}

// --- The help document, through the API -------------------------------------------------------

uno::Reference<frame::XModel> help_document(const launcher::ContextRef& context)
{
    const auto components = frame::Desktop::create(context)->getComponents()->createEnumeration();
    while (components->hasMoreElements())
    {
        const uno::Reference<frame::XModel> model(components->nextElement(), uno::UNO_QUERY);
        if (model.is() && to_utf8(model->getURL()).find("/userhelp/") != std::string::npos)
            return model;
    }
    return {};
}

uno::Reference<text::XTextViewCursor> view_cursor(const uno::Reference<frame::XModel>& model)
{
    return uno::Reference<text::XTextViewCursorSupplier>(model->getCurrentController(), uno::UNO_QUERY_THROW)->getViewCursor();
}

uno::Reference<text::XTextRange> bookmark(const uno::Reference<frame::XModel>& model, const std::string& page)
{
    const uno::Reference<text::XTextContent> mark(
        uno::Reference<text::XBookmarksSupplier>(model, uno::UNO_QUERY_THROW)->getBookmarks()->getByName(to_ustring(page)),
        uno::UNO_QUERY_THROW);
    return mark->getAnchor();
}

// The page the view cursor is on: the last page bookmark at or before it.
std::string page_shown(const uno::Reference<frame::XModel>& model)
{
    const auto cursor = view_cursor(model)->getStart();
    const uno::Reference<text::XTextRangeCompare> compare(
        uno::Reference<text::XTextDocument>(model, uno::UNO_QUERY_THROW)->getText(), uno::UNO_QUERY_THROW);
    std::string shown = "(before the first page)";
    for (const std::string& page : kPages)
        if (compare->compareRegionStarts(bookmark(model, page), cursor) >= 0)
            shown = page;
    return shown;
}

bool at_page(const uno::Reference<frame::XModel>& model, const std::string& page)
{
    const uno::Reference<text::XTextRangeCompare> compare(
        uno::Reference<text::XTextDocument>(model, uno::UNO_QUERY_THROW)->getText(), uno::UNO_QUERY_THROW);
    return compare->compareRegionStarts(view_cursor(model)->getStart(), bookmark(model, page)) == 0;
}

// Where the view cursor and the window stand in the document, from Writer's view data ("cursor
// left;cursor top;zoom;visible left;visible top;visible right;visible bottom;…", twips).
struct ViewGeometry
{
    sal_Int64 cursor_left = 0, cursor_top = 0, zoom = 100, left = 0, top = 0, right = 0, bottom = 0;
};

ViewGeometry view_geometry(const uno::Reference<frame::XModel>& model)
{
    rtl::OUString data;
    model->getCurrentController()->getViewData() >>= data;
    std::vector<sal_Int64> numbers;
    for (sal_Int32 at = 0; at >= 0 && numbers.size() < 7;)
        numbers.push_back(data.getToken(0, ';', at).toInt64());
    if (numbers.size() < 7)
        return {};
    return {numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5], numbers[6]};
}

// The view cursor's line in the top quarter of the window.
bool cursor_at_top(const uno::Reference<frame::XModel>& model)
{
    const ViewGeometry view = view_geometry(model);
    // A jump puts the line a pixel or so above the window's top edge; going up to Tidy data in the
    // English help, 7 pixels (104 twips) — the heading's line is 130% high, so its letters still
    // show whole (looked at: failed_*.png of an earlier walk showed them cut at 100%).
    const bool top = view.cursor_top >= view.top - 120 && view.cursor_top < view.top + (view.bottom - view.top) / 4;
    if (!top || view.cursor_top < view.top - 20)
        std::cout << "       the cursor's line at " << view.cursor_top << " twips, the window from " << view.top << " to "
                  << view.bottom << "\n";
    return top;
}

// At the page's heading, and the heading at the top of the window.
bool showing(const uno::Reference<frame::XModel>& model, const std::string& page);

struct DocumentLink
{
    uno::Reference<text::XTextRange> range;
    std::string url;
    std::string paragraph;
};

// Every link of the body text, in document order (the help's table has none).
std::vector<DocumentLink> document_links(const uno::Reference<frame::XModel>& model)
{
    std::vector<DocumentLink> links;
    const auto text = uno::Reference<text::XTextDocument>(model, uno::UNO_QUERY_THROW)->getText();
    const auto paragraphs = uno::Reference<container::XEnumerationAccess>(text, uno::UNO_QUERY_THROW)->createEnumeration();
    while (paragraphs->hasMoreElements())
    {
        const uno::Reference<container::XEnumerationAccess> paragraph(paragraphs->nextElement(), uno::UNO_QUERY);
        if (!paragraph.is())
            continue;
        const std::string words = to_utf8(uno::Reference<text::XTextRange>(paragraph, uno::UNO_QUERY_THROW)->getString());
        const auto portions = paragraph->createEnumeration();
        while (portions->hasMoreElements())
        {
            const uno::Reference<beans::XPropertySet> portion(portions->nextElement(), uno::UNO_QUERY_THROW);
            rtl::OUString url;
            portion->getPropertyValue(to_ustring("HyperLinkURL")) >>= url;
            if (!url.isEmpty())
                links.push_back({uno::Reference<text::XTextRange>(portion, uno::UNO_QUERY_THROW), to_utf8(url), words});
        }
    }
    return links;
}

bool showing(const uno::Reference<frame::XModel>& model, const std::string& page)
{
    return at_page(model, page) && cursor_at_top(model);
}

// Whether the window shows the page's heading at its top, wherever the view cursor is: the cursor
// put on the page's bookmark (which does not scroll a read-only document) and compared with the
// window. With a dialog of ours open, a link's jump moves the view but not always the cursor.
bool view_shows(const uno::Reference<frame::XModel>& model, const std::string& page)
{
    view_cursor(model)->gotoRange(bookmark(model, page), false);
    return cursor_at_top(model);
}

// --- Where things are on the screen, through the accessibility interfaces ----------------------

using Context = uno::Reference<a11y::XAccessibleContext>;

Context context_of(const uno::Reference<uno::XInterface>& object)
{
    const uno::Reference<a11y::XAccessible> accessible(object, uno::UNO_QUERY);
    return accessible.is() ? accessible->getAccessibleContext() : nullptr;
}

bool worth_entering(sal_Int16 role)
{
    using namespace a11y::AccessibleRole;
    return role != MENU_BAR && role != MENU && role != TOOL_BAR && role != STATUS_BAR && role != TREE && role != LIST
           && role != TABLE;
}

// Depth first; `visit` returns false to stop the walk.
bool each_accessible(const Context& context, const std::function<bool(const Context&)>& visit, int depth = 0)
{
    if (!context.is() || depth > 25)
        return true;
    if (!visit(context))
        return false;
    if (!worth_entering(context->getAccessibleRole()))
        return true;
    const auto count = context->getAccessibleChildCount();
    for (std::int64_t i = 0; i < count && i < 400; ++i)
        if (!each_accessible(context_of(context->getAccessibleChild(i)), visit, depth + 1))
            return false;
    return true;
}

awt::Point centre_of(const Context& context)
{
    const uno::Reference<a11y::XAccessibleComponent> component(context, uno::UNO_QUERY_THROW);
    const awt::Point at = component->getLocationOnScreen();
    const awt::Size size = component->getSize();
    return {at.X + size.Width / 2, at.Y + size.Height / 2};
}

// The document's window on the screen (its accessible component).
std::optional<std::pair<awt::Point, awt::Size>> document_window(const uno::Reference<frame::XModel>& model)
{
    const auto window = model->getCurrentController()->getFrame()->getContainerWindow();
    Context document;
    each_accessible(context_of(window), [&](const Context& context) {
        if (context->getAccessibleRole() != a11y::AccessibleRole::DOCUMENT_TEXT)
            return true;
        document = context;
        return false;
    });
    if (!document.is())
        return std::nullopt;
    const uno::Reference<a11y::XAccessibleComponent> view(document, uno::UNO_QUERY_THROW);
    return std::make_pair(view->getLocationOnScreen(), view->getSize());
}

void jump_to(const uno::Reference<frame::XModel>& model, const std::string& page)
{
    uno::Sequence<beans::PropertyValue> arguments(1);
    arguments[0].Name = to_ustring("Bookmark");
    arguments[0].Value <<= to_ustring(page);
    const uno::Reference<frame::XDispatchProvider> frame(model->getCurrentController()->getFrame(), uno::UNO_QUERY_THROW);
    frame::DispatchHelper::create(help_context)
        ->executeDispatch(frame, to_ustring(".uno:JumpToMark"), to_ustring(""), 0, arguments);
}

// The mouse wheel over the help's window, as a clerk scrolls to a link further down (the API's
// cursor moves the cursor of a read-only document, not the view).
void scroll(const std::pair<awt::Point, awt::Size>& window, bool down, int notches)
{
    const std::string command = "xdotool mousemove " + std::to_string(window.first.X + window.second.Width / 2) + " "
                                + std::to_string(window.first.Y + window.second.Height / 2) + " click --repeat "
                                + std::to_string(notches) + " --delay 30 " + (down ? "5" : "4");
    if (std::system(command.c_str()) != 0)
        std::cerr << "xdotool failed: " << command << "\n";
    tools::pause(300ms);
}

// Where a link shows on the screen: the view cursor put in its middle, the window scrolled until
// that line shows, its place in the window scaled from twips to the window's pixels. (The
// accessible paragraphs would say it too, but Writer updates them later than the view moves.)
std::optional<awt::Point> where_on_screen(const uno::Reference<frame::XModel>& model, const DocumentLink& link)
{
    const auto cursor = view_cursor(model);
    cursor->gotoRange(link.range->getStart(), false);
    // Far away, the wheel would take long: the view goes to the link's page first, as a click on a
    // link to that page would take it.
    jump_to(model, page_shown(model));
    cursor->gotoRange(link.range->getStart(), false);
    cursor->goRight(static_cast<sal_Int16>(link.range->getString().getLength() / 2), false);
    const auto window = document_window(model);
    if (!window)
        return std::nullopt;
    ViewGeometry view = view_geometry(model);
    sal_Int64 per_notch = 0; // twips one notch of the wheel scrolls, measured on the way
    for (int turn = 0; turn < 20 && view.right > view.left; ++turn)
    {
        // The line wanted a third of the way down the window.
        const sal_Int64 wanted = view.cursor_top - (view.bottom - view.top) / 3;
        const sal_Int64 margin = (view.bottom - view.top) / 10;
        if (view.cursor_top >= view.top + margin / 4 && view.cursor_top <= view.bottom - margin)
            break;
        const int notches =
            per_notch > 0 ? std::max<int>(1, static_cast<int>(std::llabs(wanted - view.top) / per_notch)) : 3;
        scroll(*window, wanted > view.top, notches);
        const ViewGeometry after = view_geometry(model);
        if (after.top != view.top)
            per_notch = std::max<sal_Int64>(1, std::llabs(after.top - view.top) / notches);
        view = after;
    }
    if (view.right <= view.left)
        return std::nullopt;
    const double scale = static_cast<double>(window->second.Width) / static_cast<double>(view.right - view.left);
    const int x = window->first.X + static_cast<int>((view.cursor_left - view.left) * scale);
    const int y = window->first.Y + static_cast<int>((view.cursor_top - view.top) * scale) + 8; // into the line
    if (x < window->first.X || y < window->first.Y || x > window->first.X + window->second.Width
        || y > window->first.Y + window->second.Height)
    {
        std::cout << "       the link at " << x << "," << y << " (cursor " << view.cursor_left << "," << view.cursor_top
                  << " twips, window " << view.left << "," << view.top << "–" << view.right << "," << view.bottom << " twips, "
                  << window->first.X << "," << window->first.Y << " " << window->second.Width << "×" << window->second.Height
                  << " px)\n";
        return std::nullopt;
    }
    return awt::Point{x, y};
}

// The first words of a paragraph, cut between letters.
std::string opening(const std::string& text)
{
    std::size_t end = std::min<std::size_t>(text.size(), 40);
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        ++end;
    return text.substr(0, end) + (end < text.size() ? "…" : "");
}

// --- The walk ----------------------------------------------------------------------------------

std::string menu_key(const std::string& language)
{
    return language.rfind("en", 0) == 0 ? "h" : "r"; // "Sáng kiến ~help", "T~rợ giúp Sáng kiến"
}

// 1 and 2: from the menu, then every link with the mouse.
void walk_links(launcher::OfficeSession& office, const std::string& language, const std::filesystem::path& output)
{
    const auto context = office.context();
    const launcher::Document calc(context, "private:factory/scalc", false);
    tools::pause(4s);
    tools::keys("alt+k");
    tools::screenshot(output / ("help_menu_" + language + ".png"));
    tools::keys(menu_key(language));
    eventually([&] { return help_document(context).is(); });
    const auto model = help_document(context);
    check(model.is(), "Sáng kiến ▸ help opens the help document");
    if (!model.is())
        return;
    tools::screenshot(output / ("help_index_" + language + ".png"));
    check(showing(model, "index"), "the menu opens the help at its contents");

    std::set<std::string> seen{"index"};
    const auto links = document_links(model);
    check(links.size() >= kPages.size() * (kPages.size() - 1), std::to_string(links.size()) + " links in the document");
    for (const DocumentLink& link : links)
    {
        const auto point = where_on_screen(model, link);
        const std::string from = page_shown(model);
        const std::string what = from + " → " + link.url + " (\"" + opening(link.paragraph) + "\")";
        if (!point)
        {
            check(false, what + ": not on the screen");
            continue;
        }
        tools::click_at(point->X, point->Y);
        const std::string target = link.url.substr(1);
        const bool shown = eventually([&] { return at_page(model, target); }, 5s) && showing(model, target);
        check(shown, what + ": clicked at " + std::to_string(point->X) + "," + std::to_string(point->Y) + ", now at "
                         + page_shown(model));
        if (!shown || view_geometry(model).cursor_top < view_geometry(model).top - 20)
            tools::screenshot(output / ((shown ? "cut_" : "failed_") + std::to_string(checks) + "_" + language + ".png"));
        if (seen.insert(target).second)
            tools::screenshot(output / ("help_" + target + "_" + language + ".png"));
    }
}

// A menu of the window's menu bar, or an entry of a menu, by its name (without its ~).
Context menu_entry(const Context& parent, const std::string& name)
{
    const auto count = parent->getAccessibleChildCount();
    for (std::int64_t i = 0; i < count; ++i)
        if (const Context child = context_of(parent->getAccessibleChild(i));
            child.is() && to_utf8(child->getAccessibleName()) == name)
            return child;
    return {};
}

Context menu_bar(const uno::Reference<awt::XWindow>& window)
{
    const Context root = context_of(window);
    const auto count = root.is() ? root->getAccessibleChildCount() : 0;
    for (std::int64_t i = 0; i < count; ++i)
        if (const Context child = context_of(root->getAccessibleChild(i));
            child.is() && child->getAccessibleRole() == a11y::AccessibleRole::MENU_BAR)
            return child;
    return {};
}

// 1b: LibreOffice's own Help menu, with the mouse: Trợ giúp Sáng kiến is there too.
void walk_office_menu(launcher::OfficeSession& office, const std::string& language, const std::filesystem::path& output)
{
    const auto context = office.context();
    const bool english = language.rfind("en", 0) == 0;
    const launcher::Document calc(context, "private:factory/scalc", false);
    tools::pause(4s);
    const Context bar = menu_bar(calc.model()->getCurrentController()->getFrame()->getContainerWindow());
    // LibreOffice's Vietnamese menus are partly English: either name.
    Context help = bar.is() ? menu_entry(bar, english ? "Help" : "Trợ giúp") : nullptr;
    if (!help.is() && bar.is())
        help = menu_entry(bar, "Help");
    check(help.is(), "LibreOffice's menu bar has its Help menu");
    if (!help.is())
        return;
    const awt::Point menu = centre_of(help);
    tools::click_at(menu.X, menu.Y);
    tools::screenshot(output / ("help_office_menu_" + language + ".png"));
    const Context entry = menu_entry(help, english ? "Sáng kiến help" : "Trợ giúp Sáng kiến");
    check(entry.is(), "the Help menu holds the extension's help");
    if (!entry.is())
        return;
    const awt::Point item = centre_of(entry);
    tools::click_at(item.X, item.Y);
    eventually([&] { return help_document(context).is(); });
    const auto model = help_document(context);
    tools::screenshot(output / ("help_from_office_menu_" + language + ".png"));
    check(model.is() && showing(model, "index"), "Help ▸ Trợ giúp Sáng kiến opens the help at its contents");
}

// 3: F1 in a dialog of ours, and the help used while the dialog is open.
void walk_dialog_f1(launcher::OfficeSession& office, const std::string& language, const std::filesystem::path& output)
{
    const auto context = office.context();
    const auto copy = std::filesystem::temp_directory_path() / ("sangkien-help-walk-" + std::to_string(getpid()) + ".fods");
    std::filesystem::copy_file(SANGKIEN_EXAMPLE, copy, std::filesystem::copy_options::overwrite_existing);
    {
        const launcher::Document workbook(context, launcher::file_url(copy), false);
        tools::pause(3s);
        std::thread dialog([&workbook] {
            try
            {
                launcher::dispatch_command(workbook, "vn.sangkien:ReviewDialog");
            }
            catch (...)
            {
                // The office was stopped with the dialog still open.
            }
        });
        tools::pause(4s);
        tools::keys("F1");
        eventually([&] { return help_document(context).is(); });
        tools::pause(1s);
        tools::screenshot(output / ("help_f1_review_" + language + ".png"));
        const auto model = help_document(context);
        check(model.is() && showing(model, "review"), "F1 in Xét khen thưởng opens the help at its page");
        if (model.is())
        {
            const auto links = document_links(model);
            // The review page's link to the contents, on the line under its heading.
            const uno::Reference<text::XTextRangeCompare> compare(
                uno::Reference<text::XTextDocument>(model, uno::UNO_QUERY_THROW)->getText(), uno::UNO_QUERY_THROW);
            const auto to_index = std::find_if(links.begin(), links.end(), [&](const DocumentLink& link) {
                return link.url == "#index" && compare->compareRegionStarts(bookmark(model, "review"), link.range) > 0;
            });
            const auto point = to_index == links.end() ? std::nullopt : where_on_screen(model, *to_index);
            check(point.has_value(), "the review page's link to the contents is on the screen");
            if (point)
            {
                // Seen under Xvfb (no window manager): with a dialog of ours open, the first click
                // on the help's window often only activates it; the second follows the link.
                int clicks = 0;
                std::string cursor_at; // where the click put the view cursor (view_shows moves it)
                while (clicks < 3 && !view_shows(model, "index"))
                {
                    view_cursor(model)->gotoRange(bookmark(model, "review"), false);
                    tools::click_at(point->X, point->Y);
                    ++clicks;
                    cursor_at = page_shown(model);
                    eventually([&] { return view_shows(model, "index"); }, 5s);
                }
                std::cout << "       clicks needed: " << clicks << "; after the last, the view cursor on " << cursor_at
                          << std::endl;
                tools::screenshot(output / ("help_f1_link_" + language + ".png"));
                check(view_shows(model, "index"), "with the dialog open, a link of the help can be followed");
            }
        }
        office.stop();
        dialog.join();
    }
    std::error_code ignored;
    std::filesystem::remove(copy, ignored);
    std::filesystem::remove(copy.parent_path() / (".~lock." + copy.filename().string() + "#"), ignored);
}

struct PageButtons
{
    std::optional<awt::Point> ours;   // the page's own Help button
    std::optional<awt::Point> office; // the Options dialog's Help button
    std::optional<awt::Point> field;  // a text field of the page
};

// Our page holds the Browse… buttons; the dialog's own Help button is elsewhere.
PageButtons find_buttons(const launcher::ContextRef& context, const std::string& help, const std::string& browse)
{
    PageButtons found;
    const uno::Reference<awt::XExtendedToolkit> toolkit(awt::Toolkit::create(context), uno::UNO_QUERY_THROW);
    // The toolkit's list of top windows: marked deprecated in UNOIDL, with no replacement.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    std::vector<uno::Reference<awt::XTopWindow>> windows;
    for (sal_Int32 w = 0; w < toolkit->getTopWindowCount(); ++w)
        windows.push_back(toolkit->getTopWindow(w));
#pragma GCC diagnostic pop
    for (const auto& window : windows)
    {
        const Context dialog = context_of(window);
        if (!dialog.is() || dialog->getAccessibleRole() != a11y::AccessibleRole::DIALOG)
            continue; // the document windows: nothing to look for there
        each_accessible(dialog, [&](const Context& context) {
            const auto count = context->getAccessibleChildCount();
            bool page = false;
            for (std::int64_t i = 0; i < count; ++i)
                if (const Context child = context_of(context->getAccessibleChild(i));
                    child.is() && child->getAccessibleRole() == a11y::AccessibleRole::PUSH_BUTTON
                    && to_utf8(child->getAccessibleName()) == browse)
                    page = true;
            for (std::int64_t i = 0; i < count; ++i)
            {
                const Context child = context_of(context->getAccessibleChild(i));
                if (!child.is())
                    continue;
                const auto role = child->getAccessibleRole();
                // LibreOffice's own dialogs may stay English where the page is Vietnamese.
                const std::string name = to_utf8(child->getAccessibleName());
                if (role == a11y::AccessibleRole::PUSH_BUTTON && (name == help || name == "Help"))
                    (page ? found.ours : found.office) = centre_of(child);
                if (page && role == a11y::AccessibleRole::TEXT && !found.field)
                    found.field = centre_of(child);
            }
            return true;
        });
    }
    return found;
}

// 4: the settings page in Tools ▸ Options.
void walk_options(launcher::OfficeSession& office, const std::string& language, const std::filesystem::path& output)
{
    const auto context = office.context();
    const bool english = language.rfind("en", 0) == 0;
    const launcher::Document calc(context, "private:factory/scalc", false);
    tools::pause(4s);
    std::thread options([&calc] {
        try
        {
            launcher::dispatch_command(calc, "vn.sangkien:Settings");
        }
        catch (...)
        {
            // The office was stopped with the dialog still open.
        }
    });
    tools::pause(5s);
    tools::screenshot(output / ("options_" + language + ".png"));
    const PageButtons buttons = find_buttons(context, english ? "Help" : "Trợ giúp", english ? "Browse…" : "Chọn…");
    check(buttons.ours.has_value(), "the settings page has a Help button of its own");
    check(buttons.office.has_value(), "the Options dialog has its own Help button");
    if (buttons.ours)
    {
        tools::click_at(buttons.ours->X, buttons.ours->Y);
        eventually([&] { return help_document(context).is(); });
        tools::pause(1s);
        tools::screenshot(output / ("options_help_" + language + ".png"));
        const auto model = help_document(context);
        check(model.is() && showing(model, "settings"), "the page's Help button opens the help at Cài đặt");
        if (model.is() && buttons.field)
        {
            // Without a window manager the help's window stays over the Options dialog: hidden
            // here, as a clerk would click the dialog, then F1 must bring it back at Cài đặt.
            const auto window = model->getCurrentController()->getFrame()->getContainerWindow();
            view_cursor(model)->gotoRange(bookmark(model, "index"), false);
            window->setVisible(false);
            tools::click_at(buttons.field->X, buttons.field->Y);
            tools::keys("F1");
            eventually([&] { return at_page(model, "settings"); }, 10s);
            tools::screenshot(output / ("options_f1_" + language + ".png"));
            check(showing(model, "settings") && uno::Reference<awt::XWindow2>(window, uno::UNO_QUERY_THROW)->isVisible(),
                  "F1 on the settings page shows the help at Cài đặt");
            window->setVisible(false);
        }
    }
    if (buttons.office)
    {
        // What the clerk meets there: LibreOffice's help (a "Help Not Installed" box without the
        // help package) — looked at, not checked.
        if (buttons.field)
            tools::click_at(buttons.field->X, buttons.field->Y);
        tools::click_at(buttons.office->X, buttons.office->Y);
        tools::pause(3s);
        tools::screenshot(output / ("options_office_help_" + language + ".png"));
    }
    office.stop();
    options.join();
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3 && argc != 4)
    {
        std::cerr << "usage: help_walk vi|en-US OUTPUT_DIR [links|menu|dialog|options]\n";
        return 2;
    }
    const std::string language = argv[1];
    const std::filesystem::path output = argv[2];
    const std::string only = argc == 4 ? argv[3] : "";
    std::filesystem::create_directories(output);
    try
    {
        const launcher::UnoRuntime runtime(launcher::find_office_program_dir(std::nullopt));
        using Step = void (*)(launcher::OfficeSession&, const std::string&, const std::filesystem::path&);
        for (const auto& [name, step] : std::initializer_list<std::pair<std::string, Step>>{
                 {"links", walk_links}, {"menu", walk_office_menu}, {"dialog", walk_dialog_f1}, {"options", walk_options}})
        {
            if (!only.empty() && only != name)
                continue;
            launcher::PrivateOffice started(tools::visible_office(runtime, language));
            help_context = started.session().context();
            step(started.session(), language, output);
            help_context.clear();
        }
    }
    catch (const uno::Exception& e)
    {
        std::cerr << to_utf8(e.Message) << "\n";
        return 1;
    }
    catch (const std::exception& e)
    {
        std::cerr << e.what() << "\n";
        return 1;
    }
    std::cout << "help walk: " << checks << " checks, " << failed << " failed\n";
    return failed == 0 ? 0 : 1;
}
