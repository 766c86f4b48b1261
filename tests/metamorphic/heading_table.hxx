// The table of real headings (tests/unit/data/heading_spellings.tsv), read once for every test that
// uses it: the heading test checks each line, the layout rewriter draws spellings from it.
#pragma once

#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/workbook/workbook.hxx"

namespace sangkien::test {

struct HeadingSpelling
{
    std::size_t line = 0;
    std::string kind;                 // "initiatives", "unions", "people"
    std::string heading;              // as written
    std::string field_id;             // a field id, or "-" for none of ours
    std::optional<core::Field> field; // the field; nullopt for "-" or an unknown id
};

// Every heading of the table; throws when the file cannot be read.
inline std::vector<HeadingSpelling> read_heading_table(const std::string& file)
{
    std::ifstream in(file);
    if (!in)
        throw std::runtime_error("cannot read " + file);
    std::vector<HeadingSpelling> all;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number)
    {
        if (line.empty() || line[0] == '#')
            continue;
        std::istringstream fields(line);
        HeadingSpelling spelling;
        spelling.line = number;
        std::getline(fields, spelling.kind, '\t');
        std::getline(fields, spelling.heading, '\t');
        std::getline(fields, spelling.field_id, '\t');
        if (spelling.field_id != "-")
            spelling.field = core::field_from_id(spelling.field_id);
        all.push_back(std::move(spelling));
    }
    return all;
}

} // namespace sangkien::test
