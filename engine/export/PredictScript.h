// A Python script written beside an exported model, so that whoever gets the model can run it
// without writing code: `python3 MODEL_predict.py IMAGE|FOLDER...` prints each image's top classes,
// preprocessed as Graft trained the model (EXIF orientation, transparency on white, resize,
// centre crop). It reads the class names and sizes from the model file itself.
#pragma once

#include <string>
#include <vector>

namespace graft {

// The script's file name for a model file: "dir/shapes.pt" -> "dir/shapes_predict.py".
std::string predictScriptPath(const std::string& modelPath);

// The script's text for the model file named `modelFileName` (looked for beside the script).
std::string predictScript(const std::string& modelFileName, const std::string& architecture, std::size_t classes,
                          const std::vector<std::string>& imageExtensions);

} // namespace graft
