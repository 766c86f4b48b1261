// The contract between the CLI and the component: every argument survives to_url() and
// command_from_url() as it was, whatever a path or a name holds.
#include <gtest/gtest.h>

#include "sangkien/uno_common/command_arguments.hxx"

namespace {

using sangkien::uno_common::CommandArguments;
using sangkien::uno_common::command_from_url;

TEST(CommandArguments, EveryArgumentRoundTrips)
{
    const std::vector<std::string> awkward{
        "file:///tmp/H%E1%BB%93%20s%C6%A1/S%E1%BB%95%202024.ods", // a file URL with its own %xx
        "Sổ sáng kiến 100% & đủ = ? # +.xlsx",                     // URL syntax in a name
        "hai\ndòng\r\n.ods",                                         // line breaks in a name
        "",                                                          // empty
        "CĐCS Trường THCS Chà Là",
    };
    CommandArguments arguments;
    arguments.sources = {awkward[0], "file:///tmp/b.xls"};
    arguments.names = {awkward[1], awkward[2]};
    arguments.private_sources = true;
    arguments.settings_from = awkward[2];
    arguments.output = "file:///tmp/ra%20ngo%C3%A0i/";
    arguments.overwrite = true;
    arguments.formats = "odt,pdf,docx";
    arguments.documents = "ToTrinh,BienBan";
    arguments.page = "merge";
    arguments.compare_with = "file:///tmp/l%E1%BA%A7n%201/KetQuaXet%20(2).ods";
    const std::string url = arguments.to_url("vn.sangkien:Dossier");
    EXPECT_EQ(url.find('\n'), std::string::npos) << url;
    EXPECT_EQ(url.find(' '), std::string::npos) << url;
    const auto [command, read] = command_from_url(url);
    EXPECT_EQ(command, "vn.sangkien:Dossier");
    EXPECT_EQ(read, arguments);

    for (const auto& value : awkward)
    {
        CommandArguments one;
        one.names = {value, value};
        one.settings_from = value;
        one.compare_with = value;
        EXPECT_EQ(command_from_url(one.to_url("Merge")).second, one) << value;
    }
}

TEST(CommandArguments, NothingSetIsTheBareCommand)
{
    EXPECT_EQ(CommandArguments{}.to_url("vn.sangkien:About"), "vn.sangkien:About");
    const auto [command, read] = command_from_url("About");
    EXPECT_EQ(command, "About");
    EXPECT_EQ(read, CommandArguments{});
    // Unknown keys and pieces without "=" are ignored, never misread.
    CommandArguments help;
    help.page = "review";
    EXPECT_EQ(command_from_url("Help?zoom=2&page=review&junk").second, help);
}

} // namespace
