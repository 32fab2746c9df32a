<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>PosDesk — merchant back office and PC till</source>
        <translation>PosDesk — 商户后台与电脑收银</translation>
    </message>
    <message>
        <source>Start a seeded demo shop in a temporary folder.</source>
        <translation>在临时文件夹中启动带演示数据的演示商店。</translation>
    </message>
    <message>
        <source>SQLite database file.</source>
        <translation>SQLite 数据库文件。</translation>
    </message>
    <message>
        <source>PostgreSQL database URL.</source>
        <translation>PostgreSQL 数据库 URL。</translation>
    </message>
    <message>
        <source>Quit after N milliseconds (smoke tests).</source>
        <translation>N 毫秒后退出（冒烟测试用）。</translation>
    </message>
    <message>
        <source>PosDesk cannot start</source>
        <translation>PosDesk 无法启动</translation>
    </message>
</context>
<context>
    <name>posdesk::AcquirerRepository</name>
    <message>
        <source>adding acquirer %1</source>
        <translation>添加收单机构 %1</translation>
    </message>
    <message>
        <source>updating acquirer %1</source>
        <translation>更新收单机构 %1</translation>
    </message>
    <message>
        <source>No acquirer named %1.</source>
        <translation>没有名为 %1 的收单机构。</translation>
    </message>
    <message>
        <source>looking up acquirer %1</source>
        <translation>查找收单机构 %1</translation>
    </message>
    <message>
        <source>No acquirer named “%1”. Add it first with “acquirer add”.</source>
        <translation>没有名为“%1”的收单机构。请先用“acquirer add”添加。</translation>
    </message>
    <message>
        <source>looking up an acquirer</source>
        <translation>查找收单机构</translation>
    </message>
    <message>
        <source>No acquirer with id %1.</source>
        <translation>没有编号为 %1 的收单机构。</translation>
    </message>
    <message>
        <source>listing acquirers</source>
        <translation>列出收单机构</translation>
    </message>
    <message>
        <source>The dialect settings of acquirer “%1” were not saved: %2</source>
        <translation>收单机构“%1”的报文方言设置未保存：%2</translation>
    </message>
</context>
<context>
    <name>posdesk::AcquirerService</name>
    <message>
        <source>The host declined: %1</source>
        <translation>主机拒绝了交易：%1</translation>
    </message>
    <message>
        <source>The MAC key of terminal %1 does not suit the %2 MAC algorithm of its acquirer profile. Sign on again or correct the profile.</source>
        <translation>终端 %1 的 MAC 密钥不适用于其收单机构配置中的 %2 MAC 算法。请重新签到，或更正收单机构配置。</translation>
    </message>
    <message>
        <source>Terminal %1 is %2; only a terminal with its keys loaded can sign on.</source>
        <translation>终端 %1 的状态为“%2”；只有已灌装密钥的终端才能签到。</translation>
    </message>
    <message>
        <source>Terminal %1 has no master key (TMK). Load it first: posdesk-cli keys load-tmk.</source>
        <translation>终端 %1 没有主密钥（TMK）。请先灌装：posdesk-cli keys load-tmk。</translation>
    </message>
    <message>
        <source>The sign-on answer carries no working keys.</source>
        <translation>签到应答中没有工作密钥。</translation>
    </message>
    <message>
        <source>The working keys from the host do not match their check values; the sign-on failed. Check that the terminal&apos;s master key is the one the acquirer issued.</source>
        <translation>主机下发的工作密钥与校验值不符，签到失败。请确认终端主密钥是收单机构发放的那一个。</translation>
    </message>
    <message>
        <source>first sign-on</source>
        <translation>首次签到</translation>
    </message>
    <message>
        <source>recording the first sign-on</source>
        <translation>记录首次签到</translation>
    </message>
    <message>
        <source>Terminal %1 is busy with another request (on this till or another). Try again in a moment.</source>
        <translation>终端 %1 正忙，正在处理另一笔请求（来自本收银台或其他收银台）。请稍后再试。</translation>
    </message>
    <message>
        <source>This till&apos;s hold on the terminal ran out and another till or process took it over; nothing more was sent. Try again.</source>
        <translation>本收银台对该终端的占用已到期，终端已被其他收银台或进程接管；未再发送任何报文。请重试。</translation>
    </message>
    <message>
        <source>Terminal %1 keeps its keys in a PIN pad, and no PIN pad is connected to this till. Connect the PIN pad (Devices) and try again.</source>
        <translation>终端 %1 的密钥保存在密码键盘中，但本收银台没有连接密码键盘。请连接密码键盘（设备）后重试。</translation>
    </message>
    <message>
        <source>The sign-on answer&apos;s working keys cannot be read.</source>
        <translation>签到应答中的工作密钥无法读取。</translation>
    </message>
    <message>
        <source>The PIN pad did not take the working keys of the sign-on; terminal %1 cannot sell until a sign-on succeeds. %2</source>
        <translation>密码键盘未接受签到下发的工作密钥；在签到成功之前，终端 %1 不能收款。%2</translation>
    </message>
    <message>
        <source>The PIN pad answered a MAC of the wrong size.</source>
        <translation>密码键盘返回的 MAC 长度不正确。</translation>
    </message>
</context>
<context>
    <name>posdesk::ApduExchange</name>
    <message>
        <source>A card command needs at least its four header bytes.</source>
        <translation>卡片指令至少需要四个字节的指令头。</translation>
    </message>
    <message>
        <source>The card keeps announcing more data and never finishes its answer. Take the card out and try again.</source>
        <translation>卡片不断提示还有数据，始终没有完成应答。请取出卡片后重试。</translation>
    </message>
</context>
<context>
    <name>posdesk::AuditLogRepository</name>
    <message>
        <source>reading the audit trail</source>
        <translation>读取审计日志</translation>
    </message>
    <message>
        <source>writing the audit trail</source>
        <translation>写入审计日志</translation>
    </message>
    <message>
        <source>row %1 follows row %2: rows %3 to %4 were deleted or the ids changed</source>
        <translation>第 %1 行紧跟在第 %2 行之后：第 %3 到 %4 行被删除或编号被改动</translation>
    </message>
    <message>
        <source>row %1 does not link to the row before it (a row was inserted, deleted or edited)</source>
        <translation>第 %1 行与前一行的链接不符（有行被插入、删除或修改）</translation>
    </message>
    <message>
        <source>row %1 was edited after it was written</source>
        <translation>第 %1 行写入后被修改过</translation>
    </message>
</context>
<context>
    <name>posdesk::BatchRepository</name>
    <message>
        <source>opening batch %1</source>
        <translation>开启批次 %1</translation>
    </message>
    <message>
        <source>looking up batch %1</source>
        <translation>查找批次 %1</translation>
    </message>
    <message>
        <source>No batch %1 for this terminal.</source>
        <translation>此终端没有批次 %1。</translation>
    </message>
    <message>
        <source>listing batches</source>
        <translation>列出批次</translation>
    </message>
    <message>
        <source>changing a batch&apos;s state</source>
        <translation>修改批次状态</translation>
    </message>
    <message>
        <source>No batch with id %1.</source>
        <translation>没有编号为 %1 的批次。</translation>
    </message>
    <message>
        <source>closing batch %1</source>
        <translation>结束批次 %1</translation>
    </message>
    <message>
        <source>Batch %1 is already closed or does not exist.</source>
        <translation>批次 %1 已结束或不存在。</translation>
    </message>
    <message>
        <source>The batch is no longer %1: another till or process is settling it or has settled it. Look at the Settlement screen before trying again.</source>
        <translation>该批次已不再是“%1”状态：其他收银台或进程正在结算或已结算该批次。请先查看“结算”页，再重试。</translation>
    </message>
    <message>
        <source>recording the host&apos;s settlement</source>
        <translation>记录主机的结算结果</translation>
    </message>
    <message>
        <source>The batch was not being settled any more when the host&apos;s answer came; nothing was overwritten.</source>
        <translation>主机应答到达时，该批次已不在结算中；未覆盖任何记录。</translation>
    </message>
</context>
<context>
    <name>posdesk::CashSales</name>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>numbering the cash voucher</source>
        <translation>为现金凭证编号</translation>
    </message>
</context>
<context>
    <name>posdesk::CashierNumbers</name>
    <message>
        <source>reading the cashier number</source>
        <translation>读取收银员编号</translation>
    </message>
    <message>
        <source>A cashier number is two or three digits, such as 01.</source>
        <translation>收银员编号为两位或三位数字，例如 01。</translation>
    </message>
    <message>
        <source>reading the cashier numbers</source>
        <translation>读取全部收银员编号</translation>
    </message>
    <message>
        <source>Cashier number %1 belongs to %2. Give each user a number of their own.</source>
        <translation>收银员编号 %1 已分配给 %2。请为每个用户设置各自的编号。</translation>
    </message>
    <message>
        <source>setting the cashier number</source>
        <translation>设置收银员编号</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>没有用户 %1。</translation>
    </message>
</context>
<context>
    <name>posdesk::ChipAdvices</name>
    <message>
        <source>The host did not take the chip&apos;s script results: %1</source>
        <translation>主机未接收芯片的脚本处理结果：%1</translation>
    </message>
</context>
<context>
    <name>posdesk::ChipRecordRepository</name>
    <message>
        <source>storing the chip data of a transaction</source>
        <translation>保存交易的芯片数据</translation>
    </message>
    <message>
        <source>Transaction %1 has no chip data.</source>
        <translation>交易 %1 没有芯片数据。</translation>
    </message>
    <message>
        <source>reading the chip data</source>
        <translation>读取芯片数据</translation>
    </message>
    <message>
        <source>reading the pending advices</source>
        <translation>读取待发送的通知</translation>
    </message>
</context>
<context>
    <name>posdesk::ChipSession</name>
    <message>
        <source>No application of the card was chosen.</source>
        <translation>没有选择卡片上的应用。</translation>
    </message>
    <message>
        <source>The card declined the payment itself (it did not ask the bank). No money moved; ask for another card or cash.</source>
        <translation>卡片自行拒绝了这笔付款（未询问银行）。没有扣款；请换一张卡或收现金。</translation>
    </message>
    <message>
        <source>The card approved the payment offline, which this till does not accept. No money moved; ask for another card.</source>
        <translation>卡片脱机批准了这笔付款，本收银台不接受脱机批准。没有扣款；请换一张卡。</translation>
    </message>
</context>
<context>
    <name>posdesk::ColumnMapping</name>
    <message>
        <source>The mapping&apos;s “%1” must be an object of file text → value. Correct the mapping file.</source>
        <translation>映射中的“%1”必须是“文件中的文字 → 取值”形式的对象。请更正映射文件。</translation>
    </message>
    <message>
        <source>In the mapping&apos;s “%1”, “%2” is not a known value. Use one of the values the documentation lists.</source>
        <translation>映射的“%1”中，“%2”不是可识别的取值。请使用文档中列出的取值之一。</translation>
    </message>
    <message>
        <source>The column mapping does not say which column holds the amount. Add an “amount” column to the mapping.</source>
        <translation>列映射没有指明哪一列是金额。请在映射中添加“amount”列。</translation>
    </message>
    <message>
        <source>The column mapping does not say which column holds the transaction time. Add a “transaction_time” or “transaction_date” column to the mapping.</source>
        <translation>列映射没有指明哪一列是交易时间。请在映射中添加“transaction_time”或“transaction_date”列。</translation>
    </message>
    <message>
        <source>The column mapping has no date-time format. Add one such as “yyyy-MM-dd HH:mm:ss”.</source>
        <translation>列映射中没有日期时间格式。请添加一个，例如“yyyy-MM-dd HH:mm:ss”。</translation>
    </message>
    <message>
        <source>The column mapping&apos;s delimiter cannot be a quote or a line break. Use a comma, a tab, a semicolon or a vertical bar.</source>
        <translation>列映射的分隔符不能是引号或换行符。请使用逗号、制表符、分号或竖线。</translation>
    </message>
    <message>
        <source>The column mapping&apos;s header line count must be between 0 and 100.</source>
        <translation>列映射的表头行数必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>The column mapping&apos;s time zone “%1” is unknown. Use an IANA name such as Asia/Shanghai.</source>
        <translation>无法识别列映射的时区“%1”。请使用 IANA 时区名，例如 Asia/Shanghai。</translation>
    </message>
    <message>
        <source>The mapping&apos;s column “%1” has neither a name nor an index. Give one.</source>
        <translation>映射中的列“%1”既没有列名，也没有列序号。请指定其中之一。</translation>
    </message>
    <message>
        <source>The mapping finds column “%1” by name but the file has no header line. Set headerLines to 1 or give the column&apos;s index.</source>
        <translation>映射按列名查找列“%1”，但文件没有表头行。请把 headerLines 设为 1，或指定该列的列序号。</translation>
    </message>
    <message>
        <source>The mapping&apos;s delimiter must be one character, such as “,” or “|”. Correct the mapping file.</source>
        <translation>映射的分隔符必须是单个字符，例如“,”或“|”。请更正映射文件。</translation>
    </message>
    <message>
        <source>The mapping&apos;s amountUnit must be “yuan” or “fen”. Correct the mapping file.</source>
        <translation>映射的 amountUnit 必须是“yuan”（元）或“fen”（分）。请更正映射文件。</translation>
    </message>
    <message>
        <source>The mapping names an unknown field “%1”. Use the field names the documentation lists, such as amount, tid or rrn.</source>
        <translation>映射中有未知字段“%1”。请使用文档中列出的字段名，例如 amount、tid 或 rrn。</translation>
    </message>
    <message>
        <source>The mapping&apos;s column “%1” needs a header name or a column index from 0. Correct the mapping file.</source>
        <translation>映射中的列“%1”需要表头名称，或从 0 开始的列序号。请更正映射文件。</translation>
    </message>
</context>
<context>
    <name>posdesk::CupMessages</name>
    <message>
        <source>The host&apos;s answer is garbled; it could not be read.</source>
        <translation>主机应答报文损坏，无法读取。</translation>
    </message>
    <message>
        <source>The host answered a different request (MTI, trace number or terminal ID do not match).</source>
        <translation>主机应答的是另一笔请求（消息类型、流水号或终端号不一致）。</translation>
    </message>
    <message>
        <source>The host&apos;s answer has no response code.</source>
        <translation>主机应答中没有应答码。</translation>
    </message>
    <message>
        <source>The host&apos;s answer carries no MAC, so it cannot be trusted.</source>
        <translation>主机应答没有 MAC，不能信任。</translation>
    </message>
    <message>
        <source>The MAC of the host&apos;s answer is wrong (A0): the answer was rejected.</source>
        <translation>主机应答的 MAC 错误（A0）：已拒绝该应答。</translation>
    </message>
    <message>
        <source>The dialect settings of acquirer “%1” are not valid, so PosDesk does not talk to its host: %2 Correct them in the acquirer profile.</source>
        <translation>收单机构“%1”的报文方言设置无效，PosDesk 不与其主机通信：%2 请在收单机构资料中改正。</translation>
    </message>
</context>
<context>
    <name>posdesk::DataProtection</name>
    <message>
        <source>No path was given for the data-protection key file.</source>
        <translation>没有指定数据保护密钥文件的路径。</translation>
    </message>
    <message>
        <source>The data-protection key in the keychain entry %1 has the wrong length. Restore it, or remove the entry and load the terminal keys again.</source>
        <translation>钥匙串条目 %1 中的数据保护密钥长度不对。请恢复它，或删除该条目后重新灌装终端密钥。</translation>
    </message>
    <message>
        <source>Encryption failed.</source>
        <translation>加密失败。</translation>
    </message>
    <message>
        <source>The encrypted data is damaged or in an unknown format.</source>
        <translation>加密数据已损坏或格式未知。</translation>
    </message>
    <message>
        <source>The encrypted data does not check out: it was altered, belongs to another record, or was made under another data-protection key.</source>
        <translation>加密数据校验不通过：它被改动过、属于另一条记录，或是用另一个数据保护密钥加密的。</translation>
    </message>
</context>
<context>
    <name>posdesk::Database</name>
    <message>
        <source>Could not finish %1: a record with the same key already exists.</source>
        <translation>无法完成%1：已存在相同键值的记录。</translation>
    </message>
    <message>
        <source>%1 is not a database file. Check the path, or restore the file from a backup.</source>
        <translation>%1 不是数据库文件。请检查路径，或从备份恢复该文件。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2 failed). Restore it from a backup.</source>
        <translation>数据库文件 %1 已损坏（%2 失败）。请从备份恢复。</translation>
    </message>
    <message>
        <source>Lost the connection to the database %1 while %2.</source>
        <translation>在%2时与数据库 %1 的连接中断。</translation>
    </message>
    <message>
        <source>The database %1 refused %2.</source>
        <translation>数据库 %1 拒绝了%2。</translation>
    </message>
    <message>
        <source>a statement</source>
        <translation>一条语句</translation>
    </message>
    <message>
        <source>A transaction is already open on this connection.</source>
        <translation>此连接上已有一个打开的事务。</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <source>No transaction is open on this connection.</source>
        <translation>此连接上没有打开的事务。</translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <source>%1 was written by a newer PosDesk (database version %2; this program knows up to %3). Install the newer PosDesk or choose another database.</source>
        <translation>%1 由更新版本的 PosDesk 写入（数据库版本 %2；本程序最高支持 %3）。请安装新版 PosDesk 或选择其他数据库。</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation>无法打开数据库文件 %1。</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL database %1. Check that the server runs and that the URL, user and password are right.</source>
        <translation>无法连接 PostgreSQL 数据库 %1。请确认服务器在运行，且 URL、用户名和密码正确。</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>没有指定数据库文件。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read (permissions).</source>
        <translation>%1 无法读取（权限不足）。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>posdesk::DbConfig</name>
    <message>
        <source>“%1” is not a PostgreSQL URL. Use postgresql://user@host:port/database.</source>
        <translation>“%1”不是 PostgreSQL URL。请使用 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>The PostgreSQL URL “%1” names no database. Add /DATABASE at the end.</source>
        <translation>PostgreSQL URL“%1”中没有数据库名。请在末尾加上 /数据库名。</translation>
    </message>
</context>
<context>
    <name>posdesk::DemoSeeder</name>
    <message>
        <source>This database already holds a shop&apos;s data; demo data is only added to a new, empty database.</source>
        <translation>此数据库中已有商店数据；演示数据只能加入新的空数据库。</translation>
    </message>
</context>
<context>
    <name>posdesk::DeviceFileTransport</name>
    <message>
        <source>device file %1</source>
        <translation>设备文件 %1</translation>
    </message>
    <message>
        <source>The device file %1 does not exist. Check that the printer is plugged in and switched on; PosDesk keeps trying.</source>
        <translation>设备文件 %1 不存在。请检查打印机是否已接好并开机；PosDesk 会持续重试。</translation>
    </message>
    <message>
        <source>This user may not write to %1. On Linux, add the user to the group “lp” and sign in again.</source>
        <translation>当前用户无权写入 %1。在 Linux 上，请将该用户加入“lp”组，然后重新登录。</translation>
    </message>
    <message>
        <source>The device file %1 cannot be opened.</source>
        <translation>无法打开设备文件 %1。</translation>
    </message>
    <message>
        <source>The device file %1 is not open.</source>
        <translation>设备文件 %1 未打开。</translation>
    </message>
    <message>
        <source>Writing to %1 failed (printer unplugged or switched off?). PosDesk reopens it when it is back.</source>
        <translation>写入 %1 失败（打印机是否已拔出或关机？）。打印机恢复后，PosDesk 会重新打开它。</translation>
    </message>
    <message>
        <source>Printing to a device file is only available on Linux. Use the printer&apos;s serial or network port.</source>
        <translation>只有在 Linux 上才能打印到设备文件。请改用打印机的串口或网口。</translation>
    </message>
    <message>
        <source>Printing to a device file is only available on Linux.</source>
        <translation>只有在 Linux 上才能打印到设备文件。</translation>
    </message>
</context>
<context>
    <name>posdesk::DeviceManager</name>
    <message>
        <source>Card %1 read. It has a chip: at the till, insert it rather than swipe it.</source>
        <translation>已读取卡片 %1。此卡带芯片：收银时请插卡，不要刷卡。</translation>
    </message>
    <message>
        <source>Card %1 read. The reader works.</source>
        <translation>已读取卡片 %1。读卡器工作正常。</translation>
    </message>
    <message>
        <source>The reader sent a swipe that could not be read: %1</source>
        <translation>读卡器传来的刷卡数据无法识别：%1</translation>
    </message>
    <message>
        <source>No card was swiped in time. Check the reader&apos;s cable and try again.</source>
        <translation>未在规定时间内刷卡。请检查读卡器连接线后重试。</translation>
    </message>
    <message>
        <source>“%1” is a card reader, not a printer.</source>
        <translation>“%1”是读卡器，不是打印机。</translation>
    </message>
    <message>
        <source>“%1” is a printer, not a card reader.</source>
        <translation>“%1”是打印机，不是读卡器。</translation>
    </message>
</context>
<context>
    <name>posdesk::DeviceSettings</name>
    <message>
        <source>The device setting “%1” cannot be “%2”. Use %3.</source>
        <translation>设备设置“%1”不能为“%2”。请使用%3。</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>text of single-byte characters</source>
        <translation>由单字节字符组成的文本</translation>
    </message>
    <message>
        <source>The reader&apos;s terminator cannot be empty: it ends each swipe. Use &quot;\r&quot;.</source>
        <translation>读卡器的结束符不能为空：它标志每次刷卡的结束。请使用 &quot;\r&quot;。</translation>
    </message>
    <message>
        <source>Give the device a name.</source>
        <translation>请为设备命名。</translation>
    </message>
    <message>
        <source>A card reader cannot use a write-only device file. Use its serial port.</source>
        <translation>读卡器不能使用只写的设备文件。请使用其串口。</translation>
    </message>
    <message>
        <source>A PIN pad is connected by its serial port (COM3, /dev/ttyUSB0).</source>
        <translation>密码键盘通过串口连接（COM3、/dev/ttyUSB0）。</translation>
    </message>
</context>
<context>
    <name>posdesk::DeviceStore</name>
    <message>
        <source>reading the configured devices</source>
        <translation>读取已配置的设备</translation>
    </message>
    <message>
        <source>changing a configured device</source>
        <translation>修改已配置的设备</translation>
    </message>
    <message>
        <source>There is no configured device “%1”. List them with “posdesk-cli devices list”.</source>
        <translation>没有名为“%1”的已配置设备。可用“posdesk-cli devices list”列出。</translation>
    </message>
    <message>
        <source>adding a device</source>
        <translation>添加设备</translation>
    </message>
</context>
<context>
    <name>posdesk::EnrollmentRecords</name>
    <message>
        <source>“%1” is not a known %2. Use one of: %3.</source>
        <translation>“%1”不是已知的%2。请使用以下之一：%3。</translation>
    </message>
    <message>
        <source>document kind</source>
        <translation>资料类型</translation>
    </message>
    <message>
        <source>document status</source>
        <translation>资料状态</translation>
    </message>
    <message>
        <source>Cannot read the document file %1.</source>
        <translation>无法读取资料文件 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot copy the document to %1.</source>
        <translation>无法将资料复制到 %1。</translation>
    </message>
    <message>
        <source>recording a document</source>
        <translation>记录资料</translation>
    </message>
    <message>
        <source>updating a document</source>
        <translation>更新资料</translation>
    </message>
    <message>
        <source>No document number %1.</source>
        <translation>没有编号为 %1 的资料。</translation>
    </message>
    <message>
        <source>listing documents</source>
        <translation>列出资料</translation>
    </message>
    <message>
        <source>cost category</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>费用不能为负数。</translation>
    </message>
    <message>
        <source>The cost needs a date (YYYY-MM-DD).</source>
        <translation>费用需要填写日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>recording a cost</source>
        <translation>记录费用</translation>
    </message>
    <message>
        <source>listing costs</source>
        <translation>列出费用</translation>
    </message>
    <message>
        <source>maintenance kind</source>
        <translation>维护类型</translation>
    </message>
    <message>
        <source>The item needs a due date (YYYY-MM-DD).</source>
        <translation>该事项需要填写到期日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>scheduling maintenance</source>
        <translation>安排维护</translation>
    </message>
    <message>
        <source>completing maintenance</source>
        <translation>完成维护</translation>
    </message>
    <message>
        <source>No open maintenance item number %1.</source>
        <translation>没有编号为 %1 的未完成维护事项。</translation>
    </message>
    <message>
        <source>listing due maintenance</source>
        <translation>列出到期的维护</translation>
    </message>
    <message>
        <source>Another acquirer profile is already called “%1”.</source>
        <translation>已有名为“%1”的收单机构配置。</translation>
    </message>
</context>
<context>
    <name>posdesk::EnrollmentService</name>
    <message>
        <source>“%1” is not a valid terminal ID: a TID has exactly 8 digits or capital letters.</source>
        <translation>“%1”不是有效的终端号：终端号（TID）必须恰好是 8 位数字或大写字母。</translation>
    </message>
    <message>
        <source>“%1” is not a valid merchant ID: a MID has exactly 15 digits or capital letters.</source>
        <translation>“%1”不是有效的商户号：商户号（MID）必须恰好是 15 位数字或大写字母。</translation>
    </message>
    <message>
        <source>The merchant needs a name.</source>
        <translation>商户需要名称。</translation>
    </message>
    <message>
        <source>The acquirer profile needs a name.</source>
        <translation>收单机构配置需要名称。</translation>
    </message>
    <message>
        <source>The acquirer profile needs the host address.</source>
        <translation>收单机构配置需要主机地址。</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>“%1” is not a TPDU: 10 hex digits starting with 60, such as 6000050000.</source>
        <translation>“%1”不是 TPDU：应为以 60 开头的 10 位十六进制数，例如 6000050000。</translation>
    </message>
    <message>
        <source>terminal recorded</source>
        <translation>终端已登记</translation>
    </message>
    <message>
        <source>recording the enrolment event</source>
        <translation>记录入网事件</translation>
    </message>
    <message>
        <source>reading the enrolment history</source>
        <translation>读取入网历史</translation>
    </message>
    <message>
        <source>The enrolment history holds an unknown state; check the database.</source>
        <translation>入网历史中有未知状态；请检查数据库。</translation>
    </message>
    <message>
        <source>looking for the terminal&apos;s master key</source>
        <translation>查找终端的主密钥</translation>
    </message>
    <message>
        <source>master key already loaded before the approval</source>
        <translation>审批前主密钥已灌装</translation>
    </message>
    <message>
        <source>changing a terminal&apos;s state</source>
        <translation>更改终端状态</translation>
    </message>
