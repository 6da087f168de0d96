#!/usr/bin/env python3
"""The script a researcher writes instead of using ReportSdk: three regular expressions per file.

Usage: naive_outline.py FILE_OR_DIR... > outlines.jsonl
Prints one JSON line per report file: its title line, its 一、 headings and its （一） items.
Kept as the baseline for benchmarks/scripts/time-tool-vs-script.sh; it is not a parser.
"""
import json
import os
import re
import sys

TITLE = re.compile(r"^.*政府工作报告.*$", re.M)
SECTION = re.compile(r"^\s*([一二三四五六七八九十]+)、(.*)$", re.M)
ITEM = re.compile(r"^\s*[（(]([一二三四五六七八九十]+)[）)](.*)$", re.M)


def files(arguments):
    for argument in arguments:
        if os.path.isdir(argument):
            for name in sorted(os.listdir(argument)):
                if name.endswith(".txt"):
                    yield os.path.join(argument, name)
        else:
            yield argument


def main():
    out = sys.stdout
    for path in files(sys.argv[1:]):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        title = TITLE.search(text)
        sections = [m.group(1) + "、" + m.group(2).strip() for m in SECTION.finditer(text)]
        items = [m.group(2).strip() for m in ITEM.finditer(text)]
        out.write(json.dumps({"path": path, "title": title.group(0).strip() if title else None,
                              "sections": sections, "items": items}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
