// What a user sees of the extension, in the office's UI language (this file runs in an English
// and in a Vietnamese office): the menu and toolbar configuration, the About command, and the
// Function Wizard's texts for SK.TIEN.
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XHierarchicalNameAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/util/URL.hpp>
#include <com/sun/star/util/URLTransformer.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/FunctionArgument.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <vector>

#include "office_fixture.hxx"
#include "core/rules/addin_catalogue.hxx"
#include "core/text/messages.hxx"
#include "sangkien/uno_common/command_arguments.hxx"

using namespace sangkien;
using namespace com::sun::star;
using launcher::Document;

namespace {

core::Language expected_language()
{
    return core::language_from_tag(test::OfficeEnvironment::ui_language(), core::Language::english);
}

// A read-only view of the configuration at `path`.
uno::Reference<container::XHierarchicalNameAccess> configuration_at(const uno::Reference<uno::XComponentContext>& context,
                                                                    const char* path)
{
    uno::Sequence<uno::Any> arguments(1);
    arguments[0] <<= beans::NamedValue(to_ustring("nodepath"), uno::Any(to_ustring(path)));
    return uno::Reference<container::XHierarchicalNameAccess>(
        configuration::theDefaultProvider::get(context)->createInstanceWithArguments(
            to_ustring("com.sun.star.configuration.ConfigurationAccess"), arguments),
        uno::UNO_QUERY_THROW);
}

TEST(Configuration, MenuToolbarImagesAndHandlerAreRegistered)
{
    const auto context = test::OfficeEnvironment::context();
    for (const char* node : {"/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar/vn.sangkien.extension.menu",
                             "/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar/vn.sangkien.extension.menu/Submenu/m900",
                             "/org.openoffice.Office.Addons/AddonUI/OfficeToolBar/vn.sangkien.extension.toolbar/t900",
                             "/org.openoffice.Office.Addons/AddonUI/Images/vn.sangkien.image.about",
                             "/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar/vn.sangkien.extension.menu/Submenu/m010",
                             "/org.openoffice.Office.Addons/AddonUI/OfficeToolBar/vn.sangkien.extension.toolbar/t010",
                             "/org.openoffice.Office.Addons/AddonUI/Images/vn.sangkien.image.review",
                             "/org.openoffice.Office.ProtocolHandler/HandlerSet/vn.sangkien.ProtocolHandler"})
        EXPECT_TRUE(launcher::configuration_node_exists(context, node)) << node;
    EXPECT_FALSE(launcher::configuration_node_exists(
        context, "/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar/no.such.menu"));
}

// Every entry of the Sáng kiến menu and toolbar and of our line in LibreOffice's Help menu reaches a
// command of ours (nothing dead), and the options page is registered for every module.
TEST(Configuration, EveryMenuEntryIsAWorkingCommand)
{
    const auto context = test::OfficeEnvironment::context();
    const auto addons = configuration_at(context, "/org.openoffice.Office.Addons/AddonUI");
    const auto document = Document::new_spreadsheet(test::OfficeEnvironment::context());
    const uno::Reference<frame::XDispatchProvider> provider(document.model()->getCurrentController()->getFrame(),
                                                           uno::UNO_QUERY_THROW);
    const auto transformer = util::URLTransformer::create(context);
    std::vector<std::string> commands;
    for (const char* container : {"OfficeMenuBar/vn.sangkien.extension.menu/Submenu", "OfficeToolBar/vn.sangkien.extension.toolbar",
                                   "OfficeHelp"})
    {
        const uno::Reference<container::XNameAccess> entries(addons->getByHierarchicalName(to_ustring(container)),
                                                             uno::UNO_QUERY_THROW);
        for (const auto& name : entries->getElementNames())
        {
            rtl::OUString url;
            uno::Reference<container::XNameAccess>(entries->getByName(name), uno::UNO_QUERY_THROW)
                    ->getByName(to_ustring("URL"))
                >>= url;
            if (url == "private:separator")
                continue;
            commands.push_back(to_utf8(url));
            util::URL parsed;
            parsed.Complete = url;
            transformer->parseStrict(parsed);
            EXPECT_TRUE(provider->queryDispatch(parsed, rtl::OUString(), 0).is()) << to_utf8(url);
        }
    }
    // The menu's commands (frozen names: the user's toolbars and shortcuts keep them).
    for (const char* wanted : {"vn.sangkien:ReviewDialog", "vn.sangkien:Report", "vn.sangkien:DossierDialog",
                               "vn.sangkien:NormaliseDialog", "vn.sangkien:NewWorkbook", "vn.sangkien:MergeDialog",
                               "vn.sangkien:Settings", "vn.sangkien:Help", "vn.sangkien:About"})
        EXPECT_NE(std::find(commands.begin(), commands.end(), wanted), commands.end()) << wanted;
    EXPECT_TRUE(launcher::configuration_node_exists(
        context, "/org.openoffice.Office.OptionsDialog/Nodes/vn.sangkien.options/Leaves/vn.sangkien.options.settings"));
    bool all_modules = false;
    uno::Reference<container::XNameAccess>(configuration_at(context, "/org.openoffice.Office.OptionsDialog/Nodes/vn.sangkien.options"),
                                           uno::UNO_QUERY_THROW)
            ->getByName(to_ustring("AllModules"))
        >>= all_modules;
    EXPECT_TRUE(all_modules) << "without AllModules the page is missing from Tools ▸ Options";
}

// In the UI language: each menu entry has an accelerator of its own, a letter every keyboard can
// type (not "đ"); the toolbar carries the main commands, each with its picture.
TEST(Configuration, AcceleratorsAreUniqueAndTypableAndTheToolbarHasTheMainCommands)
{
    const auto context = test::OfficeEnvironment::context();
    const auto addons = configuration_at(context, "/org.openoffice.Office.Addons/AddonUI");
    const auto entries_of = [&](const char* container) {
        std::map<std::string, std::pair<std::string, std::string>> out; // node → URL, Title
        const uno::Reference<container::XNameAccess> entries(addons->getByHierarchicalName(to_ustring(container)),
                                                             uno::UNO_QUERY_THROW);
        for (const auto& name : entries->getElementNames())
        {
            const uno::Reference<container::XNameAccess> entry(entries->getByName(name), uno::UNO_QUERY_THROW);
            rtl::OUString url, title;
            entry->getByName(to_ustring("URL")) >>= url;
            if (entry->hasByName(to_ustring("Title")))
                entry->getByName(to_ustring("Title")) >>= title;
            out[to_utf8(name)] = {to_utf8(url), to_utf8(title)};
        }
        return out;
    };
    std::map<char, std::string> keys;
    for (const auto& [node, entry] : entries_of("OfficeMenuBar/vn.sangkien.extension.menu/Submenu"))
    {
        const auto& [url, title] = entry;
        if (url == "private:separator")
            continue;
        const auto tilde = title.find('~');
        ASSERT_NE(tilde, std::string::npos) << title;
        ASSERT_LT(tilde + 1, title.size()) << title;
        const unsigned char key = static_cast<unsigned char>(title[tilde + 1]);
        EXPECT_TRUE(std::isalpha(key) && key < 0x80) << title << ": the accelerator must be a letter of a US keyboard";
        const char lower = static_cast<char>(std::tolower(key));
        EXPECT_FALSE(keys.count(lower)) << title << " and " << keys[lower] << " share the accelerator " << lower;
        keys[lower] = title;
    }
    std::vector<std::string> toolbar;
    for (const auto& [node, entry] : entries_of("OfficeToolBar/vn.sangkien.extension.toolbar"))
        toolbar.push_back(entry.first);
    std::vector<std::string> pictured;
    for (const auto& [node, entry] : entries_of("Images"))
        pictured.push_back(entry.first);
    for (const char* wanted : {"vn.sangkien:ReviewDialog", "vn.sangkien:Report", "vn.sangkien:DossierDialog",
                               "vn.sangkien:NormaliseDialog", "vn.sangkien:MergeDialog"})
    {
        EXPECT_NE(std::find(toolbar.begin(), toolbar.end(), wanted), toolbar.end()) << wanted;
        EXPECT_NE(std::find(pictured.begin(), pictured.end(), wanted), pictured.end()) << wanted;
    }
}

TEST(AboutCommand, DispatchesAndShowsTheDialogInTheUiLanguage)
{
    const auto document = Document::new_spreadsheet(test::OfficeEnvironment::context());
    const auto outcome = launcher::dispatch_command(document, "vn.sangkien:About");
    ASSERT_TRUE(outcome.dispatched);
    EXPECT_TRUE(outcome.succeeded);
    EXPECT_EQ(outcome.result, core::text(expected_language(), "about.title"));
}

TEST(AboutCommand, UnknownCommandsOfOurProtocolAreNotDispatched)
{
    const auto document = Document::new_spreadsheet(test::OfficeEnvironment::context());
    EXPECT_FALSE(launcher::dispatch_command(document, "vn.sangkien:NoSuchCommand").dispatched);
}

TEST(FunctionWizard, DescribesEveryFunctionInTheUiLanguage)
{
    const auto context = test::OfficeEnvironment::context();
    const uno::Reference<container::XIndexAccess> descriptions(
        context->getServiceManager()->createInstanceWithContext(
            ascii("com.sun.star.sheet.FunctionDescriptions"), context),
        uno::UNO_QUERY_THROW);
    std::map<std::string, std::pair<std::string, uno::Sequence<sheet::FunctionArgument>>> found;
    for (sal_Int32 i = 0; i < descriptions->getCount(); ++i)
    {
        uno::Sequence<beans::PropertyValue> properties;
        descriptions->getByIndex(i) >>= properties;
        rtl::OUString name, description;
        uno::Sequence<sheet::FunctionArgument> arguments;
        for (const auto& property : properties)
        {
            if (property.Name == "Name")
                property.Value >>= name;
            else if (property.Name == "Description")
                property.Value >>= description;
            else if (property.Name == "Arguments")
                property.Value >>= arguments;
        }
        found[to_utf8(name)] = {to_utf8(description), arguments};
    }
    const core::Language language = expected_language();
    for (const auto& function : core::addin_functions())
    {
        const auto it = found.find(std::string(function.display_name));
        ASSERT_NE(it, found.end()) << function.display_name << " is not in the Function Wizard";
        EXPECT_EQ(it->second.first, core::text(language, function.description_key)) << function.display_name;
        std::vector<const core::AddInArgument*> visible;
        for (const auto& argument : function.arguments)
            if (!argument.hidden)
                visible.push_back(&argument);
        const auto& arguments = it->second.second;
        ASSERT_EQ(static_cast<std::size_t>(arguments.getLength()), visible.size()) << function.display_name;
        for (std::size_t a = 0; a < visible.size(); ++a)
        {
            EXPECT_EQ(to_utf8(arguments[static_cast<sal_Int32>(a)].Name), core::text(language, visible[a]->name_key))
                << function.display_name << " argument " << a;
            EXPECT_EQ(to_utf8(arguments[static_cast<sal_Int32>(a)].Description),
                      core::text(language, core::argument_description_key(*visible[a])))
                << function.display_name << " argument " << a;
            // Calc marks every argument of type any as optional; ours that are optional must be.
            if (visible[a]->optional)
            {
                EXPECT_TRUE(arguments[static_cast<sal_Int32>(a)].IsOptional) << function.display_name << " argument " << a;
            }
        }
    }
}

TEST(FunctionWizard, SkTienIsTypedTheSameInEveryUiLanguage)
{
    const auto document = Document::new_spreadsheet(test::OfficeEnvironment::context());
    const auto cell = launcher::set_formula(document.sheet(0), "A1", "=SK.TIEN(\"500 triệu\")");
    EXPECT_EQ(cell.error, 0);
    EXPECT_DOUBLE_EQ(cell.value, 500000000);
}

} // namespace