</context>
<context>
    <name>posdesk::EscPinPad</name>
    <message>
        <source>PIN pad key slots are 0 to 15; %1 is not one.</source>
        <translation>密码键盘的密钥槽位为 0 到 15；%1 不是有效槽位。</translation>
    </message>
    <message>
        <source>The PIN pad was closed while it waited for a PIN; no PIN was taken.</source>
        <translation>密码键盘在等待输入密码时被关闭；未取得密码。</translation>
    </message>
    <message>
        <source>PIN pad on serial port %1</source>
        <translation>串口 %1 上的密码键盘</translation>
    </message>
    <message>
        <source>The PIN pad&apos;s serial port %1 does not exist. Check that the pad is plugged in, then try again.</source>
        <translation>密码键盘的串口 %1 不存在。请检查密码键盘是否已接好，然后重试。</translation>
    </message>
    <message>
        <source>The PIN pad&apos;s serial port %1 is in use by another program or this user may not open it (on Linux: add the user to the group “dialout”).</source>
        <translation>密码键盘的串口 %1 正被其他程序占用，或当前用户无权打开（Linux 上：请把该用户加入“dialout”组）。</translation>
    </message>
    <message>
        <source>The PIN pad&apos;s serial port %1 cannot be opened.</source>
        <translation>无法打开密码键盘的串口 %1。</translation>
    </message>
    <message>
        <source>The PIN pad&apos;s serial port %1 refused the line settings (%2 baud, 8N1). Check the speed in the device settings.</source>
        <translation>密码键盘的串口 %1 不接受线路设置（%2 波特，8N1）。请在设备设置中检查速率。</translation>
    </message>
    <message>
        <source>The PIN pad on %1 is not connected. Check its cable, then open it again in the device settings.</source>
        <translation>%1 上的密码键盘未连接。请检查连线，然后在设备设置中重新打开它。</translation>
    </message>
    <message>
        <source>The PIN pad on %1 stopped working (unplugged or switched off?). Check its cable, then try again.</source>
        <translation>%1 上的密码键盘停止工作（已拔出或已关机？）。请检查连线，然后重试。</translation>
    </message>
    <message>
        <source>The PIN pad on %1 could not read PosDesk&apos;s command. If it happens again, check the cable and the speed (%2 baud).</source>
        <translation>%1 上的密码键盘无法读取 PosDesk 的指令。如果再次出现，请检查连线和速率（%2 波特）。</translation>
    </message>
    <message>
        <source>The PIN pad on %1 does not know PosDesk&apos;s command: it does not speak the ESC command set. Check the pad model chosen in the device settings.</source>
        <translation>%1 上的密码键盘不认识 PosDesk 的指令：它不支持 ESC 指令集。请检查设备设置中选择的密码键盘型号。</translation>
    </message>
    <message>
        <source>The PIN pad on %1 refused the command&apos;s parameters (a length, a slot or a key that does not fit the method).</source>
        <translation>%1 上的密码键盘拒绝了指令的参数（长度、槽位或与算法不符的密钥）。</translation>
    </message>
    <message>
        <source>The PIN pad on %1 has no master key in slot %2. Load the terminal master key into the pad first.</source>
        <translation>%1 上的密码键盘在槽位 %2 中没有主密钥。请先把终端主密钥灌入密码键盘。</translation>
    </message>
    <message>
        <source>The working key does not match its check value, so the PIN pad kept its previous key. Check that the pad&apos;s master key is the acquirer&apos;s current one, then sign on again.</source>
        <translation>工作密钥与其校验值不符，密码键盘保留了原来的密钥。请检查密码键盘的主密钥是否为收单机构当前为本终端分配的主密钥，然后重新签到。</translation>
    </message>
    <message>
        <source>The PIN pad on %1 has no working key for this in slot %2. Sign on again to load the working keys.</source>
        <translation>%1 上的密码键盘在槽位 %2 中没有此用途的工作密钥。请重新签到以灌入工作密钥。</translation>
    </message>
    <message>
        <source>The PIN pad on %1 is waiting for a PIN. Finish or cancel the PIN entry first.</source>
        <translation>%1 上的密码键盘正在等待输入密码。请先完成或取消密码输入。</translation>
    </message>
    <message>
        <source>The PIN pad on %1 gave an answer PosDesk does not know.</source>
        <translation>%1 上的密码键盘给出了 PosDesk 无法识别的应答。</translation>
    </message>
    <message>
        <source>The PIN pad on %1 answered something unreadable. Try again; if it happens again, check the cable and the speed (%2 baud).</source>
        <translation>%1 上的密码键盘的应答无法读取。请重试；如果再次出现，请检查连线和速率（%2 波特）。</translation>
    </message>
    <message>
        <source>Writing to the PIN pad on %1 failed. Check its cable, then try again.</source>
        <translation>向 %1 上的密码键盘写入失败。请检查连线，然后重试。</translation>
    </message>
    <message>
        <source>The PIN pad on %1 does not take the command. Check its cable, then try again.</source>
        <translation>%1 上的密码键盘不接收指令。请检查连线，然后重试。</translation>
    </message>
    <message>
        <source>PosDesk built a bad PIN pad command.</source>
        <translation>PosDesk 生成了错误的密码键盘指令。</translation>
    </message>
    <message>
        <source>The PIN pad on %1 did not answer within %2 seconds. Check that it is plugged in and switched on, then try again.</source>
        <translation>%1 上的密码键盘在 %2 秒内没有应答。请检查它是否已接好并开机，然后重试。</translation>
    </message>
    <message>
        <source>The PIN pad on %1 did not confirm that the PIN entry was cancelled. Check the pad, then try again.</source>
        <translation>%1 上的密码键盘没有确认已取消密码输入。请检查密码键盘，然后重试。</translation>
    </message>
    <message>
        <source>The PIN pad on %1 stopped answering while it waited for the PIN. Check that it is plugged in and switched on, then try again.</source>
        <translation>%1 上的密码键盘在等待密码时停止应答。请检查它是否已接好并开机，然后重试。</translation>
    </message>
    <message>
        <source>A terminal master key for the PIN pad is 16 bytes (a double-length triple-DES key).</source>
        <translation>密码键盘的终端主密钥为 16 字节（双倍长三重 DES 密钥）。</translation>
    </message>
    <message>
        <source>The PIN pad on %1 reports a different check value for the master key than the key that was sent. Load the key again; if it happens again, the pad is faulty.</source>
        <translation>%1 上的密码键盘报告的主密钥校验值与发送的密钥不符。请重新灌入密钥；如果再次出现，说明密码键盘有故障。</translation>
    </message>
    <message>
        <source>A working key for the PIN pad is 8 or 16 bytes with a 4-byte check value.</source>
        <translation>密码键盘的工作密钥为 8 或 16 字节，另带 4 字节校验值。</translation>
    </message>
    <message>
        <source>The PIN pad computes a MAC over at most %1 bytes.</source>
        <translation>密码键盘最多对 %1 字节计算 MAC。</translation>
    </message>
    <message>
        <source>The PIN pad is already waiting for a PIN. Finish or cancel that entry first.</source>
        <translation>密码键盘已在等待输入密码。请先完成或取消那次输入。</translation>
    </message>
    <message>
        <source>The PIN request is out of range: PIN lengths 4 to 12, a time-out of 1 to 999 seconds and an amount of at most 12 digits.</source>
        <translation>密码请求超出范围：密码长度 4 到 12 位，超时 1 到 999 秒，金额最多 12 位数字。</translation>
    </message>
    <message>
        <source>The card number must be 13 to 19 digits for the PIN pad to form the PIN block.</source>
        <translation>卡号须为 13 到 19 位数字，密码键盘才能生成密码块。</translation>
    </message>
</context>
<context>
    <name>posdesk::EscPosBuilder</name>
    <message>
        <source>The paper width of %1 characters is not supported. Set 32 (58 mm paper) or 48 (80 mm paper) in the printer settings.</source>
        <translation>不支持 %1 个字符的纸宽。请在打印机设置中设为 32（58 mm 纸）或 48（80 mm 纸）。</translation>
    </message>
    <message>
        <source>Code page %1 does not exist. Set the code page number from the printer&apos;s manual (0 to 255) in the printer settings.</source>
        <translation>代码页 %1 不存在。请在打印机设置中填写打印机手册上的代码页编号（0 到 255）。</translation>
    </message>
    <message>
        <source>Character size %1×%2 is not possible; each factor must be 1 to 8.</source>
        <translation>字符大小 %1×%2 无效；每个倍数必须在 1 到 8 之间。</translation>
    </message>
    <message>
        <source>Cannot feed a negative number of lines.</source>
        <translation>走纸行数不能为负数。</translation>
    </message>
    <message>
        <source>The feed before a cut must be 0 to 255 motion units.</source>
        <translation>切纸前的走纸量必须在 0 到 255 个移动单位之间。</translation>
    </message>
    <message>
        <source>The cash drawer pulse must be 2 to 510 ms on and off. Check the drawer settings.</source>
        <translation>钱箱脉冲的通、断时间必须在 2 到 510 ms 之间。请检查钱箱设置。</translation>
    </message>
    <message>
        <source>A QR code holds 1 to %1 bytes; this one has %2. Shorten the data.</source>
        <translation>二维码可容纳 1 到 %1 字节，当前为 %2 字节。请缩短数据。</translation>
    </message>
    <message>
        <source>QR module size must be 1 to 16 and the model 1 or 2.</source>
        <translation>二维码模块大小必须为 1 到 16，型号必须为 1 或 2。</translation>
    </message>
    <message>
        <source>A CODE128 barcode can only hold printable ASCII characters.</source>
        <translation>CODE128 条码只能包含可打印的 ASCII 字符。</translation>
    </message>
    <message>
        <source>A CODE128 barcode here holds 1 to about 250 characters; this one has %1.</source>
        <translation>此处 CODE128 条码可容纳 1 到约 250 个字符，当前为 %1 个。</translation>
    </message>
    <message>
        <source>Barcode height must be 1 to 255 dots and the module width 2 to 6.</source>
        <translation>条码高度必须为 1 到 255 点，模块宽度必须为 2 到 6。</translation>
    </message>
</context>
<context>
    <name>posdesk::FinancialFlows</name>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>%1 is more than one card payment can carry (at most 9,999,999,999.99).</source>
        <translation>%1 超过单笔刷卡交易的上限（最多 9,999,999,999.99）。</translation>
    </message>
    <message>
        <source>%1 is not a currency the host can be sent.</source>
        <translation>%1 不是可以发送给主机的币种。</translation>
    </message>
    <message>
        <source>Terminal %1 is %2 and cannot take card payments. Take cash instead, or use another terminal.</source>
        <translation>终端 %1 的状态为“%2”，不能刷卡收款。请改收现金，或换用其他终端。</translation>
    </message>
    <message>
        <source>Card payments on terminal %1 are blocked by open alert No. %2 (%3). Take cash for now and work through the alert in Alerts.</source>
        <translation>终端 %1 因未处理的告警 %2 号（%3）已停止刷卡收款。请先收现金，并在“告警”页处理该告警。</translation>
    </message>
    <message>
        <source>No card was read. Swipe the card again.</source>
        <translation>没有读到卡。请重新刷卡。</translation>
    </message>
    <message>
        <source>No sale with trace number %1 in the open batch %2 of terminal %3; only sales of the open batch can be voided (use a refund for older ones).</source>
        <translation>终端 %3 的当前批次 %2 中没有流水号为 %1 的消费；只能撤销当前批次的消费（更早的请做退货）。</translation>
    </message>
    <message>
        <source>Trace number %1 is not an approved sale (it is a %2, %3) and cannot be voided.</source>
        <translation>流水号 %1 不是成功的消费（而是 %2，%3），不能撤销。</translation>
    </message>
    <message>
        <source>%1 sales of this shop carry the reference number %2. Give the sale&apos;s date (--date) to tell them apart.</source>
        <translation>本店有 %1 笔消费的参考号都是 %2。请给出消费日期（--date）加以区分。</translation>
    </message>
    <message>
        <source>No sale with reference number %1%2 in this shop&apos;s records. If the sale was made before PosDesk kept the records, an owner can refund it with --original-unknown.</source>
        <translation>本店记录中没有参考号为 %1%2 的消费。如果这笔消费发生在 PosDesk 开始记录之前，店主可以用 --original-unknown 为其退货。</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation>（日期 %1）</translation>
    </message>
    <message>
        <source>Only an owner may refund a sale that is not in this shop&apos;s records.</source>
        <translation>只有店主才能为本店记录中没有的消费退货。</translation>
    </message>
    <message>
        <source>The reference number (RRN) of the original sale has 12 characters.</source>
        <translation>原消费的参考号（RRN）应为 12 位。</translation>
    </message>
    <message>
        <source>The original sale (trace %1) is %2 and cannot be %3.</source>
        <translation>原消费（流水号 %1）的状态为“%2”，不能%3。</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>The original sale (trace %1) has been voided or its void is not settled yet; it cannot be voided or refunded again.</source>
        <translation>原消费（流水号 %1）已被撤销，或其撤销尚未完成；不能再撤销或退货。</translation>
    </message>
    <message>
        <source>Only sales of the open batch of this terminal can be voided; use a refund.</source>
        <translation>只能撤销本终端当前批次的消费；请改做退货。</translation>
    </message>
    <message>
        <source>The sale (trace %1) has been partly refunded already; refund the rest instead of voiding it.</source>
        <translation>该消费（流水号 %1）已部分退货；请对剩余金额做退货，不要撤销。</translation>
    </message>
    <message>
        <source>Refunds of the sale (trace %1, %2) would come to more than the sale: %3 refunded already, at most %4 more.</source>
        <translation>该消费（流水号 %1，%2）的退货总额将超过消费金额：已退 %3，最多还能退 %4。</translation>
    </message>
    <message>
        <source>counting the open batch</source>
        <translation>统计当前批次</translation>
    </message>
    <message>
        <source>Batch %1 of terminal %2 is full: it holds %3 %4 %5, the most one settlement can carry. Settle the terminal, then take this payment.</source>
        <translation>终端 %2 的批次 %1 已满：已有 %3 笔%4%5，达到一次结算所能承载的上限。请先结算该终端，再收这笔款。</translation>
    </message>
    <message>
        <source>other-card</source>
        <translation>外卡</translation>
    </message>
    <message>
        <source>UnionPay</source>
        <translation>银联卡</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Batch %1 of terminal %2 is being settled; wait until it is closed.</source>
        <translation>终端 %2 的批次 %1 正在结算；请等结算完成。</translation>
    </message>
    <message>
        <source>%1 The payment is in doubt — do not hand over the goods. The reversal could not be recorded (%2): tell the owner at once.</source>
        <translation>%1 交易结果不明——请勿交付商品。冲正未能登记（%2）：请立即告知店主。</translation>
    </message>
    <message>
        <source>%1 The payment was cancelled at the host: the customer is not charged. Do not hand over the goods; try the card again or take cash.</source>
        <translation>%1 主机已撤销该笔交易，顾客未被扣款。请勿交付商品；请重新刷卡或改收现金。</translation>
    </message>
    <message>
        <source>%1 The payment is in doubt — do not hand over the goods. A reversal is queued and will be sent until the host confirms it. Take cash or try again.</source>
        <translation>%1 交易结果不明——请勿交付商品。已登记冲正，将一直发送直到主机确认。请改收现金或重试。</translation>
    </message>
    <message>
        <source>reading the open batch</source>
        <translation>读取当前批次</translation>
    </message>
    <message>
        <source>Terminal %1 has no sale with trace number %2 in batch %3. The merchant copy of the sale shows both numbers.</source>
        <translation>终端 %1 的批次 %3 中没有凭证号（流水号）为 %2 的消费。消费的商户存根上印有这两个号码。</translation>
    </message>
    <message>
        <source>The sale with trace number %1 has the reference number %2, not %3. Check the slip and give one of them.</source>
        <translation>流水号为 %1 的消费，其参考号是 %2，而不是 %3。请核对签购单，只填其中一个。</translation>
    </message>
    <message>
        <source>%1 The payment is in doubt — do not hand over the goods. The host refused to cancel it: the customer may have been charged. Take no other payment for these goods until the owner has checked with the acquirer (alert RV).</source>
        <translation>%1 这笔付款状态不明——请勿交付商品。主机拒绝撤销这笔付款，顾客可能已被扣款。在店主向收单机构核实之前（告警 RV），不要为这些商品再收一次款。</translation>
    </message>
    <message>
        <source>A chip card is charged in yuan (CNY) only.</source>
        <translation>芯片卡只能以人民币（CNY）收款。</translation>
    </message>
    <message>
        <source>No card is in the reader. Insert the card.</source>
        <translation>读卡器中没有卡。请插卡。</translation>
    </message>
    <message>
        <source>The card signed an amount other than the sale&apos;s. No money moved; insert the card again.</source>
        <translation>卡片签署的金额与本笔消费不符。没有扣款；请重新插卡。</translation>
    </message>
    <message>
        <source>The card gave no card number. No money moved; ask for another card.</source>
        <translation>卡片没有给出卡号。没有扣款；请换一张卡。</translation>
    </message>
    <message>
        <source>The bank approved the payment, but its answer did not prove itself to the card, and the card declined.</source>
        <translation>银行批准了这笔付款，但银行的应答未通过卡片的验证，卡片拒绝了交易。</translation>
    </message>
    <message>
        <source>The bank approved the payment, but the card declined it.</source>
        <translation>银行批准了这笔付款，但卡片拒绝了交易。</translation>
    </message>
    <message>
        <source>The card could not finish the payment (%1).</source>
        <translation>卡片未能完成这笔付款（%1）。</translation>
    </message>
    <message>
        <source>This is a chip card: insert it into the card reader (请插卡). Swipe it only if its chip cannot be read.</source>
        <translation>这是芯片卡：请插卡。只有芯片读不出时才可以刷卡。</translation>
    </message>
    <message>
        <source>This card has no chip (its stripe says so): take it as an ordinary swipe.</source>
        <translation>这张卡没有芯片（磁条信息如此表明）：请按普通刷卡处理。</translation>
    </message>
    <message>
        <source>This card needs its PIN, and this till has no PIN pad for terminal %1. No money moved. Connect the PIN pad (Devices) or ask for another card.</source>
        <translation>此卡需要输入密码，但本收银台没有终端 %1 可用的密码键盘。未扣款。请连接密码键盘（设备），或请顾客换一张卡。</translation>
    </message>
    <message>
        <source>The PIN pad did not take the PIN: %1 No money moved.</source>
        <translation>密码键盘未能取得密码：%1 未扣款。</translation>
    </message>
    <message>
        <source>The PIN pad gave a PIN block of the wrong size. No money moved; try again.</source>
        <translation>密码键盘返回的密码块长度不正确。未扣款，请重试。</translation>
    </message>
    <message>
        <source>The PIN entry was cancelled. No money moved.</source>
        <translation>已取消输入密码。未扣款。</translation>
    </message>
    <message>
        <source>Nobody entered the PIN in time. No money moved; start the payment again.</source>
        <translation>未在规定时间内输入密码。未扣款，请重新收款。</translation>
    </message>
</context>
<context>
    <name>posdesk::HostExchange</name>
    <message>
        <source>The acquirer&apos;s host did not accept the connection in time. Check the network and the host address, then try again.</source>
        <translation>收单机构主机未在规定时间内接受连接。请检查网络和主机地址后重试。</translation>
    </message>
    <message>
        <source>The acquirer&apos;s host did not answer in time.</source>
        <translation>收单机构主机未在规定时间内应答。</translation>
    </message>
    <message>
        <source>Cannot connect to the acquirer&apos;s host: %1. Check the network and the host settings of the acquirer profile.</source>
        <translation>无法连接收单机构主机：%1。请检查网络及收单机构配置中的主机设置。</translation>
    </message>
    <message>
        <source>The connection to the acquirer&apos;s host broke before the answer arrived (%1).</source>
        <translation>应答到达前，与收单机构主机的连接已断开（%1）。</translation>
    </message>
    <message>
        <source>The host sent a message of %1 bytes, which cannot be a valid answer.</source>
        <translation>主机发来 %1 字节的报文，不可能是有效应答。</translation>
    </message>
    <message>
        <source>The host sent more bytes than one message holds.</source>
        <translation>主机发来的字节数超过一条报文的长度。</translation>
    </message>
</context>
<context>
    <name>posdesk::HostOutageLog</name>
    <message>
        <source>recording a host outage</source>
        <translation>记录主机中断</translation>
    </message>
    <message>
        <source>closing a host outage</source>
        <translation>结束主机中断记录</translation>
    </message>
</context>
<context>
    <name>posdesk::IcDownload</name>
    <message>
        <source>The host&apos;s IC parameters are malformed. Try the download again later; if it keeps failing, call the acquirer.</source>
        <translation>主机下发的 IC 参数格式有误。请稍后重新下载；如果一直失败，请联系收单机构。</translation>
    </message>
    <message>
        <source>%1: the host no longer has it</source>
        <translation>%1：主机已没有此项</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the host sent another key</source>
        <translation>%1：主机发来的是另一把公钥</translation>
    </message>
    <message>
        <source>%1: expired on %2</source>
        <translation>%1：已于 %2 过期</translation>
    </message>
    <message>
        <source>A CA public key from the host failed its checksum and was not stored. Try the download again; if it keeps failing, call the acquirer.</source>
        <translation>主机下发的一把 CA 公钥校验值不符，未保存。请重新下载；如果一直失败，请联系收单机构。</translation>
    </message>
</context>
<context>
    <name>posdesk::IcParameterRepository</name>
    <message>
        <source>storing the downloaded CA public keys</source>
        <translation>保存下载的 CA 公钥</translation>
    </message>
    <message>
        <source>storing the downloaded chip application parameters</source>
        <translation>保存下载的 IC 卡应用参数</translation>
    </message>
    <message>
        <source>reading the CA public keys</source>
        <translation>读取 CA 公钥</translation>
    </message>
    <message>
        <source>reading the chip application parameters</source>
        <translation>读取 IC 卡应用参数</translation>
    </message>
</context>
<context>
    <name>posdesk::IncidentRecorder</name>
    <message>
        <source>recording a host answer</source>
        <translation>记录主机应答</translation>
    </message>
    <message>
        <source>checking repeated answers</source>
        <translation>检查重复应答</translation>
    </message>
</context>
<context>
    <name>posdesk::IncidentRepository</name>
    <message>
        <source>recording incident %1</source>
        <translation>记录告警 %1</translation>
    </message>
    <message>
        <source>looking up an incident</source>
        <translation>查找告警</translation>
    </message>
    <message>
        <source>No incident number %1. “incidents list” shows them all.</source>
        <translation>没有编号为 %1 的告警。“incidents list”可列出全部告警。</translation>
    </message>
    <message>
        <source>looking up open incidents</source>
        <translation>查找未处理告警</translation>
    </message>
    <message>
        <source>listing incidents</source>
        <translation>列出告警</translation>
    </message>
    <message>
        <source>recording a repeated incident</source>
        <translation>记录重复告警</translation>
    </message>
    <message>
        <source>No incident number %1.</source>
        <translation>没有编号为 %1 的告警。</translation>
    </message>
    <message>
        <source>updating incident %1</source>
        <translation>更新告警 %1</translation>
    </message>
</context>
<context>
    <name>posdesk::KeyFile</name>
    <message>
        <source>Cannot open the data-protection key file %1.</source>
        <translation>无法打开数据保护密钥文件 %1。</translation>
    </message>
    <message>
        <source>The data-protection key %1 is not a regular file.</source>
        <translation>数据保护密钥 %1 不是普通文件。</translation>
    </message>
    <message>
        <source>The data-protection key file %1 can be read or changed by other users of this computer (mode %2), so PosDesk will not use it. Run “chmod 600 %1”; if others may already have copied it, load the terminal keys again.</source>
        <translation>本机其他用户可以读取或修改数据保护密钥文件 %1（权限 %2），因此 PosDesk 不会使用它。请运行“chmod 600 %1”；如果它可能已被他人复制，请重新灌装终端密钥。</translation>
    </message>
    <message>
        <source>The data-protection key file %1 belongs to another user account. Run PosDesk as the account that owns it.</source>
        <translation>数据保护密钥文件 %1 属于另一个用户账户。请以该文件所属账户运行 PosDesk。</translation>
    </message>
    <message>
        <source>The data-protection key file %1 is damaged (it should hold exactly %2 bytes). Restore it from a backup.</source>
        <translation>数据保护密钥文件 %1 已损坏（应恰好为 %2 字节）。请从备份恢复。</translation>
    </message>
    <message>
        <source>Cannot read the data-protection key file %1.</source>
        <translation>无法读取数据保护密钥文件 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the data-protection key.</source>
        <translation>无法为数据保护密钥创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create the data-protection key file %1.</source>
        <translation>无法创建数据保护密钥文件 %1。</translation>
    </message>
    <message>
        <source>Cannot write the data-protection key file %1.</source>
        <translation>无法写入数据保护密钥文件 %1。</translation>
    </message>
