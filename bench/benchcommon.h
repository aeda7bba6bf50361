// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// Shared by the benchmarks (issue 7). Every benchmark prints its results on stdout as JSON
// lines, one row per figure, which bench/run.sh gathers into a table and a JSON file; progress
// and diagnostics go to stderr. Figures are ratios against a baseline measured in the same run:
// the machines these run on are shared and noisy, absolute times are not comparable.

#include <QtCore/QCoreApplication>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QProcess>
#include <QtCore/QString>
#include <QtCore/QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

namespace Bench {

//! How a figure is judged against its goal.
enum class Goal {
    None,          //!< reported for tracking only
    AtLeast,       //!< ratio >= target
    AtMost,        //!< ratio <= target
    MeasuredIs,    //!< measured == target (request counts)
    MeasuredAtMost //!< measured <= target
};

struct Row
{
    QString id;     //!< stable key, e.g. "idtoken.rs256"
    QString figure; //!< what is measured, for the table
    double measured = 0;
    double baseline = 0; //!< 0 when there is none
    QString unit;        //!< of measured and baseline
    //! measured / baseline unless set explicitly (e.g. a rate ratio); NaN when meaningless.
    std::optional<double> ratio;
    Goal goal = Goal::None;
    double target = 0;
    QString note;
    QJsonObject extra; //!< raw samples or breakdowns, kept in the JSON only
};

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

/*!
 * The median of \a numerators[i] / \a denominators[i]: each sample against its partner of the
 * same round (measured close together in time), so that a slow patch of a shared machine lands
 * on both sides of a pair instead of on whichever side happened to run then.
 */
inline double pairedRatio(const QList<double> &numerators, const QList<double> &denominators)
{
    QList<double> ratios;
    for (qsizetype i = 0; i < qMin(numerators.size(), denominators.size()); ++i) {
        if (denominators.at(i) != 0)
            ratios.append(numerators.at(i) / denominators.at(i));
    }
    return median(ratios);
}

inline QJsonArray toJsonArray(const QList<double> &values)
{
    QJsonArray array;
    for (double v : values)
        array.append(v);
    return array;
}

inline QString goalText(const Row &row)
{
    const QString t = QString::number(row.target);
    switch (row.goal) {
    case Goal::None:
        return QStringLiteral("tracking");
    case Goal::AtLeast:
        return QStringLiteral("ratio >= ") + t;
    case Goal::AtMost:
        return QStringLiteral("ratio <= ") + t;
    case Goal::MeasuredIs:
        return QStringLiteral("= ") + t;
    case Goal::MeasuredAtMost:
        return QStringLiteral("<= ") + t;
    }
    return QString();
}

inline double ratioOf(const Row &row)
{
    if (row.ratio)
        return *row.ratio;
    return row.baseline != 0 ? row.measured / row.baseline : qQNaN();
}

//! Prints \a row as one JSON line on stdout.
inline void emitRow(const Row &row)
{
    QJsonObject json{{QStringLiteral("id"), row.id},
                     {QStringLiteral("figure"), row.figure},
                     {QStringLiteral("measured"), row.measured},
                     {QStringLiteral("unit"), row.unit},
                     {QStringLiteral("goal"), goalText(row)}};
    if (row.baseline != 0 || row.ratio)
        json.insert(QStringLiteral("baseline"), row.baseline);
    const double ratio = ratioOf(row);
    if (!qIsNaN(ratio))
        json.insert(QStringLiteral("ratio"), ratio);
    QJsonValue met; // null: tracking only
    switch (row.goal) {
    case Goal::None:
        break;
    case Goal::AtLeast:
        met = !qIsNaN(ratio) && ratio >= row.target;
        break;
    case Goal::AtMost:
        met = !qIsNaN(ratio) && ratio <= row.target;
        break;
    case Goal::MeasuredIs:
        met = row.measured == row.target;
        break;
    case Goal::MeasuredAtMost:
        met = row.measured <= row.target;
        break;
    }
    json.insert(QStringLiteral("met"), met);
    if (!row.note.isEmpty())
        json.insert(QStringLiteral("note"), row.note);
    if (!row.extra.isEmpty())
        json.insert(QStringLiteral("detail"), row.extra);
    std::fputs(QJsonDocument(json).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

inline void progress(const QString &text)
{
    std::fprintf(stderr, "[bench] %s\n", qPrintable(text));
}

[[noreturn]] inline void fatal(const QString &text)
{
    std::fprintf(stderr, "[bench] FATAL: %s\n", qPrintable(text));
    std::exit(2);
}

//! Runs the event loop until \a done() holds (checked every millisecond, without spinning the
//! CPU that the OpenID Provider needs); fatal after \a timeoutMs.
inline void waitUntil(const std::function<bool()> &done, int timeoutMs, const QString &what)
{
    if (done())
        return;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start();
    deadline.start(timeoutMs);
    loop.exec();
    if (!done())
        fatal(QStringLiteral("timed out waiting for ") + what);
}

//! Repetitions: BENCH_REPEAT overrides \a fallback (e.g. a quick run with BENCH_REPEAT=3).
inline int repeatCount(int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue("BENCH_REPEAT", &ok);
    return ok && value > 0 ? value : fallback;
}

/*!
 * Resident set size in KiB of process \a pid plus all its descendants (from /proc): the
 * QtWebEngineProcess children of a web view count as much as the application itself.
 */
inline qint64 treeRssKiB(qint64 pid)
{
    QHash<qint64, QList<qint64>> children;
    QHash<qint64, qint64> rss;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 p = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile status(QStringLiteral("/proc/%1/status").arg(p));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        qint64 ppid = -1;
        qint64 kib = 0;
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("PPid:"))
                ppid = line.mid(5).trimmed().toLongLong();
            else if (line.startsWith("VmRSS:"))
                kib = line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
        children[ppid].append(p);
        rss.insert(p, kib);
    }
    qint64 total = 0;
    QList<qint64> pending{pid};
    while (!pending.isEmpty()) {
        const qint64 p = pending.takeLast();
        total += rss.value(p);
        pending.append(children.value(p));
    }
    return total;
}

/*!
 * Runs this very executable again with \a arguments (a fresh process: nothing cached in
 * memory) and returns the JSON object it prints as its last stdout line.
 */
inline QJsonObject runChild(const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.setReadChannel(QProcess::StandardOutput);
    QObject::connect(&child, &QProcess::readyReadStandardError, &child,
                     [&child] { std::fputs(child.readAllStandardError().constData(), stderr); });
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForStarted(10000))
        fatal(QStringLiteral("cannot start child ") + arguments.join(u' '));
    if (!child.waitForFinished(timeoutMs))
        fatal(QStringLiteral("child timed out: ") + arguments.join(u' '));
    std::fputs(child.readAllStandardError().constData(), stderr);
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 || lines.isEmpty())
        fatal(QStringLiteral("child failed: ") + arguments.join(u' '));
    const QJsonDocument doc = QJsonDocument::fromJson(lines.constLast());
    if (!doc.isObject())
        fatal(QStringLiteral("child printed no JSON: ") + arguments.join(u' '));
    return doc.object();
}

//! For a child: prints \a result as the last stdout line.
inline void childResult(const QJsonObject &result)
{
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace Bench
