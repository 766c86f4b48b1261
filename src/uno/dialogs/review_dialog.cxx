// vn.sangkien:ReviewDialog — "Xét khen thưởng…": shows the sheets found, the column of every field
// of the initiative list with a drop-down to correct it, and the criteria; then runs the review
// with what the user chose and remembers corrected columns in the document. The dialog only
// copies core::ReviewForm into controls and back.
#include <algorithm>

#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <cppuhelper/implbase1.hxx>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include "commands/commands.hxx"
#include "sangkien/uno_common/ustring.hxx"
#include "dialogs/dialog_controls.hxx"
#include "core/text/text.hxx"
#include "commands/review_run.hxx"
#include "core/forms/review_form.hxx"
#include "calc/sheet_io.hxx"
#include "calc/ui_language.hxx"
#include "calc/user_settings.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

// Adds a label and a drop-down for every field, in two columns below the "Cột" line.
void add_field_rows(const css::uno::Reference<awt::XDialog>& dialog, const core::ReviewForm& form, core::Language language)
{
    const css::uno::Reference<awt::XControl> control(dialog, css::uno::UNO_QUERY_THROW);
    const css::uno::Reference<lang::XMultiServiceFactory> factory(control->getModel(), css::uno::UNO_QUERY_THROW);
    const css::uno::Reference<container::XNameContainer> container(control->getModel(), css::uno::UNO_QUERY_THROW);
    css::uno::Sequence<rtl::OUString> choices(static_cast<sal_Int32>(form.columns.size()));
    for (std::size_t i = 0; i < form.columns.size(); ++i)
        choices[static_cast<sal_Int32>(i)] = to_ustring(form.columns[i]);
    const std::size_t per_column = (form.fields.size() + 1) / 2;
    for (std::size_t i = 0; i < form.fields.size(); ++i)
    {
        const sal_Int32 x = i < per_column ? 10 : 218;
        const sal_Int32 y = 164 + static_cast<sal_Int32>(i % per_column) * 14;
        const core::FieldChoice& field = form.fields[i];

        const css::uno::Reference<beans::XPropertySet> label(
            factory->createInstance(ascii("com.sun.star.awt.UnoControlFixedTextModel")), css::uno::UNO_QUERY_THROW);
        label->setPropertyValue(ascii("PositionX"), css::uno::Any(x));
        label->setPropertyValue(ascii("PositionY"), css::uno::Any(y + 2));
        label->setPropertyValue(ascii("Width"), css::uno::Any(sal_Int32(100)));
        label->setPropertyValue(ascii("Height"), css::uno::Any(sal_Int32(10)));
        label->setPropertyValue(ascii("Label"), css::uno::Any(to_ustring(field.label + (field.remembered ? " *" : ""))));
        if (field.remembered) // what the * means, on the label itself
            label->setPropertyValue(ascii("HelpText"), css::uno::Any(to_ustring(core::text(language, "review.tip.remembered"))));
        container->insertByName(to_ustring("FieldLabel" + std::to_string(i)), css::uno::Any(label));

        const css::uno::Reference<beans::XPropertySet> list(
            factory->createInstance(ascii("com.sun.star.awt.UnoControlListBoxModel")), css::uno::UNO_QUERY_THROW);
        list->setPropertyValue(ascii("PositionX"), css::uno::Any(x + 102));
        list->setPropertyValue(ascii("PositionY"), css::uno::Any(y));
        list->setPropertyValue(ascii("Width"), css::uno::Any(sal_Int32(94)));
        list->setPropertyValue(ascii("Height"), css::uno::Any(sal_Int32(12)));
        list->setPropertyValue(ascii("Dropdown"), css::uno::Any(true));
        list->setPropertyValue(ascii("LineCount"), css::uno::Any(sal_Int16(16)));
        list->setPropertyValue(ascii("StringItemList"), css::uno::Any(choices));
        css::uno::Sequence<sal_Int16> chosen(1);
        chosen[0] = static_cast<sal_Int16>(std::min<std::size_t>(core::choice_index(field.column), form.columns.size() - 1));
        list->setPropertyValue(ascii("SelectedItems"), css::uno::Any(chosen));
        container->insertByName(to_ustring("Field" + std::to_string(i)), css::uno::Any(list));
    }
}

