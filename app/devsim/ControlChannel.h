#pragma once

#include <QByteArray>
#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace posdesk::devsim {

// Command lines from a file descriptor: standard input, or a FIFO that scripts and tests write to
// (`echo paper-out > DIR/control`).
class ControlChannel : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of fd when ownsFd is true.
    ControlChannel(int fd, bool ownsFd, QObject *parent = nullptr);
    ~ControlChannel() override;

    // Creates (or reuses) a FIFO at path and listens on it. Opened for reading and writing, so that a writer
    // closing it is not an end of file: any number of writers can come and go.
    static std::unique_ptr<ControlChannel> openFifo(const QString &path, QString *error);

signals:
    void line(const QString &text);

private:
    void onReadable();

    int m_fd;
    bool m_ownsFd;
    QByteArray m_partial;
    QSocketNotifier m_notifier;
};

} // namespace posdesk::devsim
