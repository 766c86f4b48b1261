// The dialogs as the office reads them (dialogs/*.xdl): no element carries an attribute twice (the
// office refuses the whole dialog), and every "&key" a dialog shows — a label, a tooltip — is a
// string of ours in both languages, with the dialog's prefix (only those go into its resources).
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <set>

#include "core/documents/document_data.hxx"
#include "core/documents/dossier_form.hxx"
#include "core/text/messages.hxx"

namespace {

namespace fs = std::filesystem;

TEST(Dialogs, EveryAttributeOnceAndEveryStringKnownWithTheDialogsPrefix)
{
    const fs::path folder = fs::path(SANGKIEN_SOURCE_DIR) / "dialogs";
    std::size_t dialogs = 0, keys = 0;
    for (const auto& entry : fs::directory_iterator(folder))
    {
        if (entry.path().extension() != ".xdl")
            continue;
        ++dialogs;
        std::ifstream in(entry.path());
        const std::string xml{std::istreambuf_iterator<char>(in), {}};
        std::string prefix = entry.path().stem().string() + ".";
        std::transform(prefix.begin(), prefix.end(), prefix.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        const std::regex element("<dlg:[a-z]+\\s[^>]*>"), attribute("(dlg:[a-z-]+)=\"([^\"]*)\"");
        for (std::sregex_iterator e(xml.begin(), xml.end(), element), end; e != end; ++e)
        {
            const std::string tag = e->str();
            std::set<std::string> names;
            for (std::sregex_iterator a(tag.begin(), tag.end(), attribute); a != end; ++a)
            {
                EXPECT_TRUE(names.insert((*a)[1]).second) << entry.path().filename() << ": " << (*a)[1] << " twice in " << tag;
                const std::string value = (*a)[2];
                if (value.rfind("&amp;", 0) != 0)
                    continue;
                const std::string key = value.substr(5);
                ++keys;
                EXPECT_EQ(key.rfind(prefix, 0), 0u) << entry.path().filename() << ": " << key << " lacks the prefix " << prefix;
                EXPECT_TRUE(sangkien::core::has_text(key)) << entry.path().filename() << ": unknown string " << key;
            }
        }
    }
    EXPECT_GE(dialogs, 6u);
    EXPECT_GE(keys, 60u);
}

// The dossier dialog's check boxes are found by name: one per catalogue document (its label the
// document's own string) and one per format, and no other.
TEST(Dialogs, EveryDossierDocumentAndFormatHasItsCheckBox)
{
    std::ifstream in(fs::path(SANGKIEN_SOURCE_DIR) / "dialogs" / "Dossier.xdl");
    const std::string xml{std::istreambuf_iterator<char>(in), {}};
    std::set<std::string> boxes;
    const std::regex box("<dlg:checkbox dlg:id=\"((Document|Format)_[A-Za-z]+)\"[^>]*dlg:value=\"([^\"]*)\"");
    std::map<std::string, std::string> labels;
    for (std::sregex_iterator b(xml.begin(), xml.end(), box), end; b != end; ++b)
        labels[(*b)[1]] = (*b)[3];
    std::set<std::string> expected;
    for (const auto& info : sangkien::core::dossier_documents())
    {
        const std::string id = std::string("Document_") + info.file;
        expected.insert(id);
        ASSERT_TRUE(labels.count(id)) << id << " is not in Dossier.xdl";
        EXPECT_EQ(labels[id], std::string("&amp;dossier.doc.") + info.file) << id;
    }
    for (const char* format : sangkien::core::kDossierFormats)
    {
        const std::string id = std::string("Format_") + format;
        expected.insert(id);
        EXPECT_TRUE(labels.count(id)) << id << " is not in Dossier.xdl";
    }
    for (const auto& [id, label] : labels)
        EXPECT_TRUE(expected.count(id)) << id << " in Dossier.xdl stands for nothing of the catalogue";
}

} // namespace
