<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>posdesk::CostReport</name>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>Software licence</source>
        <translation>软件许可</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端号</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Costs per terminal</source>
        <translation>终端成本</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>终端数</translation>
    </message>
</context>
<context>
    <name>posdesk::CsvReportWriter</name>
    <message>
        <source>Cannot write %1. Choose a folder you may write to.</source>
        <translation>无法写入 %1。请选择有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Writing %1 failed. Check that the disk is not full.</source>
        <translation>写入 %1 失败。请检查磁盘空间是否已满。</translation>
    </message>
</context>
<context>
    <name>posdesk::IncidentReport</name>
    <message>
        <source>Opened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>应答码</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>发生次数</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>升级时间</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>Time to resolve (min)</source>
        <translation>解决用时（分钟）</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>故障事件</translation>
    </message>
    <message>
        <source>acquirer host</source>
        <translation>收单主机</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>local check</source>
        <translation>本地检查</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>仍未解决</translation>
    </message>
    <message>
        <source>Mean time to resolve (min)</source>
        <translation>平均解决用时（分钟）</translation>
    </message>
</context>
<context>
    <name>posdesk::PdfReportWriter</name>
    <message>
        <source>Cannot finish the PDF %1.</source>
        <translation>无法完成 PDF 文件 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1. Choose a folder you may write to.</source>
        <translation>无法写入 %1。请选择有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1，%2 至 %3</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>筛选条件：%1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>该期间内没有记录。</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Writing %1 failed. Check that the disk is not full.</source>
        <translation>写入 %1 失败。请检查磁盘空间是否已满。</translation>
    </message>
</context>
<context>
    <name>posdesk::PreCloseGuard</name>
    <message>
        <source>looking for unsettled batches</source>
        <translation>查找未结算的批次</translation>
    </message>
    <message>
        <source>The settlement of batch %1 on terminal %2 was interrupted (approved transactions: %3, net %4).</source>
        <translation>终端 %2 的批次 %1 结算中断（成功交易：%3 笔，净额 %4）。</translation>
    </message>
    <message>
        <source>Settle it again: posdesk-cli settle --tid %1. The host&apos;s totals decide; nothing is counted twice.</source>
        <translation>请重新结算：posdesk-cli settle --tid %1。以主机对账结果为准，不会重复入账。</translation>
    </message>
    <message>
        <source>Batch %1 on terminal %2 is not settled (approved transactions: %3, net %4).</source>
        <translation>终端 %2 的批次 %1 尚未结算（成功交易：%3 笔，净额 %4）。</translation>
    </message>
    <message>
        <source>Settle it: posdesk-cli settle --tid %1, or Settlement in PosDesk.</source>
        <translation>请结算：posdesk-cli settle --tid %1，或在 PosDesk 的“结算”页面操作。</translation>
    </message>
    <message>
        <source>looking for pending reversals</source>
        <translation>查找待发送的冲正</translation>
    </message>
    <message>
        <source>The reversal of trace %1 (%2) on terminal %3 has not reached the host yet (attempts: %4).</source>
        <translation>终端 %3 凭证号 %1（%2）的冲正尚未送达主机（已尝试 %4 次）。</translation>
    </message>
    <message>
        <source>Last error: %1.</source>
        <translation>最近一次错误：%1。</translation>
    </message>
    <message>
        <source>Check the link to the acquirer, then send it: posdesk-cli reversals flush. Settlement is refused until it is answered.</source>
        <translation>请检查与收单机构的连接，然后发送：posdesk-cli reversals flush。冲正得到应答前无法结算。</translation>
    </message>
    <message>
        <source>looking for unprinted receipts</source>
        <translation>查找未打印的签购单</translation>
    </message>
    <message>
        <source>Receipts of terminal %1 not printed today: %2.</source>
        <translation>终端 %1 今日未打印的签购单：%2 张。</translation>
    </message>
    <message>
        <source>Make the printer ready (paper, cover closed), then reprint them from the print queue.</source>
        <translation>请让打印机就绪（装纸、合上机盖），然后从打印队列补打。</translation>
    </message>
    <message>
        <source>looking for open incidents</source>
        <translation>查找未解决的故障</translation>
    </message>
    <message>
        <source>Incident %1 on terminal %2 is escalated to the acquirer: %3.</source>
        <translation>终端 %2 的故障 %1 已提交收单机构处理：%3。</translation>
    </message>
    <message>
        <source>Incident %1 on terminal %2 is open: %3.</source>
        <translation>终端 %2 的故障 %1 尚未解决：%3。</translation>
    </message>
    <message>
        <source>Follow up with the acquirer; once they confirm, resolve it: posdesk-cli incidents resolve %1.</source>
        <translation>请跟进收单机构；对方确认后关闭：posdesk-cli incidents resolve %1。</translation>
    </message>
    <message>
        <source>Work through its playbook: posdesk-cli incidents diagnose %1, or Alerts in PosDesk.</source>
        <translation>请按处理步骤排查：posdesk-cli incidents diagnose %1，或在 PosDesk 的“告警”页面操作。</translation>
    </message>