</context>
<context>
    <name>posdesk::KeyStore</name>
    <message>
        <source>A key is written as an even number of hex digits; this one has %1.</source>
        <translation>密钥应由偶数个十六进制数字组成；此密钥有 %1 个。</translation>
    </message>
    <message>
        <source>A key may contain only hex digits (0-9, A-F); position %1 is not one.</source>
        <translation>密钥只能包含十六进制数字（0-9、A-F）；第 %1 位不是。</translation>
    </message>
    <message>
        <source>A DES key has 8, 16 or 24 bytes; this one has %1.</source>
        <translation>DES 密钥应为 8、16 或 24 字节；此密钥为 %1 字节。</translation>
    </message>
    <message>
        <source>Triple-DES is not available in this OpenSSL installation.</source>
        <translation>当前安装的 OpenSSL 不支持三重 DES。</translation>
    </message>
    <message>
        <source>The terminal keys in %1 were protected with another data-protection key than the one this computer uses (%2). Copy that key file here (mode 0600), or load the terminal keys again on this computer.</source>
        <translation>%1 中的终端密钥是用另一个数据保护密钥保护的，与本机使用的（%2）不同。请把那个密钥文件复制到这里（权限 0600），或在本机重新灌装终端密钥。</translation>
    </message>
    <message>
        <source>key id %1, expected %2</source>
        <translation>密钥标识 %1，应为 %2</translation>
    </message>
    <message>
        <source>storing a terminal key</source>
        <translation>保存终端密钥</translation>
    </message>
    <message>
        <source>A TMK is 32 or 48 hex digits (a double- or triple-length 3DES key); %1 digits were given.</source>
        <translation>主密钥（TMK）应为 32 或 48 位十六进制数（双倍或三倍长 3DES 密钥）；输入了 %1 位。</translation>
    </message>
    <message>
        <source>A TMK has 16 or 24 bytes (a double- or triple-length 3DES key); %1 bytes were given.</source>
        <translation>主密钥（TMK）应为 16 或 24 字节（双倍或三倍长 3DES 密钥）；给出了 %1 字节。</translation>
    </message>
    <message>
        <source>The TMK is loaded by the owner with loadTmk, not stored as a working key.</source>
        <translation>主密钥由店主通过 loadTmk 灌装，不能作为工作密钥保存。</translation>
    </message>
    <message>
        <source>reading a terminal key</source>
        <translation>读取终端密钥</translation>
    </message>
    <message>
        <source>Terminal %1 has no %2 key. Load it first (the TMK with “keys load-tmk”, working keys by signing on).</source>
        <translation>终端 %1 没有 %2 密钥。请先灌装（主密钥用“keys load-tmk”，工作密钥通过签到获取）。</translation>
    </message>
    <message>
        <source>The stored %1 key of terminal %2 does not decrypt: it was altered or copied from another record. Load the key again.</source>
        <translation>终端 %2 保存的 %1 密钥无法解密：它被改动过或是从其他记录复制的。请重新灌装密钥。</translation>
    </message>
    <message>
        <source>listing terminal keys</source>
        <translation>列出终端密钥</translation>
    </message>
    <message>
        <source>A PIN pad key slot is a number from 0 to 15; %1 was given.</source>
        <translation>密码键盘的密钥槽位是 0 到 15 之间的数字；给出的是 %1。</translation>
    </message>
    <message>
        <source>This PC holds no master key of terminal %1 to move into the PIN pad. Give the key itself: posdesk-cli pinpad load-tmk --tid %1 --slot N reads it from standard input.</source>
        <translation>本机没有终端 %1 的主密钥可以移入密码键盘。请直接提供密钥：posdesk-cli pinpad load-tmk --tid %1 --slot N 从标准输入读取。</translation>
    </message>
    <message>
        <source>The PIN pad takes a double-length master key (32 hex digits); this one has %1 bytes.</source>
        <translation>密码键盘只接受双倍长主密钥（32 位十六进制）；此密钥为 %1 字节。</translation>
    </message>
    <message>
        <source>The PIN pad is waiting for a PIN. Finish or cancel that payment first.</source>
        <translation>密码键盘正在等待输入密码。请先完成或取消那笔收款。</translation>
    </message>
    <message>
        <source>The PIN pad computed check value %1 for the key, which should be %2: the pad may be faulty or the line garbled. Nothing changed on this PC; load the key again.</source>
        <translation>密码键盘算出的密钥校验值为 %1，应为 %2：键盘可能故障或线路受干扰。本机未做任何更改，请重新灌装密钥。</translation>
    </message>
    <message>
        <source>removing the keys the PC held</source>
        <translation>删除本机保存的密钥</translation>
    </message>
    <message>
        <source>master key loaded, KCV %1</source>
        <translation>主密钥已灌装，校验值 %1</translation>
    </message>
    <message>
        <source>master key loaded into the PIN pad, KCV %1</source>
        <translation>主密钥已灌装到密码键盘，校验值 %1</translation>
    </message>
</context>
<context>
    <name>posdesk::LeaseRepository</name>
    <message>
        <source>reserving the terminal</source>
        <translation>占用终端</translation>
    </message>
    <message>
        <source>releasing the terminal</source>
        <translation>释放终端</translation>
    </message>
    <message>
        <source>reading the terminal&apos;s reservation</source>
        <translation>读取终端的占用记录</translation>
    </message>
    <message>
        <source>renewing the terminal</source>
        <translation>续租终端</translation>
    </message>
</context>
<context>
    <name>posdesk::MerchantRepository</name>
    <message>
        <source>adding merchant %1</source>
        <translation>添加商户 %1</translation>
    </message>
    <message>
        <source>looking up merchant %1</source>
        <translation>查找商户 %1</translation>
    </message>
    <message>
        <source>No merchant with MID %1. Add it first with “merchant add”.</source>
        <translation>没有商户号为 %1 的商户。请先用“merchant add”添加。</translation>
    </message>
    <message>
        <source>looking up a merchant</source>
        <translation>查找商户</translation>
    </message>
    <message>
        <source>No merchant with id %1.</source>
        <translation>没有编号为 %1 的商户。</translation>
    </message>
    <message>
        <source>listing merchants</source>
        <translation>列出商户</translation>
    </message>
</context>
<context>
    <name>posdesk::Money</name>
    <message>
        <source>The amount is empty. Enter an amount such as 12.34.</source>
        <translation>金额为空。请输入金额，例如 12.34。</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code.</source>
        <translation>“%1”不是 ISO 4217 货币代码。</translation>
    </message>
    <message>
        <source>“%1” has more than %2 decimal places.</source>
        <translation>“%1”的小数位超过 %2 位。</translation>
    </message>
    <message>
        <source>“%1” is too large.</source>
        <translation>“%1”太大。</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Use digits and a decimal point, such as 12.34.</source>
        <translation>“%1”不是金额。请使用数字和小数点，例如 12.34。</translation>
    </message>
    <message>
        <source>Cannot add %1 to %2.</source>
        <translation>不能把 %1 加到 %2 上。</translation>
    </message>
    <message>
        <source>The sum is too large.</source>
        <translation>合计金额太大。</translation>
    </message>
    <message>
        <source>“%1” has a comma. Write the amount with digits and a decimal point only, such as 1234.50.</source>
        <translation>“%1”中含有逗号。金额只能用数字和小数点书写，例如 1234.50。</translation>
    </message>
</context>
<context>
    <name>posdesk::OsKeychain</name>
    <message>
        <source>The operating system&apos;s keychain refused PosDesk access to its data-protection key. Unlock the keychain and allow PosDesk, then try again.</source>
        <translation>操作系统钥匙串拒绝 PosDesk 访问其数据保护密钥。请解锁钥匙串并允许 PosDesk 访问，然后重试。</translation>
    </message>
    <message>
        <source>The operating system&apos;s keychain failed.</source>
        <translation>操作系统钥匙串出错。</translation>
    </message>
    <message>
        <source>The operating system&apos;s keychain is not available.</source>
        <translation>操作系统钥匙串不可用。</translation>
    </message>
    <message>
        <source>The operating system&apos;s keychain did not answer.</source>
        <translation>操作系统钥匙串没有响应。</translation>
    </message>
    <message>
        <source>Could not save the data-protection key in the operating system&apos;s keychain.</source>
        <translation>无法把数据保护密钥保存到操作系统钥匙串中。</translation>
    </message>
</context>
<context>
    <name>posdesk::PanProtector</name>
    <message>
        <source>That is not a card number: a PAN has 12 to 19 digits.</source>
        <translation>这不是卡号：卡号（PAN）为 12 到 19 位数字。</translation>
    </message>
</context>
<context>
    <name>posdesk::PasswordHasher</name>
    <message>
        <source>Not enough memory to hash the password (argon2id needs 64 MiB). Close other programs and try again.</source>
        <translation>内存不足，无法计算密码哈希（argon2id 需要 64 MiB）。请关闭其他程序后重试。</translation>
    </message>
</context>
<context>
    <name>posdesk::PasswordPolicy</name>
    <message>
        <source>The password has %1 characters; it needs at least %2. A short sentence is easy to remember and long enough.</source>
        <translation>密码只有 %1 个字符，至少需要 %2 个。用一句简短的话作密码，既好记又够长。</translation>
    </message>
    <message>
        <source>The password may not be the user name. Choose another password.</source>
        <translation>密码不能与用户名相同。请换一个密码。</translation>
    </message>
</context>
<context>
    <name>posdesk::PcscCard</name>
    <message>
        <source>The card is no longer connected. Start over.</source>
        <translation>卡片已断开连接。请重新开始。</translation>
    </message>
    <message>
        <source>This command cannot be sent to a card (wrong length).</source>
        <translation>此指令无法发送给卡片（长度错误）。</translation>
    </message>
    <message>
        <source>The card&apos;s answer was cut short. Take the card out, insert it again and start over.</source>
        <translation>卡片的应答不完整。请取出卡片，重新插入后重新开始。</translation>
    </message>
</context>
<context>
    <name>posdesk::PcscContext</name>
    <message>
        <source>No card was inserted in the card reader &quot;%1&quot; in time. Insert the card and try again.</source>
        <translation>读卡器“%1”在规定时间内没有插入卡片。请插入卡片后重试。</translation>
    </message>
    <message>
        <source>The card is still in the card reader &quot;%1&quot;. Take it out and try again.</source>
        <translation>卡片仍在读卡器“%1”中。请取出后重试。</translation>
    </message>
</context>
<context>
    <name>posdesk::PcscError</name>
    <message>
        <source>The card was taken out of the reader too early. Insert it again and start over.</source>
        <translation>卡片拔出过早。请重新插入并重新开始。</translation>
    </message>
    <message>
        <source>There is no card in the card reader &quot;%1&quot;. Insert the card, chip first and facing up, and try again.</source>
        <translation>读卡器“%1”中没有卡片。请将卡片芯片朝上、芯片端先插入，然后重试。</translation>
    </message>
    <message>
        <source>There is no card in the card reader. Insert the card, chip first and facing up, and try again.</source>
        <translation>读卡器中没有卡片。请将卡片芯片朝上、芯片端先插入，然后重试。</translation>
    </message>
    <message>
        <source>Another program reset the card. Start over.</source>
        <translation>其他程序重置了卡片。请重新开始。</translation>
    </message>
    <message>
        <source>The card does not answer. Check that it is inserted chip first and facing up; if it still fails, the chip may be damaged: ask for another card or take the payment by swipe.</source>
        <translation>卡片无响应。请检查卡片是否芯片朝上、芯片端先插入；如果仍然失败，芯片可能已损坏：请顾客换一张卡，或改用刷卡收款。</translation>
    </message>
    <message>
        <source>The reader cannot talk to this card&apos;s chip. Try the card again; if it still fails, ask for another card or take the payment by swipe.</source>
        <translation>读卡器无法与此卡的芯片通信。请再试一次；如果仍然失败，请顾客换一张卡，或改用刷卡收款。</translation>
    </message>
    <message>
        <source>The card reader &quot;%1&quot; was disconnected. Plug it in again, wait until it is listed, and start over.</source>
        <translation>读卡器“%1”已断开。请重新插上，等它出现在列表中后重新开始。</translation>
    </message>
    <message>
        <source>The card reader was disconnected. Plug it in again, wait until it is listed, and start over.</source>
        <translation>读卡器已断开。请重新插上，等它出现在列表中后重新开始。</translation>
    </message>
    <message>
        <source>The card reader &quot;%1&quot; is not connected. Plug it in, or choose another reader in the device settings.</source>
        <translation>读卡器“%1”未连接。请插上读卡器，或在设备设置中选择其他读卡器。</translation>
    </message>
    <message>
        <source>The card reader is not connected. Plug it in, or choose another reader in the device settings.</source>
        <translation>读卡器未连接。请插上读卡器，或在设备设置中选择其他读卡器。</translation>
    </message>
    <message>
        <source>No chip-card reader is connected. Plug one in and try again.</source>
        <translation>没有连接芯片卡读卡器。请插上读卡器后重试。</translation>
    </message>
    <message>
        <source>The smart-card service (pcscd) is not running, so no chip-card reader can be used. Start it (package pcscd) or ask your administrator, then try again.</source>
        <translation>智能卡服务（pcscd）未运行，无法使用芯片卡读卡器。请启动该服务（软件包 pcscd）或联系管理员，然后重试。</translation>
    </message>
    <message>
        <source>The smart-card service (pcscd) stopped while the card was in use. Check that it is running, then start over with the card.</source>
        <translation>智能卡服务（pcscd）在使用卡片时停止了。请确认服务正在运行，然后用这张卡重新开始。</translation>
    </message>
    <message>
        <source>The card reader &quot;%1&quot; did not answer in the time allowed. Try again.</source>
        <translation>读卡器“%1”未在规定时间内响应。请重试。</translation>
    </message>
    <message>
        <source>The card reader did not answer in the time allowed. Try again.</source>
        <translation>读卡器未在规定时间内响应。请重试。</translation>
    </message>
    <message>
        <source>Waiting for the card was cancelled.</source>
        <translation>已取消等待卡片。</translation>
    </message>
    <message>
        <source>Another program is using the card reader &quot;%1&quot;. Close that program and try again.</source>
        <translation>其他程序正在使用读卡器“%1”。请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>Another program is using the card reader. Close that program and try again.</source>
        <translation>其他程序正在使用读卡器。请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>The card reader reported a problem. Try again; if it persists, unplug the reader and plug it in again.</source>
        <translation>读卡器报告了错误。请重试；如果问题持续，请拔下读卡器后重新插上。</translation>
    </message>
</context>
<context>
    <name>posdesk::Permissions</name>
    <message>
        <source>owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>accountant</source>
        <translation>会计</translation>
    </message>
    <message>
        <source>take card payments</source>
        <translation>刷卡收款</translation>
    </message>
    <message>
        <source>void their own sales</source>
        <translation>撤销自己的消费</translation>
    </message>
    <message>
        <source>void other cashiers&apos; sales</source>
        <translation>撤销其他收银员的消费</translation>
    </message>
    <message>
        <source>make refunds</source>
        <translation>办理退货</translation>
    </message>
    <message>
        <source>reprint receipts</source>
        <translation>重打签购单</translation>
    </message>
    <message>
        <source>view their own shift</source>
        <translation>查看自己的班次</translation>
    </message>
    <message>
        <source>view all transactions</source>
        <translation>查看全部交易</translation>
    </message>
    <message>
        <source>settle batches</source>
        <translation>批次结算</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>read incidents</source>
        <translation>查看告警</translation>
    </message>
    <message>
        <source>handle incidents</source>
        <translation>处理告警</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>load terminal keys</source>
        <translation>灌装终端密钥</translation>
    </message>
    <message>
        <source>enrol and manage terminals</source>
        <translation>终端入网与管理</translation>
    </message>
    <message>
        <source>manage acquirer profiles</source>
        <translation>管理收单机构配置</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>%1 has the role %2, which may not %3. Sign in as a user with the role %4.</source>
        <translation>%1 的角色是%2，无权%3。请用%4角色的用户登录。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>The sale&apos;s batch is already settled, so the sale can no longer be voided; the owner can refund it instead.</source>
        <translation>该消费所在批次已结算，不能再撤销；可由店主办理退货。</translation>
    </message>
    <message>
        <source>%1 may void only their own sales; this sale was made by %2. Ask the owner to void it.</source>
        <translation>%1 只能撤销自己的消费；这笔消费由 %2 完成。请让店主撤销。</translation>
    </message>
    <message>
        <source>Nobody is signed in, so PosDesk may not %1. Sign in first.</source>
        <translation>当前没有用户登录，PosDesk 无权%1。请先登录。</translation>
    </message>
    <message>
        <source>The account %1 no longer exists. Sign in as another user.</source>
        <translation>账户 %1 已不存在。请以其他用户登录。</translation>
    </message>
    <message>
        <source>The account %1 was disabled after it signed in. Ask the owner to enable it, or sign in as another user.</source>
        <translation>账户 %1 在登录后已被停用。请店主重新启用，或以其他用户登录。</translation>
    </message>
</context>
<context>
    <name>posdesk::PinPadDevice</name>
    <message>
        <source>Device “%1” is not a PIN pad.</source>
        <translation>设备“%1”不是密码键盘。</translation>
    </message>
    <message>
        <source>No PIN pad is configured on this till. Add it under Devices (posdesk-cli devices add --kind pinpad --name pad --address PORT).</source>
        <translation>本收银台没有配置密码键盘。请在“设备”中添加（posdesk-cli devices add --kind pinpad --name pad --address 端口）。</translation>
    </message>
</context>
<context>
    <name>posdesk::PreCloseGuard</name>
    <message>
        <source>looking for unsettled batches</source>
        <translation>查找未结算批次</translation>
    </message>
    <message>
        <source>The settlement of batch %1 on terminal %2 was interrupted (approved transactions: %3, net %4).</source>
        <translation>终端 %2 的批次 %1 结算被中断（成功交易：%3 笔，净额 %4）。</translation>
    </message>
    <message>
        <source>Settle it again: posdesk-cli settle --tid %1. The host&apos;s totals decide; nothing is counted twice.</source>
        <translation>请重新结算：posdesk-cli settle --tid %1。以主机汇总为准，不会重复计算。</translation>
    </message>
    <message>
        <source>Batch %1 on terminal %2 is not settled (approved transactions: %3, net %4).</source>
        <translation>终端 %2 的批次 %1 尚未结算（成功交易：%3 笔，净额 %4）。</translation>
    </message>
    <message>
        <source>Settle it: posdesk-cli settle --tid %1, or Settlement in PosDesk.</source>
        <translation>请结算：posdesk-cli settle --tid %1，或在 PosDesk 的“结算”页操作。</translation>
    </message>
    <message>
        <source>looking for pending reversals</source>
        <translation>查找待发冲正</translation>
    </message>
    <message>
        <source>The reversal of trace %1 (%2) on terminal %3 has not reached the host yet (attempts: %4).</source>
        <translation>终端 %3 上流水号 %1（%2）的冲正尚未送达主机（已尝试 %4 次）。</translation>
    </message>
    <message>
        <source>Last error: %1.</source>
        <translation>最近的错误：%1。</translation>
    </message>
    <message>
        <source>Check the link to the acquirer, then send it: posdesk-cli reversals flush. Settlement is refused until it is answered.</source>
        <translation>请检查与收单机构的通讯，然后发送：posdesk-cli reversals flush。冲正得到应答前不能结算。</translation>
    </message>
    <message>
        <source>looking for unprinted receipts</source>
        <translation>查找未打印的签购单</translation>
    </message>
    <message>
        <source>Receipts of terminal %1 not printed today: %2.</source>
        <translation>终端 %1 今天未打印的签购单：%2。</translation>
    </message>
    <message>
        <source>Make the printer ready (paper, cover closed), then reprint them from the print queue.</source>
        <translation>请让打印机就绪（装纸、合上盖子），然后从打印队列重打。</translation>
    </message>
    <message>
        <source>looking for open incidents</source>
        <translation>查找未处理告警</translation>
    </message>
    <message>
        <source>Incident %1 on terminal %2 is escalated to the acquirer: %3.</source>
        <translation>终端 %2 的告警 %1 已上报收单机构：%3。</translation>
    </message>
    <message>
        <source>Incident %1 on terminal %2 is open: %3.</source>
        <translation>终端 %2 的告警 %1 未处理：%3。</translation>
    </message>
    <message>
        <source>Follow up with the acquirer; once they confirm, resolve it: posdesk-cli incidents resolve %1.</source>
        <translation>请跟进收单机构；对方确认后将其关闭：posdesk-cli incidents resolve %1。</translation>
    </message>
    <message>
        <source>Work through its playbook: posdesk-cli incidents diagnose %1, or Alerts in PosDesk.</source>
        <translation>请按处理步骤操作：posdesk-cli incidents diagnose %1，或在 PosDesk 的“告警”页处理。</translation>
    </message>
</context>
<context>
    <name>posdesk::PrintJobStore</name>
    <message>
        <source>reading the print queue</source>
        <translation>读取打印队列</translation>
    </message>
    <message>
        <source>updating the print queue</source>
        <translation>更新打印队列</translation>
    </message>
    <message>
        <source>There is no print job %1. List the jobs with “posdesk-cli printer queue”.</source>
        <translation>没有打印任务 %1。可用“posdesk-cli printer queue”列出任务。</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>打印中</translation>
    </message>
    <message>
        <source>held by the printer</source>
        <translation>被打印机暂停</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>adding a print job</source>
        <translation>添加打印任务</translation>
    </message>
    <message>
        <source>PosDesk stopped while this job was at the printer, so whether it printed is unknown. Reprint it if the receipt is missing.</source>
        <translation>此任务在打印机上时 PosDesk 停止了运行，无法确定是否已打印。如果缺少小票，请重打。</translation>
    </message>
    <message>
        <source>Print job %1 is %2; only a waiting job can be cancelled.</source>
        <translation>打印任务 %1 的状态为“%2”；只能取消等待中的任务。</translation>
    </message>
    <message>
        <source>Print job %1 was sent to the printer just now; it can no longer be cancelled.</source>
        <translation>打印任务 %1 刚刚已发送到打印机，无法再取消。</translation>
    </message>
</context>
<context>
    <name>posdesk::PrintQueue</name>
    <message>
        <source>The connection to the printer broke while this job was printing (%1). Reprint it if the receipt is missing or incomplete.</source>
        <translation>打印此任务时与打印机的连接中断（%1）。如果小票缺失或不完整，请重打。</translation>
    </message>
    <message>
        <source>PosDesk stopped while this job was at the printer, so whether it printed is unknown. Reprint it if the receipt is missing.</source>
        <translation>此任务在打印机上时 PosDesk 停止了运行，无法确定是否已打印。如果缺少小票，请重打。</translation>
    </message>
    <message>
        <source>Print job %1 belongs to another printer.</source>
        <translation>打印任务 %1 属于另一台打印机。</translation>
    </message>
</context>
<context>
    <name>posdesk::PrinterStatus</name>
    <message>
        <source>The printer answered with a byte that is not a status reply. Check that the printer uses ESC/POS and that the port&apos;s speed matches the printer&apos;s setting.</source>
        <translation>打印机返回的字节不是状态应答。请确认打印机使用 ESC/POS，且端口速率与打印机设置一致。</translation>
    </message>
    <message>
        <source>The printer cover is open. Close it, then print again.</source>
        <translation>打印机盖已打开。请合上机盖，然后重新打印。</translation>
    </message>
    <message>
        <source>The printer is out of paper. Load a new roll, then print again.</source>
        <translation>打印机缺纸。请装入新纸卷，然后重新打印。</translation>
    </message>
    <message>
        <source>The paper roll is nearly used up. Have a new roll ready.</source>
        <translation>纸卷快用完了。请备好新纸卷。</translation>
    </message>
    <message>
        <source>The paper cutter is jammed. Open the cover, clear the paper, close the cover, then print again.</source>
        <translation>切刀卡纸。请打开机盖，清除卡纸，合上机盖，然后重新打印。</translation>
    </message>
    <message>
        <source>The printer has a fault it cannot recover from. Switch it off and on again; if that does not help, call service.</source>
        <translation>打印机发生无法自行恢复的故障。请关机后重新开机；如仍无效，请联系维修。</translation>
    </message>
    <message>
        <source>The print head is too hot. The printer continues by itself once it has cooled down.</source>
        <translation>打印头过热。冷却后打印机会自动继续打印。</translation>
    </message>
    <message>
        <source>The printer reports an error. Check the printer, switch it off and on again, then print again.</source>
        <translation>打印机报告错误。请检查打印机，关机后重新开机，然后重新打印。</translation>
    </message>
    <message>
        <source>The printer is offline. Check the cover and the paper, then print again.</source>
        <translation>打印机处于离线状态。请检查机盖和纸张，然后重新打印。</translation>
    </message>
    <message>
        <source>Unknown printer status request.</source>
        <translation>未知的打印机状态查询。</translation>
    </message>
    <message>
        <source>The printer sent an incomplete automatic status. Print again; if this repeats, check the cable.</source>
        <translation>打印机发送的自动状态不完整。请重新打印；如果反复出现，请检查连接线。</translation>
    </message>
</context>
<context>
    <name>posdesk::ReaderState</name>
    <message>
        <source>No card</source>
        <translation>无卡</translation>
    </message>
    <message>
        <source>Card inserted</source>
        <translation>已插卡</translation>
    </message>
    <message>
        <source>Card in use</source>
        <translation>卡片使用中</translation>
    </message>
    <message>
        <source>Reader unavailable</source>
        <translation>读卡器不可用</translation>
    </message>
</context>
<context>
    <name>posdesk::ReceiptLayouts</name>
    <message>
        <source>A slip amount cannot be negative. Print the slip of the original transaction instead.</source>
        <translation>签购单金额不能为负数。请改为打印原交易的签购单。</translation>
    </message>
    <message>
        <source>The transaction has no date and time, so its slip cannot be printed.</source>
        <translation>该交易没有日期和时间，无法打印签购单。</translation>
    </message>
    <message>
        <source>Settlement counts and totals cannot be negative.</source>
        <translation>结算笔数和金额不能为负数。</translation>
    </message>
    <message>
        <source>The settlement has no date and time, so its slip cannot be printed.</source>
        <translation>该结算没有日期和时间，无法打印结算单。</translation>
    </message>
    <message>
        <source>A slip amount cannot be negative.</source>
        <translation>签购单金额不能为负数。</translation>
    </message>
    <message>
        <source>The shift has no opening or closing time, so its slip cannot be printed.</source>
        <translation>该班次没有开班或交班时间，无法打印交班单。</translation>
    </message>
    <message>
        <source>A reprint needs the time it was made.</source>
        <translation>重打印单据须注明重打印时间。</translation>
    </message>
</context>
<context>
    <name>posdesk::ReceiptPrinter</name>
    <message>
        <source>The printer on %1 is not connected.</source>
        <translation>%1 上的打印机未连接。</translation>
    </message>
    <message>
        <source>Waiting for the printer on %1 to answer.</source>
        <translation>正在等待 %1 上的打印机应答。</translation>
    </message>
    <message>
        <source>The printer on %1 does not answer. Check that it is switched on and that the port&apos;s speed matches the printer&apos;s setting.</source>
        <translation>%1 上的打印机无应答。请检查打印机是否已开机，以及端口速率是否与打印机设置一致。</translation>
    </message>
    <message>
        <source>The printer is not ready. Check the paper and the cover.</source>
        <translation>打印机未就绪。请检查纸张和机盖。</translation>
    </message>
    <message>
        <source>The printer on %1 was closed while printing.</source>
        <translation>%1 上的打印机在打印过程中被关闭。</translation>
    </message>
    <message>
        <source>The print job is empty.</source>
        <translation>打印任务为空。</translation>
    </message>
    <message>
        <source>The printer is still busy with the previous job.</source>
        <translation>打印机仍在处理上一个任务。</translation>
    </message>
