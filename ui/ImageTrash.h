// Images of the dataset sent to the system trash (restorable there), from the Data step's thumbnails
// and the Evaluate step's images: a picture that belongs to no class.
#pragma once

#include <QStringList>

class QWidget;

namespace graft::ui {

// Asks first when `confirm` (and moves nothing unless the answer is yes); a file that cannot go is
// named in a message. Returns the paths moved to the trash.
QStringList moveImagesToTrash(QWidget* parent, const QStringList& paths, bool confirm);

} // namespace graft::ui
