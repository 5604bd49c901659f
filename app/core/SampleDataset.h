// The sample dataset: the first images of each class of Fashion-MNIST as PNG files, one folder per
// class, made from Debian's dataset-fashion-mnist package. Nothing is downloaded and the program
// ships no images; a first-time user tries the whole workflow on it before preparing their own.
#pragma once

#include "core/Job.h"

#include <QString>

namespace graft::app {

// Where Fashion-MNIST's files are: $GRAFT_FASHION_MNIST, else the Debian package's folder.
QString sampleSourceFolder();
// True when the sample can be made here (the package is installed).
bool sampleSourceInstalled();
// Where the window keeps the sample it makes: the user's data folder.
QString defaultSampleFolder();

// Makes the sample in `out` (`perClass` images of each of the ten classes), or leaves it as it is
// when `out` holds it already. Written to a folder beside `out` and renamed into place, so a stop
// leaves no half sample. Returns how many images it holds. Throws graft::Error with the fix when
// the source is missing or unreadable, or `out` cannot be written.
int makeSampleDataset(const QString& out, int perClass = 60, const CancelFlag* cancel = nullptr);

} // namespace graft::app
