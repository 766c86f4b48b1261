// The documents against an honest floor, in the same run: for a generated workbook of N
// initiatives (the value threshold lowered so that thousands of people qualify and the attached
// lists are long), the time of vn.sangkien:Report and vn.sangkien:Dossier (read and review the
// workbook, load each template, fill it, store it as ODT) next to the time LibreOffice needs to load
// and store a plain document of the same shape — as many tables with as many rows and columns, as
// many paragraphs, characters and pages, every cell sharing one cell style and one paragraph style.
// The floor contains none of our own cost; it leaves out the report's one chart.
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

#include <set>

#include <unistd.h>

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>

#include "sangkien/core/document_data.hxx"
#include "sangkien/core/sample.hxx"
#include "sangkien/core/text.hxx"
#include "sangkien/launcher/office_calls.hxx"
#include "sangkien/launcher/office_session.hxx"

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
    const auto review = core::review_workbook(book, core::criteria_from_settings(book, {}));
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
    const core::Review review = core::review_workbook(book, core::criteria_from_settings(book, {}));
    const auto data = core::document_data(book, review, core::summarise(book, review), core::document_settings(book, {}),
                                          core::Date{2023, 9, 15}, core::Language::vietnamese);
    return data.lists.at("ca_nhan").size();
}

double load_and_save(launcher::OfficeSession& office, const std::filesystem::path& file, const std::filesystem::path& copy)
{
    const auto start = Clock::now();
    {
        const launcher::Document document(office.context(), launcher::file_url(file));
        document.store_to(launcher::file_url(copy), "writer8");
    }
    return seconds_since(start);
}

// What a document is made of, as Writer counts it.
struct Shape
{
    std::vector<std::pair<sal_Int32, sal_Int32>> tables; // rows, columns
    sal_Int32 pages = 0;
    sal_Int32 paragraphs = 0;
    sal_Int32 characters = 0;
};

Shape shape_of(launcher::OfficeSession& office, const std::filesystem::path& file)
{
    namespace css = com::sun::star;
    const launcher::Document document(office.context(), launcher::file_url(file));
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
    return shape;
}

std::string xml_escaped(const std::string& text)
{
    std::string out;
    for (const char c : text)
        out += c == '<' ? std::string("&lt;") : c == '&' ? std::string("&amp;") : std::string(1, c);
    return out;
}

