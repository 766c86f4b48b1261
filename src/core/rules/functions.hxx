// The logic of the SK.* Calc functions (SPEC §4) over plain cells, so that the add-in only
// converts UNO values. Every function returns a value or a reason it has none: `unreadable` input
// becomes Err:502 in Calc (the message is the reason), `not_applicable` becomes #N/A.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/rules/rules.hxx"

namespace sangkien::core {

template <typename T>
struct Outcome
{
    std::optional<T> value;
    std::string message;        // why there is no value, in the requested language
    bool not_applicable = false; // #N/A rather than Err:502

    static Outcome ok(T v) { return Outcome{std::move(v), {}, false}; }
    static Outcome error(std::string m) { return Outcome{std::nullopt, std::move(m), false}; }
    static Outcome missing(std::string m) { return Outcome{std::nullopt, std::move(m), true}; }
};

// A column of cells from a range argument, kept as its distinct values and one index per row: a
// unit or status column of 100,000 rows holds a few hundred distinct texts, and the functions
// match, parse and judge each distinct value once.
class CellColumn
{
public:
    CellColumn() = default;
    CellColumn(std::initializer_list<Cell> cells);

    // Appends a row; texts equal to an earlier one share its index. Returns the row's index.
    std::uint32_t push_back(const Cell& cell);
    // Appends a row holding the value of an earlier row's index (for adapters that already know
    // two cells are the same).
    void push_index(std::uint32_t index) { rows_.push_back(index); }

    std::size_t size() const { return rows_.size(); }
    const Cell& operator[](std::size_t row) const { return values_[rows_[row]]; }
    std::uint32_t index(std::size_t row) const { return rows_[row]; }
    std::size_t distinct_count() const { return values_.size(); }
    const Cell& value(std::uint32_t index) const { return values_[index]; }

private:
    std::vector<Cell> values_;
    std::vector<std::uint32_t> rows_;
    std::unordered_map<std::string, std::uint32_t> text_index_;
    std::optional<std::uint32_t> empty_index_;
};

Outcome<double> fn_tien(const Cell& text, Language language);
Outcome<double> fn_ngay(const Cell& text, Language language);
// `unit`: omitted → "đồng"; an empty text → no unit word.
Outcome<std::string> fn_tien_chu(const Cell& amount, const std::optional<Cell>& unit, Language language);
Outcome<std::string> fn_ngay_thang(const Cell& date, const std::optional<Cell>& place, Language language);
Outcome<std::string> fn_chuan_hoa(const Cell& text, Language language);
// A text key (upper-case hexadecimal) that sorts names by Vietnamese name order in any locale.
Outcome<std::string> fn_khoa_ten(const Cell& name, Language language);

struct IndividualArguments
{
    Cell status, updated, recognition_number, recognition_date, value_document_number, value_document_date, value;
    std::optional<Cell> social;
};

// "Đạt" or "Không đạt: <reasons>" under `criteria`.
Outcome<std::string> fn_xet_ca_nhan(const IndividualArguments& arguments, const Criteria& criteria, Language language);
// "Đạt" or "Không đạt: <n>/<quota> (<p>%)".
Outcome<std::string> fn_xet_tap_the(const Cell& valid_count, const Cell& quota, Language language);
// Valid initiatives of `unit` (names matched tolerantly), updated by the cut-off when `updated`
// is given. Ranges must have the same number of rows.
Outcome<double> fn_dem_hop_le(const CellColumn& units, const Cell& unit, const CellColumn& statuses,
                              const std::optional<CellColumn>& updated, const Criteria& criteria, Language language);
// Total benefit value in đồng of `unit`'s rows (text amounts read; other currencies skipped).
Outcome<double> fn_tong_gia_tri(const CellColumn& units, const Cell& unit, const CellColumn& values, Language language);

// One row of SK.TONGHOPCDCS: what SK.DEMHOPLE and SK.TONGGIATRI give for one unit, plus the
// number of initiatives it uploaded (every row naming it).
struct UnitTotals
{
    double uploaded = 0;
    double valid = 0;
    double value = 0;
};

// The whole per-CĐCS table in one pass: one row per cell of `unit_list`, in its order (an empty
// cell gives an empty row: nullopt). Rows whose unit is in none of the list are ignored; a name
// listed twice gets the same figures both times. Same matching, counting and summing as the two
// single-unit functions.
Outcome<std::vector<std::optional<UnitTotals>>> fn_tong_hop_cdcs(const CellColumn& unit_list, const CellColumn& units,
                                                                 const CellColumn& statuses, const CellColumn& values,
                                                                 const std::optional<CellColumn>& updated,
                                                                 const Criteria& criteria, Language language);

} // namespace sangkien::core
