#include <gtest/gtest.h>

#include "core/text/text.hxx"
#include "core//documents/document_data.hxx"
#include "core/rules/criteria_settings.hxx"
#include "core/text/format.hxx"
#include "core/features/sample.hxx"

using namespace sangkien::core;

namespace {

std::string text_of(const FillField& field)
{
    return std::get<std::string>(field.value);
}

WorkbookInput with_settings(WorkbookInput input, std::vector<Row> rows)
{
    input.sheets.erase(std::remove_if(input.sheets.begin(), input.sheets.end(),
                                      [](const Sheet& s) { return s.name == "Thông tin"; }),
                       input.sheets.end());
    input.sheets.push_back(Sheet{"Thông tin", std::move(rows)});
    return input;
}

Cell T(const char* text)
{
    return Cell(std::string(text));
}

TEST(DocumentData, FiguresAreTheReviewsOwn)
{
    const Workbook book = read_workbook(generate_sample({400, 7, false}).input);
    const Review review = review_workbook(book, resolve_criteria(book).criteria);
    const Summary summary = summarise(book, review);
    const FillData data = document_data(book, review, summary, document_settings(book, {}), Date{2023, 9, 15}, Language::vietnamese);

    EXPECT_EQ(std::get<std::int64_t>(data.fields.at("hop_le").value), summary.total.valid);
    EXPECT_EQ(std::get<std::int64_t>(data.fields.at("cap_nhat").value), summary.total.updated);
    EXPECT_EQ(std::get<Amount>(data.fields.at("gia_tri").value).dong, summary.total.value);
    EXPECT_DOUBLE_EQ(std::get<Percent>(data.fields.at("ty_le").value).value, summary.percent_of_quota);
    EXPECT_EQ(std::get<std::int64_t>(data.fields.at("so_cdcs_dat").value), summary.units_reaching_quota);

    // The CĐCS table lists the units of the list, in its order; collectives are those reaching quota.
    const auto& units = data.lists.at("cdcs");
    std::size_t in_list = 0, qualifying = 0;
    for (const auto& unit : review.unions)
    {
        if (!unit.in_list)
            continue;
        ASSERT_LT(in_list, units.size());
        EXPECT_EQ(text_of(units[in_list].at("ten")), unit.name);
        EXPECT_EQ(text_of(units[in_list].at("ket_qua")), unit.needs_check ? "Cần kiểm tra"
                                                         : unit.quota <= 0 ? "Chưa giao chỉ tiêu"
                                                         : unit.qualifies  ? "Đạt"
                                                                           : "Không đạt");
        ++in_list;
        qualifying += unit.qualifies ? 1 : 0;
    }
    EXPECT_EQ(units.size(), in_list);
    EXPECT_EQ(data.lists.at("tap_the").size(), qualifying);

    // Individuals: the qualifying people in the review's (Vietnamese name) order.
    const auto& people = data.lists.at("ca_nhan");
    std::size_t at = 0, contribution_only = 0;
    for (const auto& person : review.people)
        if (person.qualifies)
        {
            ASSERT_LT(at, people.size());
            EXPECT_EQ(text_of(people[at].at("ho_ten")), person.name);
            if (!person.author_ground && person.total_value == 0)
            {
                // Proposed for a contribution: no "0" value, the contribution in the initiatives' place.
                EXPECT_EQ(text_of(people[at].at("gia_tri")), "—");
                EXPECT_EQ(fill_text("{{ca_nhan.gia_tri|tien}}", data, &people[at], Language::vietnamese), "—");
                EXPECT_NE(text_of(people[at].at("sang_kien")).find(person.contribution), std::string::npos);
                ++contribution_only;
            }
            else
                EXPECT_EQ(std::get<Amount>(people[at].at("gia_tri").value).dong, person.total_value);
            EXPECT_EQ(std::get<std::int64_t>(people[at].at("stt").value), static_cast<std::int64_t>(at + 1));
            ++at;
        }
    EXPECT_EQ(at, people.size());
    EXPECT_GT(contribution_only, 0u) << "the sample proposes people for their contribution";
    EXPECT_EQ(data.lists.at("de_nghi").size(), qualifying + people.size());

    // Breakdowns add up to the total.
    std::int64_t valid = 0;
    for (const auto& group : data.lists.at("linh_vuc"))
        valid += std::get<std::int64_t>(group.at("hop_le").value);
    EXPECT_EQ(valid, summary.total.valid);
}

TEST(DocumentData, HeaderAndSignatureFollowTheThongTinSheet)
{
    WorkbookInput input = with_settings(generate_sample({50, 3, false}).input,
                                        {{T("Mục"), T("Giá trị")},
                                         {T("Cấp báo cáo"), T("CĐCS")},
                                         {T("Cơ quan cấp trên"), T("Liên đoàn Lao động huyện Dương Minh Châu")},
                                         {T("Tên đơn vị"), T("Công đoàn cơ sở Trường THCS Chà Là")},
                                         {T("Địa danh"), T("Dương Minh Châu")},
                                         {T("Số văn bản"), T("07/BC-CĐCS")},
                                         {T("Ngày văn bản"), T("5/9/2023")},
                                         {T("Người ký"), T("Trần Văn Bảy")},
                                         {T("Nơi nhận"), T("BTV LĐLĐ huyện;")},
                                         {Cell{}, T("- Lưu: VP.")}});
    const Workbook book = read_workbook(input);
    const Review review = review_workbook(book, resolve_criteria(book).criteria);
    UserOptions options;
    options.signer_title = "Phó Chủ tịch";
    const DocumentSettings settings = document_settings(book, options);
    EXPECT_FALSE(settings.district_level);
    const FillData data = document_data(book, review, summarise(book, review), settings, Date{2024, 1, 1}, Language::vietnamese);
    EXPECT_EQ(text_of(data.fields.at("co_quan_cap_tren")), "LIÊN ĐOÀN LAO ĐỘNG HUYỆN DƯƠNG MINH CHÂU");
    EXPECT_EQ(text_of(data.fields.at("don_vi")), "CÔNG ĐOÀN CƠ SỞ TRƯỜNG THCS CHÀ LÀ");
    EXPECT_EQ(text_of(data.fields.at("dong_ngay")), "Dương Minh Châu, ngày 05 tháng 9 năm 2023");
    EXPECT_EQ(text_of(data.fields.at("so_bao_cao")), "07/BC-CĐCS");
    EXPECT_EQ(text_of(data.fields.at("so_to_trinh")), "      /TTr-CĐCS");
    EXPECT_EQ(text_of(data.fields.at("tham_quyen")), "TM. BAN CHẤP HÀNH");
    EXPECT_EQ(text_of(data.fields.at("chuc_vu_ky")), "PHÓ CHỦ TỊCH");
    EXPECT_EQ(text_of(data.fields.at("nguoi_ky")), "Trần Văn Bảy");
    EXPECT_TRUE(data.conditions.at("cap_co_so"));
    const auto& recipients = data.lists.at("noi_nhan");
    ASSERT_EQ(recipients.size(), 2u);
    EXPECT_EQ(text_of(recipients[0].at("dong")), "- BTV LĐLĐ huyện;");
    EXPECT_EQ(text_of(recipients[1].at("dong")), "- Lưu: VP.");
    // Empty narrative sections become marked prompts.
    EXPECT_TRUE(data.fields.at("nx_iii2").prompt);
}

// Thông tin gives bare numbers: each document's "Số:" line is completed with its type and the
// issuer's abbreviation; a dossier document without its own number keeps the blank.
TEST(DocumentData, BareNumbersAreCompletedPerDocument)
{
    WorkbookInput input = with_settings(generate_sample({30, 5, false}).input,
                                        {{T("Mục"), T("Giá trị")},
                                         {T("Cấp báo cáo"), T("LĐLĐ huyện")},
                                         {T("Tên đơn vị"), T("Liên đoàn Lao động huyện Dương Minh Châu")},
                                         {T("Số văn bản"), T("15")},
                                         {T("Số quyết định"), T(" 7 ")},
                                         {T("Số biên bản"), T("03/BB-CĐN")}});
    const Workbook book = read_workbook(input);
    const Review review = review_workbook(book, resolve_criteria(book).criteria);
    const FillData data = document_data(book, review, summarise(book, review), document_settings(book, {}), Date{2024, 1, 1},
                                        Language::vietnamese);
    // The issuer's abbreviation as a full number writes it (a sector union: CĐN), else by level.
    EXPECT_EQ(text_of(data.fields.at("so_bao_cao")), "15/BC-CĐN");
    EXPECT_EQ(text_of(data.fields.at("so_quyet_dinh")), "07/QĐ-CĐN");
    EXPECT_EQ(text_of(data.fields.at("so_bien_ban")), "03/BB-CĐN");
    EXPECT_EQ(text_of(data.fields.at("so_to_trinh")), "      /TTr-CĐN");
    EXPECT_EQ(fill_text("quỹ khen thưởng năm {{nam}}", data, nullptr, Language::vietnamese), "quỹ khen thưởng năm 2024");
}

TEST(DocumentData, DistrictDefaultsWithoutAThongTinSheet)
{
    WorkbookInput input = generate_sample({30, 5, false}).input;
    input.sheets.erase(std::remove_if(input.sheets.begin(), input.sheets.end(),
                                      [](const Sheet& s) { return s.name == "Thông tin"; }),
                       input.sheets.end());
    const Workbook book = read_workbook(input);
    const Review review = review_workbook(book, resolve_criteria(book).criteria);
    UserOptions options;
    options.unit_name = "Liên đoàn Lao động huyện Dương Minh Châu";
    const FillData data = document_data(book, review, summarise(book, review), document_settings(book, options),
                                        Date{2023, 9, 15}, Language::vietnamese);
    EXPECT_EQ(text_of(data.fields.at("tham_quyen")), "TM. BAN THƯỜNG VỤ");
    EXPECT_EQ(text_of(data.fields.at("don_vi")), "LIÊN ĐOÀN LAO ĐỘNG HUYỆN DƯƠNG MINH CHÂU");
    EXPECT_EQ(text_of(data.fields.at("so_bao_cao")), "      /BC-LĐLĐ");
    EXPECT_TRUE(data.fields.at("nguoi_ky").prompt);
    EXPECT_EQ(text_of(data.lists.at("noi_nhan").back().at("dong")), "- Lưu: VT, LĐLĐ.");
}

} // namespace

