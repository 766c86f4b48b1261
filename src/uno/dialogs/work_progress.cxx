#include "dialogs/work_progress.hxx"

#include <atomic>
#include <chrono>
#include <cmath>
#include <iostream>

#if defined(__linux__)
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include <com/sun/star/awt/Pointer.hpp>
#include <com/sun/star/awt/SystemPointer.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XToolkitExperimental.hpp>
#include <com/sun/star/awt/XTopWindow.hpp>
#include <com/sun/star/awt/XTopWindowListener.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/TerminationVetoException.hpp>
#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/frame/XTerminateListener.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>
#include <com/sun/star/util/CloseVetoException.hpp>
#include <com/sun/star/util/XCloseBroadcaster.hpp>
#include <com/sun/star/util/XCloseListener.hpp>
#include <cppuhelper/implbase2.hxx>
#include <rtl/ref.hxx>

#include "calc/document_tools.hxx"
#include "calc/ui_language.hxx"
#include "core/forms/work_plan.hxx"
#include "dialogs/dialog_controls.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

// One long command runs at a time (the click guard); Stop reaches it through these.
std::atomic<int> g_stoppable{0};
std::atomic<bool> g_stop{false};

constexpr sal_Int32 kRange = 1000; // the bar's steps

// The office repaints only while its main thread handles events: only there may we let it.
bool on_main_thread()
{
#if defined(__linux__)
    return syscall(SYS_gettid) == getpid();
#else
    return false; // to be checked on Windows (docs/windows.md): no repainting during long work there
#endif
}

// The Dừng button and the window's own close (its ✕, Esc): both ask to stop.
class StopListener final : public cppu::WeakImplHelper2<awt::XActionListener, awt::XTopWindowListener>
{
public:
    void SAL_CALL actionPerformed(const awt::ActionEvent&) override { request_stop(); }
    void SAL_CALL windowClosing(const lang::EventObject&) override { request_stop(); }
    void SAL_CALL windowOpened(const lang::EventObject&) override {}
    void SAL_CALL windowClosed(const lang::EventObject&) override {}
    void SAL_CALL windowMinimized(const lang::EventObject&) override {}
    void SAL_CALL windowNormalized(const lang::EventObject&) override {}
    void SAL_CALL windowActivated(const lang::EventObject&) override {}
    void SAL_CALL windowDeactivated(const lang::EventObject&) override {}
    void SAL_CALL disposing(const lang::EventObject&) override {}
};

// While the work runs, the workbook it reads is not closed and the office not quit (events are
// handled meanwhile: a macro, another window's File ▸ Exit); the clerk can do either afterwards.
class KeepOpen final : public cppu::WeakImplHelper2<util::XCloseListener, frame::XTerminateListener>
{
public:
    void SAL_CALL queryClosing(const lang::EventObject&, sal_Bool) override
    {
        throw util::CloseVetoException(ascii("Sáng kiến is still working with this document"), {});
    }
    void SAL_CALL notifyClosing(const lang::EventObject&) override {}
    void SAL_CALL queryTermination(const lang::EventObject&) override
    {
        throw frame::TerminationVetoException(ascii("Sáng kiến is still working"), {});
    }
    void SAL_CALL notifyTermination(const lang::EventObject&) override {}
    void SAL_CALL disposing(const lang::EventObject&) override {}
};

void set_pointer(const css::uno::Reference<css::uno::XComponentContext>& context, const css::uno::Reference<awt::XWindow>& window,
                 sal_Int32 type)
{
    const css::uno::Reference<awt::XWindowPeer> peer(window, css::uno::UNO_QUERY);
    if (!peer.is())
        return;
    const auto pointer = awt::Pointer::create(context);
    pointer->setType(type);
    peer->setPointer(pointer);
}

} // namespace

bool request_stop()
{
    if (g_stoppable.load() == 0)
        return false;
    g_stop = true;
    return true;
}

