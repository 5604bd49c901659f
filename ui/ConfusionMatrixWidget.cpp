#include "ConfusionMatrixWidget.h"

#include "Format.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace graft::ui {

ConfusionMatrixWidget::ConfusionMatrixWidget(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Rows: true class; columns: predicted class. Click a cell (or use the arrow keys) to see its images."));
}

void ConfusionMatrixWidget::setMatrix(const QStringList& classes, const std::vector<std::vector<std::int64_t>>& matrix)
{
    m_classes = classes;
    m_matrix = matrix;
    m_selectedRow = m_selectedColumn = -1;
    updateGeometry();
    update();
}

int ConfusionMatrixWidget::labelWidth() const
{
    int w = 0;
    for (const QString& c : m_classes)
        w = std::max(w, fontMetrics().horizontalAdvance(c));
    return std::min(w + 12, 160);
}

int ConfusionMatrixWidget::axisBand() const { return fontMetrics().height() + 6; }

namespace {
constexpr int kMinCell = 18; // a two-digit count still fits
}

int ConfusionMatrixWidget::cellSize() const
{
    const int n = std::max<int>(1, int(m_classes.size()));
    const int avail = std::min(width(), height()) - axisBand() - labelWidth() - 8;
    return std::max(kMinCell, avail / n);
}

QSize ConfusionMatrixWidget::minimumSizeHint() const
{
    const int n = int(m_classes.size());
    const int side = std::max(240, axisBand() + labelWidth() + n * kMinCell + 8);
    return QSize(side, side);
}

QSize ConfusionMatrixWidget::sizeHint() const
{
    const int n = std::max<int>(2, int(m_classes.size()));
    const int side = axisBand() + labelWidth() + n * 44 + 8;
    return QSize(side, side);
}

QRect ConfusionMatrixWidget::cellRect(int r, int c) const
{
    const int s = cellSize(), o = axisBand() + labelWidth();
    return QRect(o + c * s, o + r * s, s, s);
}

void ConfusionMatrixWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int n = int(m_classes.size());
    if (n == 0) {
        p.drawText(rect(), Qt::AlignCenter, tr("Evaluate a run to see its confusion matrix"));
        return;
    }
    const int s = cellSize(), l = labelWidth(), b = axisBand(), o = b + l;
    const QColor base = palette().color(QPalette::Base);
    const QColor accent = palette().color(QPalette::Highlight);
    for (int r = 0; r < n; ++r) {
        const std::int64_t rowSum = rowTotal(r);
        for (int c = 0; c < n; ++c) {
            const std::int64_t v = m_matrix[std::size_t(r)][std::size_t(c)];
            const double share = rowSum ? double(v) / double(rowSum) : 0;
            // Correct cells in the highlight colour, mistakes in red.
            const QColor hue = r == c ? accent : QColor(214, 39, 40);
            QColor fill;
            fill.setRgbF(base.redF() + (hue.redF() - base.redF()) * share, base.greenF() + (hue.greenF() - base.greenF()) * share,
                         base.blueF() + (hue.blueF() - base.blueF()) * share);
            const QRect cell = cellRect(r, c);
            p.fillRect(cell.adjusted(1, 1, -1, -1), fill);
            if (r == m_selectedRow && c == m_selectedColumn) {
                p.setPen(QPen(palette().color(QPalette::Text), hasFocus() ? 3 : 2));
                p.drawRect(cell.adjusted(1, 1, -1, -1));
            }
            p.setPen(share > 0.55 ? Qt::white : palette().color(QPalette::Text));
            if (s >= kMinCell)
                p.drawText(cell, Qt::AlignCenter, QString::number(v));
        }
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(b, o + r * s, l - 6, s), Qt::AlignRight | Qt::AlignVCenter,
                   fontMetrics().elidedText(m_classes[r], Qt::ElideRight, l - 8));
    }
    // Which way is which, on the axes themselves.
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(o, 0, n * s, b), Qt::AlignHCenter | Qt::AlignTop, tr("Predicted class →"));
    p.save();
    p.translate(b, o); // reads downwards, along the rows
    p.rotate(90);
    p.drawText(QRect(0, 0, n * s, b), Qt::AlignHCenter | Qt::AlignTop, tr("True class →"));
    p.restore();
    p.setFont(font());
    for (int c = 0; c < n; ++c) {
        p.save();
        p.translate(o + c * s + s / 2, o - 6);
        p.rotate(-60);
        p.drawText(QRect(0, -s / 2, l, s), Qt::AlignLeft | Qt::AlignVCenter, fontMetrics().elidedText(m_classes[c], Qt::ElideRight, l - 8));
        p.restore();
    }
}

void ConfusionMatrixWidget::setSelectedCell(int trueClass, int predicted)
{
    if (trueClass == m_selectedRow && predicted == m_selectedColumn)
        return;
    m_selectedRow = trueClass;
    m_selectedColumn = predicted;
    setAccessibleDescription(trueClass >= 0 ? describe(trueClass, predicted) : QString());
    update();
}

void ConfusionMatrixWidget::select(int row, int column)
{
    m_selectedRow = row;
    m_selectedColumn = column;
    setAccessibleDescription(describe(row, column));
    update();
    Q_EMIT cellClicked(row, column);
}

std::int64_t ConfusionMatrixWidget::rowTotal(int row) const
{
    std::int64_t sum = 0;
    for (auto v : m_matrix[std::size_t(row)])
        sum += v;
    return sum;
}

std::pair<int, int> ConfusionMatrixWidget::cellAt(const QPoint& pos) const
{
    const int n = int(m_classes.size());
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c)
            if (cellRect(r, c).contains(pos))
                return {r, c};
    return {-1, -1};
}

QString ConfusionMatrixWidget::describe(int r, int c) const
{
    const std::int64_t rowSum = rowTotal(r);
    const std::int64_t v = m_matrix[std::size_t(r)][std::size_t(c)];
    const QString share = rowSum ? QStringLiteral(" (%1)").arg(percent(double(v) / double(rowSum))) : QString();
    return r == c ? tr("%1: %Ln image(s) recognised%2", nullptr, int(v)).arg(m_classes[r], share)
                  : tr("%1 taken for %2: %Ln image(s)%3", nullptr, int(v)).arg(m_classes[r], m_classes[c], share);
}

void ConfusionMatrixWidget::mousePressEvent(QMouseEvent* event)
{
    if (const auto [r, c] = cellAt(event->position().toPoint()); r >= 0)
        select(r, c);
}

void ConfusionMatrixWidget::keyPressEvent(QKeyEvent* event)
{
    const int n = int(m_classes.size());
    if (n == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    int r = std::max(0, m_selectedRow), c = std::max(0, m_selectedColumn);
    const bool none = m_selectedRow < 0;
    switch (event->key()) {
    case Qt::Key_Left: c -= none ? 0 : 1; break;
    case Qt::Key_Right: c += none ? 0 : 1; break;
    case Qt::Key_Up: r -= none ? 0 : 1; break;
    case Qt::Key_Down: r += none ? 0 : 1; break;
    case Qt::Key_Home: c = 0; break;
    case Qt::Key_End: c = n - 1; break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: break;
    default: QWidget::keyPressEvent(event); return;
    }
    select(std::clamp(r, 0, n - 1), std::clamp(c, 0, n - 1));
}

bool ConfusionMatrixWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        if (const auto [r, c] = cellAt(help->pos()); r >= 0) {
            QToolTip::showText(help->globalPos(), describe(r, c), this, cellRect(r, c));
            return true;
        }
    }
    return QWidget::event(event);
}

} // namespace graft::ui
