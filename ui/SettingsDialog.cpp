#include "SettingsDialog.h"

#include "FileDialogs.h"
#include "app/core/WeightsStore.h"
#include "train/Device.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace graft::ui {

SettingsDialog::SettingsDialog(app::AppSettings& settings, QWidget* parent) : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("preferencesDevice"));
    addDeviceChoices(m_device);
    m_device->setCurrentIndex(std::max(0, m_device->findData(settings.device())));
    m_threads = new QSpinBox(this);
    m_threads->setObjectName(QStringLiteral("preferencesThreads"));
    m_threads->setRange(0, 512);
    m_threads->setSpecialValueText(tr("all cores"));
    m_threads->setValue(settings.threads());
    m_cache = new QLineEdit(settings.weightsCacheDir(), this);
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Weights cache"), m_cache->text());
        if (!d.isEmpty())
            m_cache->setText(d);
    });
    auto* cacheRow = new QHBoxLayout;
    cacheRow->addWidget(m_cache, 1);
    cacheRow->addWidget(browse);
    m_folders = new QListWidget(this);
    m_folders->addItems(settings.configuredWeightsFolders());
    m_folders->setToolTip(tr("Folders searched for weights files: official names, or <model>-*.pth"));
    auto* add = new QPushButton(tr("Add…"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString d = chooseFolder(this, QStringLiteral("weights"), tr("Weights folder"));
        if (!d.isEmpty())
            m_folders->addItem(d);
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_folders->currentItem(); });
    auto* folderButtons = new QVBoxLayout;
    folderButtons->addWidget(add);
    folderButtons->addWidget(remove);
    folderButtons->addStretch();
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folders, 1);
    folderRow->addLayout(folderButtons);
    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_autosave = new QCheckBox(tr("Save the project automatically"), this);
    m_autosave->setChecked(settings.autosave());

    auto* form = new QFormLayout;
    form->addRow(tr("Device:"), m_device);
    form->addRow(tr("CPU threads:"), m_threads);
    form->addRow(tr("Weights cache:"), cacheRow);
    form->addRow(tr("Weights folders:"), folderRow);
    form->addRow(QString(), new QLabel(tr("PyTorch's hub cache is always searched: %1").arg(app::WeightsStore::hubCacheDir()), this));
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), new QLabel(tr("A new language applies when Graft starts again."), this));
    form->addRow(QString(), m_autosave);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::addDeviceChoices(QComboBox* box)
{
    for (const DeviceChoice d : {DeviceChoice::Auto, DeviceChoice::Cpu, DeviceChoice::Cuda})
        box->addItem(d == DeviceChoice::Auto  ? tr("Automatic (GPU when there is one)")
                     : d == DeviceChoice::Cpu ? tr("CPU")
                                              : tr("GPU (CUDA)"),
                     QString::fromStdString(deviceName(d)));
    if (!cudaAvailable())
        if (auto* model = qobject_cast<QStandardItemModel*>(box->model())) {
            model->item(int(DeviceChoice::Cuda))->setEnabled(false);
            model->item(int(DeviceChoice::Cuda))->setToolTip(tr("No CUDA GPU on this computer, or this LibTorch has no CUDA"));
        }
}

void SettingsDialog::accept()
{
    m_settings.setDevice(m_device->currentData().toString());
    m_settings.setThreads(m_threads->value());
    m_settings.setWeightsCacheDir(m_cache->text());
    QStringList folders;
    for (int i = 0; i < m_folders->count(); ++i)
        folders << m_folders->item(i)->text();
    m_settings.setWeightsFolders(folders);
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setAutosave(m_autosave->isChecked());
    QDialog::accept();
}

} // namespace graft::ui
