#include "SampleDataset.h"

#include "core/Error.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <zlib.h>

#include <array>
#include <cstdint>
#include <string>

namespace graft::app {

namespace {

// Fashion-MNIST's labels 0..9, as folder names.
constexpr std::array<const char*, 10> kClasses{"T-shirt_top", "Trouser", "Pullover", "Dress", "Coat",
                                               "Sandal", "Shirt", "Sneaker", "Bag", "Ankle_boot"};
constexpr const char* kMarker = ".graft-sample"; // the sample is complete (written last)

std::string readGzip(const QString& path)
{
    const auto fail = [&path](const std::string& why) {
        return Error(path.toStdString() + ": cannot read Fashion-MNIST (" + why
                     + "); install it with 'sudo apt-get install dataset-fashion-mnist'");
    };
    if (!QFileInfo::exists(path))
        throw fail("file not found");
    gzFile in = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!in)
        throw fail("cannot open the file");
    std::string data;
    std::array<char, 1 << 16> buffer{};
    int n = 0;
    while ((n = gzread(in, buffer.data(), unsigned(buffer.size()))) > 0)
        data.append(buffer.data(), std::size_t(n));
    const bool broken = n < 0;
    gzclose(in);
    if (broken)
        throw fail("the file is damaged");
    return data;
}

std::uint32_t bigEndian(const std::string& s, std::size_t at)
{
    return std::uint32_t(std::uint8_t(s[at])) << 24 | std::uint32_t(std::uint8_t(s[at + 1])) << 16
        | std::uint32_t(std::uint8_t(s[at + 2])) << 8 | std::uint32_t(std::uint8_t(s[at + 3]));
}

void appendBigEndian(std::string& out, std::uint32_t v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out += char((v >> shift) & 0xFF);
}

// An 8-bit grayscale PNG of `pixels` (rows of `width`).
std::string grayPng(int width, int height, const char* pixels)
{
    auto chunk = [](std::string& out, const char* kind, const std::string& data) {
        appendBigEndian(out, std::uint32_t(data.size()));
        const std::string typed = std::string(kind, 4) + data;
        out += typed;
        appendBigEndian(out, std::uint32_t(crc32(0, reinterpret_cast<const Bytef*>(typed.data()), uInt(typed.size()))));
    };
    std::string raw;
    for (int y = 0; y < height; ++y) {
        raw += '\0'; // no filter
        raw.append(pixels + std::size_t(y) * std::size_t(width), std::size_t(width));
    }
    uLongf packedSize = compressBound(uLong(raw.size()));
    std::string packed(packedSize, '\0');
    compress2(reinterpret_cast<Bytef*>(packed.data()), &packedSize, reinterpret_cast<const Bytef*>(raw.data()), uLong(raw.size()), 9);
    packed.resize(packedSize);
    std::string header;
    appendBigEndian(header, std::uint32_t(width));
    appendBigEndian(header, std::uint32_t(height));
    header += std::string("\x08\x00\x00\x00\x00", 5); // 8 bits, grayscale, deflate, no filter, no interlace
    std::string png("\x89PNG\r\n\x1a\n", 8);
    chunk(png, "IHDR", header);
    chunk(png, "IDAT", packed);
    chunk(png, "IEND", {});
    return png;
}

void writeFile(const QString& path, const std::string& data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data.data(), qint64(data.size())) != qint64(data.size()))
        throw Error(path.toStdString() + ": cannot write the sample (" + f.errorString().toStdString()
                    + "); free some disk space");
}

int countImages(const QString& folder)
{
    int n = 0;
    QDirIterator it(folder, {QStringLiteral("*.png")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

} // namespace

QString sampleSourceFolder()
{
    const QString env = qEnvironmentVariable("GRAFT_FASHION_MNIST");
    return env.isEmpty() ? QStringLiteral("/usr/share/datasets/fashion-mnist") : env;
}

bool sampleSourceInstalled()
{
    const QDir source(sampleSourceFolder());
    return source.exists(QStringLiteral("train-images-idx3-ubyte.gz")) && source.exists(QStringLiteral("train-labels-idx1-ubyte.gz"));
}

QString defaultSampleFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/sample/fashion-mnist");
}

int makeSampleDataset(const QString& out, int perClass, const CancelFlag* cancel)
{
    if (QFileInfo::exists(out + QLatin1Char('/') + QLatin1String(kMarker)))
        return countImages(out);
    // A folder already there is not Graft's to replace (checked again as the sample moves in).
    const auto requireNoFolder = [&out] {
        if (QFileInfo::exists(out))
            throw Error(out.toStdString() + ": a folder of that name exists and is not Graft's sample; choose another place for it");
    };
    requireNoFolder();
    const QDir source(sampleSourceFolder());
    const auto damaged = [&source](const std::string& what) {
        return Error(source.path().toStdString() + ": " + what + "; reinstall them with "
                     "'sudo apt-get install --reinstall dataset-fashion-mnist'");
    };
    const std::string images = readGzip(source.filePath(QStringLiteral("train-images-idx3-ubyte.gz")));
    const std::string labels = readGzip(source.filePath(QStringLiteral("train-labels-idx1-ubyte.gz")));
    if (images.size() < 16 || bigEndian(images, 0) != 2051 || labels.size() < 8 || bigEndian(labels, 0) != 2049)
        throw damaged("not Fashion-MNIST's training files");
    const std::size_t count = bigEndian(images, 4), rows = bigEndian(images, 8), cols = bigEndian(images, 12);
    const std::size_t size = rows * cols;
    if (images.size() < 16 + count * size || labels.size() < 8 + count)
        throw damaged("Fashion-MNIST's files are cut short");

    const QFileInfo target(out);
    if (!QDir().mkpath(target.absolutePath()))
        throw Error(target.absolutePath().toStdString() + ": cannot create the folder; choose one you can write to");
    QTemporaryDir staging(target.absolutePath() + QStringLiteral("/.sample-XXXXXX"));
    if (!staging.isValid())
        throw Error(target.absolutePath().toStdString() + ": cannot write the sample there (" + staging.errorString().toStdString()
                    + "); choose a folder you can write to");
    for (const char* name : kClasses)
        QDir(staging.path()).mkdir(QString::fromLatin1(name));
    std::array<int, kClasses.size()> made{};
    int total = 0;
    for (std::size_t i = 0; i < count && total < perClass * int(kClasses.size()); ++i) {
        throwIfCancelled(cancel);
        const auto label = std::size_t(std::uint8_t(labels[8 + i]));
        if (label >= kClasses.size() || made[label] >= perClass)
            continue;
        ++made[label];
        ++total;
        const QString file = QStringLiteral("%1/%2/%3.png").arg(staging.path(), QLatin1String(kClasses[label])).arg(i, 5, 10, QLatin1Char('0'));
        writeFile(file, grayPng(int(cols), int(rows), images.data() + 16 + i * size));
    }
    writeFile(staging.path() + QLatin1Char('/') + QLatin1String(kMarker), "Fashion-MNIST sample for Graft\n");
    // The sample appears whole, by a rename.
    requireNoFolder();
    if (!QDir().rename(staging.path(), out))
        throw Error(out.toStdString() + ": cannot move the sample into place; choose a folder you can write to");
    staging.setAutoRemove(false);
    return total;
}

} // namespace graft::app
