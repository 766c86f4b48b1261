// Reading and writing the controls of a dialog or options page by name (through their models).
#pragma once

#include <string>

#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>

#include "ustring.hxx"

namespace sangkien::uno {

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

// The first selected entry of a list box (0 when none), and selecting one.
sal_Int16 selected_item(const css::uno::Reference<css::awt::XControlContainer>& controls, const std::string& name);
void select_item(const css::uno::Reference<css::awt::XControlContainer>& controls, const std::string& name, sal_Int16 item);

} // namespace sangkien::uno