css::uno::Sequence<rtl::OUString> as_items(const std::vector<std::string>& texts)
{
    css::uno::Sequence<rtl::OUString> items(static_cast<sal_Int32>(texts.size()));
    for (std::size_t i = 0; i < texts.size(); ++i)
        items[static_cast<sal_Int32>(i)] = to_ustring(texts[i]);
    return items;
}

// The sheet drop-down: every sheet, with "(chọn trang)" first while none is chosen.
std::vector<std::string> sheet_items(const core::ReviewForm& form, core::Language language)
{
    std::vector<std::string> items;
    if (form.initiative_sheet.empty())
        items.emplace_back(core::text(language, "form.choose_sheet"));
    items.insert(items.end(), form.sheet_names.begin(), form.sheet_names.end());
    return items;
}

// The field drop-downs show the columns of the chosen sheet, each at its detected column.
void show_columns(const css::uno::Reference<awt::XControlContainer>& controls, const core::ReviewForm& form)
{
    const auto choices = as_items(form.columns);
    for (std::size_t i = 0; i < form.fields.size(); ++i)
    {
        const auto model = control_model(controls, "Field" + std::to_string(i));
        model->setPropertyValue(ascii("StringItemList"), css::uno::Any(choices));
        css::uno::Sequence<sal_Int16> chosen(1);
        chosen[0] = static_cast<sal_Int16>(std::min<std::size_t>(core::choice_index(form.fields[i].column), form.columns.size() - 1));
        model->setPropertyValue(ascii("SelectedItems"), css::uno::Any(chosen));
    }
}

// Before the run: the criteria no column lets us judge (in red), the units amounts are read in;
// every sentence in the tooltip.
void show_reading_notes(const css::uno::Reference<awt::XControlContainer>& controls, const core::ReviewForm& form)
{
    std::string all;
    for (const std::string& note : form.reading_notes)
        all += (all.empty() ? "" : "\n") + note;
    const auto model = control_model(controls, "ReadingNotes");
    model->setPropertyValue(ascii("Label"), css::uno::Any(to_ustring(form.reading_summary)));
    model->setPropertyValue(ascii("HelpText"), css::uno::Any(to_ustring(all)));
    model->setPropertyValue(ascii("TextColor"), css::uno::Any(static_cast<sal_Int32>(form.criteria_unjudged ? 0xC9211E : 0x000000)));
}

// The list's other sheets, selected when read (a list with one sheet shows none, greyed).
void show_further_sheets(const css::uno::Reference<awt::XControlContainer>& controls, const core::ReviewForm& form)
{
    const auto model = control_model(controls, "FurtherSheets");
    std::vector<std::string> names;
    std::vector<sal_Int16> ticked;
    for (const auto& [name, read] : form.further_sheets)
    {
        if (read)
            ticked.push_back(static_cast<sal_Int16>(names.size()));
        names.push_back(name);
    }
    css::uno::Sequence<rtl::OUString> items(static_cast<sal_Int32>(names.size()));
    for (std::size_t i = 0; i < names.size(); ++i)
        items[static_cast<sal_Int32>(i)] = to_ustring(names[i]);
    css::uno::Sequence<sal_Int16> selected(static_cast<sal_Int32>(ticked.size()));
    for (std::size_t i = 0; i < ticked.size(); ++i)
        selected[static_cast<sal_Int32>(i)] = ticked[i];
    model->setPropertyValue(ascii("StringItemList"), css::uno::Any(items));
    model->setPropertyValue(ascii("SelectedItems"), css::uno::Any(selected));
    model->setPropertyValue(ascii("Enabled"), css::uno::Any(!names.empty()));
    control_model(controls, "FurtherSheetsLabel")->setPropertyValue(ascii("Enabled"), css::uno::Any(!names.empty()));
}

// Picking another sheet for the list re-reads its columns into the field drop-downs.

class SheetChoiceListener : public cppu::WeakImplHelper1<awt::XItemListener>
{
public:
    SheetChoiceListener(css::uno::Reference<awt::XControlContainer> controls, core::ReviewForm& form,
                        const core::WorkbookSource& source, core::Language language)
        : controls_(std::move(controls)), form_(form), source_(source), language_(language)
    {
    }

