// The documents against an honest floor, in the same run: for a generated workbook of N
// initiatives (the value threshold lowered so that thousands of people qualify and the attached
// lists are long), the time of vn.sangkien:Report and vn.sangkien:Dossier (read and review the
// workbook, load each template, fill it, store it as ODT) next to the time LibreOffice needs to load
// and store the produced document made plain — the same text, paragraphs and named styles, tables,
// columns, rows, pages and chart, every cell in one shared cell style. The floor contains none of
// the fill's own cost nor its per-cell bloat, which the style counts show.
//
// Each line also shows the produced file's size and styles next to the plain one's, and how long
// loading and storing the produced file takes (what a clerk who edits it pays).
//
//   build/bench/documents_bench                 # 10,000 initiatives, a 5,000-row attached list
//   build/bench/documents_bench 3000 600        # other sizes (initiatives, list rows)
//   SANGKIEN_BENCH_SKIP=GiayKhen build/bench/documents_bench   # without the certificates (one page
//                                                              # per awardee: 5,000 pages)
//   SANGKIEN_BENCH_ONLY=ToTrinh build/bench/documents_bench    # one document
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>

#include <algorithm>
#include <set>

#include <unistd.h>

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/text/XPageCursor.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>

#include "core/documents/document_data.hxx"
#include "core/rules/criteria_settings.hxx"
#include "core/features/sample.hxx"
#include "core/text/text.hxx"
#include "sangkien/launcher/office_calls.hxx"
#include "sangkien/launcher/office_session.hxx"
#include "sangkien/uno_common/command_arguments.hxx"

