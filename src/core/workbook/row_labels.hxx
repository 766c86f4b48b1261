// Labels in the first cells of a row of a list: the number of a group heading ("I.", "A)", "2."),
// the words that name a group ("Khối …", "CĐCS …"), a subtotal ("Cộng", "Cộng khối …") or the grand
// total ("Tổng cộng"). Shared by the initiative list's reader (list_reader.cxx) and the CĐCS
// list's (other_sheets.cxx). Internal to the core: not installed, not for callers.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace sangkien::core::reading {

enum class Numbering { none, roman, letter, arabic };

// "I", "II.", "IV)", "A.", "b)", "1", "2.", "3)": the numbering of a group heading.
Numbering marker_of(std::string_view text);

// "I. KHỐI TRƯỜNG HỌC" → marker "I", title "KHỐI TRƯỜNG HỌC".
std::pair<Numbering, std::string> split_marker(const std::string& text);

// A matching key that begins with one of `words`, as whole words.
bool starts_with_word(const std::string& key, std::initializer_list<std::string_view> words);

// Words that open a group heading: a khối, a CĐCS, a lĩnh vực…
bool names_a_group(const std::string& key);

// "Tổng cộng", "Tổng số", "Total" (as a matching key).
bool is_grand_total_label(const std::string& key);

// "Cộng", "Cộng khối …", "Subtotal" — not "Cộng đồng", "Công ty"… (`key`: the text's matching key).
bool is_subtotal_label(const std::string& text, const std::string& key);

} // namespace sangkien::core::reading
