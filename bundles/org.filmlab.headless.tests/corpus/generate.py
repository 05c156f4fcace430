#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes FilmLab's bad-input corpus (this folder), deterministically, with the standard library only.

Every damaged file is made from one undamaged table, control.csv (36 films taken from the bundled
SYNTHETIC sample, every third row), so that each file differs from a table FilmLab accepts by the
one defect its name says. The files are committed; run this script again only to change them:

    python3 bundles/org.filmlab.headless.tests/corpus/generate.py

expectations.csv (written by hand, not by this script) says what FilmLab must answer for each file.
"""
import io
import os
import struct
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "..", "org.filmlab.sample", "data", "sse-films-synthetic.csv")

with open(SAMPLE, encoding="utf-8") as f:
    lines = [l.rstrip("\n") for l in f if not l.startswith("#")]
HEADER = lines[0].split(",")
ROWS = [l.split(",") for l in lines[1:]][::3]
assert len(ROWS) == 37, len(ROWS)
ROWS = ROWS[:36]


def table(header=HEADER, rows=ROWS, sep=","):
    return "".join(sep.join(r) + "\n" for r in [header] + rows)


def with_cell(row, col, value, rows=ROWS):
    """The rows with one cell replaced; row is 0-based among data rows (file line = row + 2)."""
    out = [list(r) for r in rows]
    out[row][col] = value
    return out


def write(name, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    kw = {} if isinstance(data, bytes) else {"encoding": "utf-8", "newline": ""}
    with open(os.path.join(HERE, name), mode, **kw) as f:
        f.write(data)


# The undamaged table: FilmLab must run on it (BadInputCorpusTest checks that too).
write("control.csv", table())

# --- CSV text -------------------------------------------------------------------------------------
full = table()
last = full.rindex(ROWS[-1][0])
write("truncated-mid-row.csv", full[: last + 20])  # the last line cut after its fourth cell
write("truncated-in-quote.csv", full[:last] + '"' + full[last: last + 12])  # cut inside a quoted cell
write("ragged-extra-cell.csv", table(rows=with_cell(4, 9, ROWS[4][9] + ",7.5")))
write("empty.csv", "")
write("only-blank-lines.csv", "\n  \n\r\n")
write("bom-only.csv", b"\xef\xbb\xbf")
write("only-comments.csv", "# films of batch 7\n# measured 2021-03-02\n")
write("header-only.csv", table(rows=[]))
write("duplicate-header.csv", table(header=HEADER[:8] + ["thickness (µm)"] + HEADER[9:]))
write("empty-header-cell.csv", table(header=HEADER[:6] + [""] + HEADER[7:]))
write("blank-cell.csv", table(rows=with_cell(6, 2, "")))
write("nan.csv", table(rows=with_cell(9, 8, "NaN")))
write("inf.csv", table(rows=with_cell(3, 7, "Inf")))
write("negative-infinity.csv", table(rows=with_cell(11, 6, "-Infinity")))
write("huge-number.csv", table(rows=with_cell(2, 4, "1e400")))
write("text-in-number-column.csv", table(rows=with_cell(5, 1, "five")))
write("thousands-separator.csv", table(rows=with_cell(7, 6, '"1,234.5"')))
write("hex-number.csv", table(rows=with_cell(8, 5, "0x1A")))
write("unit-in-cell.csv", table(rows=with_cell(10, 4, "63 µm")))
write("mixed-decimal-marks.csv",
      table(rows=[[c.replace(".", ",") if i < 20 else c for c in r] for i, r in enumerate(ROWS)], sep=";"))
write("constant-column.csv", table(rows=[r[:5] + ["1.600"] + r[6:] for r in ROWS]))
write("two-rows.csv", table(rows=[ROWS[1], ROWS[20]]))  # no column constant
write("conditions-only.csv", table(header=HEADER[:4], rows=[r[:4] for r in ROWS]))
write("films.dat", table())
# Latin-1 has µ and ³ but neither Ω nor σ: such a file spells those out; Greek Windows-1253 has all.
latin_header = [h.replace("Ω", "Ohm").replace("σN", "sigmaN") for h in HEADER]
write("latin1.csv", table(header=latin_header).encode("latin-1"))
write("windows-1253.csv", table().encode("cp1253"))
write("utf16-bom.csv", table().encode("utf-16"))                   # BOM + UTF-16LE
write("utf16-no-bom.csv", table().encode("utf-16-le"))
write("binary-junk.csv", bytes((i * 197 + 13) % 256 for i in range(600)))
os.makedirs(os.path.join(HERE, "a-folder.csv"), exist_ok=True)
write(os.path.join("a-folder.csv", "README"), "A folder named like a data file: --data must refuse it.\n")

# --- XLSX: minimal SpreadsheetML packages, inline strings, fixed zip dates ----------------------------
DATE = (2021, 1, 1, 0, 0, 0)


def col(j):
    s = ""
    j += 1
    while j:
        j, r = divmod(j - 1, 26)
        s = chr(65 + r) + s
    return s


def cell_xml(ref, v):
    if v is None:
        return ""
    if isinstance(v, tuple):  # (kind, payload): ("err", "#DIV/0!")
        return '<c r="%s" t="e"><f>1/0</f><v>%s</v></c>' % (ref, escape(v[1]))
    try:
        float(v)
        return '<c r="%s"><v>%s</v></c>' % (ref, v)
    except ValueError:
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(v))


def sheet_xml(rows, merges=()):
    body = []
    for i, r in enumerate(rows):
        cells = "".join(cell_xml(col(j) + str(i + 1), v) for j, v in enumerate(r))
        body.append('<row r="%d">%s</row>' % (i + 1, cells))
    merged = ""
    if merges:
        merged = '<mergeCells count="%d">%s</mergeCells>' % (
            len(merges), "".join('<mergeCell ref="%s"/>' % m for m in merges))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheetData>%s</sheetData>%s</worksheet>' % ("".join(body), merged))


def xlsx(sheets, bomb_padding=0):
    """sheets: list of (name, sheet xml). Returns the package's bytes."""
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'spreadsheetml.sheet.main+xml"/>'
          + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.'
                    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1)
                    for i in range(len(sheets)))
          + '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(n), i + 1, i + 1)
                    for i, (n, _) in enumerate(sheets))
          + '</sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                        'relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1)
                        for i in range(len(sheets)))
              + '</Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        def put(name, text):
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)
        put("[Content_Types].xml", ct)
        put("_rels/.rels", rels)
        put("xl/workbook.xml", wb)
        put("xl/_rels/workbook.xml.rels", wbrels)
        for i, (_, xml) in enumerate(sheets):
            if bomb_padding:
                # Inflates ~2000:1, far below POI's default minimum ratio of 1 %: a zip bomb to POI.
                xml = xml.replace("<sheetData>", "<sheetData>" + " " * bomb_padding)
            put("xl/worksheets/sheet%d.xml" % (i + 1), xml)
    return buf.getvalue()


