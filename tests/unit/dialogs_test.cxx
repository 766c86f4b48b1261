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
#include "core/rules/criteria_settings.hxx"
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

std::string file_text(const fs::path& path)
{
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), {}};
}

// Every criterion of the settings table that is a setting of the user's has its property in the
// configuration schema (a choice a boolean, the others a string) and its control on the settings
// page and in the review dialog (a choice a drop-down, the others a text field): the dialogs and
// the configuration hold what the table names, and nothing the table does not.
TEST(Dialogs, EveryCriterionSettingHasItsPropertyAndItsControls)
{
    const fs::path root(SANGKIEN_SOURCE_DIR);
    const std::string schema = file_text(root / "extension/config/Settings.xcs");
    const std::string options = file_text(root / "dialogs/Options.xdl"), review = file_text(root / "dialogs/Review.xdl");
    std::size_t settings = 0;
    for (const sangkien::core::CriterionSetting& setting : sangkien::core::criterion_settings())
    {
        const bool choice = setting.kind == sangkien::core::CriterionKind::choice;
        if (!setting.setting_name.empty())
        {
            ++settings;
            const std::string prop = "<prop oor:name=\"" + std::string(setting.setting_name) + "\" oor:type=\""
                                     + (choice ? "xs:boolean" : "xs:string") + "\"";
            EXPECT_NE(schema.find(prop), std::string::npos) << prop << " is not in Settings.xcs";
        }
        if (setting.control_name.empty())
            continue;
        const std::string control = std::string(choice ? "<dlg:menulist" : "<dlg:textfield") + " dlg:id=\""
                                    + std::string(setting.control_name) + "\"";
        EXPECT_NE(options.find(control), std::string::npos) << control << " is not in Options.xdl";
        EXPECT_NE(review.find(control), std::string::npos) << control << " is not in Review.xdl";
    }
    EXPECT_GE(settings, 5u);
}

} // namespace
