#!/usr/bin/env python3
# The extension's offline help (docs/help/<vi|en>/<page>.html), written from this one source in
# both languages: a page per command and dialog, the criteria, the functions and the template
# how-to. Opened by the Help buttons, F1 in our dialogs and Sáng kiến ▸ Trợ giúp — in Writer/Web,
# so it works with or without LibreOffice's own help and without a browser. Run from the
# repository root after editing; the pages are committed.
import base64
import html
import pathlib
import re

OUT = pathlib.Path("docs/help")

NAV = [("index", "Mục lục", "Contents"), ("review", "Xét khen thưởng", "Review"),
       ("documents", "Báo cáo và hồ sơ", "Report and dossier"), ("normalise", "Chuẩn hóa dữ liệu", "Tidy data"),
       ("merge", "Gộp sổ", "Merge workbooks"), ("feedback", "Phản hồi cho CĐCS", "Feedback to each union"),
       ("settings", "Cài đặt", "Settings"),
       ("criteria", "Tiêu chí và cột", "Criteria and columns"), ("functions", "Hàm SK.*", "SK.* functions"),
       ("templates", "Sửa mẫu văn bản", "Editing the templates")]

# page → (title_vi, body_vi, title_en, body_en); bodies are lists of ("h"|"p"|"html"|"ul"|"table"|"img", content)
PAGES = {
"index": ("Trợ giúp Sáng kiến", [
  ("p", "Sáng kiến giúp cán bộ công đoàn xét tiêu chí khen thưởng Chương trình “01 triệu sáng kiến” trên sổ sáng kiến trong Calc và lập báo cáo tổng kết, hồ sơ khen thưởng trong Writer."),
  ("h", "Thứ tự làm việc"),
  ("ul", ["Mở sổ sáng kiến (.ods, .xlsx, .xls) trong Calc, hoặc tạo sổ mới: Sáng kiến ▸ Sổ sáng kiến mới.",
          "Nếu dữ liệu gõ lẫn phông cũ, số và ngày ghi bằng chữ: Sáng kiến ▸ [[normalise|Chuẩn hóa dữ liệu…]].",
          "Sáng kiến ▸ [[review|Xét khen thưởng…]]: kiểm tra cột và [[criteria|tiêu chí]], bấm Xét. Kết quả ở các trang KQ và Lỗi dữ liệu.",
          "Sáng kiến ▸ [[documents|Tạo báo cáo tổng kết, Tạo hồ sơ khen thưởng…]].",
          "Huyện nhận nhiều sổ của các CĐCS: Sáng kiến ▸ [[merge|Gộp sổ sáng kiến…]].",
          "Gửi lại cho từng CĐCS những gì đơn vị đó cần sửa, bổ sung: Sáng kiến ▸ [[feedback|Phản hồi cho CĐCS…]].",
          "Thông tin của đơn vị, tiêu chí mặc định, thư mục lưu: Sáng kiến ▸ [[settings|Cài đặt…]]."]),
  ("p", "Trong mỗi hộp thoại, phím F1 hoặc nút Trợ giúp mở trang tương ứng; trang Cài đặt có nút Trợ giúp riêng ở góc trên bên phải. Trợ giúp ▸ Trợ giúp Sáng kiến của LibreOffice mở trang này."),
  ("p", "Bấm vào chữ xanh gạch chân để sang trang đó; dòng dưới tên mỗi trang dẫn tới mọi trang khác. Trang trợ giúp chỉ để đọc: không cần sửa, không cần lưu."),
 ], "Sáng kiến help", [
  ("p", "Sáng kiến helps trade-union staff check the award criteria of the “01 triệu sáng kiến” programme on an initiative workbook in Calc and make the summary report and the award dossier in Writer."),
  ("h", "How to work"),
  ("ul", ["Open the initiative workbook (.ods, .xlsx, .xls) in Calc, or start one: Sáng kiến ▸ New initiative workbook.",
          "If the data mixes legacy fonts, numbers and dates written as text: Sáng kiến ▸ [[normalise|Tidy the data…]].",
          "Sáng kiến ▸ [[review|Review the awards…]]: check the columns and [[criteria|criteria]], press Review. The results are on the result sheets — Review summary, Initiative results, Union results, Individual results — and Data errors (KQ Tổng hợp … Lỗi dữ liệu in the Vietnamese interface).",
          "Sáng kiến ▸ [[documents|Make the summary report, Make the award dossier…]].",
          "A district receiving many CĐCS workbooks: Sáng kiến ▸ [[merge|Merge workbooks…]].",
          "Send each CĐCS what it must correct or add: Sáng kiến ▸ [[feedback|Feedback to each union…]].",
          "The unit's details, default criteria, output folder: Sáng kiến ▸ [[settings|Settings…]]."]),
  ("p", "In every dialog, F1 or the Help button opens its page; the settings page has its own Help button at its top right. LibreOffice's Help ▸ Sáng kiến help opens this page."),
  ("p", "Click the blue underlined words to go to that page; the line under each page's title leads to every other page. The help is read-only: nothing to edit or save."),
 ]),
"review": ("Xét khen thưởng", [
  ("p", "Hộp thoại cho biết các trang tính tìm thấy (danh sách sáng kiến, Công đoàn cơ sở, Cá nhân đề xuất, Thông tin, Nhận xét), cột của từng thông tin và tiêu chí sẽ dùng."),
  ("img", ("xet-khen-thuong.png", "Hộp thoại Xét khen thưởng: trang tính, tiêu chí và cột của danh sách.")),
  ("h", "Cột"),
  ("p", "Nếu một thông tin nhận sai cột, chọn lại trong danh sách thả xuống; cột đã chỉnh được ghi nhớ trong sổ cho lần sau (dấu * đánh dấu cột đã chỉnh). Nếu danh sách sáng kiến không được nhận ra, chọn trang ở ô Danh sách sáng kiến."),
  ("p", "Sổ ghi danh sách trên nhiều trang (mỗi CĐCS, mỗi khối một trang): các trang khác của danh sách hiện trong ô **Các trang khác của danh sách**, trang được chọn đều được đọc; bỏ chọn (Ctrl+bấm) trang không muốn đọc. Dòng chữ đỏ bên dưới cho biết trước khi xét tiêu chí nào không xét được vì thiếu cột (sáng kiến chỉ vướng tiêu chí đó sẽ ghi Cần kiểm tra, không bị Không đạt) và cột tiền nào được quy theo đơn vị nào; để chuột lên dòng đó để xem đủ."),
  ("h", "Tiêu chí"),
  ("p", "Giá trị lấy từ trang Thông tin của sổ, nếu không có thì từ [[settings|Cài đặt]], nếu không nữa thì theo [[criteria|kế hoạch]]. Sửa ở đây chỉ áp dụng cho lần xét này. Ngày ghi ngày/tháng/năm."),
  ("h", "Kết quả"),
  ("ul", ["KQ Tổng hợp: các con số của báo cáo.", "KQ Sáng kiến: từng sáng kiến — được tính, hợp lệ, Đạt/Không đạt và lý do.",
          "KQ CĐCS, KQ Cá nhân: tập thể và cá nhân đạt tiêu chí.",
          "Lỗi dữ liệu: mọi ô không đọc được (trang, dòng, cột, giá trị, lý do) — sửa trong sổ rồi xét lại."]),
  ("p", "Xét lại thì thay các trang KQ cũ. Một lần Hoàn tác (Ctrl+Z) bỏ cả lần xét."),
  ("h", "Những gì đã thay đổi từ lần xét trước"),
  ("p", "Mỗi lần xét ghi kết quả của mình gọn trong trang KQ Lưu của chính sổ (đừng sửa trang này). Lần xét sau của cùng danh sách — sau khi các CĐCS sửa sổ, huyện gộp và xét lại — tự so với bản ghi đó và thêm trang KQ Thay đổi:"),
  ("ul", ["các tổng số trước và sau, tiêu chí đã đổi;",
          "sáng kiến nay hợp lệ, không còn hợp lệ, nay đạt, không còn đạt (kèm điều đã khắc phục hoặc điều còn thiếu);",
          "CĐCS nay đạt hoặc không còn đạt chỉ tiêu; lỗi dữ liệu đã sửa và lỗi mới;",
          "sáng kiến không ghép được (đã bỏ, mới thêm, đổi mã…): liệt kê riêng, không đoán."]),
  ("p", "Sổ mới gộp lại không mang kết quả cũ: trong hộp thoại Xét khen thưởng, ô “So với lần xét trước” (nút Chọn…) chỉ tệp kết quả của lần xét trước. Để trống thì so với trang KQ Lưu của chính sổ, nếu có."),
  ("p", "Sáng kiến được ghép theo mã; không có mã thì theo tên, tác giả (kể cả dấu), đơn vị và CĐCS. Dòng lệnh: sangkien review … --so-voi KetQuaXet.ods so với tệp kết quả của lần xét trước. Trang KQ Lưu bị sửa hoặc hỏng thì không so sánh, tóm tắt nói rõ."),
 ], "Review the awards", [
  ("p", "The dialog shows the sheets found (the list of initiatives, Công đoàn cơ sở, Cá nhân đề xuất, Thông tin, Nhận xét), the column of each field and the criteria to be used."),
  ("img", ("xet-khen-thuong.png", "The review dialog (Vietnamese interface): sheets, criteria and the list's columns.")),
  ("h", "Columns"),
  ("p", "If a field was matched to the wrong column, pick the right one in its drop-down; corrected columns are remembered in the workbook (marked *). If the list was not recognised, choose its sheet under Danh sách sáng kiến."),
  ("p", "A list kept over several sheets (one per CĐCS, per block): its other sheets are listed under **The list's other sheets**; every selected sheet is read, Ctrl+click one to leave it out. The red line below says, before the run, which criteria cannot be judged for lack of a column (an initiative held back only by them is Needs checking, never failed) and which amount columns are converted from which unit; hover over it for every sentence."),
  ("h", "Criteria"),
  ("p", "Values come from the workbook's Thông tin sheet, else from the [[settings|settings]], else from the [[criteria|plan]]. Changes here apply to this review only. Dates are day/month/year."),
  ("h", "Results"),
  ("ul", ["Review summary (KQ Tổng hợp in the Vietnamese interface): the report's figures.",
          "Initiative results (KQ Sáng kiến): each initiative — counted, valid, Qualifies / Does not qualify / Needs checking and why.",
          "Union results, Individual results (KQ CĐCS, KQ Cá nhân): the units and people meeting the criteria.",
          "Data errors (Lỗi dữ liệu): every cell that could not be read (sheet, row, column, value, reason) — fix it in the workbook and review again."]),
  ("p", "The sheets are written in the interface's language, figures grouped 500,000,000 VND in English. A new review replaces the old result sheets. One Undo (Ctrl+Z) takes back the whole review."),
  ("h", "What changed since the last review"),
  ("p", "Every review keeps a compact record of its results in the workbook's own sheet Review record (KQ Lưu; do not edit it). The next review of the same list — once the CĐCS corrected their workbooks and the district merged and reviewed them again — compares with it by itself and adds the sheet Review changes (KQ Thay đổi):"),
  ("ul", ["the totals before and after, the criteria that changed;",
          "initiatives now valid, no longer valid, now qualifying, no longer qualifying (with what was put right or what is still missing);",
          "unions that reached or fell below their quota; data problems fixed and new;",
          "initiatives that cannot be matched (removed, new, code changed…): listed as such, never guessed."]),
  ("p", "A workbook merged anew carries no earlier results: in the Review dialog, “Compare with an earlier review” (button Choose…) names the result file of the earlier review. Empty: the sheet Review record of the workbook itself, if any."),
  ("p", "Initiatives are matched by their code; without a code by the title, the authors (with their accents), the unit and the CĐCS. Command line: sangkien review … --compare-with KetQuaXet.ods compares with an earlier review's result file. A record sheet that was edited or is damaged is not compared with; the summary says so."),
 ]),
"documents": ("Báo cáo tổng kết và hồ sơ khen thưởng", [
  ("p", "Tạo báo cáo tổng kết mở báo cáo theo đề cương của kế hoạch trong Writer (chưa lưu), với số liệu, bảng, biểu đồ và danh sách lấy từ lần xét. Nếu Cài đặt có Thư mục lưu, một bản sao được lưu ở đó và hộp thông báo cho biết đường dẫn."),
  ("img", ("ho-so.png", "Hộp thoại Tạo hồ sơ khen thưởng: văn bản, định dạng, thư mục lưu.")),
  ("p", "Tạo hồ sơ khen thưởng…: chọn văn bản (Tờ trình, Biên bản, Tóm tắt thành tích, Báo cáo thành tích của tập thể, của cá nhân, Quyết định, Giấy khen), định dạng (ODT, DOCX, PDF) và thư mục lưu (nút Chọn… mở hộp chọn thư mục; thư mục chưa có thì được hỏi để tạo). Tệp đã có không bị ghi đè: tệp mới mang tên kèm số (2), (3)…"),
  ("p", "Ô ghi chữ tô màu trong văn bản là chỗ cần điền thêm (số văn bản, nhận xét). Ở cấp tỉnh, danh sách cá nhân chia theo từng LĐLĐ huyện, công đoàn ngành."),
  ("ul", ["Báo cáo thành tích: một tệp cho các tập thể, một tệp cho các cá nhân; mỗi tập thể, mỗi người bắt đầu một trang mới, có phần đầu, tiêu chí của kế hoạch, số liệu và các sáng kiến (văn bản công nhận, giá trị làm lợi bằng số và bằng chữ) đã điền; phần chỉ người được đề nghị mới viết được (lý lịch, khen thưởng đã nhận) để trống, tô màu.",
          "Số văn bản: trang Thông tin có Số văn bản (báo cáo), Số tờ trình, Số biên bản, Số quyết định. Ghi số trơn (15) thì dòng Số: tự thêm loại văn bản và tên viết tắt cơ quan (15/BC-LĐLĐ); ghi đủ (15/BC-LĐLĐ) thì giữ nguyên; để trống thì để chỗ trống cho văn thư ghi tay.",
          "Giấy khen: mặc định có viền đỏ. Nếu in trên phôi giấy khen in sẵn, ghi Có ở mục Giấy khen in trên phôi của trang Thông tin: chỉ in chữ, không tiêu đề, không viền, đặt dưới tiêu đề in sẵn (chỉnh lề trang trong mẫu GiayKhenPhoi.ott nếu phôi khác, xem [[templates|Sửa mẫu văn bản]]).",
          "Danh sách dài: mỗi dòng không bị cắt sang trang, dòng tiêu đề bảng lặp lại ở mỗi trang; người được đề nghị vì có nhiều đóng góp ghi nội dung đóng góp, giá trị làm lợi ghi —."]),
 ], "Summary report and award dossier", [
  ("p", "Make the summary report opens the report in the plan's outline in Writer (unsaved), with the figures, tables, chart and lists of the review. If the settings name an output folder, a copy is stored there and a message says where."),
  ("img", ("ho-so.png", "The dossier dialog (Vietnamese interface): documents, formats, folder.")),
  ("p", "Make the award dossier…: choose the documents (proposal, minutes, summary of achievements, achievement reports of collectives and of individuals, decision, certificates), the formats (ODT, DOCX, PDF) and the folder (Browse… opens a folder picker; a folder that does not exist yet is offered to be created). Existing files are never overwritten: new ones get (2), (3)…"),
  ("p", "Highlighted text in the documents marks what still needs filling in (document numbers, comments). At the province level the list of people is grouped by district and sector union."),
  ("ul", ["Achievement reports (Báo cáo thành tích): one file for the collectives, one for the individuals; each nominee starts a new page, with the header, the plan's criterion, the figures and the initiatives (recognition documents, value in figures and words) filled in; what only the nominee can write (personal details, awards received) is left as highlighted blanks.",
          "Document numbers: the Thông tin sheet has Số văn bản (the report), Số tờ trình, Số biên bản, Số quyết định. A bare number (15) is completed with the document type and the issuer's abbreviation (15/BC-LĐLĐ); a full one (15/BC-LĐLĐ) is kept; none leaves the blank for hand numbering.",
          "Certificates: by default with a red border. For pre-printed certificate stock, write Có in Giấy khen in trên phôi on the Thông tin sheet: text only, no title, no border, placed below the printed title (adjust the page margins of the GiayKhenPhoi.ott template if your stock differs, see [[templates|Editing the templates]]).",
          "Long lists: a row is never split across pages and the heading row repeats on every page; a person proposed for their contribution shows it, with — for the value."]),
 ]),
"normalise": ("Chuẩn hóa dữ liệu", [
  ("p", "Xem trước các ô sẽ sửa: chữ phông cũ TCVN3/VNI sang Unicode, dấu ghép sang dấu dựng sẵn, khoảng trắng thừa, số và ngày ghi bằng chữ thành giá trị, tên CĐCS viết theo danh sách. Chỉ sửa ô nhập tay, không đụng công thức."),
  ("img", ("chuan-hoa.png", "Hộp thoại Chuẩn hóa dữ liệu: mọi ô được đề xuất đều sửa, trừ ô bạn chọn rồi bấm Bỏ qua.")),
  ("ul", ["Mọi dòng đánh dấu ✓ đều được sửa. Muốn giữ nguyên ô nào: chọn dòng rồi bấm Bỏ qua các ô đã chọn (dòng thành ✗), hoặc bấm đúp vào dòng đó (bấm đúp lần nữa thì sửa lại). Chỉ chọn dòng thì không thay đổi gì.",
          "Sửa lại các ô đã chọn, Đề xuất lại tất cả: sửa cả các ô đã bỏ qua (kể cả ô bỏ qua ở lần trước).",
          "Bộ đếm cho biết số ô sẽ sửa và bỏ qua; nếu bỏ qua nhiều hơn sửa, hộp thoại hỏi lại.",
          "Bấm Sửa: cả lần sửa là một bước Hoàn tác (Ctrl+Z). Các trang KQ cũ được ghi chú đã cũ cho tới khi xét lại."]),
 ], "Tidy data", [
  ("p", "A preview of the cells to change: legacy TCVN3/VNI text to Unicode, combining marks to precomposed, extra spaces, numbers and dates written as text to values, CĐCS names as in the list. Only typed cells change, never formulas."),
  ("img", ("chuan-hoa.png", "The tidy-up dialog (Vietnamese interface): every proposed cell is fixed unless you select it and press Skip.")),
  ("ul", ["Every line marked ✓ is changed. To leave a cell as it is: select its line and press Skip the selected cells (the line becomes ✗), or double-click the line (again to fix it after all). Selecting alone changes nothing.",
          "Fix the selected cells, Propose all again: fix skipped cells too (also those skipped last time).",
          "The counter says how many cells are fixed and skipped; skipping more than fixing asks first.",
          "Press Change: the whole tidy-up is one Undo step (Ctrl+Z). The old result sheets (Review summary, Initiative results…) are marked out of date until the next review."]),
 ]),
"merge": ("Gộp sổ sáng kiến", [
  ("p", "Gộp sổ của các CĐCS (hoặc sổ của các huyện cho tỉnh) thành một sổ: Thêm tệp…, Thêm thư mục… (mọi sổ trong thư mục), Bỏ tệp đã chọn, chọn nơi lấy trang Thông tin, bấm Gộp. Sổ gộp mở thành tài liệu mới chưa lưu."),
  ("img", ("gop-so.png", "Hộp thoại Gộp sổ sáng kiến: các sổ cần gộp và nơi lấy trang Thông tin.")),
  ("ul", ["Mỗi dòng ghi Tệp nguồn, Trang nguồn, Dòng nguồn.", "Một CĐCS có hai chỉ tiêu khác nhau ở hai tệp: được báo, CĐCS đó “Cần kiểm tra”.",
          "Sáng kiến trùng giữa các tệp: được báo với cả hai chỗ, chỉ tính một lần.",
          "Lỗi dữ liệu của từng tệp nằm ở trang Lỗi dữ liệu nguồn.",
          "Danh sách dài hơn một trang Calc được chia sang Sáng kiến (2)…, khi xét vẫn là một danh sách."]),
  ("p", "Tệp nguồn chỉ được đọc, không bị khóa hay thay đổi."),
 ], "Merge workbooks", [
  ("p", "Merge the CĐCS workbooks (or the districts' for the province) into one: Add files…, Add folder… (every workbook in it), Remove, choose where the Thông tin sheet comes from, press Merge. The result opens as a new unsaved document."),
  ("img", ("gop-so.png", "The merge dialog (Vietnamese interface): the workbooks and where Thông tin comes from.")),
  ("ul", ["Each row names its source file, sheet and row.", "A CĐCS with two different quotas in two files is reported and left to be checked.",
          "Initiatives repeated across files are reported with both places and counted once.",
          "Each file's data problems are on the Source data errors sheet (Lỗi dữ liệu nguồn in the Vietnamese interface).",
          "A list longer than a Calc sheet goes on over Sáng kiến (2)… and is still read as one list."]),
  ("p", "The source files are only read, never locked or changed."),
 ]),
"feedback": ("Phản hồi cho CĐCS", [
  ("p", "Sau khi xét, huyện gửi lại cho từng CĐCS những gì đơn vị đó cần sửa: Sáng kiến ▸ Phản hồi cho CĐCS…. Chọn đơn vị (mặc định tất cả), định dạng ODS (để đơn vị sửa) và PDF (để đọc, in), hạn gửi lại (lấy từ dòng “Hạn gửi lại” của trang Thông tin), thư mục lưu, bấm Lập phản hồi."),
  ("p", "Mỗi đơn vị một tệp PhanHoi_<tên đơn vị> (không dấu), chỉ có sáng kiến và lỗi của chính đơn vị đó:"),
  ("ul", ["trang Phản hồi: gửi ai, đơn vị xét, ngày xét, chỉ tiêu (“Đã có 5/8 sáng kiến hợp lệ, cần thêm 3.”), số sáng kiến, hạn gửi lại, cách làm;",
          "trang Sáng kiến của đơn vị: từng sáng kiến với tệp, trang, dòng trong sổ của đơn vị, kết quả, lý do và việc cần bổ sung, sửa (thiếu văn bản công nhận, ngày ngoài thời gian…);",
          "trang Lỗi cần sửa: ô không đọc được, ngày không có thật…, tại đúng tệp, trang, dòng, cột trong sổ của đơn vị."]),
  ("p", "Đánh dấu “Kèm công văn gửi từng đơn vị”: mỗi đơn vị thêm một công văn theo thể thức Nghị định 30 (PhanHoi_…_CongVan, dạng ODT khi chọn ODS, PDF khi chọn PDF) — kính gửi Ban Chấp hành đơn vị, kết quả rà soát, chỉ tiêu, việc cần sửa, hạn gửi lại, chữ ký theo trang Thông tin; số công văn để trống cho văn thư ghi. Mẫu CongVanPhanHoi.ott sửa được như các mẫu khác ([[templates|Sửa mẫu văn bản]])."),
  ("p", "Sổ đã gộp (Gộp sổ): mỗi dòng nhớ Tệp nguồn, Trang nguồn, Dòng nguồn nên phản hồi chỉ đúng chỗ trong sổ CĐCS đã gửi; cột được gọi bằng tên tiêu đề. Lỗi không thuộc riêng đơn vị nào (trang Thông tin của huyện, cả danh sách) không gửi cho ai; thông báo cuối cho biết số lượng."),
  ("h", "Vòng sửa sổ"),
  ("ul", ["Gộp sổ các CĐCS → Xét khen thưởng → Phản hồi cho CĐCS, gửi tệp cho từng đơn vị.",
          "Các CĐCS sửa ngay trong sổ của mình, gửi lại.",
          "Gộp lại các sổ đã sửa → Xét khen thưởng, ở ô “So với lần xét trước” chọn tệp kết quả lần trước (KetQuaXet.ods hoặc sổ gộp đã xét và lưu): trang KQ Thay đổi cho biết sáng kiến nào nay hợp lệ, nay đạt, lỗi nào đã sửa, CĐCS nào nay đạt chỉ tiêu (xem [[review|Xét khen thưởng]])."]),
  ("p", "Dòng lệnh: sangkien feedback SỔ… -o THƯ_MỤC [--format ods,pdf] [--cong-van]; sangkien review SỔ_MỚI -o THƯ_MỤC --so-voi KetQuaXet.ods."),
 ], "Feedback to each union", [
  ("p", "After the review, the district sends each CĐCS what it must correct: Sáng kiến ▸ Feedback to each union…. Choose the units (all by default), the formats ODS (for the unit to edit) and PDF (to read, to print), the deadline to send back (taken from the row “Hạn gửi lại” of the sheet Thông tin), the folder, and press Make the feedback."),
  ("p", "One file per unit, PhanHoi_<unit name> (without tones), holding only that unit's initiatives and problems:"),
  ("ul", ["the sheet Feedback: to whom, reviewed by, the date, the quota (“5 of 8 valid initiatives, 3 more needed.”), the counts, the deadline, what to do;",
          "the sheet Your initiatives: each initiative with its file, sheet and row in the unit's workbook, its result, reasons and what it still needs (a recognition document, a date outside the period…);",
          "the sheet Problems to fix: unreadable cells, dates that do not exist…, at their file, sheet, row and column in the unit's workbook."]),
  ("p", "Tick “With a covering letter to each unit”: each unit also gets an official letter in the form of Decree 30 (PhanHoi_…_CongVan, ODT with ODS, PDF with PDF) — addressed to the unit's executive committee, with the review's outcome, the quota, what to correct, the deadline and the signature of the sheet Thông tin; the letter's number is left blank for the clerk's office. Its template CongVanPhanHoi.ott can be edited like the others ([[templates|Editing the templates]])."),
  ("p", "A merged workbook (Merge workbooks) remembers each row's source file, sheet and row, so the feedback points into the workbook the CĐCS sent; columns are named by their headings. Problems of no single unit (the district's Thông tin, a whole list) go to none; the closing message says how many."),
  ("h", "The correction round"),
  ("ul", ["Merge the CĐCS workbooks → Review → Feedback to each union, send each unit its file.",
          "The CĐCS correct their own workbooks and send them back.",
          "Merge the corrected workbooks → Review, choosing the earlier result file (KetQuaXet.ods, or the merged workbook reviewed and saved) under “Compare with an earlier review”: the sheet Review changes (KQ Thay đổi) says which initiatives became valid or qualify, which problems were fixed, which CĐCS reached their quota (see [[review|Review]])."]),
  ("p", "Command line: sangkien feedback WORKBOOK… -o FOLDER [--format ods,pdf] [--letter]; sangkien review NEW_WORKBOOK -o FOLDER --compare-with KetQuaXet.ods."),
 ]),
"settings": ("Cài đặt", [
  ("p", "Công cụ ▸ Tùy chọn ▸ Sáng kiến ▸ Cài đặt (hoặc Sáng kiến ▸ Cài đặt…): tên đơn vị, cơ quan cấp trên, địa danh, người ký, cấp (CĐCS, LĐLĐ huyện, LĐLĐ tỉnh); tiêu chí mặc định khi sổ không có trang Thông tin (để trống là theo kế hoạch); thư mục lưu, định dạng, [[templates|thư mục mẫu riêng]]."),
  ("img", ("cai-dat.png", "Trang Cài đặt: ô không đọc được được giữ nguyên để sửa và nêu tên bằng chữ đỏ; rê chuột để xem lý do.")),
  ("p", "Nút Trợ giúp ở góc trên bên phải của trang (hoặc phím F1) mở trang này; nút Help (Trợ giúp) ở góc dưới bên trái hộp thoại Tùy chọn là trợ giúp của LibreOffice, không có trang của Sáng kiến. Nút Chọn… mở hộp chọn thư mục, thư mục chưa có thì được hỏi để tạo. Giá trị không đọc được (ví dụ ngày 31/2/2023) được báo ngay khi bấm OK và vẫn giữ nguyên như đã gõ để bạn sửa; trang ghi tên ô đó bằng chữ đỏ. Cho đến khi sửa, khi xét dùng giá trị của kế hoạch và trang Lỗi dữ liệu ghi rõ điều này."),
 ], "Settings", [
  ("p", "Tools ▸ Options ▸ Sáng kiến ▸ Cài đặt (or Sáng kiến ▸ Settings…): the unit's name, superior body, place, signer, level (CĐCS, district, province); default criteria when a workbook has no Thông tin sheet (empty: the plan's); output folder, formats, [[templates|your own template folder]]."),
  ("img", ("cai-dat.png", "The settings page (Vietnamese interface): a text that cannot be read is kept to be corrected and named in red; hover for why.")),
  ("p", "The Help button at the page's top right (or F1) opens this page; the Help button at the bottom left of the Options dialog is LibreOffice's help, which has no page for Sáng kiến. Browse… opens a folder picker; a folder that does not exist is offered to be created. A value that cannot be read (e.g. 31/2/2023) is said at once when you press OK and kept as typed for you to correct; the page names the field in red. Until then the review uses the plan's value, and the Data errors sheet says so."),
 ]),
"criteria": ("Tiêu chí và các cột của sổ", [
  ("h", "Tiêu chí (Kế hoạch 10/KH-LĐLĐ)"),
  ("ul", ["Sáng kiến được tính khi đã cập nhật lên hệ thống trước Hạn cập nhật; hợp lệ khi trạng thái là Hợp lệ.",
          "Cá nhân: tác giả của sáng kiến hợp lệ có văn bản công nhận sáng kiến trong thời gian xét và giá trị làm lợi từ Ngưỡng trở lên (có văn bản công nhận giá trị) hoặc giá trị xã hội được xác nhận; hoặc có đóng góp được đề xuất (tùy Kết hợp tiêu chí: Hoặc/Và).",
          "Tập thể (CĐCS): số sáng kiến hợp lệ đạt chỉ tiêu được giao."]),
  ("h", "Các cột đọc được"),
  ("p", "STT, Mã sáng kiến, Tên sáng kiến, Tác giả (nhiều người cách nhau bằng dấu phẩy, chấm phẩy, “và”), Chức vụ, Đơn vị (CĐCS), Khối, Nhóm đối tượng, Loại giải pháp, Lĩnh vực, Ngày cập nhật, Trạng thái, Giá trị làm lợi (“500 triệu”, “1,2 tỷ” đều được), Giá trị xã hội, Văn bản công nhận sáng kiến / giá trị làm lợi (số và ngày), Ghi chú. Tên cột có thể viết khác, có dấu hoặc không: tiêu đề được hiểu theo nghĩa (“Hiệu quả làm lợi”, “Số tiền làm lợi”, “Đồng tác giả”, “Nơi công tác”, “Số QĐ công nhận sáng kiến”…)."),
  ("h", "Đơn vị tiền"),
  ("p", "Tiêu đề “(triệu đồng)”, “(nghìn đồng)”, “(1.000 đ)”, “(tr.đ)”, “(tỷ đồng)” hoặc dòng “ĐVT: …” phía trên bảng: số trong cột được quy ra đồng, giữ đúng phần thập phân. Tóm tắt và trang KQ Tổng hợp nói cột nào được quy theo đơn vị nào."),
  ("h", "Thiếu cột"),
  ("p", "Không tìm thấy cột của một tiêu chí (trạng thái, văn bản công nhận, văn bản công nhận giá trị làm lợi, giá trị làm lợi, giá trị xã hội), hoặc có hai cột như vậy mà nội dung khác nhau: tiêu chí đó không xét được. Sáng kiến chỉ còn vướng tiêu chí đó ghi **Cần kiểm tra** kèm lý do, không bao giờ “Không đạt”. Hộp thoại [[review|Xét khen thưởng]] báo bằng chữ đỏ trước khi xét; chọn cột đúng ở phần Cột của danh sách."),
  ("h", "Sổ nhiều trang, sáng kiến nhiều dòng"),
  ("p", "Sổ chia mỗi CĐCS (mỗi khối, mỗi năm) một trang được đọc thành một danh sách; đơn vị lấy từ cột đơn vị, dòng nhóm, dòng tiêu đề của trang (“CĐCS …”) hoặc tên trang trùng tên một CĐCS. Mẫu ghi mỗi tác giả một dòng (các ô khác gộp dọc) là một sáng kiến với đủ tác giả. “Chưa có”, “Không”, “-”, “…” trong cột văn bản, ngày, giá trị nghĩa là chưa có."),
 ], "Criteria and the workbook's columns", [
  ("h", "Criteria (Plan 10/KH-LĐLĐ)"),
  ("ul", ["An initiative counts when it was updated on the system before the cut-off; it is valid when its status is Hợp lệ.",
          "A person: author of a valid initiative recognised within the period with a value at or above the threshold (with a value document) or a confirmed social value; or proposed for a contribution (depending on the combination: Or/And).",
          "A unit (CĐCS): its valid initiatives reach the quota it was given."]),
  ("h", "Columns read"),
  ("p", "STT, code, title, authors (separated by commas, semicolons, “và”), position, unit (CĐCS), block, target group, solution type, domain, update date, status, value (“500 triệu”, “1,2 tỷ” are read), social value, recognition and value documents (number and date), note. Headings may be written differently, with or without diacritics: they are read by meaning (“Hiệu quả làm lợi”, “Số tiền làm lợi”, “Đồng tác giả”, “Nơi công tác”, “Số QĐ công nhận sáng kiến”…)."),
  ("h", "Units of amounts"),
  ("p", "A heading “(triệu đồng)”, “(nghìn đồng)”, “(1.000 đ)”, “(tr.đ)”, “(tỷ đồng)” or an “ĐVT: …” line above the table: the column’s numbers are converted to VND, decimals exact. The summary and the review summary sheet say which unit was applied to which column."),
  ("h", "Missing columns"),
  ("p", "When the column of a criterion (status, recognition document, benefit document, value, social value) cannot be found, or two such columns hold different cells, that criterion cannot be judged. An initiative held back only by it is **Needs checking** (Cần kiểm tra) with the reason, never “Does not qualify”. The [[review|Review]] dialog says so in red before the run; choose the right column under the list’s columns."),
  ("h", "Lists over several sheets, initiatives over several rows"),
  ("p", "A workbook with one sheet per CĐCS (per khối, per year) is read as one list; the unit comes from the unit column, a group row, the sheet’s title rows (“CĐCS …”) or a sheet name that is a CĐCS’s name. A form with one row per author (other cells merged down) is one initiative with all its authors. “Chưa có”, “Không”, “-”, “…” in a document, date or value column mean none."),
 ]),
"functions": ("Các hàm SK.*", [
  ("p", "Tên hàm giống nhau ở mọi ngôn ngữ; dấu phân cách đối số là “;”. Dữ liệu không đọc được cho Err:502, trường hợp không áp dụng cho #N/A."),
  ("table", [("SK.TIEN(văn_bản)", "số tiền (đồng): =SK.TIEN(\"500 triệu\") → 500000000"),
             ("SK.NGAY(ngày)", "giá trị ngày từ chữ: =SK.NGAY(\"5/9/2023\")"),
             ("SK.TIENCHU(số_tiền; [đơn_vị])", "“Năm trăm triệu đồng”"),
             ("SK.NGAYTHANG(ngày; [địa_danh])", "“Huyện Dương Minh Châu, ngày 05 tháng 9 năm 2023”"),
             ("SK.CHUANHOA(văn_bản)", "chữ Unicode dựng sẵn, bỏ khoảng trắng thừa, phông cũ sang Unicode"),
             ("SK.KHOATEN(họ_tên)", "khóa sắp xếp họ tên theo thứ tự tiếng Việt"),
             ("SK.XETCANHAN(trạng_thái; ngày_cập_nhật; …; giá_trị; [giá_trị_xã_hội])", "“Đạt” hoặc “Không đạt: lý do”"),
             ("SK.XETTAPTHE(số_hợp_lệ; chỉ_tiêu)", "“Đạt” hoặc “Không đạt: 9/10 (90%)”"),
             ("SK.DEMHOPLE(cột_đơn_vị; đơn_vị; cột_trạng_thái; [cột_ngày])", "số sáng kiến hợp lệ của một CĐCS"),
             ("SK.TONGGIATRI(cột_đơn_vị; đơn_vị; cột_giá_trị)", "tổng giá trị làm lợi của một CĐCS"),
             ("SK.TONGHOPCDCS(danh_sách; cột_đơn_vị; cột_trạng_thái; cột_giá_trị; [cột_ngày])", "công thức mảng N dòng × 3 cột (Ctrl+Shift+Enter): cập nhật, hợp lệ, giá trị của từng CĐCS")]),
 ], "The SK.* functions", [
  ("p", "Function names are the same in every language; arguments are separated by “;”. Data that cannot be read gives Err:502, a case that does not apply #N/A."),
  ("table", [("SK.TIEN(text)", "an amount in đồng: =SK.TIEN(\"500 triệu\") → 500000000"),
             ("SK.NGAY(date)", "a date value from text: =SK.NGAY(\"5/9/2023\")"),
             ("SK.TIENCHU(amount; [unit])", "“Năm trăm triệu đồng”"),
             ("SK.NGAYTHANG(date; [place])", "“Huyện Dương Minh Châu, ngày 05 tháng 9 năm 2023”"),
             ("SK.CHUANHOA(text)", "precomposed Unicode, single spaces, legacy fonts converted"),
             ("SK.KHOATEN(name)", "a key sorting names in Vietnamese order"),
             ("SK.XETCANHAN(status; update date; …; value; [social value])", "“Đạt” or “Không đạt: reason”, in the UI language"),
             ("SK.XETTAPTHE(valid; quota)", "“Đạt” or “Không đạt: 9/10 (90%)”"),
             ("SK.DEMHOPLE(unit column; unit; status column; [date column])", "valid initiatives of one CĐCS"),
             ("SK.TONGGIATRI(unit column; unit; value column)", "total value of one CĐCS"),
             ("SK.TONGHOPCDCS(list; unit column; status column; value column; [date column])", "array formula N rows × 3 columns (Ctrl+Shift+Enter): updated, valid, value per CĐCS")]),
 ]),
"templates": ("Sửa mẫu văn bản", [
  ("p", "Các mẫu là văn bản Writer bình thường. Chỗ được điền viết trong ngoặc kép nhọn: {{ten_truong}}, {{tong_gia_tri|tien}}. Một dòng bảng có {{ca_nhan.ho_ten}} được lặp cho mỗi người; {{#neu dieu_kien}} … {{/neu}} giữ đoạn khi điều kiện đúng; {{#moi ds}} … {{/moi}} lặp các đoạn."),
  ("ul", ["Mở mẫu gốc: trong thư mục cài tiện ích, thư mục templates (BaoCaoTongKet.ott, ToTrinh.ott…).",
          "Lưu bản sửa vào một thư mục riêng cùng tên tệp, rồi ghi thư mục đó vào [[settings|Cài đặt]] ▸ Thư mục mẫu của tôi: mẫu của bạn được dùng thay mẫu gốc.",
          "Chỗ điền viết sai hiện thành ghi chú đỏ trong văn bản và được báo, không bao giờ im lặng."]),
 ], "Editing the templates", [
  ("p", "The templates are ordinary Writer documents. What is filled is written in double braces: {{ten_truong}}, {{tong_gia_tri|tien}}. A table row holding {{ca_nhan.ho_ten}} is repeated for each person; {{#neu condition}} … {{/neu}} keeps paragraphs when the condition holds; {{#moi list}} … {{/moi}} repeats them."),
  ("ul", ["The shipped templates are in the extension's templates folder (BaoCaoTongKet.ott, ToTrinh.ott…).",
          "Save your edited copy under the same file name in a folder of your own and name that folder in [[settings|Settings]] ▸ My template folder: yours is used instead.",
          "A misspelt marker shows as a red note in the document and is reported, never silently."]),
 ]),
}

