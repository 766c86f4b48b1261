// Every SK.* function typed into a real Calc sheet through XCell::setFormula: values, optional
// arguments, the hidden document argument (criteria from the Thông tin sheet), ranges, errors.
#include <cstdlib>
#include <filesystem>
#include <memory>

#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>

#include "office_fixture.hxx"

using namespace sangkien;
using namespace com::sun::star;
using launcher::Document;

namespace {

class Functions : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        document_ = std::make_unique<Document>(Document::new_spreadsheet(test::OfficeEnvironment::context()));
    }
    static void TearDownTestSuite() { document_.reset(); }

    static uno::Reference<sheet::XSpreadsheet> sheet() { return document_->sheet(0); }
    static launcher::CellResult put(const std::string& address, const std::string& formula)
    {
        return launcher::set_formula(sheet(), address, formula);
    }
    static std::unique_ptr<Document> document_;
};

std::unique_ptr<Document> Functions::document_;

TEST_F(Functions, NgayGivesDateValues)
{
    EXPECT_DOUBLE_EQ(put("A1", "=SK.NGAY(\"31/8/2023\")").value, 45169);
    EXPECT_DOUBLE_EQ(put("A2", "=SK.NGAY(\"ngày 5 tháng 9 năm 2023\")").value, 45174);
    EXPECT_EQ(put("A3", "=SK.NGAY(\"9/31/2023\")").error, 502);
    EXPECT_DOUBLE_EQ(put("A4", "=ISNA(SK.NGAY(Z99))").value, 1);
}

TEST_F(Functions, TienChuWithOptionalUnit)
{
    EXPECT_EQ(put("B1", "=SK.TIENCHU(500000000)").text, "Năm trăm triệu đồng");
    EXPECT_EQ(put("B2", "=SK.TIENCHU(\"1,25 tỷ\")").text, "Một tỷ hai trăm năm mươi triệu đồng");
    EXPECT_EQ(put("B3", "=SK.TIENCHU(105;\"\")").text, "Một trăm linh năm");
    EXPECT_EQ(put("B4", "=SK.TIENCHU(33000000000000)").text, "Ba mươi ba nghìn tỷ đồng");
    EXPECT_EQ(put("B5", "=SK.TIENCHU(\"100 USD\")").error, 502);
}

TEST_F(Functions, NgayThangWithOptionalPlace)
{
    EXPECT_EQ(put("C1", "=SK.NGAYTHANG(SK.NGAY(\"5/9/2023\");\"Huyện Dương Minh Châu\")").text,
              "Huyện Dương Minh Châu, ngày 05 tháng 9 năm 2023");
    EXPECT_EQ(put("C2", "=SK.NGAYTHANG(\"15/1/2024\")").text, "ngày 15 tháng 01 năm 2024");
}

TEST_F(Functions, ChuanHoaAndKhoaTen)
{
    EXPECT_EQ(put("D1", "=SK.CHUANHOA(\"  Coâng ñoaøn  cô sôû \")").text, "Công đoàn cơ sở");
    const auto an = put("D2", "=SK.KHOATEN(\"Lê Văn An\")").text;
    const auto anh = put("D3", "=SK.KHOATEN(\"Phạm Đức Anh\")").text;
    const auto dat = put("D4", "=SK.KHOATEN(\"Bùi Quốc Đạt\")").text;
    EXPECT_LT(an, anh);
    EXPECT_LT(anh, dat);
    EXPECT_DOUBLE_EQ(put("D5", "=IF(D2<D3;1;0)+IF(D3<D4;1;0)").value, 2); // Calc's own comparison agrees
}

