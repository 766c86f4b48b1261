# The covering letter of the feedback to a CĐCS (issue 28): a Công văn in the form of NĐ 30/2020
# (Phụ lục I, mẫu 1.4) — the trích yếu "V/v …" under the number, "Kính gửi" to the unit, the body,
# "Nơi nhận" and the signature. One letter per unit, filled by Phản hồi cho CĐCS with the unit's
# own figures (core::feedback_letter_data). See common.py for how to run.
from common import *

subject_style = pstyle("Subject", size="12pt", align="center", before="0.1cm")

def letter_header():
    left = (p("FirstPage", "{{co_quan_cap_tren}}") + p("Issuer", "{{don_vi}}") + '<text:p text:style-name="Rule"/>'
            + p("Number", "Số: {{so_cong_van}}") + p("Subject", "V/v phản hồi kết quả rà soát sổ sáng kiến"))
    right = (p("Nation", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + p("Motto", "Độc lập - Tự do - Hạnh phúc") +
             '<text:p text:style-name="Rule motto"/>' + p("Date line", "{{dong_ngay}}"))
    return layout_table("Header", [6.2, 10.3], [row(cell(left), cell(right))])

def letter_signature():
    left = layout_table("Recipients", [7.2], [row(cell(p("Recipients heading", "Nơi nhận:"))),
                                              row(cell(p("Recipients", "- Như trên;"))),
                                              row(cell(p("Recipients", "- Lưu: VT.")))])
    right = (p("Authority", "{{tham_quyen}}") + p("Signer", "{{chuc_vu_ky}}") +
             p("Signature space", "") + p("Signer", "{{nguoi_ky}}"))
    return layout_table("Signature", [7.6, 8.9], [row(cell(left), cell(right))])

body = "".join([
    letter_header(),
    p("Addressee", "Kính gửi: Ban Chấp hành {{don_vi_nhan}}"),
    p("Body", "Thực hiện kế hoạch tổng kết Chương trình “{{chuong_trinh}}”, {{don_vi_ten}} đã rà soát sổ sáng kiến của {{don_vi_nhan}}: "
              "{{so_sang_kien_don_vi|so}} sáng kiến, trong đó {{so_hop_le_don_vi|so}} sáng kiến hợp lệ và {{so_dat_don_vi|so}} sáng kiến "
              "đạt tiêu chí khen thưởng cá nhân. {{chi_tieu_phan_hoi}}"),
    p("Body no indent", "{{#neu so_can_bo_sung}}"),
    p("Body", "Sổ còn {{so_can_bo_sung|so}} sáng kiến chưa đạt tiêu chí khen thưởng cá nhân."),
    p("Body no indent", "{{/neu}}"),
    p("Body no indent", "{{#neu so_loi_don_vi}}"),
    p("Body", "Sổ có {{so_loi_don_vi|so}} lỗi dữ liệu cần sửa."),
    p("Body no indent", "{{/neu}}"),
    p("Body no indent", "{{#neu can_sua}}"),
    p("Body", "Từng sáng kiến, việc cần bổ sung và vị trí cần sửa trong sổ (tệp, trang, dòng, cột) được ghi trong tệp kèm theo {{tep_phan_hoi}}."),
    p("Body no indent", "{{/neu}}"),
    p("Body no indent", "{{#neu han_gui_lai}}"),
    p("Body", "Đề nghị {{don_vi_nhan}} sửa, bổ sung ngay trong sổ sáng kiến của đơn vị và gửi lại cho {{don_vi_ten}} trước ngày {{han_gui_lai}}."),
    p("Body no indent", "{{/neu}}"),
    p("Body no indent", "{{#khong han_gui_lai}}"),
    p("Body", "Đề nghị {{don_vi_nhan}} sửa, bổ sung ngay trong sổ sáng kiến của đơn vị và gửi lại cho {{don_vi_ten}} trong thời gian sớm nhất."),
    p("Body no indent", "{{/khong}}"),
    p("Body", "Trân trọng./."),
    letter_signature(),
])

doc = document("Công văn phản hồi kết quả rà soát sổ sáng kiến", body,
               tables=[("Header", 16.5, [6.2, 10.3]), ("Signature", 16.5, [7.6, 8.9]), ("Recipients", 7.2, [7.2])])
save("CongVanPhanHoi", doc.replace("</office:styles>", subject_style + "</office:styles>", 1))
