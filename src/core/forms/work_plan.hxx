// The progress of a long command as the clerk sees it: one bar through the whole work, each part
// taking the share of the bar its expected cost gives it (so the bar moves at about the same pace
// from start to end, never sitting full while a long part runs), and a pace for what must happen
// now and then while the work runs (the office repainting its windows).
#pragma once

#include <chrono>
#include <cstddef>
#include <vector>

namespace sangkien::core {

class WorkPlan
{
public:
    // The parts in order, each weighed by its expected cost (any unit, the same for all; a part
    // weighing nothing, or less, takes no room).
    explicit WorkPlan(const std::vector<double>& weights);

    // How far the whole is (0 to 1) when part `part` is `done` (0 to 1, held to that range) of
    // its way; a part past the last is the end.
    double fraction(std::size_t part, double done) const;
    std::size_t parts() const { return starts_.size(); }

private:
    std::vector<double> starts_; // each part's start, as a fraction of the whole
    std::vector<double> shares_; // each part's share of the whole
};

// What the bar shows: never back (a part whose estimate was short does not pull it back).
class ProgressValue
{
public:
    // The value to show for `fraction` (0 to 1).
    double advance(double fraction);
    double value() const { return value_; }

private:
    double value_ = 0;
};

// Due at most once every `interval`: the first call is due.
class Pacer
{
public:
    using Clock = std::chrono::steady_clock;
    explicit Pacer(std::chrono::milliseconds interval) : interval_(interval) {}
    bool due(Clock::time_point now);

private:
    std::chrono::milliseconds interval_;
    Clock::time_point last_{};
    bool started_ = false;
};

} // namespace sangkien::core