</context>
<context>
    <name>posdesk::RemediationService</name>
    <message>
        <source>recording a remediation step</source>
        <translation>记录处置步骤</translation>
    </message>
    <message>
        <source>reading the remediation steps</source>
        <translation>读取处置步骤</translation>
    </message>
    <message>
        <source>checking the trace numbers</source>
        <translation>检查流水号</translation>
    </message>
    <message>
        <source>The playbook of incident %1 has no step “%2”.</source>
        <translation>故障 %1 的处置预案中没有步骤“%2”。</translation>
    </message>
    <message>
        <source>Step “%1” is done by a person: confirm it with --done.</source>
        <translation>步骤“%1”需人工完成：请用 --done 确认。</translation>
    </message>
    <message>
        <source>registered by the acquirer; sign-on succeeded</source>
        <translation>已在收单机构登记；签到成功</translation>
    </message>
    <message>
        <source>resolved by %1: %2</source>
        <translation>由 %1 解决：%2</translation>
    </message>
    <message>
        <source>Incident %1 is already resolved.</source>
        <translation>故障 %1 已解决。</translation>
    </message>
    <message>
        <source>recording the escalation</source>
        <translation>记录升级处理</translation>
    </message>
    <message>
        <source>Say what the cause was when resolving an incident.</source>
        <translation>解决故障时请说明原因。</translation>
    </message>
</context>
<context>
    <name>posdesk::ResponseClassifier</name>
    <message>
        <source>The host approved a different amount (%1 fen) from the one asked (%2 fen).</source>
        <translation>主机批准的金额（%1 分）与请求的金额（%2 分）不同。</translation>
    </message>
    <message>
        <source>The host approved part of the amount but its answer does not say a usable amount (field 4: “%1”).</source>
        <translation>主机部分批准了该金额，但应答中没有可用的金额（域 4：“%1”）。</translation>
    </message>
</context>
<context>
    <name>posdesk::ResponseCodeTable</name>
    <message>
        <source>%1 (code not in the %2 table)</source>
        <translation>%1（%2 应答码表中没有此代码）</translation>
    </message>
</context>
<context>
    <name>posdesk::ReversalQueue</name>
    <message>
        <source>interrupted before the answer arrived</source>
        <translation>应答到达前中断</translation>
    </message>
    <message>
        <source>Terminal %1 has %2 reversal(s) the host has not confirmed yet (%3). Reversals go to the host before any new payment, so nothing was sent: check the link to the host and try again, or take cash.</source>
        <translation>终端 %1 还有 %2 笔冲正未获主机确认（%3）。冲正须先于任何新交易送达主机，因此本笔交易未发送：请检查与主机的通讯后重试，或改收现金。</translation>
    </message>
    <message>
        <source>the reversal was not confirmed within the acquirer&apos;s time limit</source>
        <translation>冲正未在收单机构规定的时限内得到确认</translation>
    </message>
    <message>
        <source>Say what the acquirer confirmed (who, when, their reference): that is the evidence kept with the resolution.</source>
        <translation>请写明收单机构确认的内容（确认人、时间、对方的参考编号）：这些内容将作为处理凭据一并保存。</translation>
    </message>
    <message>
        <source>Reversal %1 is %2; only a reversal the host refused can be resolved by hand.</source>
        <translation>冲正 %1 的状态为“%2”；只有被主机拒绝的冲正才能手工处理。</translation>
    </message>
</context>
<context>
    <name>posdesk::ReversalRepository</name>
    <message>
        <source>queueing a reversal</source>
        <translation>登记冲正</translation>
    </message>
    <message>
        <source>reading the reversal queue</source>
        <translation>读取冲正队列</translation>
    </message>
    <message>
        <source>recording a reversal attempt</source>
        <translation>记录冲正尝试</translation>
    </message>
    <message>
        <source>closing a reversal</source>
        <translation>结束冲正</translation>
    </message>
    <message>
        <source>Reversal %1 is no longer %2: another till or process dealt with it meanwhile.</source>
        <translation>冲正 %1 已不再是“%2”状态：其他收银台或进程已在此期间处理了它。</translation>
    </message>
    <message>
        <source>No reversal with number %1.</source>
        <translation>没有编号为 %1 的冲正。</translation>
    </message>
    <message>
        <source>Reversal %1 is no longer pending.</source>
        <translation>冲正 %1 已不再处于待发送状态。</translation>
    </message>
    <message>
        <source>recording a refused reversal</source>
        <translation>记录被拒绝的冲正</translation>
    </message>
    <message>
        <source>resolving a refused reversal</source>
        <translation>处理被拒绝的冲正</translation>
    </message>
</context>
<context>
    <name>posdesk::Schema</name>
    <message>
        <source>recording the schema version</source>
        <translation>记录数据库结构版本</translation>
    </message>
    <message>
        <source>reading the list of tables</source>
        <translation>读取数据表列表</translation>
    </message>
    <message>
        <source>%1 holds another program&apos;s data, not PosDesk&apos;s. Choose another database.</source>
        <translation>%1 中是其他程序的数据，不是 PosDesk 的。请选择其他数据库。</translation>
    </message>
    <message>
        <source>%1 has no schema version. It is damaged or not a PosDesk database.</source>
        <translation>%1 没有结构版本。它已损坏或不是 PosDesk 数据库。</translation>
    </message>
    <message>
        <source>%1 records an invalid schema version “%2”.</source>
        <translation>%1 记录的结构版本“%2”无效。</translation>
    </message>
    <message>
        <source>creating the database</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed; it was left at version %2.</source>
        <translation>数据库升级到版本 %1 失败；仍保持在版本 %2。</translation>
    </message>
</context>
<context>
    <name>posdesk::ScorecardService</name>
    <message>
        <source>Give the period as two days, e.g. 2026-01-01 to 2026-06-30.</source>
        <translation>请用两个日期表示时间段，例如 2026-01-01 至 2026-06-30。</translation>
    </message>
    <message>
        <source>The period starts on %1, after its end on %2. Swap the two days.</source>
        <translation>时间段的开始日期 %1 晚于结束日期 %2。请交换这两个日期。</translation>
    </message>
    <message>
        <source>reading the acquirer profiles</source>
        <translation>读取收单机构配置</translation>
    </message>
    <message>
        <source>reading the terminals&apos; service</source>
        <translation>读取终端的在用时间</translation>
    </message>
    <message>
        <source>counting the transactions</source>
        <translation>统计交易笔数</translation>
    </message>
    <message>
        <source>reading the incidents</source>
        <translation>读取告警</translation>
    </message>
    <message>
        <source>counting the refused reversals</source>
        <translation>统计被拒绝的冲正</translation>
    </message>
    <message>
        <source>counting the swaps</source>
        <translation>统计换机次数</translation>
    </message>
    <message>
        <source>reading the host outages</source>
        <translation>读取主机中断记录</translation>
    </message>
    <message>
        <source>reading the maintenance visits</source>
        <translation>读取上门维护记录</translation>
    </message>
    <message>
        <source>adding up the costs</source>
        <translation>汇总费用</translation>
    </message>
</context>
<context>
    <name>posdesk::SerialTransport</name>
    <message>
        <source>serial port %1</source>
        <translation>串口 %1</translation>
    </message>
    <message>
        <source>The serial port %1 does not exist. Check that the device is plugged in and switched on; PosDesk keeps trying.</source>
        <translation>串口 %1 不存在。请检查设备是否已接好并开机；PosDesk 会持续重试。</translation>
    </message>
    <message>
        <source>The serial port %1 is in use by another program or this user may not open it (on Linux: add the user to the group “dialout”).</source>
        <translation>串口 %1 正被其他程序占用，或当前用户无权打开（Linux 上：请将该用户加入“dialout”组）。</translation>
    </message>
    <message>
        <source>The serial port %1 cannot be opened.</source>
        <translation>无法打开串口 %1。</translation>
    </message>
    <message>
        <source>The serial port %1 refused its line settings (speed %2, parity, stop bits or flow control). Check the device&apos;s settings in PosDesk against the device&apos;s manual.</source>
        <translation>串口 %1 拒绝了线路设置（速率 %2、校验位、停止位或流控）。请对照设备手册检查 PosDesk 中的设备设置。</translation>
    </message>
    <message>
        <source>The serial port %1 is not connected.</source>
        <translation>串口 %1 未连接。</translation>
    </message>
    <message>
        <source>Writing to the serial port %1 failed.</source>
        <translation>写入串口 %1 失败。</translation>
    </message>
    <message>
        <source>The serial port %1 stopped working (unplugged or switched off?). PosDesk reconnects when it is back.</source>
        <translation>串口 %1 停止工作（已拔出或关机？）。设备恢复后，PosDesk 会重新连接。</translation>
    </message>
</context>
<context>
    <name>posdesk::SettingsTable</name>
    <message>
        <source>reading the setting %1</source>
        <translation>读取设置 %1</translation>
    </message>
    <message>
        <source>saving the setting %1</source>
        <translation>保存设置 %1</translation>
    </message>
</context>
<context>
    <name>posdesk::SettlementService</name>
    <message>
        <source>adding up the batch</source>
        <translation>汇总批次</translation>
    </message>
    <message>
        <source>Batch %1 is already closed.</source>
        <translation>批次 %1 已经结束。</translation>
    </message>
    <message>
        <source>Batch %1 holds more transactions or a larger total than a CUP settlement message can carry. Call the acquirer to settle it by hand, and settle more often.</source>
        <translation>批次 %1 的笔数或金额超出银联结算报文的容量。请联系收单机构手工结算，并更频繁地结算。</translation>
    </message>
    <message>
        <source>The host refused the settlement: %1</source>
        <translation>主机拒绝了结算：%1</translation>
    </message>
    <message>
        <source>The host&apos;s settlement answer has no readable totals.</source>
        <translation>主机的结算应答中没有可读的汇总。</translation>
    </message>
    <message>
        <source>The host reports an error in the settlement totals. The batch stays open; call the acquirer.</source>
        <translation>主机报告结算汇总有误。批次保持未结；请联系收单机构。</translation>
    </message>
    <message>
        <source>The host still does not agree with the batch totals after the batch upload. The batch stays open; call the acquirer with the totals printed above.</source>
        <translation>上送批次明细后，主机仍与批次汇总不一致。批次保持未结；请带上上面的汇总数据联系收单机构。</translation>
    </message>
    <message>
        <source>The batch upload stopped at item %1: %2 The batch stays open; settle again.</source>
        <translation>批次上送在第 %1 笔中断：%2 批次保持未结；请重新结算。</translation>
    </message>
    <message>
        <source>The host refused the batch upload: %1</source>
        <translation>主机拒绝了批次上送：%1</translation>
    </message>
    <message>
        <source>Settlement waits until the reversals are through: %1</source>
        <translation>结算须等冲正完成：%1</translation>
    </message>
    <message>
        <source>Terminal %1 has %2 reversal(s) the host refused (reversal No. %3, alert No. %4). The batch settles once an owner has recorded what the acquirer confirmed: posdesk-cli reversals resolve %3 …</source>
        <translation>终端 %1 有 %2 笔冲正被主机拒绝（冲正 %3 号，告警 %4 号）。店主记录收单机构的确认结果后，该批次才能结算：posdesk-cli reversals resolve %3 …</translation>
    </message>
    <message>
        <source>Batch %1 of terminal %2 still holds %3 transaction(s) whose outcome is not known yet (pending or in doubt). They are reversed first; settle again when the reversals are through.</source>
        <translation>终端 %2 的批次 %1 中还有 %3 笔交易结果尚未确定（处理中或结果不明）。将先对这些交易冲正；冲正完成后请重新结算。</translation>
    </message>
    <message>
        <source>The host&apos;s settlement answer gives no verdict on the totals. The batch stays open; settle again later or call the acquirer.</source>
        <translation>主机的结算应答没有给出对账结果。该批次保持未结；请稍后重新结算，或联系收单机构。</translation>
    </message>
</context>
<context>
    <name>posdesk::ShiftService</name>
    <message>
        <source>reading the shift</source>
        <translation>读取班次</translation>
    </message>
    <message>
        <source>adding up the shift</source>
        <translation>汇总班次</translation>
    </message>
    <message>
        <source>The float cannot be negative.</source>
        <translation>备用金不能为负数。</translation>
    </message>
    <message>
        <source>Your shift is already open. Close it (count the drawer) before opening another.</source>
        <translation>您的班次已开班。请先交班（清点钱箱），再开新的班次。</translation>
    </message>
    <message>
        <source>opening the shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>The counted cash cannot be negative.</source>
        <translation>清点的现金不能为负数。</translation>
    </message>
    <message>
        <source>You have no open shift to close. Open one with the float in the drawer.</source>
        <translation>您没有可交班的班次。请将备用金放入钱箱后开班。</translation>
    </message>
    <message>
        <source>closing the shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>The shift was closed meanwhile.</source>
        <translation>该班次已在此期间交班。</translation>
    </message>
    <message>
        <source>reading the shifts</source>
        <translation>读取班次列表</translation>
    </message>
</context>
<context>
    <name>posdesk::ShopMistakes</name>
    <message>
        <source>recording the owner&apos;s word on an incident</source>
        <translation>记录店主对告警的认定</translation>
    </message>
    <message>
        <source>reading the owner&apos;s word on an incident</source>
        <translation>读取店主对告警的认定</translation>
    </message>
</context>
<context>
    <name>posdesk::Slips</name>
    <message>
        <source>A %1 transaction has no card slip.</source>
        <translation>%1交易没有银行卡签购单。</translation>
    </message>
    <message>
        <source>Batch %1 of terminal %2 is not settled yet, so it has no settlement slip. Settle it first.</source>
        <translation>终端 %2 的批次 %1 尚未结算，还没有结算单。请先结算。</translation>
    </message>
    <message>
        <source>adding up the batch</source>
        <translation>汇总批次</translation>
    </message>
</context>
<context>
    <name>posdesk::Sodium</name>
    <message>
        <source>The cryptography library (libsodium) could not start. Reinstall PosDesk.</source>
        <translation>密码库（libsodium）无法启动。请重新安装 PosDesk。</translation>
    </message>
</context>
<context>
    <name>posdesk::StatementParser</name>
    <message>
        <source>a Leshua statement starts with its BT header line (BT, a delimiter, the column names); check that this is a Leshua TXT statement</source>
        <translation>乐刷对账单应以 BT 表头行开头（BT、分隔符、各列名称）；请确认这是乐刷 TXT 对账单</translation>
    </message>
    <message>
        <source>a second BT header line; the file joins two statements</source>
        <translation>出现了第二个 BT 表头行；该文件把两份对账单拼在了一起</translation>
    </message>
    <message>
        <source>the line starts with “%1”; a Leshua line starts with BT or BV</source>
        <translation>该行以“%1”开头；乐刷对账单的行应以 BT 或 BV 开头</translation>
    </message>
    <message>
        <source>the file is not valid text</source>
        <translation>该文件不是有效的文本</translation>
    </message>
    <message>
        <source>no Allinpay header line (商户号, 终端号, 交易金额 …) in the first 10 lines; check that this is an Allinpay transaction detail export</source>
        <translation>前 10 行中没有通联收银宝的表头行（商户号、终端号、交易金额等）；请确认这是从通联收银宝导出的交易明细</translation>
    </message>
    <message>
        <source>the header line the mapping expects is missing</source>
        <translation>缺少映射所要求的表头行</translation>
    </message>
    <message>
        <source>A mapped statement needs a column mapping. Choose or create the acquirer&apos;s mapping, then import again.</source>
        <translation>按映射导入的对账单需要列映射。请选择或新建该收单机构的映射，然后重新导入。</translation>
    </message>
    <message>
        <source>The time zone “%1” is unknown. Use an IANA name such as Asia/Shanghai.</source>
        <translation>无法识别时区“%1”。请使用 IANA 时区名，例如 Asia/Shanghai。</translation>
    </message>
    <message>
        <source>The statement file is empty. Export the statement again from the acquirer&apos;s portal and import the new file.</source>
        <translation>对账单文件是空的。请从收单机构的商户平台重新导出对账单，再导入新文件。</translation>
    </message>
    <message>
        <source>A UnionPay ZM file carries no year and no settlement date. Give the statement&apos;s settlement date (it is in the file name), then import again.</source>
        <translation>银联 ZM 对账文件中没有年份和结算日期。请填写该对账单的结算日期（见文件名），然后重新导入。</translation>
    </message>
    <message>
        <source>Line %1 of the statement cannot be read: %2. Nothing was imported; correct the file or export it again, then import it.</source>
        <translation>对账单第 %1 行无法读取：%2。未导入任何数据；请更正文件或重新导出，然后再导入。</translation>
    </message>
    <message>
        <source>the line has %1 columns where the header has %2: the line is cut short or the file is truncated</source>
        <translation>该行有 %1 列，而表头有 %2 列：该行不完整，或文件被截断</translation>
    </message>
    <message>
        <source>batch number</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>voucher number (STAN)</source>
        <translation>凭证号（STAN）</translation>
    </message>
    <message>
        <source>fee rate</source>
        <translation>费率</translation>
    </message>
    <message>
        <source>the file holds a full card number; PosDesk keeps it masked</source>
        <translation>文件中含有完整卡号；PosDesk 只保存屏蔽后的卡号</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>手续费</translation>
    </message>
    <message>
        <source>net amount</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>the transaction type is empty</source>
        <translation>交易类型为空</translation>
    </message>
    <message>
        <source>the transaction type “%1” is not known; it is kept as “other”</source>
        <translation>无法识别交易类型“%1”；已记为“其他”（other）</translation>
    </message>
    <message>
        <source>the status “%1” is neither success nor failure; add it to the mapping</source>
        <translation>状态“%1”既不是成功也不是失败；请把它加入映射</translation>
    </message>
    <message>
        <source>the fund flow “%1” is not known</source>
        <translation>无法识别资金流向“%1”</translation>
    </message>
    <message>
        <source>the transaction date “%1” does not match the expected format</source>
        <translation>交易日期“%1”不符合预期格式</translation>
    </message>
    <message>
        <source>the settlement date “%1” does not match the expected format</source>
        <translation>结算日期“%1”不符合预期格式</translation>
    </message>
    <message>
        <source>the transaction time is empty</source>
        <translation>交易时间为空</translation>
    </message>
    <message>
        <source>the transaction time “%1” does not match the expected format</source>
        <translation>交易时间“%1”不符合预期格式</translation>
    </message>
    <message>
        <source>the transaction date is empty</source>
        <translation>交易日期为空</translation>
    </message>
    <message>
        <source>the time of day “%1” does not match the expected format</source>
        <translation>交易时刻“%1”不符合预期格式</translation>
    </message>
    <message>
        <source>total amount</source>
        <translation>合计金额</translation>
    </message>
    <message>
        <source>total fee</source>
        <translation>合计手续费</translation>
    </message>
    <message>
        <source>total net amount</source>
        <translation>合计净额</translation>
    </message>
    <message>
        <source>a second totals line; the file holds two statements or was edited</source>
        <translation>出现了第二个合计行；该文件包含两份对账单，或被修改过</translation>
    </message>
    <message>
        <source>the column “%1” is missing; check that the file and its format (or mapping) match</source>
        <translation>缺少“%1”列；请确认文件与所选格式（或映射）相符</translation>
    </message>
    <message>
        <source>a line follows the totals line; the file was edited or two files were joined</source>
        <translation>合计行之后还有数据行；该文件被修改过，或由两个文件拼接而成</translation>
    </message>
    <message>
        <source>the line is %1 bytes long; a ZM line has at least %2: it is cut short or the file is truncated</source>
        <translation>该行长 %1 字节，而 ZM 文件的行至少有 %2 字节：该行不完整，或文件被截断</translation>
    </message>
    <message>
        <source>no field separator before %1 (byte %2): the columns are shifted</source>
        <translation>%1 之前（第 %2 字节）没有字段分隔符：各列已错位</translation>
    </message>
    <message>
        <source>the field %1 is not valid %2 text (a character cut by the field boundary?)</source>
        <translation>字段 %1 不是有效的 %2 文本（是否有字符被字段边界截断？）</translation>
    </message>
    <message>
        <source>the transaction code “%1” is not known; it is kept as “other”</source>
        <translation>无法识别交易代码“%1”；已记为“其他”（other）</translation>
    </message>
    <message>
        <source>the trace number “%1” is not six digits</source>
        <translation>流水号“%1”不是六位数字</translation>
    </message>
    <message>
        <source>the original trace number “%1” is not a number</source>
        <translation>原流水号“%1”不是数字</translation>
    </message>
    <message>
        <source>the amount “%1” is not a whole number of fen</source>
        <translation>金额“%1”不是以分为单位的整数</translation>
    </message>
    <message>
        <source>the fee “%1” is not a signed amount in fen</source>
        <translation>手续费“%1”不是带符号、以分为单位的金额</translation>
    </message>
    <message>
        <source>the net amount “%1” is not a signed amount in fen</source>
        <translation>净额“%1”不是带符号、以分为单位的金额</translation>
    </message>
    <message>
        <source>the transmission time “%1” is not MMDDhhmmss</source>
        <translation>传输时间“%1”不是 MMDDhhmmss 格式</translation>
    </message>
    <message>
        <source>the file has no ZM lines</source>
        <translation>文件中没有 ZM 数据行</translation>
    </message>
    <message>
        <source>the workbook has no worksheet to read</source>
        <translation>工作簿中没有可读取的工作表</translation>
    </message>
    <message>
        <source>the worksheet is too large (%1 rows × %2 columns)</source>
        <translation>工作表太大（%1 行 × %2 列）</translation>
    </message>
    <message>
        <source>cell %1 cannot be read</source>
        <translation>第 %1 列的单元格无法读取</translation>
    </message>
    <message>
        <source>the file is not an Excel 97-2003 workbook (.xls); an .xlsx or CSV file needs its own format</source>
        <translation>该文件不是 Excel 97-2003 工作簿（.xls）；.xlsx 或 CSV 文件请选择对应的格式</translation>
    </message>
    <message>
        <source>no temporary file to read the workbook from; check the free space of the temporary folder</source>
        <translation>无法创建用于读取工作簿的临时文件；请检查临时文件夹的剩余空间</translation>
    </message>
    <message>
        <source>the workbook is damaged or protected (FreeXL error %1)</source>
        <translation>工作簿已损坏或受保护（FreeXL 错误 %1）</translation>
    </message>
    <message>
        <source>the header row the mapping expects is missing</source>
        <translation>缺少映射所要求的表头行</translation>
    </message>
    <message>
        <source>no Allinpay header row (商户号, 终端号, 交易金额 …) in the first 10 rows; choose a column mapping for this workbook</source>
        <translation>前 10 行中没有通联收银宝的表头行（商户号、终端号、交易金额等）；请为此工作簿选择列映射</translation>
    </message>
</context>
<context>
    <name>posdesk::StatementText</name>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 or GBK</source>
        <translation>该文件是 UTF-16 文本；请另存为 UTF-8 或 GBK</translation>
    </message>
    <message>
        <source>the file starts as UTF-8 (it has a byte-order mark) but this line is not UTF-8</source>
        <translation>文件开头表明是 UTF-8（带字节顺序标记 BOM），但此行不是 UTF-8</translation>
    </message>
    <message>
        <source>the line is neither UTF-8 nor GBK text</source>
        <translation>该行既不是 UTF-8 文本，也不是 GBK 文本</translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation>金额为空</translation>
    </message>
    <message>
        <source>the amount “%1” has more than two decimals</source>
        <translation>金额“%1”的小数超过两位</translation>
    </message>
    <message>
        <source>the amount “%1” is too large</source>
        <translation>金额“%1”太大</translation>
    </message>
    <message>
        <source>“%1” is not an amount in yuan</source>
        <translation>“%1”不是以元为单位的金额</translation>
    </message>
    <message>
        <source>the amount “%1” has a comma, which this statement format does not use; check the file</source>
        <translation>金额“%1”中有逗号，而此对账单格式不使用逗号；请检查文件</translation>
    </message>
    <message>
        <source>the amount “%1” has its thousands separators in the wrong place</source>
        <translation>金额“%1”的千位分隔符位置不对</translation>
    </message>
    <message>
        <source>“%1” is not an amount in fen</source>
        <translation>“%1”不是以分为单位的金额</translation>
    </message>
    <message>
        <source>“%1” is not an amount in fen (whole digits only)</source>
        <translation>“%1”不是以分为单位的金额（只能包含数字）</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>the card number “%1” has characters a card number does not have</source>
        <translation>卡号“%1”含有卡号中不应出现的字符</translation>
    </message>
    <message>
        <source>the card number is masked in a way PosDesk cannot read</source>
        <translation>卡号的屏蔽方式 PosDesk 无法识别</translation>
    </message>
    <message>
        <source>the card number column holds %1 digits, which is neither a card number nor a masked one</source>
        <translation>卡号列有 %1 位数字，既不是完整卡号，也不是屏蔽后的卡号</translation>
    </message>
    <message>
        <source>the card number column holds %1 digits, more than a card number has</source>
        <translation>卡号列有 %1 位数字，超过了卡号的最大位数</translation>
    </message>
    <message>
        <source>text follows a closing quote</source>
        <translation>右引号后面还有文字</translation>
    </message>
    <message>
        <source>a quoted value is never closed: the file is truncated</source>
        <translation>有一个带引号的值缺少结束引号：文件被截断</translation>
    </message>
