#!/usr/bin/env python3
"""Sorts the translation files (src/AllJapanTokyo.Web/Resources/Translations/*.tsv) by key and drops lines repeated
word for word, so that files merged from several branches stay readable and free of duplicates. A key given twice with
different texts is reported and left for a person to decide.

Usage: tools/sort-translations.py            (all files)
       tools/sort-translations.py ko.tsv ... (some)
"""
import os
import sys

folder = os.path.join(os.path.dirname(__file__), "..", "src", "AllJapanTokyo.Web", "Resources", "Translations")
names = sys.argv[1:] or sorted(n for n in os.listdir(folder) if n.endswith(".tsv"))
status = 0
for name in names:
    path = os.path.join(folder, os.path.basename(name))
    header, entries = [], {}
    with open(path, encoding="utf-8") as tsv:
        for number, line in enumerate(tsv, 1):
            line = line.rstrip("\n")
            if not line:
                continue
            if line.startswith("#"):
                if not entries:
                    header.append(line)
                continue
            if "\t" not in line:
                sys.exit(f"{name}:{number}: expected 'Japanese<TAB>translation'")
            key, text = line.split("\t", 1)
            if key in entries and entries[key] != text:
                print(f"{name}:{number}: '{key}' is given twice: '{entries[key]}' and '{text}'", file=sys.stderr)
                status = 1
                continue
            entries[key] = text
    with open(path, "w", encoding="utf-8") as tsv:
        for line in header:
            tsv.write(line + "\n")
        for key in sorted(entries):
            tsv.write(f"{key}\t{entries[key]}\n")
    print(f"{name}: {len(entries)} entries")
sys.exit(status)
