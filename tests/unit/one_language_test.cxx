// One language at a time (issue 27, item 5): in the English UI every word the extension writes is
// English and figures are grouped "500,000,000"; in the Vietnamese UI they are grouped
// "500.000.000". Every message of the string table and everything a review writes (verdicts,
// reasons, result sheets, the summary) is rendered in both languages and checked.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/text/format.hxx"
#include "core/rules/functions.hxx"
#include "core/rules/result_sheets.hxx"
#include "core/features/review_changes.hxx"
#include "core/features/sample.hxx"
#include "core/rules/summary_text.hxx"
#include "core/text/text.hxx"

using namespace sangkien::core;

namespace {

// Keys whose text is the same Vietnamese in both languages: the words of the Vietnamese documents
// and of the report's chart (docs/templates.md: the documents are always Vietnamese), and the
// province sheet and heading of a merged workbook, which is data read back by its Vietnamese names.
bool language_independent(std::string_view key)
{
    return key.starts_with("doc.") || key.starts_with("chart.") || key == "merge.col.district"
           || key == "merge.sheet.province_units";
}

// Vietnamese names English text keeps: the extension and its menu, the programme, and the sheets
// of the initiative workbook, which the blank workbook names alike in every language
// (SPEC §2; docs/user-guide.md). Text in quotes is the user's: what a cell holds, a heading or a
// word to type ("500 triệu", "Hợp lệ").
constexpr std::array kProperNames{std::string_view("01 triệu sáng kiến"), std::string_view("Sáng kiến"),
                                  std::string_view("Thông tin"),          std::string_view("Nhận xét"),
                                  std::string_view("Công đoàn cơ sở"),    std::string_view("CĐCS")};

// The text without its quoted parts ("…", “…”).
std::string unquoted(std::string_view text)
{
    std::string out;
    char32_t closing = 0;
    for (const char32_t c : to_u32(text))
    {
        if (closing)
        {
            if (c == closing)
                closing = 0;
            continue;
        }
        if (c == U'"' || c == U'“')
        {
            closing = c == U'"' ? U'"' : U'”';
            continue;
        }
        out += from_u32(std::u32string(1, c));
    }
    return out;
}

// A letter with a diacritic (đ, ư, ơ, ă, â, ê, ô, a tone mark…), composed or not.
bool has_vietnamese_letter(std::string_view text)
{
    for (const char32_t c : to_u32(text))
        if ((c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x300 && c <= 0x36F)
            || (c >= 0x1E00 && c <= 0x1EFF))
            return true;
    return false;
}

// What is left of an English text to be English: no quotes, no proper names.
std::string own_words(std::string_view text)
{
    std::string out = unquoted(text);
    for (const std::string_view name : kProperNames)
        for (std::size_t at; (at = out.find(name)) != std::string::npos;)
            out.erase(at, name.size());
    return out;
}

// English words that are no Vietnamese syllable: one in a Vietnamese text is an English phrase
// left in it.
constexpr std::array kEnglishWords{"the", "and", "of", "is", "are", "not", "with", "cannot", "was", "were",
                                   "this", "from", "has", "have", "been", "which", "there", "their"};

std::vector<std::string> ascii_words(std::string_view text)
{
    std::vector<std::string> words;
    std::string word;
    for (const char c : text)
    {
        if (std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80))
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else if (!word.empty())
            words.push_back(std::exchange(word, {}));
    }
    if (!word.empty())
        words.push_back(word);
    return words;
}

// A number as written, with what stands before it ("row 12", "F12", "1.234").
struct Figure
{
    std::string digits; // digits and the separators between them
    std::string before; // the text before it
};

std::vector<Figure> figures(const std::string& text)
{
    std::vector<Figure> out;
    for (std::size_t i = 0; i < text.size();)
    {
        if (!std::isdigit(static_cast<unsigned char>(text[i])))
        {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size()
               && (std::isdigit(static_cast<unsigned char>(text[end]))
                   || ((text[end] == '.' || text[end] == ',') && end + 1 < text.size()
                       && std::isdigit(static_cast<unsigned char>(text[end + 1])))))
            ++end;
        out.push_back({text.substr(i, end - i), text.substr(0, i)});
        i = end;
    }
    return out;
}

bool ends_with_any(std::string_view text, std::initializer_list<std::string_view> endings)
{
    return std::any_of(endings.begin(), endings.end(), [text](std::string_view e) { return text.ends_with(e); });
}

