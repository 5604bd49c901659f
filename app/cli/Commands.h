// graft-cli's subcommands; each parses its own options and returns an exit code.
#pragma once

#include <QStringList>

namespace graft::cli {

int cmdModels(const QStringList& args);
int cmdInspect(const QStringList& args);
int cmdTrain(const QStringList& args);
int cmdFindLearningRate(const QStringList& args);
int cmdResume(const QStringList& args);
int cmdRuns(const QStringList& args);
int cmdEvaluate(const QStringList& args);
int cmdExport(const QStringList& args);
int cmdLabel(const QStringList& args);
int cmdPredict(const QStringList& args);
int cmdWeights(const QStringList& args);
int cmdSample(const QStringList& args);

} // namespace graft::cli
