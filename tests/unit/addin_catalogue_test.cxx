#include <gtest/gtest.h>

#include <set>

#include "sangkien/core/addin_catalogue.hxx"
#include "sangkien/core/messages.hxx"

using namespace sangkien::core;

// The stored names are a file-format contract: documents saved by users hold them. This test
// fails if one is renamed or removed.
TEST(AddInCatalogue, StoredNamesNeverChange)
{
    EXPECT_EQ(kAddInServiceName, "vn.sangkien.AddIn");
    ASSERT_NE(find_addin_function_by_programmatic_name("tien"), nullptr);
    EXPECT_EQ(find_addin_function_by_programmatic_name("tien")->display_name, "SK.TIEN");
}

TEST(AddInCatalogue, EveryFunctionHasVietnameseAndEnglishTexts)
{
    for (const auto& function : addin_functions())
    {
        EXPECT_TRUE(has_text(function.description_key)) << function.display_name;
        for (const auto& argument : function.arguments)
        {
            EXPECT_TRUE(has_text(argument.name_key)) << function.display_name;
            EXPECT_TRUE(has_text(argument.description_key)) << function.display_name;
        }
    }
}

TEST(AddInCatalogue, NamesAreUniqueAndDisplayNamesStartWithSK)
{
    std::set<std::string_view> programmatic, display;
    for (const auto& function : addin_functions())
    {
        EXPECT_TRUE(programmatic.insert(function.programmatic_name).second);
        EXPECT_TRUE(display.insert(function.display_name).second);
        EXPECT_EQ(function.display_name.substr(0, 3), "SK.");
    }
}

TEST(AddInCatalogue, DisplayLookupIgnoresCase)
{
    EXPECT_EQ(find_addin_function_by_display_name("sk.tien"), find_addin_function_by_programmatic_name("tien"));
    EXPECT_EQ(find_addin_function_by_display_name("SK.NOPE"), nullptr);
}
