// libFuzzer: the money parser, on any bytes. Invariants: no crash, no exception, and a VND result
// is never negative.
#include <cstdlib>
#include <string_view>

#include "core/text/money.hxx"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto money = sangkien::core::parse_money(text);
    if (money.kind == sangkien::core::MoneyKind::vnd && money.dong <= 0)
        std::abort();
    (void)sangkien::core::describe_money_problem(money, text, sangkien::core::Language::vietnamese);
    return 0;
}
