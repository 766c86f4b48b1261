// vn.sangkien:NormaliseDialog — "Chuẩn hóa dữ liệu…": the core's plan of changes shown as a
// preview (kinds to tick, cells to untick), then applied as one undo step. Unticked cells are
// remembered in the document and never proposed again. vn.sangkien:Normalise applies the plan
// without asking (batch use and tests). Only text constants of the sheets the review reads are
// ever written, one setDataArray per run of neighbouring cells.
#include <functional>
#include <stdexcept>
#include <variant>

#include <set>

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/util/XProtectable.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/implbase2.hxx>

#include "commands/commands.hxx"
#include "sangkien/uno_common/ustring.hxx"
#include "sangkien/uno_common/cell_any.hxx"
#include "dialogs/dialog_controls.hxx"
#include "calc/document_tools.hxx"
#include "commands/review_run.hxx"
#include "core/features/normalise.hxx"
#include "core/text/format.hxx"
#include "calc/sheet_io.hxx"
#include "calc/ui_language.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

// The cells the user unticked in earlier runs ("Sheet\tF12" per line).
constexpr char kExclusionsProperty[] = "SangKienNormaliseExclusions";

struct Prepared
{
    css::uno::Reference<frame::XModel> model;
    core::WorkbookInput input;
    core::CellExclusions exclusions;
    core::NormalisePlan plan;
};

Prepared prepare(const CommandContext& context)
{
    Prepared prepared;
    prepared.model = spreadsheet_of(context);
    const css::uno::Reference<sheet::XSpreadsheetDocument> document(prepared.model, css::uno::UNO_QUERY_THROW);
    prepared.input = read_workbook_input(document, previous_result_sheets(prepared.model));
    const auto text_cells = text_constant_areas(document, prepared.input);
    prepared.exclusions = core::exclusions_from_text(document_property(prepared.model, kExclusionsProperty));
    prepared.plan = core::plan_normalisation(prepared.input, remembered_mapping(prepared.model), &text_cells,
                                             prepared.exclusions, remembered_sheet_choices(prepared.model));
    return prepared;
}

sal_Int32 date_format(const css::uno::Reference<frame::XModel>& model)
{
    const auto formats = css::uno::Reference<util::XNumberFormatsSupplier>(model, css::uno::UNO_QUERY_THROW)->getNumberFormats();
    const lang::Locale locale(ascii("vi"), ascii("VN"), rtl::OUString());
    const rtl::OUString code = ascii("DD/MM/YYYY");
    const sal_Int32 key = formats->queryKey(code, locale, false);
    return key >= 0 ? key : formats->addNew(code, locale);
}

// Writes runs of neighbouring cells of one column that become the same kind of value.
void write_fixes(const css::uno::Reference<frame::XModel>& model, const core::NormalisePlan& plan,
                 const std::vector<core::CellFix>& fixes, Progress& progress)
{
    const auto sheets = css::uno::Reference<sheet::XSpreadsheetDocument>(model, css::uno::UNO_QUERY_THROW)->getSheets();
    std::optional<sal_Int32> date_key;
    const auto same_run = [](const core::CellFix& a, const core::CellFix& b) {
        return a.sheet == b.sheet && a.column == b.column && b.row == a.row + 1 && a.is_date() == b.is_date();
    };
    for (std::size_t first = 0; first < fixes.size();)
    {
        std::size_t last = first;
        while (last + 1 < fixes.size() && same_run(fixes[last], fixes[last + 1]))
            ++last;
        const core::CellFix& head = fixes[first];
        const css::uno::Reference<sheet::XSpreadsheet> sheet(sheets->getByName(to_ustring(plan.sheet_names.at(head.sheet))),
                                                           css::uno::UNO_QUERY_THROW);
        const auto range = sheet->getCellRangeByPosition(static_cast<sal_Int32>(head.column), static_cast<sal_Int32>(head.row),
                                                         static_cast<sal_Int32>(head.column),
                                                         static_cast<sal_Int32>(fixes[last].row));
        css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data(static_cast<sal_Int32>(last - first + 1));
        auto* rows = data.getArray();
        for (std::size_t i = first; i <= last; ++i)
        {
            // A fix always writes a number or a text; anything else is a defect, never a blanked cell.
            if (!std::holds_alternative<double>(fixes[i].after) && !std::holds_alternative<std::string>(fixes[i].after))
                throw std::logic_error("normalise: a fix without a value");
            const css::uno::Any value = any_from_cell(fixes[i].after);
            rows[i - first] = css::uno::Sequence<css::uno::Any>(&value, 1);
        }
        css::uno::Reference<sheet::XCellRangeData>(range, css::uno::UNO_QUERY_THROW)->setDataArray(data);
        if (head.is_date())
        {
            if (!date_key)
                date_key = date_format(model);
            css::uno::Reference<beans::XPropertySet>(range, css::uno::UNO_QUERY_THROW)
                ->setPropertyValue(ascii("NumberFormat"), css::uno::Any(*date_key));
        }
        progress.step(static_cast<sal_Int32>(100 * (last + 1) / fixes.size()));
        first = last + 1;
    }
}

