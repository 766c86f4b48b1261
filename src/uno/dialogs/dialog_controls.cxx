#include "dialogs/dialog_controls.hxx"
#include "commands/help.hxx"
#include "core/forms/user_options.hxx"

#include <algorithm>
#include <filesystem>

#include <osl/file.hxx>

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/lang/XComponent.hpp>

#include "commands/commands.hxx"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XExtendedToolkit.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/FolderPicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker3.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/awt/MessageBoxResults.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>

namespace sangkien::uno {

using namespace com::sun::star;

css::uno::Reference<beans::XPropertySet> control_model(const css::uno::Reference<awt::XControlContainer>& controls,
                                                       const std::string& name)
{
    const auto control = controls->getControl(to_ustring(name));
    if (!control.is())
        throw css::uno::RuntimeException(to_ustring("dialog control " + name + " missing"));
    return css::uno::Reference<beans::XPropertySet>(control->getModel(), css::uno::UNO_QUERY_THROW);
}

void set_control_text(const css::uno::Reference<awt::XControlContainer>& controls, const std::string& name,
                      const char* property, const std::string& value)
{
    control_model(controls, name)->setPropertyValue(ascii(property), css::uno::Any(to_ustring(value)));
}

std::string control_text(const css::uno::Reference<awt::XControlContainer>& controls, const std::string& name)
{
    rtl::OUString value;
    control_model(controls, name)->getPropertyValue(ascii("Text")) >>= value;
    return to_utf8(value);
}

void show_message(const css::uno::Reference<awt::XWindow>& window, awt::MessageBoxType type, const std::string& message)
{
    try
    {
        const css::uno::Reference<awt::XWindowPeer> peer(window, css::uno::UNO_QUERY);
        const css::uno::Reference<awt::XMessageBoxFactory> factory(peer.is() ? peer->getToolkit() : nullptr,
                                                                   css::uno::UNO_QUERY);
        if (factory.is())
            factory->createMessageBox(peer, type, 1 /* OK */, to_ustring("Sáng kiến"), to_ustring(message))->execute();
    }
    catch (...)
    {
        // Nothing more can be shown; the office must go on.
    }
}

bool ask_yes_no(const css::uno::Reference<awt::XWindow>& window, const std::string& question)
{
    try
    {
        const css::uno::Reference<awt::XWindowPeer> peer(window, css::uno::UNO_QUERY);
        const css::uno::Reference<awt::XMessageBoxFactory> factory(peer.is() ? peer->getToolkit() : nullptr,
                                                                   css::uno::UNO_QUERY);
        if (!factory.is())
            return false;
        return factory
                   ->createMessageBox(peer, awt::MessageBoxType_QUERYBOX,
                                      awt::MessageBoxButtons::BUTTONS_YES_NO | awt::MessageBoxButtons::DEFAULT_BUTTON_NO,
                                      to_ustring("Sáng kiến"), to_ustring(question))
                   ->execute()
               == awt::MessageBoxResults::YES;
    }
    catch (...)
    {
        return false;
    }
}

std::optional<std::string> pick_folder(const css::uno::Reference<css::uno::XComponentContext>& context,
                                       const std::string& title, const std::string& start)
{
    const auto picker = ui::dialogs::FolderPicker::create(context);
    picker->setTitle(to_ustring(title));
    std::error_code error;
    if (!start.empty() && std::filesystem::is_directory(start, error))
    {
        rtl::OUString url;
        if (osl::FileBase::getFileURLFromSystemPath(to_ustring(start), url) == osl::FileBase::E_None)
            picker->setDisplayDirectory(url);
    }
    if (picker->execute() != ui::dialogs::ExecutableDialogResults::OK)
        return std::nullopt;
    rtl::OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(picker->getDirectory(), path) != osl::FileBase::E_None)
        return std::nullopt;
    return to_utf8(path);
}