grid = [HEADER] + ROWS
write("header-only.xlsx", xlsx([("films", sheet_xml([HEADER]))]))
write("first-sheet-empty.xlsx", xlsx([("notes", sheet_xml([])), ("films", sheet_xml(grid))]))
# Lab sheets often merge the P% cell over the films of one batch: only the top cell holds the value.
merged = [list(r) for r in grid]
for i in (2, 3):
    merged[i][1] = None
write("merged-cells.xlsx", xlsx([("films", sheet_xml(merged, merges=("B2:B4",)))]))
err = [list(r) for r in grid]
err[5][7] = ("err", "#DIV/0!")
write("formula-error.xlsx", xlsx([("films", sheet_xml(err))]))
write("zip-bomb.xlsx", xlsx([("films", sheet_xml(grid))], bomb_padding=4_000_000))
good = xlsx([("films", sheet_xml(grid))])
write("truncated.xlsx", good[: len(good) // 2])
write("not-a-zip.xlsx", table())
write("csv-named-arff.arff", table())


def ole2():
    """An empty OLE2 compound file (the container of .xls): header, one FAT sector, one directory."""
    end, free, fat_sect, nostream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
              + struct.pack("<I", 0) + struct.pack("<I", free) * 108)
    fat = struct.pack("<II", fat_sect, end) + struct.pack("<I", free) * 126
    name = "Root Entry".encode("utf-16-le") + b"\0\0"
    root = (name.ljust(64, b"\0") + struct.pack("<HBB", len(name), 5, 1)
            + struct.pack("<III", nostream, nostream, nostream) + b"\0" * 16 + b"\0" * 4 + b"\0" * 16
            + struct.pack("<II", end, 0) + b"\0" * 4)
    unused = b"\0" * 64 + struct.pack("<HBB", 0, 0, 0) + struct.pack("<III", nostream, nostream, nostream) \
        + b"\0" * 48
    assert len(header) == 512 and len(fat) == 512 and len(root) == 128 and len(unused) == 128
    return header + fat + root + unused * 3


write("old-binary.xls", ole2())
write("old-binary-renamed.xlsx", ole2())

# --- ARFF -----------------------------------------------------------------------------------------
def arff(attributes, rows, relation="films"):
    head = "@relation %s\n\n" % relation + "".join("@attribute %s\n" % a for a in attributes)
    return head + "\n@data\n" + "".join(",".join(r) + "\n" for r in rows)


NUMERIC = ["P numeric", "LS numeric", "XB numeric", "thickness numeric", "density numeric",
           "resistance numeric", "sigmaN numeric", "DoT numeric"]
nominal_rows = [r[1:9] + ["low" if float(r[9]) < 6 else "high"] for r in ROWS]
write("nominal-property.arff", arff(NUMERIC + ["RD {low,high}"], nominal_rows))
write("syntax-error.arff", arff(NUMERIC + ["RD numeric"], [r[1:] for r in ROWS]).replace(
    "@attribute density numeric", "@attribute density nummeric"))
write("missing-value.arff", arff(NUMERIC + ["RD numeric"], with_cell(4, 6, "?", [r[1:] for r in ROWS])))
write("no-data.arff", arff(NUMERIC + ["RD numeric"], []))
