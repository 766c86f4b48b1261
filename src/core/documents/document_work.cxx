#include "core/documents/document_work.hxx"

namespace sangkien::core {

DocumentLists document_lists(DocumentKind kind)
{
    switch (kind)
    {
    case DocumentKind::report:
        return {{}, {"cdcs", "linh_vuc", "doi_tuong", "khoi", "tieu_bieu_linh_vuc", "tieu_bieu_doi_tuong", "tap_the", "ca_nhan", "noi_nhan"}};
    case DocumentKind::proposal:
    case DocumentKind::decision:
        return {{}, {"tap_the", "ca_nhan", "noi_nhan"}};
    case DocumentKind::minutes:
    case DocumentKind::achievements:
        return {{}, {"de_nghi"}};
    // Measured on a 20,000-initiative district: a collective's report (its initiatives listed)
    // takes about 20 ms a page to fill and 15 to store in each format, a person's 11 and 6, a
    // Giấy khen 2.5 and 3.
    case DocumentKind::collective_report:
        return {{"tap_the"}, {}, 20, 15};
    case DocumentKind::individual_report:
        return {{"ca_nhan"}, {}, 11, 6};
    case DocumentKind::certificates:
        return {{"de_nghi"}, {}, 2.5, 3};
    }
    return {};
}

namespace {

double items(const FillData& data, const std::vector<std::string>& lists)
{
    double count = 0;
    for (const auto& list : lists)
        if (const auto found = data.lists.find(list); found != data.lists.end())
            count += static_cast<double>(found->second.size());
    return count;
}

} // namespace

DocumentWork document_work(DocumentKind kind, const FillData& data)
{
    const DocumentLists lists = document_lists(kind);
    const double pages = items(data, lists.pages);
    const double rows = items(data, lists.rows);
    // Measured: a template loads in about 0.3 s; a table row takes about half a millisecond to
    // fill; storing a document of a few pages about 0.8 s; the markers and charts 0.1 s.
    constexpr double kRowFill = 0.5, kRowStore = 0.2, kOther = 100;
    return DocumentWork{300, kOther + pages * lists.page_fill + rows * kRowFill,
                        kOther + pages * kWorkPerPageItem + rows * kWorkPerListRow, 800 + pages * lists.page_store + rows * kRowStore};
}

double reading_work(std::size_t rows)
{
    return 500 + 0.15 * static_cast<double>(rows);
}

} // namespace sangkien::core
