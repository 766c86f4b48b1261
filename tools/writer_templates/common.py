# Shared parts of the Writer templates' flat-ODF sources (templates/*.fodt): the styles of
# FORMAT.md (A4, margins 20/20/30/15 mm, Times New Roman, 14 pt justified body with a 1,27 cm
# first-line indent, page numbers centred at the top from page 2), the NĐ 30 header block, data
# tables and the signature block with Nơi nhận. Developer tool (python3, run by hand):
#   python3 tools/writer_templates/report.py   (and dossier.py) → templates/*.fodt
#   build/make_writer_templates templates       → templates/*.ott (what ships and staff edit)
import re
from pathlib import Path
from xml.sax.saxutils import escape as esc

OUT = Path(__file__).resolve().parents[2] / "templates"

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')

def pstyle(name, size="14pt", bold=False, italic=False, align="justify", indent="0cm", before="0cm", after="0cm",
           line="100%", extra_p="", extra_t="", parent="Standard", keep=False):
    t = f'fo:font-size="{size}" style:font-size-complex="{size}"'
    if bold: t += ' fo:font-weight="bold" style:font-weight-complex="bold"'
    if italic: t += ' fo:font-style="italic" style:font-style-complex="italic"'
    k = ' fo:keep-with-next="always"' if keep else ''
    return (f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="{parent}">'
            f'<style:paragraph-properties fo:text-align="{align}" fo:text-indent="{indent}" fo:margin-top="{before}" '
            f'fo:margin-bottom="{after}" fo:line-height="{line}"{k} {extra_p}/>'
            f'<style:text-properties {t} {extra_t}/></style:style>')

STYLES = "".join([
    '<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/>'
    '<style:text-properties style:font-name="Times New Roman" fo:font-size="14pt" fo:language="vi" fo:country="VN" '
    'style:font-name-complex="Times New Roman" fo:hyphenate="false"/></style:default-style>',
    '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>',
    pstyle("Body", align="justify", indent="1.27cm", after="0.212cm", line="115%"),
    pstyle("Body no indent", align="justify", after="0.212cm", line="115%"),
    pstyle("Section heading", bold=True, indent="1.27cm", before="0.212cm", after="0.212cm", keep=True),
    pstyle("Item heading", bold=True, indent="1.27cm", after="0.212cm", keep=True),
    pstyle("Point heading", italic=True, indent="1.27cm", after="0.212cm", keep=True),
    pstyle("Superior", size="12pt", align="center"),
    pstyle("Issuer", size="12pt", bold=True, align="center"),
    pstyle("Nation", size="12pt", bold=True, align="center"),
    pstyle("Motto", size="14pt", bold=True, align="center"),
    pstyle("Rule", size="4pt", align="center", before="0.08cm", extra_p='fo:border-top="0.5pt solid #000000" fo:padding="0cm" fo:margin-left="2.0cm" fo:margin-right="2.0cm"'),
    pstyle("Rule motto", size="4pt", align="center", before="0.08cm", extra_p='fo:border-top="0.5pt solid #000000" fo:padding="0cm" fo:margin-left="2.0cm" fo:margin-right="2.0cm"'),
    pstyle("Rule summary", size="4pt", align="center", before="0.08cm", extra_p='fo:border-top="0.5pt solid #000000" fo:padding="0cm" fo:margin-left="6.75cm" fo:margin-right="6.75cm"'),
    pstyle("Number", size="13pt", align="center", before="0.1cm"),
    pstyle("Date line", size="13pt", italic=True, align="center", before="0.1cm"),
    pstyle("Document type", bold=True, align="center", before="0.5cm"),
    pstyle("Summary line", bold=True, align="center"),
    pstyle("Addressee", align="center", before="0.3cm", after="0.3cm"),
    pstyle("Grounds", italic=True, indent="1.27cm", after="0.1cm", align="justify"),
    pstyle("Table text", size="12pt", align="left"),
    pstyle("Table number", size="12pt", align="right"),
    pstyle("Table centre", size="12pt", align="center"),
    pstyle("Table heading", size="12pt", bold=True, align="center"),
    pstyle("Table total", size="12pt", bold=True, align="left"),
    pstyle("Table total number", size="12pt", bold=True, align="right"),
    pstyle("Recipients heading", size="12pt", bold=True, italic=True, align="left"),
    pstyle("Recipients", size="11pt", align="left"),
    pstyle("Authority", bold=True, align="center"),
    pstyle("Signer", bold=True, align="center"),
    pstyle("Signature space", align="center", after="2.2cm"),
    pstyle("Page number", size="13pt", align="center"),
    pstyle("Appendix title", bold=True, align="center", before="0.2cm"),
    pstyle("Appendix note", italic=True, align="center", after="0.3cm"),
    pstyle("Prompt", italic=True, indent="1.27cm", after="0.212cm"),
])

