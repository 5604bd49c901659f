// What every graft-cli subcommand shares: option parsing with --help, exit codes (0 ok, 1 runtime
// error, 2 usage error), and output as progress bars on a terminal, plain lines otherwise, or JSON
// lines with --json.
#pragma once

#include "core/Job.h"
#include "core/Json.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <stdexcept>

namespace graft::cli {

enum ExitCode { kOk = 0, kRuntimeError = 1, kUsageError = 2 };

class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

class Output
{
public:
    explicit Output(bool json);
    bool json() const { return m_json; }
    // A line of human text (stdout; in JSON mode a {"event":"log"} line).
    void line(const QString& text);
    // Warnings and notes for humans (stderr; in JSON mode a {"event":"warning"} line).
    void warning(const QString& text);
    // A JSON event (JSON mode only).
    void event(const char* type, Json payload);
    // Progress: a bar on a terminal, a line every few seconds otherwise, an event in JSON mode.
    void progress(const Progress& p, const QString& unit = QStringLiteral("img"));
    void endProgress();

private:
    bool m_json;
    bool m_tty;
    bool m_barShown = false;
    Throttle m_throttle{100};
    Throttle m_plainThrottle{3000};
};

// A parser for one subcommand: usage line, description, --help and --json.
class CommandParser
{
public:
    CommandParser(const QString& command, const QString& positional, const QString& description);
    QCommandLineParser& parser() { return m_parser; }
    // Parses; throws UsageError with the parser's message. Prints help and returns false for --help.
    bool parse(const QStringList& arguments);
    void add(const QString& names, const QString& description, const QString& valueName = QString(),
             const QString& defaultValue = QString());
    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    QStringList values(const QString& name) const { return m_parser.values(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    int intValue(const QString& name, int min, int max) const;
    double doubleValue(const QString& name, double min, double max) const;
    QString helpText() const;

private:
    QString m_command;
    QCommandLineParser m_parser;
    std::vector<std::string> m_longNames; // every option's long name, for "did you mean"
};

// What a mistyped or borrowed option name most likely meant, among `known` (long names without
// dashes): "image-size" -> "input-size", "epoch" -> "epochs"; empty when nothing is close.
std::string suggestOption(const std::string& typed, const std::vector<std::string>& known);
// The same for a command name: "evalute" -> "evaluate", "classify" -> "predict".
std::string suggestCommand(const std::string& typed, const std::vector<std::string>& known);

QString percent(double fraction);

// Makes the folder --heatmap/--heatmaps write pictures into (nothing when `folder` is empty);
// Error when it cannot be made.
void makeHeatMapFolder(const QString& folder);

} // namespace graft::cli
