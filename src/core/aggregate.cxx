#include "sangkien/core/aggregate.hxx"

#include <algorithm>
#include <unordered_map>

#include "sangkien/core/text.hxx"

namespace sangkien::core {

namespace {

void add(Tally& tally, const Initiative& initiative, const InitiativeVerdict& verdict)
{
    if (!verdict.counted)
        return;
    ++tally.updated;
    switch (initiative.status)
    {
    case Status::valid:
        ++tally.valid;
        if (initiative.value.is_vnd())
            tally.value += initiative.value.dong;
        break;
    case Status::pending: ++tally.pending; break;
    case Status::rejected: ++tally.rejected; break;
    default: break;
    }
}

class Grouping
{
public:
    void add(const std::string& name, std::size_t index, const Initiative& initiative, const InitiativeVerdict& verdict)
    {
        if (!verdict.counted)
            return;
        auto [known, inserted] = keys_.try_emplace(name);
        if (inserted)
            known->second = matching_key(name);
        auto [it, created] = index_.try_emplace(known->second, groups_.size());
        if (created)
        {
            groups_.push_back(Group{name, {}, {}});
            members_.emplace_back();
        }
        core::add(groups_[it->second].tally, initiative, verdict);
        if (verdict.valid)
            members_[it->second].push_back(index);
    }

    std::vector<Group> finish(const Workbook& book, std::size_t top_n)
    {
        for (std::size_t g = 0; g < groups_.size(); ++g)
        {
            auto& members = members_[g];
            const auto value = [&book](std::size_t i) {
                const Money& m = book.initiatives[i].value;
                return m.is_vnd() ? m.dong : 0;
            };
            const std::size_t n = std::min(top_n, members.size());
            std::partial_sort(members.begin(), members.begin() + static_cast<long>(n), members.end(),
                              [&](std::size_t a, std::size_t b) { return value(a) != value(b) ? value(a) > value(b) : a < b; });
            groups_[g].top.assign(members.begin(), members.begin() + static_cast<long>(n));
        }
        std::sort(groups_.begin(), groups_.end(), [](const Group& a, const Group& b) {
            if (a.name.empty() != b.name.empty())
                return b.name.empty();
            if (a.tally.valid != b.tally.valid)
                return a.tally.valid > b.tally.valid;
            if (a.tally.updated != b.tally.updated)
                return a.tally.updated > b.tally.updated;
            return a.name < b.name;
        });
        return std::move(groups_);
    }

private:
    std::unordered_map<std::string, std::string> keys_;
    std::unordered_map<std::string, std::size_t> index_;
    std::vector<Group> groups_;
    std::vector<std::vector<std::size_t>> members_;
};

} // namespace

Summary summarise(const Workbook& book, const Review& review, std::size_t top_n)
{
    Summary summary;
    std::unordered_map<std::string, std::string> block_of_unit;
    for (const auto& unit : book.unions)
        block_of_unit.emplace(unit.key, unit.block);

    Grouping domains, groups, blocks, types;
    for (std::size_t i = 0; i < book.initiatives.size(); ++i)
    {
        const Initiative& initiative = book.initiatives[i];
        const InitiativeVerdict& verdict = review.verdicts[i];
        add(summary.total, initiative, verdict);
        if (verdict.valid && initiative.value.kind == MoneyKind::other_currency)
            summary.foreign_values.push_back(i);
        if (verdict.qualifies)
            ++summary.qualifying_initiatives;
        domains.add(initiative.domain, i, initiative, verdict);
        groups.add(initiative.target_group, i, initiative, verdict);
        std::string block = initiative.block;
        if (block.empty())
            if (const auto it = block_of_unit.find(initiative.unit_key); it != block_of_unit.end())
                block = it->second;
        blocks.add(block, i, initiative, verdict);
        types.add(initiative.solution_type, i, initiative, verdict);
    }
    summary.by_domain = domains.finish(book, top_n);
    summary.by_target_group = groups.finish(book, top_n);
    summary.by_block = blocks.finish(book, 0);
    summary.by_solution_type = types.finish(book, 0);

    for (const auto& unit : review.unions)
    {
        if (!unit.in_list)
            continue;
        ++summary.units_listed;
        summary.quota_total += unit.quota;
        summary.units_with_quota += unit.quota > 0;
        summary.units_reaching_quota += unit.qualifies;
        summary.units_priority += unit.priority;
    }
    summary.percent_of_quota = summary.quota_total > 0 ? 100.0 * summary.total.valid / summary.quota_total : 0.0;
    for (const auto& person : review.people)
        summary.qualifying_people += person.qualifies;
    return summary;
}

} // namespace sangkien::core
