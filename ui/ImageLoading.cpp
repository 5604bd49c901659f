#include "ImageLoading.h"

#include "data/ImageOps.h"
#include "imageio/ImageDecoder.h"

#include <QAbstractItemView>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QListView>
#include <QMetaObject>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace graft::ui {

QImage toQImage(const Image& image)
{
    QImage out(image.width, image.height, QImage::Format_RGB888);
    for (int y = 0; y < image.height; ++y)
        std::memcpy(out.scanLine(y), image.row(y), std::size_t(image.width) * 3);
    return out;
}

QStringList selectedImagePaths(const QAbstractItemView* view)
{
    QStringList paths;
    if (!view->selectionModel())
        return paths;
    QModelIndexList rows = view->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : rows)
        paths << index.data(Qt::UserRole).toString();
    return paths;
}

namespace {
constexpr int kCachedThumbnails = 3000; // about 110 MB at 96 x 96
} // namespace

ThumbnailLoader::ThumbnailLoader(int size, QObject* parent, Drawing drawing, int threads)
    : QObject(parent), m_size(size), m_drawing(std::move(drawing)), m_cache(kCachedThumbnails)
{
    m_pool.setMaxThreadCount(std::max(1, threads));
    QPixmap tile(m_size, m_size);
    tile.fill(QColor(128, 128, 128, 40));
    m_placeholder = QIcon(tile);
}

ThumbnailLoader::~ThumbnailLoader()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QIcon ThumbnailLoader::placeholder() const { return m_placeholder; }

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

QImage ThumbnailLoader::thumbnail(const QString& path, int tag)
{
    const QString key = tag < 0 ? path : path + QLatin1Char('\n') + QString::number(tag);
    if (const QImage* cached = m_cache.object(key))
        return *cached;
    if (m_pending.contains(key))
        return {};
    m_pending.insert(key);
    ++m_started;
    // The destructor waits for the pool, so `this` outlives every task.
    ThumbnailLoader* self = this;
    const int size = m_size;
    // The newest request first: after a jump through a long grid, the images in view come before
    // the ones scrolled past.
    m_pool.start([self, path, key, tag, size, drawing = m_drawing] {
        QImage thumb;
        try {
            Image img;
            if (drawing) {
                img = drawing(path.toStdString(), tag);
            } else {
                DecodeOptions options;
                options.minShorterSide = size;
                img = readImage(path.toStdString(), options);
            }
            // Big images shrink with the engine's antialiased resize; small ones grow to the tile.
            const double scale = double(size) / std::max(img.width, img.height);
            if (scale < 1)
                img = resize(img, std::max(1, int(img.width * scale)), std::max(1, int(img.height * scale)));
            thumb = toQImage(img);
            if (scale > 1)
                thumb = thumb.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            thumb = squared(thumb, size);
        } catch (const std::exception&) {
            if (!drawing) {
                thumb = QImage(size, size, QImage::Format_RGB888);
                thumb.fill(QColor(200, 60, 60)); // unreadable files show as red tiles
            } // a drawing that failed leaves the plain thumbnail shown
        }
        QMetaObject::invokeMethod(self, [self, path, key, thumb] {
                self->m_cache.insert(key, new QImage(thumb));
                self->m_pending.remove(key);
                Q_EMIT self->thumbnailReady(path);
            }, Qt::QueuedConnection);
    }, m_started);
    return {};
}

ThumbnailListModel::ThumbnailListModel(ThumbnailLoader* loader, QObject* parent)
    : QAbstractListModel(parent), m_loader(loader)
{
    connect(loader, &ThumbnailLoader::thumbnailReady, this, &ThumbnailListModel::onThumbnail);
}

void ThumbnailListModel::setEntries(QVector<ThumbnailEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_rows.clear();
    m_rows.reserve(m_entries.size());
    for (int i = 0; i < m_entries.size(); ++i)
        m_rows.insert(m_entries[i].path, i);
    endResetModel();
}

int ThumbnailListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }

QVariant ThumbnailListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ThumbnailEntry& e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return e.text.isNull() ? QFileInfo(e.path).fileName() : e.text;
    case Qt::ToolTipRole:
        return e.toolTip.isNull() ? e.path : e.toolTip;
    case Qt::DecorationRole:
        if (m_overlay) // the plain thumbnail until its overlay is drawn (or when it cannot be)
            if (const QImage over = m_overlay->thumbnail(e.path, e.tag); !over.isNull())
                return m_overlay->tile(over);
        return m_loader->tile(m_loader->thumbnail(e.path)); // asks for the file on first sight
    case Qt::UserRole:
        return e.path;
    case TagRole:
        return e.tag;
    case Qt::SizeHintRole:
        return m_itemSize.isValid() ? QVariant(m_itemSize) : QVariant();
    default:
        return {};
    }
}

void ThumbnailListModel::setOverlay(ThumbnailLoader* overlay)
{
    if (m_overlay == overlay)
        return;
    if (m_overlay)
        disconnect(m_overlay, nullptr, this, nullptr);
    m_overlay = overlay;
    if (overlay)
        connect(overlay, &ThumbnailLoader::thumbnailReady, this, &ThumbnailListModel::onThumbnail);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1), {Qt::DecorationRole});
}

void ThumbnailListModel::onThumbnail(const QString& path)
{
    if (const auto it = m_rows.constFind(path); it != m_rows.constEnd()) {
        const QModelIndex at = index(*it);
        Q_EMIT dataChanged(at, at, {Qt::DecorationRole});
    }
}

QListView* newThumbnailGrid(ThumbnailListModel* model, int iconSize, QSize cellSize, QWidget* parent)
{
    auto* grid = new QListView(parent);
    model->setItemSize(cellSize - QSize(6, 6)); // a little space between the cells
    grid->setModel(model);
    grid->setViewMode(QListView::IconMode);
    grid->setIconSize(QSize(iconSize, iconSize));
    grid->setGridSize(cellSize);
    grid->setResizeMode(QListView::Adjust);
    grid->setMovement(QListView::Static);
    grid->setUniformItemSizes(true); // no cell measured one by one: thousands lay out at once
    grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    return grid;
}

} // namespace graft::ui