// `length` characters of Vietnamese text (Writer lays out what a real list holds).
std::string filler(std::size_t length)
{
    static const std::u32string phrase = U"Nguyễn Thị Hồng Nhung, Công đoàn cơ sở Trường Tiểu học Phước Long, sáng kiến cấp tỉnh ";
    std::u32string text;
    while (text.size() < length)
        text += phrase;
    text.resize(length);
    std::string out;
    for (const char32_t c : text)
    {
        if (c < 0x80)
            out += static_cast<char>(c);
        else if (c < 0x800)
        {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
        else
        {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return xml_escaped(out);
}

// A plain document of that shape: one paragraph style, one cell style, the text spread evenly over
// the cells and paragraphs; `cell_space` (cm) below each cell's paragraph and `page_breaks` of the
// free paragraphs starting a new page bring it to the produced document's number of pages.
void write_plain(const Shape& shape, double cell_space, sal_Int32 page_breaks, const std::filesystem::path& file)
{
    sal_Int32 cells = 0;
    for (const auto& [rows, columns] : shape.tables)
        cells += rows * columns;
    const sal_Int32 free_paragraphs = std::max<sal_Int32>(shape.paragraphs - cells, 1);
    const std::size_t length = static_cast<std::size_t>(std::max<sal_Int32>(shape.characters / std::max(shape.paragraphs, 1), 1));
    std::ofstream out(file);
    out << R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles><style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/><style:text-properties style:font-name="Times New Roman" fo:font-size="13pt"/></style:style>
</office:styles>
<office:automatic-styles><style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="InCell" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-bottom=")"
        << cell_space << R"(cm"/></style:style>
<style:style style:name="Break" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:page-layout style:name="Page"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="1.5cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Page"/></office:master-styles>
<office:body><office:text>
)";
    const std::string text = filler(length);
    // The free paragraphs spread between the tables; the page breaks spread over them.
    const std::size_t groups = shape.tables.size() + 1;
    sal_Int32 written = 0, breaks = 0;
    const auto paragraphs_until = [&](sal_Int32 until) {
        for (; written < until; ++written)
        {
            const bool page = breaks < page_breaks
                              && static_cast<long long>(written) * page_breaks >= static_cast<long long>(breaks) * free_paragraphs;
            breaks += page ? 1 : 0;
            out << "<text:p text:style-name=\"" << (page ? "Break" : "Body") << "\">" << text << "</text:p>\n";
        }
    };
    for (std::size_t t = 0; t < shape.tables.size(); ++t)
    {
        paragraphs_until(static_cast<sal_Int32>(free_paragraphs * (t + 1) / groups));
        const auto [rows, columns] = shape.tables[t];
        out << "<table:table table:name=\"Table" << t + 1 << "\"><table:table-column table:number-columns-repeated=\"" << columns
            << "\"/>";
        for (sal_Int32 r = 0; r < rows; ++r)
        {
            out << "<table:table-row>";
            for (sal_Int32 c = 0; c < columns; ++c)
                out << "<table:table-cell table:style-name=\"Cell\" office:value-type=\"string\"><text:p text:style-name=\"InCell\">"
                    << text << "</text:p></table:table-cell>";
            out << "</table:table-row>\n";
        }
        out << "</table:table>\n";
    }
    paragraphs_until(free_paragraphs);
    out << "</office:text></office:body></office:document>\n";
}

// How heavy a stored document is: its size, and its styles as the flat XML of it shows them.
struct Weight
{
    std::uintmax_t bytes = 0;
    std::size_t cell_styles = 0;        // automatic table-cell styles defined
    std::size_t cell_styles_used = 0;   // distinct cell styles the cells name
    std::size_t paragraph_styles = 0;   // automatic paragraph and text styles
};

Weight weight_of(launcher::OfficeSession& office, const std::filesystem::path& odt, const std::filesystem::path& flat)
{
    {
        const launcher::Document document(office.context(), launcher::file_url(odt));
        document.store_to(launcher::file_url(flat), "OpenDocument Text Flat XML");
    }
    std::ifstream in(flat);
    const std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
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
    std::filesystem::remove(flat);
    return weight;
}

std::ostream& operator<<(std::ostream& out, const Weight& weight)
{
    return out << std::setw(6) << weight.bytes / 1024 << " KiB, cell styles " << weight.cell_styles << " defined / "
               << weight.cell_styles_used << " used, paragraph+text styles " << weight.paragraph_styles;
}

// The floor for one produced document: a plain document of its shape, with page breaks added until
// it has as many pages, loaded and stored as ODT.
struct Floor
{
    double seconds = 0;
    Weight weight;
    sal_Int32 pages = 0;
};

Floor floor_for(launcher::OfficeSession& office, const Shape& shape, const std::filesystem::path& folder, const std::string& name)
{
    const auto plain = folder / (name + "-plain.fodt");
    const auto trial = folder / (name + "-plain-trial.odt");
    const auto stored = folder / (name + "-plain.odt");
    const auto pages_of = [&](double cell_space, sal_Int32 breaks) {
        write_plain(shape, cell_space, breaks, plain);
        load_and_save(office, plain, trial);
        return shape_of(office, trial).pages;
    };
    // Rows taller until the tables fill as many pages, then page breaks for what is left.
    sal_Int32 rows = 0;
    for (const auto& [r, c] : shape.tables)
        rows += r;
    constexpr double kPageHeight = 25.7; // cm of text on an A4 page with the template's margins
    double cell_space = 0;
    sal_Int32 pages = pages_of(0, 0);
    if (pages < shape.pages && rows > 0)
    {
        const sal_Int32 natural = pages;
        cell_space = std::min(2.0, (shape.pages - natural) * kPageHeight / rows);
        pages = pages_of(cell_space, 0);
        if (pages > natural && pages != shape.pages) // once more, in proportion
        {
            cell_space *= static_cast<double>(shape.pages - natural) / (pages - natural);
            pages = pages_of(cell_space, 0);
        }
    }
    const sal_Int32 breaks = std::max<sal_Int32>(shape.pages - pages, 0);
    write_plain(shape, cell_space, breaks, plain);
    Floor floor;
    floor.seconds = load_and_save(office, plain, stored);
    floor.pages = shape_of(office, stored).pages;
    floor.weight = weight_of(office, stored, folder / (name + "-plain-flat.fodt"));
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
        std::vector<std::pair<std::string, std::string>> arguments{{"output", target}, {"formats", "odt"}};
        if (!document.empty())
            arguments.emplace_back("documents", document);
        const auto outcome = launcher::dispatch_command(workbook, launcher::command_url("vn.sangkien:" + command, arguments));
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
        const double again = load_and_save(office, produced, copies / produced.filename());
        const Shape shape = shape_of(office, produced);
        const Floor floor = floor_for(office, shape, copies, file);
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
                  << "      produced " << weight_of(office, produced, copies / (file + "-flat.fodt")) << "\n"
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
        const auto program_dir = launcher::find_office_program_dir(std::nullopt);
        const launcher::UnoRuntime runtime(program_dir);
        launcher::OfficeOptions options;
        options.program_dir = program_dir;
        launcher::OfficeSession office(runtime, options);
        office.install_extension(SANGKIEN_OXT);
        measure(office, rows, list_rows, folder);
    }
    catch (const com::sun::star::uno::Exception& e)
    {
        std::cerr << launcher::utf8(e.Message) << "\n";
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
