#include "dialogs/options_page.hxx"
#include "sangkien/uno_common/ustring.hxx"

#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XTextListener.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/supportsservice.hxx>

#include "dialogs/dialog_controls.hxx"
#include "commands/commands.hxx"
#include "commands/help.hxx"
#include "calc/ui_language.hxx"
#include "calc/user_settings.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

// What cannot be read, in one red line where the note on the criteria stands (it fits the page
// there, wrapped), the whole sentences as its tooltip; the note comes back once all is readable.
void show_problems(const css::uno::Reference<awt::XControlContainer>& controls, const core::UserOptions& options,
                   core::Language language)
{
    std::string labels, sentences;
    for (const auto& label : core::unreadable_option_labels(options, language))
        labels += (labels.empty() ? "" : ", ") + label;
    for (const auto& problem : core::options_problems(options, language))
        sentences += (sentences.empty() ? "" : "\n") + problem;
    for (const auto& folder : core::folder_problems(options, language))
    {
        labels += (labels.empty() ? "" : ", ") + folder.label;
        sentences += (sentences.empty() ? "" : "\n") + folder.sentence;
    }
    const bool any = !labels.empty();
    set_control_text(controls, "Problems", "Label", any ? core::format(language, "options.unreadable_here", {labels}) : std::string());
    set_control_text(controls, "Problems", "HelpText", sentences);
    control_model(controls, "Problems")->setPropertyValue(ascii("TextColor"), css::uno::Any(sal_Int32(0xC00000)));
    control_model(controls, "Problems")->setPropertyValue(ascii("EnableVisible"), css::uno::Any(any));
    control_model(controls, "CriteriaNote")->setPropertyValue(ascii("EnableVisible"), css::uno::Any(!any));
}

// The stored settings, as typed; what cannot be read is said on the page until it is corrected.
void load(const css::uno::Reference<awt::XControlContainer>& controls, core::UserOptions options, core::Language language)
{
    each_text_setting(options, [&](const char* name, std::string& value) { set_control_text(controls, name, "Text", value); });
    select_item(controls, "Level", options.province_level ? 2 : options.district_level ? 0 : 1);
    show_criteria(controls, options.criteria);
    show_problems(controls, options, language);
}

core::UserOptions read_page(const css::uno::Reference<awt::XControlContainer>& controls)
{
    core::UserOptions options;
    each_text_setting(options, [&](const char* name, std::string& value) { value = control_text(controls, name); });
    const sal_Int16 level = selected_item(controls, "Level"); // district, CĐCS, province
    options.district_level = level != 1;
    options.province_level = level == 2;
    options.criteria = read_criteria(controls);
    return options;
}

// A field of the page edited: the red line follows at once (it used to stay until the page was
// opened again).
class ProblemsListener : public cppu::WeakImplHelper1<awt::XTextListener>
{
public:
    ProblemsListener(css::uno::Reference<awt::XControlContainer> controls, core::Language language)
        : controls_(std::move(controls)), language_(language)
    {
    }
    void SAL_CALL textChanged(const awt::TextEvent&) override
    {
        try
        {
            show_problems(controls_, read_page(controls_), language_);
        }
        catch (...)
        {
            // The line keeps what it said; the page is checked again on OK.
        }
    }
    void SAL_CALL disposing(const lang::EventObject&) override {}

private:
    css::uno::Reference<awt::XControlContainer> controls_;
    core::Language language_;
};

// The fields whose text can be unreadable: the criteria's and the formats.
void follow_problems(const css::uno::Reference<awt::XControlContainer>& controls, core::Language language)
{
    const css::uno::Reference<awt::XTextListener> listener(new ProblemsListener(controls, language));
    std::vector<std::string> fields{"Formats"};
    for (const core::CriterionSetting& setting : core::criterion_settings())
        if (!setting.control_name.empty() && setting.kind != core::CriterionKind::choice)
            fields.emplace_back(setting.control_name);
    for (const std::string& field : fields)
        if (const css::uno::Reference<awt::XTextComponent> text(controls->getControl(to_ustring(field)), css::uno::UNO_QUERY); text.is())
            text->addTextListener(listener);
}

} // namespace

rtl::OUString OptionsHandler::implementation_name()
{
    return ascii("vn.sangkien.OptionsHandler");
}

css::uno::Sequence<rtl::OUString> OptionsHandler::service_names()
{
    css::uno::Sequence<rtl::OUString> names(1);
    names[0] = ascii("vn.sangkien.OptionsHandler");
    return names;
}

css::uno::Reference<css::uno::XInterface> SAL_CALL
OptionsHandler::create(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new OptionsHandler(context));
}

