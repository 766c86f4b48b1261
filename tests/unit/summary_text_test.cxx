#include <gtest/gtest.h>

#include "core/features/sample.hxx"
#include "core/rules/criteria_settings.hxx"
#include "core/rules/summary_text.hxx"

using namespace sangkien::core;

TEST(SummaryText, QuotesTheCoreFiguresInBothLanguages)
{
    const Workbook book = read_workbook(generate_sample({400, 3, true}).input);
    const Review review = review_workbook(book, resolve_criteria(book).criteria);
    const Summary summary = summarise(book, review);
    const std::string vi = summary_text(book, review, summary, Language::vietnamese);
    const std::string en = summary_text(book, review, summary, Language::english);
    EXPECT_NE(vi.find("Sổ sáng kiến: 400 sáng kiến"), std::string::npos) << vi;
    EXPECT_NE(vi.find("hợp lệ: " + std::to_string(summary.total.valid) + ";"), std::string::npos) << vi;
    EXPECT_NE(vi.find("Công đoàn cơ sở đạt chỉ tiêu: " + std::to_string(summary.units_reaching_quota) + "/"),
              std::string::npos)
        << vi;
    EXPECT_NE(en.find("Initiative workbook: 400 initiatives"), std::string::npos) << en;
    EXPECT_NE(en.find("valid: " + std::to_string(summary.total.valid) + ";"), std::string::npos) << en;
}

TEST(SummaryText, ListsDataProblemsWithTheirCells)
{
    WorkbookInput input;
    input.sheets.push_back(Sheet{"Sáng kiến",
                                 {{Cell(std::string("Tên sáng kiến")), Cell(std::string("Tác giả")),
                                   Cell(std::string("Đơn vị")), Cell(std::string("Ngày cập nhật"))},
                                  {Cell(std::string("A")), Cell(std::string("B")), Cell(std::string("C")),
                                   Cell(std::string("31/2/2023"))}}});
    const Workbook book = read_workbook(input);
    const Review review = review_workbook(book, {});
    const std::string text = summary_text(book, review, summarise(book, review), Language::vietnamese);
    // The five notes: no status, recognition, value document, value or social-value column.
    EXPECT_NE(text.find("Lỗi dữ liệu: 1; ghi chú khác: 5"), std::string::npos) << text;
    EXPECT_EQ(text.rfind("Không xét được tiêu chí: Trạng thái, Văn bản công nhận (số, ngày)", 0), 0u) << text;
    EXPECT_NE(text.find("Trang \"Sáng kiến\", dòng 2, cột D: Ngày \"31/2/2023\" không có thật"), std::string::npos)
        << text;
}

// A problem is placed as far as it is known: a cell, a row, a sheet or a file (named as it is, not
// called a sheet) — never "cột :".
TEST(SummaryText, PlacesEachProblemAsFarAsItIsKnown)
{
    Workbook book = read_workbook(generate_sample({20, 2, true}).input);
    book.issues = {Issue{"an-binh.xlsx › Sáng kiến", 5, "", "A1", "merge.finding", {"Trùng mã."}, true},
                   Issue{"an-binh.xlsx", 0, "", "", "merge.finding", {"Không có danh sách."}, true},
                   Issue{"Sáng kiến", 7, "H", "x", "merge.finding", {"Ô lỗi."}, true}};
    const Review review = review_workbook(book, {});
    for (const auto& [language, expected] :
         {std::pair{Language::vietnamese, std::vector<std::string>{"Trang \"an-binh.xlsx › Sáng kiến\", dòng 5: Trùng mã.",
                                                                  "an-binh.xlsx: Không có danh sách.",
                                                                  "Trang \"Sáng kiến\", dòng 7, cột H: Ô lỗi."}},
          std::pair{Language::english, std::vector<std::string>{"Sheet \"an-binh.xlsx › Sáng kiến\", row 5: Trùng mã.",
                                                               "an-binh.xlsx: Không có danh sách.",
                                                               "Sheet \"Sáng kiến\", row 7, column H: Ô lỗi."}}})
    {
        const std::string text = summary_text(book, review, summarise(book, review), language);
        for (const auto& line : expected)
            EXPECT_NE(text.find(line), std::string::npos) << text;
        EXPECT_EQ(text.find(", cột :"), std::string::npos) << text;
    }
}