</context>
<context>
    <name>posdesk::ReportCatalog</name>
    <message>
        <source>There is no terminal %1. Check the TID with “posdesk-cli terminal list”.</source>
        <translation>没有终端 %1。请用“posdesk-cli terminal list”核对终端号。</translation>
    </message>
    <message>
        <source>Give the period as two days, e.g. 2026-01-01 to 2026-01-31.</source>
        <translation>请给出起止日期，例如 2026-01-01 至 2026-01-31。</translation>
    </message>
    <message>
        <source>The period starts on %1, after its end on %2. Swap the two days.</source>
        <translation>开始日期 %1 晚于结束日期 %2。请交换两个日期。</translation>
    </message>
    <message>
        <source>terminal %1</source>
        <translation>终端 %1</translation>
    </message>
    <message>
        <source>cashier %1</source>
        <translation>收银员 %1</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>类型 %1</translation>
    </message>
    <message>
        <source>result %1</source>
        <translation>结果 %1</translation>
    </message>
</context>
<context>
    <name>posdesk::ReportExporter</name>
    <message>
        <source>Cannot put the finished report in place as %1.</source>
        <translation>无法将完成的报表保存为 %1。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入文件。</translation>
    </message>
</context>
<context>
    <name>posdesk::ReportSource</name>
    <message>
        <source>reading the report “%1”</source>
        <translation>读取报表“%1”</translation>
    </message>
</context>
<context>
    <name>posdesk::SalesStatistics</name>
    <message>
        <source>adding up sales per day</source>
        <translation>按日汇总销售额</translation>
    </message>
    <message>
        <source>adding up the card mix</source>
        <translation>汇总卡组织构成</translation>
    </message>
    <message>
        <source>adding up sales per terminal</source>
        <translation>按终端汇总销售额</translation>
    </message>
    <message>
        <source>counting incidents</source>
        <translation>统计故障事件</translation>
    </message>
</context>
<context>
    <name>posdesk::SettlementReport</name>
    <message>
        <source>Sales</source>
        <translation>消费笔数</translation>
    </message>
    <message>
        <source>Sales amount</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退货笔数</translation>
    </message>
    <message>
        <source>Refunds amount</source>
        <translation>退货金额</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端号</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>商户名称</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开批时间</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>结算时间</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>批次数</translation>
    </message>
    <message>
        <source>Host result</source>
        <translation>对账结果</translation>
    </message>
    <message>
        <source>Settlement per batch</source>
        <translation>结算汇总（按批次）</translation>
    </message>
    <message>
        <source>Settlement per day</source>
        <translation>结算汇总（按日）</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>对账平</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>已批上送</translation>
    </message>
    <message>
        <source>balanced after upload</source>
        <translation>批上送后对账平</translation>
    </message>
    <message>
        <source>Batches settled</source>
        <translation>已结算批次</translation>
    </message>
    <message>
        <source>Sales total</source>
        <translation>消费合计</translation>
    </message>
    <message>
        <source>Refunds total</source>
        <translation>退货合计</translation>
    </message>
