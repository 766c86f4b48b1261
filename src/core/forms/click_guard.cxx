#include "core/forms/click_guard.hxx"

namespace sangkien::core {

bool ClickGuard::start(const std::string& command, Clock::time_point now)
{
    if (running_)
        return false;
    if (command == last_ && now - last_end_ < kDoubleClick)
        return false;
    running_ = true;
    return true;
}

void ClickGuard::finished(const std::string& command, Clock::time_point now)
{
    running_ = false;
    last_ = command;
    last_end_ = now;
}

} // namespace sangkien::core
