<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <source>PosDesk — merchant back office and PC till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a seeded demo shop in a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL database URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit after N milliseconds (smoke tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PosDesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::AcquirerRepository</name>
    <message>
        <source>adding acquirer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating acquirer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No acquirer named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up acquirer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No acquirer named “%1”. Add it first with “acquirer add”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up an acquirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No acquirer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing acquirers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dialect settings of acquirer “%1” were not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::AcquirerService</name>
    <message>
        <source>The host declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MAC key of terminal %1 does not suit the %2 MAC algorithm of its acquirer profile. Sign on again or correct the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 is %2; only a terminal with its keys loaded can sign on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 has no master key (TMK). Load it first: posdesk-cli keys load-tmk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-on answer carries no working keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working keys from the host do not match their check values; the sign-on failed. Check that the terminal&apos;s master key is the one the acquirer issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the first sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 is busy with another request (on this till or another). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till&apos;s hold on the terminal ran out and another till or process took it over; nothing more was sent. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 keeps its keys in a PIN pad, and no PIN pad is connected to this till. Connect the PIN pad (Devices) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-on answer&apos;s working keys cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad did not take the working keys of the sign-on; terminal %1 cannot sell until a sign-on succeeds. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad answered a MAC of the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::ApduExchange</name>
    <message>
        <source>A card command needs at least its four header bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card keeps announcing more data and never finishes its answer. Take the card out and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::AuditLogRepository</name>
    <message>
        <source>reading the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 follows row %2: rows %3 to %4 were deleted or the ids changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 does not link to the row before it (a row was inserted, deleted or edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 was edited after it was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::BatchRepository</name>
    <message>
        <source>opening batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch %1 for this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing a batch&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is already closed or does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is no longer %1: another till or process is settling it or has settled it. Look at the Settlement screen before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the host&apos;s settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was not being settled any more when the host&apos;s answer came; nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::CashSales</name>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbering the cash voucher</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::CashierNumbers</name>
    <message>
        <source>reading the cashier number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cashier number is two or three digits, such as 01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the cashier numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier number %1 belongs to %2. Give each user a number of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the cashier number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::ChipAdvices</name>
    <message>
        <source>The host did not take the chip&apos;s script results: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::ChipRecordRepository</name>
    <message>
        <source>storing the chip data of a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 has no chip data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the chip data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the pending advices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::ChipSession</name>
    <message>
        <source>No application of the card was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card declined the payment itself (it did not ask the bank). No money moved; ask for another card or cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card approved the payment offline, which this till does not accept. No money moved; ask for another card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::ColumnMapping</name>
    <message>
        <source>The mapping&apos;s “%1” must be an object of file text → value. Correct the mapping file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the mapping&apos;s “%1”, “%2” is not a known value. Use one of the values the documentation lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping does not say which column holds the amount. Add an “amount” column to the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping does not say which column holds the transaction time. Add a “transaction_time” or “transaction_date” column to the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping has no date-time format. Add one such as “yyyy-MM-dd HH:mm:ss”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping&apos;s delimiter cannot be a quote or a line break. Use a comma, a tab, a semicolon or a vertical bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping&apos;s header line count must be between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping&apos;s time zone “%1” is unknown. Use an IANA name such as Asia/Shanghai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping&apos;s column “%1” has neither a name nor an index. Give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping finds column “%1” by name but the file has no header line. Set headerLines to 1 or give the column&apos;s index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping&apos;s delimiter must be one character, such as “,” or “|”. Correct the mapping file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping&apos;s amountUnit must be “yuan” or “fen”. Correct the mapping file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names an unknown field “%1”. Use the field names the documentation lists, such as amount, tid or rrn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping&apos;s column “%1” needs a header name or a column index from 0. Correct the mapping file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::CupMessages</name>
    <message>
        <source>The host&apos;s answer is garbled; it could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host answered a different request (MTI, trace number or terminal ID do not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s answer has no response code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s answer carries no MAC, so it cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MAC of the host&apos;s answer is wrong (A0): the answer was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dialect settings of acquirer “%1” are not valid, so PosDesk does not talk to its host: %2 Correct them in the acquirer profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::DataProtection</name>
    <message>
        <source>No path was given for the data-protection key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data-protection key in the keychain entry %1 has the wrong length. Restore it, or remove the entry and load the terminal keys again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted data is damaged or in an unknown format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted data does not check out: it was altered, belongs to another record, or was made under another data-protection key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::Database</name>
    <message>
        <source>Could not finish %1: a record with the same key already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a database file. Check the path, or restore the file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2 failed). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to the database %1 while %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 refused %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction is already open on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction is open on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer PosDesk (database version %2; this program knows up to %3). Install the newer PosDesk or choose another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL database %1. Check that the server runs and that the URL, user and password are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::DbConfig</name>
    <message>
        <source>“%1” is not a PostgreSQL URL. Use postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL “%1” names no database. Add /DATABASE at the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::DemoSeeder</name>
    <message>
        <source>This database already holds a shop&apos;s data; demo data is only added to a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::DeviceFileTransport</name>
    <message>
        <source>device file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device file %1 does not exist. Check that the printer is plugged in and switched on; PosDesk keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user may not write to %1. On Linux, add the user to the group “lp” and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device file %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device file %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to %1 failed (printer unplugged or switched off?). PosDesk reopens it when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing to a device file is only available on Linux. Use the printer&apos;s serial or network port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing to a device file is only available on Linux.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::DeviceManager</name>
    <message>
        <source>Card %1 read. It has a chip: at the till, insert it rather than swipe it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 read. The reader works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader sent a swipe that could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card was swiped in time. Check the reader&apos;s cable and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a card reader, not a printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a printer, not a card reader.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::DeviceSettings</name>
    <message>
        <source>The device setting “%1” cannot be “%2”. Use %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text of single-byte characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s terminator cannot be empty: it ends each swipe. Use &quot;\r&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the device a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card reader cannot use a write-only device file. Use its serial port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN pad is connected by its serial port (COM3, /dev/ttyUSB0).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::DeviceStore</name>
    <message>
        <source>reading the configured devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing a configured device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no configured device “%1”. List them with “posdesk-cli devices list”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::EnrollmentRecords</name>
    <message>
        <source>“%1” is not a known %2. Use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the document file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the document to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost needs a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item needs a due date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduling maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completing maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open maintenance item number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing due maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another acquirer profile is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::EnrollmentService</name>
    <message>
        <source>“%1” is not a valid terminal ID: a TID has exactly 8 digits or capital letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid merchant ID: a MID has exactly 15 digits or capital letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acquirer profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acquirer profile needs the host address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a TPDU: 10 hex digits starting with 60, such as 6000050000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the enrolment event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the enrolment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment history holds an unknown state; check the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for the terminal&apos;s master key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>master key already loaded before the approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing a terminal&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::EscPinPad</name>
    <message>
        <source>PIN pad key slots are 0 to 15; %1 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad was closed while it waited for a PIN; no PIN was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN pad on serial port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad&apos;s serial port %1 does not exist. Check that the pad is plugged in, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad&apos;s serial port %1 is in use by another program or this user may not open it (on Linux: add the user to the group “dialout”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad&apos;s serial port %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad&apos;s serial port %1 refused the line settings (%2 baud, 8N1). Check the speed in the device settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad on %1 is not connected. Check its cable, then open it again in the device settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad on %1 stopped working (unplugged or switched off?). Check its cable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad on %1 could not read PosDesk&apos;s command. If it happens again, check the cable and the speed (%2 baud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad on %1 does not know PosDesk&apos;s command: it does not speak the ESC command set. Check the pad model chosen in the device settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad on %1 refused the command&apos;s parameters (a length, a slot or a key that does not fit the method).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad on %1 has no master key in slot %2. Load the terminal master key into the pad first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working key does not match its check value, so the PIN pad kept its previous key. Check that the pad&apos;s master key is the acquirer&apos;s current one, then sign on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad on %1 has no working key for this in slot %2. Sign on again to load the working keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad on %1 is waiting for a PIN. Finish or cancel the PIN entry first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad on %1 gave an answer PosDesk does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad on %1 answered something unreadable. Try again; if it happens again, check the cable and the speed (%2 baud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the PIN pad on %1 failed. Check its cable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad on %1 does not take the command. Check its cable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PosDesk built a bad PIN pad command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad on %1 did not answer within %2 seconds. Check that it is plugged in and switched on, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad on %1 did not confirm that the PIN entry was cancelled. Check the pad, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad on %1 stopped answering while it waited for the PIN. Check that it is plugged in and switched on, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A terminal master key for the PIN pad is 16 bytes (a double-length triple-DES key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad on %1 reports a different check value for the master key than the key that was sent. Load the key again; if it happens again, the pad is faulty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A working key for the PIN pad is 8 or 16 bytes with a 4-byte check value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad computes a MAC over at most %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad is already waiting for a PIN. Finish or cancel that entry first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN request is out of range: PIN lengths 4 to 12, a time-out of 1 to 999 seconds and an amount of at most 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card number must be 13 to 19 digits for the PIN pad to form the PIN block.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::EscPosBuilder</name>
    <message>
        <source>The paper width of %1 characters is not supported. Set 32 (58 mm paper) or 48 (80 mm paper) in the printer settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code page %1 does not exist. Set the code page number from the printer&apos;s manual (0 to 255) in the printer settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character size %1×%2 is not possible; each factor must be 1 to 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot feed a negative number of lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed before a cut must be 0 to 255 motion units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash drawer pulse must be 2 to 510 ms on and off. Check the drawer settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QR code holds 1 to %1 bytes; this one has %2. Shorten the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR module size must be 1 to 16 and the model 1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CODE128 barcode can only hold printable ASCII characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CODE128 barcode here holds 1 to about 250 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode height must be 1 to 255 dots and the module width 2 to 6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::FinancialFlows</name>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than one card payment can carry (at most 9,999,999,999.99).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a currency the host can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 is %2 and cannot take card payments. Take cash instead, or use another terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payments on terminal %1 are blocked by open alert No. %2 (%3). Take cash for now and work through the alert in Alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card was read. Swipe the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale with trace number %1 in the open batch %2 of terminal %3; only sales of the open batch can be voided (use a refund for older ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace number %1 is not an approved sale (it is a %2, %3) and cannot be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sales of this shop carry the reference number %2. Give the sale&apos;s date (--date) to tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale with reference number %1%2 in this shop&apos;s records. If the sale was made before PosDesk kept the records, an owner can refund it with --original-unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an owner may refund a sale that is not in this shop&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference number (RRN) of the original sale has 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original sale (trace %1) is %2 and cannot be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original sale (trace %1) has been voided or its void is not settled yet; it cannot be voided or refunded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sales of the open batch of this terminal can be voided; use a refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale (trace %1) has been partly refunded already; refund the rest instead of voiding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds of the sale (trace %1, %2) would come to more than the sale: %3 refunded already, at most %4 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the open batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 of terminal %2 is full: it holds %3 %4 %5, the most one settlement can carry. Settle the terminal, then take this payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other-card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnionPay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 of terminal %2 is being settled; wait until it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The payment is in doubt — do not hand over the goods. The reversal could not be recorded (%2): tell the owner at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The payment was cancelled at the host: the customer is not charged. Do not hand over the goods; try the card again or take cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The payment is in doubt — do not hand over the goods. A reversal is queued and will be sent until the host confirms it. Take cash or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the open batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 has no sale with trace number %2 in batch %3. The merchant copy of the sale shows both numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale with trace number %1 has the reference number %2, not %3. Check the slip and give one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The payment is in doubt — do not hand over the goods. The host refused to cancel it: the customer may have been charged. Take no other payment for these goods until the owner has checked with the acquirer (alert RV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chip card is charged in yuan (CNY) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card is in the reader. Insert the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card signed an amount other than the sale&apos;s. No money moved; insert the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card gave no card number. No money moved; ask for another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank approved the payment, but its answer did not prove itself to the card, and the card declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank approved the payment, but the card declined it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not finish the payment (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a chip card: insert it into the card reader (请插卡). Swipe it only if its chip cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has no chip (its stripe says so): take it as an ordinary swipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card needs its PIN, and this till has no PIN pad for terminal %1. No money moved. Connect the PIN pad (Devices) or ask for another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad did not take the PIN: %1 No money moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad gave a PIN block of the wrong size. No money moved; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN entry was cancelled. No money moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody entered the PIN in time. No money moved; start the payment again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::HostExchange</name>
    <message>
        <source>The acquirer&apos;s host did not accept the connection in time. Check the network and the host address, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acquirer&apos;s host did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the acquirer&apos;s host: %1. Check the network and the host settings of the acquirer profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the acquirer&apos;s host broke before the answer arrived (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host sent a message of %1 bytes, which cannot be a valid answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host sent more bytes than one message holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::HostOutageLog</name>
    <message>
        <source>recording a host outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing a host outage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::IcDownload</name>
    <message>
        <source>The host&apos;s IC parameters are malformed. Try the download again later; if it keeps failing, call the acquirer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the host no longer has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the host sent another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expired on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CA public key from the host failed its checksum and was not stored. Try the download again; if it keeps failing, call the acquirer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::IcParameterRepository</name>
    <message>
        <source>storing the downloaded CA public keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the downloaded chip application parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the CA public keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the chip application parameters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::IncidentRecorder</name>
    <message>
        <source>recording a host answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking repeated answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::IncidentRepository</name>
    <message>
        <source>recording incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident number %1. “incidents list” shows them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a repeated incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating incident %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::KeyFile</name>
    <message>
        <source>Cannot open the data-protection key file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data-protection key %1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data-protection key file %1 can be read or changed by other users of this computer (mode %2), so PosDesk will not use it. Run “chmod 600 %1”; if others may already have copied it, load the terminal keys again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data-protection key file %1 belongs to another user account. Run PosDesk as the account that owns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data-protection key file %1 is damaged (it should hold exactly %2 bytes). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the data-protection key file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the data-protection key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data-protection key file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the data-protection key file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::KeyStore</name>
    <message>
        <source>A key is written as an even number of hex digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key may contain only hex digits (0-9, A-F); position %1 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DES key has 8, 16 or 24 bytes; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triple-DES is not available in this OpenSSL installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal keys in %1 were protected with another data-protection key than the one this computer uses (%2). Copy that key file here (mode 0600), or load the terminal keys again on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key id %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing a terminal key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TMK is 32 or 48 hex digits (a double- or triple-length 3DES key); %1 digits were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TMK has 16 or 24 bytes (a double- or triple-length 3DES key); %1 bytes were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TMK is loaded by the owner with loadTmk, not stored as a working key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a terminal key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 has no %2 key. Load it first (the TMK with “keys load-tmk”, working keys by signing on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored %1 key of terminal %2 does not decrypt: it was altered or copied from another record. Load the key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing terminal keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN pad key slot is a number from 0 to 15; %1 was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC holds no master key of terminal %1 to move into the PIN pad. Give the key itself: posdesk-cli pinpad load-tmk --tid %1 --slot N reads it from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad takes a double-length master key (32 hex digits); this one has %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad is waiting for a PIN. Finish or cancel that payment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN pad computed check value %1 for the key, which should be %2: the pad may be faulty or the line garbled. Nothing changed on this PC; load the key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the keys the PC held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>master key loaded, KCV %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>master key loaded into the PIN pad, KCV %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::LeaseRepository</name>
    <message>
        <source>reserving the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>releasing the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the terminal&apos;s reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewing the terminal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::MerchantRepository</name>
    <message>
        <source>adding merchant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up merchant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No merchant with MID %1. Add it first with “merchant add”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up a merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No merchant with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing merchants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::Money</name>
    <message>
        <source>The amount is empty. Enter an amount such as 12.34.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has more than %2 decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount. Use digits and a decimal point, such as 12.34.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a comma. Write the amount with digits and a decimal point only, such as 1234.50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::OsKeychain</name>
    <message>
        <source>The operating system&apos;s keychain refused PosDesk access to its data-protection key. Unlock the keychain and allow PosDesk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating system&apos;s keychain failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating system&apos;s keychain is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating system&apos;s keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the data-protection key in the operating system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::PanProtector</name>
    <message>
        <source>That is not a card number: a PAN has 12 to 19 digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::PasswordHasher</name>
    <message>
        <source>Not enough memory to hash the password (argon2id needs 64 MiB). Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::PasswordPolicy</name>
    <message>
        <source>The password has %1 characters; it needs at least %2. A short sentence is easy to remember and long enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password may not be the user name. Choose another password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::PcscCard</name>
    <message>
        <source>The card is no longer connected. Start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command cannot be sent to a card (wrong length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s answer was cut short. Take the card out, insert it again and start over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::PcscContext</name>
    <message>
        <source>No card was inserted in the card reader &quot;%1&quot; in time. Insert the card and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is still in the card reader &quot;%1&quot;. Take it out and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::PcscError</name>
    <message>
        <source>The card was taken out of the reader too early. Insert it again and start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no card in the card reader &quot;%1&quot;. Insert the card, chip first and facing up, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no card in the card reader. Insert the card, chip first and facing up, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program reset the card. Start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card does not answer. Check that it is inserted chip first and facing up; if it still fails, the chip may be damaged: ask for another card or take the payment by swipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader cannot talk to this card&apos;s chip. Try the card again; if it still fails, ask for another card or take the payment by swipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader &quot;%1&quot; was disconnected. Plug it in again, wait until it is listed, and start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader was disconnected. Plug it in again, wait until it is listed, and start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader &quot;%1&quot; is not connected. Plug it in, or choose another reader in the device settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader is not connected. Plug it in, or choose another reader in the device settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chip-card reader is connected. Plug one in and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart-card service (pcscd) is not running, so no chip-card reader can be used. Start it (package pcscd) or ask your administrator, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart-card service (pcscd) stopped while the card was in use. Check that it is running, then start over with the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader &quot;%1&quot; did not answer in the time allowed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader did not answer in the time allowed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the card was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the card reader &quot;%1&quot;. Close that program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the card reader. Close that program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader reported a problem. Try again; if it persists, unplug the reader and plug it in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::Permissions</name>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accountant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take card payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void their own sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void other cashiers&apos; sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reprint receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view their own shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view all transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settle batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handle incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load terminal keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrol and manage terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage acquirer profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the role %2, which may not %3. Sign in as a user with the role %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale&apos;s batch is already settled, so the sale can no longer be voided; the owner can refund it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may void only their own sales; this sale was made by %2. Ask the owner to void it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in, so PosDesk may not %1. Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 no longer exists. Sign in as another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 was disabled after it signed in. Ask the owner to enable it, or sign in as another user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::PinPadDevice</name>
    <message>
        <source>Device “%1” is not a PIN pad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN pad is configured on this till. Add it under Devices (posdesk-cli devices add --kind pinpad --name pad --address PORT).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::PreCloseGuard</name>
    <message>
        <source>looking for unsettled batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement of batch %1 on terminal %2 was interrupted (approved transactions: %3, net %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle it again: posdesk-cli settle --tid %1. The host&apos;s totals decide; nothing is counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 on terminal %2 is not settled (approved transactions: %3, net %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle it: posdesk-cli settle --tid %1, or Settlement in PosDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for pending reversals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reversal of trace %1 (%2) on terminal %3 has not reached the host yet (attempts: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the link to the acquirer, then send it: posdesk-cli reversals flush. Settlement is refused until it is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for unprinted receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts of terminal %1 not printed today: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the printer ready (paper, cover closed), then reprint them from the print queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 on terminal %2 is escalated to the acquirer: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 on terminal %2 is open: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up with the acquirer; once they confirm, resolve it: posdesk-cli incidents resolve %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work through its playbook: posdesk-cli incidents diagnose %1, or Alerts in PosDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::PrintJobStore</name>
    <message>
        <source>reading the print queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the print queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no print job %1. List the jobs with “posdesk-cli printer queue”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held by the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a print job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PosDesk stopped while this job was at the printer, so whether it printed is unknown. Reprint it if the receipt is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print job %1 is %2; only a waiting job can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print job %1 was sent to the printer just now; it can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::PrintQueue</name>
    <message>
        <source>The connection to the printer broke while this job was printing (%1). Reprint it if the receipt is missing or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PosDesk stopped while this job was at the printer, so whether it printed is unknown. Reprint it if the receipt is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print job %1 belongs to another printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::PrinterStatus</name>
    <message>
        <source>The printer answered with a byte that is not a status reply. Check that the printer uses ESC/POS and that the port&apos;s speed matches the printer&apos;s setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer cover is open. Close it, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is out of paper. Load a new roll, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper roll is nearly used up. Have a new roll ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper cutter is jammed. Open the cover, clear the paper, close the cover, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer has a fault it cannot recover from. Switch it off and on again; if that does not help, call service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print head is too hot. The printer continues by itself once it has cooled down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer reports an error. Check the printer, switch it off and on again, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is offline. Check the cover and the paper, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown printer status request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer sent an incomplete automatic status. Print again; if this repeats, check the cable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::ReaderState</name>
    <message>
        <source>No card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::ReceiptLayouts</name>
    <message>
        <source>A slip amount cannot be negative. Print the slip of the original transaction instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction has no date and time, so its slip cannot be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement counts and totals cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement has no date and time, so its slip cannot be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slip amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift has no opening or closing time, so its slip cannot be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reprint needs the time it was made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::ReceiptPrinter</name>
    <message>
        <source>The printer on %1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the printer on %1 to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer on %1 does not answer. Check that it is switched on and that the port&apos;s speed matches the printer&apos;s setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is not ready. Check the paper and the cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer on %1 was closed while printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print job is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is still busy with the previous job.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::RemediationService</name>
    <message>
        <source>recording a remediation step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the remediation steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the trace numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playbook of incident %1 has no step “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step “%1” is done by a person: confirm it with --done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered by the acquirer; sign-on succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 is already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the cause was when resolving an incident.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::ResponseClassifier</name>
    <message>
        <source>The host approved a different amount (%1 fen) from the one asked (%2 fen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host approved part of the amount but its answer does not say a usable amount (field 4: “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::ResponseCodeTable</name>
    <message>
        <source>%1 (code not in the %2 table)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::ReversalQueue</name>
    <message>
        <source>interrupted before the answer arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 has %2 reversal(s) the host has not confirmed yet (%3). Reversals go to the host before any new payment, so nothing was sent: check the link to the host and try again, or take cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reversal was not confirmed within the acquirer&apos;s time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the acquirer confirmed (who, when, their reference): that is the evidence kept with the resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal %1 is %2; only a reversal the host refused can be resolved by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::ReversalRepository</name>
    <message>
        <source>queueing a reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the reversal queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a reversal attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing a reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal %1 is no longer %2: another till or process dealt with it meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reversal with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal %1 is no longer pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a refused reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolving a refused reversal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::Schema</name>
    <message>
        <source>recording the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the list of tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds another program&apos;s data, not PosDesk&apos;s. Choose another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no schema version. It is damaged or not a PosDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records an invalid schema version “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed; it was left at version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::ScorecardService</name>
    <message>
        <source>Give the period as two days, e.g. 2026-01-01 to 2026-06-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts on %1, after its end on %2. Swap the two days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the acquirer profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the terminals&apos; service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the refused reversals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the swaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the host outages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the maintenance visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding up the costs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::SerialTransport</name>
    <message>
        <source>serial port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial port %1 does not exist. Check that the device is plugged in and switched on; PosDesk keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial port %1 is in use by another program or this user may not open it (on Linux: add the user to the group “dialout”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial port %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial port %1 refused its line settings (speed %2, parity, stop bits or flow control). Check the device&apos;s settings in PosDesk against the device&apos;s manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial port %1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the serial port %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial port %1 stopped working (unplugged or switched off?). PosDesk reconnects when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::SettingsTable</name>
    <message>
        <source>reading the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::SettlementService</name>
    <message>
        <source>adding up the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 holds more transactions or a larger total than a CUP settlement message can carry. Call the acquirer to settle it by hand, and settle more often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host refused the settlement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s settlement answer has no readable totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host reports an error in the settlement totals. The batch stays open; call the acquirer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host still does not agree with the batch totals after the batch upload. The batch stays open; call the acquirer with the totals printed above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch upload stopped at item %1: %2 The batch stays open; settle again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host refused the batch upload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement waits until the reversals are through: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 has %2 reversal(s) the host refused (reversal No. %3, alert No. %4). The batch settles once an owner has recorded what the acquirer confirmed: posdesk-cli reversals resolve %3 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 of terminal %2 still holds %3 transaction(s) whose outcome is not known yet (pending or in doubt). They are reversed first; settle again when the reversals are through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s settlement answer gives no verdict on the totals. The batch stays open; settle again later or call the acquirer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::ShiftService</name>
    <message>
        <source>reading the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding up the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The float cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shift is already open. Close it (count the drawer) before opening another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counted cash cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no open shift to close. Open one with the float in the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift was closed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the shifts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::ShopMistakes</name>
    <message>
        <source>recording the owner&apos;s word on an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the owner&apos;s word on an incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::Slips</name>
    <message>
        <source>A %1 transaction has no card slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 of terminal %2 is not settled yet, so it has no settlement slip. Settle it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding up the batch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::Sodium</name>
    <message>
        <source>The cryptography library (libsodium) could not start. Reinstall PosDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::StatementParser</name>
    <message>
        <source>a Leshua statement starts with its BT header line (BT, a delimiter, the column names); check that this is a Leshua TXT statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second BT header line; the file joins two statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line starts with “%1”; a Leshua line starts with BT or BV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Allinpay header line (商户号, 终端号, 交易金额 …) in the first 10 lines; check that this is an Allinpay transaction detail export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header line the mapping expects is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapped statement needs a column mapping. Choose or create the acquirer&apos;s mapping, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone “%1” is unknown. Use an IANA name such as Asia/Shanghai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement file is empty. Export the statement again from the acquirer&apos;s portal and import the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UnionPay ZM file carries no year and no settlement date. Give the statement&apos;s settlement date (it is in the file name), then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the statement cannot be read: %2. Nothing was imported; correct the file or export it again, then import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line has %1 columns where the header has %2: the line is cut short or the file is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voucher number (STAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds a full card number; PosDesk keeps it masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction type is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction type “%1” is not known; it is kept as “other”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status “%1” is neither success nor failure; add it to the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fund flow “%1” is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction date “%1” does not match the expected format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settlement date “%1” does not match the expected format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction time is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction time “%1” does not match the expected format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction date is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time of day “%1” does not match the expected format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total net amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second totals line; the file holds two statements or was edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column “%1” is missing; check that the file and its format (or mapping) match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line follows the totals line; the file was edited or two files were joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is %1 bytes long; a ZM line has at least %2: it is cut short or the file is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no field separator before %1 (byte %2): the columns are shifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 is not valid %2 text (a character cut by the field boundary?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction code “%1” is not known; it is kept as “other”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trace number “%1” is not six digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the original trace number “%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount “%1” is not a whole number of fen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fee “%1” is not a signed amount in fen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the net amount “%1” is not a signed amount in fen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transmission time “%1” is not MMDDhhmmss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no ZM lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no worksheet to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worksheet is too large (%1 rows × %2 columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an Excel 97-2003 workbook (.xls); an .xlsx or CSV file needs its own format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no temporary file to read the workbook from; check the free space of the temporary folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged or protected (FreeXL error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row the mapping expects is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Allinpay header row (商户号, 终端号, 交易金额 …) in the first 10 rows; choose a column mapping for this workbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::StatementText</name>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 or GBK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file starts as UTF-8 (it has a byte-order mark) but this line is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is neither UTF-8 nor GBK text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount “%1” has more than two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount “%1” is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount in yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount “%1” has a comma, which this statement format does not use; check the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount “%1” has its thousands separators in the wrong place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount in fen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount in fen (whole digits only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card number “%1” has characters a card number does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card number is masked in a way PosDesk cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card number column holds %1 digits, which is neither a card number nor a masked one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card number column holds %1 digits, more than a card number has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text follows a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted value is never closed: the file is truncated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::SwipeParser</name>
    <message>
        <source>Nothing was read from the card. Swipe the card again with the stripe facing the reader head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the stripe was not read. Swipe the card again in one steady movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only part of the stripe was read. Swipe the card again in one steady movement, all the way through the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stripe data is garbled. Swipe the card again; if it keeps failing, the stripe may be damaged: use the chip or another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card number read from the stripe contains characters other than digits. Swipe the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card number read from the stripe is not 12 to 19 digits long. Swipe the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card number read from the stripe fails its check digit. Swipe the card again; if it fails again, the stripe is damaged: use the chip or another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date on the stripe is not a valid month. Swipe the card again; if it fails again, use another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service code on the stripe is not valid. Swipe the card again; if it fails again, use another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two tracks of the stripe describe different cards. Swipe the card again; if it fails again, do not accept the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader could not read the stripe. Swipe the card again, a little slower, with the stripe facing the reader head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader sent more data than a card holds. Check the reader&apos;s line terminator setting, then swipe the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown card read error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::TcpTransport</name>
    <message>
        <source>The printer at %1 port %2 did not accept a connection within %3 s. Check that it is switched on and on the network; PosDesk keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network port %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the printer at %1 port %2 failed or was closed. PosDesk reconnects when the printer is reachable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer at %1 port %2 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to the printer at %1 port %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::TerminalLifecycle</name>
    <message>
        <source>A deregistered terminal cannot change state. Enrol a new terminal instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A terminal cannot go from “%1” to “%2”. From “%1” it can go to: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new application starts as one of: %1. A terminal already in use is recorded as an existing terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing terminal has its TID and MID assigned: it starts as one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::TerminalRepository</name>
    <message>
        <source>adding terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal with TID %1. “terminal list” shows the known terminals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing a terminal&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking the next trace number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advancing the batch number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking the next trace numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking for a fresh sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking the host&apos;s batch number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch number of terminal %1 changed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the PIN pad&apos;s key slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the IC download the terminal owes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::TerminalState</name>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sign-on done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deregistered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::TestCards</name>
    <message>
        <source>UnionPay credit, magnetic stripe only, both tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnionPay debit, PIN required, reader sends track 2 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnionPay 19-digit card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnionPay chip card (service code 201): a swipe is a fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnionPay card that expired in December 2020</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnionPay card whose reader also sends track 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa test card, magnetic stripe only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastercard test card, reader sends track 1 only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::TransactionRepository</name>
    <message>
        <source>preparing to store a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing transaction STAN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a transaction&apos;s result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction with trace number %1 in batch %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 is no longer %2: another till or process changed it meanwhile. Nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locking a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding up earlier refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for earlier voids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up the original sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the batch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::TransportConfig</name>
    <message>
        <source>The device setting “%1” cannot be “%2”. Use %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device has no address. Give its port, file or host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::UnitOfWork</name>
    <message>
        <source>The transaction was already finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::UserRepository</name>
    <message>
        <source>adding user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a failed login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabling a user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::UserService</name>
    <message>
        <source>“%1” is not a valid user name: use 1 to 64 letters, digits, dots, dashes, underscores or @, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only active owner. Make another user owner first, so that someone can still manage users and keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named %1 already exists. Choose another name, or change that user&apos;s password or role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the password history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong, so the password was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the password history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password was one of the last %1 for %2. Choose a password that has not been used recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trimming the password history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a failed sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask the owner to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading a password hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and %1 minutes (PCI DSS asks for a new sign-in after at most %1 idle minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account is locked after %1 failed sign-ins in a row (for %2 minutes). Check both and try again later, or ask the owner to set a new password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::crypto</name>
    <message>
        <source>8 or 16 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MAC key has the wrong length for the acquirer&apos;s MAC algorithm: it must be %1. Check the acquirer profile and sign on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card number must be 13 to 19 digits to form a PIN block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN must be 4 to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN block is not an ISO 9564 format 0 block for this card. Check the PIN key and the card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptographic library refused a triple-DES operation. Check the OpenSSL installation; restarting PosDesk may help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DES key must be 8, 16 or 24 bytes long, not %1. Check the key that was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triple-DES data must be whole 8-byte blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A triple-DES CBC initial vector must be 8 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working keys from the sign-on do not match their check values, so they were refused and the sign-on failed. Check that the terminal master key loaded for this terminal is the acquirer&apos;s current one, then sign on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown MAC algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s MAC does not match its content: it was altered on the way or the MAC key is out of date. Sign on again; if it persists, call the acquirer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop</name>
    <message>
        <source>Cannot create a temporary folder for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::AcquirerForm</name>
    <message>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPDU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the bank&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10.1.2.3 or pos.bank.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 hex digits, such as 6000050000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: person or desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 95566</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party payment company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUP ECB (most UnionPay acquirers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANSI X9.9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANSI X9.19</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::AcquirerProfilesView</name>
    <message>
        <source>Your acquirers&apos; host settings and whom to call. Select a profile to change it; the changes apply to every terminal of that acquirer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your acquirers&apos; host settings and whom to call. Only the owner can change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” is added. Terminals of this acquirer can now be enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPDU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as a new profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes to the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::AlertBanner</name>
    <message>
        <source>Open remediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this banner; the alert stays open in Alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert No. %1 on terminal %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payments on this terminal are blocked: take cash or use another terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open remediation to fix it step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the owner; they fix it under Alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n more open alert(s))</source>
        <translation>
            <numerusform>(%n more open alert)</numerusform>
            <numerusform>(%n more open alerts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open remediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the owner works through alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts. When a terminal meets a response code that needs a person (97 terminal not registered, for one), it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the terminal on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the terminal&apos;s TID and MID against the enrolment, then call the acquirer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; call the acquirer if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cardholder should call their bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the cardholder for another card or cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the card if it is safe to do so and call the acquirer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the remediation steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Alert No. %1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1, merchant %2; message %3, trace %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1; seen %n time(s), last %2.</source>
        <translation>
            <numerusform>Opened %1; seen %n time, last %2.</numerusform>
            <numerusform>Opened %1; seen %n times, last %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to the acquirer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::CardInput</name>
    <message>
        <source>Swipe or type the card (field below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test card: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swipe now, or type track 2: 6200000000000005=30121010000000000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: pick a test card above, or type track 2 and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader types into this field; press Enter if it does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a test card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card yet: swipe it, or type track 2 and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::CostsPage</name>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs of the terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the terminals cost in the period, per terminal, per kind and per month. Record a cost on the terminal&apos;s Costs tab under Terminals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after it ends: choose a “From” date before “To”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>month and year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(also %1, kept apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No costs recorded in this period. Record one on a terminal&apos;s Costs tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net sales per day (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n sale(s))</source>
        <translation>
            <numerusform>%1 (%n sale)</numerusform>
            <numerusform>%1 (%n sales)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net sales per day, last 90 days (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card mix (approved sales)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net sales (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales per terminal, 90 days (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnionPay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastercard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>American Express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JCB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::DatabaseChoice</name>
    <message>
        <source>Leave the password out of the address: PosDesk does not keep database passwords in its settings. Put it in PostgreSQL&apos;s password file of this computer&apos;s user (.pgpass) instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::DemoSimulators</name>
    <message>
        <source>Cannot write the demo host&apos;s registry. Check the free space in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs the host simulator posdesk-hostsim beside posdesk, in %1. Build or install it, then start the demo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host simulator did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host simulator did not report its port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::DevicesPage</name>
    <message>
        <source>receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network (TCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device queue could not use the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices — receipt printers and card readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each device shows its state as it changes. Select one to print a test page, read a test card or see its print queue; add a device with the form on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read test card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or configure a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial ports found on this PC (select one to use it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. counter printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dev/ttyUSB0, 192.168.1.50:9100 or /dev/usb/lp0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ports could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No serial port was found. For a network printer, enter its address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) found.</source>
        <translation>
            <numerusform>%n port found.</numerusform>
            <numerusform>%n ports found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the device a name, such as “counter printer”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the port or address of the device, or pick a port found by “Scan ports”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was added but could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is enabled but could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test page was not queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test page queued as job %1; it prints as soon as the printer is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader is not ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swipe a card through the reader now (waiting %1 seconds)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as a new device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes to the selected device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is saved, but could not be restarted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is saved as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printer stays a printer and a reader a reader: add the other kind as a new device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show printed slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the demo&apos;s virtual receipt printer has printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No serial port found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::DrawerCount</name>
    <message>
        <source>Cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Float (¥):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counted cash (¥):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close my shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shift&apos;s drawer count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shift open since %1 with a float of %2. Cash sales %3 (%n sale(s)), cash refunds %4: the drawer should hold %5.</source>
        <translation>
            <numerusform>Shift open since %1 with a float of %2. Cash sales %3 (%n sale), cash refunds %4: the drawer should hold %5.</numerusform>
            <numerusform>Shift open since %1 with a float of %2. Cash sales %3 (%n sales), cash refunds %4: the drawer should hold %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>No shift open. Count the float into the drawer and open your shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift opened with a float of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the cash you counted in the drawer, such as 1234.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drawer is even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift closed. Expected %1, counted %2, difference %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::EnrolTerminalWizard</name>
    <message>
        <source>Enrol terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquirer and merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the terminal will talk to, and for which merchant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquirer profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal ID (TID):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant ID (MID):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12345604</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is on the counter. All optional; you can fill them in later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. front till 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where enrolment stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how far the terminal already is. Later moves are recorded on the Lifecycle tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 is already recorded. Choose it in the list instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An acquirer profile and a merchant are needed first. Add them in Settings, on the “Acquirer profiles” and “Merchants” tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new application to the acquirer (no TID assigned yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A terminal the shop already uses (TID and MID assigned by the acquirer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TID printed on the terminal or on the acquirer&apos;s approval letter: 8 digits or capital letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TID you applied for: 8 digits or capital letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A terminal in use is usually “%1”. Choose “%2” if its master key still has to be loaded on this PC: loading the key then records “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new application starts as “%1”; choose “%2” if the papers are already with the acquirer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 for merchant %2 with %3.
Device: %4, serial %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::FirstRunWizard</name>
    <message>
        <source>Set up PosDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome — first, the owner&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is new. The owner signs in with this account to enrol terminals, add cashiers and see everything. The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. owner or your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop as the acquirer knows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant ID (MID) and name from the acquirer&apos;s contract or approval letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquirer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who your terminals talk to and whom to call when they cannot. The host settings come from the acquirer&apos;s technical sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC till or a stand-alone POS. It starts as “applied”; record the next steps on the Terminals screen as the acquirer answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal ID (TID):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 digits or capital letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. front till 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer and card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Leave both empty to skip; you can add devices later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the port the device is plugged into: a serial port (COM3, /dev/ttyUSB0), a network printer (192.168.1.50:9100) or /dev/usb/lp0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card reader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::HostLinkMonitor</name>
    <message>
        <source>Host: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host unreachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::Language</name>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::LoginDialog</name>
    <message>
        <source>Sign in to PosDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen was locked after a pause. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit PosDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 12 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo shop. Sign in as one of:
• %1 / %2 — owner, sees everything
• %3 / %4 — cashier, sells at the till
• %5 / %6 — accountant, settles and reads alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 locked the screen. Sign in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user: sign in with your own name and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::MainWindow</name>
    <message>
        <source>PosDesk — demo shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PosDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n open alert(s)</source>
        <translation>
            <numerusform>⚠ %n open alert</numerusform>
            <numerusform>⚠ %n open alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>No open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader: keyboard / test cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PosDesk alert on terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, and what this software is and is not certified for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PosDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PosDesk %1: the back office and PC till of a shop that takes bank cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip cards are read by PosDesk&apos;s own terminal application for UnionPay (PBOC) chip cards. It is not a certified EMV kernel. Before real cards are taken, a deployment needs an EMV Level 1 approved card reader, EMV Level 2 and UnionPay approval of the chip application, a PCI PTS approved PIN pad with its keys injected under dual control, and the acquirer&apos;s acceptance tests.

In demo mode the bank, the cards, the PIN pad and every key are simulated test data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen now; sign in again to continue (Ctrl+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let someone else sign in on this till (Ctrl+Shift+L).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::MerchantForm</name>
    <message>
        <source>Type the merchant&apos;s name as on the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant ID (MID):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 digits or capital letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::MerchantsView</name>
    <message>
        <source>The merchant records your acquirers issued (one per contract). A new shop or a second contract is added here before its terminals are enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant records your acquirers issued. Only the owner can add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant %1 “%2” is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add merchant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::MessageBox</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::PrintQueueView</name>
    <message>
        <source>test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sale slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash sale slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print queue of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print queue (select a printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy of job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was not reprinted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of job %1 is queued as job %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was not cancelled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::PrintedSlipsDialog</name>
    <message>
        <source>Nothing has been printed yet. Print a test page or a receipt, then press Reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed slips (demo printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the demo&apos;s virtual receipt printer has printed, the latest at the bottom (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::RemediationStepCard</name>
    <message>
        <source>Automatic check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional): what you checked or did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquirer support: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up on %1 if the acquirer has not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::RemediationWizard</name>
    <message>
        <source>← All alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the automatic checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs every automatic check and action of the playbook in order, on the real host link; stops as soon as one resolves the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed another way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was the cause? (required to resolve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediation of alert No. %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated to the acquirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1, merchant %2 · playbook “%3” · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up with the acquirer on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: terminal %1 works again and card payments are unblocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the automatic checks on the host link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket written. Send it to the acquirer (Copy or Save as…); after they confirm the registration, run the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic checks ran; not passed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” did not pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Next: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The acquirer has not registered the terminal yet: call them (the contact is in the ticket), and run the last step again once they confirm. Meanwhile take cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Every step has been tried and the problem remains: write the ticket to the acquirer (Escalate), or, if you fixed it another way, resolve it below with the cause.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports — export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report and its period (days in the shop&apos;s time zone, both included), then export it to a file for the accountant or the acquirer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement, one row per batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement, one row per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In doubt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (spreadsheet, plain table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (to print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier, type and result filter the transactions report only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… %1 rows written so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts. Choose a “to” day on or after the “from” day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another place to save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with the new report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) written to %2</source>
        <translation>
            <numerusform>%1: %n row written to %2</numerusform>
            <numerusform>%1: %n rows written to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::ScorecardsPage</name>
    <message>
        <source>Scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquirers, service providers and terminal brands compared from this shop&apos;s own history. A figure from fewer than %1 terminals or %2 incidents is greyed: too few to compare. Incidents marked as the shop&apos;s own mistake are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquirers and service providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal brands and models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents per 1,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host unreachable (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to confirmation, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to resolve, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversals refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own mistakes left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (too few to compare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from escalation to the acquirer&apos;s confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents per 1,000 transactions, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal-years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults (incidents / visits / swaps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults per terminal-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean days between faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per terminal-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(brand not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(terminals: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per terminal-year, %1 – %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no costs recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per terminal-year (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost of ownership per terminal-year (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min without input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server (shared by several tills)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 minutes (PCI DSS). Applies to every till on this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can change this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved: the screen locks after %n minute(s) without input.</source>
        <translation>
            <numerusform>Saved: the screen locks after %n minute without input.</numerusform>
            <numerusform>Saved: the screen locks after %n minutes without input.</numerusform>
        </translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquirer profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the next start PosDesk uses the server %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several tills can share one PostgreSQL database: type its address and PosDesk checks it now and uses it from the next start. The data in this PC&apos;s file is not copied to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PosDesk could not use %1: %2 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1; PosDesk&apos;s tables are ready there. Restart PosDesk to use this server; the data in this PC&apos;s file stays here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the next start PosDesk uses this PC&apos;s SQLite file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shared server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://posdesk@192.168.1.10/shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and use from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this PC&apos;s file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k the screen after:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::SettlementPage</name>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement — open batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of the day, settle each terminal that took cards. PosDesk sends the totals to the acquirer; if they differ, it uploads the batch and closes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle selected terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed batches of the selected terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploaded (host totals differed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploaded, then balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settling terminal %1: sending totals, uploading the batch if needed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the open batch of terminal %1 and send its totals to the acquirer? Sales after this go into the next batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host&apos;s totals matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the host&apos;s totals differed, so %n transaction(s) were uploaded</source>
        <translation>
            <numerusform>the host&apos;s totals differed, so %n transaction was uploaded</numerusform>
            <numerusform>the host&apos;s totals differed, so %n transactions were uploaded</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 of terminal %2 is closed: %3. Sales %4 for %5, refunds %6 for %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 was not settled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sales yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::ShiftPage</name>
    <message>
        <source>My shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My shift today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in doubt, reversal queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n card sale(s), net %2</source>
        <translation>
            <numerusform>%1 — %n card sale, net %2</numerusform>
            <numerusform>%1 — %n card sales, net %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cash: %n transaction(s), %1</source>
        <translation>
            <numerusform>Cash: %n transaction, %1</numerusform>
            <numerusform>Cash: %n transactions, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::SlipPanel</name>
    <message>
        <source>Slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant copy torn off: print the cardholder copy (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint the last slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voucher No.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace number on the slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the last settlement slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt printer is ready: the slip was not printed. Connect one under Devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt not queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tear off the merchant copy for the signature, then press F10 for the cardholder copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reprinted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint of voucher %1 queued; it is marked 重打印 / REPRINT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing printed on this till since you signed in. Reprint by voucher number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the voucher number (凭证号) from the slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for the voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 has no card transaction with voucher number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 has no settled batch yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement slip of batch %1 queued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::TerminalChipTab</name>
    <message>
        <source>Chip cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA public keys from the acquirer (for offline data authentication):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip applications the acquirer accepts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor limit (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: in slot %1 of the PIN pad (this PC holds none). PIN payments are possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: on this PC. Without a PIN pad holding them, cards that ask for a PIN cannot be taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IC key download: owed (the next chip payment fetches it first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IC key download: nothing owed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last parameter download: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this AID and longer ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly this AID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CA public keys yet: chip cards cannot be checked offline until the IC download has run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::TerminalCostsTab</name>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (¥):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1280.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::TerminalDetailsTab</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal ID (TID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquirer support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TID assigned by the acquirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MID assigned by the acquirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. front till 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::TerminalDocumentsTab</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the selected document&apos;s status to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scan or photo; a copy is kept in the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the document&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the document&apos;s file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document added; the file is kept in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every paper the acquirer asks for is submitted or accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Still needed for the acquirer (%n): %1. Add each below when you hand it in.</source>
        <translation>
            <numerusform>Still needed for the acquirer (%n): %1. Add it below when you hand it in.</numerusform>
            <numerusform>Still needed for the acquirer (%n): %1. Add each below when you hand it in.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::TerminalLifecycleTab</name>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the move:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. approval letter no. or who called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other move:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lifecycle moves recorded for this terminal yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: a deregistered terminal stays so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deregister terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deregister terminal %1? A deregistered terminal cannot take payments again; a replacement has to be enrolled as a new terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deregister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 is now “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::TerminalMaintenanceTab</name>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. engineer&apos;s name or new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark selected done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule maintenance or an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::TerminalTab</name>
    <message>
        <source>Business licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::TerminalsPage</name>
    <message>
        <source>Terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol terminal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal recorded yet. Click “Enrol terminal…” to record the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a terminal above to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::TillPage</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (¥):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take cash instead (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the last sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund an earlier sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RRN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (¥):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the sale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RRN is printed on the customer&apos;s receipt. The card must be swiped again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 characters from the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 is %2 and cannot take cards. Take cash, or pick another terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payments on %1 are blocked by alert No. %2 (response code %3). Take cash for now; the owner fixes it under Alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acquirer&apos;s host cannot be reached. Try the card again, or take cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the host… The window stays usable; do not swipe again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1
RRN %2 · authorisation code %3
trace %4 · batch %5 · terminal %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the sale of %1 on terminal %2 (trace %3, RRN %4)? The money goes back to the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voiding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the RRN from the receipt and the amount to give back, then swipe the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount first, then take the cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 in cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card paid %1 of %2. Take the remaining %3 another way (cash or another card).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount. Chip card: insert it and press F8. Card without a chip: swipe it and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip card: insert it, then pay (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chip card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader service cannot be reached (%1). Swipe the card instead, or take cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card is in the card reader. Insert the card, chip first and facing up, then press F8 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chip card reader is connected. Connect it, or swipe a card that has no chip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying %1 on %2 by chip… Leave the card in the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Swipe the same card now: it goes as a fallback swipe (降级).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cardholder: enter your PIN on the PIN pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The cardholder types the PIN on the PIN pad and presses its Enter key. Esc cancels the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash voucher %1. Put the cash in the drawer and give change. No card was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cannot take cards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card payment on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a terminal that can take cards, or take cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::desktop::UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may sign in, and what each may do: cashiers sell, accountants settle and export, owners do everything. Passwords have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password (also lifts a lock-out); tell the user in person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked out until %1 (wrong passwords)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can now sign in as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role of %1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will not be able to sign in until enabled again. Disable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new password. Tell it to them in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier &amp;No.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cashier number of %1 was not set: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no cashier number now; slips show the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prints as operator %2 on slips.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::emv::ChipTransaction</name>
    <message>
        <source>The card is blocked. Ask the customer for another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has no UnionPay chip application this till accepts. Swipe the card instead, or ask for another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip card&apos;s data is malformed; remove the card and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application on the card is blocked. Ask the customer for another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card refused the application. Remove the card and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount or date for the chip card is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card does not allow this transaction here. Ask for another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card refused to start the transaction. Remove the card and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip card&apos;s answer is malformed; remove the card and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::emv::Cryptograms</name>
    <message>
        <source>The chip data is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::emv::Dol</name>
    <message>
        <source>The chip card&apos;s data list is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::emv::OfflineAuth</name>
    <message>
        <source>The chip card failed its offline authentication.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::emv::Tlv</name>
    <message>
        <source>The chip card&apos;s data is malformed; remove the card and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::iso8583</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Field %1 (%2) cannot be sent: %3 Correct the value and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be exactly %1 long, but it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it may be at most %1 long, but it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it may hold digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it may hold digits and the separator “=” only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it may hold printable ASCII characters only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message type “%1” is not four digits. Correct it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 is not part of this ISO 8583 dialect and cannot be sent. Remove it or check the acquirer profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message carries no MAC field (64), so there is nothing to compute a MAC for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A MAC must be 8 bytes long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TPDU must be %1 bytes long, not %2. Check the acquirer profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message header must be %1 bytes long, not %2. Check the acquirer profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too long to send: %1 bytes, at most %2 fit in one frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too short to hold a length, TPDU and header. Check the connection and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message length does not match its length prefix (%1 bytes announced, %2 received), so it was cut short or joined with another. Check the connection and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 of the ISO 8583 message does not have the expected sub-field layout. Check that the acquirer profile matches the host, or report the message to the acquirer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value does not fit its place in field %1 of the ISO 8583 message. Correct the value and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dialect settings must be a JSON object with the key “fields”, for example {&quot;fields&quot;: {&quot;23&quot;: {&quot;align&quot;: &quot;right&quot;}}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type of field %1 must be numeric, text, ascii or binary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum length of field %1 must be a whole number from 1 to 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 has no setting “%2”. Known settings: align, pad, type, max.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the type and maximum length of fields 48, 59, 60, 61 and 63 can be changed, not those of field %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 is not numeric, so it has no alignment or pad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alignment of field %1 must be “left” or “right”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pad of field %1 must be “0” or “F”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dialect settings are not valid JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dialect settings name field “%1”, which the CUP dialect does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of field %1 must be a JSON object, for example {&quot;align&quot;: &quot;right&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dialect settings of field %1 could not be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISO 8583 message ends inside field %1, so it is incomplete. Check the connection and retry; report the message to the acquirer if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISO 8583 message is too short to hold its message type and bitmap. Check the connection and retry; report the message to the acquirer if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 of the ISO 8583 message holds a nibble that is not a digit, so the message is malformed. Report the message to the acquirer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message type of the ISO 8583 message is not a number, so the message is malformed. Report the message to the acquirer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 of the ISO 8583 message is not padded as the dialect says, and it can be read in more than one way. Set the alignment and pad of this field in the acquirer profile&apos;s dialect settings, or report the message to the acquirer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 of the ISO 8583 message holds a byte that is not printable text, so the message is malformed. Report the message to the acquirer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 of the ISO 8583 message is longer than this dialect allows. Check that the acquirer profile matches the host, or report the message to the acquirer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISO 8583 message carries field %1, which this dialect does not define. Check that the acquirer profile matches the host, or report the message to the acquirer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISO 8583 message announces a secondary bitmap, which this dialect does not use. Check that the acquirer profile matches the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The ISO 8583 message has %n unexpected byte(s) after its last field. It does not match the expected layout; report the message to the acquirer.</source>
        <translation>
            <numerusform>The ISO 8583 message has %n unexpected byte after its last field. It does not match the expected layout; report the message to the acquirer.</numerusform>
            <numerusform>The ISO 8583 message has %n unexpected bytes after its last field. It does not match the expected layout; report the message to the acquirer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-on response names a key layout (network management code “%1”) that PosDesk does not know. Check the acquirer profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::iso8583::Describe</name>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPDU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right-aligned, pad %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left-aligned, pad %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes after the last field, shown raw: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding stopped here, the rest is shown raw: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit its type in this dialect, shown raw: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1; the dialect says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posdesk::iso8583::Field</name>
    <message>
        <source>Track 2 equivalent data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application PAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAN sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer script template 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer script template 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application interchange profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation response code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer authentication data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal verification results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount, authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount, other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer application data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface device serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application cryptogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cryptogram information data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVM results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application transaction counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpredictable number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction sequence counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card product identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic cash issuer authorisation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMV tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (balanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 (not balanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 (error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message type code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network management code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further private data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original batch number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original trace number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original date (MMDD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic sales amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign sales amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic sales count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign sales count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic refunds amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign refunds amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic refunds count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign refunds count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN key (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN key check value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC key (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC key check value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track key (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track key check value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n TLV object(s)</source>
        <translation>
            <numerusform>%n TLV object</numerusform>
            <numerusform>%n TLV objects</numerusform>
        </translation>
    </message>
    <message>
        <source>Primary account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (fen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System trace audit number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time (hhmmss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local date (MMDD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date (YYMM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement date (MMDD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS entry mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS condition code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN capture code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquiring institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track 2 data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track 3 data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieval reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional response data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IC card data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private: message type, batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working keys / private data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator or host data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
