#include "CliSupport.h"

#include "core/Error.h"
#include "core/Text.h"

#include <QDir>
#include <QTextStream>

#include <algorithm>

#include <cstdio>
#include <unistd.h>

namespace graft::cli {

Output::Output(bool json) : m_json(json), m_tty(::isatty(STDERR_FILENO) && !json) {}

void Output::endProgress()
{
    if (m_barShown) {
        std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
        m_barShown = false;
    }
}

void Output::line(const QString& text)
{
    if (m_json) {
        event("log", Json{{"message", text.toStdString()}});
        return;
    }
    endProgress();
    std::fputs((text + QLatin1Char('\n')).toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void Output::warning(const QString& text)
{
    if (m_json) {
        event("warning", Json{{"message", text.toStdString()}});
        return;
    }
    endProgress();
    std::fputs((QStringLiteral("warning: ") + text + QLatin1Char('\n')).toUtf8().constData(), stderr);
    std::fflush(stderr);
}

void Output::event(const char* type, Json payload)
{
    if (!m_json)
        return;
    Json j{{"event", type}};
    for (auto& [k, v] : payload.items())
        j[k] = v;
    std::fputs((j.dump() + "\n").c_str(), stdout);
    std::fflush(stdout);
}

void Output::progress(const Progress& p, const QString& unit)
{
    const bool last = p.total > 0 && p.done >= p.total;
    if (m_json) {
        if (m_throttle.ready() || last)
            event("progress", Json{{"stage", p.stage}, {"done", p.done}, {"total", p.total},
                                   {"per_second", p.itemsPerSecond}, {"eta_seconds", p.etaSeconds}});
        return;
    }
    QString text = QString::fromStdString(p.stage);
    if (p.total > 0)
        text += QStringLiteral(" %1/%2").arg(p.done).arg(p.total);
    else if (p.done > 0)
        text += QStringLiteral(" %1").arg(p.done);
    if (p.itemsPerSecond > 0)
        text += QStringLiteral("  %1 %2/s").arg(p.itemsPerSecond, 0, 'f', p.itemsPerSecond < 100 ? 1 : 0).arg(unit); // 62004, 23.5
    if (p.etaSeconds >= 0 && !last)
        text += QStringLiteral("  ETA %1").arg(QString::fromStdString(humanDuration(p.etaSeconds)));
    if (m_tty) {
        if (!m_throttle.ready() && !last)
            return;
        const int width = 28;
        const int filled = p.total > 0 ? int(width * double(p.done) / double(p.total)) : 0;
        const QString bar = QStringLiteral("[") + QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'))
            + QStringLiteral("] ");
        std::fputs(("\r\033[K" + (p.total > 0 ? bar : QString()) + text).toUtf8().constData(), stderr);
        std::fflush(stderr);
        m_barShown = true;
    } else if (m_plainThrottle.ready() || last) {
        std::fputs((text + QLatin1Char('\n')).toUtf8().constData(), stderr);
        std::fflush(stderr);
    }
}

CommandParser::CommandParser(const QString& command, const QString& positional, const QString& description)
    : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addPositionalArgument(command, QStringLiteral("subcommand"), QStringLiteral("%1 %2").arg(command, positional));
    m_parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help")));
    m_parser.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print machine-readable JSON lines")));
    m_longNames = {"help", "json"};
}

void CommandParser::add(const QString& names, const QString& description, const QString& valueName,
                        const QString& defaultValue)
{
    // Qt does not show default values; a user choosing a learning rate wants to know the one in use.
    const bool showDefault = !defaultValue.isEmpty() && !description.contains(QStringLiteral("default"));
    QCommandLineOption option(names.split(QLatin1Char(',')),
                              showDefault ? QStringLiteral("%1 (default: %2)").arg(description, defaultValue) : description);
    if (!valueName.isEmpty())
        option.setValueName(valueName);
    if (!defaultValue.isEmpty())
        option.setDefaultValue(defaultValue);
    m_parser.addOption(option);
    for (const QString& name : option.names())
        if (name.size() > 1)
            m_longNames.push_back(name.toStdString());
}

QString CommandParser::helpText() const
{
    // Qt writes "Usage: /path/to/graft-cli [options] train ..." and lists the command word as an
    // argument; the help reads "Usage: graft-cli train [options] ..." as every other message does.
    QString text = m_parser.helpText();
    const qsizetype usageEnd = text.indexOf(QLatin1Char('\n'));
    const QString usage = text.left(usageEnd);
    const qsizetype at = usage.indexOf(QStringLiteral(" [options] ") + m_command);
    if (usage.startsWith(QStringLiteral("Usage: ")) && at > 0)
        text.replace(0, at + 11 + m_command.size(),
                     QStringLiteral("Usage: graft-cli ") + m_command + QStringLiteral(" [options]"));
    const qsizetype arguments = text.lastIndexOf(QStringLiteral("\nArguments:\n"));
    if (arguments >= 0 && text.indexOf(QStringLiteral("subcommand"), arguments) > 0)
        text.truncate(arguments + 1);
    return text;
}

bool CommandParser::parse(const QStringList& arguments)
{
    if (!m_parser.parse(arguments)) {
        std::string message = m_parser.errorText().toStdString();
        if (const QStringList unknown = m_parser.unknownOptionNames(); !unknown.isEmpty()) {
            const std::string guess = suggestOption(unknown.front().toStdString(), m_longNames);
            if (!guess.empty())
                message += " Did you mean --" + guess + "?";
        }
        throw UsageError(message + " (see 'graft-cli " + m_command.toStdString() + " --help')");
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        std::fputs(helpText().toUtf8().constData(), stdout);
        return false;
    }
    return true;
}

int CommandParser::intValue(const QString& name, int min, int max) const
{
    bool ok = false;
    const int v = m_parser.value(name).toInt(&ok);
    if (!ok || v < min || v > max)
        throw UsageError(QStringLiteral("--%1 must be a whole number from %2 to %3 (got '%4')")
                             .arg(name).arg(min).arg(max).arg(m_parser.value(name)).toStdString());
    return v;
}

double CommandParser::doubleValue(const QString& name, double min, double max) const
{
    bool ok = false;
    const double v = m_parser.value(name).toDouble(&ok);
    if (!ok || v < min || v > max)
        throw UsageError(QStringLiteral("--%1 must be a number from %2 to %3 (got '%4')")
                             .arg(name).arg(min).arg(max).arg(m_parser.value(name)).toStdString());
    return v;
}

namespace {
// The name another tool gives an option, or a command, that Graft calls otherwise. An entry is
// offered only where the command has the option.
std::string borrowedName(const std::string& typed, const std::vector<std::pair<const char*, const char*>>& table,
                         const std::vector<std::string>& known)
{
    const std::string lower = toLower(typed);
    for (const auto& [theirs, ours] : table)
        if (lower == theirs && std::find(known.begin(), known.end(), ours) != known.end())
            return ours;
    return {};
}
} // namespace

std::string suggestOption(const std::string& typed, const std::vector<std::string>& known)
{
    static const std::vector<std::pair<const char*, const char*>> borrowed{
        {"image-size", "input-size"}, {"img-size", "input-size"}, {"imgsz", "input-size"},
        {"size", "input-size"}, {"resolution", "input-size"}, {"learning-rate", "lr"},
        {"num-epochs", "epochs"}, {"bs", "batch-size"}, {"batch", "batch-size"},
        {"arch", "model"}, {"architecture", "model"}, {"network", "model"}, {"net", "model"},
        {"output", "out"}, {"output-dir", "out"}, {"outdir", "out"}, {"val-split", "val-fraction"},
        {"validation-split", "val-fraction"}, {"val-ratio", "val-fraction"}, {"workers", "threads"},
        {"num-workers", "threads"}, {"num-threads", "threads"}, {"jobs", "threads"}, {"gpu", "device"},
        {"cuda", "device"}, {"pretrained", "weights"}, {"scheduler", "schedule"},
        {"lr-schedule", "schedule"}, {"patience", "early-stop"}, {"wd", "weight-decay"},
        {"smoothing", "label-smoothing"}, {"confidence", "threshold"}, {"min-confidence", "threshold"},
        {"topk", "top-k"}, {"top", "top-k"}, {"k", "top-k"}};
    if (std::string ours = borrowedName(typed, borrowed, known); !ours.empty())
        return ours;
    return closestName(typed, known);
}

std::string suggestCommand(const std::string& typed, const std::vector<std::string>& known)
{
    static const std::vector<std::pair<const char*, const char*>> borrowed{
        {"fit", "train"}, {"finetune", "train"}, {"fine-tune", "train"}, {"continue", "resume"},
        {"check", "inspect"}, {"validate", "inspect"}, {"test", "evaluate"}, {"eval", "evaluate"},
        {"infer", "predict"}, {"classify", "predict"}, {"sort", "label"}, {"download", "weights"},
        {"list", "models"}, {"history", "runs"}};
    if (std::string ours = borrowedName(typed, borrowed, known); !ours.empty())
        return ours;
    return closestName(typed, known);
}

QString percent(double fraction) { return QString::number(100.0 * fraction, 'f', 1) + QLatin1Char('%'); }

void makeHeatMapFolder(const QString& folder)
{
    if (!folder.isEmpty() && !QDir().mkpath(folder))
        throw Error(folder.toStdString() + ": cannot create this folder for the heat maps; choose a writable one");
}

} // namespace graft::cli