namespace {

// The office's current window (the one the Options dialog was opened from), else `fallback`.
css::uno::Reference<awt::XWindow> office_window(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                const css::uno::Reference<awt::XWindow>& fallback)
{
    try
    {
        if (const auto frame = frame::Desktop::create(context)->getCurrentFrame(); frame.is() && frame->getContainerWindow().is())
            return frame->getContainerWindow();
    }
    catch (...)
    {
    }
    return fallback;
}

// The page's own Help button: the Options dialog's one asks LibreOffice's help, which knows
// nothing of an extension's page ("Help Not Installed" where its help package is missing).
bool show_settings_help(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    try
    {
        open_help(context, "settings");
        return true;
    }
    catch (...)
    {
        return false;
    }
}

// F1 on the page opens its help too (the Options dialog would send it to LibreOffice's help).
void follow_f1(const css::uno::Reference<css::uno::XComponentContext>& context, const css::uno::Reference<awt::XWindow>& window)
{
    try
    {
        follow_f1_while_shown(context, window, "settings");
    }
    catch (...)
    {
        // Without it F1 is LibreOffice's; the page's Help button still works.
    }
}

} // namespace

sal_Bool SAL_CALL OptionsHandler::callHandlerMethod(const css::uno::Reference<awt::XWindow>& window,
                                                    const css::uno::Any& event, const rtl::OUString& method)
{
    if (method == "browse_output_folder" || method == "browse_template_folder")
    {
        try
        {
            const css::uno::Reference<awt::XControlContainer> controls(window, css::uno::UNO_QUERY_THROW);
            const std::string field = method == "browse_output_folder" ? "OutputFolder" : "TemplateFolder";
            if (const auto folder = pick_folder(context_, std::string(core::text(office_ui_language(context_), "folder.pick_title")),
                                                control_text(controls, field)))
                set_control_text(controls, field, "Text", *folder);
            return true;
        }
        catch (...)
        {
            return false;
        }
    }
    if (method == "help")
        return show_settings_help(context_);
    if (method != "external_event")
        return false;
    try
    {
        rtl::OUString what;
        event >>= what;
        const css::uno::Reference<awt::XControlContainer> controls(window, css::uno::UNO_QUERY_THROW);
        if (what == "initialize" || what == "back")
        {
            load(controls, read_user_options(context_), office_ui_language(context_));
            if (what == "initialize")
            {
                follow_problems(controls, office_ui_language(context_));
                follow_f1(context_, window);
            }
            return true;
        }
        if (what == "ok")
        {
            const core::Language language = office_ui_language(context_);
            const core::UserOptions edited = read_page(controls);
            // Kept as typed, never dropped: the page shows it again with what is wrong, and
            // every review says the plan's value stood in for it; a folder that is a file is
            // said now rather than when a dossier is made.
            std::string unreadable, folders, message;
            for (const auto& problem : core::options_problems(edited, language))
                unreadable += (unreadable.empty() ? "" : "\n") + problem;
            for (const auto& folder : core::folder_problems(edited, language))
                folders += (folders.empty() ? "" : "\n") + folder.sentence;
            if (!unreadable.empty())
                message = core::format(language, "options.not_saved", {unreadable});
            if (!folders.empty())
                message += (message.empty() ? "" : "\n\n") + core::format(language, "options.folder_not_usable", {folders});
            if (!message.empty()) // over the office's window: the page itself is closing and would take the box with it
                show_message(office_window(context_, window), awt::MessageBoxType_WARNINGBOX, message);
            // A folder typed but not made yet: made when the clerk says so.
            for (const std::string* folder : {&edited.output_folder, &edited.template_folder})
                if (core::folder_state(*folder) == core::FolderState::can_create)
                    offer_to_create_folder(office_window(context_, window), *folder, language);
            write_user_options(context_, edited);
            return true;
        }
    }
    catch (...)
    {
        // The options dialog must go on; the settings keep their earlier values.
        (void)internal_error(office_ui_language(context_), std::current_exception());
    }
    return false;
}

css::uno::Sequence<rtl::OUString> SAL_CALL OptionsHandler::getSupportedMethodNames()
{
    css::uno::Sequence<rtl::OUString> names(4);
    names[0] = ascii("external_event");
    names[1] = ascii("browse_output_folder");
    names[2] = ascii("browse_template_folder");
    names[3] = ascii("help");
    return names;
}

rtl::OUString SAL_CALL OptionsHandler::getImplementationName()
{
    return implementation_name();
}

sal_Bool SAL_CALL OptionsHandler::supportsService(const rtl::OUString& name)
{
    return cppu::supportsService(this, name);
}

css::uno::Sequence<rtl::OUString> SAL_CALL OptionsHandler::getSupportedServiceNames()
{
    return service_names();
}

} // namespace sangkien::uno
