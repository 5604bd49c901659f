#include "Files.h"

#include "Error.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <ftw.h>
#include <random>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace graft {

std::string displayPath(const fs::path& path) { return path.u8string(); }

std::string readFile(const fs::path& path)
{
    std::error_code ec;
    if (fs::is_directory(path, ec))
        throw Error(displayPath(path) + ": a folder, not a file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(displayPath(path) + ": cannot open (" + std::strerror(errno) + ")");
    std::string data;
    in.seekg(0, std::ios::end);
    const auto size = in.tellg();
    if (size > 0) {
        data.resize(std::size_t(size));
        in.seekg(0);
        in.read(data.data(), size);
    }
    if (!in)
        throw Error(displayPath(path) + ": read error");
    return data;
}

static fs::path makeTempName(const fs::path& target)
{
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    auto name = "." + target.filename().string() + ".tmp-" + std::to_string(rng() % 1000000000ULL);
    return target.parent_path() / name;
}

static void syncPath(const fs::path& path, bool directory)
{
    const int fd = ::open(path.c_str(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

void syncFile(const fs::path& path) { syncPath(path, false); }

void commitTempFile(const fs::path& temp, const fs::path& target)
{
    syncPath(temp, false);
    std::error_code ec;
    fs::rename(temp, target, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(temp, ignored); // keeps ec: the reason the rename failed, not the removal's "Success"
        throw Error(displayPath(target) + ": cannot write (" + ec.message() + ")");
    }
    syncPath(target.parent_path().empty() ? fs::path(".") : target.parent_path(), true);
}

bool isUnderFolder(const std::string& path, const std::string& folder)
{
    return !folder.empty() && path.size() > folder.size() && path.compare(0, folder.size(), folder) == 0
        && (folder.back() == '/' || path[folder.size()] == '/' || path[folder.size()] == '\\');
}

void copyFileAtomic(const fs::path& from, const fs::path& to, const std::string& fix)
{
    const fs::path temp = to.parent_path() / ("." + to.filename().string() + ".part");
    std::error_code ec;
    fs::copy_file(from, temp, fs::copy_options::overwrite_existing, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(temp, ignored); // no half copy left behind
        throw Error(from.string() + ": cannot copy to " + to.string() + " (" + ec.message() + ")" + fix);
    }
    commitTempFile(temp, to);
}

void writeFileAtomic(const fs::path& path, std::string_view data)
{
    AtomicFile file(path);
    file.stream().write(data.data(), std::streamsize(data.size()));
    file.commit();
}

AtomicFile::AtomicFile(fs::path target) : m_target(std::move(target))
{
    if (!m_target.parent_path().empty()) {
        std::error_code ec;
        fs::create_directories(m_target.parent_path(), ec);
    }
    m_temp = makeTempName(m_target);
    m_stream.open(m_temp, std::ios::binary | std::ios::trunc);
    if (!m_stream)
    {
        const std::string reason = std::strerror(errno);
        throw Error(LogMessage{logid::kErrorCannotCreateFile,
                               {displayPath(m_target), displayPath(m_target.parent_path()), reason},
                               displayPath(m_target) + ": cannot create a file in " + displayPath(m_target.parent_path())
                                   + " (" + reason + "); check that the folder exists and is writable"});
    }
}

AtomicFile::~AtomicFile()
{
    if (!m_committed) {
        m_stream.close();
        std::error_code ec;
        fs::remove(m_temp, ec);
    }
}

void AtomicFile::commit()
{
    m_stream.flush();
    const int error = errno;
    const bool ok = bool(m_stream);
    m_stream.close();
    if (!ok)
    {
        const std::string reason = error ? std::strerror(error) : "";
        throw Error(LogMessage{logid::kErrorNotWritten, {displayPath(m_target), reason},
                               displayPath(m_target) + ": could not be written" + (error ? " (" + reason + ")" : "")
                                   + "; free some disk space, or use a folder on another disk"});
    }
    commitTempFile(m_temp, m_target);
    m_committed = true;
}

bool removeTree(const fs::path& path) noexcept
{
    struct stat st;
    if (::lstat(path.c_str(), &st) != 0)
        return errno == ENOENT;
    // Depth first (children before their folder), not following links, not leaving the file system.
    static thread_local bool ok;
    ok = true;
    const int rc = ::nftw(
        path.c_str(),
        [](const char* name, const struct stat*, int, struct FTW*) {
            if (::remove(name) != 0 && errno != ENOENT)
                ok = false;
            return 0;
        },
        32, FTW_DEPTH | FTW_PHYS | FTW_MOUNT);
    return rc == 0 && ok;
}

fs::path uniquePath(const fs::path& dir, const std::string& fileName)
{
    fs::path candidate = dir / fileName;
    std::error_code ec;
    if (!fs::exists(candidate, ec))
        return candidate;
    const fs::path name(fileName);
    const std::string stem = name.stem().string();
    const std::string ext = name.extension().string();
    for (int i = 2;; ++i) {
        candidate = dir / (stem + " (" + std::to_string(i) + ")" + ext);
        if (!fs::exists(candidate, ec))
            return candidate;
    }
}

FileLock& FileLock::operator=(FileLock&& other) noexcept
{
    if (this != &other) {
        unlock();
        m_fd = other.m_fd;
        other.m_fd = -1;
    }
    return *this;
}

bool FileLock::tryLock(const fs::path& path)
{
    unlock();
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        throw Error(displayPath(path) + ": cannot create a lock file (" + std::strerror(errno)
                    + "); check that the folder is writable");
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return false;
    }
    m_fd = fd;
    return true;
}

void FileLock::unlock()
{
    if (m_fd >= 0) {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
        m_fd = -1;
    }
}

bool FileLock::isHeld(const fs::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool held = ::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd); // closing releases the lock taken here, if any
    return held;
}

} // namespace graft
