// libFuzzer: the date parser. Invariant: every date it returns exists and round-trips through
// Calc's serial numbers.
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "core/text/date.hxx"
#include "core/text/format.hxx"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size)
{
    using namespace sangkien::core;
    const DateValue value = parse_date(std::string_view(reinterpret_cast<const char*>(data), size));
    if (value.kind == DateKind::date)
    {
        if (!is_valid_date(value.date) || from_serial(to_serial(value.date)) != value.date)
            std::abort();
        (void)nd30_date_line("X", value.date);
    }
    if (size >= sizeof(double))
    {
        double serial;
        std::memcpy(&serial, data, sizeof serial);
        (void)date_from_number(serial);
    }
    return 0;
}
