# The award dossier's templates (DOSSIER.md): Tờ trình with its list, Biên bản, Tóm tắt thành tích,
# Quyết định with its list, Giấy khen (one page per awardee). See common.py for how to run.
from common import *

N = "Table number"; T = "Table text"; C = "Table centre"
BLANK = "……"

def recipients_table(first_lines=()):
    rows = [row(cell(p("Recipients heading", "Nơi nhận:")))]
    rows += [row(cell(p("Recipients", line))) for line in first_lines]
    rows.append(row(cell(p("Recipients", "{{noi_nhan.dong}}"))))
    return layout_table("Recipients", [7.2], rows)

def signature_block(first_lines=()):
    right = p("Authority", "{{tham_quyen}}") + p("Signer", "{{chuc_vu_ky}}") + p("Signature space", "") + p("Signer", "{{nguoi_ky}}")
    return layout_table("Signature", [7.6, 8.9], [row(cell(recipients_table(first_lines)), cell(right))])

def blocks_each(list_name, paragraphs):
    return p("Body no indent", "{{#moi %s}}" % list_name) + "".join(paragraphs) + p("Body no indent", "{{/moi}}")

def lists_appendix(kind, number_marker):
    return "".join([
        p("AppendixStart", "DANH SÁCH"),
        p("Appendix title", "Các tập thể, cá nhân %s {{hinh_thuc}} có thành tích xuất sắc trong Chương trình “{{chuong_trinh}}”" % kind),
        p("Appendix note", "(Kèm theo %s số {{%s}} ngày {{ngay}} của {{don_vi_ten}})" % ("Tờ trình" if number_marker == "so_to_trinh" else "Quyết định", number_marker)),
        p("Item heading", "I. TẬP THỂ ({{so_tap_the_de_nghi}})"),
        data_table("DsTapThe", [("STT", 1.2), ("Tên tập thể", 7.5), ("Thành tích tóm tắt", 11.5), ("Hình thức", 4.0)],
                   [("{{tap_the.stt}}", C), ("{{tap_the.ten}}", T), ("{{tap_the.thanh_tich}}", T), ("{{tap_the.hinh_thuc}}", C)]),
        p("Item heading", "II. CÁ NHÂN ({{so_ca_nhan_de_nghi}})"),
        data_table("DsCaNhan", [("STT", 1.2), ("Họ và tên", 3.6), ("Chức vụ", 2.8), ("Đơn vị", 3.6), ("Tên sáng kiến", 4.6),
                                ("Giá trị làm lợi (đồng)", 2.6), ("Văn bản công nhận", 3.2), ("Hình thức", 2.0)],
                   [("{{ca_nhan.stt}}", C), ("{{ca_nhan.ho_ten}}", T), ("{{ca_nhan.chuc_vu}}", T), ("{{ca_nhan.don_vi}}", T),
                    ("{{ca_nhan.sang_kien}}", T), ("{{ca_nhan.gia_tri|tien}}", N), ("{{ca_nhan.van_ban}}", T), ("{{ca_nhan.hinh_thuc}}", C)]),
    ])

LIST_TABLES = [("DsTapThe", 24.2, [1.2, 7.5, 11.5, 4.0]), ("DsCaNhan", 24.2, [1.2, 3.6, 2.8, 3.6, 4.6, 2.6, 3.2, 2.0])]
SIG = [("Header", 16.5, [6.2, 10.3]), ("Signature", 16.5, [7.6, 8.9]), ("Recipients", 7.2, [7.2])]

def write(name, title, body, tables, **kw):
    save(name, document(title, body, tables=tables, **kw))

# Tờ trình
write("ToTrinh", "Tờ trình đề nghị khen thưởng", "".join([
    header_block("so_to_trinh"),
    p("Document type", "TỜ TRÌNH"),
    p("Summary line", "Về việc đề nghị tặng {{hinh_thuc}} cho các tập thể, cá nhân có thành tích xuất sắc trong Chương trình “{{chuong_trinh}}”"),
    '<text:p text:style-name="Rule summary"/>',
    p("Addressee", "Kính gửi: {{kinh_gui}}"),
    blocks_each("can_cu", [p("Grounds", "{{can_cu.dong}}")]),
    p("Body", "Căn cứ tiêu chí khen thưởng của Kế hoạch và kết quả xét chọn, {{don_vi_ten}} có {{so_tap_the_de_nghi|so}} tập thể đạt chỉ tiêu sáng kiến hợp lệ được giao và {{so_ca_nhan_de_nghi|so}} cá nhân đạt tiêu chí khen thưởng (văn bản công nhận sáng kiến và giá trị làm lợi ban hành từ ngày {{tu_ngay}} đến ngày {{den_ngay}}; giá trị làm lợi từ {{nguong|tien_dong}} trở lên {{ket_hop}} có nhiều đóng góp cho Chương trình)."),
    p("Body", "{{don_vi_ten}} kính đề nghị xem xét, tặng {{hinh_thuc}} cho {{so_tap_the_de_nghi|so}} tập thể và {{so_ca_nhan_de_nghi|so}} cá nhân đã có thành tích xuất sắc trong Chương trình (có danh sách kèm theo)."),
    p("Body", "Kính trình xem xét, quyết định./."),
    signature_block(),
    lists_appendix("đề nghị tặng", "so_to_trinh"),
]), SIG + LIST_TABLES)

