// Reading workbooks, 1 of 4: field names and the synonyms office headings use for them, and the
// names sheets go by.
#include "reading.hxx"

#include "sangkien/core/rules.hxx"

#include <algorithm>
#include <array>
#include <cmath>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <tuple>
#include <set>
#include <unordered_map>

#include "sangkien/core/format.hxx"
#include "sangkien/core/legacy.hxx"
#include "sangkien/core/text.hxx"

namespace sangkien::core::reading {

namespace {

// ---------------------------------------------------------------------------------------------
// Field names and heading synonyms (tone-free, lower case, as matching_key makes them)

struct FieldInfo
{
    Field field;
    std::string_view id;
    SheetKind kind;
    std::vector<std::string_view> synonyms;
};

const std::vector<FieldInfo>& field_table()
{
    static const std::vector<FieldInfo> table{
        {Field::stt, "stt", SheetKind::initiatives, {"stt", "so tt", "so thu tu", "tt", "no", "number"}},
        {Field::code, "code", SheetKind::initiatives,
         {"ma", "ma sang kien", "ma so", "id", "ma so sang kien", "ma tren he thong", "ma ho so", "code", "initiative code", "portal id"}},
        {Field::title, "title", SheetKind::initiatives,
         {"ten sang kien", "ten giai phap", "sang kien", "ten de tai", "noi dung sang kien", "ten sang kien giai phap",
          "ten sang kien de tai", "title", "initiative", "initiative title", "name of initiative"}},
        {Field::authors, "authors", SheetKind::initiatives,
         {"tac gia", "ho ten tac gia", "ho va ten tac gia", "tac gia sang kien", "ho va ten", "ho ten",
          "nguoi thuc hien", "tac gia dong tac gia", "author", "authors", "author s", "inventor"}},
        {Field::position, "position", SheetKind::initiatives,
         {"chuc vu", "nghe nghiep", "chuc vu nghe nghiep", "chuc danh", "nghe nghiep chuc vu", "position", "job title", "occupation"}},
        {Field::unit, "unit", SheetKind::initiatives,
         {"don vi", "ten don vi", "don vi cong tac", "co quan don vi", "unit", "organisation", "organization",
          // the direct units of a province: districts and sector unions
          "ldld huyen", "lien doan lao dong huyen", "ldld huyen cd nganh", "ldld huyen cong doan nganh", "don vi truc thuoc",
          "don vi cap huyen", "cong doan nganh", "cd nganh", "district", "district union"}},
        // Read as the unit itself unless the list also has a unit column above it (a province's
        // list: LĐLĐ huyện | CĐCS).
        {Field::grassroots_unit, "grassroots_unit", SheetKind::initiatives,
         {"cdcs", "cong doan co so", "don vi cdcs", "ten cdcs", "cdcs truc thuoc", "grassroots union"}},
        {Field::block, "block", SheetKind::initiatives, {"khoi", "loai hinh", "khoi loai hinh", "khoi don vi", "sector"}},
        {Field::target_group, "target_group", SheetKind::initiatives,
         {"nhom doi tuong", "doi tuong", "nhom doi tuong tac gia", "target group"}},
        {Field::solution_type, "solution_type", SheetKind::initiatives,
         {"loai giai phap", "loai sang kien", "loai", "phan loai", "loai giai phap sang kien", "type", "solution type", "category"}},
        {Field::domain, "domain", SheetKind::initiatives, {"linh vuc", "linh vuc sang kien", "linh vuc ap dung", "domain", "field", "area"}},
        {Field::updated_on, "updated_on", SheetKind::initiatives,
         {"ngay cap nhat", "ngay cap nhat len he thong", "ngay dang", "ngay gui", "thoi gian cap nhat", "ngay nhap",
          "ngay dang tai", "ngay cap nhat he thong", "thoi gian dang", "upload date", "uploaded", "updated", "update date",
          "date uploaded", "date updated"}},
        {Field::status, "status", SheetKind::initiatives,
         {"trang thai", "tinh trang", "ket qua tham dinh", "trang thai duyet", "ket qua duyet", "status", "approval status"}},
        {Field::value, "value", SheetKind::initiatives,
         {"gia tri lam loi", "so tien lam loi", "loi ich kinh te", "gia tri", "gia tri lam loi dong",
          "hieu qua kinh te", "benefit", "benefit vnd", "value", "benefit value", "economic benefit"}},
        {Field::social_value, "social_value", SheetKind::initiatives,
         {"gia tri xa hoi", "gia tri xa hoi nhan van", "gia tri nhan van", "xa hoi nhan van", "gia tri xa hoi nhan van noi bat", "social value", "humane value"}},
        {Field::recognition, "recognition", SheetKind::initiatives,
         {"van ban cong nhan sang kien", "so ngay van ban cong nhan sang kien", "so va ngay van ban cong nhan sang kien",
          "quyet dinh cong nhan sang kien", "van ban cong nhan", "so ngay van ban cong nhan", "quyet dinh cong nhan", "recognition",
          "recognition document"}},
        {Field::recognition_number, "recognition_number", SheetKind::initiatives,
         {"so van ban cong nhan sang kien", "so van ban cong nhan", "so quyet dinh cong nhan", "so quyet dinh cong nhan sang kien", "recognition no",
          "recognition number"}},
        {Field::recognition_date, "recognition_date", SheetKind::initiatives,
         {"ngay van ban cong nhan sang kien", "ngay van ban cong nhan", "ngay cong nhan", "ngay quyet dinh cong nhan",
          "ngay cong nhan sang kien", "recognition date"}},
        {Field::value_document, "value_document", SheetKind::initiatives,
         {"van ban cong nhan gia tri lam loi", "so ngay van ban cong nhan gia tri lam loi",
          "so va ngay van ban cong nhan gia tri lam loi", "van ban xac nhan gia tri lam loi", "benefit document",
          "benefit recognition"}},
        {Field::value_document_number, "value_document_number", SheetKind::initiatives,
         {"so van ban cong nhan gia tri lam loi", "so van ban gia tri lam loi", "so van ban xac nhan gia tri lam loi", "benefit document no",
          "benefit document number"}},
        {Field::value_document_date, "value_document_date", SheetKind::initiatives,
         {"ngay van ban cong nhan gia tri lam loi", "ngay van ban gia tri lam loi", "ngay cong nhan gia tri lam loi",
          "ngay van ban xac nhan gia tri lam loi", "benefit document date", "benefit recognition date"}},
        {Field::note, "note", SheetKind::initiatives, {"ghi chu", "note", "notes", "remarks"}},

        {Field::union_name, "union_name", SheetKind::unions,
         {"ten cdcs", "ten don vi", "cong doan co so", "don vi", "cdcs", "ten cong doan co so", "ten", "union", "unit",
          "grassroots union", "name", "ldld huyen cd nganh", "ldld huyen", "don vi truc thuoc", "ten don vi truc thuoc"}},
        {Field::union_block, "union_block", SheetKind::unions, {"khoi", "loai hinh", "khoi loai hinh"}},
        {Field::members, "members", SheetKind::unions, {"so doan vien", "doan vien", "tong so doan vien", "members"}},
        {Field::quota, "quota", SheetKind::unions, {"chi tieu", "chi tieu sang kien", "chi tieu giao", "tong chi tieu", "quota"}},
        {Field::quota_phase, "quota_phase", SheetKind::unions,
         {"chi tieu giai doan", "chi tieu dot", "giai doan", "dot", "chi tieu nam"}},
        {Field::labour_agreement, "labour_agreement", SheetKind::unions,
         {"tuldtt", "thoa uoc", "thoa uoc lao dong tap the", "quy che", "tuldtt quy che", "quy che co noi dung sang kien",
          "tuldtt quy che co noi dung sang kien"}},
        {Field::union_note, "union_note", SheetKind::unions, {"ghi chu"}},

        {Field::person_name, "person_name", SheetKind::people, {"ho ten", "ho va ten", "ten", "ca nhan", "name", "full name"}},
        {Field::person_position, "person_position", SheetKind::people, {"chuc vu", "chuc danh", "chuc vu nghe nghiep"}},
        {Field::person_unit, "person_unit", SheetKind::people, {"don vi", "cdcs", "don vi cong tac"}},
        {Field::support_team, "support_team", SheetKind::people,
         {"to ho tro", "thuoc to ho tro", "to ho tro sang kien", "thanh vien to ho tro"}},
        {Field::contribution, "contribution", SheetKind::people,
         {"dong gop", "noi dung dong gop", "thanh tich", "thanh tich dong gop", "tom tat dong gop", "contribution"}},

        {Field::setting_label, "setting_label", SheetKind::settings, {"muc", "noi dung", "thong tin", "ten muc"}},
        {Field::setting_value, "setting_value", SheetKind::settings, {"gia tri"}},
    };
    return table;
}

const FieldInfo* info_of(Field field)
{
    for (const auto& info : field_table())
        if (info.field == field)
            return &info;
    return nullptr;
}




// ---------------------------------------------------------------------------------------------
// Sheet recognition

} // namespace

std::vector<std::string_view> split_words(std::string_view s)
{
    std::vector<std::string_view> words;
    std::size_t start = 0;
    while (start < s.size())
    {
        const auto end = s.find(' ', start);
        const auto stop = end == std::string_view::npos ? s.size() : end;
        if (stop > start)
            words.push_back(s.substr(start, stop - start));
        start = stop + 1;
    }
    return words;
}

// The field whose synonym's words all appear in the heading, the most specific (most words) first.
std::optional<Field> best_field(const std::string& heading_key, SheetKind kind)
{
    if (heading_key.empty() || is_provenance_heading(heading_key))
        return std::nullopt;
    // The synonyms split into words once.
    struct Synonym
    {
        Field field;
        SheetKind kind;
        std::string_view text;
        std::vector<std::string_view> words;
    };
    static const std::vector<Synonym> synonyms = [] {
        std::vector<Synonym> all;
        for (const auto& info : field_table())
            for (const auto synonym : info.synonyms)
                all.push_back(Synonym{info.field, info.kind, synonym, split_words(synonym)});
        return all;
    }();
    const auto words = split_words(heading_key);
    const auto present = [&words](std::string_view word) { return std::find(words.begin(), words.end(), word) != words.end(); };
    std::optional<Field> best;
    std::size_t best_words = 0;
    bool best_exact = false;
    for (const Synonym& synonym : synonyms)
    {
        if (synonym.kind != kind || synonym.words.size() < best_words
            || !std::all_of(synonym.words.begin(), synonym.words.end(), present))
            continue;
        const bool exact = synonym.text == heading_key;
        if (synonym.words.size() > best_words || (exact && !best_exact))
        {
            best = synonym.field;
            best_words = synonym.words.size();
            best_exact = exact;
        }
    }
    return best;
}

bool name_means(const std::string& sheet_key, SheetKind kind)
{
    static const std::map<SheetKind, std::vector<std::string_view>> names{
        {SheetKind::initiatives,
         {"sang kien", "danh sach sang kien", "so theo doi sang kien", "sang kien 01 trieu", "ds sang kien", "tong hop sang kien",
          "initiatives", "initiative list"}},
        {SheetKind::unions,
         {"cong doan co so", "cdcs", "don vi truc thuoc", "danh sach don vi truc thuoc", "chi tieu don vi", "danh sach cdcs", "danh sach cong doan co so", "chi tieu", "chi tieu cdcs", "ds cdcs", "unions", "grassroots unions", "quotas"}},
        {SheetKind::people, {"ca nhan de xuat", "ca nhan", "de xuat ca nhan", "to ho tro", "ds ca nhan", "proposed individuals", "individuals"}},
        {SheetKind::settings, {"thong tin", "thong tin bao cao", "cai dat", "thiet lap", "settings", "information"}},
        {SheetKind::comments, {"nhan xet", "danh gia", "noi dung bao cao", "nhan xet danh gia"}},
    };
    const auto& list = names.at(kind);
    return std::find(list.begin(), list.end(), sheet_key) != list.end();
}

} // namespace sangkien::core::reading

