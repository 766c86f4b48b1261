#include <gtest/gtest.h>

#include <filesystem>

#include "sangkien/core/dossier_form.hxx"

using namespace sangkien::core;

namespace {

TEST(DossierForm, StartsFromTheSettings)
{
    UserOptions options;
    options.formats = "pdf, docx";
    options.output_folder = "/tmp";
    const DossierForm form = make_dossier_form(options);
    EXPECT_EQ(form.documents, std::vector<bool>(5, true));
    EXPECT_EQ(form.formats, (std::vector<bool>{false, true, true}));
    EXPECT_EQ(form.folder, "/tmp");
}

TEST(DossierForm, ReadsTheChoiceOrSaysWhatIsMissing)
{
    DossierForm form{{true, false, false, false, true}, {true, false, true}, std::filesystem::temp_directory_path().string()};
    const DossierChoice choice = read_dossier_form(form, Language::vietnamese);
    EXPECT_TRUE(choice.problems.empty());
    ASSERT_EQ(choice.documents.size(), 2u);
    EXPECT_STREQ(choice.documents[0].file, "ToTrinh");
    EXPECT_STREQ(choice.documents[1].file, "GiayKhen");
    EXPECT_EQ(choice.formats, (std::vector<std::string>{"odt", "pdf"}));

    const DossierChoice empty = read_dossier_form({std::vector<bool>(5, false), std::vector<bool>(3, false), ""}, Language::vietnamese);
    EXPECT_EQ(empty.problems, (std::vector<std::string>{"Chưa chọn văn bản nào.", "Chưa chọn định dạng nào.", "Chưa có thư mục lưu."}));
    const DossierChoice missing = read_dossier_form({std::vector<bool>(5, true), {true, false, false}, "/khong/co/thu/muc"},
                                                    Language::english);
    EXPECT_EQ(missing.problems, (std::vector<std::string>{"There is no folder /khong/co/thu/muc."}));
}

TEST(DossierForm, SelectionByName)
{
    EXPECT_EQ(dossier_selection("").size(), 5u);
    const auto chosen = dossier_selection("BienBan, giaykhen,Khac");
    ASSERT_EQ(chosen.size(), 2u);
    EXPECT_EQ(chosen[0].kind, DocumentKind::minutes);
    EXPECT_EQ(chosen[1].kind, DocumentKind::certificates);
}

} // namespace