// Row numbers and cell references are written as Calc writes them, without grouping; a year of a
// date is no count.
bool is_a_place(const Figure& figure)
{
    const std::string& before = figure.before;
    if (!before.empty() && (std::isalpha(static_cast<unsigned char>(before.back())) || before.back() == '/' || before.back() == '+'))
        return true; // F12, 5/9/2023, U+0061
    return ends_with_any(before, {"row ", "rows ", "Row ", "Rows ", "dòng ", "Dòng ", "–", "-"});
}

// The groups of a figure after its first (":3" in "1.234" gives 1 group of 3 with '.').
bool grouped_with(const std::string& digits, char separator)
{
    const auto at = digits.find(separator);
    if (at == std::string::npos)
        return false;
    const std::size_t next = digits.find_first_of(".,", at + 1);
    return (next == std::string::npos ? digits.size() : next) - at - 1 == 3;
}

// What is wrong with `text` in `language` ("" when nothing): the other language's words or
// grouping, or a count written without grouping.
std::string problem(std::string_view text, Language language)
{
    const std::string checked = language == Language::english ? own_words(text) : unquoted(text);
    if (language == Language::english && has_vietnamese_letter(checked))
        return "Vietnamese words in English text";
    if (language == Language::vietnamese)
        for (const std::string& word : ascii_words(checked))
            if (std::find(kEnglishWords.begin(), kEnglishWords.end(), word) != kEnglishWords.end())
                return "the English word \"" + word + "\" in Vietnamese text";
    for (const Figure& figure : figures(checked))
    {
        if (grouped_with(figure.digits, language == Language::english ? '.' : ','))
            return "\"" + figure.digits + "\" is grouped the other language's way";
        const bool bare = figure.digits.find_first_of(".,") == std::string::npos;
        const bool year = figure.digits.size() == 4 && figure.digits >= "1900" && figure.digits <= "2099";
        if (bare && figure.digits.size() >= 4 && !year && !is_a_place(figure))
            return "\"" + figure.digits + "\" has no thousands separator";
    }
    return {};
}

// English plurals: "1 initiatives" is wrong.
constexpr std::array kPluralNouns{"initiatives", "unions", "units", "cells", "files", "rows", "people",
                                  "workbooks", "errors", "places", "sheets", "seconds"};

// Words that end the phrase a count belongs to ("1 unit has initiatives").
constexpr std::array kPhraseEnds{"has", "have", "is", "are", "was", "were", "of", "in", "to", "but", "and", "from"};

std::string plural_problem(std::string_view text)
{
    const std::string plain(text);
    for (std::size_t at = plain.find("1 "); at != std::string::npos; at = plain.find("1 ", at + 1))
    {
        if (at > 0 && (std::isdigit(static_cast<unsigned char>(plain[at - 1])) || plain[at - 1] == '.' || plain[at - 1] == ','))
            continue;
        const std::string phrase = plain.substr(at + 2, plain.find_first_of(".,;:()\n", at + 2) - at - 2);
        const std::vector<std::string> after = ascii_words(phrase);
        for (std::size_t w = 0; w < std::min<std::size_t>(after.size(), 3); ++w)
        {
            if (std::find(kPhraseEnds.begin(), kPhraseEnds.end(), after[w]) != kPhraseEnds.end())
                break;
            if (std::find(kPluralNouns.begin(), kPluralNouns.end(), after[w]) != kPluralNouns.end())
                return "\"1 … " + after[w] + "\"";
        }
    }
    return {};
}

// The problems found over many texts, said together (the first few of them, and how many).
class Findings
{
public:
    void check(std::string_view text, Language language, const std::string& where)
    {
        if (const std::string found = problem(text, language); !found.empty())
            add(where + " (" + (language == Language::english ? "en" : "vi") + "): " + found + "\n    " + std::string(text));
    }

    void check_plural(std::string_view text, const std::string& where)
    {
        if (const std::string found = plural_problem(text); !found.empty())
            add(where + " (en): " + found + "\n    " + std::string(text));
    }

    void add(std::string finding)
    {
        if (findings_.size() < 25)
            findings_.push_back(std::move(finding));
        ++count_;
    }

    std::string report() const
    {
        std::string out = std::to_string(count_) + " texts not in their language:\n";
        for (const std::string& finding : findings_)
            out += "  " + finding + "\n";
        return out;
    }

    bool empty() const { return count_ == 0; }

private:
    std::vector<std::string> findings_;
    std::size_t count_ = 0;
};

