#include "AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace graft::app {

AppSettings::AppSettings() : m_settings(QSettings::UserScope, QStringLiteral("Graft"), QStringLiteral("Graft")) {}

QString AppSettings::weightsCacheDir() const
{
    const QString fallback =
        QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/graft/weights");
    return m_settings.value(QStringLiteral("weights/cacheDir"), fallback).toString();
}

void AppSettings::setWeightsCacheDir(const QString& dir) { m_settings.setValue(QStringLiteral("weights/cacheDir"), dir); }

QStringList AppSettings::configuredWeightsFolders() const
{
    return m_settings.value(QStringLiteral("weights/folders")).toStringList();
}

QStringList AppSettings::weightsFolders() const
{
    QStringList folders = configuredWeightsFolders();
    const QString env = qEnvironmentVariable("GRAFT_WEIGHTS_PATH");
    for (const QString& f : env.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        if (!folders.contains(f))
            folders << f;
    return folders;
}

void AppSettings::setWeightsFolders(const QStringList& folders)
{
    m_settings.setValue(QStringLiteral("weights/folders"), folders);
}

QString AppSettings::weightsBaseUrl() const
{
    const QString env = qEnvironmentVariable("GRAFT_WEIGHTS_BASE_URL");
    if (!env.isEmpty())
        return env;
    return m_settings.value(QStringLiteral("weights/baseUrl"), QStringLiteral("https://download.pytorch.org/models/"))
        .toString();
}

void AppSettings::setWeightsBaseUrl(const QString& url) { m_settings.setValue(QStringLiteral("weights/baseUrl"), url); }

QString AppSettings::device() const { return m_settings.value(QStringLiteral("compute/device"), QStringLiteral("auto")).toString(); }
void AppSettings::setDevice(const QString& device) { m_settings.setValue(QStringLiteral("compute/device"), device); }
int AppSettings::threads() const { return m_settings.value(QStringLiteral("compute/threads"), 0).toInt(); }
void AppSettings::setThreads(int threads) { m_settings.setValue(QStringLiteral("compute/threads"), threads); }
QString AppSettings::language() const { return m_settings.value(QStringLiteral("ui/language")).toString(); }
void AppSettings::setLanguage(const QString& language) { m_settings.setValue(QStringLiteral("ui/language"), language); }

QStringList AppSettings::recentProjects() const
{
    QStringList out;
    for (const QString& p : m_settings.value(QStringLiteral("projects/recent")).toStringList())
        if (QFileInfo::exists(p))
            out << p;
    return out;
}

void AppSettings::addRecentProject(const QString& path)
{
    QStringList list = m_settings.value(QStringLiteral("projects/recent")).toStringList();
    const QString abs = QFileInfo(path).absoluteFilePath();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > 10)
        list.removeLast();
    m_settings.setValue(QStringLiteral("projects/recent"), list);
}

bool AppSettings::autosave() const { return m_settings.value(QStringLiteral("projects/autosave"), true).toBool(); }
void AppSettings::setAutosave(bool on) { m_settings.setValue(QStringLiteral("projects/autosave"), on); }

} // namespace graft::app
