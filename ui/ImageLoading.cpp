#include "ImageLoading.h"

#include "data/ImageOps.h"
#include "imageio/ImageDecoder.h"

#include <QListWidget>
#include <QMetaObject>
#include <QPainter>
#include <QPixmap>

namespace graft::ui {

QImage toQImage(const Image& image)
{
    QImage out(image.width, image.height, QImage::Format_RGB888);
    for (int y = 0; y < image.height; ++y)
        std::memcpy(out.scanLine(y), image.row(y), std::size_t(image.width) * 3);
    return out;
}

QStringList selectedImagePaths(const QListWidget* list)
{
    QStringList paths;
    for (const QListWidgetItem* item : list->selectedItems())
        paths << item->data(Qt::UserRole).toString();
    return paths;
}

ThumbnailLoader::ThumbnailLoader(int size, QObject* parent) : QObject(parent), m_size(size)
{
    m_pool.setMaxThreadCount(2);
}

ThumbnailLoader::~ThumbnailLoader()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QIcon ThumbnailLoader::placeholder() const
{
    QPixmap tile(m_size, m_size);
    tile.fill(QColor(128, 128, 128, 40));
    return QIcon(tile);
}

QIcon ThumbnailLoader::tile(const QImage& thumbnail) const
{
    return thumbnail.isNull() ? placeholder() : QIcon(QPixmap::fromImage(thumbnail));
}

namespace {
// `picture` centred on a clear size x size square.
QImage squared(const QImage& picture, int size)
{
    if (picture.width() == size && picture.height() == size)
        return picture;
    QImage square(size, size, QImage::Format_ARGB32_Premultiplied);
    square.fill(Qt::transparent);
    QPainter painter(&square);
    painter.drawImage((size - picture.width()) / 2, (size - picture.height()) / 2, picture);
    painter.end();
    return square;
}
} // namespace

QImage ThumbnailLoader::thumbnail(const QString& path)
{
    if (auto it = m_cache.find(path); it != m_cache.end())
        return *it;
    if (m_pending.contains(path))
        return {};
    m_pending.insert(path);
    // The destructor waits for the pool, so `this` outlives every task.
    ThumbnailLoader* self = this;
    const int size = m_size;
    m_pool.start([self, path, size] {
        QImage thumb;
        try {
            DecodeOptions options;
            options.minShorterSide = size;
            Image img = readImage(path.toStdString(), options);
            // Big images shrink with the engine's antialiased resize; small ones grow to the tile.
            const double scale = double(size) / std::max(img.width, img.height);
            if (scale < 1)
                img = resize(img, std::max(1, int(img.width * scale)), std::max(1, int(img.height * scale)));
            thumb = toQImage(img);
            if (scale > 1)
                thumb = thumb.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            thumb = squared(thumb, size);
        } catch (const std::exception&) {
            thumb = QImage(size, size, QImage::Format_RGB888);
            thumb.fill(QColor(200, 60, 60)); // unreadable files show as red tiles
        }
        QMetaObject::invokeMethod(self, [self, path, thumb] {
                self->m_cache.insert(path, thumb);
                self->m_pending.remove(path);
                Q_EMIT self->thumbnailReady(path);
            }, Qt::QueuedConnection);
    });
    return {};
}

} // namespace graft::ui
