// Long work as the clerk sees it (a report, a dossier, a merge): the status bar's bar and a line
// naming the step with its place ("Đang lập Quyết định khen thưởng (6/7)…"); for work that can be
// stopped, a small window of its own with the same bar and a Dừng button; the caller's own
// indicator told the same (the dispatch argument "StatusIndicator": the tests, the command line);
// and, when the clerk is looking (a window shown, the office's main thread), the office kept alive
// meanwhile: its windows repainted every ~100 ms, while the command's own window takes no input
// (nothing started twice, the workbook not closed under the command) and the office is not quit.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

#include "commands/commands.hxx"

namespace sangkien::uno {

// Thrown by WorkProgress::check when the clerk or a caller asked to stop.
class WorkStopped : public std::runtime_error
{
public:
    WorkStopped() : std::runtime_error("stopped as asked") {}
};

// vn.sangkien:Stop: asks the work that can be stopped, if any runs, to stop at its next check.
// True when some did.
bool request_stop();

class WorkProgress
{
public:
    // `title`: the command's name (the window's title, the status bar's first words). `stoppable`:
    // Dừng (the window, when the clerk is looking) and check().
    WorkProgress(const CommandContext& context, const std::string& title, bool stoppable);
    ~WorkProgress();
    WorkProgress(const WorkProgress&) = delete;
    WorkProgress& operator=(const WorkProgress&) = delete;

    // The work is `fraction` (0 to 1) of the way through the whole (the bar never goes back);
    // `text`, when not empty, names the step. Cheap enough to call after every item; never throws.
    void show(double fraction, const std::string& text = {});
    // Throws WorkStopped when asked to stop (Dừng, Esc or closing its window, vn.sangkien:Stop).
    void check();
    // The bar, the window and the lock gone, and the office's windows painted, before the outcome
    // is shown (the destructor does it too).
    void finish();

private:
    struct State;
    std::unique_ptr<State> state_;
};

} // namespace sangkien::uno