# Biên bản
write("BienBan", "Biên bản họp xét khen thưởng", "".join([
    header_block("so_bien_ban"),
    p("Document type", "BIÊN BẢN"),
    p("Summary line", "Họp xét khen thưởng tổng kết Chương trình “{{chuong_trinh}}”"),
    '<text:p text:style-name="Rule summary"/>',
    p("Body", "Thời gian bắt đầu: %s giờ %s phút, {{ngay|ngay_dai}}." % (BLANK, BLANK)),
    p("Body", "Địa điểm: %s" % BLANK),
    p("Body", "Thành phần tham dự: %s/%s thành viên có mặt; vắng mặt: %s (lý do: %s)." % (BLANK, BLANK, BLANK, BLANK)),
    p("Body", "Chủ trì: {{nguoi_ky}}, {{chuc_vu_ky|hoa}}."),
    p("Body", "Thư ký: %s" % BLANK),
    p("Section heading", "NỘI DUNG"),
    p("Item heading", "1. Tiêu chí xét khen thưởng"),
    p("Body", "Tập thể: số sáng kiến của đoàn viên được cập nhật lên hệ thống đến 24 giờ 00 ngày {{han_cap_nhat}} và được duyệt hợp lệ đạt chỉ tiêu được giao."),
    p("Body", "Cá nhân: có sáng kiến trên hệ thống với văn bản công nhận sáng kiến và văn bản công nhận giá trị làm lợi ban hành từ ngày {{tu_ngay}} đến ngày {{den_ngay}}, giá trị làm lợi từ {{nguong|tien_dong}} trở lên {{ket_hop}} có nhiều đóng góp trong chỉ đạo, hỗ trợ, tham gia Chương trình."),
    p("Item heading", "2. Danh sách đề xuất: {{so_tap_the_de_nghi|so}} tập thể, {{so_ca_nhan_de_nghi|so}} cá nhân"),
    data_table("DeNghi", [("STT", 1.1), ("Tập thể, cá nhân", 4.0), ("Chức vụ – Đơn vị", 3.4), ("Thành tích", 6.0), ("Hình thức", 2.0)],
               [("{{de_nghi.stt}}", C), ("{{de_nghi.ten}}", T), ("{{de_nghi.chuc_vu_don_vi}}", T), ("{{de_nghi.thanh_tich}}", T), ("{{de_nghi.hinh_thuc}}", C)]),
    p("Item heading", "3. Biểu quyết"),
    p("Body", "Hình thức biểu quyết: %s (giơ tay / bỏ phiếu kín). Kết quả: %s/%s thành viên có mặt nhất trí (%s%%) đề nghị khen thưởng {{so_tap_the_de_nghi|so}} tập thể và {{so_ca_nhan_de_nghi|so}} cá nhân theo danh sách trên." % (BLANK, BLANK, BLANK, BLANK)),
    p("Body", "Cuộc họp kết thúc lúc %s giờ %s phút cùng ngày; biên bản đã được thông qua trước các thành viên dự họp." % (BLANK, BLANK)),
    layout_table("Signature", [8.25, 8.25], [row(cell(p("Authority", "THƯ KÝ") + p("Signature space", "") + p("Signer", BLANK)),
                                                   cell(p("Authority", "CHỦ TRÌ") + p("Signature space", "") + p("Signer", "{{nguoi_ky}}")))]),
]), [("Header", 16.5, [6.2, 10.3]), ("Signature", 16.5, [8.25, 8.25]), ("DeNghi", 16.5, [1.1, 4.0, 3.4, 6.0, 2.0])])