namespace sangkien::core {

using namespace reading;

std::string_view field_id(Field field)
{
    const auto* info = info_of(field);
    return info ? info->id : std::string_view("?");
}

std::optional<Field> field_from_id(std::string_view id)
{
    for (const auto& info : field_table())
        if (info.id == id)
            return info.field;
    return std::nullopt;
}

std::string_view sheet_kind_id(SheetKind kind)
{
    switch (kind)
    {
    case SheetKind::initiatives: return "initiatives";
    case SheetKind::unions: return "unions";
    case SheetKind::people: return "people";
    case SheetKind::settings: return "settings";
    case SheetKind::comments: return "comments";
    }
    return "?";
}

std::optional<SheetKind> sheet_kind_from_id(std::string_view id)
{
    for (const SheetKind kind :
         {SheetKind::initiatives, SheetKind::unions, SheetKind::people, SheetKind::settings, SheetKind::comments})
        if (sheet_kind_id(kind) == id)
            return kind;
    return std::nullopt;
}

std::vector<Field> fields_of(SheetKind kind)
{
    std::vector<Field> fields;
    for (const auto& info : field_table())
        if (info.kind == kind)
            fields.push_back(info.field);
    return fields;
}

std::optional<SheetKind> sheet_kind_from_name(std::string_view name)
{
    const std::string key = matching_key(name);
    for (const SheetKind kind : {SheetKind::initiatives, SheetKind::unions, SheetKind::people, SheetKind::settings,
                                 SheetKind::comments})
        if (name_means(key, kind))
            return kind;
    return std::nullopt;
}


} // namespace sangkien::core
