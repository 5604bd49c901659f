// Downloading an official weights file with Qt Network: progress (bytes, speed, ETA), cancel,
// resume of a partial download (HTTP Range), timeouts and retries. Bytes go to FILE.part and are
// hashed as they arrive; the file is renamed into place only when its SHA-256 matches, and a
// mismatch deletes it. Proxies come from the environment (http_proxy, https_proxy, no_proxy).
#pragma once

#include "core/Sha256.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>

class QNetworkReply;

namespace graft::app {

class WeightsDownloader : public QObject
{
    Q_OBJECT

public:
    explicit WeightsDownloader(QObject* parent = nullptr);
    ~WeightsDownloader() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setRetries(int retries) { m_retries = retries; }
    void setRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; }

    void start(const QUrl& url, const QString& destination, const QString& sha256Prefix);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(qint64 received, qint64 total, double bytesPerSecond, double etaSeconds);
    void message(const QString& text);
    void finished(const QString& path);
    void failed(const QString& reason);
    void cancelled();

private:
    void attempt();
    void onReadyRead();
    void onFinished();
    void fail(const QString& reason, bool deletePartial);
    void retryOrFail(const QString& reason);
    void complete();

    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QFile m_part;
    std::unique_ptr<Sha256> m_hash;
    QUrl m_url;
    QString m_destination;
    QString m_prefix;
    qint64 m_received = 0;
    qint64 m_total = -1;
    qint64 m_startBytes = 0;       // bytes on disk when this attempt began
    QElapsedTimer m_clock;
    int m_timeoutMs = 30000;
    int m_retries = 3;
    int m_retryDelayMs = 2000;
    int m_attempt = 0;
    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_discardBody = false;    // the server ignored our Range: start over
};

} // namespace graft::app
