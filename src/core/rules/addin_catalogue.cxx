#include "core/rules/addin_catalogue.hxx"

#include <algorithm>
#include <array>
#include <cctype>

namespace sangkien::core {

namespace {

constexpr AddInArgument arg(std::string_view key, bool optional = false)
{
    return AddInArgument{key, optional, false};
}

// The calling document (a hidden XPropertySet argument): its Thông tin sheet holds the criteria.
constexpr AddInArgument kDocument{"addin.arg.document", false, true};

constexpr std::array kTien{arg("addin.arg.text")};
constexpr std::array kNgay{arg("addin.arg.date_text")};
constexpr std::array kTienChu{arg("addin.arg.amount"), arg("addin.arg.unit", true)};
constexpr std::array kNgayThang{arg("addin.arg.date"), arg("addin.arg.place", true)};
constexpr std::array kChuanHoa{arg("addin.arg.text")};
constexpr std::array kKhoaTen{arg("addin.arg.name")};
constexpr std::array kXetCaNhan{kDocument,
                                arg("addin.arg.status"),
                                arg("addin.arg.updated"),
                                arg("addin.arg.recognition_number"),
                                arg("addin.arg.recognition_date"),
                                arg("addin.arg.value_document_number"),
                                arg("addin.arg.value_document_date"),
                                arg("addin.arg.value"),
                                arg("addin.arg.social", true)};
constexpr std::array kXetTapThe{arg("addin.arg.valid_count"), arg("addin.arg.quota")};
constexpr std::array kDemHopLe{kDocument, arg("addin.arg.units"), arg("addin.arg.unit_name"), arg("addin.arg.statuses"),
                               arg("addin.arg.updated_range", true)};
constexpr std::array kTongGiaTri{arg("addin.arg.units"), arg("addin.arg.unit_name"), arg("addin.arg.values")};
constexpr std::array kTongHopCdcs{kDocument,
                                  arg("addin.arg.unit_list"),
                                  arg("addin.arg.units"),
                                  arg("addin.arg.statuses"),
                                  arg("addin.arg.values"),
                                  arg("addin.arg.updated_range", true)};

constexpr std::array kFunctions{
    AddInFunction{"tien", "SK.TIEN", "addin.tien.description", kTien},
    AddInFunction{"ngay", "SK.NGAY", "addin.ngay.description", kNgay},
    AddInFunction{"tienChu", "SK.TIENCHU", "addin.tienchu.description", kTienChu},
    AddInFunction{"ngayThang", "SK.NGAYTHANG", "addin.ngaythang.description", kNgayThang},
    AddInFunction{"chuanHoa", "SK.CHUANHOA", "addin.chuanhoa.description", kChuanHoa},
    AddInFunction{"khoaTen", "SK.KHOATEN", "addin.khoaten.description", kKhoaTen},
    AddInFunction{"xetCaNhan", "SK.XETCANHAN", "addin.xetcanhan.description", kXetCaNhan},
    AddInFunction{"xetTapThe", "SK.XETTAPTHE", "addin.xettapthe.description", kXetTapThe},
    AddInFunction{"demHopLe", "SK.DEMHOPLE", "addin.demhople.description", kDemHopLe},
    AddInFunction{"tongGiaTri", "SK.TONGGIATRI", "addin.tonggiatri.description", kTongGiaTri},
    AddInFunction{"tongHopCdcs", "SK.TONGHOPCDCS", "addin.tonghopcdcs.description", kTongHopCdcs},
};

bool equal_ignoring_ascii_case(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
           });
}

} // namespace

std::string argument_description_key(const AddInArgument& argument)
{
    return std::string(argument.name_key) + ".description";
}

std::span<const AddInFunction> addin_functions()
{
    return kFunctions;
}

const AddInFunction* find_addin_function_by_programmatic_name(std::string_view name)
{
    const auto found = std::find_if(kFunctions.begin(), kFunctions.end(),
                                    [name](const AddInFunction& f) { return f.programmatic_name == name; });
    return found == kFunctions.end() ? nullptr : &*found;
}

const AddInFunction* find_addin_function_by_display_name(std::string_view name)
{
    const auto found = std::find_if(kFunctions.begin(), kFunctions.end(), [name](const AddInFunction& f) {
        return equal_ignoring_ascii_case(f.display_name, name);
    });
    return found == kFunctions.end() ? nullptr : &*found;
}

} // namespace sangkien::core