namespace {

TEST(DocumentData, NamesInRunningText)
{
    EXPECT_EQ(name_in_text("LIÊN ĐOÀN LAO ĐỘNG HUYỆN DƯƠNG MINH CHÂU"), "Liên đoàn Lao động huyện Dương Minh Châu");
    EXPECT_EQ(name_in_text("CÔNG ĐOÀN CƠ SỞ TRƯỜNG THCS CHÀ LÀ"), "Công đoàn cơ sở Trường THCS Chà Là");
    EXPECT_EQ(name_in_text("Công đoàn Công ty TNHH ABC"), "Công đoàn Công ty TNHH ABC");
    EXPECT_EQ(name_in_text(""), "");
}

} // namespace

namespace {

// Each document's Writer window is named for what it holds, in both languages.
// Thông tin says whether the Giấy khen are printed on pre-printed stock: then their template is
// the stock one; every other document keeps its own.
TEST(DocumentData, CertificatesOnStockUseTheStockTemplate)
{
    for (const auto& [typed, stock] : std::vector<std::pair<const char*, bool>>{{"Có", true}, {"x", true}, {"Không", false}, {"", false}})
    {
        WorkbookInput input = with_settings(generate_sample({30, 5, false}).input,
                                            {{T("Mục"), T("Giá trị")}, {T("Giấy khen in trên phôi"), T(typed)}});
        const Workbook book = read_workbook(input);
        const Review review = review_workbook(book, resolve_criteria(book).criteria);
        const FillData data = document_data(book, review, summarise(book, review), document_settings(book, {}), Date{2024, 1, 1},
                                            Language::vietnamese);
        for (const DocumentInfo& info : document_catalogue())
            EXPECT_EQ(template_name(info, data),
                      info.kind == DocumentKind::certificates && stock ? std::string("GiayKhenPhoi") : std::string(info.file))
                << typed << " " << info.file;
    }
}

TEST(DocumentData, EveryDocumentHasAWindowTitle)
{
    for (const Language language : {Language::vietnamese, Language::english})
        for (const DocumentInfo& info : document_catalogue())
        {
            const std::string key = "document.title." + std::string(info.file);
            const std::string title(text(language, key));
            EXPECT_FALSE(title.empty()) << key;
            EXPECT_NE(title, key) << key;
        }
}

} // namespace

