#!/usr/bin/python3
"""Writes a district laid out by layout_rewrite (JSON on stdin) as workbooks made by other tools:
OUT.xlsx as Excel writes it (openpyxl) and OUT.xls (xlwt). Date columns get real date cells with a
day/month/year format, as offices type them.

    layout_rewrite … | write_workbooks.py OUT
"""
import datetime
import json
import sys

import openpyxl
import xlwt

EPOCH = datetime.datetime(1899, 12, 30)


def as_date(value):
    return EPOCH + datetime.timedelta(days=value)


def write_xlsx(book, path):
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for sheet in book["sheets"]:
        out = workbook.create_sheet(sheet["name"][:31])
        dates = set(sheet["dates"])
        for r, row in enumerate(sheet["rows"], start=1):
            for c, value in enumerate(row):
                if value is None:
                    continue
                cell = out.cell(row=r, column=c + 1)
                if isinstance(value, (int, float)) and c in dates and value > 20000:
                    cell.value = as_date(value)
                    cell.number_format = "dd/mm/yyyy"
                else:
                    cell.value = value
    workbook.save(path)


def write_xls(book, path):
    workbook = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.XFStyle()
    date_style.num_format_str = "dd/mm/yyyy"
    for sheet in book["sheets"]:
        out = workbook.add_sheet(sheet["name"][:31])
        dates = set(sheet["dates"])
        for r, row in enumerate(sheet["rows"]):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, (int, float)) and c in dates and value > 20000:
                    out.write(r, c, as_date(value), date_style)
                else:
                    out.write(r, c, value)
    workbook.save(path)


def main():
    book = json.load(sys.stdin)
    write_xlsx(book, sys.argv[1] + ".xlsx")
    write_xls(book, sys.argv[1] + ".xls")
    print(book["layout"])


if __name__ == "__main__":
    main()
