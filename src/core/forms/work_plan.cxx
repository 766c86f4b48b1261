#include "core/forms/work_plan.hxx"

#include <algorithm>

namespace sangkien::core {

WorkPlan::WorkPlan(const std::vector<double>& weights)
{
    double total = 0;
    for (const double weight : weights)
        total += std::max(0.0, weight);
    double start = 0;
    for (const double weight : weights)
    {
        const double share = total > 0 ? std::max(0.0, weight) / total : 0;
        starts_.push_back(start);
        shares_.push_back(share);
        start += share;
    }
}

double WorkPlan::fraction(std::size_t part, double done) const
{
    if (part >= starts_.size())
        return 1.0;
    return std::min(1.0, starts_[part] + shares_[part] * std::clamp(done, 0.0, 1.0));
}

double ProgressValue::advance(double fraction)
{
    value_ = std::max(value_, std::clamp(fraction, 0.0, 1.0));
    return value_;
}

bool Pacer::due(Clock::time_point now)
{
    if (started_ && now - last_ < interval_)
        return false;
    started_ = true;
    last_ = now;
    return true;
}

} // namespace sangkien::core