</context>
<context>
    <name>posdesk::SwipeParser</name>
    <message>
        <source>Nothing was read from the card. Swipe the card again with the stripe facing the reader head.</source>
        <translation>没有从卡上读到数据。请让磁条朝向读卡头，重新刷卡。</translation>
    </message>
    <message>
        <source>The start of the stripe was not read. Swipe the card again in one steady movement.</source>
        <translation>没有读到磁条开头。请匀速一次刷过，重新刷卡。</translation>
    </message>
    <message>
        <source>Only part of the stripe was read. Swipe the card again in one steady movement, all the way through the reader.</source>
        <translation>只读到部分磁条。请匀速一次完整刷过读卡器。</translation>
    </message>
    <message>
        <source>The stripe data is garbled. Swipe the card again; if it keeps failing, the stripe may be damaged: use the chip or another card.</source>
        <translation>磁条数据混乱。请重新刷卡；如一直失败，磁条可能已损坏：请插芯片或换卡。</translation>
    </message>
    <message>
        <source>The card number read from the stripe contains characters other than digits. Swipe the card again.</source>
        <translation>从磁条读到的卡号含有非数字字符。请重新刷卡。</translation>
    </message>
    <message>
        <source>The card number read from the stripe is not 12 to 19 digits long. Swipe the card again.</source>
        <translation>从磁条读到的卡号不是 12 到 19 位。请重新刷卡。</translation>
    </message>
    <message>
        <source>The card number read from the stripe fails its check digit. Swipe the card again; if it fails again, the stripe is damaged: use the chip or another card.</source>
        <translation>从磁条读到的卡号校验位不对。请重新刷卡；如再次失败，磁条已损坏：请插芯片或换卡。</translation>
    </message>
    <message>
        <source>The expiry date on the stripe is not a valid month. Swipe the card again; if it fails again, use another card.</source>
        <translation>磁条上的有效期不是有效月份。请重新刷卡；如再次失败，请换卡。</translation>
    </message>
    <message>
        <source>The service code on the stripe is not valid. Swipe the card again; if it fails again, use another card.</source>
        <translation>磁条上的服务代码无效。请重新刷卡；如再次失败，请换卡。</translation>
    </message>
    <message>
        <source>The two tracks of the stripe describe different cards. Swipe the card again; if it fails again, do not accept the card.</source>
        <translation>磁条的两个磁道对应的是不同的卡。请重新刷卡；如再次失败，请不要受理此卡。</translation>
    </message>
    <message>
        <source>The reader could not read the stripe. Swipe the card again, a little slower, with the stripe facing the reader head.</source>
        <translation>读卡器没能读出磁条。请让磁条朝向读卡头，稍慢一些重新刷卡。</translation>
    </message>
    <message>
        <source>The reader sent more data than a card holds. Check the reader&apos;s line terminator setting, then swipe the card again.</source>
        <translation>读卡器发来的数据超过一张卡的容量。请检查读卡器的行结束符设置，然后重新刷卡。</translation>
    </message>
    <message>
        <source>Unknown card read error.</source>
        <translation>未知的读卡错误。</translation>
    </message>
</context>
<context>
    <name>posdesk::TcpTransport</name>
    <message>
        <source>The printer at %1 port %2 did not accept a connection within %3 s. Check that it is switched on and on the network; PosDesk keeps trying.</source>
        <translation>位于 %1 端口 %2 的打印机在 %3 秒内未接受连接。请检查它是否已开机并已联网；PosDesk 会持续重试。</translation>
    </message>
    <message>
        <source>network port %1:%2</source>
        <translation>网络端口 %1:%2</translation>
    </message>
    <message>
        <source>The connection to the printer at %1 port %2 failed or was closed. PosDesk reconnects when the printer is reachable again.</source>
        <translation>与位于 %1 端口 %2 的打印机的连接失败或已关闭。打印机恢复连通后，PosDesk 会重新连接。</translation>
    </message>
    <message>
        <source>The printer at %1 port %2 is not connected.</source>
        <translation>位于 %1 端口 %2 的打印机未连接。</translation>
    </message>
    <message>
        <source>Sending to the printer at %1 port %2 failed.</source>
        <translation>向位于 %1 端口 %2 的打印机发送数据失败。</translation>
    </message>
</context>
<context>
    <name>posdesk::TerminalLifecycle</name>
    <message>
        <source>A deregistered terminal cannot change state. Enrol a new terminal instead.</source>
        <translation>已注销的终端不能再改变状态。请改为登记一台新终端。</translation>
    </message>
    <message>
        <source>A terminal cannot go from “%1” to “%2”. From “%1” it can go to: %3.</source>
        <translation>终端不能从“%1”变为“%2”。从“%1”只能变为：%3。</translation>
    </message>
    <message>
        <source>A new application starts as one of: %1. A terminal already in use is recorded as an existing terminal.</source>
        <translation>新申请的终端只能从以下状态开始：%1。已在使用的终端请按“已有终端”登记。</translation>
    </message>
    <message>
        <source>An existing terminal has its TID and MID assigned: it starts as one of: %1.</source>
        <translation>已有终端的终端号和商户号均已分配：只能从以下状态开始：%1。</translation>
    </message>
</context>
<context>
    <name>posdesk::TerminalRepository</name>
    <message>
        <source>adding terminal %1</source>
        <translation>添加终端 %1</translation>
    </message>
    <message>
        <source>looking up terminal %1</source>
        <translation>查找终端 %1</translation>
    </message>
    <message>
        <source>No terminal with TID %1. “terminal list” shows the known terminals.</source>
        <translation>没有终端号为 %1 的终端。“terminal list”可列出已登记的终端。</translation>
    </message>
    <message>
        <source>looking up a terminal</source>
        <translation>查找终端</translation>
    </message>
    <message>
        <source>No terminal with id %1.</source>
        <translation>没有编号为 %1 的终端。</translation>
    </message>
    <message>
        <source>listing terminals</source>
        <translation>列出终端</translation>
    </message>
    <message>
        <source>changing a terminal&apos;s state</source>
        <translation>修改终端状态</translation>
    </message>
    <message>
        <source>updating terminal %1</source>
        <translation>更新终端 %1</translation>
    </message>
    <message>
        <source>taking the next trace number</source>
        <translation>获取下一个流水号</translation>
    </message>
    <message>
        <source>advancing the batch number</source>
        <translation>推进批次号</translation>
    </message>
    <message>
        <source>recording a sign-on</source>
        <translation>记录签到</translation>
    </message>
    <message>
        <source>taking the next trace numbers</source>
        <translation>获取后续流水号</translation>
    </message>
    <message>
        <source>asking for a fresh sign-on</source>
        <translation>要求重新签到</translation>
    </message>
    <message>
        <source>taking the host&apos;s batch number</source>
        <translation>采用主机的批次号</translation>
    </message>
    <message>
        <source>The batch number of terminal %1 changed meanwhile.</source>
        <translation>终端 %1 的批次号已在此期间发生变化。</translation>
    </message>
    <message>
        <source>recording the PIN pad&apos;s key slot</source>
        <translation>记录密码键盘的密钥槽位</translation>
    </message>
    <message>
        <source>recording the IC download the terminal owes</source>
        <translation>记录终端待完成的 IC 参数下载</translation>
    </message>
</context>
<context>
    <name>posdesk::TerminalState</name>
    <message>
        <source>Applied</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Documents submitted</source>
        <translation>资料已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Keys loaded</source>
        <translation>已灌装密钥</translation>
    </message>
    <message>
        <source>First sign-on done</source>
        <translation>已首次签到</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Swapped</source>
        <translation>已换机</translation>
    </message>
    <message>
        <source>Deregistered</source>
        <translation>已注销</translation>
    </message>
</context>
<context>
    <name>posdesk::TestCards</name>
    <message>
        <source>UnionPay credit, magnetic stripe only, both tracks</source>
        <translation>银联信用卡，仅磁条，含一、二磁道</translation>
    </message>
    <message>
        <source>UnionPay debit, PIN required, reader sends track 2 only</source>
        <translation>银联借记卡，需输密码，读卡器只发二磁道</translation>
    </message>
    <message>
        <source>UnionPay 19-digit card number</source>
        <translation>银联 19 位卡号</translation>
    </message>
    <message>
        <source>UnionPay chip card (service code 201): a swipe is a fallback</source>
        <translation>银联芯片卡（服务代码 201）：刷磁条属于降级交易</translation>
    </message>
    <message>
        <source>UnionPay card that expired in December 2020</source>
        <translation>2020 年 12 月已过期的银联卡</translation>
    </message>
    <message>
        <source>UnionPay card whose reader also sends track 3</source>
        <translation>读卡器同时发送三磁道的银联卡</translation>
    </message>
    <message>
        <source>Visa test card, magnetic stripe only</source>
        <translation>Visa 测试卡，仅磁条</translation>
    </message>
    <message>
        <source>Mastercard test card, reader sends track 1 only</source>
        <translation>万事达测试卡，读卡器只发一磁道</translation>
    </message>
</context>
<context>
    <name>posdesk::TransactionRepository</name>
    <message>
        <source>preparing to store a transaction</source>
        <translation>准备保存交易</translation>
    </message>
    <message>
        <source>storing transaction STAN %1</source>
        <translation>保存流水号 %1 的交易</translation>
    </message>
    <message>
        <source>recording a transaction&apos;s result</source>
        <translation>记录交易结果</translation>
    </message>
    <message>
        <source>No transaction with id %1.</source>
        <translation>没有编号为 %1 的交易。</translation>
    </message>
    <message>
        <source>looking up a transaction</source>
        <translation>查找交易</translation>
    </message>
    <message>
        <source>No transaction with trace number %1 in batch %2.</source>
        <translation>批次 %2 中没有流水号为 %1 的交易。</translation>
    </message>
    <message>
        <source>listing transactions</source>
        <translation>列出交易</translation>
    </message>
    <message>
        <source>counting transactions</source>
        <translation>统计交易</translation>
    </message>
    <message>
        <source>Transaction %1 is no longer %2: another till or process changed it meanwhile. Nothing was overwritten.</source>
        <translation>交易 %1 已不再是“%2”状态：其他收银台或进程已在此期间修改了它。未覆盖任何记录。</translation>
    </message>
    <message>
        <source>locking a transaction</source>
        <translation>锁定交易</translation>
    </message>
    <message>
        <source>adding up earlier refunds</source>
        <translation>累计此前的退货</translation>
    </message>
    <message>
        <source>looking for earlier voids</source>
        <translation>查找此前的撤销</translation>
    </message>
    <message>
        <source>looking up the original sale</source>
        <translation>查找原消费</translation>
    </message>
    <message>
        <source>checking the batch</source>
        <translation>检查批次</translation>
    </message>
</context>
<context>
    <name>posdesk::TransportConfig</name>
    <message>
        <source>The device setting “%1” cannot be “%2”. Use %3.</source>
        <translation>设备设置“%1”不能为“%2”。请使用%3。</translation>
    </message>
    <message>
        <source>a positive whole number</source>
        <translation>正整数</translation>
    </message>
    <message>
        <source>The device has no address. Give its port, file or host.</source>
        <translation>设备没有地址。请填写其端口、文件或主机。</translation>
    </message>
</context>
<context>
    <name>posdesk::UnitOfWork</name>
    <message>
        <source>The transaction was already finished.</source>
        <translation>该事务已经结束。</translation>
    </message>
</context>
<context>
    <name>posdesk::UserRepository</name>
    <message>
        <source>adding user %1</source>
        <translation>添加用户 %1</translation>
    </message>
    <message>
        <source>looking up a user</source>
        <translation>查找用户</translation>
    </message>
    <message>
        <source>No user named %1.</source>
        <translation>没有名为 %1 的用户。</translation>
    </message>
    <message>
        <source>listing users</source>
        <translation>列出用户</translation>
    </message>
    <message>
        <source>recording a failed login</source>
        <translation>记录登录失败</translation>
    </message>
    <message>
        <source>No user with id %1.</source>
        <translation>没有编号为 %1 的用户。</translation>
    </message>
    <message>
        <source>recording a login</source>
        <translation>记录登录</translation>
    </message>
    <message>
        <source>changing a password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>changing a role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>disabling a user</source>
        <translation>停用用户</translation>
    </message>
</context>
<context>
    <name>posdesk::UserService</name>
    <message>
        <source>“%1” is not a valid user name: use 1 to 64 letters, digits, dots, dashes, underscores or @, without spaces.</source>
        <translation>“%1”不是有效的用户名：请使用 1 到 64 个字母、数字、点、连字符、下划线或 @，不要有空格。</translation>
    </message>
    <message>
        <source>counting owners</source>
        <translation>统计店主数量</translation>
    </message>
    <message>
        <source>%1 is the only active owner. Make another user owner first, so that someone can still manage users and keys.</source>
        <translation>%1 是唯一在用的店主。请先把另一位用户设为店主，以便仍有人能管理用户和密钥。</translation>
    </message>
    <message>
        <source>A user named %1 already exists. Choose another name, or change that user&apos;s password or role.</source>
        <translation>已有名为 %1 的用户。请换一个名字，或修改该用户的密码或角色。</translation>
    </message>
    <message>
        <source>recording the password history</source>
        <translation>记录密码历史</translation>
    </message>
    <message>
        <source>The current password is wrong, so the password was not changed.</source>
        <translation>当前密码不正确，密码未修改。</translation>
    </message>
    <message>
        <source>reading the password history</source>
        <translation>读取密码历史</translation>
    </message>
    <message>
        <source>That password was one of the last %1 for %2. Choose a password that has not been used recently.</source>
        <translation>该密码是 %2 最近用过的 %1 个密码之一。请选择一个最近没用过的密码。</translation>
    </message>
    <message>
        <source>trimming the password history</source>
        <translation>清理密码历史</translation>
    </message>
    <message>
        <source>recording a failed sign-in</source>
        <translation>记录登录失败</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask the owner to enable it.</source>
        <translation>账号 %1 已停用。请联系店主启用。</translation>
    </message>
    <message>
        <source>upgrading a password hash</source>
        <translation>升级密码哈希</translation>
    </message>
    <message>
        <source>No user with id %1.</source>
        <translation>没有编号为 %1 的用户。</translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and %1 minutes (PCI DSS asks for a new sign-in after at most %1 idle minutes).</source>
        <translation>无操作锁屏时间必须在 1 到 %1 分钟之间（PCI DSS 要求最多 %1 分钟无操作后重新登录）。</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account is locked after %1 failed sign-ins in a row (for %2 minutes). Check both and try again later, or ask the owner to set a new password.</source>
        <translation>用户名或密码错误，或账户因连续 %1 次登录失败已被锁定（%2 分钟）。请检查后稍后再试，或请店主重设密码。</translation>
    </message>
</context>
<context>
    <name>posdesk::crypto</name>
    <message>
        <source>8 or 16 bytes</source>
        <translation>8 或 16 字节</translation>
    </message>
    <message>
        <source>8 bytes</source>
        <translation>8 字节</translation>
    </message>
    <message>
        <source>16 bytes</source>
        <translation>16 字节</translation>
    </message>
    <message>
        <source>The MAC key has the wrong length for the acquirer&apos;s MAC algorithm: it must be %1. Check the acquirer profile and sign on again.</source>
        <translation>MAC 密钥长度不符合收单机构的 MAC 算法：应为 %1。请检查收单机构配置并重新签到。</translation>
    </message>
    <message>
        <source>The card number must be 13 to 19 digits to form a PIN block.</source>
        <translation>组成 PIN 块的卡号必须为 13 到 19 位。</translation>
    </message>
    <message>
        <source>A PIN must be 4 to 12 digits.</source>
        <translation>密码必须为 4 到 12 位数字。</translation>
    </message>
    <message>
        <source>The PIN block is not an ISO 9564 format 0 block for this card. Check the PIN key and the card number.</source>
        <translation>该 PIN 块不是此卡的 ISO 9564 格式 0 块。请检查 PIN 密钥和卡号。</translation>
    </message>
    <message>
        <source>The cryptographic library refused a triple-DES operation. Check the OpenSSL installation; restarting PosDesk may help.</source>
        <translation>密码库拒绝了一次三重 DES 运算。请检查 OpenSSL 安装；重启 PosDesk 可能有帮助。</translation>
    </message>
    <message>
        <source>A DES key must be 8, 16 or 24 bytes long, not %1. Check the key that was loaded.</source>
        <translation>DES 密钥长度必须为 8、16 或 24 字节，而不是 %1。请检查灌装的密钥。</translation>
    </message>
    <message>
        <source>Triple-DES data must be whole 8-byte blocks.</source>
        <translation>三重 DES 数据必须是完整的 8 字节块。</translation>
    </message>
    <message>
        <source>A triple-DES CBC initial vector must be 8 bytes.</source>
        <translation>三重 DES CBC 初始向量必须为 8 字节。</translation>
    </message>
    <message>
        <source>The working keys from the sign-on do not match their check values, so they were refused and the sign-on failed. Check that the terminal master key loaded for this terminal is the acquirer&apos;s current one, then sign on again.</source>
        <translation>签到得到的工作密钥与校验值不符，已被拒绝，签到失败。请确认为此终端灌装的主密钥是收单机构当前使用的那一个，然后重新签到。</translation>
    </message>
    <message>
        <source>Unknown MAC algorithm.</source>
        <translation>未知的 MAC 算法。</translation>
    </message>
    <message>
        <source>The message&apos;s MAC does not match its content: it was altered on the way or the MAC key is out of date. Sign on again; if it persists, call the acquirer.</source>
        <translation>报文的 MAC 与内容不符：报文在传输中被改动，或 MAC 密钥已过期。请重新签到；如仍然如此，请联系收单机构。</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop</name>
    <message>
        <source>Cannot create a temporary folder for the demo.</source>
        <translation>无法为演示创建临时文件夹。</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::AcquirerForm</name>
    <message>
        <source>Profile name:</source>
        <translation>配置名称：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Host address:</source>
        <translation>主机地址：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>TPDU:</source>
        <translation>TPDU：</translation>
    </message>
    <message>
        <source>MAC algorithm:</source>
        <translation>MAC 算法：</translation>
    </message>
    <message>
        <source>Support contact:</source>
        <translation>技术支持联系人：</translation>
    </message>
    <message>
        <source>Support phone:</source>
        <translation>技术支持电话：</translation>
    </message>
    <message>
        <source>Support e-mail:</source>
        <translation>技术支持邮箱：</translation>
    </message>
    <message>
        <source>e.g. the bank&apos;s name</source>
        <translation>例如：银行名称</translation>
    </message>
    <message>
        <source>e.g. 10.1.2.3 or pos.bank.example</source>
        <translation>例如：10.1.2.3 或 pos.bank.example</translation>
    </message>
    <message>
        <source>10 hex digits, such as 6000050000</source>
        <translation>10 位十六进制数，例如 6000050000</translation>
    </message>
    <message>
        <source>optional: person or desk</source>
        <translation>选填：联系人或部门</translation>
    </message>
    <message>
        <source>optional, e.g. 95566</source>
        <translation>选填，例如：95566</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Third-party payment company</source>
        <translation>第三方支付公司</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>CUP ECB (most UnionPay acquirers)</source>
        <translation>CUP ECB（大多数银联收单机构）</translation>
    </message>
    <message>
        <source>ANSI X9.9</source>
        <translation>ANSI X9.9</translation>
    </message>
    <message>
        <source>ANSI X9.19</source>
        <translation>ANSI X9.19</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::AcquirerProfilesView</name>
    <message>
        <source>Your acquirers&apos; host settings and whom to call. Select a profile to change it; the changes apply to every terminal of that acquirer.</source>
        <translation>收单机构的主机设置与报修联系人。选中一项配置即可修改，修改对该收单机构的所有终端生效。</translation>
    </message>
    <message>
        <source>Your acquirers&apos; host settings and whom to call. Only the owner can change them.</source>
        <translation>收单机构的主机设置与报修联系人。仅店主可以修改。</translation>
    </message>
    <message>
        <source>The profile was not added: %1</source>
        <translation>配置未添加：%1</translation>
    </message>
    <message>
        <source>Profile “%1” is added. Terminals of this acquirer can now be enrolled.</source>
        <translation>配置“%1”已添加，现在可以登记该收单机构的终端。</translation>
    </message>
    <message>
        <source>The changes were not saved: %1</source>
        <translation>修改未保存：%1</translation>
    </message>
    <message>
        <source>Profile “%1” is saved.</source>
        <translation>配置“%1”已保存。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>TPDU</source>
        <translation>TPDU</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>技术支持</translation>
    </message>
    <message>
        <source>Add as a new profile</source>
        <translation>添加为新配置</translation>
    </message>
    <message>
        <source>Save changes to the selected profile</source>
        <translation>保存对所选配置的修改</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::AlertBanner</name>
    <message>
        <source>Open remediation</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide this banner; the alert stays open in Alerts.</source>
        <translation>隐藏此横幅；告警仍在“告警”页中保持未处理。</translation>
    </message>
    <message>
        <source>Alert No. %1 on terminal %2: %3.</source>
        <translation>终端 %2 告警 %1 号：%3。</translation>
    </message>
    <message>
        <source>Card payments on this terminal are blocked: take cash or use another terminal.</source>
        <translation>该终端已停止刷卡收款：请收现金或换用其他终端。</translation>
    </message>
    <message>
        <source>Open remediation to fix it step by step.</source>
        <translation>点击“开始处理”按步骤排除故障。</translation>
    </message>
    <message>
        <source>Tell the owner; they fix it under Alerts.</source>
        <translation>请通知店主，由店主在“告警”页处理。</translation>
    </message>
    <message numerus="yes">
        <source>(%n more open alert(s))</source>
        <translation>
            <numerusform>（另有 %n 条未处理告警）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>应答码</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Open remediation</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Read-only: the owner works through alerts.</source>
        <translation>只读：告警由店主处理。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>No alerts. When a terminal meets a response code that needs a person (97 terminal not registered, for one), it appears here.</source>
        <translation>暂无告警。终端收到需要人工处理的应答码（例如 97 终端未登记）时，会显示在这里。</translation>
    </message>
    <message>
        <source>Sign the terminal on again.</source>
        <translation>请重新签到终端。</translation>
    </message>
    <message>
        <source>Check the terminal&apos;s TID and MID against the enrolment, then call the acquirer.</source>
        <translation>请核对终端号（TID）和商户号（MID）与入网登记是否一致，然后联系收单机构。</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; call the acquirer if it persists.</source>
        <translation>请等几分钟后重试；如仍然失败，请联系收单机构。</translation>
    </message>
    <message>
        <source>The cardholder should call their bank.</source>
        <translation>请持卡人联系发卡银行。</translation>
    </message>
    <message>
        <source>Ask the cardholder for another card or cash.</source>
        <translation>请持卡人换一张卡或改付现金。</translation>
    </message>
    <message>
        <source>Keep the card if it is safe to do so and call the acquirer.</source>
        <translation>在安全的情况下留下此卡，并联系收单机构。</translation>
    </message>
    <message>
        <source>Follow the remediation steps.</source>
        <translation>请按处理步骤操作。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alert No. %1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;告警 %1 号&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Terminal %1, merchant %2; message %3, trace %4.</source>
        <translation>终端 %1，商户 %2；报文 %3，流水号 %4。</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1; seen %n time(s), last %2.</source>
        <translation>
            <numerusform>发生于 %1；共出现 %n 次，最近一次 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved %1.</source>
        <translation>已于 %1 解决。</translation>
    </message>
    <message>
        <source>Escalated to the acquirer %1.</source>
        <translation>已于 %1 上报收单机构。</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Recommended next step: %1</source>
        <translation>建议下一步：%1</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::CardInput</name>
    <message>
        <source>Swipe or type the card (field below)</source>
        <translation>刷卡或手工输入（下方输入框）</translation>
    </message>
    <message>
        <source>Test card: %1</source>
        <translation>测试卡：%1</translation>
    </message>
    <message>
        <source>Swipe now, or type track 2: 6200000000000005=30121010000000000000</source>
        <translation>请刷卡，或输入二磁道：6200000000000005=30121010000000000000</translation>
    </message>
    <message>
        <source>Demo: pick a test card above, or type track 2 and press Enter.</source>
        <translation>演示：在上方选择一张测试卡，或输入二磁道数据后按回车。</translation>
    </message>
    <message>
        <source>The card reader types into this field; press Enter if it does not.</source>
        <translation>读卡器会把磁道数据输入此框；如未自动确认，请按回车。</translation>
    </message>
    <message>
        <source>Pick a test card.</source>
        <translation>请选择一张测试卡。</translation>
    </message>
    <message>
        <source>No card yet: swipe it, or type track 2 and press Enter.</source>
        <translation>尚未读到卡：请刷卡，或输入二磁道数据后按回车。</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::CostsPage</name>
    <message>
        <source>Costs</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Costs of the terminals</source>
        <translation>终端费用</translation>
    </message>
    <message>
        <source>What the terminals cost in the period, per terminal, per kind and per month. Record a cost on the terminal&apos;s Costs tab under Terminals.</source>
        <translation>所选期间内终端的各项费用，按终端、类别和月份汇总。费用请在“终端”页对应终端的“费用”标签中登记。</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Per terminal</source>
        <translation>按终端</translation>
    </message>
    <message>
        <source>Per kind</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>The period starts after it ends: choose a “From” date before “To”.</source>
        <translation>开始日期晚于结束日期：请选择早于“到”的“从”日期。</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>month and year</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>(also %1, kept apart)</source>
        <translation>（另有 %1，单独列出）</translation>
    </message>
    <message>
        <source>No costs recorded in this period. Record one on a terminal&apos;s Costs tab.</source>
        <translation>本期间没有登记费用。请在终端的“费用”标签中登记。</translation>
    </message>
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
</context>
<context>
    <name>posdesk::desktop::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Sales today</source>
        <translation>今日销售</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>未处理告警</translation>
    </message>
    <message>
        <source>Terminals in service</source>
        <translation>在用终端</translation>
    </message>
    <message>
        <source>Net sales per day (¥)</source>
        <translation>每日净销售额（元）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n sale(s))</source>
        <translation>
            <numerusform>%1（%n 笔）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Net sales per day, last 90 days (¥)</source>
        <translation>近 90 天每日净销售额（元）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Card mix (approved sales)</source>
        <translation>卡种构成（成功交易）</translation>
    </message>
    <message>
        <source>Net sales (¥)</source>
        <translation>净销售额（元）</translation>
    </message>
    <message>
        <source>Sales per terminal, 90 days (¥)</source>
        <translation>各终端销售额，近 90 天（元）</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Incidents per week</source>
        <translation>每周告警数</translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>周次（ISO）</translation>
    </message>
    <message>
        <source>UnionPay</source>
        <translation>银联</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Mastercard</source>
        <translation>万事达卡</translation>
    </message>
    <message>
        <source>American Express</source>
        <translation>美国运通</translation>
    </message>
    <message>
        <source>JCB</source>
        <translation>JCB</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::DatabaseChoice</name>
    <message>
        <source>Leave the password out of the address: PosDesk does not keep database passwords in its settings. Put it in PostgreSQL&apos;s password file of this computer&apos;s user (.pgpass) instead.</source>
        <translation>地址中请不要包含密码：PosDesk 不在设置中保存数据库密码。请把密码写入本机当前用户的 PostgreSQL 密码文件（.pgpass）。</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::DemoSimulators</name>
    <message>
        <source>Cannot write the demo host&apos;s registry. Check the free space in %1.</source>
        <translation>无法写入演示主机的登记文件。请检查 %1 的可用空间。</translation>
    </message>
    <message>
        <source>The demo needs the host simulator posdesk-hostsim beside posdesk, in %1. Build or install it, then start the demo again.</source>
        <translation>演示需要与 posdesk 放在同一目录（%1）的主机模拟器 posdesk-hostsim。请先编译或安装它，再重新启动演示。</translation>
    </message>
    <message>
        <source>The host simulator did not start.</source>
        <translation>主机模拟器未能启动。</translation>
    </message>
    <message>
        <source>The host simulator did not report its port.</source>
        <translation>主机模拟器没有报告其端口。</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::DevicesPage</name>
    <message>
        <source>receipt printer</source>
        <translation>小票打印机</translation>
    </message>
    <message>
        <source>card reader</source>
        <translation>读卡器</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>串口</translation>
    </message>
    <message>
        <source>network (TCP)</source>
        <translation>网络（TCP）</translation>
    </message>
    <message>
        <source>device file</source>
        <translation>设备文件</translation>
    </message>
    <message>
        <source>The device queue could not use the database: %1</source>
        <translation>设备队列无法使用数据库：%1</translation>
    </message>
    <message>
        <source>The device could not be started: %1</source>
        <translation>设备无法启动：%1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Devices — receipt printers and card readers</source>
        <translation>设备 — 小票打印机和读卡器</translation>
    </message>
    <message>
        <source>Each device shows its state as it changes. Select one to print a test page, read a test card or see its print queue; add a device with the form on the right.</source>
        <translation>每台设备的状态会实时更新。选中一台设备可打印测试页、读测试卡或查看其打印队列；用右侧表单添加设备。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Scan ports</source>
        <translation>扫描端口</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <source>Read test card</source>
        <translation>读测试卡</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <source>Add or configure a device</source>
        <translation>添加或配置设备</translation>
    </message>
    <message>
        <source>Serial ports found on this PC (select one to use it):</source>
        <translation>在本机上找到的串口（选中即可使用）：</translation>
    </message>
    <message>
        <source>Port or address</source>
        <translation>端口或地址</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>波特率</translation>
    </message>
    <message>
        <source>e.g. counter printer</source>
        <translation>例如：柜台打印机</translation>
    </message>
    <message>
        <source>/dev/ttyUSB0, 192.168.1.50:9100 or /dev/usb/lp0</source>
        <translation>/dev/ttyUSB0、192.168.1.50:9100 或 /dev/usb/lp0</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>The ports could not be listed: %1</source>
        <translation>无法列出端口：%1</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>已配置</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>未检测到</translation>
    </message>
    <message>
        <source>No serial port was found. For a network printer, enter its address and port.</source>
        <translation>未找到串口。如果是网络打印机，请输入其地址和端口。</translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) found.</source>
        <translation>
            <numerusform>找到 %n 个端口。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the device a name, such as “counter printer”.</source>
        <translation>请为设备命名，例如“柜台打印机”。</translation>
    </message>
    <message>
        <source>Enter the port or address of the device, or pick a port found by “Scan ports”.</source>
        <translation>请输入设备的端口或地址，或选择“扫描端口”找到的端口。</translation>
    </message>
    <message>
        <source>The device was not added: %1</source>
        <translation>未添加设备：%1</translation>
    </message>
    <message>
        <source>“%1” was added but could not be started: %2</source>
        <translation>已添加“%1”，但无法启动：%2</translation>
    </message>
    <message>
        <source>“%1” was added.</source>
        <translation>已添加“%1”。</translation>
    </message>
    <message>
        <source>The device is enabled but could not be started: %1</source>
        <translation>设备已启用，但无法启动：%1</translation>
    </message>
    <message>
        <source>The test page was not queued: %1</source>
        <translation>测试页未加入队列：%1</translation>
    </message>
    <message>
        <source>Test page queued as job %1; it prints as soon as the printer is ready.</source>
        <translation>测试页已作为任务 %1 加入队列；打印机就绪后即会打印。</translation>
    </message>
    <message>
        <source>The reader is not ready: %1</source>
        <translation>读卡器未就绪：%1</translation>
    </message>
    <message>
        <source>Swipe a card through the reader now (waiting %1 seconds)…</source>
        <translation>请现在在读卡器上刷卡（等待 %1 秒）…</translation>
    </message>
    <message>
        <source>Add as a new device</source>
        <translation>添加为新设备</translation>
    </message>
    <message>
        <source>Save changes to the selected device</source>
        <translation>保存对所选设备的修改</translation>
    </message>
    <message>
        <source>The changes were not saved: %1</source>
        <translation>修改未保存：%1</translation>
    </message>
    <message>
        <source>“%1” is saved, but could not be restarted: %2</source>
        <translation>“%1”已保存，但无法重新启动：%2</translation>
    </message>
    <message>
        <source>“%1” is saved.</source>
        <translation>“%1”已保存。</translation>
    </message>
    <message>
        <source>“%1” is saved as “%2”.</source>
        <translation>“%1”已保存为“%2”。</translation>
    </message>
    <message>
        <source>A printer stays a printer and a reader a reader: add the other kind as a new device.</source>
        <translation>打印机和读卡器的类型不能互换：请将另一类型作为新设备添加。</translation>
    </message>
    <message>
        <source>PIN pad</source>
        <translation>密码键盘</translation>
    </message>
    <message>
        <source>Show printed slips</source>
        <translation>查看已打印的单据</translation>
    </message>
    <message>
        <source>What the demo&apos;s virtual receipt printer has printed.</source>
        <translation>演示用虚拟小票打印机打印过的内容。</translation>
    </message>
    <message>
        <source>No serial port found</source>
        <translation>未找到串口</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::DrawerCount</name>
    <message>
        <source>Cash drawer</source>
        <translation>钱箱</translation>
    </message>
    <message>
        <source>&amp;Float (¥):</source>
        <translation>备用金（¥）(&amp;F)：</translation>
    </message>
    <message>
        <source>Open my shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>&amp;Counted cash (¥):</source>
        <translation>清点现金（¥）(&amp;C)：</translation>
    </message>
    <message>
        <source>Close my shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Every shift&apos;s drawer count</source>
        <translation>各班次钱箱清点记录</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开班时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>交班时间</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应有金额</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>清点金额</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message numerus="yes">
        <source>Shift open since %1 with a float of %2. Cash sales %3 (%n sale(s)), cash refunds %4: the drawer should hold %5.</source>
        <translation>
            <numerusform>班次自 %1 开班，备用金 %2。现金收款 %3（%n 笔），现金退款 %4：钱箱应有 %5。</numerusform>
        </translation>
    </message>
    <message>
        <source>No shift open. Count the float into the drawer and open your shift.</source>
        <translation>当前没有开班。请将备用金点入钱箱后开班。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未交班</translation>
    </message>
    <message>
        <source>Shift opened with a float of %1.</source>
        <translation>已开班，备用金 %1。</translation>
    </message>
    <message>
        <source>Type the cash you counted in the drawer, such as 1234.50.</source>
        <translation>请输入钱箱中清点出的现金金额，例如 1234.50。</translation>
    </message>
    <message>
        <source>the drawer is even</source>
        <translation>无长短款</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>长款 %1</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>短款 %1</translation>
    </message>
    <message>
        <source>Shift closed. Expected %1, counted %2, difference %3: %4.</source>
        <translation>已交班。应有 %1，清点 %2，差额 %3：%4。</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::EnrolTerminalWizard</name>
    <message>
        <source>Enrol terminal</source>
        <translation>终端入网</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <source>Record terminal</source>
        <translation>登记终端</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Acquirer and merchant</source>
        <translation>收单机构和商户</translation>
    </message>
    <message>
        <source>Who the terminal will talk to, and for which merchant.</source>
        <translation>终端将连接哪家收单机构，为哪个商户收款。</translation>
    </message>
    <message>
        <source>Acquirer profile:</source>
        <translation>收单机构配置：</translation>
    </message>
    <message>
        <source>Merchant:</source>
        <translation>商户：</translation>
    </message>
    <message>
        <source>Terminal ID</source>
        <translation>终端号</translation>
    </message>
    <message>
        <source>Terminal ID (TID):</source>
        <translation>终端号（TID）：</translation>
    </message>
    <message>
        <source>Merchant ID (MID):</source>
        <translation>商户号（MID）：</translation>
    </message>
    <message>
        <source>e.g. 12345604</source>
        <translation>例如：12345604</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>What is on the counter. All optional; you can fill them in later.</source>
        <translation>柜台上的设备。均为选填，可以以后再填。</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>序列号：</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>品牌：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>型号：</translation>
    </message>
    <message>
        <source>Software version:</source>
        <translation>软件版本：</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>e.g. front till 1</source>
        <translation>例如：前台收银 1</translation>
    </message>
    <message>
        <source>Where enrolment stands</source>
        <translation>入网进度</translation>
    </message>
    <message>
        <source>Choose how far the terminal already is. Later moves are recorded on the Lifecycle tab.</source>
        <translation>请选择终端目前进行到哪一步。之后的变更记录在“生命周期”选项卡中。</translation>
    </message>
    <message>
        <source>State today:</source>
        <translation>当前状态：</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Terminal %1 is already recorded. Choose it in the list instead.</source>
        <translation>终端 %1 已有记录。请在列表中选择它。</translation>
    </message>
    <message>
        <source>An acquirer profile and a merchant are needed first. Add them in Settings, on the “Acquirer profiles” and “Merchants” tabs.</source>
        <translation>需要先有收单机构配置和商户。请在“设置”的“收单机构”和“商户”标签页中添加。</translation>
    </message>
    <message>
        <source>This terminal is:</source>
        <translation>该终端是：</translation>
    </message>
    <message>
        <source>A new application to the acquirer (no TID assigned yet)</source>
        <translation>向收单机构新申请的终端（尚未分配终端号）</translation>
    </message>
    <message>
        <source>A terminal the shop already uses (TID and MID assigned by the acquirer)</source>
        <translation>本店已在使用的终端（收单机构已分配终端号和商户号）</translation>
    </message>
    <message>
        <source>The TID printed on the terminal or on the acquirer&apos;s approval letter: 8 digits or capital letters.</source>
        <translation>终端上或收单机构批复函上印的终端号：8 位数字或大写字母。</translation>
    </message>
    <message>
        <source>The TID you applied for: 8 digits or capital letters.</source>
        <translation>您申请的终端号：8 位数字或大写字母。</translation>
    </message>
    <message>
        <source>A terminal in use is usually “%1”. Choose “%2” if its master key still has to be loaded on this PC: loading the key then records “%3”.</source>
        <translation>在用终端通常为“%1”。如果还需要在本电脑上灌装主密钥，请选“%2”：灌装密钥后会记为“%3”。</translation>
    </message>
    <message>
        <source>A new application starts as “%1”; choose “%2” if the papers are already with the acquirer.</source>
        <translation>新申请从“%1”开始；如果资料已交给收单机构，请选“%2”。</translation>
    </message>
    <message>
        <source>Terminal %1 for merchant %2 with %3.
