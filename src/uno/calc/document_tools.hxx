// What every command that changes a document needs: its user-defined properties (where the
// extension remembers things), a lock on its views while writing, the status bar's progress,
// and whether undo can be recorded for it.
#pragma once

#include <string>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include "core/text/date.hxx"

namespace sangkien::uno {

// A user-defined document property as text (empty when absent); setting adds it when needed.
std::string document_property(const css::uno::Reference<css::frame::XModel>& model, const char* name);
void set_document_property(const css::uno::Reference<css::frame::XModel>& model, const char* name, const std::string& value);

// Shown in a visible window (not a hidden document, such as the command line's private copies).
bool is_shown(const css::uno::Reference<css::frame::XFrame>& frame);

// Shown in a visible window and the office's current document: only then can Calc undo through
// its view (undoing in a hidden document would take the office down).
bool is_active_document(const css::uno::Reference<css::uno::XComponentContext>& context,
                        const css::uno::Reference<css::frame::XModel>& model, const css::uno::Reference<css::frame::XFrame>& frame);

// Locks the views while writing, and always unlocks.
class ControllerLock
{
public:
    explicit ControllerLock(css::uno::Reference<css::frame::XModel> model);
    ~ControllerLock();
    ControllerLock(const ControllerLock&) = delete;
    ControllerLock& operator=(const ControllerLock&) = delete;

private:
    css::uno::Reference<css::frame::XModel> model_;
};

// The status bar's progress, when there is a status bar.
class Progress
{
public:
    Progress(const css::uno::Reference<css::frame::XFrame>& frame, const std::string& text, sal_Int32 steps);
    void step(sal_Int32 value);
    // With a new text beside the bar ("Đang đọc B.xlsx (2/5)…").
    void step(sal_Int32 value, const std::string& text);
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

private:
    css::uno::Reference<css::task::XStatusIndicator> indicator_;
};

// Keeps Calc from recording undo actions while it lives (nothing when not `active`).
class NoUndoRecording
{
public:
    NoUndoRecording(const css::uno::Reference<css::frame::XModel>& model, bool active);
    ~NoUndoRecording();
    NoUndoRecording(const NoUndoRecording&) = delete;
    NoUndoRecording& operator=(const NoUndoRecording&) = delete;

private:
    css::uno::Reference<css::beans::XPropertySet> properties_;
    bool was_enabled_ = true;
};

// One undo step for a command's changes, in a document that records undo (`record`; see
// is_active_document). The step starts with a no-op action, so it is never empty: a command that
// fails (this goes away without done()) takes back exactly its own changes, never the user's last
// action before them, and leaves nothing in Redo that would bring a half-made change back.
class UndoStep
{
public:
    UndoStep(const css::uno::Reference<css::frame::XModel>& model, bool record, const std::string& title);
    void done();
    bool open() const { return open_; }
    ~UndoStep();
    UndoStep(const UndoStep&) = delete;
    UndoStep& operator=(const UndoStep&) = delete;

private:
    css::uno::Reference<css::document::XUndoManager> undo_;
    bool open_ = false;
};

// A part of an open undo step (UndoStep) kept as one action of it, for the parts that make many
// actions (a result sheet written and formatted): Calc keeps a limited number of actions in a step
// and drops its first ones beyond them, while a part counts as one. Nothing when no step is open.
class UndoGroup
{
public:
    UndoGroup(const css::uno::Reference<css::frame::XModel>& model, const UndoStep& step, const std::string& title);
    ~UndoGroup();
    UndoGroup(const UndoGroup&) = delete;
    UndoGroup& operator=(const UndoGroup&) = delete;

private:
    css::uno::Reference<css::document::XUndoManager> undo_;
};

// Today in the user's time zone, through the office's own portable time functions.
core::Date today();

// A system path as a file URL (empty when it is not one), and back.
std::string folder_url_of(const std::string& path);
std::string system_path_of(const rtl::OUString& url);

} // namespace sangkien::uno
