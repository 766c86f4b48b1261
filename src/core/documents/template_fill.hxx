// The fill language of the Writer templates (reference: docs/templates.md). A template is an ordinary
// Writer document; what the extension fills is written in it as markers a user can see and edit:
//
//   {{ten_truong}}              a value              {{tong_gia_tri|tien}}   with a formatter
//   {{ds.ten}} in a table row   the row is repeated for every item of the list "ds"
//   {{#neu dieu_kien}} … {{/neu}}     paragraphs kept only when the condition holds
//   {{#khong dieu_kien}} … {{/khong}} kept only when it does not
//   {{#moi ds}} … {{/moi}}            the paragraphs repeated for every item of "ds"
//   {{#moi_trang ds}} … {{/moi}}      the same, each copy on a new page (Giấy khen)
//
// Markers survive what Writer's autocorrect and formatting do to them: spaces (also no-break) and
// case inside the braces do not matter, a marker may be split across formatting runs, and
// typographic quotes or dashes are read as plain ones. Anything else inside {{…}} is a broken
// marker: the fill leaves a visible note in the document and a message, never silence.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/text/date.hxx"
#include "core/text/messages.hxx"

namespace sangkien::core {

// A value as the data has it; the formatter decides how it is written.
struct Amount
{
    std::int64_t dong = 0;
};
struct Percent
{
    double value = 0;
};
using FieldValue = std::variant<std::string, std::int64_t, Amount, Percent, Date>;

// A figure that does not apply (a unit without a quota, a person proposed for a contribution and
// not for an initiative's value): written as it is by every formatter, never as "0" or "0%".
inline constexpr std::string_view kNoFigure = "—";

struct FillField
{
    FieldValue value;
    bool prompt = false; // a "please complete" note for the user: shown highlighted
};

using FillRecord = std::map<std::string, FillField>;

// A heading inside a list's table ("1. Liên đoàn Lao động huyện Dương Minh Châu" above that
// district's people): a row of its own across the table, in bold, before the item `before`.
struct ListGroup
{
    std::size_t before = 0;
    std::string heading;
};

struct FillData
{
    std::map<std::string, FillField> fields;
    std::map<std::string, std::vector<FillRecord>> lists;
    std::map<std::string, std::vector<ListGroup>> groups; // by list, in item order
    std::map<std::string, bool> conditions; // besides these, a list holds when it has items and a
                                            // field when it is not empty or zero
};

enum class MarkerKind
{
    value,       // {{name}} / {{name|formatter}}
    block_if,    // {{#neu name}}
    block_unless, // {{#khong name}}
    block_each,  // {{#moi list}}
    block_end,   // {{/neu}} / {{/khong}}
    broken,      // not a marker of the language: `problem` says why
};

struct Marker
{
    MarkerKind kind = MarkerKind::broken;
    std::string name;      // lower case ASCII: "tong_gia_tri", "ds.ten"
    std::string formatter; // "tien"; empty for the value's own form
    std::string problem;   // message key when broken
    bool new_page = false; // block_each: every copy starts a page
};

// `text` is the whole marker with its braces, as found in the document.
Marker parse_marker(std::string_view text);

// Every complete marker in `text` (a paragraph, a table cell), in order. Scanning stops at a "{{"
// that is never closed: what is left is no marker (the fill reports it as such).
std::vector<Marker> markers_in(std::string_view text);

// How a template's blocks nest: each opening marker ({{#neu}}, {{#khong}}, {{#moi}}) paired with the
// {{/…}} that closes it, from all the markers of a document in reading order (other markers are
// passed over). Indices are into that sequence.
struct BlockPairs
{
    struct Block
    {
        std::size_t open = 0;
        std::size_t close = 0;
    };
    std::vector<Block> blocks;         // in the order they close: inner blocks before those around them
    std::vector<std::size_t> unclosed; // opening markers that nothing closes
    std::vector<std::size_t> stray;    // closing markers with no block open
};
BlockPairs pair_blocks(const std::vector<Marker>& markers);

// The blocks open at a point of a document read in order, for what lies between markers (a table
// inside a {{#moi}} block is written again with it, not grown as a list's table).
class OpenBlocks
{
public:
    void pass(const Marker& marker); // a marker read: opens, closes or leaves the blocks as they are
    bool repeating() const;          // whether some open block is a {{#moi}}

private:
    std::vector<bool> repeats_; // per open block, outermost first
};

// The list a marker's name belongs to ("ds.ten" → "ds"), when `data` has that list.
std::optional<std::string> list_of(const Marker& marker, const FillData& data);

// The list called `name` ("ds" of {{#moi ds}}), as `data` spells it, when `data` has that list.
std::optional<std::string> list_named(std::string_view name, const FillData& data);

struct Filled
{
    std::string text;
    bool prompt = false;
    std::string problem; // a sentence for the user when the marker cannot be filled (unknown name,
                         // unknown formatter, a list field outside its row)
};

// The text a value marker becomes; `item` is the list item of the row being filled.
Filled fill_marker(const Marker& marker, const FillData& data, const FillRecord* item, Language language);

// Whether a block's condition holds, and whether the data knows its name at all (a misspelt
// condition must show itself, not quietly remove the block).
bool condition_holds(const Marker& marker, const FillData& data);
bool condition_known(const Marker& marker, const FillData& data);

// `text` with its markers filled, in pieces: the text between markers, each marker's value (a
// prompt to highlight, or the note of a broken marker), so that a writer can mark each piece.
struct FilledPiece
{
    enum class Kind { text, prompt, broken };
    std::string text;
    Kind kind = Kind::text;
};
std::vector<FilledPiece> fill_pieces(std::string_view text, const FillData& data, const FillRecord* item, Language language,
                                     std::vector<std::string>* problems = nullptr);

// Every marker in `text` replaced (for table cells filled in one go); problems are appended.
std::string fill_text(std::string_view text, const FillData& data, const FillRecord* item, Language language,
                      std::vector<std::string>* problems = nullptr, bool* prompt = nullptr);

// The visible note left in place of a broken marker: "⟦lỗi mẫu: ten_truong — …⟧" (the marker
// without its braces, so that the note is not a marker again).
std::string broken_marker_note(std::string_view marker_text, const std::string& problem, Language language);

// A chart the template asks for with {{bieu_do}} (initiatives and quota per CĐCS; by lĩnh vực
// when there are too many CĐCS to read), {{bieu_do_cdcs}} or {{bieu_do_linh_vuc}}.
struct ChartSpec
{
    std::string title;
    std::vector<std::string> categories;
    std::vector<std::string> series;
    std::vector<std::vector<double>> values; // [category][series]
};
std::optional<ChartSpec> chart_for(const std::string& name, const FillData& data, std::size_t max_categories = 25);

// The formatter names (Vietnamese and English) and what they do, for docs/templates.md and messages.
std::vector<std::pair<std::string, std::string>> formatter_names();

} // namespace sangkien::core
