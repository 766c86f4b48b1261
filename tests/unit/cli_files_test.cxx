// Publishing the CLI's outputs (src/cli/files.cxx): never over a file, a set whole or not at all,
// only our own taken back. ctest runs this binary plainly (hard links), and with
// tests/integration/publish_shim.c preloaded: without hard links (the placeholder way, and the
// renameat2 way); the cases of a writer appearing meanwhile or of a disk failing need the shim.
#include <dlfcn.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "files.hxx"

namespace sangkien::cli {
namespace {

bool shim_loaded()
{
    return ::dlsym(RTLD_DEFAULT, "sangkien_publish_shim") != nullptr;
}

std::string read(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void write(const fs::path& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

bool valid_utf8(const std::string& text)
{
    for (std::size_t i = 0; i < text.size();)
    {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 6 ? 2 : (lead >> 4) == 14 ? 3 : (lead >> 3) == 30 ? 4 : 0;
        if (length == 0 || i + length > text.size())
            return false;
        for (std::size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80)
                return false;
        i += length;
    }
    return true;
}

class Publish : public ::testing::Test
{
protected:
    void SetUp() override
    {
        char pattern[] = "/tmp/sangkien-publish-test-XXXXXX";
        root_ = ::mkdtemp(pattern);
        staging_ = root_ / "staging";
        fs::create_directories(staging_);
        out_ = root_ / "out";
    }
    void TearDown() override
    {
        for (const char* variable : {"SANGKIEN_SHIM_CLASH", "SANGKIEN_SHIM_FAIL", "SANGKIEN_SHIM_DROP"})
            ::unsetenv(variable);
        fs::remove_all(root_);
    }

    // A finished file in the staging folder, to be published as `name` in out/.
    Publication staged(const std::string& name, const std::string& text)
    {
        write(staging_ / name, text);
        return {staging_ / name, out_ / name};
    }

    // The names in out/, hidden ones included.
    std::vector<std::string> names() const
    {
        std::vector<std::string> found;
        std::error_code error;
        for (const auto& entry : fs::directory_iterator(out_, error))
            found.push_back(entry.path().filename().string());
        std::sort(found.begin(), found.end());
        return found;
    }

    fs::path root_, staging_, out_;
};

TEST(NumberedPath, AddsTheNumberBeforeTheExtension)
{
    EXPECT_EQ(numbered_path("/d/KetQuaXet.ods", 1), fs::path("/d/KetQuaXet.ods"));
    EXPECT_EQ(numbered_path("/d/KetQuaXet.ods", 2), fs::path("/d/KetQuaXet (2).ods"));
    EXPECT_EQ(numbered_path("/d/Báo cáo.tổng kết.pdf", 12), fs::path("/d/Báo cáo.tổng kết (12).pdf"));
}

TEST(NumberedPath, StaysWithin255BytesAndCutsWholeLetters)
{
    std::string stem;
    while (stem.size() < 245)
        stem += "kiến-";
    for (const std::string tail : {"", "ế", "ếa", "ếab", "ếabc"})
    {
        const std::string name = stem + tail + ".fods"; // 250 to 254 bytes
        for (const int n : {2, 10, 1000})
        {
            const std::string numbered = numbered_path(fs::path("/d") / name, n).filename().string();
            EXPECT_LE(numbered.size(), 255u) << numbered;
            EXPECT_TRUE(valid_utf8(numbered)) << numbered;
            EXPECT_NE(numbered.find(" (" + std::to_string(n) + ").fods"), std::string::npos) << numbered;
        }
    }
}

TEST_F(Publish, MakesTheFolderAndLeavesNoTemporary)
{
    const auto file = staged("KetQuaXet.ods", "kết quả");
    EXPECT_EQ(publish(file.staged, file.wanted, false), file.wanted);
    EXPECT_EQ(read(file.wanted), "kết quả");
    EXPECT_EQ(names(), std::vector<std::string>{"KetQuaXet.ods"});
}

TEST_F(Publish, NeverReplacesAnExistingFile)
{
    fs::create_directories(out_);
    write(out_ / "KetQuaXet.ods", "cũ");
    const auto file = staged("KetQuaXet.ods", "mới");
    EXPECT_EQ(publish(file.staged, file.wanted, false), out_ / "KetQuaXet (2).ods");
    EXPECT_EQ(publish(file.staged, file.wanted, false), out_ / "KetQuaXet (3).ods");
    EXPECT_EQ(read(out_ / "KetQuaXet.ods"), "cũ");
    EXPECT_EQ(read(out_ / "KetQuaXet (3).ods"), "mới");
    EXPECT_EQ(names().size(), 3u);
}

TEST_F(Publish, ReplacesWhenAsked)
{
    fs::create_directories(out_);
    write(out_ / "KetQuaXet.ods", "cũ");
    const auto file = staged("KetQuaXet.ods", "mới");
    EXPECT_EQ(publish(file.staged, file.wanted, true), file.wanted);
    EXPECT_EQ(read(file.wanted), "mới");
    EXPECT_EQ(names(), std::vector<std::string>{"KetQuaXet.ods"});
}

TEST_F(Publish, ANameOf255Bytes)
{
    std::string name;
    for (int i = 0; i < 35; ++i)
        name += "kiến-"; // 7 bytes
    name += "abcdef.ods";
    ASSERT_EQ(name.size(), 255u);
    write(staging_ / "long", "một");
    const auto first = publish(staging_ / "long", out_ / name, false);
    const auto second = publish(staging_ / "long", out_ / name, false);
    EXPECT_EQ(first, out_ / name);
    EXPECT_LE(second.filename().string().size(), 255u);
    EXPECT_NE(second.filename().string().find(" (2).ods"), std::string::npos);
    EXPECT_EQ(read(second), "một");
    EXPECT_EQ(names().size(), 2u);
}

TEST_F(Publish, ASetTakesOneNumberForAllItsFiles)
{
    fs::create_directories(out_);
    write(out_ / "BienBan.pdf", "cũ");
    const std::vector<Publication> set{staged("ToTrinh.odt", "1"), staged("ToTrinh.pdf", "2"), staged("BienBan.odt", "3"),
                                       staged("BienBan.pdf", "4")};
    const auto written = publish_set(set, false);
    ASSERT_EQ(written.size(), 4u);
    EXPECT_EQ(written[0], out_ / "ToTrinh (2).odt");
    EXPECT_EQ(written[3], out_ / "BienBan (2).pdf");
    EXPECT_EQ(read(out_ / "BienBan (2).odt"), "3");
    EXPECT_EQ(read(out_ / "BienBan.pdf"), "cũ");
    EXPECT_EQ(names().size(), 5u);
}

TEST_F(Publish, AFailedSetLeavesNothingAndNoFolderItMade)
{
    const fs::path wanted = out_ / "a" / "b";
    std::vector<Publication> set{{staging_ / "x.odt", wanted / "x.odt"}, {staging_ / "missing.pdf", wanted / "x.pdf"}};
    write(set[0].staged, "1");
    try
    {
        publish_set(set, false);
        ADD_FAILURE() << "published a set with a missing file";
    }
    catch (const PublishError& failure)
    {
        EXPECT_EQ(failure.error, ENOENT);
        EXPECT_EQ(failure.target, wanted / "x.pdf");
    }
    EXPECT_FALSE(fs::exists(out_));
}

TEST_F(Publish, AFailedSetKeepsAFolderThatWasThere)
{
    fs::create_directories(out_);
    EXPECT_THROW(publish_set({{staging_ / "missing.pdf", out_ / "x.pdf"}}, false), PublishError);
    EXPECT_TRUE(fs::is_directory(out_));
    EXPECT_TRUE(names().empty());
}

TEST_F(Publish, ANameTakenMeanwhileMovesTheWholeSet)
{
    if (!shim_loaded())
        GTEST_SKIP() << "needs tests/integration/publish_shim.c preloaded";
    fs::create_directories(out_);
    write(out_ / "x.pdf", "cũ");
    ::setenv("SANGKIEN_SHIM_CLASH", "x (2).pdf", 1);
    const auto written = publish_set({staged("x.odt", "1"), staged("x.pdf", "2")}, false);
    EXPECT_EQ(written, (std::vector<fs::path>{out_ / "x (3).odt", out_ / "x (3).pdf"}));
    EXPECT_EQ(read(out_ / "x (2).pdf"), "another writer\n");
    EXPECT_EQ(read(out_ / "x (3).odt"), "1");
    EXPECT_EQ(read(out_ / "x (3).pdf"), "2");
    EXPECT_EQ(names(), (std::vector<std::string>{"x (2).pdf", "x (3).odt", "x (3).pdf", "x.pdf"}));
}

TEST_F(Publish, ASetFailingMidwayIsTakenBackWhole)
{
    if (!shim_loaded())
        GTEST_SKIP() << "needs tests/integration/publish_shim.c preloaded";
    ::setenv("SANGKIEN_SHIM_FAIL", "x.pdf", 1);
    try
    {
        publish_set({staged("x.odt", "1"), staged("x.pdf", "2"), staged("y.odt", "3")}, false);
        ADD_FAILURE() << "the failing name was taken";
    }
    catch (const PublishError& failure)
    {
        EXPECT_EQ(failure.error, EIO);
    }
    EXPECT_FALSE(fs::exists(out_)) << "left: " << ::testing::PrintToString(names());
}

TEST_F(Publish, AFailedPublishKeepsWhatAnotherWroteInItsNewFolder)
{
    if (!shim_loaded())
        GTEST_SKIP() << "needs tests/integration/publish_shim.c preloaded";
    ::setenv("SANGKIEN_SHIM_FAIL", "x.odt", 1);
    ::setenv("SANGKIEN_SHIM_DROP", "khac.txt", 1);
    EXPECT_THROW(publish_set({staged("x.odt", "1")}, false), PublishError);
    EXPECT_EQ(names(), std::vector<std::string>{"khac.txt"});
}

} // namespace
} // namespace sangkien::cli
