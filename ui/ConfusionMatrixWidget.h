// A confusion matrix as a heatmap: rows are true classes, columns predictions, cells shaded by the
// share of the row. Clicking a cell selects it; so do the arrow keys (and Enter) when it has focus.
// Hovering a cell tells its classes and count, whose names may be cut short on the axes.
#pragma once

#include <QWidget>

#include <cstdint>
#include <utility>
#include <vector>

namespace graft::ui {

class ConfusionMatrixWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ConfusionMatrixWidget(QWidget* parent = nullptr);
    void setMatrix(const QStringList& classes, const std::vector<std::vector<std::int64_t>>& matrix);
    QRect cellRect(int trueClass, int predicted) const;
    // Marks a cell as the one shown (-1, -1: none), without emitting cellClicked.
    void setSelectedCell(int trueClass, int predicted);
    QSize sizeHint() const override;
    // Room for cells big enough to hold their numbers; in a scroll area, many classes scroll.
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void cellClicked(int trueClass, int predicted);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    int labelWidth() const;
    int axisBand() const; // the strip for an axis title ("True class", "Predicted class")
    int cellSize() const;
    void select(int row, int column);
    // The cell under `pos` as (row, column), or (-1, -1).
    std::pair<int, int> cellAt(const QPoint& pos) const;
    std::int64_t rowTotal(int row) const;
    QString describe(int row, int column) const;
    QStringList m_classes;
    std::vector<std::vector<std::int64_t>> m_matrix;
    int m_selectedRow = -1, m_selectedColumn = -1;
};

} // namespace graft::ui
