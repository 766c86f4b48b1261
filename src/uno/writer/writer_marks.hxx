// What the Writer fill finds and marks in a document: markers found with Writer's own search
// (which matches across formatting runs), prompts highlighted, and a broken marker replaced by
// its visible note (core::broken_marker_note) in red on yellow.
#pragma once

#include <string>
#include <vector>

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include "core/text/messages.hxx"

namespace sangkien::uno {

// A marker as Writer's regular expressions find it: "{{", anything but braces, "}}".
inline constexpr char kMarkerPattern[] = "\\{\\{[^{}]*\\}\\}";

// Every range of the document that `pattern` matches (case-sensitive), in reading order.
std::vector<css::uno::Reference<css::text::XTextRange>> find_all(const css::uno::Reference<css::lang::XComponent>& document,
                                                                  const char* pattern, bool regex);

// Highlights a range: pale yellow for what the user must complete, red on yellow for a mistake.
void mark(const css::uno::Reference<css::text::XTextRange>& range, bool error);

// A marker that cannot be filled: its note in its place, marked as an error, and the problem
// listed for the message after the fill.
void show_broken(const css::uno::Reference<css::text::XTextRange>& range, std::string problem, std::vector<std::string>& problems,
                 core::Language language);

} // namespace sangkien::uno
