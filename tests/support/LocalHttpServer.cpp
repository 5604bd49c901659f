#include "LocalHttpServer.h"

#include <QTcpSocket>
#include <QTimer>

namespace graft::test {

LocalHttpServer::LocalHttpServer(QObject* parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LocalHttpServer::onConnection);
}

bool LocalHttpServer::start() { return m_server.listen(QHostAddress::LocalHost, 0); }

QUrl LocalHttpServer::url(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(m_server.serverPort()).arg(path));
}

void LocalHttpServer::onConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        auto* buffer = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            if (buffer->contains("\r\n\r\n")) {
                const QByteArray request = *buffer;
                buffer->clear();
                respond(socket, request);
            }
        });
    }
}

void LocalHttpServer::respond(QTcpSocket* socket, const QByteArray& request)
{
    const QList<QByteArray> lines = request.split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    Request r;
    r.path = first.value(1);
    for (const QByteArray& line : lines)
        if (line.toLower().startsWith("range:"))
            r.range = line.mid(6).trimmed();
    m_requests.append(r);

    auto send = [socket](const QByteArray& status, const QByteArray& body, const QByteArray& extra = {}) {
        socket->write("HTTP/1.1 " + status + "\r\nContent-Length: " + QByteArray::number(body.size())
                      + "\r\nConnection: close\r\n" + extra + "\r\n");
        socket->write(body);
        socket->disconnectFromHost();
    };
    if (m_behaviour == Behaviour::Error500)
        return send("500 Internal Server Error", "broken");
    const QByteArray path = r.path.startsWith('/') ? r.path.mid(1) : r.path;
    if (m_behaviour == Behaviour::NotFound || !m_files.contains(path))
        return send("404 Not Found", "no such file");
    const QByteArray& file = m_files[path];
    qint64 from = 0;
    if (r.range.startsWith("bytes=")) {
        from = r.range.mid(6, r.range.indexOf('-') - 6).toLongLong();
        if (from >= file.size())
            return send("416 Range Not Satisfiable", {}, "Content-Range: bytes */" + QByteArray::number(file.size()) + "\r\n");
    }
    const QByteArray body = file.mid(from);
    QByteArray header = (from > 0 ? QByteArray("HTTP/1.1 206 Partial Content\r\n") : QByteArray("HTTP/1.1 200 OK\r\n"))
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\nAccept-Ranges: bytes\r\nConnection: close\r\n";
    if (from > 0)
        header += "Content-Range: bytes " + QByteArray::number(from) + "-" + QByteArray::number(file.size() - 1) + "/"
            + QByteArray::number(file.size()) + "\r\n";
    socket->write(header + "\r\n");
    switch (m_behaviour) {
    case Behaviour::DropOnce:
        if (!m_dropped) {
            m_dropped = true;
            // Close after part of the body: the client gets those bytes, then the end of the
            // stream short of Content-Length (a graceful close, so that no reset discards them).
            socket->write(body.left(m_dropAfter));
            socket->disconnectFromHost();
            return;
        }
        break;
    case Behaviour::Stall:
        return; // keep the connection open, send nothing more
    case Behaviour::Trickle: {
        auto* timer = new QTimer(socket);
        auto offset = std::make_shared<qint64>(0);
        connect(timer, &QTimer::timeout, socket, [socket, timer, body, offset] {
            socket->write(body.mid(*offset, 4096));
            *offset += 4096;
            if (*offset >= body.size()) {
                timer->stop();
                socket->disconnectFromHost();
            }
        });
        timer->start(50);
        return;
    }
    default:
        break;
    }
    socket->write(body);
    socket->disconnectFromHost();
}

} // namespace graft::test
