// SK.TIEN in a real Calc: typed through XCell::setFormula, fed from cells, failing safely, stored
// in .ods under its permanent name, and described in the Function Wizard.
#include <array>
#include <cstdio>
#include <memory>

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <vn/sangkien/XSangKien.hpp>

#include "office_fixture.hxx"
#include "core/text/messages.hxx"
#include "core/text/money.hxx"

using namespace sangkien;
using namespace com::sun::star;
using launcher::Document;

namespace {

struct FormulaCase
{
    const char* text;
    double expected;
};

// The written forms of shared/domain/VIETNAMESE.md and the plan's threshold boundaries.
constexpr FormulaCase kFormulaCases[] = {
    {"500 triệu", 500000000},       {"0,5 tỷ", 500000000},        {"1,2 tỉ đồng", 1200000000},
    {"500.000.000đ", 500000000},    {"500.000.000 đồng", 500000000}, {"500tr", 500000000},
    {"3 tỷ 200 triệu", 3200000000}, {"500,000,000", 500000000},  {"1.250.000", 1250000},
    {"80.000", 80000},              {"hơn 3.500 tỷ đồng", 3.5e12}, {"khoảng 50 triệu", 50000000},
    {"499.999.999", 499999999},     {"500.000.001", 500000001},   {"", 0},
    {"0", 0},                       {"không", 0},
};

class SkTien : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { document_ = std::make_unique<Document>(Document::new_spreadsheet(test::OfficeEnvironment::context())); }
    static void TearDownTestSuite() { document_.reset(); }
    static std::unique_ptr<Document> document_;
};

std::unique_ptr<Document> SkTien::document_;

TEST_F(SkTien, ReadsEveryWrittenFormThroughSetFormula)
{
    const auto sheet = document_->sheet(0);
    int row = 1;
    for (const auto& c : kFormulaCases)
    {
        const std::string address = "A" + std::to_string(row++);
        const auto cell = launcher::set_formula(sheet, address, std::string("=SK.TIEN(\"") + c.text + "\")");
        EXPECT_EQ(cell.error, 0) << c.text;
        EXPECT_DOUBLE_EQ(cell.value, c.expected) << c.text;
    }
}

TEST_F(SkTien, AgreesWithTheCoreOnTheSameText)
{
    const auto sheet = document_->sheet(0);
    for (const char* text : {"1,2 tỉ đồng", "3 tỷ 200 triệu", "750k", "2 nghìn tỷ"})
    {
        const auto money = core::parse_money(text);
        ASSERT_EQ(money.kind, core::MoneyKind::vnd);
        const auto cell = launcher::set_formula(sheet, "C1", std::string("=SK.TIEN(\"") + text + "\")");
        EXPECT_DOUBLE_EQ(cell.value, static_cast<double>(money.dong)) << text;
    }
}

TEST_F(SkTien, TakesCellsHoldingTextNumbersOrNothing)
{
    const auto sheet = document_->sheet(0);
    launcher::set_formula(sheet, "E1", "0,5 tỷ");
    launcher::set_formula(sheet, "E2", "1234");
    // E3 stays empty.
    EXPECT_DOUBLE_EQ(launcher::set_formula(sheet, "F1", "=SK.TIEN(E1)").value, 500000000);
    EXPECT_DOUBLE_EQ(launcher::set_formula(sheet, "F2", "=SK.TIEN(E2)").value, 1234);
    const auto empty = launcher::set_formula(sheet, "F3", "=SK.TIEN(E3)");
    EXPECT_EQ(empty.error, 0);
    EXPECT_DOUBLE_EQ(empty.value, 0);
}