# Tóm tắt thành tích
write("TomTatThanhTich", "Tóm tắt thành tích", "".join([
    header_block(None),
    p("Document type", "TÓM TẮT THÀNH TÍCH"),
    p("Summary line", "Đề nghị tặng {{hinh_thuc}} các tập thể, cá nhân có thành tích xuất sắc trong Chương trình “{{chuong_trinh}}”"),
    '<text:p text:style-name="Rule summary"/>',
    data_table("TomTat", [("STT", 1.1), ("Họ tên / Tên tập thể", 3.6), ("Chức vụ – Đơn vị", 3.4), ("Tóm tắt thành tích", 6.4), ("Hình thức đề nghị", 2.0)],
               [("{{de_nghi.stt}}", C), ("{{de_nghi.ten}}", T), ("{{de_nghi.chuc_vu_don_vi}}", T), ("{{de_nghi.thanh_tich}}", T), ("{{de_nghi.hinh_thuc}}", C)]),
    layout_table("Signature", [7.6, 8.9], [row(cell(p("Recipients", "")), cell(p("Authority", "{{tham_quyen}}") + p("Signer", "{{chuc_vu_ky}}") + p("Signature space", "") + p("Signer", "{{nguoi_ky}}")))]),
]), [("Header", 16.5, [6.2, 10.3]), ("Signature", 16.5, [7.6, 8.9]), ("TomTat", 16.5, [1.1, 3.6, 3.4, 6.4, 2.0])])

# Báo cáo thành tích (DOSSIER.md; the forms of NĐ 98/2023): one file per kind of nominee, each
# nominee from a new page ({{#moi_trang}} repeats the header and signature tables with the text).
REPORT_STYLES = "".join([
    pstyle("Report title", bold=True, align="center", before="0.4cm"),
    pstyle("Report subtitle", bold=True, align="center"),
    pstyle("Date right", size="13pt", italic=True, align="end", before="0.2cm"),
    # An individual's report fits one page with its signatures: lines a little closer than the body's.
    pstyle("Fact", align="justify", indent="1.27cm", after="0.1cm", line="108%"),
    # One initiative per line (manual line breaks): left-aligned, or Writer stretches each line.
    pstyle("Fact lines", align="start", after="0.1cm", line="108%", extra_p='fo:margin-left="1.27cm"'),
    pstyle("Signature note", size="13pt", italic=True, align="center"),
    pstyle("Report signature space", align="center", after="1.8cm"),
])

def achievement_report(name, title, list_name, lead, body, signature):
    block = [p("Body no indent", "{{#moi_trang %s}}" % list_name)] + lead + [
        p("Report title", "BÁO CÁO THÀNH TÍCH"),
        p("Report subtitle", "ĐỀ NGHỊ TẶNG {{hinh_thuc|hoa}}"),
        p("Summary line", "Thành tích xuất sắc trong thực hiện Chương trình “{{chuong_trinh}}”"),
        '<text:p text:style-name="Rule summary"/>'] + body + [signature, p("Body no indent", "{{/moi}}")]
    doc = document(title, "".join(block), tables=SIG, page_numbers=False)
    doc = doc.replace("</office:styles>", REPORT_STYLES + "</office:styles>")
    save(name, doc)

def signature_pair(left_title, left_note, left_name, right_title, right_note, right_name):
    def side(title, note, name):
        return p("Authority", title) + p("Signature note", note) + p("Report signature space", "") + p("Signer", name)
    return layout_table("Signature", [7.6, 8.9], [row(cell(side(left_title, left_note, left_name)),
                                                       cell(side(right_title, right_note, right_name)), keep=True)])

CRITERION_PERSON = ("Tiêu chí của Kế hoạch: có sáng kiến trên hệ thống với văn bản công nhận sáng kiến và văn bản công nhận "
                    "giá trị làm lợi ban hành từ ngày {{tu_ngay}} đến ngày {{den_ngay}}, giá trị làm lợi từ {{nguong|tien_dong}} "
                    "trở lên {{ket_hop}} có nhiều đóng góp trong chỉ đạo, hỗ trợ, tham gia Chương trình.")
CRITERION_UNIT = ("Tiêu chí của Kế hoạch: số sáng kiến của đoàn viên được cập nhật lên hệ thống đến 24 giờ 00 ngày "
                  "{{han_cap_nhat}} và được duyệt hợp lệ đạt chỉ tiêu được giao.")
REPORT_DATE = "……, ngày …… tháng …… năm {{nam}}"

