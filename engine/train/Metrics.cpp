#include "Metrics.h"

namespace graft {

ClassificationMetrics ClassificationMetrics::fromConfusion(std::vector<std::vector<std::int64_t>> confusion, double loss)
{
    ClassificationMetrics m;
    const std::size_t n = confusion.size();
    m.confusion = std::move(confusion);
    m.loss = loss;
    m.perClass.resize(n);
    std::int64_t correct = 0, total = 0;
    double f1Sum = 0;
    std::size_t present = 0; // classes in the data or in the predictions, as scikit-learn averages
    for (std::size_t c = 0; c < n; ++c) {
        std::int64_t tp = m.confusion[c][c], predicted = 0, actual = 0;
        for (std::size_t k = 0; k < n; ++k) {
            predicted += m.confusion[k][c];
            actual += m.confusion[c][k];
        }
        ClassMetrics& cm = m.perClass[c];
        cm.support = actual;
        cm.predicted = predicted;
        cm.precision = predicted ? double(tp) / double(predicted) : 0.0;
        cm.recall = actual ? double(tp) / double(actual) : 0.0;
        cm.f1 = cm.precision + cm.recall > 0 ? 2 * cm.precision * cm.recall / (cm.precision + cm.recall) : 0.0;
        correct += tp;
        total += actual;
        if (cm.hasF1()) {
            f1Sum += cm.f1;
            ++present;
        }
    }
    m.count = total;
    m.accuracy = total ? double(correct) / double(total) : 0.0;
    m.macroF1 = present ? f1Sum / double(present) : 0.0;
    return m;
}

Json ClassificationMetrics::toJson() const
{
    Json per = Json::array();
    for (const auto& c : perClass)
        per.push_back({{"precision", c.precision}, {"recall", c.recall}, {"f1", c.f1}, {"support", c.support},
                       {"predicted", c.predicted}});
    return Json{{"accuracy", accuracy}, {"macro_f1", macroF1}, {"loss", loss}, {"count", count},
                {"per_class", per}, {"confusion", confusion}};
}

ClassificationMetrics ClassificationMetrics::fromJson(const Json& j)
{
    return fromConfusion(j.value("confusion", std::vector<std::vector<std::int64_t>>{}), j.value("loss", 0.0));
}

} // namespace graft