TEST_F(SkTien, BadArgumentsGiveErr502NotACrash)
{
    const auto sheet = document_->sheet(0);
    for (const char* formula : {"=SK.TIEN(\"100 triệu USD\")", "=SK.TIEN(\"abc\")", "=SK.TIEN(\"-500 triệu\")",
                                "=SK.TIEN(\"3 tỷ 200\")", "=SK.TIEN(-1)"})
    {
        const auto cell = launcher::set_formula(sheet, "G1", formula);
        EXPECT_EQ(cell.error, 502) << formula;
    }
    // A whole range where one cell is expected: an error value, and Calc goes on.
    const auto range = launcher::set_formula(sheet, "G2", "=SK.TIEN(E1:E3)");
    EXPECT_NE(range.error, 0);
    EXPECT_DOUBLE_EQ(launcher::set_formula(sheet, "G3", "=1+1").value, 2);
}

TEST_F(SkTien, TheReasonReachesApiCallers)
{
    const auto context = test::OfficeEnvironment::context();
    const auto addin = context->getServiceManager()->createInstanceWithContext(
        ascii("vn.sangkien.AddIn"), context);
    const uno::Reference<vn::sangkien::XSangKien> functions(addin, uno::UNO_QUERY_THROW);
    const uno::Reference<sheet::XAddIn> metadata(addin, uno::UNO_QUERY_THROW);
    metadata->setLocale(lang::Locale(ascii("vi"), ascii("VN"), {}));
    EXPECT_DOUBLE_EQ(functions->tien(uno::Any(to_ustring("0,5 tỷ"))), 500000000);
    try
    {
        functions->tien(uno::Any(to_ustring("100 triệu USD")));
        ADD_FAILURE() << "no exception for a foreign currency";
    }
    catch (const lang::IllegalArgumentException& e)
    {
        // In the office's UI language, whatever locale the caller set (the functions speak as the
        // rest of the UI does).
        EXPECT_EQ(to_utf8(e.Message),
                  core::describe_money_problem(core::parse_money("100 triệu USD"), "100 triệu USD",
                                               core::language_from_tag(test::OfficeEnvironment::ui_language(),
                                                                       core::Language::english)));
    }
}

std::string unzip_entry(const std::filesystem::path& archive, const std::string& entry)
{
    const std::string command = "unzip -p '" + archive.string() + "' " + entry;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    std::string out;
    std::array<char, 4096> buffer{};
    while (pipe && std::fgets(buffer.data(), buffer.size(), pipe.get()))
        out += buffer.data();
    return out;
}

TEST(SkTienFile, SurvivesSavingAsOdsAndReloading)
{
    const test::TempDir folder;
    const auto file = folder.path() / "tien.ods";
    std::string formula_before;
    {
        const auto document = Document::new_spreadsheet(test::OfficeEnvironment::context());
        launcher::set_formula(document.sheet(0), "A1", "500 triệu");
        launcher::set_formula(document.sheet(0), "B1", "=SK.TIEN(A1)");
        launcher::set_formula(document.sheet(0), "B2", "=SK.TIEN(\"0,5 tỷ\")");
        formula_before = launcher::cell_formula(document.sheet(0), "B1");
        document.store_to(launcher::file_url(file), "calc8");
    }
    // The file stores the permanent programmatic name, not the display name.
    const std::string content = unzip_entry(file, "content.xml");
    EXPECT_NE(content.find("VN.SANGKIEN.ADDIN.TIEN"), std::string::npos) << content.substr(0, 2000);

    const Document reloaded(test::OfficeEnvironment::context(), launcher::file_url(file));
    // The API spells add-in calls by their programmatic name; the formula comes back unchanged.
    EXPECT_EQ(formula_before, "=VN.SANGKIEN.ADDIN.TIEN(A1)");
    EXPECT_EQ(launcher::cell_formula(reloaded.sheet(0), "B1"), formula_before);
    EXPECT_DOUBLE_EQ(launcher::read_cell(reloaded.sheet(0), "B1").value, 500000000);
    launcher::set_formula(reloaded.sheet(0), "A1", "1,2 tỉ");
    EXPECT_DOUBLE_EQ(launcher::read_cell(reloaded.sheet(0), "B1").value, 1200000000);
    EXPECT_DOUBLE_EQ(launcher::read_cell(reloaded.sheet(0), "B2").value, 500000000);
}

} // namespace
