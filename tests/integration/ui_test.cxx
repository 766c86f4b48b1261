// What a user sees of the extension, in the office's UI language (this file runs in an English
// and in a Vietnamese office): the menu and toolbar configuration, the About command, and the
// Function Wizard's texts for SK.TIEN.
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/FunctionArgument.hpp>

#include "office_fixture.hxx"
#include "sangkien/core/addin_catalogue.hxx"
#include "sangkien/core/messages.hxx"

using namespace sangkien;
using namespace com::sun::star;
using launcher::Document;

namespace {

core::Language expected_language()
{
    return core::language_from_tag(test::OfficeEnvironment::ui_language(), core::Language::english);
}

TEST(Configuration, MenuToolbarImagesAndHandlerAreRegistered)
{
    const auto context = test::OfficeEnvironment::context();
    for (const char* node : {"/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar/vn.sangkien.extension.menu",
                             "/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar/vn.sangkien.extension.menu/Submenu/m90_about",
                             "/org.openoffice.Office.Addons/AddonUI/OfficeToolBar/vn.sangkien.extension.toolbar/t90_about",
                             "/org.openoffice.Office.Addons/AddonUI/Images/vn.sangkien.image.about",
                             "/org.openoffice.Office.ProtocolHandler/HandlerSet/vn.sangkien.ProtocolHandler"})
        EXPECT_TRUE(launcher::configuration_node_exists(context, node)) << node;
    EXPECT_FALSE(launcher::configuration_node_exists(
        context, "/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar/no.such.menu"));
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

TEST(FunctionWizard, DescribesSkTienInTheUiLanguage)
{
    const auto context = test::OfficeEnvironment::context();
    const uno::Reference<container::XIndexAccess> descriptions(
        context->getServiceManager()->createInstanceWithContext(
            rtl::OUString::createFromAscii("com.sun.star.sheet.FunctionDescriptions"), context),
        uno::UNO_QUERY_THROW);
    const auto* tien = core::find_addin_function_by_programmatic_name("tien");
    ASSERT_NE(tien, nullptr);
    bool found = false;
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
        if (launcher::utf8(name) != tien->display_name)
            continue;
        found = true;
        EXPECT_EQ(launcher::utf8(description), core::text(expected_language(), tien->description_key));
        ASSERT_EQ(static_cast<std::size_t>(arguments.getLength()), tien->arguments.size());
        EXPECT_EQ(launcher::utf8(arguments[0].Name), core::text(expected_language(), tien->arguments[0].name_key));
        EXPECT_EQ(launcher::utf8(arguments[0].Description),
                  core::text(expected_language(), core::argument_description_key(tien->arguments[0])));
    }
    EXPECT_TRUE(found) << "SK.TIEN is not in the Function Wizard";
}

TEST(FunctionWizard, SkTienIsTypedTheSameInEveryUiLanguage)
{
    const auto document = Document::new_spreadsheet(test::OfficeEnvironment::context());
    const auto cell = launcher::set_formula(document.sheet(0), "A1", "=SK.TIEN(\"500 triệu\")");
    EXPECT_EQ(cell.error, 0);
    EXPECT_DOUBLE_EQ(cell.value, 500000000);
}

} // namespace