struct WorkProgress::State
{
    css::uno::Reference<css::uno::XComponentContext> context;
    core::Language language;
    bool stoppable = false;
    bool interactive = false; // the clerk is looking: repaint, a window for Dừng, the lock
    bool finished = false;
    bool stop_shown = false;

    core::ProgressValue value;
    sal_Int32 shown = -1;
    std::string text;
    core::Pacer pacer{std::chrono::milliseconds(100)};

    css::uno::Reference<task::XStatusIndicator> bar;    // the status bar's
    css::uno::Reference<task::XStatusIndicator> caller; // the dispatch's
    std::unique_ptr<ExtensionDialog> window;            // Dừng
    css::uno::Reference<awt::XControlContainer> controls;
    css::uno::Reference<awt::XToolkitExperimental> toolkit;
    css::uno::Reference<awt::XWindow> locked; // the command's window, without input meanwhile
    css::uno::Reference<util::XCloseBroadcaster> workbook;
    css::uno::Reference<frame::XDesktop2> desktop;
    rtl::Reference<KeepOpen> keep_open;

    // Each part on its own: a part that fails is left out (said on the office's error output),
    // never the work.
    template <class F>
    void quietly(F&& f)
    {
        try
        {
            f();
        }
        catch (const css::uno::Exception& e)
        {
            std::cerr << "Sáng kiến: progress: " << to_utf8(e.Message) << std::endl;
        }
        catch (const std::exception& e)
        {
            std::cerr << "Sáng kiến: progress: " << e.what() << std::endl;
        }
        catch (...)
        {
        }
    }

    void start_indicators(const CommandContext& context, const std::string& title)
    {
        quietly([&] {
            if (const css::uno::Reference<task::XStatusIndicatorFactory> factory(context.frame, css::uno::UNO_QUERY);
                factory.is())
                bar = factory->createStatusIndicator();
            if (bar.is())
                bar->start(to_ustring(title), kRange);
        });
        caller = context.indicator;
        quietly([&] {
            if (caller.is())
                caller->start(to_ustring(title), kRange);
        });
    }

    void open_window(const CommandContext& context, const std::string& title)
    {
        quietly([&] {
            window = std::make_unique<ExtensionDialog>(context.component_context, "dialogs/Progress.xdl", std::string(),
                                                       context.frame->getContainerWindow());
            controls = window->controls();
            window->dialog()->setTitle(to_ustring(title));
            const rtl::Reference<StopListener> listener(new StopListener);
            css::uno::Reference<awt::XButton>(controls->getControl(ascii("Stop")), css::uno::UNO_QUERY_THROW)
                ->addActionListener(static_cast<awt::XActionListener*>(listener.get()));
            css::uno::Reference<awt::XTopWindow>(window->dialog(), css::uno::UNO_QUERY_THROW)
                ->addTopWindowListener(static_cast<awt::XTopWindowListener*>(listener.get()));
            window->show();
        });
    }

    void lock(const CommandContext& context)
    {
        quietly([&] {
            locked = context.frame->getContainerWindow();
            locked->setEnable(false);
            set_pointer(context.component_context, locked, awt::SystemPointer::WAIT);
        });
        quietly([&] {
            keep_open = new KeepOpen;
            workbook.set(context.frame->getController()->getModel(), css::uno::UNO_QUERY);
            if (workbook.is())
                workbook->addCloseListener(static_cast<util::XCloseListener*>(keep_open.get()));
            desktop = frame::Desktop::create(context.component_context);
            desktop->addTerminateListener(static_cast<frame::XTerminateListener*>(keep_open.get()));
        });
    }

    void unlock()
    {
        quietly([&] {
            if (locked.is())
            {
                locked->setEnable(true);
                set_pointer(context, locked, awt::SystemPointer::ARROW);
            }
        });
        quietly([&] {
            if (workbook.is())
                workbook->removeCloseListener(static_cast<util::XCloseListener*>(keep_open.get()));
        });
        quietly([&] {
            if (desktop.is())
                desktop->removeTerminateListener(static_cast<frame::XTerminateListener*>(keep_open.get()));
        });
        locked.clear();
        workbook.clear();
        desktop.clear();
    }