TEST_F(Functions, XetCaNhanUsesThePlanThenTheInformationSheet)
{
    const std::string pass = "=SK.XETCANHAN(\"Hợp lệ\";\"1/3/2023\";\"1/QĐ\";\"10/1/2022\";\"2/QĐ\";\"10/2/2022\";";
    EXPECT_EQ(put("E1", pass + "\"500 triệu\")").text, "Đạt");
    // Reasons and their figures follow the UI language; the verdict words are the same in every
    // language (formulas test them).
    const auto e2 = put("E2", pass + "499999999)");
    EXPECT_EQ(e2.text.rfind("Không đạt: ", 0), 0u) << e2.text;
    const bool vietnamese = test::OfficeEnvironment::ui_language() == "vi";
    EXPECT_NE(e2.text.find(vietnamese ? "giá trị làm lợi 499.999.999 đồng dưới mức 500.000.000 đồng"
                                      : "benefit value 499,999,999 VND below 500,000,000 VND"),
              std::string::npos)
        << e2.text;
    EXPECT_EQ(put("E3", pass + "499999999;\"Có\")").text, "Đạt");
    EXPECT_NE(put("E4", pass + "\"100 triệu USD\")").text.find("USD"), std::string::npos);

    // A Thông tin sheet lowering the threshold changes the verdict after recalculation.
    const uno::Reference<sheet::XSpreadsheetDocument> spreadsheet(document_->component(), uno::UNO_QUERY_THROW);
    spreadsheet->getSheets()->insertNewByName(to_ustring("Thông tin"), 1);
    const uno::Reference<sheet::XSpreadsheet> info(spreadsheet->getSheets()->getByName(to_ustring("Thông tin")),
                                                   uno::UNO_QUERY_THROW);
    launcher::set_formula(info, "A1", "Ngưỡng giá trị làm lợi");
    launcher::set_formula(info, "B1", "100 triệu");
    EXPECT_EQ(put("E5", pass + "499999999)").text, "Đạt");
    launcher::set_formula(info, "B1", "1 tỷ");
    EXPECT_EQ(put("E6", pass + "\"500 triệu\")").text.rfind("Không đạt", 0), 0u);
    spreadsheet->getSheets()->removeByName(to_ustring("Thông tin"));
}

TEST_F(Functions, XetTapTheAtTheQuota)
{
    EXPECT_EQ(put("F1", "=SK.XETTAPTHE(10;10)").text, "Đạt");
    EXPECT_EQ(put("F2", "=SK.XETTAPTHE(9;10)").text, "Không đạt: 9/10 (90%)");
    EXPECT_DOUBLE_EQ(put("F3", "=ISNA(SK.XETTAPTHE(3;0))").value, 1);
}

TEST_F(Functions, DemHopLeAndTongGiaTriOverRanges)
{
    const char* rows[][4] = {{"CĐCS Trường A", "Hợp lệ", "500 triệu", "31/8/2023"},
                             {"Trường A", "hợp lệ ", "100", "1/9/2023"},
                             {"Công đoàn cơ sở trường a", "Chờ duyệt", "100 USD", ""},
                             {"Trường B", "Hợp lệ", "7", ""}};
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 4; ++c)
            if (*rows[r][c])
                launcher::set_text(sheet(), std::string(1, static_cast<char>('H' + c)) + std::to_string(r + 1),
                                   rows[r][c]);
    EXPECT_DOUBLE_EQ(put("L1", "=SK.DEMHOPLE(H1:H4;\"Trường A\";I1:I4)").value, 2);
    EXPECT_DOUBLE_EQ(put("L2", "=SK.DEMHOPLE(H1:H4;\"Trường A\";I1:I4;K1:K4)").value, 1);
    EXPECT_DOUBLE_EQ(put("L3", "=SK.TONGGIATRI(H1:H4;\"truong a\";J1:J4)").value, 500000100);
    EXPECT_EQ(put("L4", "=SK.TONGGIATRI(H1:H4;\"Trường A\";J1:J3)").error, 502);
    // Whole columns of a sheet are accepted.
    EXPECT_DOUBLE_EQ(put("L5", "=SK.DEMHOPLE(H:H;\"Trường B\";I:I)").value, 1);

    // The whole per-CĐCS table in one array formula: uploaded, valid, value per listed unit.
    launcher::set_text(sheet(), "M1", "Trường B");
    launcher::set_text(sheet(), "M2", "trường a");
    launcher::set_text(sheet(), "M3", "Trường C");
    launcher::set_array_formula(sheet(), "N1:P3", "=SK.TONGHOPCDCS(M1:M3;H1:H4;I1:I4;J1:J4)");
    const double expected[3][3] = {{1, 1, 7}, {3, 2, 500000100}, {0, 0, 0}};
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c)
        {
            const auto address = std::string(1, static_cast<char>('N' + c)) + std::to_string(r + 1);
            const auto cell = launcher::read_cell(sheet(), address);
            EXPECT_EQ(cell.error, 0) << address;
            EXPECT_DOUBLE_EQ(cell.value, expected[r][c]) << address;
        }
    launcher::set_array_formula(sheet(), "N5:P6", "=SK.TONGHOPCDCS(M1:M2;H:H;I:I;J:J;K:K)");
    EXPECT_DOUBLE_EQ(launcher::read_cell(sheet(), "N6").value, 1); // one row of Trường A uploaded by the cut-off
    EXPECT_DOUBLE_EQ(launcher::read_cell(sheet(), "O6").value, 1);
    launcher::set_array_formula(sheet(), "N8:P8", "=SK.TONGHOPCDCS(M1;H1:H4;I1:I3;J1:J4)");
    EXPECT_EQ(launcher::read_cell(sheet(), "N8").error, 502);
}

