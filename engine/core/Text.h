// Small text helpers for messages and reports.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace graft {

std::string toLower(std::string s);
std::string trim(const std::string& s);
std::vector<std::string> split(const std::string& s, char sep, bool skipEmpty = true);
std::string join(const std::vector<std::string>& parts, const std::string& sep);
// `s` with every `from` replaced by `to` (a template's placeholders).
std::string replaceAll(std::string s, const std::string& from, const std::string& to);
bool startsWith(const std::string& s, const std::string& prefix);
bool endsWith(const std::string& s, const std::string& suffix);
// "12.3 MB", "512 bytes"
std::string humanBytes(std::uint64_t bytes);
// "1 h 02 min", "3 min 04 s", "12 s"
std::string humanDuration(double seconds);
// "1.2 M", "25.6 M", "3,504"
std::string humanCount(std::int64_t n);
// Joins the first `limit` items and says how many more there are: "a, b, c and 12 more".
std::string listSome(const std::vector<std::string>& items, std::size_t limit = 8);
// Shell-style wildcard match ('*' and '?').
bool wildcardMatch(const std::string& pattern, const std::string& text);
std::string formatFixed(double value, int decimals);
// A number in as few digits as say it, to `significantDigits`: 0.001, 0.0025, 1e-05 (printf's %g).
std::string formatGeneral(double value, int significantDigits = 6);
// Edits (insert, delete, replace, swap two neighbours) from `a` to `b`, letters compared without case.
int editDistance(const std::string& a, const std::string& b);
// The one candidate a typo most likely meant ("evalute" -> "evaluate", "--epoch" -> "epochs"),
// or "" when none is close or two are equally close (a guess that could mislead is no help).
std::string closestName(const std::string& typed, const std::vector<std::string>& candidates);
// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
std::string csvField(const std::string& s);
// "1 file", "3 files": the count with the singular or plural word.
std::string countOf(std::int64_t n, const std::string& singular, const std::string& plural);
// Columns a UTF-8 string takes in a terminal: one per character, two for East Asian wide ones
// (Chinese, Japanese, Korean, full-width forms, emoji), none for combining marks.
int displayWidth(const std::string& utf8);
// `utf8` padded with spaces to `width` columns (left-aligned), or as it is when wider.
std::string padRight(const std::string& utf8, int width);

} // namespace graft
