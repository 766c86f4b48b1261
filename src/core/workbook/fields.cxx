// Reading workbooks, 1 of 7: field names and the synonyms office headings use for them, and the
// names sheets go by.
#include "reading.hxx"


#include <algorithm>
#include <array>
#include <cmath>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <tuple>
#include <set>
#include <unordered_map>

#include "core/text/format.hxx"
#include "core/text/legacy.hxx"
#include "core/text/text.hxx"

namespace sangkien::core::reading {

namespace {

// ---------------------------------------------------------------------------------------------
// What each field's headings say: key phrases and the phrases that rule the field out.
//
// Headings are read by meaning, not by a list of exact spellings. A heading's key (tone-free,
// lower case, punctuation as spaces) is scored against every field of its kind: a key phrase
// found as a run of the heading's words scores its weight, one more per word past the first; a
// phrase that opens the heading scores kOpeningBonus more, because Vietnamese puts the head noun
// first ("Đơn vị công tác của tác giả" is a unit, "Tác giả sáng kiến" an author). A phrase of
// `excluded` rules the field out. The best field wins when it reaches kMinimumScore and no other
// field scores as much; a tie is ambiguous and reported, never guessed. Each kind has a "not a
// field" row (field nullopt) for headings that look like ours but are not ("Phạm vi ảnh hưởng",
// "Tỷ lệ đóng góp"): when it wins, the column is none of ours.
//
// Document columns are decided before scoring (see document_field): a heading that names a
// document ("Số QĐ …", "Ngày VB …", "Recognition No.") is a document's number, date or both even
// when it also names the initiative or its value.

struct Phrase
{
    std::string_view words;
    int weight;
};

constexpr int kStrong = 3;  // a phrase that names the field on its own
constexpr int kWeak = 1;    // a phrase that names it only when it opens the heading
constexpr int kOpeningBonus = 3;
constexpr int kMinimumScore = 3;
constexpr int kExactScore = 100; // the whole heading is one of the field's short names ("STT", "ID")

struct FieldMeaning
{
    std::optional<Field> field; // nullopt: "not a field of ours"
    std::string_view id;
    SheetKind kind;
    std::vector<Phrase> phrases;
    std::vector<std::string_view> excluded = {};
    std::vector<std::string_view> exact = {}; // whole headings only (short or ambiguous words)
};

// Shorthand: strong phrases, weak phrases.
std::vector<Phrase> strong(std::initializer_list<std::string_view> words, std::initializer_list<std::string_view> weak = {})
{
    std::vector<Phrase> phrases;
    for (const auto w : words)
        phrases.push_back(Phrase{w, kStrong});
    for (const auto w : weak)
        phrases.push_back(Phrase{w, kWeak});
    return phrases;
}

const std::vector<FieldMeaning>& field_table()
{
    using K = SheetKind;
    static const std::vector<FieldMeaning> table{
        {Field::stt, "stt", K::initiatives, strong({"so thu tu"}), {}, {"stt", "so tt", "tt", "no", "number", "s tt", "thu tu"}},
        {Field::code, "code", K::initiatives,
         strong({"ma sang kien", "ma so sang kien", "ma ho so", "ma tren he thong", "ma so", "initiative code", "portal id", "code"},
                {"ma"}),
         {"don vi", "dv", "cdcs", "so thue", "tinh", "huyen"}, {"ma", "id", "ma sk", "ma so"}},
        {Field::title, "title", K::initiatives,
         strong({"ten sang kien", "ten giai phap", "ten de tai", "ten cong trinh", "ten sk", "noi dung sang kien",
                 "ten sang kien giai phap", "initiative title", "name of initiative", "title"},
                {"sang kien", "giai phap", "de tai", "cong trinh", "initiative", "sk"}),
         {"so luong", "tong so", "ty le", "so sang kien", "tuldtt", "quy che", "thoa uoc"}, {"y tuong"}},
        {Field::authors, "authors", K::initiatives,
         strong({"tac gia", "dong tac gia", "nhom tac gia", "nguoi de xuat", "chu nhiem", "thanh vien", "nguoi thuc hien",
                 "ho va ten", "ho ten", "nguoi gui", "nguoi dang ky", "author", "authors", "author s", "inventor",
                 "co author", "co authors"},
                {"ca nhan"}),
         {"ty le", "ngay sinh", "nam sinh", "so luong", "so tac gia", "chu ky", "ky ten", "giam khao", "msnv", "ma so"}},
        {Field::position, "position", K::initiatives,
         strong({"chuc vu", "nghe nghiep", "chuc danh", "job title", "occupation", "position"}), {"giam khao", "nguoi ky"}},
        {Field::unit, "unit", K::initiatives,
         strong({"don vi cong tac", "noi cong tac", "noi lam viec", "co quan cong tac", "ten don vi", "co quan don vi", "don vi",
                 "co quan", "bo phan", "phong ban", "phan xuong", "nha may", "khoa vien", "organisation", "organization", "unit",
                 "workplace",
                 // the direct units of a province: districts and sector unions
                 "ldld huyen", "lien doan lao dong huyen", "lien doan lao dong", "ldld", "don vi truc thuoc", "don vi cap huyen",
                 "cong doan nganh", "cd nganh", "district", "district union"}),
         {"don vi tinh", "dvt", "ma don vi", "trien khai"}, {"dv", "khoa", "phong", "phong doi"}},
        // Read as the unit itself unless the list also has a unit column (a province's list:
        // LĐLĐ huyện | CĐCS).
        {Field::grassroots_unit, "grassroots_unit", K::initiatives,
         strong({"cdcs", "cong doan co so", "don vi cdcs", "grassroots union", "grassroots unit"}), {"so cdcs"}},
        {Field::block, "block", K::initiatives, strong({"khoi", "loai hinh", "sector"}), {"khoi luong"}},
        {Field::target_group, "target_group", K::initiatives,
         strong({"nhom doi tuong", "doi tuong", "phan loai can bo", "target group"}), {"doi tuong ap dung", "pham vi"}},
        {Field::solution_type, "solution_type", K::initiatives,
         strong({"loai giai phap", "loai sang kien", "phan loai", "solution type", "type", "category"}, {"loai"}),
         {"loai hinh", "xep loai"}},
        {Field::domain, "domain", K::initiatives, strong({"linh vuc", "linh vua" /* a real form's typo */, "domain", "field", "area"})},
        {Field::updated_on, "updated_on", K::initiatives,
         strong({"ngay cap nhat", "cap nhat", "ngay dang", "ngay gui", "ngay nhap", "dang tai", "len he thong", "thoi gian dang",
                 "thoi gian gui", "upload date", "uploaded", "updated", "update date", "date uploaded", "date updated",
                 "submitted", "ngay nop"})},
        {Field::status, "status", K::initiatives,
         strong({"trang thai", "tinh trang", "ket qua duyet", "ket qua xet duyet", "ket qua tham dinh", "ket qua xet",
                 "xet duyet", "status", "approval"},
                {"duyet"}),
         {"cham diem", "xep loai", "khen thuong", "giai phap da biet"}},
        {Field::value, "value", K::initiatives,
         strong({"gia tri lam loi", "lam loi", "loi ich kinh te", "so tien lam loi", "hieu qua kinh te", "gia tri kinh te",
                 "loi ich", "gtll", "benefit", "economic benefit", "value"},
                {"gia tri", "so tien", "thanh tien"}),
         {"xa hoi", "nhan van"}},
        {Field::social_value, "social_value", K::initiatives,
         strong({"gia tri xa hoi", "xa hoi", "nhan van", "social", "humane"})},
        // Document columns: decided by document_field, never by scoring (no phrases here).
        {Field::recognition, "recognition", K::initiatives, {}},
        {Field::recognition_number, "recognition_number", K::initiatives, {}},
        {Field::recognition_date, "recognition_date", K::initiatives, {}},
        {Field::value_document, "value_document", K::initiatives, {}},
        {Field::value_document_number, "value_document_number", K::initiatives, {}},
        {Field::value_document_date, "value_document_date", K::initiatives, {}},
        {Field::note, "note", K::initiatives, strong({"ghi chu", "note", "notes", "remarks", "chu thich"})},
        {std::nullopt, "", K::initiatives,
         strong({"pham vi", "tom tat", "mo ta", "cham diem", "diem", "xep loai", "ty le", "so luong", "ngay sinh", "nam sinh",
                 "trinh do", "thoi gian ap dung", "kha nang ap dung", "hieu qua ap dung", "dieu kien ap dung", "gioi tinh",
                 "dan toc", "dien thoai", "email", "dia chi", "chu ky", "ky ten", "cap cong nhan", "don vi tinh", "dvt",
                 "thoi gian thuc hien", "ma don vi", "tong so", "ngay bat dau", "nam ap dung", "birth", "chu dau tu", "de nghi",
                 "y kien", "hieu qua thuc te", "anh huong", "don vi cong nhan", "don vi ban hanh", "loi ich thu duoc",
                 "loi ich mang lai", "du kien", "dinh kem", "thu lao", "giam khao", "khen thuong", "giai phap da biet", "trien khai",
                 "msnv", "ma nhan vien"})},

        {Field::union_name, "union_name", K::unions,
         strong({"ten cdcs", "ten don vi", "cong doan co so", "ten cong doan co so", "don vi", "cdcs", "union", "unit",
                 "grassroots union", "name", "ldld huyen cd nganh", "ldld huyen", "don vi truc thuoc", "ten don vi truc thuoc"},
                {"ten"}),
         {"don vi tinh", "dvt", "so cdcs"}},
        {Field::union_block, "union_block", K::unions, strong({"khoi", "loai hinh", "phan loai don vi", "phan loai", "sector"}),
         {"nha nuoc"}},
        {Field::members, "members", K::unions,
         strong({"so doan vien", "doan vien", "tong so doan vien", "dvcd", "so dv", "tong so dv", "members"})},
        {Field::quota, "quota", K::unions,
         strong({"chi tieu", "chi tieu sang kien", "chi tieu giao", "tong chi tieu", "quota", "so sang kien duoc giao"})},
        {Field::quota_phase, "quota_phase", K::unions,
         strong({"chi tieu giai doan", "chi tieu dot", "chi tieu nam", "giai doan", "dot"}), {"tong chi tieu"}},
        {Field::labour_agreement, "labour_agreement", K::unions,
         strong({"tuldtt", "thoa uoc", "thoa uoc lao dong tap the", "quy che", "tuldtt quy che", "quy che co noi dung sang kien",
                 "tuldtt quy che co noi dung sang kien", "labour agreement"})},
        {Field::union_note, "union_note", K::unions, strong({"ghi chu", "note", "notes"})},
        {std::nullopt, "", K::unions, strong({"dvt", "don vi tinh", "ty le", "dia chi", "dien thoai", "chu tich", "dvcd nam", "dvcd nu",
                                              "doan vien nam", "doan vien nu"})},

        {Field::person_name, "person_name", K::people,
         strong({"ho ten", "ho va ten", "ca nhan", "name", "full name"}, {"ten"})},
        {Field::person_position, "person_position", K::people,
         strong({"chuc vu", "chuc danh", "chuc vu nghe nghiep", "nghe nghiep", "position"})},
        {Field::person_unit, "person_unit", K::people,
         strong({"don vi", "cdcs", "cong doan co so", "cong doan", "don vi cong tac", "noi cong tac", "co quan", "unit"}),
         {"don vi tinh", "dvt"}},
        {Field::support_team, "support_team", K::people,
         strong({"to ho tro", "thuoc to ho tro", "to ho tro sang kien", "thanh vien to ho tro", "support team"})},
        {Field::contribution, "contribution", K::people,
         strong({"dong gop", "noi dung dong gop", "thanh tich", "thanh tich dong gop", "tom tat dong gop", "contribution"})},
        {std::nullopt, "", K::people, strong({"ngay sinh", "nam sinh", "gioi tinh", "dien thoai", "ty le"})},

        {Field::setting_label, "setting_label", K::settings, strong({"muc", "noi dung", "thong tin", "ten muc"})},
        {Field::setting_value, "setting_value", K::settings, strong({"gia tri"})},
    };
    return table;
}

const FieldMeaning* info_of(Field field)
{
    for (const auto& info : field_table())
        if (info.field == field)
            return &info;
    return nullptr;
}

// The index of the first run of a phrase's words ("gia tri lam loi") in `words`, if any, found
// without splitting the phrase: every heading cell of every candidate row is scored against every
// phrase, so this runs millions of times.
std::optional<std::size_t> find_phrase(const std::vector<std::string_view>& words, std::string_view phrase)
{
    const std::string_view first = phrase.substr(0, phrase.find(' '));
    for (std::size_t at = 0; at < words.size(); ++at)
    {
        if (words[at] != first)
            continue;
        std::size_t w = at, pos = 0;
        while (w < words.size())
        {
            const std::size_t end = std::min(phrase.find(' ', pos), phrase.size());
            if (phrase.substr(pos, end - pos) != words[w])
                break;
            ++w;
            if (end == phrase.size())
                return at;
            pos = end + 1;
        }
    }
    return std::nullopt;
}

bool has_any(const std::vector<std::string_view>& words, std::initializer_list<std::string_view> phrases)
{
    for (const auto phrase : phrases)
        if (find_phrase(words, phrase))
            return true;
    return false;
}

// The first position of any of the phrases; words.size() when none is there.
std::size_t first_of(const std::vector<std::string_view>& words, std::initializer_list<std::string_view> phrases)
{
    std::size_t first = words.size();
    for (const auto phrase : phrases)
        if (const auto at = find_phrase(words, phrase))
            first = std::min(first, *at);
    return first;
}

// A document's number, date or both: the heading names a document ("quyết định", "QĐ", "văn bản",
// "VB", "giấy chứng nhận", "recognition"…), or says "công nhận"/"xác nhận" beside "số" or "ngày",
// before it names anything else ("Giá trị làm lợi theo văn bản xác nhận" is the value). Which
// document: the value's when it names the value, else the initiative's.
std::optional<Field> document_field(const std::vector<std::string_view>& words)
{
    const std::size_t noun = first_of(words, {"quyet dinh", "qd", "van ban", "vb", "giay chung nhan", "gcn", "chung nhan",
                                              "giay xac nhan", "recognition", "certificate", "decision", "document"});
    const bool english_noun = has_any(words, {"recognition", "certificate", "decision", "document"});
    const bool verb = has_any(words, {"cong nhan", "xac nhan", "recognised", "recognized", "certified", "ban hanh"});
    // "số" that is a number, not "số tiền", "số lượng", "số TT", "số đoàn viên".
    std::size_t number_word = words.size();
    for (std::size_t i = 0; i < words.size(); ++i)
    {
        const auto next = i + 1 < words.size() ? words[i + 1] : std::string_view();
        if ((words[i] == "so" && next != "tien" && next != "luong" && next != "tt" && next != "thu" && next != "doan"
             && next != "sang")
            || words[i] == "no" || words[i] == "number" || (words[i] == "ky" && next == "hieu"))
        {
            number_word = i;
            break;
        }
    }
    const std::size_t date_word = first_of(words, {"ngay", "date", "thoi gian ban hanh"});
    const bool has_number = number_word < words.size(), has_date = date_word < words.size();
    const std::size_t signal = std::min({noun, verb ? number_word : words.size(), verb ? date_word : words.size()});
    if (signal == words.size() || has_any(words, {"dinh kem", "tep", "file", "ban scan"}))
        return std::nullopt;
    // Something else named first: the heading is about that thing.
    const std::size_t other = first_of(words, {"gia tri", "so tien", "loi ich", "hieu qua", "ten", "ma", "trang thai",
                                               "tinh trang", "cap", "don vi", "linh vuc", "ghi chu", "tac gia"});
    if (other < signal && !english_noun)
        return std::nullopt;
    const bool value = has_any(words, {"gia tri", "lam loi", "loi ich", "hieu qua", "gtll", "benefit", "value", "so tien"});
    if (has_number == has_date)
        return value ? Field::value_document : Field::recognition;
    if (has_number)
        return value ? Field::value_document_number : Field::recognition_number;
    return value ? Field::value_document_date : Field::recognition_date;
}

int phrase_score(const std::vector<std::string_view>& words, const Phrase& phrase)
{
    const auto at = find_phrase(words, phrase.words);
    if (!at)
        return 0;
    const auto extra_words = static_cast<int>(std::count(phrase.words.begin(), phrase.words.end(), ' '));
    return phrase.weight + extra_words + (*at == 0 ? kOpeningBonus : 0);
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

namespace {
HeadingMeaning score_heading(const std::string& heading_key, SheetKind kind);
} // namespace

HeadingMeaning meaning_of_heading(const std::string& heading_key, SheetKind kind)
{
    // Every candidate heading row of every sheet is scored for every kind of sheet, most of them
    // more than once: remembered per thread, forgotten when it grows.
    constexpr std::size_t kKinds = static_cast<std::size_t>(SheetKind::comments) + 1;
    thread_local std::array<std::unordered_map<std::string, HeadingMeaning>, kKinds> known;
    auto& memo = known.at(static_cast<std::size_t>(kind));
    if (const auto it = memo.find(heading_key); it != memo.end())
        return it->second;
    if (memo.size() > 20'000)
        memo.clear();
    return memo.emplace(heading_key, score_heading(heading_key, kind)).first->second;
}

namespace {

HeadingMeaning score_heading(const std::string& heading_key, SheetKind kind)
{
    HeadingMeaning meaning;
    if (heading_key.empty() || is_provenance_heading(heading_key))
        return meaning;
    const auto words = split_words(heading_key);
    if (kind == SheetKind::initiatives)
        if (const auto document = document_field(words))
        {
            meaning.field = document;
            meaning.score = kExactScore;
            return meaning;
        }
    struct Scored
    {
        std::optional<Field> field;
        int score;
    };
    std::vector<Scored> scores;
    for (const FieldMeaning& info : field_table())
    {
        if (info.kind != kind)
            continue;
        int score = 0;
        if (std::find(info.exact.begin(), info.exact.end(), heading_key) != info.exact.end())
            score = kExactScore;
        else
        {
            for (const Phrase& phrase : info.phrases)
                score = std::max(score, phrase_score(words, phrase));
            for (const auto excluded : info.excluded)
                if (find_phrase(words, excluded))
                    score = 0;
        }
        if (score > 0)
            scores.push_back(Scored{info.field, score});
    }
    std::stable_sort(scores.begin(), scores.end(), [](const Scored& a, const Scored& b) { return a.score > b.score; });
    if (scores.empty() || scores.front().score < kMinimumScore)
        return meaning;
    meaning.score = scores.front().score;
    if (scores.size() > 1 && scores[1].score == scores.front().score && scores[1].field != scores.front().field)
    {
        meaning.ambiguous = true;
        for (const Scored& scored : scores)
            if (scored.score == meaning.score && scored.field)
                meaning.rivals.push_back(*scored.field);
        return meaning;
    }
    meaning.field = scores.front().field;
    return meaning;
}

} // namespace

std::optional<Field> best_field(const std::string& heading_key, SheetKind kind)
{
    return meaning_of_heading(heading_key, kind).field;
}

bool name_means(const std::string& sheet_key, SheetKind kind)
{
    static const std::map<SheetKind, std::vector<std::string_view>> names{
        {SheetKind::initiatives,
         {"sang kien", "danh sach sang kien", "so theo doi sang kien", "sang kien 01 trieu", "ds sang kien", "tong hop sang kien",
          "initiatives", "initiative list"}},
        {SheetKind::unions,
         {"cong doan co so", "cdcs", "don vi truc thuoc", "danh sach don vi truc thuoc", "chi tieu don vi", "danh sach cdcs", "danh sach cong doan co so", "chi tieu", "chi tieu cdcs", "ds cdcs", "giao chi tieu",
          "chi tieu sang kien", "tong hop chi tieu", "phan bo chi tieu", "unions", "grassroots unions", "quotas"}},
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
        if (info.field && info.id == id)
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
        if (info.kind == kind && info.field)
            fields.push_back(*info.field);
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