namespace {

// A workbook without a unit name never yields "… của )": the documents carry a marked prompt.
TEST(DocumentData, AMissingUnitNameIsAMarkedPrompt)
{
    const Workbook book = read_workbook(generate_sample({30, 5, false}).input);
    const Review review = review_workbook(book, resolve_criteria(book).criteria);
    DocumentSettings settings = document_settings(book, {});
    settings.issuer.clear();
    settings.issuer_name.clear();
    const FillData data = document_data(book, review, summarise(book, review), settings, Date{2024, 1, 1}, Language::vietnamese);
    for (const char* field : {"don_vi", "don_vi_ten"})
    {
        EXPECT_TRUE(data.fields.at(field).prompt) << field;
        EXPECT_NE(std::get<std::string>(data.fields.at(field).value).find("Tên đơn vị"), std::string::npos) << field;
    }
}

} // namespace

namespace {

// The typical initiatives name their unit as the CĐCS list does (issue 27: "CĐCS TRƯỜNG TIỂU HỌC
// LONG CHỮ" printed as the list's clerk typed it, beside a table of proper names).
TEST(DocumentData, TypicalInitiativesNameTheirUnitAsTheListDoes)
{
    const Workbook book = read_workbook(generate_sample({400, 7, true}).input);
    const Review review = review_workbook(book, resolve_criteria(book).criteria);
    const Summary summary = summarise(book, review);
    const FillData data = document_data(book, review, summary, document_settings(book, {}), Date{2023, 9, 15}, Language::vietnamese);
    std::map<std::string, std::string> listed;
    for (const auto& unit : review.unions)
        if (unit.in_list)
            listed.emplace(unit.key, unit.name);
    std::size_t checked = 0;
    for (const char* list : {"tieu_bieu_linh_vuc", "tieu_bieu_doi_tuong"})
        for (const FillRecord& record : data.lists.at(list))
        {
            const std::string& unit = std::get<std::string>(record.at("don_vi").value);
            const auto it = listed.find(matching_key(unit, {true, true}));
            if (it == listed.end())
                continue;
            EXPECT_EQ(unit, it->second);
            ++checked;
        }
    EXPECT_GT(checked, 0u);
}

} // namespace
