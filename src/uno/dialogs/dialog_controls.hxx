// Reading and writing the controls of a dialog or options page by name (through their models).
#pragma once

#include <optional>
#include <string>

#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>

#include <cppuhelper/implbase1.hxx>

#include "core/rules/criteria_settings.hxx"
#include "core/text/messages.hxx"
#include "sangkien/uno_common/ustring.hxx"

namespace sangkien::uno {

// A dialog of the extension (`path` such as "dialogs/Review.xdl", its strings resolved from the
// files beside it), disposed with the object. Throws when it cannot be loaded.
class ExtensionDialog
{
public:
    // `help_page` (help.hxx): what its Help button and F1 open. `parent`: the window it belongs to
    // (stays in front of); by default the office's current one.
    ExtensionDialog(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& path,
                    std::string help_page = {}, const css::uno::Reference<css::awt::XWindow>& parent = {});
    ~ExtensionDialog();
    ExtensionDialog(const ExtensionDialog&) = delete;
    ExtensionDialog& operator=(const ExtensionDialog&) = delete;

    const css::uno::Reference<css::awt::XDialog>& dialog() const { return dialog_; }
    css::uno::Reference<css::awt::XControlContainer> controls() const;
    // True when the user pressed the OK-type button (never without a screen). The dialog opens
    // centred over its parent, or the office's current window, the first time; shown again (after a
    // question) where it was.
    bool run() const;
    // Shown without waiting (non-modal), centred as run() does.
    void show() const;

private:
    void centre() const;

    css::uno::Reference<css::awt::XDialog> dialog_;
    css::uno::Reference<css::uno::XComponentContext> context_;
    std::string help_page_;
    mutable bool placed_ = false; // centred once; shown again (after a question) where it was
    css::uno::Reference<css::awt::XWindow> parent_;
};

// The model of control `name`; throws when the dialog has no such control.
css::uno::Reference<css::beans::XPropertySet> control_model(const css::uno::Reference<css::awt::XControlContainer>& controls,
                                                            const std::string& name);

void set_control_text(const css::uno::Reference<css::awt::XControlContainer>& controls, const std::string& name,
                      const char* property, const std::string& value);
std::string control_text(const css::uno::Reference<css::awt::XControlContainer>& controls, const std::string& name);

// A message box over `window` titled with the product's name; returns when the user closed it (at
// once in an office without a screen). Never throws.
void show_message(const css::uno::Reference<css::awt::XWindow>& window, css::awt::MessageBoxType type,
                  const std::string& message);

// A yes/no question over `window` (No the default); true only when the user answered Yes (false
// in an office without a screen). Never throws.
bool ask_yes_no(const css::uno::Reference<css::awt::XWindow>& window, const std::string& question);

// The office's folder picker titled `title`, opening at `start` (a system path) when that is a
// folder; the folder chosen as a system path, nullopt when the user cancelled.
std::optional<std::string> pick_folder(const css::uno::Reference<css::uno::XComponentContext>& context,
                                       const std::string& title, const std::string& start);

// The "Chọn…" button beside a folder field (`field`, a text field of `controls`): the picker opens
// at what the field holds, and the field takes the folder chosen.
class BrowseFolderListener : public cppu::WeakImplHelper1<css::awt::XActionListener>
{
public:
    BrowseFolderListener(css::uno::Reference<css::uno::XComponentContext> context,
                         css::uno::Reference<css::awt::XControlContainer> controls, std::string field, std::string title)
        : context_(std::move(context)), controls_(std::move(controls)), field_(std::move(field)), title_(std::move(title))
    {
    }
    void SAL_CALL actionPerformed(const css::awt::ActionEvent&) override;
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::awt::XControlContainer> controls_;
    std::string field_;
    std::string title_;
};

// The Chọn… button of a file field: one file picked (among `patterns`, "*.ods;*.xlsx", named
// `filter_name`) is written into text field `field`; the picker starts in the folder of what the
// field holds.
class BrowseFileListener : public cppu::WeakImplHelper1<css::awt::XActionListener>
{
public:
    BrowseFileListener(css::uno::Reference<css::uno::XComponentContext> context,
                       css::uno::Reference<css::awt::XControlContainer> controls, std::string field, std::string title,
                       std::string filter_name, std::string patterns)
        : context_(std::move(context)), controls_(std::move(controls)), field_(std::move(field)), title_(std::move(title)),
          filter_name_(std::move(filter_name)), patterns_(std::move(patterns))
    {
    }
    void SAL_CALL actionPerformed(const css::awt::ActionEvent&) override;
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::awt::XControlContainer> controls_;
    std::string field_, title_, filter_name_, patterns_;
};

// A folder typed but not made yet (core::FolderState::can_create): asks over `window` whether to
// create it, creates it when the user says Yes and says so when that fails. True when the folder
// exists afterwards.
bool offer_to_create_folder(const css::uno::Reference<css::awt::XWindow>& window, const std::string& path,
                            core::Language language);

// The first selected entry of a list box (0 when none), and selecting one.
sal_Int16 selected_item(const css::uno::Reference<css::awt::XControlContainer>& controls, const std::string& name);
void select_item(const css::uno::Reference<css::awt::XControlContainer>& controls, const std::string& name, sal_Int16 item);

// The criteria of the settings table into their controls (criterion_settings(): a text field each,
// a choice a drop-down whose second entry is "Và"), and back; the settings page and the review
// dialog name them alike.
void show_criteria(const css::uno::Reference<css::awt::XControlContainer>& controls, const core::CriterionTexts& criteria);
core::CriterionTexts read_criteria(const css::uno::Reference<css::awt::XControlContainer>& controls);

} // namespace sangkien::uno