achievement_report("BaoCaoThanhTichTapThe", "Báo cáo thành tích của tập thể", "tap_the",
    [layout_table("Header", [6.2, 10.3], [row(
        cell(p("Superior", "{{don_vi}}") + p("Issuer", "{{tap_the.ten|hoa}}") + '<text:p text:style-name="Rule"/>'),
        cell(p("Nation", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + p("Motto", "Độc lập - Tự do - Hạnh phúc") +
             '<text:p text:style-name="Rule motto"/>' + p("Date line", REPORT_DATE)))])],
    [p("Fact", "Tên tập thể đề nghị: {{tap_the.ten}}."),
     p("Section heading", "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH"),
     p("Fact", "1. Đặc điểm, tình hình (số đoàn viên, tổ chức bộ máy, điều kiện hoạt động): {{tap_the_ghi}}"),
     p("Fact", "2. Chức năng, nhiệm vụ: {{tap_the_ghi}}"),
     p("Section heading", "II. THÀNH TÍCH ĐẠT ĐƯỢC"),
     p("Point heading", CRITERION_UNIT),
     p("Fact", "1. Chỉ tiêu sáng kiến được giao: {{tap_the.chi_tieu|so}} sáng kiến."),
     p("Fact", "2. Số sáng kiến của đoàn viên đã cập nhật lên hệ thống: {{tap_the.cap_nhat|so}}; được duyệt hợp lệ: {{tap_the.hop_le|so}}, {{tap_the.ty_le|dat_vuot}} chỉ tiêu được giao — {{tap_the.ket_qua}} tiêu chí."),
     p("Fact", "3. Tổng giá trị làm lợi của các sáng kiến hợp lệ: {{tap_the.tong_gia_tri}}."),
     p("Fact", "4. Các sáng kiến hợp lệ:"),
     p("Fact lines", "{{tap_the.sang_kien_ds}}"),
     p("Fact", "5. Biện pháp, kinh nghiệm trong triển khai Chương trình: {{tap_the_ghi}}"),
     p("Section heading", "III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC NHẬN"),
     p("Fact", "{{tap_the_ghi}}")],
    signature_pair("XÁC NHẬN CỦA CẤP TRÊN", "(Ký, đóng dấu)", "……", "THỦ TRƯỞNG ĐƠN VỊ", "(Ký, đóng dấu)", "……"))

achievement_report("BaoCaoThanhTichCaNhan", "Báo cáo thành tích của cá nhân", "ca_nhan",
    [p("Nation", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), p("Motto", "Độc lập - Tự do - Hạnh phúc"),
     '<text:p text:style-name="Rule motto"/>', p("Date right", REPORT_DATE)],
    [p("Section heading", "I. SƠ LƯỢC LÝ LỊCH"),
     p("Fact", "- Họ và tên: {{ca_nhan.ho_ten}}. Giới tính: {{dien}}"),
     p("Fact", "- Sinh ngày, tháng, năm: {{dien}}"),
     p("Fact", "- Quê quán: {{dien}}. Nơi ở hiện nay: {{dien}}"),
     p("Fact", "- Đơn vị công tác: {{ca_nhan.don_vi}}"),
     p("Fact", "- Chức vụ (đảng, chính quyền, đoàn thể): {{ca_nhan.chuc_vu}}"),
     p("Fact", "- Trình độ chuyên môn, nghiệp vụ: {{dien}}"),
     p("Section heading", "II. THÀNH TÍCH ĐẠT ĐƯỢC"),
     p("Fact", "1. Quyền hạn, nhiệm vụ được giao: {{ca_nhan_ghi}}"),
     p("Fact", "2. Thành tích đạt được ({{ca_nhan.can_cu}}):"),
     p("Point heading", CRITERION_PERSON),
     p("Fact lines", "{{ca_nhan.sang_kien_ds}}"),
     p("Fact", "Tổng giá trị làm lợi: {{ca_nhan.tong_gia_tri}}."),
     p("Fact", "3. Hiệu quả, ảnh hưởng của sáng kiến và đóng góp: {{ca_nhan_ghi}}"),
     p("Section heading", "III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC NHẬN"),
     p("Fact", "{{ca_nhan_ghi}}")],
    signature_pair("THỦ TRƯỞNG ĐƠN VỊ", "(Xác nhận, đề nghị; ký, đóng dấu)", "……",
                   "NGƯỜI BÁO CÁO THÀNH TÍCH", "(Ký, ghi rõ họ và tên)", "{{ca_nhan.ho_ten}}"))

# Quyết định
write("QuyetDinh", "Quyết định khen thưởng", "".join([
    header_block("so_quyet_dinh"),
    p("Document type", "QUYẾT ĐỊNH"),
    p("Summary line", "Về việc tặng {{hinh_thuc}} cho các tập thể, cá nhân có thành tích xuất sắc trong Chương trình “{{chuong_trinh}}”"),
    '<text:p text:style-name="Rule summary"/>',
    p("Authority", "{{co_quan_quyet_dinh}}"),
    p("Grounds", "Căn cứ Điều lệ Công đoàn Việt Nam;"),
    p("Grounds", "Căn cứ Quy chế khen thưởng của tổ chức Công đoàn;"),
    blocks_each("can_cu", [p("Grounds", "{{can_cu.dong}}")]),
    p("Grounds", "Xét đề nghị của %s." % BLANK),
    p("Document type", "QUYẾT ĐỊNH:"),
    p("Body", "Điều 1. Tặng {{hinh_thuc}} cho {{so_tap_the_de_nghi|so}} tập thể và {{so_ca_nhan_de_nghi|so}} cá nhân đã có thành tích xuất sắc trong Chương trình “{{chuong_trinh}}” (có danh sách kèm theo)."),
    p("Body", "Điều 2. Mức thưởng theo quy định hiện hành của Liên đoàn Lao động tỉnh: mỗi tập thể %s đồng, mỗi cá nhân %s đồng; kinh phí trích từ quỹ khen thưởng năm {{nam}}." % (BLANK, BLANK)),
    p("Body", "Điều 3. Văn phòng, các bộ phận có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."),
    signature_block(["- Như Điều 3;"]),
    lists_appendix("được tặng", "so_quyet_dinh"),
]), SIG + LIST_TABLES)

# Giấy khen: one landscape page per awardee, no page numbers.
certificate = [
    p("Certificate body", "{{co_quan_khen}}"),
    p("Certificate title", "GIẤY KHEN"),
    p("Certificate give", "TẶNG"),
    p("Certificate name", "{{de_nghi.ten}}"),
    p("Certificate unit", "{{de_nghi.chuc_vu_don_vi}}"),
    p("Certificate text", "Đã có thành tích xuất sắc trong thực hiện Chương trình “{{chuong_trinh}}”."),
    p("Certificate date", "{{dong_ngay}}"),
    p("Certificate sign", "{{tham_quyen}}"),
    p("Certificate sign", "{{chuc_vu_ky}}"),
    p("Certificate space", ""),
    p("Certificate sign", "{{nguoi_ky}}"),
    p("Certificate note", "Quyết định số {{so_quyet_dinh}} ngày {{ngay}}"),
    p("Certificate note", "Số sổ vàng: ……"),
]
extra = "".join([
    pstyle("Certificate body", size="15pt", bold=True, align="center", before="0.3cm"),
    pstyle("Certificate title", size="36pt", bold=True, align="center", before="0.6cm", extra_t='fo:color="#b00000"'),
    pstyle("Certificate give", size="16pt", bold=True, align="center", before="0.3cm"),
    pstyle("Certificate name", size="24pt", bold=True, align="center", before="0.4cm", extra_t='fo:color="#00307a"'),
    pstyle("Certificate unit", size="16pt", align="center", before="0.2cm"),
    pstyle("Certificate text", size="16pt", italic=True, align="center", before="0.4cm"),
    pstyle("Certificate date", size="14pt", italic=True, align="center", before="0.6cm", extra_p='fo:margin-left="13cm"'),
    pstyle("Certificate sign", size="14pt", bold=True, align="center", extra_p='fo:margin-left="13cm"'),
    pstyle("Certificate space", size="14pt", align="center", after="1.8cm", extra_p='fo:margin-left="13cm"'),
    pstyle("Certificate note", size="12pt", italic=True, align="left"),
])
def certificates(name, title, paragraphs, page):
    body = p("Body no indent", "{{#moi_trang de_nghi}}") + "".join(paragraphs) + p("Body no indent", "{{/moi}}")
    doc = document(title, body, landscape=True, page_numbers=False)
    doc = doc.replace("</office:styles>", extra + "</office:styles>")
    # The landscape page: the template's margins replaced by the certificate's own.
    doc = doc.replace('style:print-orientation="landscape" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2cm"',
                      'style:print-orientation="landscape" ' + page, 1)
    save(name, doc)

# Its own certificate: a double red border around the page.
certificates("GiayKhen", "Giấy khen", certificate,
             'fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm" '
             'fo:border="4.5pt double #b00000" fo:padding="0.6cm"')
# On pre-printed stock (Thông tin: Giấy khen in trên phôi = Có): the stock carries the border, the
# emblem and the title; the text alone, below the printed title and inside the printed border.
# Staff whose stock differs move it with the page margins of this template (GiayKhenPhoi.ott).
certificates("GiayKhenPhoi", "Giấy khen (in trên phôi)", [c for c in certificate if "GIẤY KHEN" not in c],
             'fo:margin-top="6.2cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.2cm"')
