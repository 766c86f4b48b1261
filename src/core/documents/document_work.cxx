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
    case DocumentKind::collective_report:
        return {{"tap_the"}, {}};
    case DocumentKind::individual_report:
        return {{"ca_nhan"}, {}};
    case DocumentKind::certificates:
        return {{"de_nghi"}, {}};
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
    // Measured: a template loads in about 0.3 s; a page per nominee takes 11–20 ms to fill and
    // about 6 ms more to store in each format; a table row about half a millisecond; storing a
    // document of a few pages about 0.8 s.
    return DocumentWork{300, 100 + pages * kWorkPerPageItem + rows * kWorkPerListRow, 800 + pages * 6 + rows * 0.2};
}

double reading_work(std::size_t rows)
{
    return 500 + 0.15 * static_cast<double>(rows);
}

} // namespace sangkien::core
