#!/usr/bin/env python3
"""Writes an English .resx for a view from a two-column TSV (Japanese key TAB English), so translators
edit plain text and the build gets a valid resource file.

Usage: tools/resx.py src/AllJapanTokyo.Web/Resources/Areas/Fairs/Views/Events/Index.en.tsv
       (writes Index.en.resx beside it; run again after editing the TSV)
"""
import sys
from xml.sax.saxutils import escape

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""

for path in sys.argv[1:]:
    entries = []
    with open(path, encoding="utf-8") as tsv:
        for number, line in enumerate(tsv, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if "\t" not in line:
                sys.exit(f"{path}:{number}: expected 'Japanese<TAB>English'")
            key, value = line.split("\t", 1)
            entries.append((key, value))
    out = path[:-4] + ".resx"
    with open(out, "w", encoding="utf-8") as resx:
        resx.write(HEADER)
        for key, value in entries:
            resx.write(f'  <data name="{escape(key, {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(value)}</value></data>\n')
        resx.write("</root>\n")
    print(f"{out}: {len(entries)} entries")
