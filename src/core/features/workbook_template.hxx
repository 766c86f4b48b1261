// The blank initiative workbook ("Sổ sáng kiến mới", SPEC §2): its five sheets, headings, column
// formats, pick lists and an example row, as plain data. tools/make_template writes it into
// templates/SoSangKien.ots through Calc; the reader (read_workbook) must recognise all of it.
#pragma once

#include <string>
#include <vector>

#include "core/rules/result_sheets.hxx"

namespace sangkien::core {

struct TemplateColumn
{
    std::string heading;
    ColumnFormat format = ColumnFormat::text;
    int width = 14;                    // characters
    std::vector<std::string> choices;  // a pick list (validation) when not empty
    bool strict = true;                // only the choices are accepted (else they are suggestions)
};

struct TemplateSheet
{
    std::string name;
    std::vector<TemplateColumn> columns;
    std::vector<std::vector<Cell>> rows; // below the headings: the example row(s) or the settings
};

std::vector<TemplateSheet> workbook_template();

// The sheets as the reader sees them (heading row, then the rows).
WorkbookInput template_input(const std::vector<TemplateSheet>& sheets);

} // namespace sangkien::core
