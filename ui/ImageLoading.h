// Pictures for the window: graft::Image to QImage, and thumbnails decoded off the GUI thread with
// the engine's decoder (so WebP, TIFF and EXIF orientation look as they train).
#pragma once

#include "data/Image.h"

#include <QAbstractListModel>
#include <QCache>
#include <QHash>
#include <QIcon>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QThreadPool>
#include <QVector>

#include <functional>
#include <string>

class QAbstractItemView;
class QListView;
class QWidget;

namespace graft::ui {

QImage toQImage(const Image& image);

// The files of the selected thumbnails of a view whose items hold their path (Qt::UserRole).
QStringList selectedImagePaths(const QAbstractItemView* view);

class ThumbnailLoader : public QObject
{
    Q_OBJECT

public:
    // What a thumbnail shows of a file, when not the picture itself: the Evaluate step's heat maps
    // (`tag`: the thumbnail's class). Runs on the loader's threads; an exception leaves the
    // thumbnail null (a view then shows the plain one).
    using Drawing = std::function<Image(const std::string& path, int tag)>;
    explicit ThumbnailLoader(int size = 96, QObject* parent = nullptr, Drawing drawing = {}, int threads = 2);
    ~ThumbnailLoader() override;
    // The cached thumbnail, or a null image after queueing the file (thumbnailReady follows). A
    // square of size() with the picture centred on a clear ground: every item of an icon view is
    // then as wide as the next (a view sizes them all like the one it measures first, and a
    // narrow one cut every file name short), and a class's strip draws no picture stretched.
    // `tag` is for a Drawing (one thumbnail per file and tag).
    QImage thumbnail(const QString& path, int tag = -1);
    int size() const { return m_size; }
    // A neutral tile of the thumbnail size, shown until the real thumbnail arrives (so views size
    // their items right from the start).
    QIcon placeholder() const;
    // The icon of a thumbnail, or the placeholder while it is null (not loaded yet).
    QIcon tile(const QImage& thumbnail) const;
    // Files decoded (or being decoded) since the loader was made: what a view asked for.
    int decodesStarted() const { return m_started; }

Q_SIGNALS:
    void thumbnailReady(const QString& path);

private:
    int m_size;
    Drawing m_drawing;
    QThreadPool m_pool;
    // The thumbnails seen last; a class of 60,000 scrolled through keeps a few thousand, not all.
    QCache<QString, QImage> m_cache;
    QSet<QString> m_pending;
    QIcon m_placeholder;
    int m_started = 0;
};

// One image of a thumbnail grid: its file, the words under it, and a number of the page's own
// (the class it was predicted as, on the Evaluate step).
struct ThumbnailEntry
{
    QString path;
    QString text;
    QString toolTip;
    int tag = -1;
};

// The images of a grid, as a model: a view asks only for the rows it shows, so only those are
// decoded, and a class of thousands lists every image without a stall. Roles: Qt::UserRole is
// the path, TagRole the entry's tag.
class ThumbnailListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int TagRole = Qt::UserRole + 1;
    ThumbnailListModel(ThumbnailLoader* loader, QObject* parent = nullptr);
    void setEntries(QVector<ThumbnailEntry> entries);
    // Thumbnails drawn over the plain ones (by file and tag) where they are ready: the Evaluate
    // step's heat maps. nullptr: the plain ones only.
    void setOverlay(ThumbnailLoader* overlay);
    void clear() { setEntries({}); }
    // Every item's size (Qt::SizeHintRole): a view lays the grid out without asking for pictures,
    // and the words under a thumbnail get the whole cell's width.
    void setItemSize(QSize size) { m_itemSize = size; }
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void onThumbnail(const QString& path);

    ThumbnailLoader* m_loader;
    QPointer<ThumbnailLoader> m_overlay;
    QSize m_itemSize;
    QVector<ThumbnailEntry> m_entries;
    QHash<QString, int> m_rows; // path -> row
};

// A grid of thumbnails on `model` (an icon view that lays out every cell alike, the icons at the
// model's loader size, several selectable): the Data step's class and the Evaluate step's cell.
QListView* newThumbnailGrid(ThumbnailListModel* model, int iconSize, QSize cellSize, QWidget* parent);

} // namespace graft::ui