Device: %4, serial %5.</source>
        <translation>终端 %1，商户 %2，收单机构 %3。
设备：%4，序列号 %5。</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::FirstRunWizard</name>
    <message>
        <source>Set up PosDesk</source>
        <translation>设置 PosDesk</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <source>Finish setup</source>
        <translation>完成设置</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Welcome — first, the owner&apos;s account</source>
        <translation>欢迎 — 首先创建店主账户</translation>
    </message>
    <message>
        <source>This database is new. The owner signs in with this account to enrol terminals, add cashiers and see everything. The password needs at least %1 characters.</source>
        <translation>这是一个新数据库。店主用此账户登录，可登记终端、添加收银员并查看全部信息。密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>e.g. owner or your name</source>
        <translation>例如：owner 或您的姓名</translation>
    </message>
    <message>
        <source>Your shop as the acquirer knows it</source>
        <translation>收单机构登记的商户信息</translation>
    </message>
    <message>
        <source>The merchant ID (MID) and name from the acquirer&apos;s contract or approval letter.</source>
        <translation>收单机构合同或批复函上的商户号（MID）和商户名称。</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Acquirer profile</source>
        <translation>收单机构配置</translation>
    </message>
    <message>
        <source>Who your terminals talk to and whom to call when they cannot. The host settings come from the acquirer&apos;s technical sheet.</source>
        <translation>终端连接哪家机构，出问题时联系谁。主机设置请参照收单机构的技术参数表。</translation>
    </message>
    <message>
        <source>First terminal</source>
        <translation>第一台终端</translation>
    </message>
    <message>
        <source>This PC till or a stand-alone POS. It starts as “applied”; record the next steps on the Terminals screen as the acquirer answers.</source>
        <translation>即本电脑收银台或一台独立 POS 机。初始状态为“已申请”；收到收单机构的答复后，请在“终端”页面记录后续进展。</translation>
    </message>
    <message>
        <source>Terminal ID (TID):</source>
        <translation>终端号（TID）：</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>序列号：</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>品牌：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>型号：</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>8 digits or capital letters</source>
        <translation>8 位数字或大写字母</translation>
    </message>
    <message>
        <source>optional, e.g. front till 1</source>
        <translation>选填，例如：前台收银 1</translation>
    </message>
    <message>
        <source>Receipt printer and card reader</source>
        <translation>小票打印机和读卡器</translation>
    </message>
    <message>
        <source>Optional. Leave both empty to skip; you can add devices later.</source>
        <translation>选填。两项都留空即可跳过；以后可以再添加设备。</translation>
    </message>
    <message>
        <source>Give the port the device is plugged into: a serial port (COM3, /dev/ttyUSB0), a network printer (192.168.1.50:9100) or /dev/usb/lp0.</source>
        <translation>请填写设备所接的端口：串口（COM3、/dev/ttyUSB0）、网络打印机（192.168.1.50:9100）或 /dev/usb/lp0。</translation>
    </message>
    <message>
        <source>Receipt printer:</source>
        <translation>小票打印机：</translation>
    </message>
    <message>
        <source>Card reader:</source>
        <translation>读卡器：</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致。请输入相同的密码。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::HostLinkMonitor</name>
    <message>
        <source>Host: checking…</source>
        <translation>主机：检测中…</translation>
    </message>
    <message>
        <source>Host: connected</source>
        <translation>主机：已连接</translation>
    </message>
    <message>
        <source>Host unreachable: %1</source>
        <translation>主机无法连接：%1</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::Language</name>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::LoginDialog</name>
    <message>
        <source>Sign in to PosDesk</source>
        <translation>登录 PosDesk</translation>
    </message>
    <message>
        <source>The screen was locked after a pause. Sign in again to continue.</source>
        <translation>长时间无操作，屏幕已锁定。请重新登录以继续。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Quit PosDesk</source>
        <translation>退出 PosDesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>at least 12 characters</source>
        <translation>至少 12 个字符</translation>
    </message>
    <message>
        <source>Demo shop. Sign in as one of:
• %1 / %2 — owner, sees everything
• %3 / %4 — cashier, sells at the till
• %5 / %6 — accountant, settles and reads alerts</source>
        <translation>演示商店。可用以下账号登录：
• %1 / %2 — 店主，可使用全部功能
• %3 / %4 — 收银员，在收银台收款
• %5 / %6 — 会计，负责结算并查看告警</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>%1 locked the screen. Sign in to continue.</source>
        <translation>%1 锁定了屏幕。请登录后继续。</translation>
    </message>
    <message>
        <source>Switch user: sign in with your own name and password.</source>
        <translation>切换用户：请用您自己的用户名和密码登录。</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::MainWindow</name>
    <message>
        <source>PosDesk — demo shop</source>
        <translation>PosDesk — 演示商店</translation>
    </message>
    <message>
        <source>PosDesk</source>
        <translation>PosDesk</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n open alert(s)</source>
        <translation>
            <numerusform>⚠ %n 条未处理告警</numerusform>
        </translation>
    </message>
    <message>
        <source>No open alerts</source>
        <translation>无未处理告警</translation>
    </message>
    <message>
        <source>Reader: keyboard / test cards</source>
        <translation>读卡器：键盘输入 / 测试卡</translation>
    </message>
    <message>
        <source>Printer: not set up</source>
        <translation>打印机：未设置</translation>
    </message>
    <message>
        <source>PosDesk alert on terminal %1</source>
        <translation>PosDesk 告警：终端 %1</translation>
    </message>
    <message>
        <source>Printer: %1 (%2)</source>
        <translation>打印机：%1（%2）</translation>
    </message>
    <message>
        <source>Reader: %1 (%2)</source>
        <translation>读卡器：%1（%2）</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Version, and what this software is and is not certified for.</source>
        <translation>版本，以及本软件经过和未经过哪些认证。</translation>
    </message>
    <message>
        <source>About PosDesk</source>
        <translation>关于 PosDesk</translation>
    </message>
    <message>
        <source>PosDesk %1: the back office and PC till of a shop that takes bank cards.</source>
        <translation>PosDesk %1：受理银行卡商户的后台管理与电脑收银台。</translation>
    </message>
    <message>
        <source>Chip cards are read by PosDesk&apos;s own terminal application for UnionPay (PBOC) chip cards. It is not a certified EMV kernel. Before real cards are taken, a deployment needs an EMV Level 1 approved card reader, EMV Level 2 and UnionPay approval of the chip application, a PCI PTS approved PIN pad with its keys injected under dual control, and the acquirer&apos;s acceptance tests.

In demo mode the bank, the cards, the PIN pad and every key are simulated test data.</source>
        <translation>芯片卡由 PosDesk 自己的银联（PBOC）芯片卡终端应用读取。它不是经过认证的 EMV 内核。受理真实银行卡之前，部署还需要：通过 EMV 一级认证的读卡器、芯片应用通过 EMV 二级认证和银联认证、通过 PCI PTS 认证且在双人控制下灌装密钥的密码键盘，以及收单机构的验收测试。

