#pragma once
// The stand-in for libtorch.so (FakeTorchFilesystem.cpp): something of its own that a program
// uses, as Graft's programs use LibTorch, so that it is among the program's needed libraries.

int graftFakeTorchVersion();
