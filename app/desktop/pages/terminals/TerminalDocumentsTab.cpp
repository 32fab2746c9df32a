#include "pages/terminals/TerminalDocumentsTab.h"

#include "enrollment/EnrollmentRecords.h"
#include "pages/Page.h"
#include "shell/AppSession.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace posdesk::desktop {

namespace {
QColor statusColour(const QString &status)
{
    if (status == u"accepted")
        return QColor(0xdc, 0xfc, 0xe7);
    if (status == u"rejected")
        return QColor(0xfe, 0xe2, 0xe2);
    if (status == u"missing")
        return QColor(0xfe, 0xf3, 0xc7);
    return QColor(0xdb, 0xea, 0xfe);
}
} // namespace

TerminalDocumentsTab::TerminalDocumentsTab(AppSession &session, QWidget *parent) : TerminalTab(session, parent)
{
    auto *layout = new QVBoxLayout(this);
    m_outstanding = new QLabel(this);
    m_outstanding->setObjectName(QStringLiteral("documentsOutstanding"));
    m_outstanding->setWordWrap(true);
    layout->addWidget(m_outstanding);
    m_table = Page::listTable(this, QStringLiteral("documentTable"), 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto *statusRow = new QHBoxLayout;
    m_statusLabel = new QLabel(this);
    m_newStatus = new QComboBox(this);
    m_newStatus->setObjectName(QStringLiteral("documentNewStatus"));
    m_applyStatus = new QPushButton(this);
    m_applyStatus->setObjectName(QStringLiteral("applyDocumentStatus"));
    statusRow->addWidget(m_statusLabel);
    statusRow->addWidget(m_newStatus);
    statusRow->addWidget(m_applyStatus);
    statusRow->addStretch(1);
    layout->addLayout(statusRow);

    m_addBox = new QGroupBox(this);
    auto *grid = new QGridLayout(m_addBox);
    m_kindLabel = new QLabel(m_addBox);
    m_kind = new QComboBox(m_addBox);
    m_kind->setObjectName(QStringLiteral("documentKind"));
    m_addStatusLabel = new QLabel(m_addBox);
    m_addStatus = new QComboBox(m_addBox);
    m_addStatus->setObjectName(QStringLiteral("documentStatus"));
    m_fileLabel = new QLabel(m_addBox);
    m_file = new QLineEdit(m_addBox);
    m_file->setObjectName(QStringLiteral("documentFile"));
    m_browse = new QPushButton(m_addBox);
    m_browse->setObjectName(QStringLiteral("chooseDocumentFile"));
    m_noteLabel = new QLabel(m_addBox);
    m_note = new QLineEdit(m_addBox);
    m_note->setObjectName(QStringLiteral("documentNote"));
    m_add = new QPushButton(m_addBox);
    m_add->setObjectName(QStringLiteral("addDocument"));
    grid->addWidget(m_kindLabel, 0, 0);
    grid->addWidget(m_kind, 0, 1);
    grid->addWidget(m_addStatusLabel, 0, 2);
    grid->addWidget(m_addStatus, 0, 3);
    grid->addWidget(m_fileLabel, 1, 0);
    grid->addWidget(m_file, 1, 1, 1, 3);
    grid->addWidget(m_browse, 1, 4);
    grid->addWidget(m_noteLabel, 2, 0);
    grid->addWidget(m_note, 2, 1, 1, 3);
    grid->addWidget(m_add, 2, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    layout->addWidget(m_addBox);
    m_message = makeMessageLabel(QStringLiteral("documentsMessage"), this);
    layout->addWidget(m_message);

    connect(m_browse, &QPushButton::clicked, this, &TerminalDocumentsTab::chooseFile);
    connect(m_add, &QPushButton::clicked, this, &TerminalDocumentsTab::addDocument);
    connect(m_applyStatus, &QPushButton::clicked, this, &TerminalDocumentsTab::setSelectedStatus);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TerminalDocumentsTab::updateEditing);
    retranslate();
    updateEditing();
}

QString TerminalDocumentsTab::title() const
{
    return tr("Documents");
}

void TerminalDocumentsTab::fillKeys(QComboBox *box, const QStringList &keys, QString (*name)(const QString &))
{
    const QString selected = box->currentData().toString();
    box->clear();
    for (const QString &key : keys)
        box->addItem(name(key), key);
    box->setCurrentIndex(qMax(0, box->findData(selected)));
}

void TerminalDocumentsTab::retranslate()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Document"), tr("Status"), tr("File"), tr("SHA-256"), tr("Updated"), tr("Note")});
    m_statusLabel->setText(tr("Set the selected document's status to:"));
    m_applyStatus->setText(tr("Set status"));
    m_addBox->setTitle(tr("Add a document"));
    m_kindLabel->setText(tr("Document:"));
    m_addStatusLabel->setText(tr("Status:"));
    m_fileLabel->setText(tr("File:"));
    m_file->setPlaceholderText(tr("a scan or photo; a copy is kept in the data folder"));
    m_browse->setText(tr("Choose file…"));
    m_noteLabel->setText(tr("Note:"));
    m_add->setText(tr("Add document"));
    fillKeys(m_kind, EnrollmentRecords::documentKinds(), &TerminalTab::documentKindName);
    fillKeys(m_addStatus, EnrollmentRecords::documentStatuses(), &TerminalTab::documentStatusName);
    fillKeys(m_newStatus, EnrollmentRecords::documentStatuses(), &TerminalTab::documentStatusName);
    if (m_addStatus->findData(QStringLiteral("submitted")) >= 0 && m_file->text().isEmpty())
        m_addStatus->setCurrentIndex(m_addStatus->findData(QStringLiteral("submitted")));
    showOutstanding();
}