using namespace sangkien;

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The sample with its Thông tin threshold at 1 đồng (every valid initiative with its documents
// qualifies its authors) and Tổ hỗ trợ members added to the Cá nhân đề xuất sheet until the
// attached list of individuals has `people` rows.
core::SampleWorkbook long_list_sample(std::size_t rows, std::size_t people)
{
    auto sample = core::generate_sample({rows, 2023, false});
    std::vector<std::string> units;
    for (auto& sheet : sample.input.sheets)
    {
        for (auto& row : sheet.rows)
            if (row.size() >= 2 && std::holds_alternative<std::string>(row[0])
                && core::matching_key(std::get<std::string>(row[0])).rfind("nguong", 0) == 0)
                row[1] = core::Cell(std::string("1"));
        if (sheet.name == "Công đoàn cơ sở")
            for (std::size_t r = 1; r < sheet.rows.size(); ++r)
                if (sheet.rows[r].size() > 1 && std::holds_alternative<std::string>(sheet.rows[r][1]))
                    units.push_back(std::get<std::string>(sheet.rows[r][1]));
    }
    const core::Workbook book = core::read_workbook(sample.input);
    const auto review = core::review_workbook(book, core::resolve_criteria(book).criteria);
    std::size_t qualifying = 0;
    for (const auto& person : review.people)
        qualifying += person.qualifies ? 1 : 0;
    for (auto& sheet : sample.input.sheets)
        if (sheet.name == "Cá nhân đề xuất" && !units.empty())
            for (std::size_t i = 0; qualifying + i < people; ++i)
                sheet.rows.push_back({core::Cell(static_cast<double>(sheet.rows.size())),
                                      core::Cell("Thành viên Tổ hỗ trợ số " + std::to_string(i + 1)), core::Cell(std::string("Tổ viên")),
                                      core::Cell(units[i % units.size()]), core::Cell(std::string("Có")),
                                      core::Cell(std::string("Hướng dẫn đoàn viên cập nhật sáng kiến"))});
    return sample;
}

std::size_t attached_rows(const core::SampleWorkbook& sample)
{
    const core::Workbook book = core::read_workbook(sample.input);
    const core::Review review = core::review_workbook(book, core::resolve_criteria(book).criteria);
    const auto data = core::document_data(book, review, core::summarise(book, review), core::document_settings(book, {}),
                                          core::Date{2023, 9, 15}, core::Language::vietnamese);
    return data.lists.at("ca_nhan").size();
}

// What a document is made of, as Writer counts it.
struct Shape
{
    std::vector<std::pair<sal_Int32, sal_Int32>> tables; // rows, columns
    sal_Int32 pages = 0;
    sal_Int32 paragraphs = 0;
    sal_Int32 characters = 0;
};

Shape shape_of(const launcher::Document& document)
{
    namespace css = com::sun::star;
    Shape shape;
    const auto tables = css::uno::Reference<css::text::XTextTablesSupplier>(document.component(), css::uno::UNO_QUERY_THROW)
                            ->getTextTables();
    for (const auto& name : tables->getElementNames())
    {
        const css::uno::Reference<css::text::XTextTable> table(tables->getByName(name), css::uno::UNO_QUERY_THROW);
        shape.tables.emplace_back(table->getRows()->getCount(), table->getColumns()->getCount());
    }
    const auto statistics = css::uno::Reference<css::document::XDocumentPropertiesSupplier>(document.component(),
                                                                                           css::uno::UNO_QUERY_THROW)
                                ->getDocumentProperties()
                                ->getDocumentStatistics();
    for (const auto& value : statistics)
    {
        sal_Int32 number = 0;
        value.Value >>= number;
        if (value.Name == "PageCount")
            shape.pages = number;
        else if (value.Name == "ParagraphCount")
            shape.paragraphs = number;
        else if (value.Name == "CharacterCount")
            shape.characters = number;
    }
    // The pages as laid out now (the stored statistics of a document stored before any layout are
    // the template's).
    try
    {
        const css::uno::Reference<css::text::XTextViewCursorSupplier> views(document.model()->getCurrentController(),
                                                                            css::uno::UNO_QUERY_THROW);
        const css::uno::Reference<css::text::XPageCursor> pages(views->getViewCursor(), css::uno::UNO_QUERY_THROW);
        pages->jumpToLastPage();
        shape.pages = pages->getPage();
    }
    catch (const css::uno::Exception&)
    {
    }
    return shape;
}

// Loading `file` and storing it as ODT at `copy`, timed; then, untimed, what it is made of and,
// when asked, a flat XML copy of it to weigh.
struct Visit
{
    double seconds = 0;
    Shape shape;
};

Visit load_and_save(launcher::OfficeSession& office, const std::filesystem::path& file, const std::filesystem::path& copy,
                    const std::filesystem::path& flat = {})
{
    Visit visit;
    const auto start = Clock::now();
    const launcher::Document document(office.context(), launcher::file_url(file));
    document.store_to(launcher::file_url(copy), "writer8");
    visit.seconds = seconds_since(start);
    visit.shape = shape_of(document);
    if (!flat.empty())
        document.store_to(launcher::file_url(flat), "OpenDocument Text Flat XML");
    return visit;
}

// Every occurrence of an attribute `name="…"` inside tags that start with `tag`, given `value`
// (or dropped when `value` is empty).
void set_attribute(std::string& xml, const std::string& tag, const std::string& name, const std::string& value)
{
    std::string out;
    out.reserve(xml.size());
    std::size_t copied = 0;
    for (auto at = xml.find(tag); at != std::string::npos; at = xml.find(tag, at + tag.size()))
    {
        const auto close = xml.find('>', at);
        const auto attribute = xml.find(" " + name + "=\"", at);
        if (attribute == std::string::npos || attribute > close)
            continue;
        const auto value_end = xml.find('"', attribute + name.size() + 3);
        out.append(xml, copied, attribute - copied);
        if (!value.empty())
            out += " " + name + "=\"" + value + "\"";
        copied = value_end + 1;
    }
    out.append(xml, copied, std::string::npos);
    xml = std::move(out);
}

// Drops the style definitions of the given families from the flat XML's automatic styles.
void drop_automatic_styles(std::string& xml, const std::vector<std::string>& families)
{
    const auto begin = xml.find("<office:automatic-styles>");
    const auto end = xml.find("</office:automatic-styles>");
    if (begin == std::string::npos || end == std::string::npos)
        return;
    std::string styles = xml.substr(begin, end - begin);
    std::string kept;
    std::size_t copied = 0;
    for (auto at = styles.find("<style:style "); at != std::string::npos; at = styles.find("<style:style ", at + 1))
    {
        const auto head_end = styles.find('>', at);
        const std::string head = styles.substr(at, head_end - at);
        const bool drop = std::any_of(families.begin(), families.end(), [&](const std::string& family) {
            return head.find("style:family=\"" + family + "\"") != std::string::npos;
        });
        if (!drop)
            continue;
        const auto finish = styles[head_end - 1] == '/' ? head_end + 1 : styles.find("</style:style>", at) + 14;
        kept.append(styles, copied, at - copied);
        copied = finish;
    }
    kept.append(styles, copied, std::string::npos);
    xml.replace(begin, end - begin, kept);
}

// The produced document made plain: the same text, paragraphs and their (shared, named) styles,
// tables, columns, rows (a row that cannot split is laid out more cheaply than one that can:
// kept), pages and objects; every cell in one cell style. What per-cell formatting the fill
// leaves (the bloat of an automatic style per cell) is gone.
std::string plain_version(std::string xml)
{
    drop_automatic_styles(xml, {"table-cell"});
    set_attribute(xml, "<table:table-cell", "table:style-name", "PlainCell");
    set_attribute(xml, "<table:covered-table-cell", "table:style-name", "");
    const std::string plain_cell = R"(<style:style style:name="PlainCell" style:family="table-cell"><style:table-cell-properties )"
                                   R"(fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>)";
    if (const auto at = xml.find("</office:automatic-styles>"); at != std::string::npos)
        xml.insert(at, plain_cell);
    return xml;
}

std::string read_file(const std::filesystem::path& file)
{
    std::ifstream in(file);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// How heavy a stored document is: its size, and its styles as the flat XML of it shows them.
struct Weight
{
    std::uintmax_t bytes = 0;
    std::size_t cell_styles = 0;        // automatic table-cell styles defined
    std::size_t cell_styles_used = 0;   // distinct cell styles the cells name
    std::size_t paragraph_styles = 0;   // automatic paragraph and text styles
};

Weight weight_of(const std::filesystem::path& odt, const std::filesystem::path& flat)
{
    const std::string xml = read_file(flat);
    Weight weight;
    weight.bytes = std::filesystem::file_size(odt);
    const auto automatic_begin = xml.find("<office:automatic-styles");
    const auto automatic_end = xml.find("</office:automatic-styles>");
    const std::string automatic =
        automatic_begin == std::string::npos ? std::string() : xml.substr(automatic_begin, automatic_end - automatic_begin);
    const auto count = [](const std::string& in, const std::string& what) {
        std::size_t n = 0;
        for (auto at = in.find(what); at != std::string::npos; at = in.find(what, at + what.size()))
            ++n;
        return n;
    };
    weight.cell_styles = count(automatic, "style:family=\"table-cell\"");
    weight.paragraph_styles = count(automatic, "style:family=\"paragraph\"") + count(automatic, "style:family=\"text\"");
    std::set<std::string> used;
    const std::string cell = "<table:table-cell table:style-name=\"";
    for (auto at = xml.find(cell); at != std::string::npos; at = xml.find(cell, at + 1))
    {
        const auto from = at + cell.size();
        used.insert(xml.substr(from, xml.find('"', from) - from));
    }
    weight.cell_styles_used = used.size();
    return weight;
}

std::ostream& operator<<(std::ostream& out, const Weight& weight)
{
    return out << std::setw(6) << weight.bytes / 1024 << " KiB, cell styles " << weight.cell_styles << " defined / "
               << weight.cell_styles_used << " used, paragraph+text styles " << weight.paragraph_styles;
}

// The floor for one produced document: its plain version (see plain_version), stored as ODT by
// the office first, then loaded and stored again.
struct Floor
{
    double seconds = 0;
    Weight weight;
    sal_Int32 pages = 0;
};

Floor floor_for(launcher::OfficeSession& office, const std::filesystem::path& produced_flat, const std::filesystem::path& folder,
                const std::string& name)
{
    const auto plain_flat = folder / (name + "-plain.fodt");
    const auto plain = folder / (name + "-plain.odt");
    const auto weighed = folder / (name + "-plain-flat.fodt");
    std::ofstream(plain_flat) << plain_version(read_file(produced_flat));
    load_and_save(office, plain_flat, plain);
    const Visit visit = load_and_save(office, plain, folder / (name + "-plain-again.odt"), weighed);
    Floor floor;
    floor.seconds = visit.seconds;
    floor.pages = visit.shape.pages;
    floor.weight = weight_of(plain, weighed);
    return floor;
}

void measure(launcher::OfficeSession& office, std::size_t rows, std::size_t list_rows, const std::filesystem::path& folder)
{
    const auto sample = long_list_sample(rows, list_rows);
    const std::size_t people = attached_rows(sample);
    const auto file = folder / ("so-" + std::to_string(rows) + ".fods");
    {
        std::ofstream out(file);
        core::write_fods(sample, out);
    }
    const auto out = folder / ("docs-" + std::to_string(rows));
    std::filesystem::create_directories(out);
    const launcher::Document workbook(office.context(), launcher::file_url(file));
    const std::string target = launcher::file_url(out);

    const auto run = [&](const std::string& command, const std::string& document) {
        const auto start = Clock::now();
        const uno_common::CommandArguments arguments{.output = target, .formats = "odt", .documents = document};
        const auto outcome = launcher::dispatch_command(workbook, arguments.to_url("vn.sangkien:" + command));
        const double seconds = seconds_since(start);
        if (!outcome.succeeded)
            throw std::runtime_error(command + ": " + outcome.result);
        return seconds;
    };
    const auto copies = folder / ("copies-" + std::to_string(rows));
    std::filesystem::create_directories(copies);
    std::cout << std::fixed << std::setprecision(2) << rows << " initiatives, attached list of " << people << " people"
              << std::endl;
    double made = 0, floor_total = 0;
    const char* skip = std::getenv("SANGKIEN_BENCH_SKIP"); // e.g. GiayKhen: one page per awardee
    const char* only = std::getenv("SANGKIEN_BENCH_ONLY");
    for (const auto& info : core::document_catalogue())
    {
        const std::string file = info.file;
        if ((skip && file == skip) || (only && file != only))
            continue;
        const double seconds = info.kind == core::DocumentKind::report ? run("Report", "") : run("Dossier", file);
        const auto produced = out / (file + ".odt");
        const auto produced_flat = copies / (file + "-flat.fodt");
        const Visit visit = load_and_save(office, produced, copies / produced.filename(), produced_flat);
        const double again = visit.seconds;
        const Shape& shape = visit.shape;
        const Weight weight = weight_of(produced, produced_flat);
        const Floor floor = floor_for(office, produced_flat, copies, file);
        made += seconds;
        floor_total += floor.seconds;
        std::size_t table_rows = 0;
        for (const auto& [r, c] : shape.tables)
            table_rows += static_cast<std::size_t>(r);
        std::cout << "  " << std::left << std::setw(16) << file << std::right << std::setw(7) << seconds << " s   floor "
                  << std::setw(6) << floor.seconds << " s   ratio " << seconds / floor.seconds << "   (load+save of it "
                  << again << " s, ratio " << again / floor.seconds << ")\n"
                  << "      " << shape.pages << " pages (plain " << floor.pages << "), " << shape.tables.size() << " tables, "
                  << table_rows << " table rows, " << shape.paragraphs << " paragraphs\n"
                  << "      produced " << weight << "\n"
                  << "      plain    " << floor.weight << std::endl;
    }
    std::cout << "  all documents  " << std::setw(7) << made << " s   floor " << floor_total << " s   ratio "
              << made / floor_total << "  (target ≤ 1.5)\n";
}

} // namespace

int main(int argc, char** argv)
{
    const std::size_t rows = argc > 1 ? static_cast<std::size_t>(std::stoul(argv[1])) : 10000;
    const std::size_t list_rows = argc > 2 ? static_cast<std::size_t>(std::stoul(argv[2])) : 5000;
    const auto folder = std::filesystem::temp_directory_path() / ("sangkien-documents-bench-" + std::to_string(getpid()));
    std::filesystem::create_directories(folder);
    int status = 0;
    try
    {
        launcher::PrivateOffice started({{}, {SANGKIEN_OXT}, {}, {}});
        launcher::OfficeSession& office = started.session();
        measure(office, rows, list_rows, folder);
    }
    catch (const com::sun::star::uno::Exception& e)
    {
        std::cerr << to_utf8(e.Message) << "\n";
        status = 1;
    }
    catch (const std::exception& e)
    {
        std::cerr << e.what() << "\n";
        status = 1;
    }
    std::error_code ignored;
    if (!std::getenv("SANGKIEN_BENCH_KEEP"))
        std::filesystem::remove_all(folder, ignored);
    else
        std::cerr << "kept " << folder << "\n";
    return status;
}
