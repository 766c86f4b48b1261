#include <gtest/gtest.h>

#include <string>

#include "core/text/text_file.hxx"

using namespace sangkien::core;

namespace {

const std::string kLine = "Tên sáng kiến;Tác giả\nMáy cắt tự động;Nguyễn Thanh Ánh\n";

// "Tên sáng kiến;Tác giả\nNguyễn Ánh\n" as Windows-1258 writes it: "ế" is ê then the acute mark
// (0xEC), "ễ" ê then the tilde (0xDE), "ả" a then the hook (0xD2).
const std::string kWindows1258 = "T\xEAn s\xE1ng ki\xEA\xECn;T\xE1"
                                 "c gia\xD2\nNguy\xEA\xDEn \xC1nh\n";

std::string utf16le(const std::string& ascii_text)
{
    std::string out = "\xFF\xFE";
    for (const char c : ascii_text)
        out += std::string{c, '\0'};
    return out;
}

} // namespace

TEST(TextFile, Utf8WithAndWithoutMark)
{
    EXPECT_EQ(detect_text_encoding(kLine), TextEncoding::utf8);
    EXPECT_EQ(detect_text_encoding("\xEF\xBB\xBF" + kLine), TextEncoding::utf8_bom);
    EXPECT_EQ(decode_text("\xEF\xBB\xBF" + kLine, TextEncoding::utf8_bom), kLine);
}

TEST(TextFile, AUtf8SequenceCutByTheEndOfWhatWasRead)
{
    const std::string cut = kLine.substr(0, kLine.find("ế") + 1); // the first byte of "ế" only
    EXPECT_EQ(detect_text_encoding(cut, true), TextEncoding::utf8);
    EXPECT_EQ(detect_text_encoding(cut, false), TextEncoding::windows1258);
}

TEST(TextFile, Utf16LittleEndianAsExcelsUnicodeText)
{
    const std::string bytes = utf16le("STT\tT\xEAn\n"); // Latin-1 bytes stand for U+00xx
    EXPECT_EQ(detect_text_encoding(bytes), TextEncoding::utf16le);
    EXPECT_EQ(decode_text(bytes, TextEncoding::utf16le), "STT\tTên\n");
    EXPECT_EQ(text_separator(decode_text(bytes, TextEncoding::utf16le)), '\t');
}

TEST(TextFile, Utf16BigEndian)
{
    const std::string bytes = std::string("\xFE\xFF\x00\x41\x1E\xBF", 6);
    EXPECT_EQ(detect_text_encoding(bytes), TextEncoding::utf16be);
    EXPECT_EQ(decode_text(bytes, TextEncoding::utf16be), "Aế");
}

TEST(TextFile, Windows1258ComposesItsToneMarks)
{
    EXPECT_EQ(detect_text_encoding(kWindows1258), TextEncoding::windows1258);
    EXPECT_EQ(decode_text(kWindows1258, TextEncoding::windows1258), "Tên sáng kiến;Tác giả\nNguyễn Ánh\n");
}

TEST(TextFile, SeparatorOfMostLinesNotOfTheFirst)
{
    EXPECT_EQ(text_separator("DANH SÁCH SÁNG KIẾN, NĂM 2023\nSTT;Tên;Tác giả\n1;A, bản 2;B\n2;C;D\n"), ';');
    EXPECT_EQ(text_separator("STT,Tên\n1,\"A; B\"\n"), ',');
    EXPECT_EQ(text_separator("Tiêu đề\n\nSTT\tTên\n1\tA\n"), '\t');
    EXPECT_EQ(text_separator("chỉ một dòng chữ\n"), '\0');
}