void TerminalDocumentsTab::showOutstanding()
{
    if (!hasTerminal()) {
        m_outstanding->hide();
        return;
    }
    m_outstanding->show();
    if (m_outstandingKinds.isEmpty()) {
        m_outstanding->setStyleSheet(QStringLiteral(
            "background: #dcfce7; border: 1px solid #86efac; border-radius: 4px; padding: 6px; color: #14532d;"));
        m_outstanding->setText(tr("Every paper the acquirer asks for is submitted or accepted."));
        return;
    }
    QStringList names;
    for (const QString &kind : std::as_const(m_outstandingKinds))
        names << documentKindName(kind);
    m_outstanding->setStyleSheet(QStringLiteral(
        "background: #fef3c7; border: 1px solid #fcd34d; border-radius: 4px; padding: 6px; color: #78350f;"));
    m_outstanding->setText(
        tr("Still needed for the acquirer (%n): %1. Add each below when you hand it in.", nullptr, int(names.size()))
            .arg(names.join(tr(", "))));
}

void TerminalDocumentsTab::reload()
{
    m_table->setRowCount(0);
    m_outstandingKinds.clear();
    if (!hasTerminal()) {
        showOutstanding();
        return;
    }
    auto docs = EnrollmentRecords(m_session.db(), m_session.clock(), m_session.dataFolder()).documents(m_terminal.tid);
    if (!docs) {
        m_outstanding->hide();
        showMessage(m_message, docs.error().message, true);
        return;
    }
    m_outstandingKinds = EnrollmentRecords::outstandingDocumentKinds(*docs);
    showOutstanding();
    m_table->setRowCount(int(docs->size()));
    int row = 0;
    for (const EnrollmentDocument &d : *docs) {
        const QStringList cells{documentKindName(d.kind),
                                documentStatusName(d.status),
                                d.fileName,
                                d.sha256.left(16),
                                QLocale().toString(QDateTime::fromMSecsSinceEpoch(d.updatedAt), QLocale::ShortFormat),
                                d.note};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, qlonglong(d.id));
            m_table->setItem(row, c, item);
        }
        m_table->item(row, 1)->setBackground(statusColour(d.status));
        m_table->item(row, 2)->setToolTip(d.storedPath);
        m_table->item(row, 3)->setToolTip(d.sha256);
        ++row;
    }
}

void TerminalDocumentsTab::updateEditing()
{
    const bool edit = canEdit();
    m_addBox->setEnabled(edit);
    const bool selected = !m_table->selectionModel()->selectedRows().isEmpty();
    m_newStatus->setEnabled(edit && selected);
    m_applyStatus->setEnabled(edit && selected);
}

void TerminalDocumentsTab::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the document's file"), m_file->text(),
                                     tr("Scans and documents (*.pdf *.png *.jpg *.jpeg);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

bool TerminalDocumentsTab::addDocument()
{
    if (!canEdit())
        return false;
    if (m_file->text().trimmed().isEmpty()) {
        showMessage(m_message, tr("Choose the document's file first."), true);
        return false;
    }
    const QString tid = m_terminal.tid;
    auto id = EnrollmentRecords(m_session.db(), m_session.clock(), m_session.dataFolder())
                  .addDocument(m_actor, tid, m_kind->currentData().toString(), m_addStatus->currentData().toString(),
                               m_file->text().trimmed(), m_note->text().trimmed());
    if (!id) {
        showMessage(m_message, id.error().message, true);
        return false;
    }
    m_file->clear();
    m_note->clear();
    emit terminalChanged(tid);
    showMessage(m_message, tr("Document added; the file is kept in the data folder."), false);
    return true;
}

bool TerminalDocumentsTab::setSelectedStatus()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (!canEdit() || rows.isEmpty())
        return false;
    const Id documentId = m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
    const QString tid = m_terminal.tid;
    if (auto s = EnrollmentRecords(m_session.db(), m_session.clock(), m_session.dataFolder())
                     .setDocumentStatus(m_actor, documentId, m_newStatus->currentData().toString(), QString());
        !s) {
        showMessage(m_message, s.error().message, true);
        return false;
    }
    emit terminalChanged(tid);
    showMessage(m_message, tr("Status changed to “%1”.").arg(m_newStatus->currentText()), false);
    return true;
}

} // namespace posdesk::desktop
