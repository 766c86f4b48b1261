// libFuzzer: the template language — markers as office staff type them into a Writer template
// (any text, any nesting), filled against a small data set the way the Writer fill does it.
#include <cstdlib>
#include <string_view>
#include <vector>

#include "core/documents/template_fill.hxx"

namespace {

const sangkien::core::FillData& sample()
{
    using namespace sangkien::core;
    static const FillData data = [] {
        FillData d;
        d.fields["tong_gia_tri"] = FillField{Amount{4'032'000'000}};
        d.fields["so"] = FillField{std::int64_t{-7}};
        d.fields["ty_le"] = FillField{Percent{120.5}};
        d.fields["ngay"] = FillField{Date{2024, 2, 29}};
        d.fields["ten"] = FillField{std::string("Nguyễn Văn Án")};
        d.fields["trong"] = FillField{std::string(), true};
        d.fields["khong_so"] = FillField{std::string(kNoFigure)};
        d.lists["ds"] = {{{"ten", FillField{std::string("An")}}, {"tien", FillField{Amount{1}}}}, {}};
        d.lists["rong"] = {};
        d.conditions["co"] = true;
        return d;
    }();
    return data;
}

// The markers as Writer's search finds them in a document (fill_blocks: the regular expression
// \{\{[^{}]*\}\}), which splits "{{a{{b}}" differently from markers_in.
std::vector<sangkien::core::Marker> markers_as_writer_finds(std::string_view text)
{
    std::vector<sangkien::core::Marker> markers;
    for (std::size_t at = 0; at + 1 < text.size();)
    {
        if (text[at] != '{' || text[at + 1] != '{')
        {
            ++at;
            continue;
        }
        std::size_t end = at + 2;
        while (end < text.size() && text[end] != '{' && text[end] != '}')
            ++end;
        if (end + 1 < text.size() && text[end] == '}' && text[end + 1] == '}')
        {
            markers.push_back(sangkien::core::parse_marker(text.substr(at, end + 2 - at)));
            at = end + 2;
        }
        else
            ++at;
    }
    return markers;
}

void check_pairs(const std::vector<sangkien::core::Marker>& markers)
{
    const sangkien::core::BlockPairs pairs = sangkien::core::pair_blocks(markers);
    // Every marker is in at most one place of the structure, and each block closes after it opens.
    std::vector<int> uses(markers.size(), 0);
    for (const auto& block : pairs.blocks)
    {
        if (block.open >= block.close || block.close >= markers.size())
            std::abort();
        ++uses[block.open];
        ++uses[block.close];
    }
    for (const auto index : pairs.unclosed)
        ++uses.at(index);
    for (const auto index : pairs.stray)
        ++uses.at(index);
    for (const int use : uses)
        if (use > 1)
            std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* bytes, std::size_t size)
{
    using namespace sangkien::core;
    const std::string_view text(reinterpret_cast<const char*>(bytes), size);
    const FillData& data = sample();
    (void)parse_marker(text);
    const auto markers = markers_in(text);
    check_pairs(markers);
    check_pairs(markers_as_writer_finds(text));
    OpenBlocks open;
    for (std::size_t i = 0; i < markers.size(); ++i)
    {
        open.pass(markers[i]);
        (void)open.repeating();
        (void)list_of(markers[i], data);
        (void)condition_known(markers[i], data);
        (void)condition_holds(markers[i], data);
        (void)fill_marker(markers[i], data, &data.lists.at("ds").front(), Language::vietnamese);
        (void)fill_marker(markers[i], data, nullptr, Language::english);
    }
    std::vector<std::string> problems;
    (void)fill_pieces(text, data, nullptr, Language::vietnamese, &problems);
    (void)fill_text(text, data, &data.lists.at("ds").back(), Language::english, &problems);
    (void)broken_marker_note(text, "x", Language::vietnamese);
    (void)chart_for(std::string(text.substr(0, 32)), data);
    return 0;
}
