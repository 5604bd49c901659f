#include "RunAdvice.h"

#include "core/Text.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace graft {

namespace {

std::string percent(double fraction) { return formatFixed(100.0 * fraction, 1); }

} // namespace

std::vector<LogMessage> runAdvice(const RunInfo& run)
{
    std::vector<LogMessage> advice;
    const std::vector<EpochMetrics>& h = run.history;
    const int n = int(h.size());
    if (n < 2 || run.status == "stopped" || run.status == "failed")
        return advice;
    const EpochMetrics& first = h.front();
    const EpochMetrics& last = h.back();
    // Both signs of too large steps end alike: the rate in a few digits, and where to find another.
    const std::string lr = formatGeneral(run.config.learningRate, 2);
    const std::string rateTooHigh =
        "the learning rate (" + lr + ") is likely too high; a learning-rate search (Find..., graft-cli find-lr) suggests one";

    // The loss rose over the run: the steps overshoot. Nothing else the curves say is worth much then.
    if (n >= 3 && last.trainLoss > first.trainLoss * 1.05) {
        advice.push_back({logid::kAdviceRateTooHigh, {formatFixed(first.trainLoss, 4), formatFixed(last.trainLoss, 4), lr},
                          "Advice: the training loss rose instead of falling (" + formatFixed(first.trainLoss, 4) + " to "
                              + formatFixed(last.trainLoss, 4) + "): " + rateTooHigh});
        return advice;
    }
    // A loss far above guessing's (log of the class count) at the start: steps so large that the
    // model became confidently wrong. It may fit the training images later, but by luck.
    const std::size_t classes = run.classes.size();
    if (classes >= 2 && first.trainLoss > 3.0 * std::log(double(classes))) {
        const std::string guessing = formatFixed(std::log(double(classes)), 2);
        advice.push_back({logid::kAdviceLossTooHigh,
                          {formatFixed(first.trainLoss, 4), std::to_string(classes), guessing, lr},
                          "Advice: the training loss of the first epoch (" + formatFixed(first.trainLoss, 4)
                              + ") was far above what guessing among " + std::to_string(classes) + " classes gives ("
                              + guessing + "): " + rateTooHigh});
        return advice;
    }
    // The model cannot even fit the images it trains on.
    if (last.trainAccuracy < 0.6)
        advice.push_back({logid::kAdviceUnderfitting, {percent(last.trainAccuracy)},
                          "Advice: the model got only " + percent(last.trainAccuracy)
                              + "% of the training images right: it cannot tell the classes apart well yet. Train more "
                                "of the network (fine-tune its last blocks), train longer, or try another learning rate"});
    if (!last.hasValidation)
        return advice;

    const EpochMetrics* best = run.bestMetrics();
    double lowestLoss = last.validation.loss;
    for (const EpochMetrics& e : h)
        if (e.hasValidation)
            lowestLoss = std::min(lowestLoss, e.validation.loss);
    // Memorising: after the best epoch the training loss kept falling while the validation loss rose.
    if (best && best->epoch <= last.epoch - 2 && lowestLoss > 0 && last.validation.loss >= 1.1 * lowestLoss
        && last.trainLoss < best->trainLoss) {
        const std::string rise = formatFixed(100.0 * (last.validation.loss / lowestLoss - 1.0), 0);
        const std::string epoch = std::to_string(best->epoch);
        advice.push_back({logid::kAdviceOverfitting, {epoch, percent(last.trainAccuracy), rise},
                          "Advice: after epoch " + epoch + " the model fitted the training images better ("
                              + percent(last.trainAccuracy) + "% right) and the validation images worse (validation loss "
                              + rise + "% up): it is memorising the training images (overfitting). The model of epoch "
                              + epoch + " is the one kept; more images, augmentation or early stopping help"});
        return advice;
    }
    // Still improving when the epochs ran out (an early stop says the opposite).
    if (run.status == "finished" && best && best->epoch == last.epoch && n >= 3) {
        const int back = std::max(1, n / 4);
        const EpochMetrics& before = h[std::size_t(n - 1 - back)];
        if (before.hasValidation
            && (last.validation.accuracy - before.validation.accuracy >= 0.02 || last.validation.loss < 0.97 * before.validation.loss)) {
            advice.push_back({logid::kAdviceStillImproving,
                              {percent(before.validation.accuracy), percent(last.validation.accuracy), std::to_string(back)},
                              "Advice: the model was still improving at the last epoch (validation accuracy "
                                  + percent(before.validation.accuracy) + "% to " + percent(last.validation.accuracy)
                                  + "% over the last " + countOf(back, "epoch", "epochs")
                                  + "): more epochs may give a better one; continue the run to train it further"});
        }
    }
    return advice;
}

bool isAdvice(const LogMessage& line) { return startsWith(line.id, "advice-"); }

} // namespace graft