演示模式下，银行、卡片、密码键盘和所有密钥都是模拟的测试数据。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Lock the screen now; sign in again to continue (Ctrl+L).</source>
        <translation>立即锁屏；重新登录后继续（Ctrl+L）。</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>Let someone else sign in on this till (Ctrl+Shift+L).</source>
        <translation>让其他人在本收银台登录（Ctrl+Shift+L）。</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::MerchantForm</name>
    <message>
        <source>Type the merchant&apos;s name as on the contract.</source>
        <translation>请按合同填写商户名称。</translation>
    </message>
    <message>
        <source>Merchant ID (MID):</source>
        <translation>商户号（MID）：</translation>
    </message>
    <message>
        <source>Merchant name:</source>
        <translation>商户名称：</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <source>15 digits or capital letters</source>
        <translation>15 位数字或大写字母</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::MerchantsView</name>
    <message>
        <source>The merchant records your acquirers issued (one per contract). A new shop or a second contract is added here before its terminals are enrolled.</source>
        <translation>收单机构为您开立的商户记录（每份合同一个）。新店或第二份合同请先在此添加，再登记其终端。</translation>
    </message>
    <message>
        <source>The merchant records your acquirers issued. Only the owner can add one.</source>
        <translation>收单机构为您开立的商户记录。仅店主可以添加。</translation>
    </message>
    <message>
        <source>The merchant was not added: %1</source>
        <translation>商户未添加：%1</translation>
    </message>
    <message>
        <source>Merchant %1 “%2” is added.</source>
        <translation>商户 %1“%2”已添加。</translation>
    </message>
    <message>
        <source>MID</source>
        <translation>商户号</translation>
    </message>
    <message>
        <source>Merchant name</source>
        <translation>商户名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Add merchant</source>
        <translation>添加商户</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::MessageBox</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::PrintQueueView</name>
    <message>
        <source>test page</source>
        <translation>测试页</translation>
    </message>
    <message>
        <source>sale slip</source>
        <translation>消费签购单</translation>
    </message>
    <message>
        <source>void slip</source>
        <translation>撤销签购单</translation>
    </message>
    <message>
        <source>refund slip</source>
        <translation>退货签购单</translation>
    </message>
    <message>
        <source>cash sale slip</source>
        <translation>现金消费小票</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>入队时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>重打</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <source>Print queue of %1</source>
        <translation>%1 的打印队列</translation>
    </message>
    <message>
        <source>Print queue (select a printer)</source>
        <translation>打印队列（请选择打印机）</translation>
    </message>
    <message>
        <source>copy of job %1</source>
        <translation>任务 %1 的副本</translation>
    </message>
    <message>
        <source>The printer could not be started: %1</source>
        <translation>打印机无法启动：%1</translation>
    </message>
    <message>
        <source>Job %1 was not reprinted: %2</source>
        <translation>任务 %1 未重打：%2</translation>
    </message>
    <message>
        <source>A copy of job %1 is queued as job %2.</source>
        <translation>任务 %1 的副本已作为任务 %2 加入队列。</translation>
    </message>
    <message>
        <source>Job %1 was not cancelled: %2</source>
        <translation>任务 %1 未取消：%2</translation>
    </message>
    <message>
        <source>Job %1 is cancelled.</source>
        <translation>任务 %1 已取消。</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::PrintedSlipsDialog</name>
    <message>
        <source>Nothing has been printed yet. Print a test page or a receipt, then press Reload.</source>
        <translation>尚未打印任何内容。请打印测试页或小票，然后点“刷新”。</translation>
    </message>
    <message>
        <source>Printed slips (demo printer)</source>
        <translation>已打印的单据（演示打印机）</translation>
    </message>
    <message>
        <source>What the demo&apos;s virtual receipt printer has printed, the latest at the bottom (%1).</source>
        <translation>演示用虚拟小票打印机打印过的内容，最新的在最下面（%1）。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::RemediationStepCard</name>
    <message>
        <source>Automatic check</source>
        <translation>自动检查</translation>
    </message>
    <message>
        <source>Automatic action</source>
        <translation>自动操作</translation>
    </message>
    <message>
        <source>Manual confirmation</source>
        <translation>人工确认</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>上报收单机构</translation>
    </message>
    <message>
        <source>Note (optional): what you checked or did</source>
        <translation>备注（可选）：检查了什么或做了什么</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Write the ticket</source>
        <translation>生成工单</translation>
    </message>
    <message>
        <source>Run this action</source>
        <translation>执行此操作</translation>
    </message>
    <message>
        <source>Run this check</source>
        <translation>执行此检查</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>✓ Passed</source>
        <translation>✓ 通过</translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation>✗ 未通过</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ 已完成</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>无需处理</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>尚未处理</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Acquirer support: %1</source>
        <translation>收单机构客服：%1</translation>
    </message>
    <message>
        <source>Follow-up on %1 if the acquirer has not answered.</source>
        <translation>如收单机构届时仍未答复，请于 %1 跟进。</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>再次运行</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>重新记录</translation>
    </message>
    <message>
        <source>No note.</source>
        <translation>无备注。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Not needed.</source>
        <translation>无需此步。</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>尚未运行。</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::RemediationWizard</name>
    <message>
        <source>← All alerts</source>
        <translation>← 全部告警</translation>
    </message>
    <message>
        <source>Run the automatic checks</source>
        <translation>运行自动检查</translation>
    </message>
    <message>
        <source>Runs every automatic check and action of the playbook in order, on the real host link; stops as soon as one resolves the incident.</source>
        <translation>在真实主机链路上按顺序运行处置预案中的所有自动检查和操作；一旦某一步解决了故障即停止。</translation>
    </message>
    <message>
        <source>Fixed another way?</source>
        <translation>已通过其他方式解决？</translation>
    </message>
    <message>
        <source>What was the cause? (required to resolve)</source>
        <translation>原因是什么？（解决时必填）</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Remediation of alert No. %1 — %2</source>
        <translation>告警 %1 号的处置 — %2</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>escalated to the acquirer</source>
        <translation>已升级至收单机构</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Terminal %1, merchant %2 · playbook “%3” · %4</source>
        <translation>终端 %1，商户 %2 · 处置预案“%3” · %4</translation>
    </message>
    <message>
        <source>Follow up with the acquirer on %1.</source>
        <translation>请于 %1 向收单机构跟进。</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>升级处理</translation>
    </message>
    <message>
        <source>Resolved: terminal %1 works again and card payments are unblocked.</source>
        <translation>已解决：终端 %1 已恢复正常，刷卡收款已解除限制。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>The automatic checks</source>
        <translation>自动检查</translation>
    </message>
    <message>
        <source>Running the automatic checks on the host link…</source>
        <translation>正在对主机链路进行自动检查…</translation>
    </message>
    <message>
        <source>Running “%1”…</source>
        <translation>正在执行“%1”…</translation>
    </message>
    <message>
        <source>Ticket written. Send it to the acquirer (Copy or Save as…); after they confirm the registration, run the last step.</source>
        <translation>工单已生成。请发给收单机构（“复制”或“另存为…”）；待对方确认登记后，再执行最后一步。</translation>
    </message>
    <message>
        <source>The ticket is on the clipboard.</source>
        <translation>工单已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Save the ticket</source>
        <translation>保存工单</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Saving the ticket</source>
        <translation>保存工单</translation>
    </message>
    <message>
        <source>Could not write %1; choose another folder.</source>
        <translation>无法写入 %1；请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Ticket saved to %1.</source>
        <translation>工单已保存到 %1。</translation>
    </message>
    <message>
        <source>Resolving</source>
        <translation>故障处理中</translation>
    </message>
    <message>
        <source>The automatic checks passed.</source>
        <translation>自动检查已通过。</translation>
    </message>
    <message>
        <source>The automatic checks ran; not passed: %1.</source>
        <translation>自动检查已运行；未通过：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>“%1” did not pass.</source>
        <translation>“%1”未通过。</translation>
    </message>
    <message>
        <source>“%1” skipped.</source>
        <translation>“%1”已跳过。</translation>
    </message>
    <message>
        <source>“%1” done.</source>
        <translation>“%1”已完成。</translation>
    </message>
    <message>
        <source>%1 Next: %2.</source>
        <translation>%1 下一步：%2。</translation>
    </message>
    <message>
        <source>%1 The acquirer has not registered the terminal yet: call them (the contact is in the ticket), and run the last step again once they confirm. Meanwhile take cash.</source>
        <translation>%1 收单机构尚未登记该终端：请致电收单机构（联系方式见工单），待其确认后再次运行最后一步。在此期间请收现金。</translation>
    </message>
    <message>
        <source>%1 Every step has been tried and the problem remains: write the ticket to the acquirer (Escalate), or, if you fixed it another way, resolve it below with the cause.</source>
        <translation>%1 所有步骤都已尝试，问题依旧：请给收单机构写工单（上报），如果您已用其他方法解决，请在下方填写原因并标记为已解决。</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Reports — export</source>
        <translation>报表 — 导出</translation>
    </message>
    <message>
        <source>Choose a report and its period (days in the shop&apos;s time zone, both included), then export it to a file for the accountant or the acquirer.</source>
        <translation>选择报表及时间段（日期按本店时区计算，首尾两天均包含在内），然后导出为文件，交给会计或收单机构。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Headers in</source>
        <translation>表头语言</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Total</source>
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
        <source>Transactions</source>
        <translation>交易明细</translation>
    </message>
    <message>
        <source>Settlement, one row per batch</source>
        <translation>结算（按批次，每批一行）</translation>
    </message>
    <message>
        <source>Settlement, one row per day</source>
        <translation>结算（按日，每天一行）</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>故障记录</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>All terminals</source>
        <translation>全部终端</translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation>全部收银员</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>In doubt</source>
        <translation>结果不明</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已冲正</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>CSV (spreadsheet, plain table)</source>
        <translation>CSV（电子表格，纯表格）</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿（XLSX）</translation>
    </message>
    <message>
        <source>PDF (to print)</source>
        <translation>PDF（用于打印）</translation>
    </message>
    <message>
        <source>Cashier, type and result filter the transactions report only.</source>
        <translation>收银员、类型和结果筛选只对交易明细报表有效。</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>报表另存为</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Exporting… %1 rows written so far.</source>
        <translation>正在导出… 已写入 %1 行。</translation>
    </message>
    <message>
        <source>The period ends before it starts. Choose a “to” day on or after the “from” day.</source>
        <translation>结束日期早于开始日期。请选择不早于开始日期的结束日期。</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>请选择报表的保存位置。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another place to save the report.</source>
        <translation>文件夹 %1 不存在。请选择其他位置保存报表。</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with the new report?</source>
        <translation>%1 已存在。要用新报表替换吗？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>The report was not exported: %1</source>
        <translation>报表未导出：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) written to %2</source>
        <translation>
            <numerusform>%1：已将 %n 行写入 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::ScorecardsPage</name>
    <message>
        <source>Scorecards</source>
        <translation>评分卡</translation>
    </message>
    <message>
        <source>Acquirers, service providers and terminal brands compared from this shop&apos;s own history. A figure from fewer than %1 terminals or %2 incidents is greyed: too few to compare. Incidents marked as the shop&apos;s own mistake are left out.</source>
        <translation>根据本店自己的历史记录对比各收单机构、服务商和终端品牌。终端少于 %1 台或告警少于 %2 条时，数字显示为灰色：样本太少无法比较。标记为本店自身失误的告警不计入。</translation>
    </message>
    <message>
        <source>Acquirers and service providers</source>
        <translation>收单机构和服务商</translation>
    </message>
    <message>
        <source>Terminal brands and models</source>
        <translation>终端品牌和型号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Period %1 – %2</source>
        <translation>时间段 %1 – %2</translation>
    </message>
    <message>
        <source>too few to compare</source>
        <translation>样本太少无法比较</translation>
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
        <source>Terminals</source>
        <translation>终端数</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易笔数</translation>
    </message>
    <message>
        <source>Incidents per 1,000</source>
        <translation>每千笔告警数</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>按应答码</translation>
    </message>
    <message>
        <source>Host unreachable (min)</source>
        <translation>主机无法连接（分钟）</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>上报次数</translation>
    </message>
    <message>
        <source>Days to confirmation, median</source>
        <translation>确认天数（中位数）</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>第 90 百分位</translation>
    </message>
    <message>
        <source>Days to resolve, median</source>
        <translation>解决天数（中位数）</translation>
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
        <source>Own mistakes left out</source>
        <translation>未计入的本店失误</translation>
    </message>
    <message>
        <source>Acquirer</source>
        <translation>收单机构</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>%1 (too few to compare)</source>
        <translation>%1（样本太少无法比较）</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Days from escalation to the acquirer&apos;s confirmation</source>
        <translation>从上报到收单机构确认的天数</translation>
    </message>
    <message>
        <source>Incidents per 1,000 transactions, month by month</source>
        <translation>每千笔交易告警数（按月）</translation>
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
        <translation>在用终端</translation>
    </message>
    <message>
        <source>Terminal-years</source>
        <translation>终端年数</translation>
    </message>
    <message>
        <source>Faults (incidents / visits / swaps)</source>
        <translation>故障（告警 / 上门维护 / 换机）</translation>
    </message>
    <message>
        <source>Faults per terminal-year</source>
        <translation>每终端年故障数</translation>
    </message>
    <message>
        <source>Mean days between faults</source>
        <translation>平均故障间隔天数</translation>
    </message>
    <message>
        <source>Cost per terminal-year</source>
        <translation>每终端年费用</translation>
    </message>
    <message>
        <source>(brand not recorded)</source>
        <translation>（未登记品牌）</translation>
    </message>
    <message>
        <source>(terminals: </source>
        <translation>(终端数: </translation>
    </message>
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
        <translation>软件授权</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Per terminal-year, %1 – %2:</source>
        <translation>每终端年，%1 – %2：</translation>
    </message>
    <message>
        <source>no costs recorded</source>
        <translation>未记录费用</translation>
    </message>
    <message>
        <source>Cost per terminal-year (¥)</source>
        <translation>每终端年费用（¥）</translation>
    </message>
    <message>
        <source>Total cost of ownership per terminal-year (¥)</source>
        <translation>每终端年总拥有成本（¥）</translation>
    </message>
    <message>
        <source>Export the scorecard</source>
        <translation>导出评分卡</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</source>
        <translation>电子表格 (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source> min without input</source>
        <translation> 分钟无操作后</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>数据位置：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>SQLite file on this PC</source>
        <translation>本机 SQLite 文件</translation>
    </message>
    <message>
        <source>PostgreSQL server (shared by several tills)</source>
        <translation>PostgreSQL 服务器（多台收银机共用）</translation>
    </message>
    <message>
        <source>At most %1 minutes (PCI DSS). Applies to every till on this database.</source>
        <translation>最长 %1 分钟（PCI DSS 要求）。对使用此数据库的所有收银机生效。</translation>
    </message>
    <message>
        <source>Only the owner can change this.</source>
        <translation>只有店主可以修改此项。</translation>
    </message>
    <message numerus="yes">
        <source>Saved: the screen locks after %n minute(s) without input.</source>
        <translation>
            <numerusform>已保存：%n 分钟无操作后锁定屏幕。</numerusform>
        </translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Acquirer profiles</source>
        <translation>收单机构</translation>
    </message>
    <message>
        <source>Merchants</source>
        <translation>商户</translation>
    </message>
    <message>
        <source>From the next start PosDesk uses the server %1.</source>
        <translation>下次启动起，PosDesk 将使用服务器 %1。</translation>
    </message>
    <message>
        <source>Several tills can share one PostgreSQL database: type its address and PosDesk checks it now and uses it from the next start. The data in this PC&apos;s file is not copied to the server.</source>
        <translation>多台收银机可共用一个 PostgreSQL 数据库：输入其地址，PosDesk 会立即检查，并从下次启动起使用。本机文件中的数据不会复制到服务器。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>PosDesk could not use %1: %2 Nothing was changed.</source>
        <translation>PosDesk 无法使用 %1：%2 未做任何更改。</translation>
    </message>
    <message>
        <source>Connected to %1; PosDesk&apos;s tables are ready there. Restart PosDesk to use this server; the data in this PC&apos;s file stays here.</source>
        <translation>已连接 %1，PosDesk 的数据表已就绪。重新启动 PosDesk 即可使用该服务器；本机文件中的数据仍保留在本机。</translation>
    </message>
    <message>
        <source>From the next start PosDesk uses this PC&apos;s SQLite file again.</source>
        <translation>下次启动起，PosDesk 将重新使用本机的 SQLite 文件。</translation>
    </message>
    <message>
        <source>&amp;Shared server:</source>
        <translation>共用服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>postgresql://posdesk@192.168.1.10/shop</source>
        <translation>postgresql://posdesk@192.168.1.10/shop</translation>
    </message>
    <message>
        <source>Check and use from the next start</source>
        <translation>检查并从下次启动起使用</translation>
    </message>
    <message>
        <source>Use this PC&apos;s file again</source>
        <translation>重新使用本机文件</translation>
    </message>
    <message>
        <source>Loc&amp;k the screen after:</source>
        <translation>无操作锁屏时间(&amp;K)：</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::SettlementPage</name>
    <message>
        <source>Settlement</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Settlement — open batches</source>
        <translation>结算 — 未结批次</translation>
    </message>
    <message>
        <source>At the end of the day, settle each terminal that took cards. PosDesk sends the totals to the acquirer; if they differ, it uploads the batch and closes it.</source>
        <translation>每天营业结束时，请为当天刷过卡的每台终端做结算。PosDesk 把汇总金额发给收单机构；如双方不一致，会上送批次明细后再结束批次。</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开始时间</translation>
    </message>
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
        <source>Refund amount</source>
        <translation>退货金额</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Settle selected terminal</source>
        <translation>结算所选终端</translation>
    </message>
    <message>
        <source>Closed batches of the selected terminal</source>
        <translation>所选终端的已结批次</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>对账平</translation>
    </message>
    <message>
        <source>uploaded (host totals differed)</source>
        <translation>已上送明细（主机汇总不一致）</translation>
    </message>
    <message>
        <source>uploaded, then balanced</source>
        <translation>上送明细后对账平</translation>
    </message>
    <message>
        <source>Settling terminal %1: sending totals, uploading the batch if needed…</source>
        <translation>正在结算终端 %1：发送汇总，必要时上送批次明细…</translation>
    </message>
    <message>
        <source>Settle terminal %1</source>
        <translation>结算终端 %1</translation>
    </message>
    <message>
        <source>Close the open batch of terminal %1 and send its totals to the acquirer? Sales after this go into the next batch.</source>
        <translation>结束终端 %1 的当前批次，并把汇总发给收单机构？之后的交易将计入下一批次。</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>the host&apos;s totals matched</source>
        <translation>与主机汇总一致</translation>
    </message>
    <message numerus="yes">
        <source>the host&apos;s totals differed, so %n transaction(s) were uploaded</source>
        <translation>
            <numerusform>与主机汇总不一致，已上送 %n 笔交易明细</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 of terminal %2 is closed: %3. Sales %4 for %5, refunds %6 for %7.</source>
        <translation>终端 %2 的批次 %1 已结束：%3。消费 %4 笔，共 %5；退货 %6 笔，共 %7。</translation>
    </message>
    <message>
        <source>Terminal %1 was not settled: %2</source>
        <translation>终端 %1 未能结算：%2</translation>
    </message>
    <message>
        <source>no sales yet</source>
        <translation>尚无交易</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::ShiftPage</name>
    <message>
        <source>My shift</source>
        <translation>我的班次</translation>
    </message>
    <message>
        <source>My shift today</source>
        <translation>我今天的班次</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>RRN</source>
        <translation>参考号</translation>
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
        <source>waiting for the host</source>
        <translation>等待主机应答</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>被拒</translation>
    </message>
    <message>
        <source>declined (%1)</source>
        <translation>被拒（%1）</translation>
    </message>
    <message>
        <source>in doubt, reversal queued</source>
        <translation>结果不明，已排队冲正</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>已冲正</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>已撤销</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n card sale(s), net %2</source>
        <translation>
            <numerusform>%1 — 刷卡消费 %n 笔，净额 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cash: %n transaction(s), %1</source>
        <translation>
            <numerusform>现金：%n 笔，%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::SlipPanel</name>
    <message>
        <source>Slips</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Merchant copy torn off: print the cardholder copy (F10)</source>
        <translation>商户存根已撕下：打印持卡人存根（F10）</translation>
    </message>
    <message>
        <source>Reprint the last slip</source>
        <translation>重打印上一张签购单</translation>
    </message>
    <message>
        <source>&amp;Voucher No.:</source>
        <translation>凭证号(&amp;V)：</translation>
    </message>
    <message>
        <source>trace number on the slip</source>
        <translation>签购单上的凭证号</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>重打印</translation>
    </message>
    <message>
        <source>Print the last settlement slip</source>
        <translation>打印上一张结算单</translation>
    </message>
    <message>
        <source>No receipt printer is ready: the slip was not printed. Connect one under Devices.</source>
        <translation>没有就绪的小票打印机：签购单未打印。请在“设备”中连接打印机。</translation>
    </message>
    <message>
        <source>Receipt not queued: %1</source>
        <translation>小票未加入打印队列：%1</translation>
    </message>
    <message>
        <source>Tear off the merchant copy for the signature, then press F10 for the cardholder copy.</source>
        <translation>请撕下商户存根供持卡人签名，然后按 F10 打印持卡人存根。</translation>
    </message>
    <message>
        <source>Not reprinted: %1</source>
        <translation>未重打印：%1</translation>
    </message>
    <message>
        <source>Reprint of voucher %1 queued; it is marked 重打印 / REPRINT.</source>
        <translation>凭证号 %1 的重打印已加入打印队列；单据上标有“重打印 / REPRINT”。</translation>
    </message>
    <message>
        <source>Nothing printed on this till since you signed in. Reprint by voucher number instead.</source>
        <translation>您登录以来本收银台还没有打印过单据。请改为按凭证号重打印。</translation>
    </message>
    <message>
        <source>Type the voucher number (凭证号) from the slip.</source>
        <translation>请输入签购单上的凭证号。</translation>
    </message>
    <message>
        <source>looking for the voucher</source>
        <translation>查找凭证</translation>
    </message>
    <message>
        <source>Terminal %1 has no card transaction with voucher number %2.</source>
        <translation>终端 %1 没有凭证号为 %2 的刷卡交易。</translation>
    </message>
    <message>
        <source>Terminal %1 has no settled batch yet.</source>
        <translation>终端 %1 还没有已结算的批次。</translation>
    </message>
    <message>
        <source>Settlement slip of batch %1 queued.</source>
        <translation>批次 %1 的结算单已加入打印队列。</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::TerminalChipTab</name>
    <message>
        <source>Chip cards</source>
        <translation>芯片卡</translation>
    </message>
    <message>
        <source>CA public keys from the acquirer (for offline data authentication):</source>
        <translation>收单机构下发的 CA 公钥（用于脱机数据认证）：</translation>
    </message>
    <message>
        <source>RID</source>
        <translation>RID</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Key length</source>
        <translation>密钥长度</translation>
    </message>
    <message>
        <source>Chip applications the acquirer accepts:</source>
        <translation>收单机构受理的芯片应用：</translation>
    </message>
    <message>
        <source>AID</source>
        <translation>AID</translation>
    </message>
    <message>
        <source>Floor limit (¥)</source>
        <translation>最低限额（元）</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <source>Keys: in slot %1 of the PIN pad (this PC holds none). PIN payments are possible.</source>
        <translation>密钥：保存在密码键盘的 %1 号槽位（本机不保存任何密钥）。可以受理需要输入密码的交易。</translation>
    </message>
    <message>
        <source>Keys: on this PC. Without a PIN pad holding them, cards that ask for a PIN cannot be taken.</source>
        <translation>密钥：保存在本机。没有保存密钥的密码键盘时，不能受理需要输入密码的卡。</translation>
    </message>
    <message>
        <source>IC key download: owed (the next chip payment fetches it first).</source>
        <translation>IC 密钥下载：待完成（下一笔芯片卡收款会先下载）。</translation>
    </message>
    <message>
        <source>IC key download: nothing owed.</source>
        <translation>IC 密钥下载：无待完成项。</translation>
    </message>
    <message>
        <source>Last parameter download: %1.</source>
        <translation>上次参数下载：%1。</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 位</translation>
    </message>
    <message>
        <source>this AID and longer ones</source>
        <translation>此 AID 及以其开头的更长 AID</translation>
    </message>
    <message>
        <source>exactly this AID</source>
        <translation>仅此 AID</translation>
    </message>
    <message>
        <source>No CA public keys yet: chip cards cannot be checked offline until the IC download has run.</source>
        <translation>尚无 CA 公钥：完成 IC 下载之前，芯片卡无法进行脱机认证。</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::TerminalCostsTab</name>
    <message>
        <source>Costs</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Totals per category</source>
        <translation>按类别合计</translation>
    </message>
    <message>
        <source>Record a cost</source>
        <translation>记录费用</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Amount (¥):</source>
        <translation>金额（¥）：</translation>
    </message>
    <message>
        <source>e.g. 1280.00</source>
        <translation>例如 1280.00</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Add cost</source>
        <translation>添加费用</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>%1 recorded as %2.</source>
        <translation>已记录 %1，类别：%2。</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::TerminalDetailsTab</name>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Terminal ID (TID)</source>
        <translation>终端号（TID）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>商户</translation>
    </message>
    <message>
        <source>Acquirer</source>
        <translation>收单机构</translation>
    </message>
    <message>
        <source>Acquirer support</source>
        <translation>收单机构客服</translation>
    </message>
    <message>
        <source>TID assigned by the acquirer</source>
        <translation>收单机构分配的 TID</translation>
    </message>
    <message>
        <source>MID assigned by the acquirer</source>
        <translation>收单机构分配的 MID</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
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
        <source>Software version</source>
        <translation>软件版本</translation>
    </message>
    <message>
        <source>Parameter version</source>
        <translation>参数版本</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>安装位置</translation>
    </message>
    <message>
        <source>e.g. front till 1</source>
        <translation>例如 前台 1 号收银台</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::TerminalDocumentsTab</name>
    <message>
        <source>Documents</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Set the selected document&apos;s status to:</source>
        <translation>将所选资料的状态设为：</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>添加资料</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>资料：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>a scan or photo; a copy is kept in the data folder</source>
        <translation>扫描件或照片；副本会保存在数据文件夹中</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>添加资料</translation>
    </message>
    <message>
        <source>Choose the document&apos;s file</source>
        <translation>选择资料文件</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>扫描件和文档 (*.pdf *.png *.jpg *.jpeg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the document&apos;s file first.</source>
        <translation>请先选择资料文件。</translation>
    </message>
    <message>
        <source>Document added; the file is kept in the data folder.</source>
        <translation>资料已添加；文件已保存在数据文件夹中。</translation>
    </message>
    <message>
        <source>Status changed to “%1”.</source>
        <translation>状态已改为“%1”。</translation>
    </message>
    <message>
        <source>Every paper the acquirer asks for is submitted or accepted.</source>
        <translation>收单机构要求的资料均已提交或通过审核。</translation>
    </message>
    <message numerus="yes">
        <source>Still needed for the acquirer (%n): %1. Add each below when you hand it in.</source>
        <translation>
            <numerusform>收单机构仍需资料（%n 份）：%1。递交后请在下方逐份添加。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::TerminalLifecycleTab</name>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <source>Note for the move:</source>
        <translation>变更备注：</translation>
    </message>
    <message>
        <source>optional, e.g. approval letter no. or who called</source>
        <translation>选填，例如批复文件编号或来电人</translation>
    </message>
    <message>
        <source>Other move:</source>
        <translation>其他变更：</translation>
    </message>
    <message>
        <source>Record move</source>
        <translation>记录变更</translation>
    </message>
    <message>
        <source>Now: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>当前：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No lifecycle moves recorded for this terminal yet.</source>
        <translation>此终端尚无生命周期变更记录。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>recorded as %1</source>
        <translation>记为 %1</translation>
    </message>
    <message>
        <source>none: a deregistered terminal stays so.</source>
        <translation>无：已注销的终端无法恢复。</translation>
    </message>
    <message>
        <source>Deregister terminal</source>
        <translation>注销终端</translation>
    </message>
    <message>
        <source>Deregister terminal %1? A deregistered terminal cannot take payments again; a replacement has to be enrolled as a new terminal.</source>
        <translation>确定注销终端 %1？注销后的终端不能再收款；替换的设备须作为新终端重新登记。</translation>
    </message>
    <message>
        <source>Deregister</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Terminal %1 is now “%2”.</source>
        <translation>终端 %1 的状态已变为“%2”。</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::TerminalMaintenanceTab</name>
    <message>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>When</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Done note:</source>
        <translation>完成备注：</translation>
    </message>
    <message>
        <source>optional, e.g. engineer&apos;s name or new version</source>
        <translation>选填，例如工程师姓名或新版本号</translation>
    </message>
    <message>
        <source>Mark selected done</source>
        <translation>将所选项标记为已完成</translation>
    </message>
    <message>
        <source>Schedule maintenance or an update</source>
        <translation>安排维护或更新</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation>到期日：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>安排</translation>
    </message>
    <message>
        <source>overdue by %1 days</source>
        <translation>已逾期 %1 天</translation>
    </message>
    <message>
        <source>overdue by 1 day</source>
        <translation>已逾期 1 天</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>%1 天后</translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation>已安排在 %1。</translation>
    </message>
    <message>
        <source>Marked done.</source>
        <translation>已标记为完成。</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::TerminalTab</name>
    <message>
        <source>Business licence</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <source>Tax registration</source>
        <translation>税务登记证</translation>
    </message>
    <message>
        <source>Legal representative ID</source>
        <translation>法定代表人身份证</translation>
    </message>
    <message>
        <source>Installation form</source>
        <translation>装机申请表</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
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
        <translation>软件授权</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Software update</source>
        <translation>软件更新</translation>
    </message>
    <message>
        <source>Parameter download</source>
        <translation>参数下载</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>巡检</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::TerminalsPage</name>
    <message>
        <source>Terminals</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>TID</source>
        <translation>终端号</translation>
    </message>
    <message>
        <source>MID</source>
        <translation>商户号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Acquirer</source>
        <translation>收单机构</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Last sign-on</source>
        <translation>最近签到</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Enrol terminal…</source>
        <translation>登记终端…</translation>
    </message>
    <message>
        <source>No terminal recorded yet. Click “Enrol terminal…” to record the first one.</source>
        <translation>尚未登记任何终端。点击“登记终端…”登记第一台。</translation>
    </message>
    <message>
        <source>Select a terminal above to see its details.</source>
        <translation>在上方选择一台终端以查看详情。</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::TillPage</name>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>收银台</translation>
    </message>
    <message>
        <source>Card payment</source>
        <translation>刷卡收款</translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation>终端(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Amount (¥):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>Pay (Enter)</source>
        <translation>收款（回车）</translation>
    </message>
    <message>
        <source>Take cash instead (F9)</source>
        <translation>改收现金（F9）</translation>
    </message>
    <message>
        <source>Void the last sale</source>
        <translation>撤销上一笔消费</translation>
    </message>
    <message>
        <source>Refund an earlier sale</source>
        <translation>退货（以前的消费）</translation>
    </message>
    <message>
        <source>RRN:</source>
        <translation>参考号：</translation>
    </message>
    <message>
        <source>Amount (¥):</source>
        <translation>金额（元）：</translation>
    </message>
    <message>
        <source>Date of the sale:</source>
        <translation>原交易日期：</translation>
    </message>
    <message>
        <source>The RRN is printed on the customer&apos;s receipt. The card must be swiped again.</source>
        <translation>参考号印在顾客的签购单上。退货需要再次刷卡。</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>12 characters from the receipt</source>
        <translation>签购单上的 12 位参考号</translation>
    </message>
    <message>
        <source>Terminal %1 is %2 and cannot take cards. Take cash, or pick another terminal.</source>
        <translation>终端 %1 的状态为“%2”，不能刷卡。请收现金，或选择其他终端。</translation>
    </message>
    <message>
        <source>Card payments on %1 are blocked by alert No. %2 (response code %3). Take cash for now; the owner fixes it under Alerts.</source>
        <translation>终端 %1 因告警 %2 号（应答码 %3）已停止刷卡。请先收现金；店主会在“告警”页处理。</translation>
    </message>
    <message>
        <source>The acquirer&apos;s host cannot be reached. Try the card again, or take cash.</source>
        <translation>无法连接收单机构主机。请重试刷卡，或改收现金。</translation>
    </message>
    <message>
        <source>Waiting for the host… The window stays usable; do not swipe again.</source>
        <translation>等待主机应答…窗口仍可使用；请不要再次刷卡。</translation>
    </message>
    <message>
        <source>Check the amount</source>
        <translation>请检查金额</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>Card not read</source>
        <translation>未读到卡</translation>
    </message>
    <message>
        <source>Paying %1 on %2…</source>
        <translation>正在终端 %2 收款 %1…</translation>
    </message>
    <message>
        <source>Card %1
RRN %2 · authorisation code %3
trace %4 · batch %5 · terminal %6</source>
        <translation>卡号 %1
参考号 %2 · 授权码 %3
流水号 %4 · 批次号 %5 · 终端 %6</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>交易被拒</translation>
    </message>
    <message>
        <source>No answer from the host</source>
        <translation>主机无应答</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Void the sale of %1 on terminal %2 (trace %3, RRN %4)? The money goes back to the card.</source>
        <translation>撤销终端 %2 上 %1 的消费（流水号 %3，参考号 %4）？款项将退回卡上。</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Voiding %1…</source>
        <translation>正在撤销 %1…</translation>
    </message>
    <message>
        <source>Check the refund</source>
        <translation>请检查退货信息</translation>
    </message>
    <message>
        <source>Type the RRN from the receipt and the amount to give back, then swipe the card.</source>
        <translation>请输入签购单上的参考号和退款金额，然后刷卡。</translation>
    </message>
    <message>
        <source>Refunding %1…</source>
        <translation>正在退货 %1…</translation>
    </message>
    <message>
        <source>Type the amount first, then take the cash.</source>
        <translation>请先输入金额，再收现金。</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未能记录</translation>
    </message>
    <message>
        <source>Take %1 in cash</source>
        <translation>请收现金 %1</translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation>交易成功 %1</translation>
    </message>
    <message>
        <source>Voided %1</source>
        <translation>已撤销 %1</translation>
    </message>
    <message>
        <source>Refunded %1</source>
        <translation>已退货 %1</translation>
    </message>
    <message>
        <source>Only %1 approved</source>
        <translation>部分批准 %1</translation>
    </message>
    <message>
        <source>The card paid %1 of %2. Take the remaining %3 another way (cash or another card).
</source>
        <translation>应收 %2，卡上已付 %1。剩余的 %3 请用其他方式收取（现金或其他卡）。
</translation>
    </message>
    <message>
        <source>Type the amount. Chip card: insert it and press F8. Card without a chip: swipe it and press Enter.</source>
        <translation>输入金额。芯片卡：插卡后按 F8。没有芯片的卡：刷卡后按回车。</translation>
    </message>
    <message>
        <source>Chip card: insert it, then pay (F8)</source>
        <translation>芯片卡：插卡后收款（F8）</translation>
    </message>
    <message>
        <source>No chip card reader</source>
        <translation>没有芯片读卡器</translation>
    </message>
    <message>
        <source>The card reader service cannot be reached (%1). Swipe the card instead, or take cash.</source>
        <translation>无法连接读卡器服务（%1）。请改为刷卡，或收现金。</translation>
    </message>
    <message>
        <source>Insert the card</source>
        <translation>请插卡</translation>
    </message>
    <message>
        <source>No card is in the card reader. Insert the card, chip first and facing up, then press F8 again.</source>
        <translation>读卡器中没有卡。请将卡片芯片朝上、芯片一端先插入，然后再按 F8。</translation>
    </message>
    <message>
        <source>No chip card reader is connected. Connect it, or swipe a card that has no chip.</source>
        <translation>没有连接芯片读卡器。请连接读卡器，或刷一张没有芯片的卡。</translation>
    </message>
    <message>
        <source>The card cannot be read</source>
        <translation>无法读卡</translation>
    </message>
    <message>
        <source>Paying %1 on %2 by chip… Leave the card in the reader.</source>
        <translation>正在终端 %2 上以芯片卡收款 %1……请不要拔卡。</translation>
    </message>
    <message>
        <source>The chip cannot be read</source>
        <translation>芯片无法读取</translation>
    </message>
    <message>
        <source>%1
Swipe the same card now: it goes as a fallback swipe (降级).</source>
        <translation>%1
请现在刷同一张卡：按降级交易处理。</translation>
    </message>
    <message>
        <source>Cardholder: enter your PIN on the PIN pad</source>
        <translation>请持卡人在密码键盘上输入密码</translation>
    </message>
    <message>
        <source>%1. The cardholder types the PIN on the PIN pad and presses its Enter key. Esc cancels the payment.</source>
        <translation>%1。持卡人在密码键盘上输入密码并按确认键。按 Esc 取消本次收款。</translation>
    </message>
    <message>
        <source>Cash voucher %1. Put the cash in the drawer and give change. No card was charged.</source>
        <translation>现金凭证 %1。请将现金放入钱箱并找零。未刷卡扣款。</translation>
    </message>
    <message>
        <source> (cannot take cards)</source>
        <translation>（不能刷卡）</translation>
    </message>
    <message>
        <source>No card payment on %1</source>
        <translation>终端 %1 不能刷卡收款</translation>
    </message>
    <message>
        <source>Pick a terminal that can take cards, or take cash.</source>
        <translation>请选择可以刷卡的终端，或收现金。</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>卡(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Who may sign in, and what each may do: cashiers sell, accountants settle and export, owners do everything. Passwords have at least %1 characters.</source>
        <translation>设置谁可以登录以及各自的权限：收银员负责收款，会计负责结算和导出，店主拥有全部权限。密码至少 %1 位。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>密码修改时间</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>所选用户</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Set a new password (also lifts a lock-out); tell the user in person:</source>
        <translation>设置新密码（同时解除锁定）；请当面告知该用户：</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 位</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked out until %1 (wrong passwords)</source>
        <translation>锁定至 %1（密码错误次数过多）</translation>
    </message>
    <message>
        <source>Selected user: %1</source>
        <translation>所选用户：%1</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致。请输入相同的密码。</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>未能添加 %1：%2</translation>
    </message>
    <message>
        <source>%1 can now sign in as %2.</source>
        <translation>%1 现在可以以%2身份登录。</translation>
    </message>
    <message>
        <source>The role of %1 was not changed: %2</source>
        <translation>未能更改 %1 的角色：%2</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 现在是%2。</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <source>%1 will not be able to sign in until enabled again. Disable?</source>
        <translation>停用后，%1 在重新启用前将无法登录。确定停用？</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 可以重新登录了。</translation>
    </message>
    <message>
        <source>The password of %1 was not changed: %2</source>
        <translation>未能修改 %1 的密码：%2</translation>
    </message>
    <message>
        <source>%1 has a new password. Tell it to them in person.</source>
        <translation>%1 的新密码已设置。请当面告知本人。</translation>
    </message>
    <message>
        <source>Cashier No.</source>
        <translation>收银员编号</translation>
    </message>
    <message>
        <source>Cashier &amp;No.:</source>
        <translation>收银员编号(&amp;N)：</translation>
    </message>
    <message>
        <source>Set number</source>
        <translation>设置编号</translation>
    </message>
    <message>
        <source>The cashier number of %1 was not set: %2</source>
        <translation>未能设置 %1 的收银员编号：%2</translation>
    </message>
    <message>
        <source>%1 has no cashier number now; slips show the user name.</source>
        <translation>%1 现在没有收银员编号；签购单上将显示用户名。</translation>
    </message>
    <message>
        <source>%1 prints as operator %2 on slips.</source>
        <translation>%1 在签购单上打印为操作员 %2。</translation>
    </message>
</context>
<context>
    <name>posdesk::emv::ChipTransaction</name>
    <message>
        <source>The card is blocked. Ask the customer for another card.</source>
        <translation>此卡已锁定。请顾客换一张卡。</translation>
    </message>
    <message>
        <source>This card has no UnionPay chip application this till accepts. Swipe the card instead, or ask for another card.</source>
        <translation>此卡没有本收银台可受理的银联芯片应用。请改为刷卡，或请顾客换一张卡。</translation>
    </message>
    <message>
        <source>The chip card&apos;s data is malformed; remove the card and try again.</source>
        <translation>芯片卡数据有误；请取出卡片后重试。</translation>
    </message>
    <message>
        <source>This application on the card is blocked. Ask the customer for another card.</source>
        <translation>卡片上的此应用已锁定。请顾客换一张卡。</translation>
    </message>
    <message>
        <source>The card refused the application. Remove the card and try again.</source>
        <translation>卡片拒绝了此应用。请取出卡片后重试。</translation>
    </message>
    <message>
        <source>The amount or date for the chip card is out of range.</source>
        <translation>芯片卡交易的金额或日期超出范围。</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>系统随机数生成器出错。</translation>
    </message>
    <message>
        <source>The card does not allow this transaction here. Ask for another card.</source>
        <translation>此卡不允许在这里进行此交易。请顾客换一张卡。</translation>
    </message>
    <message>
        <source>The card refused to start the transaction. Remove the card and try again.</source>
        <translation>卡片拒绝开始交易。请取出卡片后重试。</translation>
    </message>
    <message>
        <source>The chip card&apos;s answer is malformed; remove the card and try again.</source>
        <translation>芯片卡的应答有误；请取出卡片后重试。</translation>
    </message>
</context>
<context>
    <name>posdesk::emv::Cryptograms</name>
    <message>
        <source>The chip data is malformed.</source>
        <translation>芯片数据格式有误。</translation>
    </message>
</context>
<context>
    <name>posdesk::emv::Dol</name>
    <message>
        <source>The chip card&apos;s data list is malformed.</source>
        <translation>芯片卡的数据列表格式有误。</translation>
    </message>
</context>
<context>
    <name>posdesk::emv::OfflineAuth</name>
    <message>
        <source>The chip card failed its offline authentication.</source>
        <translation>芯片卡脱机认证失败。</translation>
    </message>
</context>
<context>
    <name>posdesk::emv::Tlv</name>
    <message>
        <source>The chip card&apos;s data is malformed; remove the card and try again.</source>
        <translation>芯片卡数据有误；请取出卡片后重试。</translation>
    </message>
</context>
<context>
    <name>posdesk::iso8583</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Field %1 (%2) cannot be sent: %3 Correct the value and try again.</source>
        <translation>域 %1（%2）无法发送：%3 请更正后重试。</translation>
    </message>
    <message>
        <source>it must be exactly %1 long, but it is %2.</source>
        <translation>长度必须恰好为 %1，实际为 %2。</translation>
    </message>
    <message>
        <source>it may be at most %1 long, but it is %2.</source>
        <translation>长度最多为 %1，实际为 %2。</translation>
    </message>
    <message>
        <source>it may hold digits only.</source>
        <translation>只能包含数字。</translation>
    </message>
    <message>
        <source>it may hold digits and the separator “=” only.</source>
        <translation>只能包含数字和分隔符“=”。</translation>
    </message>
    <message>
        <source>it may hold printable ASCII characters only.</source>
        <translation>只能包含可打印的 ASCII 字符。</translation>
    </message>
    <message>
        <source>The message type “%1” is not four digits. Correct it and try again.</source>
        <translation>消息类型“%1”不是四位数字。请更正后重试。</translation>
    </message>
    <message>
        <source>Field %1 is not part of this ISO 8583 dialect and cannot be sent. Remove it or check the acquirer profile.</source>
        <translation>域 %1 不属于此 ISO 8583 规范，不能发送。请删除它或检查收单机构配置。</translation>
    </message>
    <message>
        <source>The message carries no MAC field (64), so there is nothing to compute a MAC for.</source>
        <translation>报文中没有 MAC 域（64 域），无需计算 MAC。</translation>
    </message>
    <message>
        <source>A MAC must be 8 bytes long.</source>
        <translation>MAC 必须为 8 字节。</translation>
    </message>
    <message>
        <source>The TPDU must be %1 bytes long, not %2. Check the acquirer profile.</source>
        <translation>TPDU 必须为 %1 字节，而不是 %2。请检查收单机构配置。</translation>
    </message>
    <message>
        <source>The message header must be %1 bytes long, not %2. Check the acquirer profile.</source>
        <translation>报文头必须为 %1 字节，而不是 %2。请检查收单机构配置。</translation>
    </message>
    <message>
        <source>The message is too long to send: %1 bytes, at most %2 fit in one frame.</source>
        <translation>报文太长，无法发送：%1 字节，一帧最多 %2 字节。</translation>
    </message>
    <message>
        <source>The message is too short to hold a length, TPDU and header. Check the connection and retry.</source>
        <translation>报文太短，放不下长度、TPDU 和报文头。请检查连接后重试。</translation>
    </message>
    <message>
        <source>The message length does not match its length prefix (%1 bytes announced, %2 received), so it was cut short or joined with another. Check the connection and retry.</source>
        <translation>报文长度与长度前缀不符（声明 %1 字节，收到 %2 字节），报文被截断或与另一报文粘连。请检查连接后重试。</translation>
    </message>
    <message>
        <source>Field %1 of the ISO 8583 message does not have the expected sub-field layout. Check that the acquirer profile matches the host, or report the message to the acquirer.</source>
        <translation>ISO 8583 报文的域 %1 子域格式不符合预期。请确认收单机构配置与主机一致，或把报文报告给收单机构。</translation>
    </message>
    <message>
        <source>A value does not fit its place in field %1 of the ISO 8583 message. Correct the value and try again.</source>
        <translation>某个值放不进 ISO 8583 报文的域 %1。请更正后重试。</translation>
    </message>
    <message>
        <source>The dialect settings must be a JSON object with the key “fields”, for example {&quot;fields&quot;: {&quot;23&quot;: {&quot;align&quot;: &quot;right&quot;}}}.</source>
        <translation>报文方言设置必须是含“fields”键的 JSON 对象，例如 {&quot;fields&quot;: {&quot;23&quot;: {&quot;align&quot;: &quot;right&quot;}}}。</translation>
    </message>
    <message>
        <source>The type of field %1 must be numeric, text, ascii or binary.</source>
        <translation>域 %1 的类型必须是 numeric、text、ascii 或 binary。</translation>
    </message>
    <message>
        <source>The maximum length of field %1 must be a whole number from 1 to 999.</source>
        <translation>域 %1 的最大长度必须是 1 到 999 的整数。</translation>
    </message>
    <message>
        <source>Field %1 has no setting “%2”. Known settings: align, pad, type, max.</source>
        <translation>域 %1 没有“%2”这项设置。可用设置：align、pad、type、max。</translation>
    </message>
    <message>
        <source>Only the type and maximum length of fields 48, 59, 60, 61 and 63 can be changed, not those of field %1.</source>
        <translation>只有 48、59、60、61、63 域的类型和最大长度可以修改，域 %1 不可以。</translation>
    </message>
    <message>
        <source>Field %1 is not numeric, so it has no alignment or pad.</source>
        <translation>域 %1 不是数字域，没有对齐方式和填充位。</translation>
    </message>
    <message>
        <source>The alignment of field %1 must be “left” or “right”.</source>
        <translation>域 %1 的对齐方式必须是“left”或“right”。</translation>
    </message>
    <message>
        <source>The pad of field %1 must be “0” or “F”.</source>
        <translation>域 %1 的填充位必须是“0”或“F”。</translation>
    </message>
    <message>
        <source>The dialect settings are not valid JSON: %1 at character %2.</source>
        <translation>报文方言设置不是有效的 JSON：第 %2 个字符处%1。</translation>
    </message>
    <message>
        <source>The dialect settings name field “%1”, which the CUP dialect does not define.</source>
        <translation>报文方言设置提到了域“%1”，银联报文规范没有定义该域。</translation>
    </message>
    <message>
        <source>The settings of field %1 must be a JSON object, for example {&quot;align&quot;: &quot;right&quot;}.</source>
        <translation>域 %1 的设置必须是 JSON 对象，例如 {&quot;align&quot;: &quot;right&quot;}。</translation>
    </message>
    <message>
        <source>The dialect settings of field %1 could not be applied.</source>
        <translation>域 %1 的报文方言设置无法应用。</translation>
    </message>
    <message>
        <source>The ISO 8583 message ends inside field %1, so it is incomplete. Check the connection and retry; report the message to the acquirer if it happens again.</source>
        <translation>ISO 8583 报文在域 %1 中间结束，报文不完整。请检查连接后重试；如再次发生，请把报文报告给收单机构。</translation>
    </message>
    <message>
        <source>The ISO 8583 message is too short to hold its message type and bitmap. Check the connection and retry; report the message to the acquirer if it happens again.</source>
        <translation>ISO 8583 报文太短，放不下消息类型和位图。请检查连接后重试；如再次发生，请把报文报告给收单机构。</translation>
    </message>
    <message>
        <source>Field %1 of the ISO 8583 message holds a nibble that is not a digit, so the message is malformed. Report the message to the acquirer.</source>
        <translation>ISO 8583 报文的域 %1 含有非数字的半字节，报文格式错误。请把报文报告给收单机构。</translation>
    </message>
    <message>
        <source>The message type of the ISO 8583 message is not a number, so the message is malformed. Report the message to the acquirer.</source>
        <translation>ISO 8583 报文的消息类型不是数字，报文格式错误。请把报文报告给收单机构。</translation>
    </message>
    <message>
        <source>Field %1 of the ISO 8583 message is not padded as the dialect says, and it can be read in more than one way. Set the alignment and pad of this field in the acquirer profile&apos;s dialect settings, or report the message to the acquirer.</source>
        <translation>ISO 8583 报文的域 %1 没有按方言设置填充，而且可以有多种读法。请在收单机构资料的报文方言设置中设定此域的对齐方式和填充位，或把此报文报告给收单机构。</translation>
    </message>
    <message>
        <source>Field %1 of the ISO 8583 message holds a byte that is not printable text, so the message is malformed. Report the message to the acquirer.</source>
        <translation>ISO 8583 报文的域 %1 含有不可打印的字节，报文格式错误。请把报文报告给收单机构。</translation>
    </message>
    <message>
        <source>Field %1 of the ISO 8583 message is longer than this dialect allows. Check that the acquirer profile matches the host, or report the message to the acquirer.</source>
        <translation>ISO 8583 报文的域 %1 超出此规范允许的长度。请确认收单机构配置与主机一致，或把报文报告给收单机构。</translation>
    </message>
    <message>
        <source>The ISO 8583 message carries field %1, which this dialect does not define. Check that the acquirer profile matches the host, or report the message to the acquirer.</source>
        <translation>ISO 8583 报文含有此规范未定义的域 %1。请确认收单机构配置与主机一致，或把报文报告给收单机构。</translation>
    </message>
    <message>
        <source>The ISO 8583 message announces a secondary bitmap, which this dialect does not use. Check that the acquirer profile matches the host.</source>
        <translation>ISO 8583 报文声明了此规范不使用的第二位图。请确认收单机构配置与主机一致。</translation>
    </message>
    <message numerus="yes">
        <source>The ISO 8583 message has %n unexpected byte(s) after its last field. It does not match the expected layout; report the message to the acquirer.</source>
        <translation>
            <numerusform>ISO 8583 报文最后一个域之后多出 %n 字节。格式不符合预期；请把报文报告给收单机构。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-on response names a key layout (network management code “%1”) that PosDesk does not know. Check the acquirer profile.</source>
        <translation>签到应答中的密钥格式（网络管理信息码“%1”）PosDesk 无法识别。请检查收单机构配置。</translation>
    </message>
</context>
<context>
    <name>posdesk::iso8583::Describe</name>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>TPDU</source>
        <translation>TPDU</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>报文头</translation>
    </message>
    <message>
        <source>MTI</source>
        <translation>MTI</translation>
    </message>
    <message>
        <source>Bitmap</source>
        <translation>位图</translation>
    </message>
    <message>
        <source>raw</source>
        <translation>原始数据</translation>
    </message>
    <message>
        <source>right-aligned, pad %1</source>
        <translation>右对齐，填充 %1</translation>
    </message>
    <message>
        <source>left-aligned, pad %1</source>
        <translation>左对齐，填充 %1</translation>
    </message>
    <message>
        <source>Bytes after the last field, shown raw: %1</source>
        <translation>最后一个域之后的字节（原样显示）：%1</translation>
    </message>
    <message>
        <source>Decoding stopped here, the rest is shown raw: %1</source>
        <translation>解码到此停止，其余部分原样显示：%1</translation>
    </message>
    <message>
        <source>Does not fit its type in this dialect, shown raw: %1</source>
        <translation>不符合本方言中的域类型，原样显示：%1</translation>
    </message>
    <message>
        <source>read %1; the dialect says %2</source>
        <translation>按%1读取；方言设置为%2</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>剩余部分</translation>
    </message>
</context>
<context>
    <name>posdesk::iso8583::Field</name>
    <message>
        <source>Track 2 equivalent data</source>
        <translation>二磁道等效数据</translation>
    </message>
    <message>
        <source>Application PAN</source>
        <translation>应用主账号</translation>
    </message>
    <message>
        <source>Transaction currency code</source>
        <translation>交易货币代码</translation>
    </message>
    <message>
        <source>PAN sequence number</source>
        <translation>应用主账号序列号</translation>
    </message>
    <message>
        <source>Issuer script template 1</source>
        <translation>发卡行脚本模板 1</translation>
    </message>
    <message>
        <source>Issuer script template 2</source>
        <translation>发卡行脚本模板 2</translation>
    </message>
    <message>
        <source>Application interchange profile</source>
        <translation>应用交互特征</translation>
    </message>
    <message>
        <source>Dedicated file name</source>
        <translation>专用文件名称</translation>
    </message>
    <message>
        <source>Authorisation response code</source>
        <translation>授权响应码</translation>
    </message>
    <message>
        <source>Issuer authentication data</source>
        <translation>发卡行认证数据</translation>
    </message>
    <message>
        <source>Terminal verification results</source>
        <translation>终端验证结果</translation>
    </message>
    <message>
        <source>Transaction date</source>
        <translation>交易日期</translation>
    </message>
    <message>
        <source>Transaction type</source>
        <translation>交易类型</translation>
    </message>
    <message>
        <source>Amount, authorised</source>
        <translation>授权金额</translation>
    </message>
    <message>
        <source>Amount, other</source>
        <translation>其他金额</translation>
    </message>
    <message>
        <source>Application version number</source>
        <translation>应用版本号</translation>
    </message>
    <message>
        <source>Issuer application data</source>
        <translation>发卡行应用数据</translation>
    </message>
    <message>
        <source>Terminal country code</source>
        <translation>终端国家代码</translation>
    </message>
    <message>
        <source>Interface device serial number</source>
        <translation>接口设备序列号</translation>
    </message>
    <message>
        <source>Application cryptogram</source>
        <translation>应用密文</translation>
    </message>
    <message>
        <source>Cryptogram information data</source>
        <translation>密文信息数据</translation>
    </message>
    <message>
        <source>Terminal capabilities</source>
        <translation>终端性能</translation>
    </message>
    <message>
        <source>CVM results</source>
        <translation>CVM 结果</translation>
    </message>
    <message>
        <source>Terminal type</source>
        <translation>终端类型</translation>
    </message>
    <message>
        <source>Application transaction counter</source>
        <translation>应用交易计数器</translation>
    </message>
    <message>
        <source>Unpredictable number</source>
        <translation>不可预知数</translation>
    </message>
    <message>
        <source>Transaction sequence counter</source>
        <translation>交易序列计数器</translation>
    </message>
    <message>
        <source>Card product identification</source>
        <translation>卡产品标识信息</translation>
    </message>
    <message>
        <source>Electronic cash issuer authorisation code</source>
        <translation>电子现金发卡行授权码</translation>
    </message>
    <message>
        <source>EMV tag %1</source>
        <translation>EMV 标签 %1</translation>
    </message>
    <message>
        <source>0 (not set)</source>
        <translation>0（未设置）</translation>
    </message>
    <message>
        <source>1 (balanced)</source>
        <translation>1（对账平）</translation>
    </message>
    <message>
        <source>2 (not balanced)</source>
        <translation>2（对账不平）</translation>
    </message>
    <message>
        <source>3 (error)</source>
        <translation>3（出错）</translation>
    </message>
    <message>
        <source>Message type code</source>
        <translation>交易类型码</translation>
    </message>
    <message>
        <source>Batch number</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>Network management code</source>
        <translation>网络管理信息码</translation>
    </message>
    <message>
        <source>Further private data</source>
        <translation>其他自定义数据</translation>
    </message>
    <message>
        <source>Original batch number</source>
        <translation>原批次号</translation>
    </message>
    <message>
        <source>Original trace number</source>
        <translation>原流水号</translation>
    </message>
    <message>
        <source>Original date (MMDD)</source>
        <translation>原交易日期（MMDD）</translation>
    </message>
    <message>
        <source>Domestic sales amount</source>
        <translation>内卡消费总金额</translation>
    </message>
    <message>
        <source>Foreign sales amount</source>
        <translation>外卡消费总金额</translation>
    </message>
    <message>
        <source>Domestic sales count</source>
        <translation>内卡消费笔数</translation>
    </message>
    <message>
        <source>Foreign sales count</source>
        <translation>外卡消费笔数</translation>
    </message>
    <message>
        <source>Domestic refunds amount</source>
        <translation>内卡退货总金额</translation>
    </message>
    <message>
        <source>Foreign refunds amount</source>
        <translation>外卡退货总金额</translation>
    </message>
    <message>
        <source>Domestic refunds count</source>
        <translation>内卡退货笔数</translation>
    </message>
    <message>
        <source>Foreign refunds count</source>
        <translation>外卡退货笔数</translation>
    </message>
    <message>
        <source>Domestic reconciliation</source>
        <translation>内卡对账结果</translation>
    </message>
    <message>
        <source>Foreign reconciliation</source>
        <translation>外卡对账结果</translation>
    </message>
    <message>
        <source>PIN key (encrypted)</source>
        <translation>PIN 密钥（密文）</translation>
    </message>
    <message>
        <source>PIN key check value</source>
        <translation>PIN 密钥校验值</translation>
    </message>
    <message>
        <source>MAC key (encrypted)</source>
        <translation>MAC 密钥（密文）</translation>
    </message>
    <message>
        <source>MAC key check value</source>
        <translation>MAC 密钥校验值</translation>
    </message>
    <message>
        <source>Track key (encrypted)</source>
        <translation>磁道密钥（密文）</translation>
    </message>
    <message>
        <source>Track key check value</source>
        <translation>磁道密钥校验值</translation>
    </message>
    <message numerus="yes">
        <source>%n TLV object(s)</source>
        <translation>
            <numerusform>%n 个 TLV 对象</numerusform>
        </translation>
    </message>
    <message>
        <source>Primary account number</source>
        <translation>主账号</translation>
    </message>
    <message>
        <source>Processing code</source>
        <translation>交易处理码</translation>
    </message>
    <message>
        <source>Amount (fen)</source>
        <translation>金额（分）</translation>
    </message>
    <message>
        <source>System trace audit number</source>
        <translation>系统跟踪号（流水号）</translation>
    </message>
    <message>
        <source>Local time (hhmmss)</source>
        <translation>本地时间（hhmmss）</translation>
    </message>
    <message>
        <source>Local date (MMDD)</source>
        <translation>本地日期（MMDD）</translation>
    </message>
    <message>
        <source>Expiry date (YYMM)</source>
        <translation>卡有效期（YYMM）</translation>
    </message>
    <message>
        <source>Settlement date (MMDD)</source>
        <translation>结算日期（MMDD）</translation>
    </message>
    <message>
        <source>POS entry mode</source>
        <translation>服务点输入方式码</translation>
    </message>
    <message>
        <source>Card sequence number</source>
        <translation>卡序列号</translation>
    </message>
    <message>
        <source>POS condition code</source>
        <translation>服务点条件码</translation>
    </message>
    <message>
        <source>PIN capture code</source>
        <translation>服务点 PIN 获取码</translation>
    </message>
    <message>
        <source>Acquiring institution</source>
        <translation>收单机构标识码</translation>
    </message>
    <message>
        <source>Track 2 data</source>
        <translation>二磁道数据</translation>
    </message>
    <message>
        <source>Track 3 data</source>
        <translation>三磁道数据</translation>
    </message>
    <message>
        <source>Retrieval reference number</source>
        <translation>检索参考号</translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <source>Response code</source>
        <translation>应答码</translation>
    </message>
    <message>
        <source>Terminal ID</source>
        <translation>终端号</translation>
    </message>
    <message>
        <source>Merchant ID</source>
        <translation>商户号</translation>
    </message>
    <message>
        <source>Additional response data</source>
        <translation>附加响应数据</translation>
    </message>
    <message>
        <source>Additional data</source>
        <translation>附加数据</translation>
    </message>
    <message>
        <source>Currency code</source>
        <translation>货币代码</translation>
    </message>
    <message>
        <source>PIN block</source>
        <translation>PIN 数据块</translation>
    </message>
    <message>
        <source>Security control</source>
        <translation>安全控制信息</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>IC card data</source>
        <translation>IC 卡数据</translation>
    </message>
    <message>
        <source>Private data</source>
        <translation>自定义数据</translation>
    </message>
    <message>
        <source>Private: message type, batch</source>
        <translation>自定义域：消息类型、批次号</translation>
    </message>
    <message>
        <source>Original transaction</source>
        <translation>原始交易信息</translation>
    </message>
    <message>
        <source>Working keys / private data</source>
        <translation>工作密钥／自定义数据</translation>
    </message>
    <message>
        <source>Operator or host data</source>
        <translation>操作员或主机数据</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
</context>
</TS>