// The previous review's sheets say they are out of date once the data they judged has changed:
// a note in bold red at the right of their first row (inside the same undo step).
void mark_results_outdated(const css::uno::Reference<frame::XModel>& model, core::Language language)
{
    const auto sheets = css::uno::Reference<sheet::XSpreadsheetDocument>(model, css::uno::UNO_QUERY_THROW)->getSheets();
    for (const std::string& name : previous_result_sheets(model))
    {
        const css::uno::Reference<sheet::XSpreadsheet> sheet(sheets->getByName(to_ustring(name)), css::uno::UNO_QUERY_THROW);
        const auto cursor = sheet->createCursor();
        css::uno::Reference<sheet::XUsedAreaCursor>(cursor, css::uno::UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
        const auto end = css::uno::Reference<sheet::XCellRangeAddressable>(cursor, css::uno::UNO_QUERY_THROW)->getRangeAddress();
        const rtl::OUString note = to_ustring(core::text(language, "normalise.outdated"));
        // Once: a second tidy-up before the next review finds its note at the end of the row.
        if (css::uno::Reference<text::XTextRange>(sheet->getCellByPosition(end.EndColumn, 0), css::uno::UNO_QUERY_THROW)
                ->getString()
            == note)
            continue;
        const auto cell = sheet->getCellByPosition(end.EndColumn + 1, 0);
        css::uno::Reference<text::XTextRange>(cell, css::uno::UNO_QUERY_THROW)->setString(note);
        const css::uno::Reference<beans::XPropertySet> properties(cell, css::uno::UNO_QUERY_THROW);
        properties->setPropertyValue(ascii("CharWeight"), css::uno::Any(awt::FontWeight::BOLD));
        properties->setPropertyValue(ascii("CharColor"), css::uno::Any(sal_Int32(0xC00000)));
    }
}

// Cells of a protected sheet cannot be changed: said, with the sheet's name, before any change.
void refuse_protected_sheets(const css::uno::Reference<frame::XModel>& model, const core::NormalisePlan& plan,
                             const std::vector<core::CellFix>& fixes, core::Language language)
{
    const auto sheets = css::uno::Reference<sheet::XSpreadsheetDocument>(model, css::uno::UNO_QUERY_THROW)->getSheets();
    std::set<std::size_t> touched;
    for (const auto& fix : fixes)
        touched.insert(fix.sheet);
    for (const std::size_t index : touched)
        if (css::uno::Reference<util::XProtectable>(sheets->getByName(to_ustring(plan.sheet_names[index])), css::uno::UNO_QUERY_THROW)
                ->isProtected())
            throw UserError(core::format(language, "normalise.sheet_protected", {plan.sheet_names[index]}));
}

// Applies the chosen fixes as one undo step ("Chuẩn hóa dữ liệu"); a failure part-way is undone.
void apply(const CommandContext& context, const Prepared& prepared, const std::vector<core::CellFix>& fixes,
           core::Language language)
{
    if (fixes.empty())
        return;
    const auto& model = prepared.model;
    refuse_protected_sheets(model, prepared.plan, fixes, language);
    const bool record_undo = is_active_document(context.component_context, model, context.frame);
    const NoUndoRecording no_undo(model, !record_undo);
    Progress progress(context.frame, std::string(core::text(language, "normalise.progress")), 100);
    UndoStep step(model, record_undo, std::string(core::text(language, "normalise.undo")));
    {
        const ControllerLock lock(model);
        write_fixes(model, prepared.plan, fixes, progress);
        mark_results_outdated(model, language);
    }
    step.done();
}

std::string done_text(std::size_t count, core::Language language)
{
    return core::format(language, "normalise.done", {core::format_count(static_cast<std::int64_t>(count), language)});
}

// The list's lines as the form marks them, and the counter under it.
void show_form(const css::uno::Reference<awt::XControlContainer>& controls, const core::NormaliseForm& form,
               core::Language language)
{
    const auto list = control_model(controls, "Changes");
    css::uno::Sequence<sal_Int16> selected;
    list->getPropertyValue(ascii("SelectedItems")) >>= selected;
    css::uno::Sequence<rtl::OUString> items(static_cast<sal_Int32>(form.lines.size()));
    for (std::size_t i = 0; i < form.lines.size(); ++i)
        items.getArray()[i] = to_ustring(core::form_item(form, i, language));
    list->setPropertyValue(ascii("StringItemList"), css::uno::Any(items));
    list->setPropertyValue(ascii("SelectedItems"), css::uno::Any(selected)); // the selection stays
    set_control_text(controls, "Counts", "Label", core::form_counts(form, language));
}

// The lines selected in the list.
std::vector<std::size_t> selected_lines(const css::uno::Reference<awt::XControlContainer>& controls)
{
    css::uno::Sequence<sal_Int16> selected;
    control_model(controls, "Changes")->getPropertyValue(ascii("SelectedItems")) >>= selected;
    std::vector<std::size_t> lines;
    for (const sal_Int16 line : selected)
        lines.push_back(static_cast<std::size_t>(static_cast<sal_uInt16>(line)));
    return lines;
}

// What the clerk does in the dialog — a button, a double-click on a line, a box ticked or
// unticked: `change` updates the form from the controls (false: nothing to show), then the list
// marks its lines and the counter counts them at once. Selecting lines alone changes nothing.
// Never throws: the list keeps what it showed, and the form is what will be applied.
class FormListener : public cppu::WeakImplHelper2<awt::XActionListener, awt::XItemListener>
{
public:
    FormListener(css::uno::Reference<awt::XControlContainer> controls, const core::NormaliseForm& form, core::Language language,
                 std::function<bool()> change)
        : controls_(std::move(controls)), form_(form), language_(language), change_(std::move(change))
    {
    }
    void SAL_CALL actionPerformed(const awt::ActionEvent&) override { update(); }
    void SAL_CALL itemStateChanged(const awt::ItemEvent&) override { update(); }
    void SAL_CALL disposing(const lang::EventObject&) override {}

private:
    void update()
    {
        try
        {
            if (change_())
                show_form(controls_, form_, language_);
        }
        catch (...)
        {
        }
    }

    css::uno::Reference<awt::XControlContainer> controls_;
    const core::NormaliseForm& form_;
    core::Language language_;
    std::function<bool()> change_;
};

// The kinds ticked in the dialog (Kind0… in the order of core::kFixOrder).
unsigned ticked_kinds(const css::uno::Reference<awt::XControlContainer>& controls)
{
    unsigned kinds = 0;
    for (std::size_t i = 0; i < std::size(core::kFixOrder); ++i)
    {
        sal_Int16 state = 0;
        control_model(controls, "Kind" + std::to_string(i))->getPropertyValue(ascii("State")) >>= state;
        if (state == 1)
            kinds |= core::kFixOrder[i];
    }
    return kinds;
}

// The dialog until the clerk applies (confirming when most cells would be skipped) or cancels;
// `form` holds what they chose, the kinds included. True when they apply.
bool run_dialog(const CommandContext& context, core::NormaliseForm& form, core::Language language)
{
    const ExtensionDialog window(context.component_context, "dialogs/Normalise.xdl", "normalise");
    const auto controls = window.controls();
    set_control_text(controls, "Summary", "Label", form.summary);
    control_model(controls, "Changes")->setPropertyValue(ascii("SelectedItems"), css::uno::Any(css::uno::Sequence<sal_Int16>()));
    show_form(controls, form, language);
    const auto on = [&](std::function<bool()> change) { return new FormListener(controls, form, language, std::move(change)); };
    // "Bỏ qua các ô đã chọn", "Sửa lại các ô đã chọn": the selected lines, said when there is none.
    const auto mark_selected = [controls, &form, language](bool skipped) {
        const std::vector<std::size_t> lines = selected_lines(controls);
        if (lines.empty())
        {
            show_message(css::uno::Reference<awt::XWindow>(controls, css::uno::UNO_QUERY), awt::MessageBoxType_INFOBOX,
                         std::string(core::text(language, "normalise.select_first")));
            return false;
        }
        core::set_skipped(form, lines, skipped);
        return true;
    };
    const auto button = [&controls](const char* name) {
        return css::uno::Reference<awt::XButton>(controls->getControl(ascii(name)), css::uno::UNO_QUERY_THROW);
    };
    button("SkipSelected")->addActionListener(on([mark_selected] { return mark_selected(true); }));
    button("FixSelected")->addActionListener(on([mark_selected] { return mark_selected(false); }));
    button("ProposeAll")->addActionListener(on([&form] {
        core::propose_all(form);
        return true;
    }));
    // A double-click on a line: the cell is skipped, or fixed again.
    css::uno::Reference<awt::XListBox>(controls->getControl(ascii("Changes")), css::uno::UNO_QUERY_THROW)
        ->addActionListener(on([controls, &form] {
            for (const std::size_t line : selected_lines(controls))
                core::toggle_skipped(form, line);
            return true;
        }));
    // "Hiện mã ký tự": the lines with (or without) the code points of what changes.
    css::uno::Reference<awt::XCheckBox>(controls->getControl(ascii("CodePoints")), css::uno::UNO_QUERY_THROW)
        ->addItemListener(on([controls, &form] {
            sal_Int16 state = 0;
            control_model(controls, "CodePoints")->getPropertyValue(ascii("State")) >>= state;
            form.show_code_points = state == 1;
            return true;
        }));
    // A kind ticked or unticked: the list marks its cells and the counter counts them at once.
    for (std::size_t i = 0; i < std::size(core::kFixOrder); ++i)
        css::uno::Reference<awt::XCheckBox>(controls->getControl(to_ustring("Kind" + std::to_string(i))), css::uno::UNO_QUERY_THROW)
            ->addItemListener(on([controls, &form] {
                core::set_kinds(form, ticked_kinds(controls));
                return true;
            }));
    core::set_kinds(form, ticked_kinds(controls));
    show_form(controls, form, language);

    for (;;)
    {
        if (!window.run())
            return false;
        core::set_kinds(form, ticked_kinds(controls)); // what the clerk sees is what is applied
        if (!core::needs_confirmation(form)
            || ask_yes_no(context.frame->getContainerWindow(), core::confirmation_text(form, language)))
            return true;
    }
}

} // namespace

