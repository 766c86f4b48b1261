// The shipped Writer templates checked without an office: every marker of every readable source
// (templates/*.fodt, which the integration test Documents.ShippedTemplatesMatchTheirSources holds
// equal to the .ott that ships) read the way the Writer fill reads it, against the document data
// of a sample — every marker a marker of the language, every field, formatter, condition and list
// known, list fields where a list is written out, and every block planned without a mistake.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/features/feedback.hxx"
#include "core/documents/document_data.hxx"
#include "core/documents/document_work.hxx"
#include "core/rules/criteria_settings.hxx"
#include "core/features/sample.hxx"
#include "core/documents/template_plan.hxx"

using namespace sangkien::core;

namespace {

const std::filesystem::path kTemplates = std::filesystem::path(SANGKIEN_SOURCE_DIR) / "templates";

// A paragraph (text:p or text:h) of a flat ODF text document, in reading order.
struct Paragraph
{
    std::string text;        // its spans joined; <text:s/>, <text:tab/> and <text:line-break/> as characters
    std::size_t text_id = 0; // the text it belongs to: the body, a table cell, a header… (Writer's XText)
    std::size_t index = 0;   // its place in that text
    std::size_t row = 0;     // the table row it stands in; 0 outside tables
};

void append_utf8(std::string& out, unsigned long code)
{
    if (code < 0x80)
        out += static_cast<char>(code);
    else if (code < 0x800)
    {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
    else if (code < 0x10000)
    {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
    else
    {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// Character data with its entities (&lt; &amp; &#233; &#xE9;…) resolved.
std::string decoded(std::string_view data)
{
    std::string out;
    for (std::size_t at = 0; at < data.size(); ++at)
    {
        const auto end = data[at] == '&' ? data.find(';', at) : std::string_view::npos;
        if (end == std::string_view::npos)
        {
            out += data[at];
            continue;
        }
        const std::string_view entity = data.substr(at + 1, end - at - 1);
        if (entity == "lt")
            out += '<';
        else if (entity == "gt")
            out += '>';
        else if (entity == "amp")
            out += '&';
        else if (entity == "quot")
            out += '"';
        else if (entity == "apos")
            out += '\'';
        else if (entity.size() > 1 && entity[0] == '#')
        {
            const bool hex = entity[1] == 'x';
            append_utf8(out, std::stoul(std::string(entity.substr(hex ? 2 : 1)), nullptr, hex ? 16 : 10));
        }
        else
            out += "&" + std::string(entity) + ";";
        at = end;
    }
    return out;
}

// The end of the tag opening at `at` ('>' outside quoted attribute values).
std::size_t tag_end(const std::string& xml, std::size_t at)
{
    char quote = 0;
    for (std::size_t i = at; i < xml.size(); ++i)
    {
        if (quote)
            quote = xml[i] == quote ? 0 : quote;
        else if (xml[i] == '"' || xml[i] == '\'')
            quote = xml[i];
        else if (xml[i] == '>')
            return i;
    }
    return std::string::npos;
}

std::string attribute(const std::string& tag, const std::string& name)
{
    const auto at = tag.find(" " + name + "=\"");
    if (at == std::string::npos)
        return {};
    const auto begin = at + name.size() + 3;
    return tag.substr(begin, tag.find('"', begin) - begin);
}

// Elements whose paragraphs form a text of their own in Writer.
bool is_text(const std::string& name)
{
    static const std::set<std::string> texts{"office:text",       "table:table-cell", "table:covered-table-cell",
                                             "style:header",      "style:footer",     "style:header-left",
                                             "style:footer-left", "style:header-first", "style:footer-first",
                                             "draw:text-box",     "text:note-body"};
    return texts.count(name) > 0;
}

bool is_paragraph(const std::string& name)
{
    return name == "text:p" || name == "text:h";
}

// The paragraphs of a flat ODF document: enough of XML for the files our generator and
// LibreOffice write (no DTD, no CDATA in text).
std::vector<Paragraph> paragraphs_of(const std::string& xml)
{
    std::vector<Paragraph> paragraphs;
    std::vector<std::size_t> texts{0}, rows{0};
    std::vector<std::size_t> paragraphs_in_text{0};
    std::size_t next_row = 0;
    int depth = 0; // inside a paragraph: how deep
    Paragraph current;
    for (std::size_t at = 0;;)
    {
        const auto open = xml.find('<', at);
        if (depth > 0)
            current.text += decoded(std::string_view(xml).substr(at, open - at));
        if (open == std::string::npos)
            break;
        if (xml.compare(open, 4, "<!--") == 0 || xml.compare(open, 2, "<?") == 0)
        {
            const char* end = xml[open + 1] == '!' ? "-->" : "?>";
            at = xml.find(end, open) + std::string(end).size();
            continue;
        }
        const auto close = tag_end(xml, open);
        if (close == std::string::npos)
            break;
        const std::string tag = xml.substr(open + 1, close - open - 1);
        at = close + 1;
        const bool ending = tag.front() == '/';
        const bool empty = tag.back() == '/';
        const std::string name = tag.substr(ending ? 1 : 0, tag.find_first_of(" \t\r\n/", 1) - (ending ? 1 : 0));
        if (ending)
        {
            if (is_paragraph(name) && depth > 0 && --depth == 0)
                paragraphs.push_back(std::move(current));
            if (is_text(name))
                texts.pop_back();
            if (name == "table:table-row")
                rows.pop_back();
            continue;
        }
        if (depth > 0)
        {
            if (name == "text:s")
                current.text.append(attribute(tag, "text:c").empty() ? 1 : std::stoul(attribute(tag, "text:c")), ' ');
            else if (name == "text:tab")
                current.text += '\t';
            else if (name == "text:line-break")
                current.text += '\n';
            depth += is_paragraph(name) && !empty ? 1 : 0;
            continue;
        }
        if (is_paragraph(name))
        {
            current = Paragraph{{}, texts.back(), paragraphs_in_text[texts.back()]++, rows.back()};
            if (empty)
                paragraphs.push_back(std::move(current));
            else
                depth = 1;
        }
        if (is_text(name) && !empty)
        {
            texts.push_back(paragraphs_in_text.size());
            paragraphs_in_text.push_back(0);
        }
        if (name == "table:table-row" && !empty)
            rows.push_back(++next_row);
    }
    return paragraphs;
}

// A template's markers in reading order, each with its paragraph.
struct TemplateMarkers
{
    std::vector<Marker> markers;
    std::vector<std::string> texts;           // as written in the template
    std::vector<const Paragraph*> paragraphs; // where each stands
};

TemplateMarkers markers_of(const std::vector<Paragraph>& paragraphs)
{
    TemplateMarkers found;
    for (const Paragraph& paragraph : paragraphs)
    {
        const std::string_view text = paragraph.text;
        for (auto at = text.find("{{"); at != std::string_view::npos; at = text.find("{{", at + 2))
        {
            const auto close = text.find("}}", at);
            if (close == std::string_view::npos)
                break;
            found.texts.emplace_back(text.substr(at, close + 2 - at));
            found.markers.push_back(parse_marker(found.texts.back()));
            found.paragraphs.push_back(&paragraph);
        }
    }
    return found;
}

std::size_t occurrences(std::string_view text, std::string_view what)
{
    std::size_t count = 0;
    for (auto at = text.find(what); at != std::string_view::npos; at = text.find(what, at + what.size()))
        ++count;
    return count;
}

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\n");
    return first == std::string::npos ? std::string() : text.substr(first, text.find_last_not_of(" \t\n") - first + 1);
}

// The document data every template is filled with, from a sample workbook.
const FillData& sample_data()
{
    static const FillData data = [] {
        const Workbook book = read_workbook(generate_sample({400, 7, false}).input);
        const Review review = review_workbook(book, resolve_criteria(book).criteria);
        return document_data(book, review, summarise(book, review), document_settings(book, {}), Date{2023, 9, 15},
                             Language::vietnamese);
    }();
    return data;
}

// The covering letter of the feedback to a CĐCS: the documents' data with one unit's own fields.
const FillData& letter_data()
{
    static const FillData data = [] {
        const Workbook book = read_workbook(generate_sample({400, 7, false}).input);
        const Review review = review_workbook(book, resolve_criteria(book).criteria);
        const DocumentSettings settings = document_settings(book, {});
        const FillData documents = document_data(book, review, summarise(book, review), settings, Date{2023, 9, 15}, Language::vietnamese);
        const Feedback feedback = plan_feedback(book, review);
        return feedback_letter_data(documents, settings, book, review, feedback.units.front(),
                                    FeedbackSettings{"LĐLĐ huyện", "15/9/2023", "20/9/2023", "so.ods"}, "PhanHoi_A.ods", Date{2023, 9, 16});
    }();
    return data;
}

std::vector<std::filesystem::path> template_sources()
{
    std::vector<std::filesystem::path> sources;
    for (const auto& entry : std::filesystem::directory_iterator(kTemplates))
        if (entry.path().extension() == ".fodt")
            sources.push_back(entry.path());
    std::sort(sources.begin(), sources.end());
    return sources;
}

std::string read_file(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

// What is wrong with one template, a line per mistake ("" when nothing is).
std::string template_mistakes(const std::string& xml, const FillData& data)
{
    std::ostringstream mistakes;
    const std::vector<Paragraph> paragraphs = paragraphs_of(xml);
    const TemplateMarkers found = markers_of(paragraphs);
    const auto where = [&found](std::size_t i) { return "«" + found.texts[i] + "» in «" + found.paragraphs[i]->text + "»"; };
    for (const Paragraph& paragraph : paragraphs)
        if (occurrences(paragraph.text, "{{") != occurrences(paragraph.text, "}}"))
            mistakes << "braces that close no marker in «" << paragraph.text << "»\n";

    // Blocks: planned without a mistake, each marker a paragraph of its own.
    const auto closes_later = [&found](std::size_t open, std::size_t close) {
        return found.paragraphs[open]->text_id == found.paragraphs[close]->text_id
               && found.paragraphs[open]->index < found.paragraphs[close]->index;
    };
    const auto plan = plan_blocks(found.markers, data, Language::vietnamese, closes_later);
    std::vector<std::string> repeated(found.markers.size()); // the list of the innermost {{#moi}} around each marker
    for (const BlockAction& action : plan)
    {
        if (action.kind == BlockAction::Kind::broken)
            mistakes << "a broken block at " << where(action.open) << "\n";
        for (const MarkerProblem& problem : action.problems)
            mistakes << problem.problem << ": " << where(problem.marker) << "\n";
        for (const std::size_t marker : {action.open, action.close})
            if (trimmed(found.paragraphs[marker]->text) != found.texts[marker])
                mistakes << "a block marker that is not a paragraph of its own: " << where(marker) << "\n";
        // Blocks come inner first: an outer {{#moi}} leaves what an inner one claimed.
        if (action.kind == BlockAction::Kind::repeat)
            for (std::size_t i = action.open + 1; i < action.close; ++i)
                if (repeated[i].empty())
                    repeated[i] = action.list;
    }

    // Values: known, their formatter fitting, list fields where their list is written out.
    std::map<std::size_t, std::set<std::string>> lists_of_row;
    for (std::size_t i = 0; i < found.markers.size(); ++i)
        if (const auto list = list_of(found.markers[i], data); list && repeated[i].empty() && found.paragraphs[i]->row != 0)
            lists_of_row[found.paragraphs[i]->row].insert(*list);
    for (std::size_t i = 0; i < found.markers.size(); ++i)
    {
        const Marker& marker = found.markers[i];
        if (marker.kind == MarkerKind::broken)
        {
            mistakes << format(Language::vietnamese, marker.problem.c_str(), {marker.name, marker.formatter}) << ": " << where(i)
                     << "\n";
            continue;
        }
        if (marker.kind != MarkerKind::value)
            continue;
        if (marker.name.rfind("bieu_do", 0) == 0)
        {
            if (!chart_for(marker.name, data))
                mistakes << "no chart: " << where(i) << "\n";
            continue;
        }
        const auto list = list_of(marker, data);
        if (!list)
        {
            if (const Filled filled = fill_marker(marker, data, nullptr, Language::vietnamese); !filled.problem.empty())
                mistakes << filled.problem << ": " << where(i) << "\n";
            continue;
        }
        if (!repeated[i].empty() ? repeated[i] != *list
                                 : found.paragraphs[i]->row == 0 || lists_of_row[found.paragraphs[i]->row].size() != 1)
            mistakes << "a field of the list " << *list << " where that list is not written out: " << where(i) << "\n";
        const auto& items = data.lists.at(*list);
        if (items.empty())
            mistakes << "the sample has no item of the list " << *list << " to check " << where(i) << "\n";
        for (const FillRecord& item : items)
            if (const Filled filled = fill_marker(marker, data, &item, Language::vietnamese); !filled.problem.empty())
            {
                mistakes << filled.problem << ": " << where(i) << "\n";
                break;
            }
    }
    return mistakes.str();
}

TEST(ShippedTemplates, EveryMarkerIsKnownToTheDocumentData)
{
    const auto sources = template_sources();
    std::set<std::string> names;
    for (const auto& source : sources)
    {
        names.insert(source.stem().string());
        const std::string xml = read_file(source);
        const auto paragraphs = paragraphs_of(xml);
        EXPECT_GT(markers_of(paragraphs).markers.size(), 5u) << source << ": its markers were not found";
        EXPECT_EQ(template_mistakes(xml, source.stem() == kFeedbackLetterTemplate ? letter_data() : sample_data()), "") << source;
    }
    // Every document the extension makes has its template here.
    for (const auto& info : document_catalogue())
        EXPECT_TRUE(names.count(info.file)) << info.file;
    EXPECT_TRUE(names.count(kStockCertificateTemplate));
}

// The progress bar weighs each document by the lists its template writes out (a page per item, a
// table row per item): what document_lists says is what the shipped templates do.
TEST(ShippedTemplates, TheProgressWeighsTheListsEachTemplateWritesOut)
{
    const FillData& data = sample_data();
    for (const DocumentInfo& info : document_catalogue())
        for (const std::string& name : {std::string(info.file), info.kind == DocumentKind::certificates ? std::string(kStockCertificateTemplate) : std::string()})
        {
            if (name.empty())
                continue;
            const auto paragraphs = paragraphs_of(read_file(kTemplates / (name + ".fodt")));
            const TemplateMarkers found = markers_of(paragraphs);
            const auto closes_later = [&found](std::size_t open, std::size_t close) {
                return found.paragraphs[open]->text_id == found.paragraphs[close]->text_id
                       && found.paragraphs[open]->index < found.paragraphs[close]->index;
            };
            std::set<std::string> pages, rows;
            std::vector<bool> repeated(found.markers.size(), false);
            for (const BlockAction& action : plan_blocks(found.markers, data, Language::vietnamese, closes_later))
                if (action.kind == BlockAction::Kind::repeat)
                {
                    if (action.new_page)
                        pages.insert(action.list);
                    for (std::size_t i = action.open; i <= action.close; ++i)
                        repeated[i] = true;
                }
            for (std::size_t i = 0; i < found.markers.size(); ++i)
                if (const auto list = list_of(found.markers[i], data); list && !repeated[i] && found.paragraphs[i]->row != 0)
                    rows.insert(*list);
            const DocumentLists expected = document_lists(info.kind);
            EXPECT_EQ(pages, std::set<std::string>(expected.pages.begin(), expected.pages.end())) << name << ": pages";
            EXPECT_EQ(rows, std::set<std::string>(expected.rows.begin(), expected.rows.end())) << name << ": table rows";
        }
}

// The check sees the mistakes a template can have, in the body, a table cell or a header.
TEST(ShippedTemplates, TheCheckSeesMistakes)
{
    const std::string xml = read_file(kTemplates / "BienBan.fodt");
    const std::string body_end = "</office:text>";
    ASSERT_NE(xml.find(body_end), std::string::npos);
    const auto with = [&xml, &body_end](const std::string& body) {
        std::string changed = xml;
        changed.insert(changed.find(body_end), body);
        return template_mistakes(changed, sample_data());
    };
    EXPECT_EQ(with(""), "");
    EXPECT_EQ(with("<text:p text:style-name=\"Body\">Ghi <text:span>chú</text:span> {{don_vi}} &amp; {{nam}}</text:p>"), "");
    const std::pair<const char*, const char*> mistakes[] = {
        {"an unknown field", "<text:p>{{truong_khong_co}}</text:p>"},
        {"an unknown formatter", "<text:p>{{gia_tri|vang}}</text:p>"},
        {"a formatter that does not fit", "<text:p>{{don_vi|tien}}</text:p>"},
        {"not a marker of the language", "<text:p>{{tong gia tri}}</text:p>"},
        {"braces that close nothing", "<text:p>{{don_vi}</text:p>"},
        {"a list field outside its list", "<text:p>{{ca_nhan.ho_ten}}</text:p>"},
        {"a list field the list has not", "<text:p>{{ca_nhan.khong_co}}</text:p>"},
        {"an unknown condition", "<text:p>{{#neu cap_huyn}}</text:p><text:p>x</text:p><text:p>{{/neu}}</text:p>"},
        {"an unknown list", "<text:p>{{#moi ds_khong_co}}</text:p><text:p>{{/moi}}</text:p>"},
        {"an unclosed block", "<text:p>{{#neu cap_huyen}}</text:p>"},
        {"a stray end", "<text:p>{{/neu}}</text:p>"},
        {"a block on one line", "<text:p>{{#neu cap_huyen}} x {{/neu}}</text:p>"},
        {"a block marker with text", "<text:p>{{#neu cap_huyen}} x</text:p><text:p>{{/neu}}</text:p>"},
        {"a block closed in another text",
         "<table:table><table:table-row><table:table-cell><text:p>{{#neu cap_huyen}}</text:p></table:table-cell>"
         "</table:table-row></table:table><text:p>{{/neu}}</text:p>"},
        {"two lists in a row",
         "<table:table><table:table-row><table:table-cell><text:p>{{cdcs.ten}}</text:p></table:table-cell>"
         "<table:table-cell><text:p>{{ca_nhan.ho_ten}}</text:p></table:table-cell></table:table-row></table:table>"},
        {"another list's field in a repeated block",
         "<text:p>{{#moi cdcs}}</text:p><text:p>{{ca_nhan.ho_ten}}</text:p><text:p>{{/moi}}</text:p>"},
        {"a chart that does not exist", "<text:p>{{bieu_do_khong_co}}</text:p>"},
    };
    for (const auto& [what, body] : mistakes)
        EXPECT_NE(with(body), "") << what;
    // A list's fields in its table row, or in its repeated block (a table in it included).
    EXPECT_EQ(with("<table:table><table:table-row><table:table-cell><text:p>{{cdcs.ten}}</text:p></table:table-cell>"
                   "<table:table-cell><text:p><text:span>{{cdcs.gia_tri|tien}}</text:span></text:p></table:table-cell>"
                   "</table:table-row></table:table>"),
              "");
    EXPECT_EQ(with("<text:p>{{#moi_trang ca_nhan}}</text:p><text:p>{{ca_nhan.ho_ten}}<text:s text:c=\"2\"/>{{don_vi}}</text:p>"
                   "<table:table><table:table-row><table:table-cell><text:p>{{ca_nhan.don_vi}}</text:p></table:table-cell>"
                   "</table:table-row></table:table><text:h>{{/moi}}</text:h>"),
              "");
}

TEST(ShippedTemplates, ParagraphsAreReadAsWriterReadsThem)
{
    const auto paragraphs = paragraphs_of(
        "<?xml version=\"1.0\"?><office:document><office:body><office:text>\n  <text:p a=\"x>y\">Số:<text:s/>{{so}}"
        "<text:s text:c=\"3\"/>&lt;&#x1EA0;&#233;&amp;<text:tab/>b<text:line-break/>c</text:p>\n  <!-- <text:p>no</text:p> -->"
        "<text:p/><table:table><table:table-row><table:table-cell><text:p>A</text:p><text:p>B</text:p></table:table-cell>"
        "<table:table-cell><text:h>C</text:h></table:table-cell></table:table-row></table:table><text:p>D</text:p>"
        "</office:text></office:body></office:document>");
    ASSERT_EQ(paragraphs.size(), 6u);
    EXPECT_EQ(paragraphs[0].text, "Số: {{so}}   <Ạé&\tb\nc");
    EXPECT_EQ(paragraphs[1].text, "");
    EXPECT_EQ(paragraphs[5].text, "D");
    // The body's paragraphs in one text, each cell a text of its own, in a row.
    EXPECT_EQ(paragraphs[0].text_id, paragraphs[5].text_id);
    EXPECT_EQ(paragraphs[5].index, 2u);
    EXPECT_EQ(paragraphs[2].text_id, paragraphs[3].text_id);
    EXPECT_EQ(paragraphs[3].index, 1u);
    EXPECT_NE(paragraphs[2].text_id, paragraphs[4].text_id);
    EXPECT_NE(paragraphs[2].text_id, paragraphs[0].text_id);
    EXPECT_EQ(paragraphs[2].row, paragraphs[4].row);
    EXPECT_NE(paragraphs[2].row, 0u);
    EXPECT_EQ(paragraphs[0].row, 0u);
    EXPECT_EQ(paragraphs[5].row, 0u);
}

} // namespace