def automatic(landscape=False, tables=()):
    w, h = ("29.7cm", "21cm") if landscape else ("21cm", "29.7cm")
    orient = "landscape" if landscape else "portrait"
    margins = 'fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="1.5cm"' if not landscape else \
              'fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2cm"'
    out = [f'<style:page-layout style:name="Page"><style:page-layout-properties fo:page-width="{w}" fo:page-height="{h}" '
           f'style:print-orientation="{orient}" {margins}/><style:header-style><style:header-footer-properties fo:min-height="0.5cm" '
           'fo:margin-bottom="0.3cm"/></style:header-style></style:page-layout>',
           '<style:page-layout style:name="PageLandscape"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" '
           'style:print-orientation="landscape" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="1.5cm"/>'
           '<style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.3cm"/></style:header-style></style:page-layout>',
           '<style:style style:name="FirstPage" style:family="paragraph" style:parent-style-name="Superior" style:master-page-name="First_20_Page"/>',
           '<style:style style:name="AppendixStart" style:family="paragraph" style:parent-style-name="Appendix title" style:master-page-name="Landscape"/>',
           '<style:style style:name="CellPlain" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>',
           # Every cell of a data table, its heading row included, has one cell style with all four
           # lines: Writer then keeps one shared format for the rows it repeats, and its ODF export
           # writes one cell style for the whole list (a heading cell style of its own, or cells
           # that leave a line to their neighbour, make it write one style per cell — 16,000 for a
           # 2,000-row list). The heading row stands out by its bold paragraph style.
           '<style:style style:name="CellLine" style:family="table-cell"><style:table-cell-properties style:vertical-align="middle" fo:padding="0.08cm" '
           'fo:border="0.5pt solid #000000"/></style:style>',
           # A row of a list is never split across two pages.
           '<style:style style:name="RowKeep" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>',
           ]
    for name, width, cols in tables:
        master = ' style:master-page-name="First_20_Page"' if name == "Header" else ''
        out.append(f'<style:style style:name="{name}" style:family="table"{master}><style:table-properties style:width="{width}cm" table:align="center" fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"/></style:style>')
        for i, c in enumerate(cols):
            out.append(f'<style:style style:name="{name}.C{i}" style:family="table-column"><style:table-column-properties style:column-width="{c}cm"/></style:style>')
    return "".join(out)

def document(title, body, landscape=False, tables=(), page_numbers=True):
    header = ('<style:header><text:p text:style-name="Page number"><text:page-number text:select-page="current">2</text:page-number></text:p></style:header>'
              if page_numbers else '')
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text">'
            f'<office:meta><dc:title>{esc(title)}</dc:title></office:meta>'
            '<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="&apos;Times New Roman&apos;" style:font-family-generic="roman" style:font-pitch="variable"/></office:font-face-decls>'
            f'<office:styles>{STYLES}</office:styles>'
            f'<office:automatic-styles>{automatic(landscape, tables)}</office:automatic-styles>'
            '<office:master-styles>'
            f'<style:master-page style:name="Standard" style:page-layout-name="Page">{header}</style:master-page>'
            '<style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="Page" style:next-style-name="Standard"/>'
            f'<style:master-page style:name="Landscape" style:page-layout-name="PageLandscape">{header}</style:master-page>'
            '</office:master-styles>'
            f'<office:body><office:text>{body}</office:text></office:body></office:document>\n')

def p(style, text=""):
    return f'<text:p text:style-name="{style}">{esc(text)}</text:p>'

def cell(content, style="CellPlain"):
    return f'<table:table-cell table:style-name="{style}" office:value-type="string">{content}</table:table-cell>'

def row(*cells, keep=False):
    style = ' table:style-name="RowKeep"' if keep else ""
    return f"<table:table-row{style}>" + "".join(cells) + "</table:table-row>"

def layout_table(name, cols, rows):
    c = "".join(f'<table:table-column table:style-name="{name}.C{i}"/>' for i in range(len(cols)))
    return f'<table:table table:name="{name}" table:style-name="{name}">{c}{"".join(rows)}</table:table>'