</context>
<context>
    <name>posdesk::TransactionReport</name>
    <message>
        <source>Time</source>
        <translation>交易时间</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端号</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>商户名称</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>Trace no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>交易类型</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>交易结果</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Card scheme</source>
        <translation>卡组织</translation>
    </message>
    <message>
        <source>Entry mode</source>
        <translation>输入方式</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>Auth code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <source>Response code</source>
        <translation>应答码</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易明细</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>void</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>in doubt</source>
        <translation>状态不明</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>已冲正</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>contactless</source>
        <translation>非接</translation>
    </message>
    <message>
        <source>chip</source>
        <translation>插卡</translation>
    </message>
    <message>
        <source>swipe</source>
        <translation>刷卡</translation>
    </message>
    <message>
        <source>keyed</source>
        <translation>手输</translation>
    </message>
    <message>
        <source>Transactions listed</source>
        <translation>交易笔数</translation>
    </message>
    <message>
        <source>Approved sales</source>
        <translation>成功消费</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Net card sales</source>
        <translation>银行卡净收入</translation>
    </message>
    <message>
        <source>Cash fall-back sales</source>
        <translation>现金收款（降级）</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>拒绝笔数</translation>
    </message>
</context>
<context>
    <name>posdesk::XlsxReportWriter</name>
    <message>
        <source>Writing the spreadsheet %1 failed.</source>
        <translation>写入电子表格 %1 失败。</translation>
    </message>
    <message>
        <source>Cannot write %1. Choose a folder you may write to.</source>
        <translation>无法写入 %1。请选择有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Cannot start the spreadsheet %1.</source>
        <translation>无法创建电子表格 %1。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>商户</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>posdesk::cli</name>
    <message>
        <source>--lang must be zh or en.</source>
        <translation>--lang 只能是 zh 或 en。</translation>
    </message>
    <message>
        <source>--%1 is required, e.g. --%1 2026-01-31.</source>
        <translation>需要 --%1，例如 --%1 2026-01-31。</translation>
    </message>
    <message>
        <source>--%1 takes a day as YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 的日期格式为 YYYY-MM-DD，而不是“%2”。</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or pdf.</source>
        <translation>--format 只能是 csv、xlsx 或 pdf。</translation>
    </message>
    <message>
        <source>--kind must be transactions, settlement, incidents or costs.</source>
        <translation>--kind 只能是 transactions、settlement、incidents 或 costs。</translation>
    </message>
    <message>
        <source>--per batch|day goes with --kind settlement.</source>
        <translation>--per batch|day 只用于 --kind settlement。</translation>
    </message>
    <message>
        <source>--type must be sale, void, refund or cash.</source>
        <translation>--type 只能是 sale、void、refund 或 cash。</translation>
    </message>
    <message>
        <source>--result must be approved, declined, pending, in-doubt, reversed or voided.</source>
        <translation>--result 只能是 approved、declined、pending、in-doubt、reversed 或 voided。</translation>
    </message>
    <message>
        <source>--cashier, --type and --result filter the transactions report only.</source>
        <translation>--cashier、--type 和 --result 只用于交易明细报表。</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>需要 --out 文件名。</translation>
    </message>
    <message>
        <source>%1: %2 rows written to %3.</source>
        <translation>%1：已将 %2 行写入 %3。</translation>
    </message>
    <message>
        <source>Nothing left to deal with: the day can be closed.</source>
        <translation>没有待处理事项，可以日结。</translation>
    </message>
    <message>
        <source>Before closing the day, deal with:</source>
        <translation>日结前请先处理：</translation>
    </message>
    <message>
        <source>Language of the headers and text: zh or en (default: the system&apos;s).</source>
        <translation>表头和文字的语言：zh 或 en（默认跟随系统）。</translation>
    </message>
    <message>
        <source>Export a report of a period (days in the shop&apos;s time zone, both included).</source>
        <translation>导出一段期间的报表（按门店时区的日期，含起止两天）。</translation>
    </message>
    <message>
        <source>Which report.</source>
        <translation>报表种类。</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>开始日期。</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation>结束日期。</translation>
    </message>
    <message>
        <source>csv, xlsx or pdf.</source>
        <translation>csv、xlsx 或 pdf。</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>输出文件。</translation>
    </message>
    <message>
        <source>Settlement report: one row per batch or per day.</source>
        <translation>结算报表：每批次一行或每天一行。</translation>
    </message>
    <message>
        <source>Only this terminal.</source>
        <translation>只含该终端。</translation>
    </message>
    <message>
        <source>Only this cashier&apos;s transactions.</source>
        <translation>只含该收银员的交易。</translation>
    </message>
    <message>
        <source>Only transactions of this type.</source>
        <translation>只含该类型的交易。</translation>
    </message>
    <message>
        <source>Only transactions with this result.</source>
        <translation>只含该结果的交易。</translation>
    </message>
    <message>
        <source>List what to deal with before closing the day: unsettled batches, pending reversals, unprinted receipts, open incidents. Exit code 1 when there is any.</source>
        <translation>列出日结前需处理的事项：未结算批次、待发送冲正、未打印签购单、未解决故障。有待处理事项时退出码为 1。</translation>
    </message>
