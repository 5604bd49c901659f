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
    // The cached thumbnail, or a null image after queueing the file (thumbnailReady follows).
    QImage thumbnail(const QString& path);
    int size() const { return m_size; }
    // A neutral tile of the thumbnail size, shown until the real thumbnail arrives (so views size
    // their items right from the start).
    QIcon placeholder() const;
    // The thumbnail centred on a clear square tile of the thumbnail size (the placeholder when
    // null): every item of an icon view as wide as the next, so that no file name is cut short
    // because the first picture was a narrow one.
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
