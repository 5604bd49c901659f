// User settings shared by graft and graft-cli (QSettings): where weights are cached and searched,
// the default device and threads, the language, recent projects.
#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>

namespace graft::app {

class AppSettings
{
public:
    AppSettings();

    // Graft's own weights cache (default: ~/.cache/graft/weights).
    QString weightsCacheDir() const;
    void setWeightsCacheDir(const QString& dir);
    // Extra folders searched for weights files, plus those in $GRAFT_WEIGHTS_PATH (':'-separated).
    QStringList weightsFolders() const;
    QStringList configuredWeightsFolders() const;
    void setWeightsFolders(const QStringList& folders);
    // Where official files are downloaded from (tests point this at a local server).
    QString weightsBaseUrl() const;
    void setWeightsBaseUrl(const QString& url);

    QString device() const;              // auto, cpu, cuda
    void setDevice(const QString& device);
    int threads() const;                 // 0 = all cores
    void setThreads(int threads);
    QString language() const;            // "" = system
    void setLanguage(const QString& language);

    QStringList recentProjects() const;
    void addRecentProject(const QString& path);
    bool autosave() const;
    void setAutosave(bool on);

    QSettings& raw() { return m_settings; }

private:
    QSettings m_settings;
};

} // namespace graft::app
