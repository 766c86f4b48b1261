#include "dialogs/stored_files.hxx"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string_view>

#if !defined(_WIN32) && !defined(__APPLE__)
#include <unistd.h>
#endif

#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/system/SystemShellExecute.hpp>
#include <com/sun/star/system/SystemShellExecuteFlags.hpp>
#include <cppuhelper/implbase1.hxx>
#include <osl/file.hxx>

#include "dialogs/dialog_controls.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

class OpenFolderListener final : public cppu::WeakImplHelper1<awt::XActionListener>
{
public:
    OpenFolderListener(css::uno::Reference<css::uno::XComponentContext> context, css::uno::Reference<awt::XWindow> window,
                       std::string folder, core::Language language)
        : context_(std::move(context)),
          window_(std::move(window)),
          folder_(std::move(folder)),
          language_(language)
    {
    }
    void SAL_CALL actionPerformed(const awt::ActionEvent&) override
    {
        if (!open_folder(context_, folder_))
            show_message(window_, awt::MessageBoxType_WARNINGBOX, core::format(language_, "stored.open_failed", {folder_}));
    }
    void SAL_CALL disposing(const lang::EventObject&) override {}

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<awt::XWindow> window_;
    std::string folder_;
    core::Language language_;
};

// Code points in UTF-8 text: about what a line holds.
std::size_t characters(const std::string& text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// The headline as tall as it wraps, the list under it as tall as its lines (within limits), the
// buttons under the list: in dialog units (about 70 bold characters fit a line of the headline).
void fit(const ExtensionDialog& window, const css::uno::Reference<awt::XControlContainer>& controls, const std::string& headline,
         const std::string& rest)
{
    const auto headline_lines = static_cast<sal_Int32>(std::clamp<std::size_t>((characters(headline) + 69) / 70, 1, 4));
    const sal_Int32 list_top = 6 + 10 * headline_lines + 4;
    const auto lines = static_cast<sal_Int32>(std::count(rest.begin(), rest.end(), '\n') + 1);
    const sal_Int32 list = std::clamp<sal_Int32>(lines * 8 + 6, 22, 180);
    const sal_Int32 buttons = list_top + list + 6;
    const auto headline_model = control_model(controls, "Headline");
    headline_model->setPropertyValue(ascii("MultiLine"), css::uno::Any(true));
    headline_model->setPropertyValue(ascii("Height"), css::uno::Any(10 * headline_lines));
    const auto message = control_model(controls, "Message");
    message->setPropertyValue(ascii("PositionY"), css::uno::Any(list_top));
    message->setPropertyValue(ascii("Height"), css::uno::Any(list));
    for (const char* button : {"Close", "OpenFolder"})
        control_model(controls, button)->setPropertyValue(ascii("PositionY"), css::uno::Any(buttons));
    css::uno::Reference<beans::XPropertySet>(
        css::uno::Reference<awt::XControl>(window.dialog(), css::uno::UNO_QUERY_THROW)->getModel(), css::uno::UNO_QUERY_THROW)
        ->setPropertyValue(ascii("Height"), css::uno::Any(buttons + 14 + 6));
}

// Whether the office has a program to open a folder with. On Linux it runs xdg-open in the
// background and never hears that the shell did not find it (walk 27: nothing happened at all),
// so it is looked for here first.
bool can_open_folders()
{
#if defined(_WIN32) || defined(__APPLE__)
    return true;
#else
    const char* path = std::getenv("PATH");
    for (std::string_view rest = path ? path : "/usr/bin:/bin"; !rest.empty();)
    {
        const auto colon = rest.find(':');
        const std::string_view folder = rest.substr(0, colon);
        rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
        if (!folder.empty() && ::access((std::filesystem::path(folder) / "xdg-open").c_str(), X_OK) == 0)
            return true;
    }
    return false;
#endif
}

} // namespace

bool open_folder(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& folder)
{
    try
    {
        std::error_code error;
        if (!std::filesystem::is_directory(folder, error) || !can_open_folders())
            return false;
        rtl::OUString url;
        if (osl::FileBase::getFileURLFromSystemPath(to_ustring(folder), url) != osl::FileBase::E_None)
            return false;
        system::SystemShellExecute::create(context)->execute(url, rtl::OUString(), system::SystemShellExecuteFlags::URIS_ONLY);
        return true;
    }
    catch (...)
    {
        return false;
    }
}

void show_stored_files(const css::uno::Reference<css::uno::XComponentContext>& context,
                       const css::uno::Reference<awt::XWindow>& parent, const std::string& message, const std::string& folder,
                       core::Language language)
{
    try
    {
        const ExtensionDialog window(context, "dialogs/Stored.xdl", std::string(), parent);
        const auto controls = window.controls();
        // The outcome in bold, the rest (the files, what to look at) in the list below it.
        const auto line_end = message.find('\n');
        const std::string headline = message.substr(0, line_end);
        const std::string rest = line_end == std::string::npos ? std::string() : message.substr(line_end + 1);
        set_control_text(controls, "Headline", "Label", headline);
        set_control_text(controls, "Message", "Text", rest);
        fit(window, controls, headline, rest);
        if (folder.empty())
            css::uno::Reference<awt::XWindow>(controls->getControl(ascii("OpenFolder")), css::uno::UNO_QUERY_THROW)
                ->setVisible(false);
        else
            css::uno::Reference<awt::XButton>(controls->getControl(ascii("OpenFolder")), css::uno::UNO_QUERY_THROW)
                ->addActionListener(
                    new OpenFolderListener(context, css::uno::Reference<awt::XWindow>(window.dialog(), css::uno::UNO_QUERY),
                                           folder, language));
        window.run();
    }
    catch (...)
    {
        // No dialog: the plain message at least.
        show_message(parent, awt::MessageBoxType_INFOBOX, message);
    }
}

} // namespace sangkien::uno
