// A Graft project (.graft, JSON): the dataset folders and split, the model with its weights source,
// head and freezing, the hyperparameters, and the history of runs with their metrics, plus the
// relabelling moves made from the Evaluate step. Saved atomically.
#pragma once

#include "core/Json.h"
#include "data/Split.h"
#include "train/TrainConfig.h"
#include "train/Trainer.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace graft::app {

struct RunRecord
{
    QString dir;
    QString architecture;
    QString status;
    int epochs = 0;
    double bestAccuracy = -1; // validation; < 0 when unknown
    QString created;
};

struct RelabelRecord
{
    QString from;       // where the image was (folder: the class folder's old path)
    QString to;         // where it is now
    QString oldClass, newClass;
    QString time;
    bool folder = false; // a class folder renamed (Data: Rename class), not one image moved
};

class Project
{
public:
    static constexpr int kFormatVersion = 1;

    QString path;                  // empty until saved
    QStringList datasetRoots;
    QStringList excludedClasses;   // class folders left out of training (files untouched)
    SplitSpec split;
    TrainConfig config;            // architecture, head, freeze, preprocessing, hyperparameters
    QString weightsSource = QStringLiteral("auto"); // "auto" (zoo weights), "none" (scratch) or a file
    QList<RunRecord> runs;
    QList<RelabelRecord> relabels; // image moves and class folder renames, in the order made

    QString name() const;          // file name without extension, "Untitled" before saving
    // Where new runs go: "<project>-runs/" beside the project file, or under the user's data folder.
    QString runsFolder() const;
    QString newRunDir() const;

    Json toJson() const;
    static Project fromJson(const Json& j, const QString& path);
    // Throws graft::Error naming the file on failure.
    void save(const QString& path);
    static Project load(const QString& path);
    // The moves of `relabels` as continuing a run follows them (ResumeOptions::moved).
    std::vector<MovedImage> movedImages() const;
    // The name of the class folder that `name` has now, after the class renames recorded in
    // `relabels` (`name` when it was not renamed since).
    QString currentClassName(const QString& name) const;
    // `datasetRoots` as the engine takes them: where a run looks for its images when they moved
    // (ResumeOptions::datasetRoots, currentRunSplit).
    std::vector<std::string> datasetFolders() const;
    // The sample project `make run` opens: Fashion-MNIST with MobileNetV2.
    static Project sample(const QString& datasetDir);
    // Also resets preprocessing and freezing (head only, so augmentation off, as graft-cli's --augment auto).
    void setArchitecture(const std::string& architecture);

    // A project never saved (no path) that has runs is copied to one file in the user's data folder
    // while it changes, so that a crash or a kill does not take its list of runs along: the next
    // start offers it back. The copy goes when the project is saved or set aside by the user.
    static QString unsavedCopyPath();
    void keepUnsavedCopy() const;              // throws graft::Error naming the file
    static bool hasUnsavedCopy();
    // The copy and when it was written; throws graft::Error when it cannot be read.
    static Project loadUnsavedCopy(QString* writtenAt = nullptr);
    static void removeUnsavedCopy();
};

} // namespace graft::app
