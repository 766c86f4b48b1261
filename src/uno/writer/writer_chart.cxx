#include "writer/writer_chart.hxx"

#include <algorithm>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/XChartDataArray.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/chart/XAxisXSupplier.hpp>
#include <com/sun/star/chart/XDiagram.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/TextContentAnchorType.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include "sangkien/uno_common/ustring.hxx"
#include "writer/writer_marks.hxx"

namespace sangkien::uno {

using namespace com::sun::star;

namespace {

// A real chart (an embedded Calc chart the user can edit in Writer) in place of the marker.
void insert_chart(const css::uno::Reference<lang::XComponent>& document, const css::uno::Reference<text::XTextRange>& range,
                  const core::ChartSpec& spec)
{
    const css::uno::Reference<lang::XMultiServiceFactory> factory(document, css::uno::UNO_QUERY_THROW);
    const css::uno::Reference<text::XTextContent> object(factory->createInstance(ascii("com.sun.star.text.TextEmbeddedObject")),
                                                        css::uno::UNO_QUERY_THROW);
    const css::uno::Reference<beans::XPropertySet> properties(object, css::uno::UNO_QUERY_THROW);
    properties->setPropertyValue(ascii("CLSID"), css::uno::Any(ascii("12dcae26-281f-416f-a234-c3086127382e")));
    properties->setPropertyValue(ascii("AnchorType"), css::uno::Any(text::TextContentAnchorType_AS_CHARACTER));
    const sal_Int32 height = 7000 + 550 * static_cast<sal_Int32>(std::max<std::size_t>(spec.categories.size(), 6) - 6);
    properties->setPropertyValue(ascii("Width"), css::uno::Any(sal_Int32(16000)));
    properties->setPropertyValue(ascii("Height"), css::uno::Any(std::min<sal_Int32>(height, 20000)));
    range->setString(rtl::OUString());
    range->getText()->insertTextContent(range, object, true);

    const css::uno::Reference<chart::XChartDocument> chart(
        css::uno::Reference<document::XEmbeddedObjectSupplier>(object, css::uno::UNO_QUERY_THROW)->getEmbeddedObject(),
        css::uno::UNO_QUERY_THROW);
    // A chart inserted through the API starts without a diagram: a bar diagram first, then data.
    const auto diagram = css::uno::Reference<lang::XMultiServiceFactory>(chart, css::uno::UNO_QUERY_THROW)
                             ->createInstance(ascii("com.sun.star.chart.BarDiagram"));
    chart->setDiagram(css::uno::Reference<chart::XDiagram>(diagram, css::uno::UNO_QUERY_THROW));
    css::uno::Sequence<css::uno::Sequence<double>> values(static_cast<sal_Int32>(spec.categories.size()));
    css::uno::Sequence<rtl::OUString> rows(static_cast<sal_Int32>(spec.categories.size()));
    // Horizontal bars are drawn from the bottom up: the list's first item goes last to read first.
    const std::size_t count = spec.categories.size();
    for (std::size_t i = 0; i < count; ++i)
    {
        const std::size_t from = count - 1 - i;
        rows.getArray()[i] = to_ustring(spec.categories[from]);
        css::uno::Sequence<double> row(static_cast<sal_Int32>(spec.series.size()));
        for (std::size_t j = 0; j < spec.series.size(); ++j)
            row.getArray()[j] = spec.values[from][j];
        values.getArray()[i] = row;
    }
    css::uno::Sequence<rtl::OUString> columns(static_cast<sal_Int32>(spec.series.size()));
    for (std::size_t j = 0; j < spec.series.size(); ++j)
        columns.getArray()[j] = to_ustring(spec.series[j]);
    const css::uno::Reference<chart::XChartDataArray> data(chart->getData(), css::uno::UNO_QUERY_THROW);
    data->setData(values);
    data->setRowDescriptions(rows);
    data->setColumnDescriptions(columns);
    const css::uno::Reference<beans::XPropertySet> chart_properties(chart, css::uno::UNO_QUERY_THROW);
    chart_properties->setPropertyValue(ascii("HasMainTitle"), css::uno::Any(true));
    css::uno::Reference<beans::XPropertySet>(chart->getTitle(), css::uno::UNO_QUERY_THROW)
        ->setPropertyValue(ascii("String"), css::uno::Any(to_ustring(spec.title)));
    chart_properties->setPropertyValue(ascii("HasLegend"), css::uno::Any(true));
    // Horizontal bars: unit names are long.
    css::uno::Reference<beans::XPropertySet>(chart->getDiagram(), css::uno::UNO_QUERY_THROW)
        ->setPropertyValue(ascii("Vertical"), css::uno::Any(true));
    // Every unit named beside its bar: the chart would leave out every other label that does not
    // fit; wrapped in a smaller type they fit the room each bar has (the chart grows with them,
    // and past chart_for's limit a table takes its place).
    const css::uno::Reference<chart::XAxisXSupplier> axes(chart->getDiagram(), css::uno::UNO_QUERY);
    if (axes.is() && axes->getXAxis().is())
    {
        const css::uno::Reference<beans::XPropertySet> axis(axes->getXAxis(), css::uno::UNO_QUERY_THROW);
        axis->setPropertyValue(ascii("TextBreak"), css::uno::Any(true));
        axis->setPropertyValue(ascii("TextCanOverlap"), css::uno::Any(true));
        axis->setPropertyValue(ascii("CharHeight"), css::uno::Any(7.0f));
    }
}

} // namespace

void fill_charts(const css::uno::Reference<lang::XComponent>& document, const core::FillData& data, core::Language language,
                 std::vector<std::string>& problems)
{
    for (const auto& range : find_all(document, kMarkerPattern, true))
    {
        const core::Marker marker = core::parse_marker(to_utf8(range->getString()));
        if (marker.kind != core::MarkerKind::value || marker.name.rfind("bieu_do", 0) != 0)
            continue;
        if (const auto spec = core::chart_for(marker.name, data))
        {
            try
            {
                insert_chart(document, range, *spec);
            }
            catch (const css::uno::Exception& e)
            {
                problems.push_back(core::format(language, "document.chart_failed", {to_utf8(e.Message)}));
            }
        }
    }
}

} // namespace sangkien::uno