    void SAL_CALL itemStateChanged(const awt::ItemEvent& event) override
    {
        try
        {
            const std::size_t offset = form_.initiative_sheet.empty() ? 1 : 0; // "(chọn trang)"
            if (event.Selected < static_cast<sal_Int32>(offset))
                return;
            const std::size_t index = static_cast<std::size_t>(event.Selected) - offset;
            if (index >= form_.sheet_names.size() || form_.sheet_names[index] == form_.initiative_sheet)
                return;
            const bool had_none = form_.initiative_sheet.empty();
            core::choose_initiative_sheet(form_, source_, form_.sheet_names[index], language_);
            show_columns(controls_, form_);
            show_reading_notes(controls_, form_);
            show_further_sheets(controls_, form_);
            if (had_none) // the placeholder goes once a sheet is chosen
            {
                const auto model = control_model(controls_, "InitiativeSheet");
                model->setPropertyValue(ascii("StringItemList"), css::uno::Any(as_items(sheet_items(form_, language_))));
                css::uno::Sequence<sal_Int16> chosen(1);
                chosen[0] = static_cast<sal_Int16>(index);
                model->setPropertyValue(ascii("SelectedItems"), css::uno::Any(chosen));
            }
        }
        catch (...)
        {
            // The drop-downs keep what they showed; the review reads the form as it is.
        }
    }

    void SAL_CALL disposing(const lang::EventObject&) override {}

private:
    css::uno::Reference<awt::XControlContainer> controls_;
    core::ReviewForm& form_;
    const core::WorkbookSource& source_;
    core::Language language_;
};

void fill(const css::uno::Reference<awt::XDialog>& dialog, const core::ReviewForm& form, core::Language language)
{
    const css::uno::Reference<awt::XControlContainer> controls(dialog, css::uno::UNO_QUERY_THROW);
    for (std::size_t i = 0; i < form.sheets.size() && i < 5; ++i)
    {
        set_control_text(controls, "SheetLabel" + std::to_string(i), "Label", form.sheets[i].first);
        if (i > 0)
            set_control_text(controls, "SheetName" + std::to_string(i), "Label", form.sheets[i].second);
    }
    const auto sheets = control_model(controls, "InitiativeSheet");
    const auto items = sheet_items(form, language);
    sheets->setPropertyValue(ascii("StringItemList"), css::uno::Any(as_items(items)));
    css::uno::Sequence<sal_Int16> chosen(1);
    chosen[0] = 0;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (!form.initiative_sheet.empty() && items[i] == form.initiative_sheet)
            chosen[0] = static_cast<sal_Int16>(i);
    sheets->setPropertyValue(ascii("SelectedItems"), css::uno::Any(chosen));
    show_criteria(controls, form.criteria);
    set_control_text(controls, "CriteriaSource", "Label", form.criteria_source);
    show_reading_notes(controls, form);
    show_further_sheets(controls, form);
}

void read_back(const css::uno::Reference<awt::XDialog>& dialog, core::ReviewForm& form)
{
    const css::uno::Reference<awt::XControlContainer> controls(dialog, css::uno::UNO_QUERY_THROW);
    form.criteria = read_criteria(controls);
    for (std::size_t i = 0; i < form.fields.size(); ++i)
        form.fields[i].column = core::column_of_choice(static_cast<std::size_t>(selected_item(controls, "Field" + std::to_string(i))));
    // The list's other sheets: read when still selected.
    css::uno::Sequence<sal_Int16> selected;
    control_model(controls, "FurtherSheets")->getPropertyValue(ascii("SelectedItems")) >>= selected;
    for (std::size_t i = 0; i < form.further_sheets.size(); ++i)
        form.further_sheets[i].second =
            std::find(selected.begin(), selected.end(), static_cast<sal_Int16>(i)) != selected.end();
}

void show_problems(const css::uno::Reference<frame::XFrame>& frame, const std::vector<std::string>& problems,
                   core::Language language)
{
    std::string message = std::string(core::text(language, "review.problems"));
    for (const auto& problem : problems)
        message += "\n• " + problem;
    show_message(frame->getContainerWindow(), awt::MessageBoxType_WARNINGBOX, message);
}

} // namespace

