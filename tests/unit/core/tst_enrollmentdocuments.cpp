#include "enrollment/EnrollmentRecords.h"

#include <QTest>

using namespace posdesk;

// Which of the acquirer's papers are still outstanding for a terminal: only a submitted or accepted document
// covers its kind.
class TestEnrollmentDocuments : public QObject
{
    Q_OBJECT

    static EnrollmentDocument doc(const char *kind, const char *status)
    {
        EnrollmentDocument d;
        d.kind = QString::fromLatin1(kind);
        d.status = QString::fromLatin1(status);
        return d;
    }

private slots:
    void nothingHandedInMeansEverythingOutstanding()
    {
        QCOMPARE(EnrollmentRecords::outstandingDocumentKinds({}), EnrollmentRecords::documentKinds());
    }

    void onlySubmittedOrAcceptedPapersCount()
    {
        const std::vector<EnrollmentDocument> docs{
            doc("business-licence", "accepted"),
            doc("tax-registration", "submitted"),
            doc("legal-rep-id", "rejected"),
            doc("installation-form", "missing"),
        };
        QCOMPARE(EnrollmentRecords::outstandingDocumentKinds(docs),
                 (QStringList{QStringLiteral("legal-rep-id"), QStringLiteral("installation-form"),
                              QStringLiteral("contract")}));
    }

    void aRejectedPaperHandedInAgainCounts()
    {
        std::vector<EnrollmentDocument> docs;
        for (const QString &kind : EnrollmentRecords::documentKinds())
            docs.push_back(doc(kind.toLatin1().constData(), "accepted"));
        docs.push_back(doc("contract", "rejected"));
        QVERIFY(EnrollmentRecords::outstandingDocumentKinds(docs).isEmpty());
        docs.erase(docs.begin() + 4); // the accepted contract: only the rejected one is left
        QCOMPARE(EnrollmentRecords::outstandingDocumentKinds(docs), QStringList{QStringLiteral("contract")});
    }
};

QTEST_GUILESS_MAIN(TestEnrollmentDocuments)
#include "tst_enrollmentdocuments.moc"