CSS = ("body{font-family:'Liberation Sans',Arial,sans-serif;max-width:46em;margin:1em auto;line-height:1.45}"
       "h1{color:#1f4e79}h2{color:#1f4e79;font-size:1.15em}nav{font-size:.9em;margin-bottom:1em}"
       "table{border-collapse:collapse}td{border:1px solid #999;padding:.2em .4em;vertical-align:top}"
       "td:first-child{font-family:'Liberation Mono',monospace;white-space:nowrap}")

# Inline markup in the texts: [[page|words]] links to another page, **words** are bold.
INLINE = re.compile(r"\[\[(\w+)\|([^\]]+)\]\]|\*\*([^*]+)\*\*")

# The index page's list of every other page ("Nội dung" / "Contents").
CONTENTS = ("Các trang trợ giúp", "Help pages")


def segments(text):
    """The text as (words, page, bold): page names the target of a link, else None."""
    out, at = [], 0
    for match in INLINE.finditer(text):
        if match.start() > at:
            out.append((text[at:match.start()], None, False))
        if match.group(3) is not None:
            out.append((match.group(3), None, True))
        elif match.group(1) not in PAGES:
            raise SystemExit(f"unknown page in link: {match.group(0)}")
        else:
            out.append((match.group(2), match.group(1), False))
        at = match.end()
    if at < len(text):
        out.append((text[at:], None, False))
    return out


