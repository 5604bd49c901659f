// QCustomPlot's header uses Qt's `signals`/`emit` keywords and `foreach`, which Graft switches off
// (they clash with LibTorch's headers). Include QCustomPlot through this file only.
#pragma once

#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach(variable, container) for (variable : container)
#include <qcustomplot.h>
#undef foreach
#undef emit
#undef slots
#undef signals
