#!/usr/bin/env python3
"""Writes the format-reader fixtures in this folder (python3 standard library only).

Run from anywhere: `python3 Corpus/formats/make-fixtures.py`. The output is deterministic (fixed zip
timestamps, a seeded byte generator), so re-running it reproduces the committed files byte for byte.
The expected values in Tests/ReportKitTests/Formats were worked out by hand from the texts below.
"""
import hashlib
import os
import struct
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------------------------------
# HTML: a gov-site page template declared gb2312, encoded GB18030, holding GBK-only characters
# (镕 喆 堃 are not in GB2312), with header, navigation, breadcrumb, share widget, script, style, footer.

HTML = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>2025年政府工作报告_某市人民政府门户网站</title>
<style type="text/css">.nav li{float:left;color:#333}</style>
<script type="text/javascript">var _hmt = _hmt || []; document.write("<p>统计代码</p>");</script>
</head><body>
<div id="header" class="header"><div class="logo">某市人民政府门户网站</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府工作报告</div>
<div class="main">
<div class="left-menu"><ul><li><a href="#">政府文件</a></li><li><a href="#">规划计划</a></li></ul></div>
<div class="article">
<h1 class="title">2025年政府工作报告</h1>
<div class="info">发布时间：2025-01-20 <span class="share">分享到：微信 微博</span></div>
<div id="zoom" class="TRS_Editor">
<p align="center">——2025年1月15日在市第十七届人民代表大会第五次会议上</p>
<p>各位代表：</p>
<p style="text-indent:2em">现在，我代表市人民政府向大会报告工作，请予审议。</p>
<p>一、2024年工作回顾</p>
<p>&nbsp;&nbsp;过去一年，全市地区生产总值增长5.2%。朱镕基、陶喆、王堃三个名字用来检验生僻字。</p>
<p>二、2025年主要目标</p>
<p>地区生产总值增长5%左右；<br />城镇新增就业3万人以上。</p>
<table border="1"><tr><th>指标</th><th>目标</th></tr><tr><td>城镇调查失业率</td><td>5.5%<br/>左右</td></tr></table>
<p>三、重点任务</p>
<div>（一）扩大有效需求。</div>
<p style="display:none">隐藏的段落</p>
</div>
<div class="bshare-custom">分享到：<a href="#">微信</a><a href="#">微博</a></div>
</div>
</div>
<div class="footer"><p>主办：某市人民政府办公室 版权所有</p><p>网站标识码：1234000001 京ICP备05070218号</p>
<script>document.write("分享到微信")</script></div>
</body></html>
"""

NO_TEXT_HTML = """<html><head><meta charset="utf-8"><title>空白页</title>
<script>var a = "正文在脚本里";</script><style>p{color:red}</style></head>
<body><div class="nav"><a href="/">首页</a></div><div class="footer">版权所有</div></body></html>
"""

# ---------------------------------------------------------------------------------------------------
# DOCX with Word automatic multi-level numbering (numbering.xml as Word writes it).

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ZIP_TIME = (2025, 1, 15, 9, 0, 0)


def lvl(ilvl, fmt, text, start=1, restart=None):
    r = f'<w:lvlRestart w:val="{restart}"/>' if restart is not None else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{r}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{420 * (ilvl + 1)}" w:hanging="420"/></w:pPr></w:lvl>')


NUMBERING = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}>'
    # The usual Chinese outline: 一、 （一） 1. （1） ①
    '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
    + lvl(0, "chineseCounting", "%1、")
    + lvl(1, "chineseCounting", "（%2）")
    + lvl(2, "decimal", "%3.")
    + lvl(3, "decimal", "（%4）")
    + lvl(4, "decimalEnclosedCircle", "%5")
    + "</w:abstractNum>"
    # A second list: starts at 5, "%1)", and a level "%1.%2" that never restarts (lvlRestart 0).
    + '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>'
    + lvl(0, "decimal", "%1)", start=5)
    + lvl(1, "decimal", "%1.%2", restart=0)
    + "</w:abstractNum>"
    + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    # numId 2 shares definition 0 but restarts it ("restart numbering" in Word).
    + '<w:num w:numId="2"><w:abstractNumId w:val="0"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    + '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>'
    + "</w:numbering>"
)

STYLES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/></w:style>'
    # A list style: paragraphs of style 10 are numbered 一、 through the style.
    '<w:style w:type="paragraph" w:styleId="10"><w:name w:val="List Heading"/><w:basedOn w:val="a"/>'
    '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    "</w:styles>"
)


def run(text, extra=""):
    return f'<w:r>{extra}<w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*runs, num=None, style=None):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr += "</w:pPr>"
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


BODY = "".join([
    para(run("2025年某市政府工作报告"), style="1"),
    para(run("各位代表："), ),
    para(run("过去一年工作回顾"), num=(1, 0)),
    para(run("经济运行稳中有进。"), num=(1, 1)),
    para(run("地区生产总值增长"), run("5.2%。"), num=(1, 2)),
    para(run("城镇新增就业3万人。"), num=(1, 2)),
    para(run("改革开放持续深化。"), num=(1, 1)),
    para(run("营商环境持续优化。"), num=(1, 2)),
    para(run("2025年主要任务"), num=(1, 0)),
    para(run("扩大有效需求。"), num=(1, 1)),
    para(run("稳定消费。"), num=(1, 3)),
    para(run("以旧换新。"), num=(1, 4)),
    para(run("文旅消费。"), num=(1, 4)),
    # Numbered through its style (List Heading → numId 1, level 0): the third part.
    para(run("保障措施"), style="10"),
    # numId 0 switches the style's numbering off.
    '<w:p><w:pPr><w:pStyle w:val="10"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>'
    + run("不编号的段落") + "</w:p>",
    # A second instance of definition 0 with a start override begins again at 一、.
    para(run("附件说明"), num=(2, 0)),
    para(run("第二个列表的第一项"), num=(3, 0)),
    para(run("子项甲"), num=(3, 1)),
    para(run("第二个列表的第二项"), num=(3, 0)),
    para(run("子项乙"), num=(3, 1)),
    # Runs split mid-word, a tab, a line break, a hidden run and a deleted revision.
    "<w:p>" + run("地区生产") + run("总值增长") + "<w:r><w:tab/></w:r>" + run("5%左右")
    + "<w:r><w:br/></w:r>" + run("居民收入同步增长")
    + run("隐藏文字", "<w:rPr><w:vanish/></w:rPr>")
    + '<w:del w:id="1" w:author="x"><w:r><w:delText>删除的文字</w:delText></w:r></w:del>' + "</w:p>",
    "<w:p/>",
    "<w:tbl><w:tblPr/>"
    "<w:tr><w:tc><w:p>" + run("指标") + "</w:p></w:tc><w:tc><w:p>" + run("目标") + "</w:p></w:tc></w:tr>"
    "<w:tr><w:tc><w:p>" + run("城镇调查失业率") + "</w:p></w:tc><w:tc><w:p>" + run("5.5%")
    + "</w:p><w:p>" + run("左右") + "</w:p></w:tc></w:tr></w:tbl>",
    para(run("谢谢大家！")),
])

DOCUMENT = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{BODY}'
            '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    "</Types>")
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>")
DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    "</Relationships>")


def make_zip(members):
    """A deflated zip of (name, bytes) with fixed timestamps, as bytes."""
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def docx(document):
    return make_zip([
        ("[Content_Types].xml", CONTENT_TYPES.encode()), ("_rels/.rels", RELS.encode()),
        ("word/document.xml", document.encode()), ("word/_rels/document.xml.rels", DOC_RELS.encode()),
        ("word/numbering.xml", NUMBERING.encode()), ("word/styles.xml", STYLES.encode())])


def patch_sizes(data, member, size):
    """Rewrites the uncompressed size of `member` in its local header and central-directory entry."""
    out = bytearray(data)
    name = member.encode()
    i = 0
    while True:
        i = out.find(b"PK\x03\x04", i)
        if i < 0:
            break
        n = struct.unpack_from("<H", out, i + 26)[0]
        if bytes(out[i + 30:i + 30 + n]) == name:
            struct.pack_into("<I", out, i + 22, size)
        i += 4
    i = 0
    while True:
        i = out.find(b"PK\x01\x02", i)
        if i < 0:
            break
        n = struct.unpack_from("<H", out, i + 28)[0]
        if bytes(out[i + 46:i + 46 + n]) == name:
            struct.pack_into("<I", out, i + 24, size)
        i += 4
    return bytes(out)


def patch_crc(data, member):
    """Flips the stored CRC-32 of `member` in its local header and central-directory entry."""
    out = bytearray(data)
    name = member.encode()
    for sig, name_len_at, name_at, crc_at in ((b"PK\x03\x04", 26, 30, 14), (b"PK\x01\x02", 28, 46, 16)):
        i = 0
        while (i := out.find(sig, i)) >= 0:
            n = struct.unpack_from("<H", out, i + name_len_at)[0]
            if bytes(out[i + name_at:i + name_at + n]) == name:
                struct.pack_into("<I", out, i + crc_at, struct.unpack_from("<I", out, i + crc_at)[0] ^ 0xFFFFFFFF)
            i += 4
    return bytes(out)


# ---------------------------------------------------------------------------------------------------
# PDF: two A4 pages set in a CID font (Identity-H, CID = Unicode, ToUnicode map), 12 pt on 18 pt lines,
# a 30-character text column from x = 72 to 432, first-line indents of two characters, a running header
# and "- N -" page numbers; one paragraph runs over the page break. Digits are a separate run, set 3 pt
# apart from the Chinese around them, the way office suites leave "2024 年" in the text layer.

FONT = 12.0
LEAD = 18.0
LEFT = 72.0
COLUMN = 30 * FONT
TOP = 770.0


def wide(c):
    return ord(c) > 0x2E7F or c in "“”‘’—…"


def width(c):
    return FONT if wide(c) else FONT / 2


CLOSERS = "，。、；：！？）》”%"


def wrap(text, indent):
    """Lines of `text` for a column of COLUMN points, first line indented by `indent` characters."""
    lines, cur, x = [], "", indent * FONT
    for c in text:
        w = width(c) + (3 if cur and wide(cur[-1]) != wide(c) else 0)
        if x + w > COLUMN + 0.01 and c not in CLOSERS:  # closing punctuation hangs in the margin
            lines.append(cur)
            cur, x = "", 0.0
            w = width(c)
        cur += c
        x += w
    if cur:
        lines.append(cur)
    return lines


def show(text, x, y, size=FONT):
    """PDF operators placing `text` at (x, y): a run per script, 3 pt between a digit run and Chinese."""
    ops, run, pos = [], "", x
    for i, c in enumerate(text):
        if run and wide(run[-1]) != wide(c):
            ops.append(f"BT /F1 {size:g} Tf {pos:.2f} {y:.2f} Td <{''.join(f'{ord(k):04X}' for k in run)}> Tj ET")
            pos += sum(width(k) * size / FONT for k in run) + 3
            run = ""
        run += c
    if run:
        ops.append(f"BT /F1 {size:g} Tf {pos:.2f} {y:.2f} Td <{''.join(f'{ord(k):04X}' for k in run)}> Tj ET")
    return ops


PDF_PARAGRAPHS = [
    ("title", "政府工作报告"),
    ("plain", "各位代表："),
    ("para", "现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。"),
    ("para", "一、2024年工作回顾"),
    ("para", "过去一年，全市地区生产总值增长5.2%，城镇新增就业3.1万人，居民收入增长5.8%。我们坚持稳中求进工作总基调，"
             "扎实推进高质量发展，经济运行总体平稳、稳中有进。全年完成固定资产投资1250亿元，社会消费品零售总额增长6%左右。"),
    ("para", "二、2025年主要目标"),
    ("para", "地区生产总值增长5%左右；城镇新增就业3万人以上；居民消费价格涨幅2%左右。"),
    ("plain", "谢谢大家！"),
]
# Body lines on page 1: the break falls inside the long paragraph, after a full line.
PAGE_ONE_LINES = 6


def pdf_pages():
    """Operators of each page: running header, the paragraphs flowed over the pages, page number."""
    pages, ops, y, count = [], [], TOP, 0

    def finish():
        nonlocal ops, y, count
        header = show("某市人民政府公报", 297.5 - 4 * 9, 800, size=9)  # running header, centred, 9 pt
        number = show(f"- {len(pages) + 1} -", 297.5 - 12, 50, size=9)  # page number at the foot
        pages.append(header + ops + number)
        ops, y, count = [], TOP, 0

    for kind, text in PDF_PARAGRAPHS:
        if kind == "title":
            ops += show(text, 297.5 - len(text) * 8, y, size=16)
            y -= 28
            continue
        indent = 2 if kind == "para" else 0
        for i, line in enumerate(wrap(text, indent)):
            if not pages and count == PAGE_ONE_LINES:
                finish()
            ops += show(line, LEFT + (indent * FONT if i == 0 else 0), y)
            y -= LEAD
            count += 1
    finish()
    return pages


def pdf_document(page_ops, trailer_extra=""):
    used = sorted({ord(c) for c in "".join(t for _, t in PDF_PARAGRAPHS) + "某市人民政府公报- 0123456789"})
    tounicode = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /RK-UCS def "
                 "/CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n")
    chunks = [used[i:i + 100] for i in range(0, len(used), 100)]
    for ch in chunks:
        tounicode += f"{len(ch)} beginbfchar\n" + "".join(f"<{u:04X}> <{u:04X}>\n" for u in ch) + "endbfchar\n"
    tounicode += "endcmap CMapName currentdict /CMap defineresource pop end end\n"
    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    catalog = add(None)
    pages = add(None)
    tu = add(None)
    cid = add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDToGIDMap /Identity "
              "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
              "/FontDescriptor << /Type /FontDescriptor /FontName /SimSun /Flags 4 "
              "/FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >> "
              "/DW 1000 /W [32 126 500] >>")
    font = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H "
               f"/DescendantFonts [{cid} 0 R] /ToUnicode {tu} 0 R >>")
    kids = []
    for ops in page_ops:
        stream = zlib.compress("\n".join(ops).encode("ascii"), 9)
        content = add(("<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)).encode("ascii")
                      + stream + b"\nendstream")
        kids.append(add(f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595.28 841.89] "
                        f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>"))
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages} 0 R >>"
    objects[pages - 1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    tu_stream = zlib.compress(tounicode.encode("ascii"), 9)
    objects[tu - 1] = (("<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(tu_stream)).encode("ascii")
                       + tu_stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode("ascii")
        out += body if isinstance(body, bytes) else body.encode("ascii")
        out += b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii")
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode("ascii")
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R {trailer_extra}>>\n"
            f"startxref\n{xref}\n%%EOF\n").encode("ascii")
    return bytes(out)


PDF_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def rc4(key, data):
    s, j, out = list(range(256)), 0, bytearray()
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    for b in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(b ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def encryption_trailer(user_password, owner_password):
    """A Standard security handler (40-bit RC4, revision 2) /Encrypt entry and /ID for the trailer.

    Only the password check matters to the test: without the user password pdftotext stops there,
    so the page content is left unencrypted.
    """
    pad = lambda pw: (pw.encode() + PDF_PAD)[:32]
    doc_id = hashlib.md5(b"reportkit encrypted.pdf").digest()
    o = rc4(hashlib.md5(pad(owner_password)).digest()[:5], pad(user_password))
    p = struct.pack("<i", -44)
    key = hashlib.md5(pad(user_password) + o + p + doc_id).digest()[:5]
    u = rc4(key, PDF_PAD)
    return (f"/Encrypt << /Filter /Standard /V 1 /R 2 /O <{o.hex()}> /U <{u.hex()}> /P -44 >> "
            f"/ID [<{doc_id.hex()}> <{doc_id.hex()}>] ")


def seeded_bytes(n, seed):
    """`n` pseudo-random bytes from a SHA-256 chain: random-looking, but the same on every run."""
    out, block = bytearray(), seed.encode()
    while len(out) < n:
        block = hashlib.sha256(block).digest()
        out += block
    return bytes(out[:n])


def main():
    write("report-gb2312.html", HTML.encode("gb18030"))
    write("no-text.html", NO_TEXT_HTML.encode("utf-8"))

    numbered = docx(DOCUMENT)
    write("numbered.docx", numbered)
    write("truncated.docx", numbered[: len(numbered) // 2])
    write("no-document.docx", make_zip([("hello.txt", b"x")]))
    # Zip bombs kept small: a header claiming 300 MB; a member declaring 1000 bytes whose deflate stream
    # inflates to 4 MB; a member claiming 20 MB from a few hundred compressed bytes (ratio far past 200:1).
    small = docx(DOCUMENT)
    write("bomb-claims-300mb.docx", patch_sizes(small, "word/document.xml", 300 << 20))
    flood = DOCUMENT.replace("</w:body>", "<w:p/>" * 700_000 + "</w:body>")
    write("bomb-lying-header.docx", patch_sizes(docx(flood), "word/document.xml", 1000))
    write("bomb-ratio.docx", patch_sizes(small, "word/document.xml", 20 << 20))
    # A member name made on Chinese Windows: GBK bytes without the UTF-8 flag. zipfile would set the flag,
    # so the member is written under an ASCII name of the same length and the name bytes swapped after.
    gbk_name = "附件说明.txt".encode("gbk")
    placeholder = b"X" * (len(gbk_name) - 4) + b".txt"
    gbk = make_zip([
        ("[Content_Types].xml", CONTENT_TYPES.encode()), ("_rels/.rels", RELS.encode()),
        (placeholder.decode(), "附件".encode("gbk")),
        ("word/document.xml", (f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>'
                               + para(run("正文第一段。")) + "</w:body></w:document>").encode())])
    write("gbk-member-names.docx", gbk.replace(placeholder, gbk_name))
    # "Billion laughs": nested entities that would expand to 10^9 copies if anything expanded them.
    laughs = "".join(f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    write("entity-bomb.docx", make_zip([("word/document.xml", (
        f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [<!ENTITY lol0 "lol">{laughs}]>'
        f'<w:document {W}><w:body>' + para(run("前&lol9;后")) + "</w:body></w:document>").encode())]))
    write("not-xml.docx", make_zip([("word/document.xml", b"this is not XML <<< &&&")]))
    # A wrong CRC-32 in both headers: the member inflates fine but its bytes are not what was stored.
    write("crc-mismatch.docx", patch_crc(small, "word/document.xml"))
    # An OLE2 compound file header: what Word writes for a password-protected .docx (or a legacy .doc).
    write("encrypted.docx", bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))

    write("two-pages.pdf", pdf_document(pdf_pages()))
    write("no-text-layer.pdf", pdf_document([["0 0 1 rg 72 72 451 698 re f"], ["0 1 0 rg 72 72 451 698 re f"]]))
    write("random.pdf", seeded_bytes(4096, "reportkit random.pdf"))
    write("encrypted.pdf", pdf_document(pdf_pages()[:1], encryption_trailer("secret", "owner")))


if __name__ == "__main__":
    main()
