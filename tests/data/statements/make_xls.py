#!/usr/bin/python3
# Writes the .xls fixtures of tst_statement_parsers (python3-xlwt, Debian). Run from this directory:
#   /usr/bin/python3 make_xls.py
# Allinpay 收银宝 detail columns from statements.md; a title row above the header, amounts as numbers the way
# spreadsheet exports store them, codes as text.
import xlwt

COLUMNS = ["商户号", "门店名称", "终端号", "交易时间", "交易类型", "交易批次号", "凭证号", "参考号", "卡号", "卡类别",
           "发卡行机构代码", "发卡行名称", "交易金额", "手续费", "交易日期", "交易单号", "订单号", "商户备注", "对接应用号",
           "原始金额", "结算金额", "产品类型", "分期贴息", "交易完成时间", "持卡人姓名", "持卡人身份证", "分期数", "优惠金额",
           "实付金额", "原交易单", "渠道交易类型", "出金方账户名称", "门店编号", "交易完成日期"]

ROWS = [
    {"商户号": "898310000000001", "门店名称": "测试门店", "终端号": "10000001", "交易时间": "2024-03-01 10:23:45",
     "交易类型": "消费", "交易批次号": "000012", "凭证号": "000101", "参考号": "090400000041",
     "卡号": "622588******0019", "卡类别": "借记卡", "交易金额": 100.0, "手续费": 0.35, "交易日期": "2024-03-01",
     "交易单号": "T0001", "订单号": "O0001", "结算金额": 99.65, "持卡人姓名": "张三"},
    {"商户号": "898310000000001", "终端号": "10000001", "交易时间": "2024-03-01 11:00:00", "交易类型": "消费撤销",
     "交易批次号": "000012", "凭证号": "000102", "参考号": "090400000042", "卡号": "6225880123450019",
     "卡类别": "借记卡", "交易金额": 100.0, "手续费": -0.35, "交易日期": "2024-03-01", "交易单号": "T0002",
     "结算金额": -99.65, "原交易单": "T0001"},
    {"商户号": "898310000000001", "终端号": "10000002", "交易时间": "2024-03-01 12:30:00", "交易类型": "退货",
     "交易批次号": "000003", "凭证号": "000007", "参考号": "090400000043", "卡号": "436742******1234",
     "卡类别": "贷记卡", "交易金额": 12.34, "手续费": 0, "交易日期": "2024-03-01", "交易单号": "T0003",
     "结算金额": -12.34, "原交易单": "T0000"},
]


def write(path, rows):
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("交易明细")
    sheet.write(0, 0, "收银宝交易明细 2024-03-01")
    for c, name in enumerate(COLUMNS):
        sheet.write(1, c, name)
    for r, row in enumerate(rows):
        for c, name in enumerate(COLUMNS):
            if name in row:
                sheet.write(2 + r, c, row[name])
    book.add_sheet("说明").write(0, 0, "second sheet: never read")
    book.save(path)


write("allinpay.xls", ROWS)
# Row 5 (the third data row) has three decimals: the reader must refuse it, not round it.
write("allinpay_bad_amount.xls", ROWS[:2] + [dict(ROWS[2], 交易金额=12.345)])
