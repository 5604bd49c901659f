// A small HTTP/1.1 server on 127.0.0.1 for download tests: serves files from memory with Range
// support, and can misbehave on purpose (drop the connection mid-way, answer an error, stall, or
// trickle bytes slowly). It records the requests it saw. Never touches the network beyond loopback.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

namespace graft::test {

class LocalHttpServer : public QObject
{
    Q_OBJECT

public:
    enum class Behaviour {
        Normal,
        DropOnce,      // the first response stops after dropAfter bytes, then behaves normally
        Error500,
        NotFound,
        Stall,         // headers, then silence
        Trickle,       // 4 KB every 50 ms
    };
    struct Request
    {
        QByteArray path;
        QByteArray range;
    };

    explicit LocalHttpServer(QObject* parent = nullptr);
    bool start();
    QUrl url(const QString& path = QString()) const;
    void addFile(const QString& path, const QByteArray& content) { m_files.insert(path.toUtf8(), content); }
    void setBehaviour(Behaviour b, qint64 dropAfter = 0)
    {
        m_behaviour = b;
        m_dropAfter = dropAfter;
        m_dropped = false;
    }
    const QList<Request>& requests() const { return m_requests; }

private:
    void onConnection();
    void respond(class QTcpSocket* socket, const QByteArray& request);

    QTcpServer m_server;
    QHash<QByteArray, QByteArray> m_files;
    QList<Request> m_requests;
    Behaviour m_behaviour = Behaviour::Normal;
    qint64 m_dropAfter = 0;
    bool m_dropped = false;
};

} // namespace graft::test
