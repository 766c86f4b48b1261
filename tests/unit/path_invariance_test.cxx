// Same initiatives, same figures, by every path the data can take into a review (issue 25 item 1):
// a generated district split at random into files — its own workbook in parts, or its own workbook
// beside its CĐCS' workbooks (with or without Thông tin) — given in any order, with copies of
// files and merged workbooks of some of them among them, reviewed as several workbooks (`check
// A B C`) and as the workbook their merge writes (`merge … -o M`, `check M`), gives exactly the
// district's own verdicts, CĐCS results, people and totals; and two districts so split, merged
// into their district books and then into a province's, give the province's figures whatever the
// order. The file formats (.ods, .xlsx, .xls) of the same paths are the formats test's part.
// SANGKIEN_PATH_DRAWS (default 60) makes a longer run on demand.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <random>

#include "../metamorphic/figures.hxx"
#include "../metamorphic/layouts.hxx"
#include "core/features/merge.hxx"
#include "core/features/sample.hxx"
#include "core/text/text.hxx"

namespace {

using namespace sangkien;
using namespace sangkien::core;
using test::difference;
using test::Figures;
using test::figures_of;

const std::string kSpellings = std::string(SANGKIEN_SOURCE_DIR) + "/tests/unit/data/heading_spellings.tsv";

std::size_t draws()
{
    const char* value = std::getenv("SANGKIEN_PATH_DRAWS");
    return value && *value ? static_cast<std::size_t>(std::strtoull(value, nullptr, 10)) : 60;
}

struct Source
{
    std::string name;
    WorkbookInput input;
};

Cell text_cell(const std::string& text)
{
    return Cell(text);
}

// A district as the generator makes it, named `unit`, its codes prefixed so that two districts
// never share one.
WorkbookInput district(std::uint64_t seed, const std::string& unit, const std::string& code_prefix)
{
    WorkbookInput input = test::rewrite(generate_sample({150, seed, false}), test::Layout{}, kSpellings);
    const Workbook book = read_workbook(input);
    const std::string list = book.sheet_names.at(SheetKind::initiatives);
    const ColumnMapping& mapping = book.mappings.at(SheetKind::initiatives);
    for (Sheet& sheet : input.sheets)
    {
        if (sheet.name == list && mapping.columns.count(Field::code))
            for (std::size_t r = mapping.first_data_row; r < sheet.rows.size(); ++r)
                if (auto* code = std::get_if<std::string>(&sheet.rows[r].at(mapping.columns.at(Field::code))); code && !code->empty())
                    *code = code_prefix + *code;
        if (sheet.name == book.sheet_names.at(SheetKind::settings))
            for (Row& row : sheet.rows)
                if (const auto* label = row.empty() ? nullptr : std::get_if<std::string>(&row[0]); label && *label == "Tên đơn vị" && row.size() > 1)
                    row[1] = text_cell(unit);
    }
    return input;
}

// The district split into files at random: its own workbook in parts, or its own workbook (every
// other sheet, some CĐCS' rows) beside one workbook per other CĐCS (no unit column; the CĐCS named
// by its Thông tin or by its file's name); then perhaps a copy of one file, and a merged workbook
// of some of them.
std::vector<Source> split(const WorkbookInput& whole, const std::string& prefix, std::mt19937_64& random, std::string& how)
{
    const Workbook book = read_workbook(whole);
    const std::string list_name = book.sheet_names.at(SheetKind::initiatives);
    const ColumnMapping& mapping = book.mappings.at(SheetKind::initiatives);
    const std::size_t unit_column = mapping.columns.at(Field::unit);
    const Sheet* list = nullptr;
    for (const Sheet& sheet : whole.sheets)
        if (sheet.name == list_name)
            list = &sheet;
    const auto with_rows = [&](const std::vector<const Row*>& rows) {
        WorkbookInput part = whole;
        for (Sheet& sheet : part.sheets)
            if (sheet.name == list_name)
            {
                sheet.rows.resize(mapping.first_data_row);
                for (const Row* row : rows)
                    sheet.rows.push_back(*row);
            }
        return part;
    };
    const auto chance = [&](int percent) { return static_cast<int>(random() % 100) < percent; };

    std::vector<Source> sources;
    if (chance(40))
    {
        const std::size_t parts = 2 + random() % 3;
        std::vector<std::vector<const Row*>> rows(parts);
        for (std::size_t r = mapping.first_data_row; r < list->rows.size(); ++r)
            rows[random() % parts].push_back(&list->rows[r]);
        for (std::size_t p = 0; p < parts; ++p)
            sources.push_back({prefix + "phan-" + std::to_string(p + 1) + ".xlsx", with_rows(rows[p])});
        how = std::to_string(parts) + " parts";
    }
    else
    {
        std::map<std::string, std::vector<const Row*>> by_unit;
        for (std::size_t r = mapping.first_data_row; r < list->rows.size(); ++r)
            if (const auto* unit = std::get_if<std::string>(&list->rows[r].at(unit_column)))
                by_unit[*unit].push_back(&list->rows[r]);
        std::vector<const Row*> own;
        std::size_t cdcs = 0;
        for (const auto& [unit, rows] : by_unit)
        {
            if (chance(40))
            {
                own.insert(own.end(), rows.begin(), rows.end());
                continue;
            }
            Sheet sheet{"Danh sách", {}};
            for (std::size_t r = 0; r < mapping.first_data_row; ++r)
                sheet.rows.push_back(list->rows[r]);
            for (const Row* row : rows)
                sheet.rows.push_back(*row);
            for (Row& row : sheet.rows)
                if (row.size() > unit_column)
                    row.erase(row.begin() + static_cast<std::ptrdiff_t>(unit_column));
            WorkbookInput workbook{{sheet}};
            std::string name = prefix + "cdcs-" + std::to_string(++cdcs) + ".ods";
            if (chance(50))
                workbook.sheets.push_back(Sheet{"Thông tin", {{text_cell("Mục"), text_cell("Giá trị")}, {text_cell("Tên đơn vị"), text_cell(unit)}}});
            else
                name = prefix + unit + ".xlsx"; // the CĐCS named by its file
            sources.push_back({name, std::move(workbook)});
        }
        sources.push_back({prefix + "huyen.ods", with_rows(own)});
        how = "own workbook + " + std::to_string(cdcs) + " CĐCS workbooks";
    }
    if (chance(30))
    {
        // The same workbook in another format (a CĐCS named by its file keeps its name).
        const Source& copied = sources[random() % sources.size()];
        const std::filesystem::path name(copied.name);
        sources.push_back({name.stem().string() + (name.extension() == ".ods" ? ".xlsx" : ".ods"), copied.input});
        how += " + a copy";
    }
    if (chance(30) && sources.size() >= 2)
    {
        // A merged workbook of every file so far, left beside them (a second run's folder).
        std::vector<std::string> names;
        for (const Source& source : sources)
            names.push_back(source.name);
        MergeOptions options;
        options.inputs = names;
        WorkbookMerger merger(options);
        for (const Source& source : sources)
            merger.add(source.name, source.input);
        MergedWorkbook merged = merger.finish();
        EXPECT_TRUE(merged.refused.empty()) << merged.refused;
        sources.push_back({prefix + "gop.ods", merged_input(merged)});
        how += " + their merged workbook";
    }
    std::shuffle(sources.begin(), sources.end(), random);
    return sources;
}

// The review of several workbooks (`check A B C`) and of the workbook their merge writes.
MergedWorkbook merge(const std::vector<Source>& sources, bool records)
{
    MergeOptions options;
    options.records = records;
    for (const Source& source : sources)
        options.inputs.push_back(source.name);
    WorkbookMerger merger(options);
    for (const Source& source : sources)
        merger.add(source.name, source.input);
    return merger.finish();
}

Figures reviewed_together(const std::vector<Source>& sources)
{
    MergedWorkbook merged = merge(sources, true);
    EXPECT_TRUE(merged.refused.empty()) << merged.refused;
    return figures_of(merged_workbook(merged));
}

Figures reviewed_merged(const std::vector<Source>& sources)
{
    const MergedWorkbook merged = merge(sources, false);
    EXPECT_TRUE(merged.refused.empty()) << merged.refused;
    return figures_of(merged_input(merged));
}

std::string names_of(const std::vector<Source>& sources)
{
    std::string out;
    for (const Source& source : sources)
        out += (out.empty() ? "" : ", ") + source.name;
    return out;
}

TEST(PathInvariance, ADistrictSplitIntoFilesGivesItsOwnFigures)
{
    const WorkbookInput whole = district(2024, "LIÊN ĐOÀN LAO ĐỘNG HUYỆN DƯƠNG MINH CHÂU", "");
    const Figures expected = figures_of(whole);
    EXPECT_EQ(difference(expected, reviewed_together({{"huyen.ods", whole}})), "");
    EXPECT_EQ(difference(expected, reviewed_merged({{"huyen.ods", whole}})), "");
    std::size_t failures = 0;
    for (std::size_t draw = 1; draw <= draws(); ++draw)
    {
        std::mt19937_64 random(draw * 104'729);
        std::string how;
        const auto sources = split(whole, "", random, how);
        for (const auto& [path, figures] : {std::pair{"check A B C", reviewed_together(sources)},
                                            std::pair{"merge, then check M", reviewed_merged(sources)}})
            if (const std::string d = difference(expected, figures); !d.empty() && ++failures <= 5)
                ADD_FAILURE() << "draw " << draw << " (" << how << "; " << names_of(sources) << "), " << path << ": " << d;
    }
    EXPECT_EQ(failures, 0u) << "of " << draws() << " draws";
    std::cout << "[ path invariance ] " << draws() << " splits of a district, each by two paths\n";
}

TEST(PathInvariance, AProvinceGivesTheSameFiguresFromItsDistrictsInAnyFormAndOrder)
{
    const std::vector<Source> districts{
        {"duong-minh-chau.ods", district(2024, "LIÊN ĐOÀN LAO ĐỘNG HUYỆN DƯƠNG MINH CHÂU", "DMC-")},
        {"tan-bien.xlsx", district(7, "LIÊN ĐOÀN LAO ĐỘNG HUYỆN TÂN BIÊN", "TB-")},
        {"go-dau.xls", district(99, "LIÊN ĐOÀN LAO ĐỘNG HUYỆN GÒ DẦU", "GD-")}};
    MergedWorkbook province = merge(districts, true);
    ASSERT_EQ(province.level, ReportLevel::province);
    const Figures expected = figures_of(merged_workbook(province));
    EXPECT_NE(expected.totals.find("initiatives=450"), std::string::npos) << expected.totals;
    std::size_t failures = 0;
    const std::size_t province_draws = std::max<std::size_t>(draws() / 6, 4);
    for (std::size_t draw = 1; draw <= province_draws; ++draw)
    {
        std::mt19937_64 random(draw * 7'919);
        // Each district as its own workbook, or merged from its split files into its district book.
        std::vector<Source> sources;
        std::string how;
        for (const Source& one : districts)
        {
            if (random() % 2)
            {
                sources.push_back(one);
                continue;
            }
            std::string split_how;
            auto parts = split(one.input, std::filesystem::path(one.name).stem().string() + "-", random, split_how);
            // The district's own merge of its files (its Thông tin from its own workbook).
            const MergedWorkbook merged = merge(parts, false);
            EXPECT_TRUE(merged.refused.empty()) << merged.refused;
            EXPECT_EQ(merged.level, ReportLevel::district) << split_how;
            sources.push_back({"gop-" + one.name, merged_input(merged)});
            how += one.name + " from " + split_how + "; ";
        }
        std::shuffle(sources.begin(), sources.end(), random);
        for (const auto& [path, figures] : {std::pair{"check A B C", reviewed_together(sources)},
                                            std::pair{"merge, then check M", reviewed_merged(sources)}})
            if (const std::string d = difference(expected, figures); !d.empty() && ++failures <= 5)
                ADD_FAILURE() << "draw " << draw << " (" << how << names_of(sources) << "), " << path << ": " << d;
    }
    EXPECT_EQ(failures, 0u) << "of " << province_draws << " draws";
    std::cout << "[ path invariance ] " << province_draws << " provinces of three districts, each by two paths\n";
}

TEST(PathInvariance, DistrictsAndCdcsWorkbooksTogetherAreRefusedNamingEachFilesLevel)
{
    const WorkbookInput a = district(2024, "LĐLĐ huyện A", "A-");
    const WorkbookInput b = district(7, "LĐLĐ huyện B", "B-");
    std::mt19937_64 random(3);
    std::string how;
    std::vector<Source> cdcs;
    while (cdcs.empty() || how.find("CĐCS") == std::string::npos)
        cdcs = split(a, "a-", random, how);
    const Source one_cdcs = *std::find_if(cdcs.begin(), cdcs.end(), [](const Source& s) { return s.name.find("huyen") == std::string::npos
                                                                                                 && s.name.find("gop") == std::string::npos
                                                                                                 && s.name.find("ban-sao") == std::string::npos; });
    for (const auto& sources : {std::vector<Source>{{"a.ods", a}, {"b.ods", b}, one_cdcs}, std::vector<Source>{one_cdcs, {"b.ods", b}, {"a.ods", a}}})
    {
        const MergedWorkbook merged = merge(sources, true);
        EXPECT_NE(merged.refused.find("– sổ của huyện hoặc công đoàn ngành (nhiều CĐCS): a.ods, b.ods\n"), std::string::npos) << merged.refused;
        EXPECT_NE(merged.refused.find("sổ của một CĐCS: " + one_cdcs.name), std::string::npos) << merged.refused;
    }
}

} // namespace