// Arguments for any message: counts, as the code hands them over.
std::vector<std::string> count_arguments(std::int64_t count, Language language)
{
    return std::vector<std::string>(10, format_count(count, language));
}

} // namespace

TEST(OneLanguage, LanguageIndependentKeysAreTheSameInBoth)
{
    for (std::size_t i = 0; i < detail::kStringTableSize; ++i)
    {
        const detail::StringEntry& entry = detail::kStringTable[i];
        if (language_independent(entry.key))
        {
            EXPECT_STREQ(entry.vietnamese, entry.english) << entry.key;
        }
    }
}

TEST(OneLanguage, EveryMessageInEachLanguageWithItsGrouping)
{
    Findings findings;
    for (std::size_t i = 0; i < detail::kStringTableSize; ++i)
    {
        const std::string key = detail::kStringTable[i].key;
        if (language_independent(key))
            continue;
        for (const Language language : {Language::vietnamese, Language::english})
            for (const std::int64_t count : {1, 12'345, 500'000'000})
            {
                const std::string said = format(language, key, count_arguments(count, language));
                findings.check(said, language, key);
                if (language == Language::english && count == 1)
                    findings.check_plural(said, key);
            }
    }
    EXPECT_TRUE(findings.empty()) << findings.report();
}

TEST(OneLanguage, FiguresAreGroupedTheLanguagesWay)
{
    EXPECT_EQ(format_count(19'675, Language::vietnamese), "19.675");
    EXPECT_EQ(format_count(19'675, Language::english), "19,675");
    EXPECT_EQ(format_count(-1'234'567, Language::english), "-1,234,567");
    EXPECT_EQ(format_count(999, Language::english), "999");
    EXPECT_EQ(format_money(500'000'000, Language::vietnamese), "500.000.000 đồng");
    EXPECT_EQ(format_money(500'000'000, Language::english), "500,000,000 VND");
    EXPECT_EQ(format_percent(104.25, Language::vietnamese), "104,3%");
    EXPECT_EQ(format_percent(104.25, Language::english), "104.3%");
    EXPECT_EQ(format_number_text("5156999999", Language::vietnamese), "5.156.999.999");
    EXPECT_EQ(format_number_text("5156999999", Language::english), "5,156,999,999");
    EXPECT_EQ(format_number_text("-1234.5", Language::english), "-1,234.5");
    EXPECT_EQ(format_number_text("-1234.5", Language::vietnamese), "-1.234,5");
    EXPECT_EQ(format_number_text("1e+20", Language::english), "1e+20");
    EXPECT_EQ(format_number_text("12 (Sáng kiến)", Language::english), "12 (Sáng kiến)");
}

TEST(OneLanguage, PluralFormsFollowTheCount)
{
    const auto summary = [](std::int64_t n) {
        return format(Language::english, "merge.summary", count_arguments(n, Language::english));
    };
    EXPECT_EQ(summary(1), "Merged 1 file: 1 initiative, 1 union, 1 proposed person.");
    EXPECT_EQ(summary(2), "Merged 2 files: 2 initiatives, 2 unions, 2 proposed people.");
    EXPECT_EQ(summary(12'345), "Merged 12,345 files: 12,345 initiatives, 12,345 unions, 12,345 proposed people.");
    EXPECT_EQ(format(Language::vietnamese, "merge.summary", count_arguments(1, Language::vietnamese)),
              format(Language::vietnamese, "merge.summary", {"1", "1", "1", "1"}));
    // A placeholder that is not well formed is left as it is.
    EXPECT_EQ(format(Language::english, "{0|one", {"1"}), "{0|one");
    EXPECT_EQ(format(Language::english, "{1|one|other}", {"1"}), "{1|one|other}");
}

TEST(OneLanguage, TheFunctionsVerdictWordsStayTheirReasonsFollowTheLanguage)
{
    const auto text_cell = [](const char* s) { return Cell(std::string(s)); };
    IndividualArguments below{text_cell("Hợp lệ"),    text_cell("1/3/2023"), text_cell("1/QĐ"), text_cell("10/1/2022"),
                              text_cell("2/QĐ"),      Cell(44600.0),         Cell(499'999'999.0), std::nullopt};
    const std::string english = *fn_xet_ca_nhan(below, {}, Language::english).value;
    ASSERT_TRUE(english.starts_with("Không đạt: ")) << english;
    EXPECT_EQ(english, "Không đạt: benefit value 499,999,999 VND below 500,000,000 VND and no outstanding social or "
                       "humane value");
    EXPECT_EQ(problem(english.substr(std::string_view("Không đạt: ").size()), Language::english), "");
    below.value = Cell();
    const std::string none = *fn_xet_ca_nhan(below, {}, Language::english).value;
    EXPECT_EQ(none, "Không đạt: no benefit value stated (the threshold is 500,000,000 VND) and no outstanding social or "
                    "humane value");
    EXPECT_EQ(*fn_xet_tap_the(Cell(12'344.0), Cell(12'345.0), Language::english).value, "Không đạt: 12,344/12,345 (100%)");
    EXPECT_EQ(*fn_xet_tap_the(Cell(2.0), Cell(3.0), Language::english).value, "Không đạt: 2/3 (66.7%)");
    EXPECT_EQ(*fn_xet_tap_the(Cell(2.0), Cell(3.0), Language::vietnamese).value, "Không đạt: 2/3 (66,7%)");
}

namespace {

// The sample with every text written without marks ("Sang kien", "Hop le"): what is left with a
// mark in English output is the extension's own word, never the user's.
WorkbookInput without_marks(WorkbookInput input)
{
    const auto plain = [](const std::string& text) {
        std::u32string ascii;
        for (const char32_t c : to_u32(strip_tones(text)))
            if (c < 0x80)
                ascii += c;
        return from_u32(ascii);
    };
    for (Sheet& sheet : input.sheets)
    {
        sheet.name = plain(sheet.name);
        for (Row& row : sheet.rows)
            for (Cell& cell : row)
                if (auto* text = std::get_if<std::string>(&cell))
                    *text = plain(*text);
    }
    return input;
}

struct Reviewed
{
    Workbook book;
    Review review;
    Summary summary;
};

// A qualifying initiative's status cell holding a formula error (it needs checking) and another
// initiative written twice (a duplicate).
WorkbookInput with_a_check_and_a_duplicate(WorkbookInput input)
{
    const Workbook book = read_workbook(input);
    const Review review = review_workbook(book, Criteria{});
    const auto qualifying = std::find_if(review.verdicts.begin(), review.verdicts.end(),
                                         [](const InitiativeVerdict& verdict) { return verdict.qualifies; });
    const std::string& list = book.sheet_names.at(SheetKind::initiatives);
    const std::size_t status = book.mappings.at(SheetKind::initiatives).columns.at(Field::status);
    for (Sheet& sheet : input.sheets)
        if (sheet.name == list && qualifying != review.verdicts.end())
        {
            const Initiative& checked = book.initiatives[static_cast<std::size_t>(qualifying - review.verdicts.begin())];
            sheet.rows.at(checked.row - 1).at(status) = Cell(CellError{"#DIV/0!"});
            const std::size_t twice = book.initiatives.back().row - 1;
            sheet.rows.insert(sheet.rows.begin() + static_cast<std::ptrdiff_t>(twice), sheet.rows[twice]);
        }
    return input;
}

// 1,500 initiatives: every count has four digits (never a year), and the messy sample brings
// unreadable cells, totals rows, foreign currencies and values below the threshold.
const Reviewed& sample_review()
{
    static const Reviewed reviewed = [] {
        Reviewed r{read_workbook(with_a_check_and_a_duplicate(without_marks(generate_sample({1'500, 2027, true}).input))),
                   {}, {}};
        r.review = review_workbook(r.book, Criteria{});
        r.summary = summarise(r.book, r.review);
        return r;
    }();
    return reviewed;
}

// The columns holding the user's data (names, titles, units, codes, the row they came from): only
// their words are checked, their figures are the user's.
bool users_column(std::string_view heading, Language language)
{
    for (const char* key : {"result.col.row", "result.col.code", "result.col.title", "result.col.authors",
                            "result.col.unit", "result.col.status", "result.col.union", "result.col.block",
                            "result.col.name", "result.col.position", "result.col.initiatives",
                            "result.col.contribution", "result.col.sheet", "result.col.column", "result.col.go_to"})
        if (heading == text(language, key))
            return true;
    return false;
}

} // namespace

TEST(OneLanguage, TheSampleReviewIsWrittenInOneLanguage)
{
    const Reviewed& r = sample_review();
    std::array<std::size_t, 4> verdicts{}; // qualifies, fails, needs checking, duplicate
    for (const InitiativeVerdict& verdict : r.review.verdicts)
        ++verdicts[verdict.qualifies ? 0 : verdict.duplicate ? 3 : verdict.needs_check ? 2 : 1];
    EXPECT_GT(verdicts[0], 0u);
    EXPECT_GT(verdicts[1], 0u);
    EXPECT_GT(verdicts[2], 0u);
    EXPECT_GT(verdicts[3], 0u);
    ASSERT_GT(r.book.issues.size(), 10u);
    Findings findings;
    for (const Language language : {Language::vietnamese, Language::english})
    {
        for (std::size_t i = 0; i < r.book.initiatives.size(); ++i)
        {
            const InitiativeVerdict& verdict = r.review.verdicts[i];
            findings.check(verdict_word(verdict, language), language, "verdict word");
            for (const Reason reason : verdict.reasons)
                findings.check(reason_text(reason, r.book.initiatives[i], r.review.criteria, language), language, "reason");
        }
        for (const ResultSheet& sheet : result_sheets(r.book, r.review, r.summary, language))
        {
            findings.check(sheet.name, language, "sheet name");
            for (std::size_t c = 0; c < sheet.columns.size(); ++c)
            {
                const std::string& heading = sheet.columns[c].heading;
                findings.check(heading, language, sheet.name + " heading");
                for (const auto& row : sheet.rows)
                {
                    const auto* said = std::get_if<std::string>(&row[c]);
                    if (!said)
                        continue;
                    if (!users_column(heading, language))
                        findings.check(*said, language, sheet.name + " / " + heading);
                    else if (language == Language::english && has_vietnamese_letter(own_words(*said)))
                        findings.add(sheet.name + " / " + heading + " (en): Vietnamese words in English text\n    " + *said);
                }
            }
        }
        std::istringstream summary(summary_text(r.book, r.review, r.summary, language, 1'000));
        for (std::string line; std::getline(summary, line);)
        {
            findings.check(line, language, "summary");
            if (language == Language::english)
                findings.check_plural(line, "summary");
        }
        for (const Issue& issue : r.book.issues)
        {
            findings.check(issue_message(issue, language), language, issue.key);
            if (issue.value_is_number)
                findings.check(issue_value(issue, language), language, issue.key + " value");
        }
    }
    EXPECT_TRUE(findings.empty()) << findings.report();
}

// The changes sheet of the sample's review against an earlier one that differed in every way a
// changes sheet says: verdicts, unmatched initiatives, a union's quota, problems, criteria, totals.
TEST(OneLanguage, TheChangesSheetIsWrittenInOneLanguage)
{
    const Reviewed& r = sample_review();
    const ReviewRecord now = record_of(r.book, r.review, r.summary);
    ReviewRecord before = now;
    before.made_at = "7/12/2026 10:15";
    for (std::size_t i = 0; i < before.initiatives.size(); i += 7)
    {
        RecordedInitiative& item = before.initiatives[i];
        item.valid = !item.valid;
        item.qualifies = !item.qualifies;
        item.reasons = {Message{"reason.value_below_threshold", {money_argument(12'345'678), money_argument(500'000'000)}}};
    }
    before.initiatives.front().code_key = "another code";
    before.initiatives.back().title = before.initiatives.back().content_key = "another title";
    before.initiatives.back().code_key.clear();
    before.units.front().qualifies = !before.units.front().qualifies;
    before.units.pop_back();
    before.issues.erase(before.issues.begin(), before.issues.begin() + 5);
    before.issues.push_back(RecordedIssue{"Cong doan co so", 4, "D", "12345", true, true, Message{"row.bad_quota", {"12345"}}, {}});
    before.criteria.threshold = 300'000'000;
    before.criteria.grounds_and = true;
    before.criteria.province_top = 12'000;
    before.totals.value = 12'345'678'901;
    const ReviewChanges changes = compare_reviews(before, now);
    ASSERT_FALSE(changes.initiatives.empty());
    ASSERT_FALSE(changes.unmatched.empty());
    ASSERT_FALSE(changes.units.empty());
    ASSERT_FALSE(changes.issues.empty());
    Findings findings;
    for (const Language language : {Language::vietnamese, Language::english})
    {
        const ResultSheet sheet = changes_sheet(changes, language);
        findings.check(sheet.name, language, "sheet name");
        for (std::size_t c = 0; c < sheet.columns.size(); ++c)
        {
            const std::string& heading = sheet.columns[c].heading;
            findings.check(heading, language, sheet.name + " heading");
            // The code, the initiative's title or union's name, its unit: the user's words.
            const bool users = c == 1 || c == 3;
            for (const auto& row : sheet.rows)
                if (const auto* said = std::get_if<std::string>(&row[c]))
                {
                    if (!users)
                        findings.check(*said, language, sheet.name + " / " + heading);
                    else if (language == Language::english && has_vietnamese_letter(own_words(*said)))
                        findings.add(sheet.name + " / " + heading + " (en): Vietnamese words in English text\n    " + *said);
                }
        }
        const std::string summary = changes_summary(changes, language);
        findings.check(summary, language, "changes summary");
        if (language == Language::english)
            findings.check_plural(summary, "changes summary");
        findings.check(record_sheet(now, language).columns[2].heading, language, "record heading");
    }
    EXPECT_TRUE(findings.empty()) << findings.report();
}

TEST(OneLanguage, AHeadingWordIsNeverBroken)
{
    EXPECT_GE(column_width({"Column", ColumnFormat::text, 6}), 8);
    EXPECT_EQ(column_width({"Go to (Ctrl+click)", ColumnFormat::text, 16}), 16);
    EXPECT_GE(column_width({"Cột", ColumnFormat::text, 2}), 4);
    for (const Language language : {Language::vietnamese, Language::english})
        for (const ResultSheet& sheet : result_sheets(sample_review().book, sample_review().review, sample_review().summary, language))
            for (const ResultColumn& column : sheet.columns)
                for (std::string_view rest = column.heading; !rest.empty();)
                {
                    const std::size_t space = rest.find(' ');
                    const std::string_view word = rest.substr(0, space);
                    EXPECT_GT(column_width(column), static_cast<int>(to_u32(word).size())) << column.heading;
                    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
                }
}

TEST(OneLanguage, ANumberCellsValueIsGroupedInTheDataErrors)
{
    const Issue issue{"Sáng kiến", 12, "H", "5156999999", "cell.not_a_number", {"5156999999"}, true, true};
    EXPECT_EQ(issue_value(issue, Language::vietnamese), "5.156.999.999");
    EXPECT_EQ(issue_value(issue, Language::english), "5,156,999,999");
    const Issue typed{"Sáng kiến", 12, "H", "5156999999", "cell.not_a_number", {"5156999999"}, true, false};
    EXPECT_EQ(issue_value(typed, Language::english), "5156999999"); // text as typed
    const Issue counted{"Sáng kiến", 0, "", "", "rows.continued", {count_argument(12'345)}, false};
    EXPECT_TRUE(issue_message(counted, Language::english).starts_with("12,345 rows")) << issue_message(counted, Language::english);
    EXPECT_TRUE(issue_message(counted, Language::vietnamese).starts_with("12.345 ")) << issue_message(counted, Language::vietnamese);
    const Issue money{"Sáng kiến", 3, "H", "5", "money.suspect_no_unit", {"5", money_argument(5), money_argument(500'000'000)}, false};
    EXPECT_NE(issue_message(money, Language::english).find("500,000,000 VND"), std::string::npos) << issue_message(money, Language::english);
}

// The English help names the sheets the English interface writes ("Data errors"); the Vietnamese
// name may follow in parentheses, as a pointer for whoever also sees the Vietnamese interface.
TEST(OneLanguage, TheEnglishHelpNamesTheEnglishSheets)
{
    std::vector<std::string> vietnamese_names{"KQ "};
    for (const std::string_view prefix : {"result.sheet.", "merge.sheet.", "feedback.sheet."})
        for (std::size_t i = 0; i < detail::kStringTableSize; ++i)
        {
            const std::string_view key = detail::kStringTable[i].key;
            if (key.starts_with(prefix) && !language_independent(key))
                vietnamese_names.push_back(detail::kStringTable[i].vietnamese);
        }
    const std::filesystem::path folder = std::filesystem::path(SANGKIEN_SOURCE_DIR) / "docs" / "help" / "en";
    std::size_t pages = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
    {
        if (entry.path().extension() != ".html")
            continue;
        ++pages;
        std::ifstream in(entry.path());
        const std::string page{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        std::string outside; // the page without its parenthesised parts
        int depth = 0;
        for (const char c : page)
        {
            depth += c == '(' ? 1 : 0;
            if (depth == 0)
                outside += c;
            depth -= c == ')' && depth > 0 ? 1 : 0;
        }
        for (const std::string& name : vietnamese_names)
            EXPECT_EQ(outside.find(name), std::string::npos) << entry.path().filename() << " names the sheet \"" << name << "\"";
    }
    EXPECT_GT(pages, 5U);
}