    void repaint()
    {
        quietly([&] {
            if (toolkit.is())
                toolkit->processEventsToIdle();
        });
    }

    void set_text(const std::string& line)
    {
        const rtl::OUString shown_text = to_ustring(line);
        quietly([&] {
            if (bar.is())
                bar->setText(shown_text);
        });
        quietly([&] {
            if (caller.is())
                caller->setText(shown_text);
        });
        if (!stop_shown)
            quietly([&] {
                if (controls.is())
                    set_control_text(controls, "Step", "Label", line);
            });
    }

    void set_value(sal_Int32 steps)
    {
        quietly([&] {
            if (bar.is())
                bar->setValue(steps);
        });
        quietly([&] {
            if (caller.is())
                caller->setValue(steps);
        });
        quietly([&] {
            if (controls.is())
                control_model(controls, "Bar")->setPropertyValue(ascii("ProgressValue"), css::uno::Any(steps));
        });
    }

    // Once the clerk asked to stop, the window says so and Dừng is not offered again.
    void show_stopping()
    {
        if (stop_shown || !g_stop.load() || !controls.is())
            return;
        stop_shown = true;
        quietly([&] {
            set_control_text(controls, "Step", "Label", std::string(core::text(language, "progress.stopping")));
            control_model(controls, "Stop")->setPropertyValue(ascii("Enabled"), css::uno::Any(false));
        });
    }
};

WorkProgress::WorkProgress(const CommandContext& context, const std::string& title, bool stoppable)
    : state_(std::make_unique<State>())
{
    State& state = *state_;
    state.context = context.component_context;
    state.language = office_ui_language(context.component_context);
    state.stoppable = stoppable;
    state.interactive = on_main_thread() && is_shown(context.frame);
    if (stoppable)
    {
        g_stop = false;
        ++g_stoppable;
    }
    state.start_indicators(context, title);
    state.text = title;
    if (!state.interactive)
        return;
    state.quietly([&] { state.toolkit.set(awt::Toolkit::create(context.component_context), css::uno::UNO_QUERY); });
    if (stoppable)
        state.open_window(context, title);
    state.lock(context);
    state.set_text(title);
    state.repaint();
}

WorkProgress::~WorkProgress()
{
    finish();
}

void WorkProgress::show(double fraction, const std::string& text)
{
    State& state = *state_;
    if (state.finished)
        return;
    if (!text.empty() && text != state.text)
    {
        state.text = text;
        state.set_text(text);
    }
    const auto steps = static_cast<sal_Int32>(std::lround(state.value.advance(fraction) * kRange));
    if (steps != state.shown)
    {
        state.shown = steps;
        state.set_value(steps);
    }
    if (state.interactive && state.pacer.due(core::Pacer::Clock::now()))
    {
        state.repaint();
        state.show_stopping();
    }
}

void WorkProgress::check()
{
    if (!state_->stoppable || !g_stop.load())
        return;
    state_->show_stopping();
    throw WorkStopped();
}

void WorkProgress::finish()
{
    State& state = *state_;
    if (state.finished)
        return;
    state.finished = true;
    if (state.stoppable)
        --g_stoppable;
    state.quietly([&] {
        if (state.bar.is())
            state.bar->end();
    });
    state.quietly([&] {
        if (state.caller.is())
            state.caller->end();
    });
    state.window.reset(); // disposed: gone from the screen
    state.controls.clear();
    state.unlock();
    if (state.interactive)
        state.repaint();
}

rtl::OUString stop_running_work(const CommandContext& context)
{
    const core::Language language = office_ui_language(context.component_context);
    return to_ustring(core::text(language, request_stop() ? "stop.requested" : "stop.nothing"));
}

} // namespace sangkien::uno
