#include <gtest/gtest.h>

#include <filesystem>

#include "core/documents/dossier_form.hxx"

#include <filesystem>
#include <fstream>

#include <unistd.h>

using namespace sangkien::core;

namespace {

TEST(DossierForm, StartsFromTheSettings)
{
    UserOptions options;
    options.formats = "pdf, docx";
    options.output_folder = "/tmp";
    const DossierForm form = make_dossier_form(options);
    EXPECT_EQ(form.documents, std::vector<bool>(dossier_documents().size(), true));
    EXPECT_EQ(form.formats, (std::vector<bool>{false, true, true}));
    EXPECT_EQ(form.folder, "/tmp");
}

TEST(DossierForm, ReadsTheChoiceOrSaysWhatIsMissing)
{
    DossierForm form{{true, false, false, false, true, false, true}, {true, false, true}, std::filesystem::temp_directory_path().string()};
    const DossierChoice choice = read_dossier_form(form, Language::vietnamese);
    EXPECT_TRUE(choice.problems.empty());
    ASSERT_EQ(choice.documents.size(), 3u);
    EXPECT_STREQ(choice.documents[0].file, "ToTrinh");
    EXPECT_STREQ(choice.documents[1].file, "BaoCaoThanhTichCaNhan");
    EXPECT_STREQ(choice.documents[2].file, "GiayKhen");
    EXPECT_EQ(choice.formats, (std::vector<std::string>{"odt", "pdf"}));

    const DossierChoice empty = read_dossier_form({std::vector<bool>(7, false), std::vector<bool>(3, false), ""}, Language::vietnamese);
    EXPECT_EQ(empty.problems, (std::vector<std::string>{"Chưa chọn văn bản nào.", "Chưa chọn định dạng nào.", "Chưa có thư mục lưu."}));
    // A full path not made yet is no error: the dialog offers to create it.
    const DossierChoice missing = read_dossier_form({std::vector<bool>(7, true), {true, false, false}, "/khong/co/thu/muc"},
                                                    Language::english);
    EXPECT_TRUE(missing.problems.empty());
    EXPECT_TRUE(missing.folder_missing);
    EXPECT_EQ(create_folder_question(missing.folder, Language::vietnamese), "Thư mục /khong/co/thu/muc chưa có. Tạo thư mục này?");
    const DossierChoice relative = read_dossier_form({std::vector<bool>(7, true), {true, false, false}, "ho-so"}, Language::english);
    ASSERT_EQ(relative.problems.size(), 1u);
    EXPECT_NE(relative.problems[0].find("There is no folder ho-so"), std::string::npos) << relative.problems[0];
}

TEST(DossierForm, FolderStates)
{
    namespace fs = std::filesystem;
    const fs::path base = fs::temp_directory_path() / ("sangkien-folder-state-" + std::to_string(::getpid()));
    fs::create_directories(base / "co");
    std::ofstream(base / "tep.txt") << "x";
    const struct
    {
        std::string path;
        FolderState state;
    } cases[] = {
        {(base / "co").string(), FolderState::exists},
        {(base / "moi").string(), FolderState::can_create},
        {(base / "moi" / "sau" / "nua").string(), FolderState::can_create},
        {(base / "tep.txt").string(), FolderState::invalid},          // a file, not a folder
        {(base / "tep.txt" / "con").string(), FolderState::invalid},  // a file in the way
        {"tuong-doi/thu-muc", FolderState::invalid},                  // not a full path
        {"", FolderState::invalid},
    };
    for (const auto& c : cases)
        EXPECT_EQ(folder_state(c.path), c.state) << c.path;
    fs::remove_all(base);
}

TEST(DossierForm, SelectionByName)
{
    EXPECT_EQ(dossier_selection("").size(), 7u);
    const auto chosen = dossier_selection("BienBan, giaykhen,Khac, BaoCaoThanhTichTapThe");
    ASSERT_EQ(chosen.size(), 3u);
    EXPECT_EQ(chosen[0].kind, DocumentKind::minutes);
    EXPECT_EQ(chosen[1].kind, DocumentKind::certificates);
    EXPECT_EQ(chosen[2].kind, DocumentKind::collective_report);
}

} // namespace