// Every function in one document, saved as .ods and as .xlsx, reloaded and recalculated.
struct StoredCase
{
    const char* address;
    const char* formula;
    const char* expected_text; // or nullptr for a number
    double expected_value;
};

constexpr StoredCase kStored[] = {
    {"A1", "=SK.TIEN(\"0,5 tỷ\")", nullptr, 500000000},
    {"A2", "=SK.NGAY(\"31/8/2023\")", nullptr, 45169},
    {"A3", "=SK.TIENCHU(1250000000)", "Một tỷ hai trăm năm mươi triệu đồng", 0},
    {"A4", "=SK.NGAYTHANG(45174;\"Huyện Dương Minh Châu\")", "Huyện Dương Minh Châu, ngày 05 tháng 9 năm 2023", 0},
    {"A5", "=SK.CHUANHOA(\" Vieät  Nam \")", "Việt Nam", 0},
    {"A6", "=LEN(SK.KHOATEN(\"Lê Văn An\"))>0", nullptr, 1},
    {"A7", "=SK.XETCANHAN(\"Hợp lệ\";\"1/3/2023\";\"1/QĐ\";\"10/1/2022\";\"2/QĐ\";\"10/2/2022\";\"500 triệu\")", "Đạt", 0},
    {"A8", "=SK.XETTAPTHE(9;10)", "Không đạt: 9/10 (90%)", 0},
    {"A9", "=SK.DEMHOPLE(C1:C3;\"Trường A\";D1:D3)", nullptr, 2},
    {"A10", "=SK.TONGGIATRI(C1:C3;\"Trường A\";E1:E3)", nullptr, 600000000},
    {"A11", "=INDEX(SK.TONGHOPCDCS(C1:C3;C1:C3;D1:D3;E1:E3);2;3)", nullptr, 600000000},
};

void fill(const uno::Reference<sheet::XSpreadsheet>& sheet)
{
    const char* data[][3] = {{"CĐCS Trường A", "Hợp lệ", "500 triệu"}, {"Trường A", "Hợp lệ", "100000000"},
                             {"Trường B", "Hợp lệ", "7"}};
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c)
            launcher::set_text(sheet, std::string(1, static_cast<char>('C' + c)) + std::to_string(r + 1), data[r][c]);
    for (const auto& c : kStored)
        launcher::set_formula(sheet, c.address, c.formula);
}

void expect_values(const uno::Reference<sheet::XSpreadsheet>& sheet, const std::string& where)
{
    for (const auto& c : kStored)
    {
        const auto cell = launcher::read_cell(sheet, c.address);
        EXPECT_EQ(cell.error, 0) << where << " " << c.formula;
        if (c.expected_text)
            EXPECT_EQ(cell.text, c.expected_text) << where << " " << c.formula;
        else
            EXPECT_DOUBLE_EQ(cell.value, c.expected_value) << where << " " << c.formula;
    }
}

class StoredFunctions : public ::testing::TestWithParam<std::pair<const char*, const char*>> {};

TEST_P(StoredFunctions, SurviveSavingAndReloading)
{
    const auto [extension, filter] = GetParam();
    const test::TempDir folder;
    const auto file = folder.path() / (std::string("functions.") + extension);
    {
        const auto document = Document::new_spreadsheet(test::OfficeEnvironment::context());
        fill(document.sheet(0));
        expect_values(document.sheet(0), "before saving");
        document.store_to(launcher::file_url(file), filter);
    }
    if (const char* keep = std::getenv("SANGKIEN_KEEP_FILES"))
        std::filesystem::copy_file(file, std::filesystem::path(keep) / file.filename(),
                                   std::filesystem::copy_options::overwrite_existing);
    const Document reloaded(test::OfficeEnvironment::context(), launcher::file_url(file));
    uno::Reference<sheet::XCalculatable>(reloaded.component(), uno::UNO_QUERY_THROW)->calculateAll();
    expect_values(reloaded.sheet(0), std::string("reloaded from .") + extension);
}

INSTANTIATE_TEST_SUITE_P(Formats, StoredFunctions,
                         ::testing::Values(std::make_pair("ods", "calc8"),
                                           std::make_pair("xlsx", "Calc MS Excel 2007 XML")));

} // namespace
