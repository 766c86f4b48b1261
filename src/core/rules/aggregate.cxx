#include "core/rules/aggregate.hxx"

#include <algorithm>
#include <unordered_map>

#include "core/text/text.hxx"

namespace sangkien::core {

namespace {

// Tallies per id of a vocabulary, and the valid initiatives of each for the top list.
class Grouping
{
public:
    explicit Grouping(const Vocabulary& vocabulary)
        : vocabulary_(vocabulary), tallies_(vocabulary.size()), members_(vocabulary.size()), seen_(vocabulary.size(), false)
    {
    }

    void add(std::uint32_t id, std::size_t index, const Initiative& initiative, const InitiativeVerdict& verdict)
    {
        if (!verdict.counted)
            return;
        seen_[id] = true;
        tallies_[id].add(initiative, verdict);
        if (verdict.valid)
            members_[id].push_back(index);
    }

    std::vector<Group> finish(const Workbook& book, std::size_t top_n)
    {
        const auto value = [&book](std::size_t i) {
            const Money& m = book.initiatives[i].value;
            return m.is_vnd() ? m.dong : 0;
        };
        std::vector<Group> groups;
        for (std::size_t id = 0; id < tallies_.size(); ++id)
        {
            if (!seen_[id])
                continue;
            auto& members = members_[id];
            const std::size_t n = std::min(top_n, members.size());
            std::partial_sort(members.begin(), members.begin() + static_cast<long>(n), members.end(),
                              [&](std::size_t a, std::size_t b) { return value(a) != value(b) ? value(a) > value(b) : a < b; });
            groups.push_back(Group{vocabulary_.names[id], tallies_[id],
                                   std::vector<std::size_t>(members.begin(), members.begin() + static_cast<long>(n))});
        }
        std::sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
            if (a.name.empty() != b.name.empty())
                return b.name.empty();
            if (a.tally.valid != b.tally.valid)
                return a.tally.valid > b.tally.valid;
            if (a.tally.updated != b.tally.updated)
                return a.tally.updated > b.tally.updated;
            return a.name < b.name;
        });
        return groups;
    }

private:
    const Vocabulary& vocabulary_;
    std::vector<Tally> tallies_;
    std::vector<std::vector<std::size_t>> members_;
    std::vector<bool> seen_;
};

} // namespace

Summary summarise(const Workbook& book, const Review& review, std::size_t top_n)
{
    if (!book.indexed)
    {
        Workbook indexed = book;
        index_workbook(indexed);
        return summarise(indexed, review, top_n);
    }
    Summary summary;
    // Khối from the CĐCS list for initiatives that do not state it.
    Vocabulary blocks = book.blocks;
    std::vector<std::uint32_t> block_of_unit(book.units.size(), 0);
    for (const auto& unit : book.unions)
        block_of_unit[unit.unit_id] = blocks.intern(unit.block, matching_key(unit.block));

    Grouping domains(book.domains), groups(book.target_groups), block_groups(blocks), types(book.solution_types);
    for (std::size_t i = 0; i < book.initiatives.size(); ++i)
    {
        const Initiative& initiative = book.initiatives[i];
        const InitiativeVerdict& verdict = review.verdicts[i];
        summary.total.add(initiative, verdict);
        if (verdict.valid && initiative.value.kind == MoneyKind::other_currency)
            summary.foreign_values.push_back(i);
        if (verdict.qualifies)
            ++summary.qualifying_initiatives;
        domains.add(initiative.domain_id, i, initiative, verdict);
        groups.add(initiative.target_group_id, i, initiative, verdict);
        block_groups.add(initiative.block_id != 0 ? initiative.block_id : block_of_unit[initiative.unit_id], i,
                         initiative, verdict);
        types.add(initiative.solution_type_id, i, initiative, verdict);
    }
    summary.by_domain = domains.finish(book, top_n);
    summary.by_target_group = groups.finish(book, top_n);
    summary.by_block = block_groups.finish(book, 0);
    summary.by_solution_type = types.finish(book, 0);

    for (const auto& unit : review.unions)
    {
        if (!unit.in_list)
            continue;
        ++summary.units_listed;
        summary.quota_total += unit.quota;
        summary.units_with_quota += unit.quota > 0;
        summary.units_reaching_quota += unit.qualifies;
        summary.units_needing_check += unit.needs_check;
        summary.units_priority += unit.priority;
    }
    summary.percent_of_quota = summary.quota_total > 0 ? 100.0 * summary.total.valid / summary.quota_total : 0.0;
    for (const auto& person : review.people)
        summary.qualifying_people += person.qualifies;
    return summary;
}

} // namespace sangkien::core