def page_text(lang, page):
    title_vi, body_vi, title_en, body_en = PAGES[page]
    return (title_vi, body_vi) if lang == "vi" else (title_en, body_en)


def nav_title(lang, page):
    return next(v if lang == "vi" else e for p, v, e in NAV if p == page)


def with_contents(lang, page, body):
    """The index page ends with a list of every other page."""
    if page != "index":
        return body
    items = [f"[[{p}|{page_text(lang, p)[0]}]]" for p, _, _ in NAV if p != "index"]
    return body + [("h", CONTENTS[0] if lang == "vi" else CONTENTS[1]), ("ul", items)]


# --- HTML: a page per file, for reading outside LibreOffice (a browser, the repository) ---------

def html_inline(text):
    def one(words, target, bold):
        if target:
            return f'<a href="{target}.html">{html.escape(words)}</a>'
        return f"<b>{html.escape(words)}</b>" if bold else html.escape(words)
    return "".join(one(*segment) for segment in segments(text))


def render_html(lang, page):
    vi = lang == "vi"
    title, body = page_text(lang, page)
    nav = " · ".join(f'<a href="{p}.html">{html.escape(v if vi else e)}</a>' for p, v, e in NAV)
    parts = [f'<!DOCTYPE html>\n<html lang="{"vi" if vi else "en"}"><head><meta charset="utf-8">',
             f"<title>{html.escape(title)}</title><style>{CSS}</style></head><body>",
             f"<nav>{nav}</nav><h1>{html.escape(title)}</h1>"]
    for kind, content in with_contents(lang, page, body):
        if kind == "h":
            parts.append(f"<h2>{html.escape(content)}</h2>")
        elif kind == "p":
            parts.append(f"<p>{html_inline(content)}</p>")
        elif kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{html_inline(i)}</li>" for i in content) + "</ul>")
        elif kind == "img":  # a screenshot (docs/help/img, shared by both languages) and its caption
            file, caption = content
            parts.append(f'<p><img src="../img/{file}" alt="{html.escape(caption)}" style="max-width:100%;border:1px solid #999"><br>'
                         f"<i>{html.escape(caption)}</i></p>")
        elif kind == "table":
            parts.append("<table>" + "".join(f"<tr><td>{html.escape(a)}</td><td>{html.escape(b)}</td></tr>"
                                             for a, b in content) + "</table>")
    parts.append("</body></html>\n")
    return "".join(parts)


