#include "core/features/sample.hxx"

#include "core/workbook/info_rows.hxx"

#include "core/rules/criteria_settings.hxx"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cmath>
#include <stdexcept>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "core/text/format.hxx"

namespace sangkien::core {

namespace {

// splitmix64: the same numbers on every machine and library (std distributions are not).
class Random
{
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }
    bool chance(double p) { return static_cast<double>(next() >> 11) / 9007199254740992.0 < p; }
    template <typename T, std::size_t N>
    const T& pick(const std::array<T, N>& items) { return items[below(N)]; }

private:
    std::uint64_t state_;
};

constexpr std::array<const char*, 16> kFamilies{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
                                                 "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
constexpr std::array<const char*, 12> kMiddles{"Văn", "Thị", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Hữu", "Thu",
                                                "Kim", "Thị Thu", "Văn Minh"};
constexpr std::array<const char*, 30> kGivens{"An", "Anh", "Ánh", "Ân", "Ấn", "Bình", "Dũng", "Đạt", "Hà", "Hải",
                                               "Hạnh", "Hùng", "Hương", "Khoa", "Lan", "Linh", "Long", "Mai", "Minh", "Nam",
                                               "Ngọc", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Việt", "Yến"};
constexpr std::array<const char*, 16> kPlaces{"Chà Là", "Phước Ninh", "Truông Mít", "Bàu Năng", "Phước Minh",
                                               "Suối Đá", "Lộc Ninh", "Cầu Khởi", "Bến Củi", "Phan", "Thạnh Đức",
                                               "Bàu Đồn", "Hiệp Thạnh", "Long Thành", "Trí Bình", "Gia Lộc"};
constexpr std::array<const char*, 10> kCompanies{"Thành Công", "Phú Cường", "Việt Thắng", "Hưng Phát", "Tân Tiến",
                                                  "Đại Lộc", "Minh Khang", "An Phú", "Sao Việt", "Hòa Bình"};

struct UnitKind
{
    const char* prefix;
    const char* block;
    const char* group;
    const char* position;
    const char* domain;
};

constexpr std::array<UnitKind, 9> kUnitKinds{{
    {"Trường Mầm non", "Trường học", "Viên chức", "Giáo viên", "Giáo dục"},
    {"Trường Tiểu học", "Trường học", "Viên chức", "Giáo viên", "Giáo dục"},
    {"Trường THCS", "Trường học", "Viên chức", "Giáo viên", "Giáo dục"},
    {"UBND xã", "Xã, thị trấn", "Cán bộ, công chức", "Công chức", "Cải cách hành chính"},
    {"Trạm Y tế xã", "Hành chính sự nghiệp", "Viên chức", "Bác sĩ", "Y tế"},
    {"Công ty TNHH", "Ngoài nhà nước", "Công nhân lao động", "Công nhân", "Sản xuất kinh doanh"},
    {"Công ty Cổ phần", "Ngoài nhà nước", "Công nhân lao động", "Kỹ sư", "Sản xuất kinh doanh"},
    {"Công ty TNHH MTV", "Doanh nghiệp nhà nước", "Người lao động", "Kỹ thuật viên", "An toàn vệ sinh lao động"},
    {"Phòng", "Hành chính sự nghiệp", "Cán bộ, công chức", "Chuyên viên", "Cải cách hành chính"},
}};

constexpr std::array<const char*, 8> kVerbs{"Cải tiến", "Ứng dụng", "Đổi mới", "Giải pháp nâng cao hiệu quả",
                                             "Tiết kiệm chi phí", "Số hoá", "Hợp lý hoá", "Sáng tạo"};
constexpr std::array<const char*, 12> kObjects{"quy trình quản lý hồ sơ", "phương pháp giảng dạy môn Toán",
                                                "dây chuyền đóng gói", "công tác tiếp nhận hồ sơ một cửa",
                                                "hệ thống chiếu sáng", "sổ theo dõi đoàn viên", "máy cắt bao bì",
                                                "công tác phòng chống cháy nổ", "bếp ăn bán trú", "kho vật tư",
                                                "tiết dạy STEM", "quy trình khám bệnh"};
constexpr std::array<const char*, 5> kSolutionTypes{"Giải pháp kỹ thuật", "Giải pháp quản lý", "Giải pháp tác nghiệp",
                                                     "Ứng dụng tiến bộ kỹ thuật", "Đề tài nghiên cứu khoa học"};

Cell text(std::string s) { return Cell(std::move(s)); }
Cell number(double v) { return Cell(v); }

std::string to_nfd(const std::string& s)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    std::string out;
    if (U_FAILURE(status))
        return s;
    nfd->normalize(icu::UnicodeString::fromUTF8(s), status).toUTF8String(out);
    return out;
}

struct Unit
{
    std::string name;
    const UnitKind* kind;
    int quota1, quota2;
    bool agreement;
    int members;
};

// Quotas near what a unit can reach: about its share of valid initiatives, ±40%.
std::vector<Unit> make_units(Random& random, std::size_t count, double initiatives_per_unit)
{
    std::vector<Unit> units;
    std::set<std::string> seen;
    for (std::size_t i = 0; units.size() < count; ++i)
    {
        const UnitKind& kind = kUnitKinds[random.below(kUnitKinds.size())];
        std::string name = std::string(kind.prefix) + " "
                           + (std::string(kind.block) == "Ngoài nhà nước" || std::string(kind.block) == "Doanh nghiệp nhà nước"
                                  ? random.pick(kCompanies)
                                  : random.pick(kPlaces));
        if (!seen.insert(name).second)
            name += " " + std::to_string(i / kPlaces.size() + 2);
        if (!seen.insert(name).second && seen.count(name))
            name += " - Chi nhánh " + std::to_string(i); // never the same key as "… 25" (tolerant matching)
        seen.insert(name);
        const double share = initiatives_per_unit * 0.7 * (0.6 + 0.8 * static_cast<double>(random.below(1001)) / 1000.0);
        const int quota = std::max(1, static_cast<int>(share + 0.5));
        units.push_back(Unit{name, &kind, (quota + 1) / 2, quota / 2, random.chance(0.3),
                             15 + static_cast<int>(random.below(400))});
    }
    return units;
}

std::string person(Random& random)
{
    return std::string(random.pick(kFamilies)) + " " + random.pick(kMiddles) + " " + random.pick(kGivens);
}

// An amount as staff write it: a number, or text in one of the usual forms.
Cell amount_cell(Random& random, std::int64_t dong, bool messy)
{
    if (!messy || random.chance(0.5))
        return number(static_cast<double>(dong));
    switch (random.below(5))
    {
    case 0: return text(format_vnd(dong, false) + "đ");
    case 1: return text(format_vnd(dong));
    case 2: return text(dong % 1'000'000 == 0 ? std::to_string(dong / 1'000'000) + (random.chance(0.5) ? " triệu" : "tr")
                                              : std::to_string(dong));
    case 3:
    {
        std::string us = group_thousands(dong);
        for (char& c : us)
            if (c == '.')
                c = ',';
        return text(us);
    }
    default:
        if (dong % 100'000'000 == 0 && dong >= 100'000'000)
        {
            std::string billions = std::to_string(dong / 1'000'000'000);
            const auto tenths = dong / 100'000'000 % 10;
            if (tenths)
                billions += "," + std::to_string(tenths);
            return text(billions + (random.chance(0.5) ? " tỷ" : " tỉ đồng"));
        }
        return text(format_vnd(dong));
    }
}

Cell date_cell(Random& random, const Date& date, bool messy)
{
    if (!messy || random.chance(0.6))
        return number(static_cast<double>(to_serial(date)));
    switch (random.below(4))
    {
    case 0: return text(std::to_string(date.day) + "/" + std::to_string(date.month) + "/" + std::to_string(date.year));
    case 1: return text(body_date(date));
    case 2: return text(std::to_string(date.day) + "-" + std::to_string(date.month) + "-" + std::to_string(date.year));
    default: return text(nd30_date_line("", date));
    }
}

Date random_date(Random& random, const Date& from, const Date& to)
{
    const long a = to_serial(from), b = to_serial(to);
    return from_serial(a + static_cast<long>(random.below(static_cast<std::size_t>(b - a + 1))));
}

void escape_into(std::ostream& out, std::string_view s)
{
    for (const char c : s)
    {
        switch (c)
        {
        case '&': out << "&amp;"; break;
        case '<': out << "&lt;"; break;
        case '>': out << "&gt;"; break;
        case '"': out << "&quot;"; break;
        case '\n': out << "</text:p><text:p>"; break;
        default: out << c;
        }
    }
}

} // namespace

SampleWorkbook generate_sample(const SampleOptions& options)
{
    if (options.initiatives > max_sample_initiatives(options.messy))
        throw std::invalid_argument("too many rows for one sheet");
    // Content and presentation draw from separate streams: a messy sample holds exactly the same
    // data as the clean one with the same seed, only written differently.
    Random random(options.seed);
    Random noise(options.seed ^ 0x5A5A5A5A5A5A5A5AULL);
    const bool messy = options.messy;
    SampleWorkbook book;
    const std::size_t unit_count = std::clamp<std::size_t>(options.initiatives / 40, 5, 4000);
    const std::vector<Unit> units =
        make_units(random, unit_count, static_cast<double>(options.initiatives) / static_cast<double>(unit_count));

    // --- Sáng kiến
    Sheet initiatives{"Sáng kiến", {}};
    auto& rows = initiatives.rows;
    std::vector<Merge> merges;
    if (messy)
    {
        rows.push_back({text("LIÊN ĐOÀN LAO ĐỘNG HUYỆN DƯƠNG MINH CHÂU")});
        rows.push_back({text("DANH SÁCH SÁNG KIẾN THAM GIA CHƯƠNG TRÌNH \"01 TRIỆU SÁNG KIẾN\"")});
        merges.push_back({1, 0, 1, 17});
        rows.push_back({});
        rows.push_back({text("STT"), text("Mã sáng kiến"), text("TÊN SÁNG KIẾN"), text("Tác giả"),
                        text("Chức vụ/nghề nghiệp"), text("Đơn vị / CĐCS"), text("Khối"), text("Nhóm đối tượng"),
                        text("Loại giải pháp"), text("Lĩnh vực"), text("Ngày cập nhật lên hệ thống"), text("Trạng thái"),
                        text("Gia tri lam loi (dong)"), text("Giá trị xã hội, nhân văn"),
                        text("Văn bản công nhận sáng kiến"), Cell{}, text("Văn bản công nhận giá trị làm lợi"), Cell{},
                        text("Ghi chú")});
        rows.push_back({Cell{}, Cell{}, Cell{}, Cell{}, Cell{}, Cell{}, Cell{}, Cell{}, Cell{}, Cell{}, Cell{}, Cell{},
                        Cell{}, Cell{}, text("Số"), text("Ngày"), text("Số"), text("Ngày"), Cell{}});
        for (const std::size_t c : {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 18})
            merges.push_back({3, c, 2, 1});
        merges.push_back({3, 14, 1, 2});
        merges.push_back({3, 16, 1, 2});
        Row numbering;
        for (int c = 1; c <= 19; ++c)
            numbering.push_back(text("(" + std::to_string(c) + ")"));
        rows.push_back(numbering);
    }
    else
    {
        rows.push_back({text("STT"), text("Mã sáng kiến"), text("Tên sáng kiến"), text("Tác giả"), text("Chức vụ/nghề nghiệp"),
                        text("Đơn vị"), text("Khối"), text("Nhóm đối tượng"), text("Loại giải pháp"), text("Lĩnh vực"),
                        text("Ngày cập nhật"), text("Trạng thái"), text("Giá trị làm lợi"), text("Giá trị xã hội, nhân văn"),
                        text("Số văn bản công nhận sáng kiến"), text("Ngày văn bản công nhận sáng kiến"),
                        text("Số văn bản công nhận giá trị làm lợi"), text("Ngày văn bản công nhận giá trị làm lợi"),
                        text("Ghi chú")});
    }
    book.date_columns["Sáng kiến"] = {10, 15, 17};
    rows.reserve(rows.size() + options.initiatives + options.initiatives / 200 + 4);
    for (std::size_t i = 0; i < options.initiatives; ++i)
    {
        // A blank row now and then, while the sheet still has room for it.
        if (messy && i > 0 && noise.chance(0.005) && rows.size() + (options.initiatives - i) + 2 < kCalcRows)
            rows.push_back({});
        const Unit& unit = units[random.below(units.size())];
        const UnitKind& kind = *unit.kind;
        Row row(19);
        row[0] = number(static_cast<double>(i + 1));
        row[1] = text("SK" + std::to_string(100000 + i));
        row[2] = text(std::string(random.pick(kVerbs)) + " " + random.pick(kObjects));
        std::string authors = person(random);
        if (random.chance(0.25))
            authors += (messy ? noise.pick(std::array<const char*, 4>{", ", "; ", " và ", "\n"}) : ", ") + person(random);
        if (messy && noise.chance(0.02))
            authors = to_nfd(authors);
        row[3] = text(authors);
        row[4] = text(kind.position);
        std::string unit_name = unit.name;
        if (messy && noise.chance(0.2))
            unit_name = (noise.chance(0.5) ? "CĐCS " : "Công đoàn cơ sở ") + unit_name;
        if (messy && noise.chance(0.02))
            unit_name += "  ";
        row[5] = text(unit_name);
        row[6] = random.chance(0.7) ? text(kind.block) : Cell{};
        row[7] = text(kind.group);
        row[8] = text(random.pick(kSolutionTypes));
        row[9] = text(random.chance(0.9) ? kind.domain : "Hoạt động công đoàn");
        const Date updated = random_date(random, Date{2022, 1, 8}, Date{2023, 9, 10});
        row[10] = date_cell(noise, updated, messy);
        const std::size_t status = random.below(10);
        const char* status_text = status < 7 ? "Hợp lệ" : status < 9 ? "Đang xem xét" : "Không hợp lệ";
        std::string shown_status = status_text;
        if (messy && noise.chance(0.05))
            shown_status = status < 7 ? (noise.chance(0.5) ? "  hợp lệ " : "HỢP LỆ") : "  " + shown_status + " ";
        row[11] = text(shown_status);
        // Values: most empty or small, a few large, a handful in dollars; exact boundaries too.
        const std::size_t band = random.below(100);
        std::int64_t value = 0;
        if (band < 55)
            value = 0;
        else if (band < 75)
            value = static_cast<std::int64_t>(1 + random.below(50)) * 1'000'000;
        else if (band < 92)
            value = static_cast<std::int64_t>(50 + random.below(450)) * 1'000'000;
        else if (band < 97)
            value = static_cast<std::int64_t>(5 + random.below(26)) * 100'000'000;
        else if (band < 98)
            value = random.chance(0.5) ? 500'000'000 : 499'999'999;
        if (band == 99)
            row[12] = text(std::to_string(1 + random.below(20)) + " nghìn USD");
        else if (value > 0)
            row[12] = amount_cell(noise, value, messy);
        row[13] = random.chance(0.03) ? text("Có") : (messy && noise.chance(0.3) ? text("Không") : Cell{});
        if (random.chance(0.85))
        {
            row[14] = text(std::to_string(1 + random.below(300)) + "/QĐ-" + (random.chance(0.5) ? "UBND" : "CT"));
            row[15] = date_cell(noise, random_date(random, Date{2021, 6, 1}, Date{2023, 10, 31}), messy);
        }
        if (value > 0 && random.chance(0.85))
        {
            row[16] = text(std::to_string(1 + random.below(300)) + "/XN-" + (random.chance(0.5) ? "UBND" : "CT"));
            row[17] = date_cell(noise, random_date(random, Date{2021, 6, 1}, Date{2023, 10, 31}), messy);
        }
        rows.push_back(std::move(row));
    }
    if (messy)
    {
        Row totals(19);
        totals[2] = text("Tổng cộng");
        rows.push_back(std::move(totals));
        rows.push_back({Cell{}, Cell{}, Cell{}, text("NGƯỜI LẬP BIỂU")});
    }
    book.merges["Sáng kiến"] = std::move(merges);

    // --- Công đoàn cơ sở
    Sheet union_sheet{"Công đoàn cơ sở", {}};
    union_sheet.rows.push_back({text("STT"), text("Tên CĐCS"), text("Khối/loại hình"), text("Số đoàn viên"),
                                text("Chỉ tiêu giai đoạn 1"), text("Chỉ tiêu giai đoạn 2"),
                                text("TƯLĐTT/quy chế có nội dung sáng kiến"), text("Ghi chú")});
    for (std::size_t u = 0; u < units.size(); ++u)
    {
        const Unit& unit = units[u];
        union_sheet.rows.push_back({number(static_cast<double>(u + 1)), text(unit.name), text(unit.kind->block),
                                    number(unit.members), number(unit.quota1), number(unit.quota2),
                                    unit.agreement ? text("x") : Cell{}, Cell{}});
    }

    // --- Cá nhân đề xuất: the Tổ hỗ trợ of a few units.
    Sheet people{"Cá nhân đề xuất", {}};
    people.rows.push_back({text("STT"), text("Họ và tên"), text("Chức vụ"), text("Đơn vị"), text("Thuộc Tổ hỗ trợ"),
                           text("Đóng góp")});
    const std::size_t helpers = std::max<std::size_t>(3, units.size() / 10);
    for (std::size_t p = 0; p < helpers; ++p)
    {
        const Unit& unit = units[random.below(units.size())];
        const bool team = random.chance(0.7);
        people.rows.push_back({number(static_cast<double>(p + 1)), text(person(random)), text("Chủ tịch CĐCS"),
                               text(unit.name), team ? text("Có") : Cell{},
                               random.chance(0.9) ? text("Hướng dẫn, hỗ trợ đoàn viên cập nhật "
                                                         + std::to_string(3 + random.below(30)) + " sáng kiến")
                                                  : Cell{}});
    }

    // --- Thông tin
    Sheet settings{"Thông tin", {}};
    const std::vector<std::pair<InfoKey, const char*>> info{
        {InfoKey::level, "LĐLĐ huyện"},
        {InfoKey::superior, "LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH"},
        {InfoKey::unit_name, "LIÊN ĐOÀN LAO ĐỘNG HUYỆN DƯƠNG MINH CHÂU"},
        {InfoKey::place, "Huyện Dương Minh Châu"},
        {InfoKey::report_number, "12/BC-LĐLĐ"},
        {InfoKey::date, "15/9/2023"},
        {InfoKey::authority, "TM. BAN THƯỜNG VỤ"},
        {InfoKey::signer_title, "PHÓ CHỦ TỊCH"},
        {InfoKey::signer_name, "Nguyễn Thị Thu Hà"},
        {InfoKey::addressee, "Ban Thường vụ Liên đoàn Lao động tỉnh Tây Ninh"},
        {InfoKey::recipients, "TT LĐLĐ tỉnh;\nTT Huyện ủy;\nUBND huyện;\nCác CĐCS;\nLưu: VP."},
        {InfoKey::grounds, "Kế hoạch số 10/KH-LĐLĐ ngày 05/9/2023 của Ban Thường vụ LĐLĐ huyện Dương Minh Châu"},
    };
    settings.rows.push_back({text("Mục"), text("Giá trị")});
    for (const auto& [key, value] : info)
        settings.rows.push_back({text(info_label(key)), text(value)});
    // The criteria as the settings table names and writes them, at the plan's values.
    for (const CriterionSetting& setting : criterion_settings())
        if (setting.written)
            settings.rows.push_back({text(std::string(setting.sheet_label)), text(criterion_text(setting.key, Criteria{}))});

    // --- Nhận xét
    Sheet comments{"Nhận xét", {}};
    comments.rows.push_back({text("Mục"), text("Nội dung")});
    comments.rows.push_back({text("I.1"), text("Ban Thường vụ Liên đoàn Lao động huyện ban hành kế hoạch, hướng dẫn "
                                               "các công đoàn cơ sở triển khai Chương trình đến đoàn viên.")});
    comments.rows.push_back({text("I.2"), text("Tuyên truyền qua hội nghị, mạng xã hội và bản tin công đoàn.")});
    for (const char* item : {"II.2", "II.3", "II.5", "III.1", "III.2", "III.3", "III.4"})
        comments.rows.push_back({text(item), Cell{}});

    book.input.sheets = {std::move(initiatives), std::move(union_sheet), std::move(people), std::move(settings),
                         std::move(comments)};
    return book;
}

void write_fods(const SampleWorkbook& workbook, std::ostream& out)
{
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
           "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
           "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
           "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
           "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
           "xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\" "
           "office:version=\"1.3\" office:mimetype=\"application/vnd.oasis.opendocument.spreadsheet\">\n"
           " <office:automatic-styles>\n"
           "  <number:date-style style:name=\"Ddmmyyyy\"><number:day number:style=\"long\"/><number:text>/</number:text>"
           "<number:month number:style=\"long\"/><number:text>/</number:text><number:year number:style=\"long\"/>"
           "</number:date-style>\n"
           "  <style:style style:name=\"date\" style:family=\"table-cell\" style:data-style-name=\"Ddmmyyyy\"/>\n"
           "  <style:style style:name=\"wide\" style:family=\"table-column\"><style:table-column-properties "
           "style:column-width=\"4cm\"/></style:style>\n"
           " </office:automatic-styles>\n"
           " <office:body>\n  <office:spreadsheet>\n";
    for (const Sheet& sheet : workbook.input.sheets)
    {
        std::map<std::pair<std::size_t, std::size_t>, Merge> starts;
        std::set<std::pair<std::size_t, std::size_t>> covered;
        if (const auto it = workbook.merges.find(sheet.name); it != workbook.merges.end())
            for (const Merge& m : it->second)
            {
                starts[{m.row, m.column}] = m;
                for (std::size_t r = m.row; r < m.row + m.rows; ++r)
                    for (std::size_t c = m.column; c < m.column + m.columns; ++c)
                        if (r != m.row || c != m.column)
                            covered.insert({r, c});
            }
        const auto dates = workbook.date_columns.find(sheet.name);
        std::size_t width = 0;
        for (const Row& row : sheet.rows)
            width = std::max(width, row.size());
        out << "   <table:table table:name=\"";
        escape_into(out, sheet.name);
        out << "\">\n    <table:table-column table:style-name=\"wide\" table:number-columns-repeated=\""
            << std::max<std::size_t>(width, 1) << "\"/>\n";
        for (std::size_t r = 0; r < sheet.rows.size(); ++r)
        {
            const Row& row = sheet.rows[r];
            out << "    <table:table-row>";
            const std::size_t cells = std::max(row.size(), covered.empty() ? 0 : width);
            for (std::size_t c = 0; c < cells; ++c)
            {
                if (covered.count({r, c}))
                {
                    out << "<table:covered-table-cell/>";
                    continue;
                }
                const Cell empty;
                const Cell& cell = c < row.size() ? row[c] : empty;
                std::string span;
                if (const auto m = starts.find({r, c}); m != starts.end())
                    span = " table:number-columns-spanned=\"" + std::to_string(m->second.columns)
                           + "\" table:number-rows-spanned=\"" + std::to_string(m->second.rows) + "\"";
                if (const auto* number = std::get_if<double>(&cell))
                {
                    if (dates != workbook.date_columns.end() && dates->second.count(c))
                    {
                        const Date d = from_serial(static_cast<long>(*number));
                        char iso[16];
                        std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", d.year, d.month, d.day);
                        out << "<table:table-cell table:style-name=\"date\" office:value-type=\"date\" office:date-value=\""
                            << iso << "\"" << span << "/>";
                    }
                    else
                    {
                        // Every digit: the stream's default precision would write 499999999 as 5e+08.
                        char value[32];
                        std::snprintf(value, sizeof value, "%.17g", *number);
                        out << "<table:table-cell office:value-type=\"float\" office:value=\"" << value << "\"" << span
                            << "/>";
                    }
                }
                else if (const auto* t = std::get_if<std::string>(&cell))
                {
                    out << "<table:table-cell office:value-type=\"string\"" << span << "><text:p>";
                    escape_into(out, *t);
                    out << "</text:p></table:table-cell>";
                }
                else
                    out << "<table:table-cell" << span << "/>";
            }
            out << "</table:table-row>\n";
        }
        out << "   </table:table>\n";
    }
    out << "  </office:spreadsheet>\n </office:body>\n</office:document>\n";
}

} // namespace sangkien::core
