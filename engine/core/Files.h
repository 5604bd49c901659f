// File helpers that keep user data safe: atomic writes (temp file + fsync + rename), whole-file reads
// with clear errors, and collision-free names so that nothing is ever overwritten.
#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace graft {

namespace fs = std::filesystem;

// Reads a whole file; throws Error naming the file on failure.
std::string readFile(const fs::path& path);

// Writes `data` to `path` so that readers see either the old or the new file, never a torn one.
void writeFileAtomic(const fs::path& path, std::string_view data);

// Streaming variant: write to stream(), then commit(). Destroying it without commit() removes the temp file.
class AtomicFile
{
public:
    explicit AtomicFile(fs::path target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    std::ofstream& stream() { return m_stream; }
    const fs::path& tempPath() const { return m_temp; }
    // Closes, flushes to disk and renames over the target.
    void commit();

private:
    fs::path m_target;
    fs::path m_temp;
    std::ofstream m_stream;
    bool m_committed = false;
};

// Flushes a file's data to disk (fsync).
void syncFile(const fs::path& path);

// Makes the data of an already written file durable (fsync), then renames it over `target`.
void commitTempFile(const fs::path& temp, const fs::path& target);

// Copies `from` to `to` under a hidden temporary name beside it, then renames: `to` is whole or
// absent, never half-copied. Throws Error "FROM: cannot copy to TO (reason)" followed by `fix`.
void copyFileAtomic(const fs::path& from, const fs::path& to, const std::string& fix = {});

// Is `path` below `folder`, as a path string (no file system access): `folder` followed by a
// separator, or `folder` ending in one. "/data/cats/1.png" is below "/data/cats", not below "/data/ca".
bool isUnderFolder(const std::string& path, const std::string& folder);

// Removes `path` and, for a folder, everything below it (symbolic links themselves, never what they
// point to); a missing path is not an error. Returns false when something could not be removed.
// Written with POSIX calls rather than std::filesystem::remove_all: upstream LibTorch binaries
// export their own statically linked copy of libstdc++'s filesystem functions (pytorch/pytorch
// #133437), the dynamic linker may bind our calls to it, and that copy of remove_all jumped to a
// null address (torch 2.11 + CUDA 13, Ubuntu 24.04, GCC 13). Programs link libstdc++ first to
// avoid that (GraftCommon.cmake); this does not depend on it.
bool removeTree(const fs::path& path) noexcept;

// `dir/name` if free, else `dir/stem (2).ext`, `dir/stem (3).ext`, ...
fs::path uniquePath(const fs::path& dir, const std::string& fileName);

// An advisory lock on a file (created if missing) that the system releases when its holder ends,
// kill -9 included: it keeps two writers (two processes, or two jobs of one) out of one folder.
class FileLock
{
public:
    FileLock() = default;
    ~FileLock() { unlock(); }
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
    FileLock(FileLock&& other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
    FileLock& operator=(FileLock&& other) noexcept;

    // Takes the lock; false when another holder has it. Throws Error when the file cannot be created.
    bool tryLock(const fs::path& path);
    void unlock();
    bool isLocked() const { return m_fd >= 0; }
    // Whether someone holds the lock on `path` now (a missing file is not locked); creates nothing.
    static bool isHeld(const fs::path& path);

private:
    int m_fd = -1;
};

// The path as UTF-8 text for messages.
std::string displayPath(const fs::path& path);

} // namespace graft
