// Looks inside a Model's tensors for tests, through a torch-free interface (test files include Qt).
#pragma once

#include "models/Model.h"

#include <map>
#include <string>
#include <vector>

namespace graft::test {

// Parameter or buffer name -> SHA-256 of its bytes.
std::map<std::string, std::string> tensorDigests(const Model& model);
// Parameter name -> requires_grad.
std::map<std::string, bool> trainableFlags(const Model& model);
// Puts the model in training mode as the trainer does and lists the batch norms left in training mode.
std::vector<std::string> batchNormsInTrainingMode(const Model& model);
// The class activation map (Zhou et al., 2016) of a network whose head is global average pooling
// and one Linear layer `linear` (ResNet's "fc"): ReLU of the activations after stage `stage`
// weighted by the class's row of the layer, normalised to a maximum of 1 (row-major, width x height).
std::vector<float> classActivationMap(const Model& model, const std::vector<float>& input, int size, const std::string& stage,
                                      const std::string& linear, int classIndex, int* width, int* height);
// The modules in training mode, as they are.
std::vector<std::string> modulesInTrainingMode(const Model& model);
// Sets every value of one parameter ("fc.weight") to `value`.
void fillParameter(const Model& model, const std::string& name, float value);
// Adds `delta` to every parameter (to check that loading overwrites them).
void perturbParameters(const Model& model, float delta);

} // namespace graft::test
