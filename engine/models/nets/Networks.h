// Factories for the torchvision-compatible architectures of the zoo.
#pragma once

#include "Layers.h"

#include <string>

namespace graft::nets {

Network createResNet(int depth, int numClasses);
Network createVgg(int depth, bool batchNorm, int numClasses);
Network createMobileNetV2(int numClasses);
Network createMobileNetV3(bool large, int numClasses);
Network createEfficientNet(int variant, int numClasses); // B0..B7
Network createInceptionV3(int numClasses);
Network createDenseNet121(int numClasses);
Network createConvNeXtTiny(int numClasses);

// By torchvision's function name ("resnet50", "efficientnet_b3", ...); nullptr if unknown.
Network createNetwork(const std::string& arch, int numClasses);

} // namespace graft::nets