rtl::OUString normalise_workbook(const CommandContext& context)
{
    const core::Language language = office_ui_language(context.component_context);
    const Prepared prepared = prepare(context);
    if (!prepared.plan.has_list)
        return to_ustring(core::text(language, "normalise.no_list"));
    apply(context, prepared, prepared.plan.fixes, language);
    return to_ustring(prepared.plan.fixes.empty() ? core::plan_summary(prepared.plan, language)
                                                  : done_text(prepared.plan.fixes.size(), language));
}

rtl::OUString normalise_with_dialog(const CommandContext& context)
{
    const core::Language language = office_ui_language(context.component_context);
    const Prepared prepared = prepare(context);
    const auto window = context.frame->getContainerWindow();
    if (prepared.plan.fixes.empty() && prepared.plan.skipped.empty())
    {
        const std::string nothing = prepared.plan.has_list ? core::plan_summary(prepared.plan, language)
                                                           : std::string(core::text(language, "normalise.no_list"));
        show_message(window, awt::MessageBoxType_INFOBOX, nothing);
        return to_ustring(nothing);
    }
    core::NormaliseForm form = core::make_normalise_form(prepared.plan, language);
    if (!run_dialog(context, form, language))
        return to_ustring(core::text(language, "normalise.cancelled"));
    const core::NormaliseChoice choice = core::choose_fixes(prepared.plan, form, prepared.exclusions);
    apply(context, prepared, choice.apply, language);
    if (choice.exclusions != prepared.exclusions)
        set_document_property(prepared.model, kExclusionsProperty, core::exclusions_to_text(choice.exclusions));
    const std::string done = done_text(choice.apply.size(), language);
    show_message(window, awt::MessageBoxType_INFOBOX, done);
    return to_ustring(done);
}

} // namespace sangkien::uno
