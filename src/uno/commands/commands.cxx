#include "commands/commands.hxx"

#include "commands/help.hxx"

#include <iostream>
#include <map>
#include <stdexcept>
#include <string>

namespace sangkien::uno {

std::string internal_error(core::Language language, const std::exception_ptr& error)
{
    std::string detail = "?";
    try
    {
        if (error)
            std::rethrow_exception(error);
    }
    catch (const css::uno::Exception& e)
    {
        detail = to_utf8(e.Message);
    }
    catch (const std::exception& e)
    {
        detail = e.what();
    }
    catch (...)
    {
    }
    std::cerr << "Sáng kiến: " << detail << std::endl;
    return std::string(core::text(language, "uno.error.unexpected"));
}

namespace {

using Command = rtl::OUString (*)(const CommandContext&);

// Every command of our protocol, once: what queryDispatch accepts is what run_command runs.
const std::map<std::string_view, Command>& command_table()
{
    static const std::map<std::string_view, Command> table{
        {"About", show_about_dialog},      {"NewWorkbook", new_workbook},
        {"ReviewDialog", review_with_dialog}, {"Review", review_workbook},
        {"NormaliseDialog", normalise_with_dialog}, {"Normalise", normalise_workbook},
        {"Report", make_report},           {"Dossier", make_dossier},
        {"DossierDialog", dossier_with_dialog}, {"Settings", open_settings},
        {"Merge", merge_workbooks},        {"MergeDialog", merge_with_dialog},
        {"Check", check_workbook},         {"Help", show_help},
        {"Stop", stop_running_work},       {"Feedback", make_feedback},
        {"FeedbackDialog", feedback_with_dialog},
    };
    return table;
}

} // namespace

bool is_known_command(std::string_view path)
{
    return command_table().count(path) > 0;
}

com::sun::star::uno::Any run_command(std::string_view path, const CommandContext& context)
{
    const auto command = command_table().find(path);
    if (command == command_table().end())
        throw std::invalid_argument("unknown command " + std::string(path));
    return com::sun::star::uno::Any(command->second(context));
}

} // namespace sangkien::uno
