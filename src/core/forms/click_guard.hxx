// A command the user starts from the menu or the toolbar runs once per intent: a click that
// arrives while one of our commands is running (the office handles events while it works) or a
// second click of a quick double click (queued behind the first, it arrives just after the first
// ended) is ignored, so a double click makes one report, not two.
#pragma once

#include <chrono>
#include <string>

namespace sangkien::core {

class ClickGuard
{
public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::milliseconds kDoubleClick{1200};

    // True when the command may run now (and it is then running until finished()).
    bool start(const std::string& command, Clock::time_point now);
    void finished(const std::string& command, Clock::time_point now);
    bool running() const { return running_; }

private:
    bool running_ = false;
    std::string last_;
    Clock::time_point last_end_{};
};

} // namespace sangkien::core
