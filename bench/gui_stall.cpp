// The longest the window's event loop stalls while it trains (target: under 100 ms). A 1 ms timer
// on the GUI thread records the gaps between its ticks while the real main window trains on a
// dataset, with the feature cache (many fast updates) and without (heavy work in the background).
// Usage: graft-bench-gui-stall DATASET [--size 128] [--epochs 3]     (QT_QPA_PLATFORM=offscreen)
#include "MainWindow.h"
#include "DataPage.h"
#include "TrainPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace graft::ui;

namespace {
void waitUntil(const std::function<bool()>& done)
{
    while (!done())
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

void measure(MainWindow& w, bool augment, int size, int epochs)
{
    w.trainPage()->findChild<QSpinBox*>(QStringLiteral("inputSize"))->setValue(size);
    w.trainPage()->findChild<QSpinBox*>(QStringLiteral("epochs"))->setValue(epochs);
    w.trainPage()->findChild<QCheckBox*>(QStringLiteral("augment"))->setChecked(augment);
    std::vector<double> gaps;
    QElapsedTimer clock;
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        gaps.push_back(clock.nsecsElapsed() / 1e6);
        clock.restart();
    });
    w.trainPage()->findChild<QPushButton*>(QStringLiteral("startButton"))->click();
    clock.start();
    tick.start();
    waitUntil([&] { return !w.trainPage()->isTraining(); });
    tick.stop();
    std::sort(gaps.begin(), gaps.end());
    const double p99 = gaps.empty() ? 0 : gaps[std::size_t(double(gaps.size()) * 0.99)];
    std::printf("%s: %zu ticks, longest stall %.1f ms, 99th percentile %.1f ms\n",
                augment ? "augmentation on (backbone computed every step)" : "feature cache (frozen layers once)",
                gaps.size(), gaps.empty() ? 0.0 : gaps.back(), p99);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Graft"));
    QApplication::setApplicationName(QStringLiteral("GraftBench"));
    QString dataset;
    int size = 128, epochs = 3;
    const QStringList args = QApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--size") && i + 1 < args.size())
            size = args[++i].toInt();
        else if (args[i] == QLatin1String("--epochs") && i + 1 < args.size())
            epochs = args[++i].toInt();
        else
            dataset = args[i];
    }
    MainWindow w;
    w.show();
    w.openSampleProject(dataset);
    waitUntil([&] { return w.workspace().report() != nullptr; });
    QString why;
    if (w.workspace().resolvedWeights(&why) == QLatin1String("?")) {
        // Training would stop at a message box; say why instead of waiting on it.
        std::fprintf(stderr, "%s\nSet GRAFT_WEIGHTS_PATH to the folder with mobilenet_v2 weights.\n", qPrintable(why));
        return 1;
    }
    w.showStep(MainWindow::TrainStep);
    measure(w, false, size, epochs);
    measure(w, true, size, epochs);
    w.workspace().markSaved();
    return 0;
}
