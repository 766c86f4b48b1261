// A double click on the report makes one report; a click while a command runs is ignored.
#include <gtest/gtest.h>

#include "core/forms/click_guard.hxx"

using namespace sangkien::core;
using namespace std::chrono_literals;

namespace {

TEST(ClickGuard, OneRunPerIntent)
{
    struct Step
    {
        const char* what;
        bool start; // false: finished
        const char* command;
        std::chrono::milliseconds at;
        bool allowed;
    };
    const Step steps[] = {
        {"first click runs", true, "Report", 0ms, true},
        {"a click while it runs (events handled while it works)", true, "Report", 200ms, false},
        {"another command while it runs", true, "ReviewDialog", 300ms, false},
        {"the report ends", false, "Report", 5000ms, true},
        {"the double click's second click, queued behind the first", true, "Report", 5050ms, false},
        {"another command at once is fine", true, "ReviewDialog", 5100ms, true},
        {"it ends", false, "ReviewDialog", 9000ms, true},
        {"the report again, later: a new intent", true, "Report", 9000ms + ClickGuard::kDoubleClick, true},
    };
    ClickGuard guard;
    const auto origin = ClickGuard::Clock::time_point{} + 1h;
    for (const Step& step : steps)
    {
        SCOPED_TRACE(step.what);
        if (step.start)
            EXPECT_EQ(guard.start(step.command, origin + step.at), step.allowed);
        else
            guard.finished(step.command, origin + step.at);
    }
    EXPECT_TRUE(guard.running());
}

} // namespace
