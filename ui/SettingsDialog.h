// Preferences: default device and threads, where weights are cached and searched, the language,
// autosave. Stored with QSettings, shared with graft-cli.
#pragma once

#include "app/core/AppSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace graft::ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(app::AppSettings& settings, QWidget* parent = nullptr);
    void accept() override;
    // The devices to choose from, in DeviceChoice order with their settings names as data; the GPU
    // only where there is one. Here and in the Train step's Compute box.
    static void addDeviceChoices(QComboBox* box);

private:
    app::AppSettings& m_settings;
    QComboBox* m_device;
    QSpinBox* m_threads;
    QLineEdit* m_cache;
    QListWidget* m_folders;
    QComboBox* m_language;
    QCheckBox* m_autosave;
};

} // namespace graft::ui
