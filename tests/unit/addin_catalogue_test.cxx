#include <gtest/gtest.h>

#include <set>
#include <tuple>
#include <vector>

#include "core/rules/addin_catalogue.hxx"
#include "core/text/messages.hxx"

using namespace sangkien::core;

// The stored names are a file-format contract: documents saved by users hold them. This test
// fails if one is renamed or removed.
TEST(AddInCatalogue, StoredNamesNeverChange)
{
    EXPECT_EQ(kAddInServiceName, "vn.sangkien.AddIn");
    const std::vector<std::pair<const char*, const char*>> names{
        {"tien", "SK.TIEN"},           {"ngay", "SK.NGAY"},           {"tienChu", "SK.TIENCHU"},
        {"ngayThang", "SK.NGAYTHANG"}, {"chuanHoa", "SK.CHUANHOA"},   {"khoaTen", "SK.KHOATEN"},
        {"xetCaNhan", "SK.XETCANHAN"}, {"xetTapThe", "SK.XETTAPTHE"}, {"demHopLe", "SK.DEMHOPLE"},
        {"tongGiaTri", "SK.TONGGIATRI"},   {"tongHopCdcs", "SK.TONGHOPCDCS"}};
    ASSERT_EQ(addin_functions().size(), names.size());
    for (const auto& [programmatic, display] : names)
    {
        const auto* function = find_addin_function_by_programmatic_name(programmatic);
        ASSERT_NE(function, nullptr) << programmatic;
        EXPECT_EQ(function->display_name, display);
    }
}

TEST(AddInCatalogue, ArgumentCountsMatchTheSpec)
{
    // Visible arguments as SPEC §4 lists them; SK.XETCANHAN, SK.DEMHOPLE and SK.TONGHOPCDCS also
    // take the hidden calling document first.
    const std::vector<std::tuple<const char*, std::size_t, std::size_t>> counts{
        {"tien", 1, 0}, {"ngay", 1, 0}, {"tienChu", 2, 1}, {"ngayThang", 2, 1}, {"chuanHoa", 1, 0}, {"khoaTen", 1, 0},
        {"xetCaNhan", 8, 1}, {"xetTapThe", 2, 0}, {"demHopLe", 4, 1}, {"tongGiaTri", 3, 0},
        {"tongHopCdcs", 5, 1}};
    for (const auto& [name, visible, optional] : counts)
    {
        const auto* function = find_addin_function_by_programmatic_name(name);
        ASSERT_NE(function, nullptr);
        std::size_t shown = 0, optionals = 0;
        for (const auto& argument : function->arguments)
        {
            shown += !argument.hidden;
            optionals += argument.optional;
        }
        EXPECT_EQ(shown, visible) << name;
        EXPECT_EQ(optionals, optional) << name;
        // Optional arguments come last.
        bool seen_optional = false;
        for (const auto& argument : function->arguments)
        {
            EXPECT_FALSE(seen_optional && !argument.optional) << name;
            seen_optional |= argument.optional;
        }
    }
}

TEST(AddInCatalogue, EveryFunctionHasVietnameseAndEnglishTexts)
{
    for (const auto& function : addin_functions())
    {
        EXPECT_TRUE(has_text(function.description_key)) << function.display_name;
        for (const auto& argument : function.arguments)
        {
            EXPECT_TRUE(has_text(argument.name_key)) << function.display_name;
            EXPECT_TRUE(has_text(argument_description_key(argument))) << function.display_name;
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
