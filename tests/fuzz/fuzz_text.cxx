// libFuzzer: text primitives — normalisation, keys, legacy fonts, names, statuses, authors.
#include <string_view>

#include "core/text/legacy.hxx"
#include "core/text/text.hxx"
#include "core/text/values.hxx"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size)
{
    using namespace sangkien::core;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)normalise_for_parsing(text);
    (void)matching_key(text, {true, true});
    (void)name_sort_key(text);
    (void)convert_legacy_text(text);
    (void)decode_legacy(text, LegacyEncoding::tcvn3, true);
    (void)decode_legacy(text, LegacyEncoding::vni);
    (void)parse_status(text);
    (void)parse_yes_no(text);
    (void)split_authors(text);
    return 0;
}
