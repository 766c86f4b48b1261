// Small cell vocabularies: review statuses, yes/no marks, and cells listing several authors.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sangkien::core {

enum class Status
{
    empty,    // nothing written
    valid,    // hợp lệ, đã duyệt
    pending,  // chờ duyệt, đang xem xét
    rejected, // không hợp lệ, từ chối
    unknown,  // something else: reported to the user
};

Status parse_status(std::string_view text);

enum class YesNo
{
    yes,       // "Có", "x", "✓", "1"…
    no,        // "Không", "0", "-", empty…
    free_text, // a short text (e.g. what the social value is): the caller decides
};

YesNo parse_yes_no(std::string_view text);

// "Nguyễn Văn A, Trần Thị B; Lê C và Phạm D - Võ E" → five names (NFC, single-spaced); empty parts
// dropped.
std::vector<std::string> split_authors(std::string_view text);

} // namespace sangkien::core
