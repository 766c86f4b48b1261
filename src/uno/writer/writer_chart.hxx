// Charts in a Writer template: each {{bieu_do}}, {{bieu_do_cdcs}} or {{bieu_do_linh_vuc}} marker
// replaced by a real chart (an embedded chart the user can edit in Writer, horizontal bars) of
// what core::chart_for gives.
#pragma once

#include <string>
#include <vector>

#include <com/sun/star/lang/XComponent.hpp>

#include "core/documents/template_fill.hxx"

namespace sangkien::uno {

// A chart that cannot be made is a problem listed for the message after the fill.
void fill_charts(const css::uno::Reference<css::lang::XComponent>& document, const core::FillData& data, core::Language language,
                 std::vector<std::string>& problems);

} // namespace sangkien::uno