void SAL_CALL BrowseFolderListener::actionPerformed(const awt::ActionEvent&)
{
    try
    {
        if (const auto folder = pick_folder(context_, title_, control_text(controls_, field_)))
            set_control_text(controls_, field_, "Text", *folder);
    }
    catch (...)
    {
        // The field keeps what it held.
    }
}

void SAL_CALL BrowseFileListener::actionPerformed(const awt::ActionEvent&)
{
    try
    {
        const auto picker = ui::dialogs::FilePicker::createWithMode(context_, ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
        picker->setTitle(to_ustring(title_));
        picker->appendFilter(to_ustring(filter_name_), to_ustring(patterns_));
        const std::filesystem::path typed = control_text(controls_, field_);
        std::error_code error;
        if (!typed.empty() && std::filesystem::is_directory(typed.parent_path(), error))
        {
            rtl::OUString url;
            if (osl::FileBase::getFileURLFromSystemPath(to_ustring(typed.parent_path().string()), url) == osl::FileBase::E_None)
                picker->setDisplayDirectory(url);
        }
        if (picker->execute() != ui::dialogs::ExecutableDialogResults::OK || picker->getSelectedFiles().getLength() == 0)
            return;
        rtl::OUString path;
        if (osl::FileBase::getSystemPathFromFileURL(picker->getSelectedFiles()[0], path) == osl::FileBase::E_None)
            set_control_text(controls_, field_, "Text", to_utf8(path));
    }
    catch (...)
    {
        // The field keeps what it held.
    }
}

bool offer_to_create_folder(const css::uno::Reference<awt::XWindow>& window, const std::string& path, core::Language language)
{
    if (!ask_yes_no(window, core::create_folder_question(path, language)))
        return false;
    std::error_code error;
    std::filesystem::create_directories(path, error);
    if (!error)
        return true;
    show_message(window, awt::MessageBoxType_WARNINGBOX, core::format(language, "folder.create_failed", {path}));
    return false;
}

sal_Int16 selected_item(const css::uno::Reference<awt::XControlContainer>& controls, const std::string& name)
{
    css::uno::Sequence<sal_Int16> items;
    control_model(controls, name)->getPropertyValue(ascii("SelectedItems")) >>= items;
    return items.getLength() > 0 ? items[0] : 0;
}

void select_item(const css::uno::Reference<awt::XControlContainer>& controls, const std::string& name, sal_Int16 item)
{
    css::uno::Sequence<sal_Int16> items(1);
    items[0] = item;
    control_model(controls, name)->setPropertyValue(ascii("SelectedItems"), css::uno::Any(items));
}

void show_criteria(const css::uno::Reference<awt::XControlContainer>& controls, const core::CriterionTexts& criteria)
{
    for (const core::CriterionSetting& setting : core::criterion_settings())
    {
        if (setting.control_name.empty())
            continue;
        const std::string name(setting.control_name);
        if (setting.kind == core::CriterionKind::choice)
            select_item(controls, name, core::choice_of_text(criteria[setting.key]) ? 1 : 0);
        else
            set_control_text(controls, name, "Text", criteria[setting.key]);
    }
}

core::CriterionTexts read_criteria(const css::uno::Reference<awt::XControlContainer>& controls)
{
    core::CriterionTexts criteria;
    for (const core::CriterionSetting& setting : core::criterion_settings())
    {
        if (setting.control_name.empty())
            continue;
        const std::string name(setting.control_name);
        criteria[setting.key] = setting.kind == core::CriterionKind::choice ? core::text_of_choice(selected_item(controls, name) == 1)
                                                                             : control_text(controls, name);
    }
    return criteria;
}

namespace {

css::uno::Reference<awt::XDialog> create_dialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                const std::string& path, const css::uno::Reference<awt::XWindow>& parent)
{
    const auto provider = awt::DialogProvider2::create(context);
    const rtl::OUString url = to_ustring(extension_file_url(context, path));
    if (const css::uno::Reference<awt::XWindowPeer> peer(parent, css::uno::UNO_QUERY); peer.is())
    {
        css::uno::Sequence<beans::NamedValue> arguments(1);
        arguments.getArray()[0] = beans::NamedValue(ascii("ParentWindow"), css::uno::Any(peer));
        return provider->createDialogWithArguments(url, arguments);
    }
    return provider->createDialog(url);
}

} // namespace