def data_table(name, headings, markers, total=None):
    """headings: list of (text, width); markers: list of (marker, style)."""
    cols = "".join(f'<table:table-column table:style-name="{name}.C{i}"/>' for i in range(len(headings)))
    head = row(*[cell(p("Table heading", h), "CellLine") for h, _ in headings], keep=True)
    body = row(*[cell(p(st, m), "CellLine") for m, st in markers], keep=True)
    tot = ""
    if total:
        tot = row(*[cell(p(st, m), "CellLine") for m, st in total], keep=True)
    return (f'<table:table table:name="{name}" table:style-name="{name}">{cols}'
            f'<table:table-header-rows>{head}</table:table-header-rows>{body}{tot}</table:table>')

def header_block(number_marker, first=True):
    left = p("FirstPage" if first else "Superior", "{{co_quan_cap_tren}}") + p("Issuer", "{{don_vi}}") + '<text:p text:style-name="Rule"/>'
    if number_marker:
        left += p("Number", "Số: {{" + number_marker + "}}")
    right = (p("Nation", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + p("Motto", "Độc lập - Tự do - Hạnh phúc") +
             '<text:p text:style-name="Rule motto"/>' + p("Date line", "{{dong_ngay}}"))
    return layout_table("Header", [6.2, 10.3], [row(cell(left), cell(right))])

def signature(recipients=True, authority=True):
    left = ""
    if recipients:
        left = layout_table("Recipients", [7.2], [row(cell(p("Recipients heading", "Nơi nhận:"))),
                                                   row(cell(p("Recipients", "{{noi_nhan.dong}}")))])
    else:
        left = p("Recipients", "")
    right = ((p("Authority", "{{tham_quyen}}") if authority else "") + p("Signer", "{{chuc_vu_ky}}") +
             p("Signature space", "") + p("Signer", "{{nguoi_ky}}"))
    return layout_table("Signature", [7.6, 8.9], [row(cell(left), cell(right))])

SIG_TABLES = [("Header", 16.5, [6.2, 10.3]), ("Signature", 16.5, [7.6, 8.9]), ("Recipients", 7.2, [7.2])]

# Kept whole on one line: paragraphs, where whitespace (inside spans too) is part of the text, and
# the metadata, which LibreOffice copies into the template's meta.xml as it finds it.
TEXT_ELEMENTS = ("text:p", "text:h", "office:meta")

def pretty(xml):
    """The document one element per line, indented by depth, so that a change to a template reads
    as a change to a few lines. An element that holds text (a paragraph, dc:title) stays whole on
    its line: only whitespace between elements that hold no text is added, which ODF ignores."""
    tokens = re.findall(r"<[^>]*>|[^<]+", xml)
    def name_of(tag):
        return re.match(r"</?([^\s/>]+)", tag).group(1)
    def end_of(start):  # the index of the tag closing the element opened at `start`
        depth = 0
        for i in range(start, len(tokens)):
            if tokens[i].startswith("</"):
                depth -= 1
            elif tokens[i].startswith("<") and not tokens[i].endswith("/>") and not tokens[i].startswith("<?"):
                depth += 1
            if depth == 0:
                return i
        raise ValueError("unclosed element " + tokens[start])
    def holds_text(start, end):  # text directly inside the element
        depth = 0
        for token in tokens[start + 1:end]:
            if token.startswith("</"):
                depth -= 1
            elif token.startswith("<"):
                depth += 0 if token.endswith("/>") else 1
            elif depth == 0 and token.strip():
                return True
        return False
    lines, depth, i = [], 0, 0
    while i < len(tokens):
        token = tokens[i]
        if not token.startswith("<"):
            if token.strip():
                raise ValueError("text outside a paragraph: " + token)
            i += 1
            continue
        if token.startswith("<?") or token.endswith("/>"):
            lines.append("  " * depth + token)
        elif token.startswith("</"):
            depth -= 1
            lines.append("  " * depth + token)
        else:
            end = end_of(i)
            if name_of(token) in TEXT_ELEMENTS or end == i + 1 or holds_text(i, end):
                lines.append("  " * depth + "".join(tokens[i:end + 1]))
                i = end
            else:
                lines.append("  " * depth + token)
                depth += 1
        i += 1
    return "\n".join(lines) + "\n"

def save(name, doc):
    """templates/NAME.fodt, pretty-printed."""
    (OUT / (name + ".fodt")).write_text(pretty(doc), encoding="utf-8")