rtl::OUString review_with_dialog(const CommandContext& context)
{
    const auto model = spreadsheet_of(context);
    ensure_results_can_be_written(context, model); // said before the dialog, not after it
    const core::Language language = office_ui_language(context.component_context);
    ReviewRequest request;
    // The dialog needs the sheets' first rows only; the review reads the list in blocks.
    request.source = read_workbook_source(css::uno::Reference<sheet::XSpreadsheetDocument>(model, css::uno::UNO_QUERY_THROW),
                                          previous_result_sheets(model));
    const core::Criteria defaults = default_criteria(context.component_context);
    const core::SheetChoices remembered_sheets = remembered_sheet_choices(model);
    core::ReviewForm form =
        core::make_review_form(*request.source, remembered_mapping(model), defaults, language, remembered_sheets);
    if (request.source->sheets.empty())
        throw UserError(std::string(core::text(language, "workbook.no_initiatives")));
    // A setting that cannot be read shows the plan's value here: said, never passed off as the settings'.
    std::string unreadable;
    for (const auto& label : core::unreadable_option_labels(read_user_options(context.component_context), language))
        unreadable += (unreadable.empty() ? "" : ", ") + label;
    if (!unreadable.empty())
        form.criteria_source = core::format(language, "form.source.options_unreadable", {unreadable});

    const ExtensionDialog window(context.component_context, "dialogs/Review.xdl", "review");
    const auto& dialog = window.dialog();
    add_field_rows(dialog, form, language);
    fill(dialog, form, language);
    // Never a dead end: a list nobody recognised is chosen by hand in the same dialog.
    if (form.initiative_sheet.empty())
        show_message(context.frame->getContainerWindow(), awt::MessageBoxType_INFOBOX,
                     std::string(core::text(language, "review.not_found")));
    const css::uno::Reference<awt::XListBox> sheet_list(window.controls()->getControl(ascii("InitiativeSheet")),
                                                       css::uno::UNO_QUERY_THROW);
    const css::uno::Reference<awt::XItemListener> listener(
        new SheetChoiceListener(window.controls(), form, *request.source, language));
    sheet_list->addItemListener(listener);
    // An earlier review to compare with, when this workbook does not carry it (a list merged anew).
    css::uno::Reference<awt::XButton>(window.controls()->getControl(ascii("CompareBrowse")), css::uno::UNO_QUERY_THROW)
        ->addActionListener(new BrowseFileListener(context.component_context, window.controls(), "CompareWith",
                                                   std::string(core::text(language, "review.compare_pick")),
                                                   std::string(core::text(language, "review.compare_filter")),
                                                   "*.ods;*.xlsx;*.fods"));
    struct Detach
    {
        const css::uno::Reference<awt::XListBox>& list;
        const css::uno::Reference<awt::XItemListener>& listener;
        ~Detach() { list->removeItemListener(listener); }
    } detach{sheet_list, listener};
    for (;;)
    {
        if (!window.run()) // Cancel, or closed: nothing changes
            return to_ustring(core::text(language, "review.cancelled"));
        read_back(dialog, form);
        const core::FormOutcome outcome = core::read_review_form(form, *request.source, defaults, language);
        if (!outcome.problems.empty())
        {
            show_problems(context.frame, outcome.problems, language);
            continue; // the dialog again, with what the user typed
        }
        // The earlier review named is read before anything is written; one that cannot be read is
        // said, and the dialog comes back with what the clerk typed.
        if (const std::string earlier = core::collapse_spaces(control_text(window.controls(), "CompareWith")); !earlier.empty())
            try
            {
                request.earlier = record_in_users_file(context, earlier);
            }
            catch (const UserError& e)
            {
                show_message(context.frame->getContainerWindow(), awt::MessageBoxType_WARNINGBOX, e.what());
                continue;
            }
        request.overrides = outcome.overrides;
        request.sheets = outcome.sheets;
        request.criteria = outcome.criteria;
        break;
    }
    const rtl::OUString summary = run_review(context, model, request);
    remember_mapping(model, request.overrides);
    remember_sheet_choices(model, request.sheets);
    return summary;
}

} // namespace sangkien::uno