# --- One Writer document per language: what LibreOffice shows -----------------------------------
# Every page is a Heading 1 holding a bookmark named after the page (index, review…); links are
# "#page", which Writer follows inside the document (a plain click, the document being read-only),
# and the Help command jumps to the bookmark. Screenshots are embedded, so the file stands alone.

FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
  <office:meta><dc:title>{title}</dc:title><dc:language>{tag}</dc:language></office:meta>
  <office:settings>
    <config:config-item-set config:name="ooo:configuration-settings">
      <config:config-item config:name="LoadReadonly" config:type="boolean">true</config:config-item>
    </config:config-item-set>
  </office:settings>
  <office:font-face-decls>
    <style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/>
    <style:font-face style:name="Liberation Mono" svg:font-family="&apos;Liberation Mono&apos;" style:font-family-generic="modern" style:font-pitch="fixed"/>
  </office:font-face-decls>
  <office:styles>
    <style:default-style style:family="paragraph">
      <style:paragraph-properties style:writing-mode="lr-tb"/>
      <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:language="{language}" fo:country="{country}" fo:hyphenate="false"/>
    </style:default-style>
    <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
    <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
      <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="125%"/>
    </style:style>
    <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
      <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
      <style:text-properties fo:color="#1f4e79" fo:font-weight="bold"/>
    </style:style>
    <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">
      <style:paragraph-properties fo:margin-top="0cm" fo:line-height="130%"/>
      <style:text-properties fo:font-size="18pt"/>
    </style:style>
    <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text">
      <style:text-properties fo:font-size="13pt"/>
    </style:style>
    <style:style style:name="Help_20_navigation" style:display-name="Help navigation" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
      <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.4cm" fo:padding-bottom="0.15cm" fo:border-bottom="0.5pt solid #999999" fo:line-height="130%"/>
      <style:text-properties fo:font-size="10pt"/>
    </style:style>
    <style:style style:name="Figure" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
      <style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.1cm"/>
    </style:style>
    <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
      <style:paragraph-properties fo:text-align="center" fo:margin-top="0cm" fo:margin-bottom="0.3cm"/>
      <style:text-properties fo:font-size="10pt" fo:font-style="italic"/>
    </style:style>
    <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
      <style:text-properties fo:font-size="10pt"/>
    </style:style>
    <style:style style:name="Internet_20_link" style:display-name="Internet link" style:family="text">
      <style:text-properties fo:color="#1a5fb4" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/>
    </style:style>
    <style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text">
      <style:text-properties fo:font-weight="bold"/>
    </style:style>
    <style:style style:name="Source_20_Text" style:display-name="Source Text" style:family="text">
      <style:text-properties style:font-name="Liberation Mono"/>
    </style:style>
    <text:list-style style:name="List_20_1" style:display-name="List 1">
      <text:list-level-style-bullet text:level="1" text:bullet-char="•">
        <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
          <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.4cm" fo:margin-left="0.6cm"/>
        </style:list-level-properties>
      </text:list-level-style-bullet>
    </text:list-style>
  </office:styles>
  <office:automatic-styles>
    <style:style style:name="NewPage" style:family="paragraph" style:parent-style-name="Heading_20_1">
      <style:paragraph-properties fo:break-before="page"/>
    </style:style>
    <style:style style:name="Screenshot" style:family="graphic">
      <style:graphic-properties fo:border="0.5pt solid #999999" fo:padding="0cm" style:vertical-pos="top" style:vertical-rel="baseline"/>
    </style:style>
    <style:style style:name="Functions" style:family="table">
      <style:table-properties style:width="17cm" table:align="left" fo:margin-bottom="0.3cm"/>
    </style:style>
    <style:style style:name="Functions.A" style:family="table-column">
      <style:table-column-properties style:column-width="8cm"/>
    </style:style>
    <style:style style:name="Functions.B" style:family="table-column">
      <style:table-column-properties style:column-width="9cm"/>
    </style:style>
    <style:style style:name="Functions.Cell" style:family="table-cell">
      <style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #999999"/>
    </style:style>
    <style:page-layout style:name="Page">
      <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
    </style:page-layout>
  </office:automatic-styles>
  <office:master-styles>
    <style:master-page style:name="Standard" style:page-layout-name="Page"/>
  </office:master-styles>
  <office:body>
    <office:text>
