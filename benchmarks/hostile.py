"""Hostile and huge inputs of issue 12, generated on demand (nothing large is committed).

Each function returns the bytes of one input; sizes are parameters so that tests build small
versions of the same shapes and ``benchmarks.bench_inputs`` builds the full-sized ones.
"""

from __future__ import annotations

import io
import zipfile
import zlib

__all__ = [
    "article_html",
    "docx_bytes",
    "docx_with_bomb",
    "pdf_bytes",
    "pdf_fragments",
    "pdf_lone_surrogates",
]

_WORDS = (
    "the harbour bridge reopened on monday after repairs that took eleven weeks and cost "
    "the council about four million pounds said a spokesman for the city"
).split()


def sentence(index: int, words: int = 12) -> str:
    """A plausible sentence, different for each ``index``."""
    picked = [_WORDS[(index * 7 + k * 3) % len(_WORDS)] for k in range(words)]
    return f"{' '.join(picked).capitalize()} {index}."


def article_html(body: str, head: str = "<title>Bridge</title>") -> bytes:
    """A saved page whose article body is ``body`` (HTML)."""
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head>"
        f"<body><article>{body}</article></body></html>"
    ).encode()


# -- Word --------------------------------------------------------------------------------------

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="png" ContentType="image/png"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
    'package.core-properties+xml"/>'
    "</Types>"
)
_PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    "</Relationships>"
)
_DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    "{image}</Relationships>"
)
_IMAGE_REL = (
    '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/image" Target="media/image1.png"/>'
)
_CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
    "<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator></cp:coreProperties>"
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _document_xml(paragraphs: list[str]) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>'
    ).encode()


def docx_bytes(
    paragraphs: list[str], *, title: str = "Bridge", extra: dict[str, bytes] | None = None
) -> bytes:
    """A minimal valid .docx with ``paragraphs`` (and ``extra`` parts, stored deflated)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _PACKAGE_RELS)
        archive.writestr("word/document.xml", _document_xml(paragraphs))
        image = _IMAGE_REL if extra and "word/media/image1.png" in extra else ""
        archive.writestr("word/_rels/document.xml.rels", _DOCUMENT_RELS.format(image=image))
        archive.writestr("docProps/core.xml", _CORE.format(title=title, author="Ada"))
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


def docx_with_bomb(paragraphs: list[str], inflated: int) -> bytes:
    """A .docx whose image part inflates to ``inflated`` bytes of zeros (a few MB stored)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _PACKAGE_RELS)
        archive.writestr("word/document.xml", _document_xml(paragraphs))
        archive.writestr("word/_rels/document.xml.rels", _DOCUMENT_RELS.format(image=_IMAGE_REL))
        archive.writestr("docProps/core.xml", _CORE.format(title="Bomb", author="Ada"))
        with archive.open("word/media/image1.png", "w", force_zip64=True) as part:
            chunk = bytes(1 << 20)
            for _ in range(inflated >> 20):
                part.write(chunk)
            part.write(bytes(inflated & ((1 << 20) - 1)))
    return out.getvalue()


# -- PDF ---------------------------------------------------------------------------------------


def pdf_bytes(
    pages: list[bytes],
    *,
    font: bytes = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    extra_objects: list[bytes] | None = None,
    compress: bool = True,
) -> bytes:
    """A PDF with one page per content stream in ``pages``, all using font /F1 (object 3)."""
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, filled in once the page numbers are known
        font,
        *(extra_objects or []),
    ]
    kids = []
    for content in pages:
        packed = zlib.compress(content) if compress else content
        flate = b" /Filter /FlateDecode" if compress else b""
        objects.append(
            b"<< /Length %d%s >>\nstream\n" % (len(packed), flate) + packed + b"\nendstream"
        )
        stream_number = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % stream_number
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def text_page(lines: list[str], top: int = 720, leading: int = 16) -> bytes:
    """A content stream printing ``lines`` in 12-point Helvetica, one under the other."""
    ops = [b"BT /F1 12 Tf %d TL 72 %d Td" % (leading, top)]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(b"(%s) Tj T*" % escaped.encode("latin-1"))
    ops.append(b"ET")
    return b"\n".join(ops)


def pdf_fragments(count: int, per_page: int = 0, compress: bool = True) -> bytes:
    """A PDF of ``count`` separately placed text fragments (one word each), 40 to a line.

    ``per_page`` = 0 puts them all on one page, the shape pypdf's extraction is slowest on.
    """
    per_page = per_page or count
    pages = []
    for first in range(0, count, per_page):
        ops = [b"BT /F1 10 Tf"]
        for index in range(first, min(count, first + per_page)):
            column, row = index % 40, (index - first) // 40
            word = _WORDS[index % len(_WORDS)].encode()
            ops.append(b"1 0 0 1 %d %d Tm (%s ) Tj" % (20 + column * 14, 780 - row % 70, word))
        ops.append(b"ET")
        pages.append(b"\n".join(ops))
    return pdf_bytes(pages, compress=compress)


def pdf_lone_surrogates() -> bytes:
    """A tiny PDF whose font maps its glyphs to lone surrogates (U+D800) in ToUnicode."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap "
        b"/CMapName /Bad def 1 begincodespacerange <00> <FF> endcodespacerange "
        b"2 beginbfchar <41> <D800> <42> <DBFF> endbfchar endcmap CMapName currentdict "
        b"/CMap defineresource pop end end"
    )
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 4 0 R >>"
    stream = b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"
    content = b"BT /F1 12 Tf 72 720 Td (Bad AB glyphs here) Tj ET"
    return pdf_bytes([content], font=font, extra_objects=[stream])
