# Compile settings every Graft target shares, carried by one INTERFACE target (no global flags).
add_library(graft_common INTERFACE)
add_library(Graft::common ALIAS graft_common)
target_compile_features(graft_common INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(graft_common INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers>)
# Qt's `slots`/`signals`/`emit` macros clash with torch headers: spell them Q_SLOTS/Q_SIGNALS/Q_EMIT.
target_compile_definitions(graft_common INTERFACE
    QT_NO_KEYWORDS QT_NO_FOREACH QT_DISABLE_DEPRECATED_BEFORE=0x060400
    GRAFT_VERSION="${PROJECT_VERSION}")
# Links LIBS into TARGET with libstdc++ named just before them. Upstream LibTorch binaries export
# their own statically linked copy of libstdc++'s std::filesystem (pytorch/pytorch#133437): a call
# of ours that the linker resolves against libtorch.so binds to that copy, and on CUDA its
# remove_all jumped to address 0 (issue 3). Named here, after the static libraries that call
# std::filesystem and before LibTorch, libstdc++ is the one that resolves those calls, whether the
# toolchain links it as a shared library (it then precedes libtorch.so in the program's needed
# libraries, so in the dynamic linker's search) or as a static archive (its objects are then taken
# into the program before libtorch.so is seen; the GCC under /opt/gcc on the GPU machine does so).
# Named before the object files instead, it did the first and not the second. tst_linking checks
# both kinds; tst_training checks where remove_all comes from with the LibTorch at hand.
function(graft_link_after_libstdcxx target scope)
    if(CMAKE_SYSTEM_NAME STREQUAL "Linux" AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_link_libraries(${target} ${scope} "-Wl,--push-state,--no-as-needed,-lstdc++,--pop-state")
    endif()
    target_link_libraries(${target} ${scope} ${ARGN})
endfunction()

if(GRAFT_CCACHE)
    # ccache can only cache translation units that use a precompiled header with this flag.
    target_compile_options(graft_common INTERFACE $<$<CXX_COMPILER_ID:GNU>:-fpch-preprocess>)
endif()

# One precompiled torch header, built once and reused by every target that includes torch.
# Targets that reuse it must share its compile options, which graft_common and torch provide.
function(graft_use_torch_pch target)
    if(NOT TARGET graft_torch_pch)
        add_library(graft_torch_pch STATIC ${PROJECT_SOURCE_DIR}/engine/TorchPch.cpp)
        target_link_libraries(graft_torch_pch PUBLIC graft_common graft_torch)
        target_precompile_headers(graft_torch_pch PRIVATE ${PROJECT_SOURCE_DIR}/engine/TorchPch.h)
    endif()
    target_precompile_headers(${target} REUSE_FROM graft_torch_pch)
endfunction()
