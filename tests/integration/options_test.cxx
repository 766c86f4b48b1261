// Tools ▸ Options ▸ Sáng kiến ▸ Cài đặt: the page is registered, its handler loads and stores the
// settings in the extension's configuration, unreadable texts are kept as typed and said on the
// page and in every review, and the stored
// criteria become the defaults of SK.XETCANHAN and of the review (below a Thông tin sheet).
#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>

#include <filesystem>

#include "office_fixture.hxx"
#include "core/rules/criteria_settings.hxx"
#include "core/text/messages.hxx"

using namespace sangkien;
using namespace com::sun::star;

namespace {

class OptionsPage : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto context = test::OfficeEnvironment::context();
        handler_.set(context->getServiceManager()->createInstanceWithContext(to_ustring("vn.sangkien.OptionsHandler"),
                                                                             context),
                     uno::UNO_QUERY_THROW);
        const auto location = deployment::PackageInformationProvider::get(context)->getPackageLocation(
            to_ustring("vn.sangkien.extension"));
        page_ = awt::DialogProvider2::create(context)->createDialog(location + to_ustring("/dialogs/Options.xdl"));
        ASSERT_TRUE(page_.is());
    }
    void TearDown() override
    {
        // Back to the plan's values for the other tests.
        event("initialize");
        for (const char* name : {"PeriodStart", "PeriodEnd", "Cutoff", "Threshold", "UnitName"})
            set(name, "");
        event("ok");
        uno::Reference<lang::XComponent>(page_, uno::UNO_QUERY_THROW)->dispose();
    }

    bool event(const char* what)
    {
        return handler_->callHandlerMethod(uno::Reference<awt::XWindow>(page_, uno::UNO_QUERY_THROW),
                                           uno::Any(to_ustring(what)), to_ustring("external_event"));
    }
    uno::Reference<beans::XPropertySet> model(const char* name)
    {
        return uno::Reference<beans::XPropertySet>(
            uno::Reference<awt::XControlContainer>(page_, uno::UNO_QUERY_THROW)->getControl(to_ustring(name))->getModel(),
            uno::UNO_QUERY_THROW);
    }
    void set(const char* name, const std::string& text)
    {
        model(name)->setPropertyValue(to_ustring("Text"), uno::Any(to_ustring(text)));
    }
    std::string label(const char* name)
    {
        rtl::OUString text;
        model(name)->getPropertyValue(to_ustring("Label")) >>= text;
        return to_utf8(text);
    }
    std::string get(const char* name)
    {
        rtl::OUString text;
        model(name)->getPropertyValue(to_ustring("Text")) >>= text;
        return to_utf8(text);
    }
    static std::string stored(const char* property)
    {
        return launcher::configuration_value(test::OfficeEnvironment::context(), "/vn.sangkien.Settings/Options", property);
    }

    uno::Reference<awt::XContainerWindowEventHandler> handler_;
    uno::Reference<awt::XDialog> page_;
};

TEST_F(OptionsPage, IsRegisteredWithTheSchemaDefaults)
{
    EXPECT_TRUE(launcher::configuration_node_exists(
        test::OfficeEnvironment::context(),
        "/org.openoffice.Office.OptionsDialog/Nodes/vn.sangkien.options/Leaves/vn.sangkien.options.settings"));
    EXPECT_EQ(stored("Formats"), "odt,pdf");
    ASSERT_TRUE(event("initialize"));
    EXPECT_EQ(get("Formats"), "odt,pdf");
    EXPECT_EQ(get("Threshold"), "");
}

