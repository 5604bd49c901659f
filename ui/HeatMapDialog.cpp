#include "HeatMapDialog.h"

#include "ImageLoading.h"
#include "MessageText.h"
#include "app/core/Jobs.h"
#include "label/Predict.h"
#include "train/Classifier.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

namespace graft::ui {

HeatMapDialog::HeatMapDialog(const QString& model, const QString& image, const QVector<Panel>& panels, DeviceChoice device,
                             int threads, QWidget* parent)
    : QDialog(parent), m_panels(panels), m_job(new app::BackgroundJob(this))
{
    setObjectName(QStringLiteral("heatMapDialog"));
    setWindowTitle(tr("Where the model looks — %1").arg(QFileInfo(image).fileName()));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* grid = new QGridLayout;
    for (int i = 0; i < panels.size(); ++i) {
        auto* picture = new QLabel(tr("Looking…"), this);
        picture->setObjectName(QStringLiteral("heatMapPicture%1").arg(i));
        picture->setAlignment(Qt::AlignCenter);
        picture->setMinimumSize(320, 320);
        auto* caption = new QLabel(panels[i].caption, this);
        caption->setObjectName(QStringLiteral("heatMapCaption%1").arg(i));
        caption->setAlignment(Qt::AlignCenter);
        caption->setWordWrap(true);
        m_captions.push_back(caption);
        grid->addWidget(picture, 0, i);
        grid->addWidget(caption, 1, i);
        m_pictures.push_back(picture);
    }
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("heatMapDialogNote"));
    m_note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* open = buttons->addButton(tr("Open image"), QDialogButtonBox::ActionRole);
    connect(open, &QPushButton::clicked, this, [image] { QDesktopServices::openUrl(QUrl::fromLocalFile(image)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetFixedSize); // grows with the note once the pictures come
    layout->addLayout(grid);
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    // One classifier for every panel.
    auto pictures = std::make_shared<std::vector<HeatMapPicture>>();
    std::vector<int> classes;
    for (const Panel& p : panels)
        classes.push_back(p.classIndex);
    m_job->start([pictures, classes, model = model.toStdString(), image = image.toStdString(), device, threads](const ProgressCallback&, const CancelFlag* cancel) {
        const Classifier c = Classifier::load(model, device, threads);
        c.requireHeatMaps();
        throwIfCancelled(cancel);
        *pictures = heatMapPictures(image, app::fileImageReader(), c.preprocess(), heatMapsOf(c), classes);
    });
    connect(m_job, &app::BackgroundJob::finished, this, [this, pictures] {
        bool edgeCut = false;
        for (int i = 0; i < m_pictures.size() && i < int(pictures->size()); ++i) {
            const HeatMapPicture& p = (*pictures)[std::size_t(i)];
            m_pictures[i]->setPixmap(QPixmap::fromImage(toQImage(p.picture))
                                         .scaled(QSize(320, 320), Qt::KeepAspectRatio, Qt::SmoothTransformation));
            if (m_panels[i].captionWith)
                m_captions[i]->setText(m_panels[i].captionWith(p.map.probability));
            if (p.map.noEvidence())
                m_captions[i]->setText(m_captions[i]->text() + QLatin1Char('\n') + tr("(no place speaks for it)"));
            edgeCut = edgeCut || p.edgeCut;
        }
        const QString layer = pictures->empty() ? QString() : QString::fromStdString(pictures->front().map.layer);
        QString note = pictures->size() > 1
            ? tr("Red: where the model found the most evidence for the class; blue: none (Grad-CAM on %1, the "
                 "pictures on one scale).").arg(layer)
            : tr("Red: where the model found the most evidence for the class; blue: none (Grad-CAM on %1).").arg(layer);
        if (edgeCut)
            note += QLatin1Char(' ') + edgeCutNote();
        m_note->setText(note);
    });
    connect(m_job, &app::BackgroundJob::failed, this, [this](const LogMessage& why) {
        for (QLabel* picture : m_pictures)
            picture->clear();
        m_note->setText(failedNote(messageText(why)));
    });
}

HeatMapDialog::~HeatMapDialog() = default;

QString HeatMapDialog::edgeCutNote() { return tr("The darkened edge is cropped off before the model looks."); }

QString HeatMapDialog::failedNote(const QString& why) { return tr("Where it looks could not be shown: %1").arg(why); }

} // namespace graft::ui