ExtensionDialog::ExtensionDialog(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& path,
                                 std::string help_page, const css::uno::Reference<awt::XWindow>& parent)
    : dialog_(create_dialog(context, path, parent)), context_(context), help_page_(std::move(help_page)), parent_(parent)
{
    if (!dialog_.is())
        throw css::uno::RuntimeException(to_ustring("The dialog " + path + " could not be loaded"));
    if (!help_page_.empty())
        if (const css::uno::Reference<awt::XButton> help(controls()->getControl(ascii("Help")),
                                                         css::uno::UNO_QUERY);
            help.is())
            help->addActionListener(new HelpButtonListener(context_, help_page_));
}

ExtensionDialog::~ExtensionDialog()
{
    try
    {
        css::uno::Reference<lang::XComponent>(dialog_, css::uno::UNO_QUERY_THROW)->dispose();
    }
    catch (...)
    {
    }
}

void ExtensionDialog::centre() const
{
    try
    {
        // Centred over its parent or the office's window the first time (a dialog from a file
        // opens at its own top-left); shown again after a question, it stays where it was (or
        // where the clerk moved it).
        css::uno::Reference<awt::XWindow> over = parent_;
        if (!over.is())
            if (const auto frame = frame::Desktop::create(context_)->getCurrentFrame(); frame.is())
                over = frame->getContainerWindow();
        const css::uno::Reference<awt::XWindow> window(dialog_, css::uno::UNO_QUERY);
        if (!placed_ && over.is() && window.is())
        {
            placed_ = true;
            const awt::Rectangle office = over->getPosSize();
            const awt::Rectangle own = window->getPosSize();
            window->setPosSize(office.X + std::max<sal_Int32>(0, (office.Width - own.Width) / 2),
                               office.Y + std::max<sal_Int32>(0, (office.Height - own.Height) / 2), 0, 0, awt::PosSize::POS);
        }
    }
    catch (...)
    {
        // Where it opens is no reason not to open it.
    }
}

void ExtensionDialog::show() const
{
    centre();
    css::uno::Reference<awt::XWindow>(dialog_, css::uno::UNO_QUERY_THROW)->setVisible(true);
}

bool ExtensionDialog::run() const
{
    centre();
    // F1 opens our page while the dialog is up.
    css::uno::Reference<awt::XExtendedToolkit> toolkit;
    css::uno::Reference<awt::XKeyHandler> f1;
    if (!help_page_.empty())
    {
        try
        {
            toolkit.set(awt::Toolkit::create(context_), css::uno::UNO_QUERY);
            f1 = new HelpKeyHandler(context_, help_page_);
            // The one way to take F1 before LibreOffice's own help does (key listeners only
            // listen); UNOIDL marks it deprecated, with no replacement.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
            if (toolkit.is())
                toolkit->addKeyHandler(f1);
#pragma GCC diagnostic pop
        }
        catch (...)
        {
            toolkit.clear();
        }
    }
    struct Detach
    {
        const css::uno::Reference<awt::XExtendedToolkit>& toolkit;
        const css::uno::Reference<awt::XKeyHandler>& handler;
        ~Detach()
        {
            try
            {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
                if (toolkit.is())
                    toolkit->removeKeyHandler(handler);
#pragma GCC diagnostic pop
            }
            catch (...)
            {
            }
        }
    } detach{toolkit, f1};
    return dialog_->execute() == 1;
}

css::uno::Reference<awt::XControlContainer> ExtensionDialog::controls() const
{
    return css::uno::Reference<awt::XControlContainer>(dialog_, css::uno::UNO_QUERY_THROW);
}

} // namespace sangkien::uno
