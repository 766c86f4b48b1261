// What a command stored, and where (dialogs/Stored.xdl): its message with the list of files, a
// "Mở thư mục" button opening the folder in the system's file manager, and Đóng.
#pragma once

#include <string>

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "core/text/messages.hxx"

namespace sangkien::uno {

// Shows `message` over `parent` — the window the command opened, if any, so that it comes in
// front of it — with "Mở thư mục" opening `folder` (a system path; no button when empty). Returns
// when the clerk closed it (at once without a screen). Never throws.
void show_stored_files(const css::uno::Reference<css::uno::XComponentContext>& context,
                       const css::uno::Reference<css::awt::XWindow>& parent, const std::string& message,
                       const std::string& folder, core::Language language);

// The folder (a system path) in the system's file manager, through the office
// (css.system.SystemShellExecute: xdg-open on Linux); false when it could not be asked — the
// folder is gone, or there is no xdg-open to ask — so that the caller names the folder instead.
bool open_folder(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& folder);

} // namespace sangkien::uno
