// Reading workbooks, 4 of 7: the labels in a row of a list — group headings with their numbers,
// subtotals and grand totals (row_labels.hxx).
#include "row_labels.hxx"

#include <cctype>

#include "core/text/text.hxx"

namespace sangkien::core::reading {

// "I", "II.", "IV)", "A.", "b)", "1", "2.", "3)": the numbering of a group heading.
Numbering marker_of(std::string_view text)
{
    std::string t = collapse_spaces(text);
    while (!t.empty() && (t.back() == '.' || t.back() == ')' || t.back() == ':'))
        t.pop_back();
    if (t.empty() || t.size() > 5)
        return Numbering::none;
    if (t.find_first_not_of("0123456789") == std::string::npos)
        return Numbering::arabic;
    if (t.find_first_not_of("IVXivx") == std::string::npos && (t == to_upper(t) || t == to_lower(t)))
        return Numbering::roman;
    if (t.size() == 1 && std::isalpha(static_cast<unsigned char>(t[0])))
        return Numbering::letter;
    return Numbering::none;
}

// "I. KHỐI TRƯỜNG HỌC" → marker "I", title "KHỐI TRƯỜNG HỌC".
std::pair<Numbering, std::string> split_marker(const std::string& text)
{
    const auto space = text.find(' ');
    if (space == std::string::npos)
        return {Numbering::none, text};
    const std::string head = text.substr(0, space);
    if (head.back() != '.' && head.back() != ')')
        return {Numbering::none, text};
    const Numbering marker = marker_of(head);
    return marker == Numbering::none ? std::pair{Numbering::none, text}
                                  : std::pair{marker, collapse_spaces(text.substr(space + 1))};
}

bool starts_with_word(const std::string& key, std::initializer_list<std::string_view> words)
{
    for (const std::string_view word : words)
        if (key.compare(0, word.size(), word) == 0 && (key.size() == word.size() || key[word.size()] == ' '))
            return true;
    return false;
}

// Words that open a group heading: a khối, a CĐCS, a lĩnh vực…
bool names_a_group(const std::string& key)
{
    return starts_with_word(key, {"khoi", "cdcs", "cd", "cong doan", "don vi", "linh vuc", "nhom", "cum", "nganh",
                                  "loai hinh", "lđlđ", "ldld", "phong", "to"});
}

bool is_grand_total_label(const std::string& key)
{
    return key == "tong" || starts_with_word(key, {"tong cong", "tong so", "cong toan", "total", "grand total"});
}

bool is_subtotal_label(const std::string& text, const std::string& key)
{
    if (starts_with_word(key, {"cong dong", "cong tac", "cong nghe", "cong trinh", "cong viec", "cong cu", "cong nhan",
                               "cong thuc", "cong doan", "cong ty", "cong an", "cong suat"}))
        return false;
    // "Cộng" with its tone is unambiguous; without tones only before the name of a group.
    if (to_lower(collapse_spaces(text)).rfind("cộng", 0) == 0)
        return true;
    if (key == "cong" || key == "subtotal" || starts_with_word(key, {"sub total", "subtotal"}))
        return true;
    if (!starts_with_word(key, {"cong"}))
        return false;
    const std::string rest = key.substr(4);
    return names_a_group(collapse_spaces(rest)) || marker_of(collapse_spaces(rest)) != Numbering::none;
}

} // namespace sangkien::core::reading
