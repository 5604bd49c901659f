#include "Text.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace graft {

std::string toLower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::string trim(const std::string& s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

std::vector<std::string> split(const std::string& s, char sep, bool skipEmpty)
{
    std::vector<std::string> parts;
    std::string cur;
    for (char c : s) {
        if (c == sep) {
            if (!skipEmpty || !cur.empty())
                parts.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!skipEmpty || !cur.empty())
        parts.push_back(cur);
    return parts;
}

std::string join(const std::vector<std::string>& parts, const std::string& sep)
{
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i)
            out += sep;
        out += parts[i];
    }
    return out;
}

std::string replaceAll(std::string s, const std::string& from, const std::string& to)
{
    if (from.empty())
        return s;
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

bool startsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

bool endsWith(const std::string& s, const std::string& suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string formatFixed(double value, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    return buf;
}

std::string formatGeneral(double value, int significantDigits)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", significantDigits, value);
    return buf;
}

std::string humanBytes(std::uint64_t bytes)
{
    if (bytes < 1024)
        return std::to_string(bytes) + " bytes";
    const char* units[] = {"KB", "MB", "GB", "TB"};
    double v = double(bytes);
    int u = -1;
    do {
        v /= 1024;
        ++u;
    } while (v >= 1024 && u < 3);
    return formatFixed(v, v < 10 ? 1 : 0) + " " + units[u];
}

std::string humanDuration(double seconds)
{
    if (seconds < 0)
        return "?";
    const auto s = static_cast<long long>(seconds + 0.5);
    char buf[64];
    if (s >= 3600)
        std::snprintf(buf, sizeof buf, "%lld h %02lld min", s / 3600, (s % 3600) / 60);
    else if (s >= 60)
        std::snprintf(buf, sizeof buf, "%lld min %02lld s", s / 60, s % 60);
    else
        std::snprintf(buf, sizeof buf, "%lld s", s);
    return buf;
}

std::string humanCount(std::int64_t n)
{
    if (n >= 1000000)
        return formatFixed(n / 1e6, n >= 100000000 ? 0 : 1) + " M";
    std::string digits = std::to_string(n);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(std::size_t(i), ",");
    return digits;
}

std::string listSome(const std::vector<std::string>& items, std::size_t limit)
{
    std::vector<std::string> shown(items.begin(), items.begin() + std::min(limit, items.size()));
    std::string out = join(shown, ", ");
    if (items.size() > limit)
        out += " and " + std::to_string(items.size() - limit) + " more";
    return out;
}

bool wildcardMatch(const std::string& pattern, const std::string& text)
{
    std::size_t p = 0, t = 0, star = std::string::npos, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            mark = t;
        } else if (star != std::string::npos) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

int editDistance(const std::string& a, const std::string& b)
{
    const std::string x = toLower(a), y = toLower(b);
    const std::size_t n = x.size(), m = y.size();
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1, 0));
    for (std::size_t i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (std::size_t j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (std::size_t i = 1; i <= n; ++i) {
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = x[i - 1] == y[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

std::string closestName(const std::string& typed, const std::vector<std::string>& candidates)
{
    if (typed.empty())
        return {};
    // A name typed in part ("eval", "thr") is what it starts; otherwise a few slips of the keys,
    // fewer for short words, where one slip already makes another word.
    std::vector<std::string> starting;
    for (const auto& c : candidates)
        if (typed.size() >= 3 && c.size() > typed.size() && startsWith(toLower(c), toLower(typed)))
            starting.push_back(c);
    if (starting.size() == 1)
        return starting.front();
    const int allowed = typed.size() <= 3 ? 1 : typed.size() <= 6 ? 2 : 3;
    std::string best;
    int bestDistance = allowed + 1;
    bool tie = false;
    for (const auto& c : candidates) {
        const int dist = editDistance(typed, c);
        if (dist < bestDistance) {
            best = c;
            bestDistance = dist;
            tie = false;
        } else if (dist == bestDistance && c != best) {
            tie = true;
        }
    }
    return bestDistance <= allowed && !tie && best != typed ? best : std::string();
}

std::string countOf(std::int64_t n, const std::string& singular, const std::string& plural)
{
    return std::to_string(n) + " " + (n == 1 ? singular : plural);
}

std::string csvField(const std::string& s)
{
    if (s.find_first_of(",\"\n\r") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

namespace {
int columnsOf(char32_t c)
{
    if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x20D0 && c <= 0x20FF) ||
        (c >= 0xFE20 && c <= 0xFE2F) || c == 0x200B || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F))
        return 0; // combining marks, zero-width space and joiner, variation selectors
    if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
        (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
        (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
        (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
        (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD))
        return 2;
    return 1;
}
} // namespace

int displayWidth(const std::string& utf8)
{
    int width = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto b = static_cast<unsigned char>(utf8[i]);
        const std::size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
        char32_t c = len == 1 ? b : b & (0x3F >> (len - 1));
        for (std::size_t k = 1; k < len && i + k < utf8.size(); ++k)
            c = (c << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        width += columnsOf(c);
        i += len;
    }
    return width;
}

std::string padRight(const std::string& utf8, int width)
{
    const int w = displayWidth(utf8);
    return w >= width ? utf8 : utf8 + std::string(std::size_t(width - w), ' ');
}

} // namespace graft
