// Pictures for the window: graft::Image to QImage, and thumbnails decoded off the GUI thread with
// the engine's decoder (so WebP, TIFF and EXIF orientation look as they train).
#pragma once

#include "data/Image.h"

#include <QHash>
#include <QIcon>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThreadPool>

class QListWidget;

namespace graft::ui {

QImage toQImage(const Image& image);

// The files of the selected thumbnails of a list whose items hold their path (Qt::UserRole).
QStringList selectedImagePaths(const QListWidget* list);

class ThumbnailLoader : public QObject
{
    Q_OBJECT

public:
    explicit ThumbnailLoader(int size = 96, QObject* parent = nullptr);
    ~ThumbnailLoader() override;
    // The cached thumbnail, or a null image after queueing the file (thumbnailReady follows). A
    // square of size() with the picture centred on a clear ground: every item of an icon view is
    // then as wide as the next (a view sizes them all like the one it measures first, and a
    // narrow one cut every file name short), and a class's strip draws no picture stretched.
    QImage thumbnail(const QString& path);
    int size() const { return m_size; }
    // A neutral tile of the thumbnail size, shown until the real thumbnail arrives (so views size
    // their items right from the start).
    QIcon placeholder() const;
    // The icon of a thumbnail, or the placeholder while it is null (not loaded yet).
    QIcon tile(const QImage& thumbnail) const;

Q_SIGNALS:
    void thumbnailReady(const QString& path);

private:
    int m_size;
    QThreadPool m_pool;
    QHash<QString, QImage> m_cache;
    QSet<QString> m_pending;
};

} // namespace graft::ui