"""

FODT_TAIL = """    </office:text>
  </office:body>
</office:document>
"""

IMAGE_WIDTH_CM = 16.0


def png_size(path):
    data = path.read_bytes()[16:24]
    return int.from_bytes(data[:4], "big"), int.from_bytes(data[4:], "big")


def fodt_inline(text):
    def one(words, target, bold):
        words = html.escape(words, quote=False)
        if target:
            return (f'<text:a xlink:type="simple" xlink:href="#{target}" text:style-name="Internet_20_link" '
                    f'text:visited-style-name="Internet_20_link">{words}</text:a>')
        return f'<text:span text:style-name="Strong_20_Emphasis">{words}</text:span>' if bold else words
    return "".join(one(*segment) for segment in segments(text))


def fodt_navigation(lang, page):
    """Every other page, one click away; this one in bold."""
    items = []
    for p, _, _ in NAV:
        words = html.escape(nav_title(lang, p), quote=False)
        items.append(f'<text:span text:style-name="Strong_20_Emphasis">{words}</text:span>' if p == page
                     else fodt_inline(f"[[{p}|{nav_title(lang, p)}]]"))
    return f'      <text:p text:style-name="Help_20_navigation">{" · ".join(items)}</text:p>\n'


def fodt_image(file, caption):
    path = OUT / "img" / file
    width_px, height_px = png_size(path)
    width = min(IMAGE_WIDTH_CM, width_px / 96 * 2.54)
    height = width * height_px / width_px
    data = base64.encodebytes(path.read_bytes()).decode("ascii")
    return (f'      <text:p text:style-name="Figure"><draw:frame draw:style-name="Screenshot" draw:name="{html.escape(file)}" '
            f'text:anchor-type="as-char" svg:width="{width:.2f}cm" svg:height="{height:.2f}cm"><draw:image>'
            f"<office:binary-data>\n{data}</office:binary-data></draw:image>"
            f"<svg:desc>{html.escape(caption, quote=False)}</svg:desc></draw:frame></text:p>\n"
            f'      <text:p text:style-name="Caption">{html.escape(caption, quote=False)}</text:p>\n')


def fodt_table(rows):
    cells = "".join('        <table:table-row>'
                    f'<table:table-cell table:style-name="Functions.Cell" office:value-type="string"><text:p text:style-name="Table_20_Contents">'
                    f'<text:span text:style-name="Source_20_Text">{html.escape(a, quote=False)}</text:span></text:p></table:table-cell>'
                    f'<table:table-cell table:style-name="Functions.Cell" office:value-type="string"><text:p text:style-name="Table_20_Contents">'
                    f"{html.escape(b, quote=False)}</text:p></table:table-cell></table:table-row>\n" for a, b in rows)
    return ('      <table:table table:name="Functions" table:style-name="Functions">\n'
            '        <table:table-column table:style-name="Functions.A"/><table:table-column table:style-name="Functions.B"/>\n'
            f"{cells}      </table:table>\n")


def fodt_page(lang, page, first):
    title, body = page_text(lang, page)
    parts = [f'      <text:h text:style-name="{"Heading_20_1" if first else "NewPage"}" text:outline-level="1">'
             f'<text:bookmark text:name="{page}"/>{html.escape(title, quote=False)}</text:h>\n',
             fodt_navigation(lang, page)]
    for kind, content in with_contents(lang, page, body):
        if kind == "h":
            parts.append(f'      <text:h text:style-name="Heading_20_2" text:outline-level="2">{html.escape(content, quote=False)}</text:h>\n')
        elif kind == "p":
            parts.append(f'      <text:p text:style-name="Text_20_body">{fodt_inline(content)}</text:p>\n')
        elif kind == "ul":
            parts.append('      <text:list text:style-name="List_20_1">\n'
                         + "".join(f'        <text:list-item><text:p text:style-name="Text_20_body">{fodt_inline(i)}</text:p></text:list-item>\n'
                                   for i in content)
                         + "      </text:list>\n")
        elif kind == "img":
            parts.append(fodt_image(*content))
        elif kind == "table":
            parts.append(fodt_table(content))
    return "".join(parts)


def render_fodt(lang):
    vi = lang == "vi"
    head = FODT_HEAD.format(title=html.escape(page_text(lang, "index")[0], quote=False), tag="vi-VN" if vi else "en-US",
                            language="vi" if vi else "en", country="VN" if vi else "US")
    pages = "".join(fodt_page(lang, page, i == 0) for i, (page, _, _) in enumerate(NAV))
    return head + pages + FODT_TAIL


if [p for p, _, _ in NAV] != list(PAGES):
    raise SystemExit("NAV and PAGES must name the same pages in the same order")
for lang in ("vi", "en"):
    (OUT / lang).mkdir(parents=True, exist_ok=True)
    for page in PAGES:
        (OUT / lang / f"{page}.html").write_text(render_html(lang, page), encoding="utf-8")
    (OUT / lang / "help.fodt").write_text(render_fodt(lang), encoding="utf-8")
