// The check that every feedback file (core/features/feedback.hxx) holds exactly its unit's rows and
// problems, shared by the feedback tests and the two-round simulation of review_changes_test.
// It is an oracle of its own: it does not ask plan_feedback's places, it finds each initiative's
// unit by its name and each problem's owner by the source file it names or the row it is on.
#pragma once

#include <map>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "core/features/feedback.hxx"
#include "core/text/text.hxx"

namespace sangkien::test {

// `unit_of_file`: for a source file that is one unit's own workbook, that unit's name (every
// problem of such a file must reach that unit's file, and none other). Returns what is wrong, one
// line each; empty when every file is right.
inline std::string feedback_check(const core::Workbook& book, const core::Review& review,
                                  const std::map<std::string, std::string>& unit_of_file = {})
{
    using namespace sangkien::core;
    std::string problems;
    const auto fail = [&problems](const std::string& what) {
        if (problems.size() < 4000)
            problems += "\n  " + what;
    };
    const Feedback feedback = plan_feedback(book, review);
    const auto key_of = [](const std::string& name) { return matching_key(name, {true, true}); };
    std::vector<int> owner(book.initiatives.size(), -1);
    std::vector<int> issue_owner(book.issues.size(), -1);
    std::set<std::string> names;
    for (const UnitFeedback& unit : feedback.units)
    {
        const UnionResult& result = review.unions[unit.unit];
        if (!names.insert(unit.file_name).second)
            fail("two units share the file name " + unit.file_name);
        for (const std::size_t i : unit.initiatives)
        {
            if (owner[i] >= 0)
                fail("initiative in two files: row " + std::to_string(book.initiatives[i].row));
            owner[i] = static_cast<int>(unit.unit);
            if (key_of(book.initiatives[i].unit) != key_of(result.name))
                fail(result.name + " got an initiative of " + book.initiatives[i].unit.str());
        }
        for (const std::size_t k : unit.issues)
        {
            if (issue_owner[k] >= 0)
                fail("problem in two files: " + book.issues[k].sheet);
            issue_owner[k] = static_cast<int>(unit.unit);
            const Issue& issue = book.issues[k];
            const auto [file, sheet] = split_source_place(issue.sheet);
            const std::string source = file.empty() ? sheet : file;
            if (const auto own = unit_of_file.find(source); own != unit_of_file.end())
            {
                if (key_of(own->second) != key_of(result.name))
                    fail(result.name + " got a problem of " + source + " (" + own->second + "'s workbook)");
                continue;
            }
            // Elsewhere the problem must be on one of the unit's initiatives' rows.
            bool on_own_row = false;
            for (const std::size_t i : unit.initiatives)
            {
                const Initiative& item = book.initiatives[i];
                const std::string item_sheet = item.sheet.empty() ? book.sheet_names.at(SheetKind::initiatives) : item.sheet.str();
                on_own_row = on_own_row || (item_sheet == issue.sheet && item.row == issue.row);
            }
            for (const UnionUnit& listed : book.unions)
                on_own_row = on_own_row
                             || (book.sheet_names.count(SheetKind::unions) && book.sheet_names.at(SheetKind::unions) == issue.sheet
                                 && listed.row == issue.row && key_of(listed.name) == key_of(result.name));
            for (const ProposedPerson& person : book.people)
                on_own_row = on_own_row
                             || (book.sheet_names.count(SheetKind::people) && book.sheet_names.at(SheetKind::people) == issue.sheet
                                 && person.row == issue.row && key_of(person.unit) == key_of(result.name));
            if (!on_own_row)
                fail(result.name + " got a problem not on its rows: " + issue.sheet + " row " + std::to_string(issue.row));
        }
        // The file's sheets: its rows, no other unit's name anywhere.
        const auto sheets = feedback_sheets(book, review, unit, FeedbackSettings{"LĐLĐ huyện", "6/12/2026", "13/9/2023", "so.ods"},
                                            Language::vietnamese);
        if (sheets.size() != 3 || sheets[1].rows.size() != unit.initiatives.size() || sheets[2].rows.size() != unit.issues.size())
            fail(result.name + ": the sheets do not hold its rows");
        std::set<std::string> others;
        for (const UnionResult& other : review.unions)
            if (key_of(other.name) != key_of(result.name))
                others.insert(other.name);
        for (const ResultSheet& sheet : sheets)
            for (const auto& row : sheet.rows)
                for (const Cell& cell : row)
                    if (const auto* text = std::get_if<std::string>(&cell); text && others.count(*text))
                        fail(result.name + "'s file names another unit: " + *text);
    }
    for (std::size_t i = 0; i < book.initiatives.size(); ++i)
        if (owner[i] < 0 && !book.initiatives[i].unit.empty())
            fail("an initiative of " + book.initiatives[i].unit.str() + " is in no file");
    for (std::size_t k = 0; k < book.issues.size(); ++k)
    {
        const auto [file, sheet] = split_source_place(book.issues[k].sheet);
        if (issue_owner[k] < 0 && unit_of_file.count(file.empty() ? sheet : file))
            fail("a problem of " + unit_of_file.at(file.empty() ? sheet : file) + "'s workbook is in no file: "
                 + message_text(Message{book.issues[k].key, book.issues[k].arguments}, Language::english));
    }
    return problems;
}

} // namespace sangkien::test
