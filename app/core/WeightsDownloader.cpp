#include "WeightsDownloader.h"

#include "core/Files.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace graft::app {

WeightsDownloader::WeightsDownloader(QObject* parent) : QObject(parent)
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &WeightsDownloader::attempt);
}

WeightsDownloader::~WeightsDownloader()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void WeightsDownloader::start(const QUrl& url, const QString& destination, const QString& sha256Prefix)
{
    m_url = url;
    m_destination = destination;
    m_prefix = sha256Prefix.toLower();
    m_attempt = 0;
    m_running = true;
    m_cancelRequested = false;
    QDir().mkpath(QFileInfo(destination).absolutePath());
    attempt();
}

void WeightsDownloader::cancel()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    m_retryTimer.stop();
    if (m_reply)
        m_reply->abort();
    else {
        m_running = false;
        Q_EMIT cancelled();
    }
}

void WeightsDownloader::attempt()
{
    ++m_attempt;
    // What is on disk from an earlier attempt (or an earlier run) is kept and continued.
    m_part.setFileName(m_destination + QStringLiteral(".part"));
    if (!m_part.open(QIODevice::ReadWrite)) {
        fail(QStringLiteral("%1: cannot write (%2); check free space and permissions").arg(m_part.fileName(), m_part.errorString()), false);
        return;
    }
    m_hash = std::make_unique<Sha256>();
    QByteArray chunk;
    while (!(chunk = m_part.read(1 << 20)).isEmpty())
        m_hash->update(chunk.constData(), std::size_t(chunk.size()));
    m_received = m_startBytes = m_part.size();
    m_part.seek(m_received);
    m_discardBody = false;

    QNetworkRequest request(m_url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Graft/" GRAFT_VERSION));
    if (m_received > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_received) + "-");
    m_clock.start();
    m_reply = m_network.get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &WeightsDownloader::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &WeightsDownloader::onFinished);
}

void WeightsDownloader::onReadyRead()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400)
        return; // the error body is not the file
    if (m_total < 0 || m_received == m_startBytes) {
        if (status == 206) {
            const QByteArray range = m_reply->rawHeader("Content-Range"); // bytes a-b/total
            const int slash = range.lastIndexOf('/');
            m_total = slash >= 0 ? range.mid(slash + 1).toLongLong() : -1;
        } else if (status == 200) {
            if (m_startBytes > 0 && !m_discardBody) {
                // The server sends the whole file again: start the file and the hash over.
                m_part.resize(0);
                m_part.seek(0);
                m_hash = std::make_unique<Sha256>();
                m_received = m_startBytes = 0;
                m_discardBody = true;
            }
            m_total = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (m_total <= 0)
                m_total = -1;
        }
    }
    const QByteArray data = m_reply->readAll();
    if (m_part.write(data) != data.size()) {
        fail(QStringLiteral("%1: could not be written (%2); free some disk space, or choose another weights cache "
                                "folder (the window's Preferences)").arg(m_part.fileName(), m_part.errorString()), false);
        return;
    }
    m_hash->update(data.constData(), std::size_t(data.size()));
    m_received += data.size();
    const double seconds = std::max(0.001, m_clock.elapsed() / 1000.0);
    const double speed = double(m_received - m_startBytes) / seconds;
    const double eta = (m_total > 0 && speed > 0) ? double(m_total - m_received) / speed : -1;
    Q_EMIT progress(m_received, m_total, speed, eta);
}

void WeightsDownloader::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    if (reply->bytesAvailable() > 0 && reply->error() == QNetworkReply::NoError)
        onReadyRead();
    m_part.flush();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (m_cancelRequested) {
        m_part.close();
        m_running = false;
        Q_EMIT cancelled(); // the partial file stays for a later resume
        return;
    }
    if (status == 416) {
        // Our partial file is already complete.
        complete();
        return;
    }
    if (reply->error() != QNetworkReply::NoError || status >= 400) {
        const bool permanent = status == 404 || status == 403 || status == 401 || status == 410;
        QString reason;
        if (status >= 400)
            reason = QStringLiteral("the server answered HTTP %1 for %2").arg(status).arg(m_url.toString());
        else if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
            reason = QStringLiteral("no data for %1 s from %2 (timeout)").arg(m_timeoutMs / 1000.0).arg(m_url.host());
        else if (reply->error() == QNetworkReply::HostNotFoundError)
            reason = QStringLiteral("no internet connection (cannot resolve %1)").arg(m_url.host());
        else
            reason = reply->errorString();
        m_part.close();
        if (permanent)
            fail(reason, false);
        else
            retryOrFail(reason);
        return;
    }
    if (m_total > 0 && m_received < m_total) {
        m_part.close();
        retryOrFail(QStringLiteral("the connection closed after %1 of %2 bytes").arg(m_received).arg(m_total));
        return;
    }
    complete();
}

void WeightsDownloader::complete()
{
    m_part.close();
    const QString digest = QString::fromStdString(m_hash->finishHex());
    if (!m_prefix.isEmpty() && !digest.startsWith(m_prefix)) {
        fail(QStringLiteral("checksum mismatch for %1: SHA-256 starts %2, expected %3; the download was damaged or "
                            "is not the official file, so it was deleted. Try again.")
                 .arg(QFileInfo(m_destination).fileName(), digest.left(8), m_prefix),
             true);
        return;
    }
    QFile::remove(m_destination);
    try {
        commitTempFile(m_part.fileName().toStdString(), m_destination.toStdString());
    } catch (const std::exception& e) {
        fail(QString::fromUtf8(e.what()), false);
        return;
    }
    m_running = false;
    Q_EMIT finished(m_destination);
}

void WeightsDownloader::retryOrFail(const QString& reason)
{
    if (m_attempt > m_retries) {
        fail(QStringLiteral("%1 (after %2 attempts)").arg(reason).arg(m_attempt), false);
        return;
    }
    const int delay = m_retryDelayMs * (1 << (m_attempt - 1));
    Q_EMIT message(QStringLiteral("%1; retrying in %2 s (attempt %3 of %4)")
                       .arg(reason)
                       .arg(delay / 1000.0)
                       .arg(m_attempt + 1)
                       .arg(m_retries + 1));
    m_retryTimer.start(delay);
}

void WeightsDownloader::fail(const QString& reason, bool deletePartial)
{
    if (m_part.isOpen())
        m_part.close();
    if (deletePartial)
        QFile::remove(m_part.fileName());
    m_running = false;
    Q_EMIT failed(reason);
}

} // namespace graft::app