</context>
<context>
    <name>posdesk::CostOverview</name>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>Software licence</source>
        <translation>软件许可</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>adding up the costs</source>
        <translation>汇总费用</translation>
    </message>
</context>
<context>
    <name>posdesk::ScorecardReport</name>
    <message>
        <source>%1 (too few to compare)</source>
        <translation>%1（样本太少，无法比较）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>终端数</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易笔数</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>告警数</translation>
    </message>
    <message>
        <source>Incidents per 1,000 transactions</source>
        <translation>每千笔交易告警数</translation>
    </message>
    <message>
        <source>By code (incidents, per 1,000)</source>
        <translation>按应答码（告警数，每千笔）</translation>
    </message>
    <message>
        <source>Shop&apos;s own mistakes left out</source>
        <translation>已剔除本店自身失误</translation>
    </message>
    <message>
        <source>Host unreachable (minutes)</source>
        <translation>主机不可达（分钟）</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>上报次数</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Days to confirmation, median</source>
        <translation>确认天数（中位数）</translation>
    </message>
    <message>
        <source>Days to confirmation, 90th percentile</source>
        <translation>确认天数（第 90 百分位）</translation>
    </message>
    <message>
        <source>Days to resolve, median</source>
        <translation>解决天数（中位数）</translation>
    </message>
    <message>
        <source>Days to resolve, 90th percentile</source>
        <translation>解决天数（第 90 百分位）</translation>
    </message>
    <message>
        <source>Follow-ups missed</source>
        <translation>跟进逾期</translation>
    </message>
    <message>
        <source>Reversals refused</source>
        <translation>冲正被拒</translation>
    </message>
    <message>
        <source>Maintenance visits</source>
        <translation>维护上门次数</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Terminals in service</source>
        <translation>在用终端数</translation>
    </message>
    <message>
        <source>Terminal-years</source>
        <translation>终端年数</translation>
    </message>
    <message>
        <source>Incidents of the terminal</source>
        <translation>终端自身告警</translation>
    </message>
    <message>
        <source>Swaps</source>
        <translation>换机次数</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>故障数</translation>
    </message>
    <message>
        <source>Faults per terminal-year</source>
        <translation>每终端年故障数</translation>
    </message>
    <message>
        <source>Mean days between faults</source>
        <translation>平均故障间隔（天）</translation>
    </message>
    <message>
        <source>Cost in the period</source>
        <translation>期间费用</translation>
    </message>
    <message>
        <source>Cost per terminal-year</source>
        <translation>每终端年费用</translation>
    </message>
    <message>
        <source>Cost per terminal-year: terminals behind it</source>
        <translation>每终端年费用的终端样本数</translation>
    </message>
    <message>
        <source>Device per terminal-year</source>
        <translation>每终端年设备费</translation>
    </message>
    <message>
        <source>Installation per terminal-year</source>
        <translation>每终端年安装费</translation>
    </message>
    <message>
        <source>Training per terminal-year</source>
        <translation>每终端年培训费</translation>
    </message>
    <message>
        <source>Maintenance per terminal-year</source>
        <translation>每终端年维护费</translation>
    </message>
    <message>
        <source>Software licence per terminal-year</source>
        <translation>每终端年软件许可费</translation>
    </message>
    <message>
        <source>Other per terminal-year</source>
        <translation>每终端年其他费用</translation>
    </message>
    <message>
        <source>Channel scorecard</source>
        <translation>渠道评分卡</translation>
    </message>
    <message>
        <source>Brand and model scorecard</source>
        <translation>品牌与型号评分卡</translation>
    </message>
    <message>
        <source>Acquirer profile</source>
        <translation>收单机构</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Acquirer profiles</source>
        <translation>收单机构</translation>
    </message>
    <message>
        <source>Service providers</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>(brand not recorded)</source>
        <translation>（未登记品牌）</translation>
    </message>
    <message>
        <source>Brands and models</source>
        <translation>品牌与型号</translation>
    </message>
</context>
</TS>