TEST_F(OptionsPage, StoresWhatTheUserTypedAndKeepsUnreadableTextToBeCorrected)
{
    ASSERT_TRUE(event("initialize"));
    set("UnitName", "Liên đoàn Lao động huyện Dương Minh Châu");
    set("Threshold", "300 triệu");
    ASSERT_TRUE(event("ok"));
    EXPECT_EQ(stored("UnitName"), "Liên đoàn Lao động huyện Dương Minh Châu");
    EXPECT_EQ(stored("Threshold"), "300 triệu");
    EXPECT_EQ(label("Problems"), "");

    set("Threshold", "nhiều lắm");
    set("Cutoff", "31/2/2024");
    set("Place", "Dương Minh Châu");
    ASSERT_TRUE(event("ok")); // a warning names the two; everything is kept as typed
    EXPECT_EQ(stored("Threshold"), "nhiều lắm");
    EXPECT_EQ(stored("Cutoff"), "31/2/2024");
    EXPECT_EQ(stored("Place"), "Dương Minh Châu");

    // Opened again, the page shows the text and says what is wrong with it.
    set("Threshold", "1 tỷ");
    ASSERT_TRUE(event("back"));
    EXPECT_EQ(get("Threshold"), "nhiều lắm");
    EXPECT_EQ(label("Problems"), core::format(core::Language::english, "options.unreadable_here",
                                              {std::string(core::text(core::Language::english, core::criterion_setting(core::CriterionKey::cutoff).label_key)) + ", "
                                               + std::string(core::text(core::Language::english, core::criterion_setting(core::CriterionKey::threshold).label_key))}));

    // A review with them says the plan's value stood in: never a silent figure. Where the
    // workbook's Thông tin gives the value (the example's), the settings are not in question.
    const core::Language ui = core::Language::english; // this suite's office
    const std::string said = core::format(ui, "summary.issue_line.place",
                                          {std::string(core::text(ui, "options.settings_place")),
                                           core::format(ui, "options.unreadable",
                                                        {core::format(ui, "form.bad_date", {std::string(core::text(ui, "review.cutoff")),
                                                                                            "31/2/2024"})})});
    const auto bare = launcher::Document::new_spreadsheet(test::OfficeEnvironment::context());
    const char* cells[][2] = {{"A1", "Tên sáng kiến"}, {"B1", "Tác giả"}, {"C1", "Đơn vị"}, {"D1", "Trạng thái"},
                              {"A2", "Máy cắt"},      {"B2", "Nguyễn An"}, {"C2", "Trường A"}, {"D2", "Hợp lệ"}};
    for (const auto& [address, value] : cells)
        launcher::set_formula(bare.sheet(0), address, value);
    const auto without_sheet = launcher::dispatch_command(bare, "vn.sangkien:Check");
    ASSERT_TRUE(without_sheet.succeeded) << without_sheet.result;
    EXPECT_NE(without_sheet.result.find(said), std::string::npos) << without_sheet.result;
    const launcher::Document workbook(test::OfficeEnvironment::context(),
                                      launcher::file_url((std::filesystem::path(SANGKIEN_SOURCE_DIR) / "examples/so-sang-kien-mau.fods").string()),
                                      true, true);
    const auto with_sheet = launcher::dispatch_command(workbook, "vn.sangkien:Check");
    ASSERT_TRUE(with_sheet.succeeded) << with_sheet.result;
    EXPECT_EQ(with_sheet.result.find("31/2/2024"), std::string::npos) << with_sheet.result;

    set("Threshold", "300 triệu");
    set("Cutoff", "");
    ASSERT_TRUE(event("ok"));
    ASSERT_TRUE(event("initialize"));
    EXPECT_EQ(label("Problems"), "");
}

// A file typed as the output folder is said at OK and named on the page, as an unreadable date
// is; it is kept as typed (walk 27: it only showed up when a dossier was made).
TEST_F(OptionsPage, AFileAsTheOutputFolderIsNamed)
{
    ASSERT_TRUE(event("initialize"));
    const std::string file = (std::filesystem::path(SANGKIEN_SOURCE_DIR) / "examples/so-sang-kien-mau.fods").string();
    set("OutputFolder", file);
    ASSERT_TRUE(event("ok")); // a warning names it
    EXPECT_EQ(stored("OutputFolder"), file);
    ASSERT_TRUE(event("back"));
    EXPECT_EQ(label("Problems"), core::format(core::Language::english, "options.unreadable_here",
                                              {std::string(core::text(core::Language::english, "options.output_folder"))}));
    set("OutputFolder", "");
    ASSERT_TRUE(event("ok"));
    ASSERT_TRUE(event("initialize"));
    EXPECT_EQ(label("Problems"), "");
}

TEST_F(OptionsPage, TheStoredCriteriaAreTheDefaultsOfTheFunctions)
{
    const auto document = launcher::Document::new_spreadsheet(test::OfficeEnvironment::context());
    const std::string call =
        "=SK.XETCANHAN(\"Hợp lệ\";\"1/3/2023\";\"1/QĐ\";\"10/1/2022\";\"2/QĐ\";\"10/2/2022\";400000000)";
    EXPECT_EQ(launcher::set_formula(document.sheet(0), "A1", call).text.rfind("Không đạt", 0), 0u);
    ASSERT_TRUE(event("initialize"));
    set("Threshold", "300 triệu");
    ASSERT_TRUE(event("ok"));
    EXPECT_EQ(launcher::set_formula(document.sheet(0), "A2", call).text, "Đạt");
}

} // namespace
