// Choosing a value on a chart's x axis with the mouse: a click, or a drag along it (the threshold
// and learning-rate dialogs), and the dashed line that marks the value chosen.
#pragma once

#include "QCustomPlotInclude.h"

#include <QMouseEvent>

#include <functional>

namespace graft::ui {

// Calls `choose` with the x value under the mouse while its left button is down on `plot`.
inline void chooseAlongX(QCustomPlot* plot, QObject* context, const std::function<void(double)>& choose)
{
    const auto follow = [plot, choose](QMouseEvent* e) {
        if (e->buttons() & Qt::LeftButton)
            choose(plot->xAxis->pixelToCoord(e->position().x()));
    };
    QObject::connect(plot, &QCustomPlot::mousePress, context, follow);
    QObject::connect(plot, &QCustomPlot::mouseMove, context, follow);
}

// A vertical line across the whole chart at `x`.
inline void placeVerticalLine(QCPItemStraightLine* line, double x)
{
    line->point1->setCoords(x, 0);
    line->point2->setCoords(x, 1);
}

} // namespace graft::ui
