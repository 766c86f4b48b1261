// Every figure a clerk reads of a review — each initiative's verdict, each CĐCS's result, each
// person, the totals — keyed so that the order of rows, sheets and files does not matter, and the
// first difference between two such sets said plainly: what the metamorphic and path-invariance
// tests compare.
#pragma once

#include <map>
#include <sstream>
#include <string>

#include "core/rules/aggregate.hxx"
#include "core/rules/criteria_settings.hxx"
#include "core/rules/rules.hxx"
#include "core/workbook/workbook.hxx"

namespace sangkien::test {

using namespace sangkien::core;

// Every figure a clerk reads, keyed so that the order of rows and sheets does not matter.
struct Figures
{
    std::map<std::string, std::string> initiatives;  // code → verdict, reasons, counted, valid
    std::map<std::string, std::string> unions;       // key → quota, counts, value, verdict
    std::map<std::string, bool> people;              // name | unit key → qualifies
    std::string totals;
};

inline Figures figures_of(const core::Workbook& book)
{
    const Review review = review_workbook(book, resolve_criteria(book).criteria);
    const Summary summary = summarise(book, review);
    Figures out;
    for (std::size_t i = 0; i < book.initiatives.size(); ++i)
    {
        const InitiativeVerdict& v = review.verdicts[i];
        std::ostringstream line;
        line << verdict_word(v, Language::vietnamese) << " counted=" << v.counted << " valid=" << v.valid
             << " authors=" << book.initiatives[i].authors.size() << " value=" << book.initiatives[i].value.dong << " reasons=";
        for (const Reason reason : v.reasons)
            line << static_cast<int>(reason) << ",";
        const auto [it, inserted] = out.initiatives.emplace(book.initiatives[i].code, line.str());
        if (!inserted)
            it->second += " | twice: " + line.str();
    }
    for (const UnionResult& unit : review.unions)
    {
        std::ostringstream line;
        line << "quota=" << unit.quota << " updated=" << unit.counts.updated << " valid=" << unit.counts.valid
             << " pending=" << unit.counts.pending << " rejected=" << unit.counts.rejected << " value=" << unit.counts.value
             << " qualifies=" << unit.qualifies << " check=" << unit.needs_check << " listed=" << unit.in_list;
        out.unions[unit.key] = line.str();
    }
    for (const PersonResult& person : review.people)
        out.people[person.name + "|" + person.unit_key] = person.qualifies;
    std::ostringstream totals;
    totals << "updated=" << summary.total.updated << " valid=" << summary.total.valid << " pending=" << summary.total.pending
           << " rejected=" << summary.total.rejected << " value=" << summary.total.value << " uncertain=" << summary.total.uncertain
           << " quota=" << summary.quota_total << " reaching=" << summary.units_reaching_quota
           << " qualifying=" << summary.qualifying_initiatives << " people=" << summary.qualifying_people
           << " initiatives=" << book.initiatives.size() << " unions=" << book.unions.size();
    out.totals = totals.str();
    return out;
}

inline Figures figures_of(const core::WorkbookInput& input)
{
    return figures_of(core::read_workbook(input));
}

// The first difference, said plainly; empty when the figures are the same.
template <class Map>
std::string first_difference(const char* what, const Map& expected, const Map& actual)
{
    for (const auto& [key, value] : expected)
    {
        const auto it = actual.find(key);
        if (it == actual.end())
            return std::string(what) + " " + key + " is missing";
        if (!(it->second == value))
        {
            std::ostringstream out;
            out << what << " " << key << ": expected " << value << ", got " << it->second;
            return out.str();
        }
    }
    for (const auto& [key, value] : actual)
        if (!expected.count(key))
            return std::string(what) + " " + key + " is new";
    return {};
}

inline std::string difference(const Figures& expected, const Figures& actual)
{
    if (expected.totals != actual.totals)
        return "totals: expected " + expected.totals + ", got " + actual.totals;
    for (const std::string& d : {first_difference("initiative", expected.initiatives, actual.initiatives),
                                 first_difference("CĐCS", expected.unions, actual.unions),
                                 first_difference("person", expected.people, actual.people)})
        if (!d.empty())
            return d;
    return {};
}

} // namespace sangkien::test
