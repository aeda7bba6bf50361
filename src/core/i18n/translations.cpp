// SPDX-License-Identifier: BSD-3-Clause
#include "translations_p.h"

#include "logging_p.h"

#include <QtSignIn/translations.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QEvent>
#include <QtCore/QFile>
#include <QtCore/QMutex>
#include <QtCore/QPointer>
#include <QtCore/QThread>
#include <QtCore/QTranslator>

#include <vector>

namespace QtSignIn {
namespace {

const QString resourceDirectory = QStringLiteral(":/qtsignin/i18n/");

QString qmPath(const QString &catalogue, const QString &language)
{
    return resourceDirectory + catalogue + u'_' + language + QStringLiteral(".qm");
}

// The catalogues of one QCoreApplication. A child of the application object: a new application
// (tests create several in one process) starts with a fresh state, and the translators go with
// the application that they were installed in.
//
// Registration may come from another thread: a QML plugin, and the libraries it brings, is
// loaded by the QML engine's type loader thread, which runs their start-up functions there. So
// the state is guarded by a mutex, every QObject lives in the application's thread (created
// there, or moved there at once), and nothing sends an event from a foreign thread: an empty
// translator is installed without an event, and QTranslator::load() only posts one.
class Catalogues : public QObject
{
public:
    struct Entry
    {
        QString name;
        QTranslator *translator;
    };

    static Catalogues *instance(bool create)
    {
        static QMutex creation;
        static QPointer<Catalogues> current;
        QMutexLocker locker(&creation);
        QCoreApplication *app = QCoreApplication::instance();
        if (!current && create && app) {
            auto *catalogues = new Catalogues;
            if (QThread::currentThread() == app->thread()) {
                catalogues->attach(app);
            } else {
                // Children and event filters are set up from the object's own thread: hand it to
                // the application's thread and finish there. Until then the catalogues work, only
                // a language change of the application goes unnoticed.
                catalogues->moveToThread(app->thread());
                QMetaObject::invokeMethod(
                    catalogues, [catalogues, app] { catalogues->attach(app); },
                    Qt::QueuedConnection);
            }
            current = catalogues;
        }
        return current.data();
    }

    void attach(QCoreApplication *app)
    {
        setParent(app);
        app->installEventFilter(this);
    }

    ~Catalogues() override
    {
        for (const Entry &entry : entries)
            delete entry.translator; // also removes it from the application
    }

    void add(const QString &name)
    {
        QMutexLocker locker(&mutex);
        for (const Entry &entry : entries) {
            if (entry.name == name)
                return;
        }
        auto *translator = new QTranslator;
        if (translator->thread() != thread())
            translator->moveToThread(thread());
        // Installed now, even while empty (installTranslator() then returns false but keeps it,
        // and sends no event): what the application installs later is asked first, so it can
        // override our strings, and a later load() in place keeps that order. From the type
        // loader's thread the load() below runs while the application thread is normally
        // blocked waiting for the import, so no translate() call meets the half-loaded file.
        QCoreApplication::installTranslator(translator);
        entries.push_back({name, translator});
        const QString wanted = followsDefaultLocale ? i18n::catalogueLanguage(QLocale()) : language;
        if (wanted != language)
            apply(wanted); // the first catalogue, or a new one changed the choice
        else
            load(entries.back(), language);
    }

    bool hasCatalogue(const QString &candidate) const
    {
        QMutexLocker locker(&mutex);
        for (const Entry &entry : entries) {
            if (QFile::exists(qmPath(entry.name, candidate)))
                return true;
        }
        return false;
    }

    void apply(const QString &newLanguage)
    {
        QMutexLocker locker(&mutex);
        language = newLanguage;
        for (const Entry &entry : entries)
            load(entry, language);
    }

    static void load(const Entry &entry, const QString &language)
    {
        if (language.isEmpty()) {
            // English. QTranslator has no unload(); loading nothing clears it (and, since it is
            // installed, posts the LanguageChange that makes widgets retranslate).
            if (!entry.translator->isEmpty())
                (void)entry.translator->load(QString());
            return;
        }
        if (!entry.translator->load(qmPath(entry.name, language)))
            qCDebug(lcCore) << "no" << language << "translation for" << entry.name;
    }

    bool loaded() const
    {
        QMutexLocker locker(&mutex);
        for (const Entry &entry : entries) {
            if (!entry.translator->isEmpty())
                return true;
        }
        return false;
    }

    QString currentLanguage() const
    {
        QMutexLocker locker(&mutex);
        return language;
    }

    mutable QRecursiveMutex mutex; // add() asks catalogueLanguage(), which asks hasCatalogue()
    std::vector<Entry> entries;
    QString language; // catalogue suffix in use; empty for English
    bool followsDefaultLocale = true;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // An application that changes its language sets the default locale and installs a
        // translator, which sends LanguageChange to the application object. Our own load()
        // posts one as well; by then the language is already the wanted one, so no loop.
        if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) {
            QMutexLocker locker(&mutex);
            if (!followsDefaultLocale)
                return QObject::eventFilter(watched, event);
            const QString wanted = i18n::catalogueLanguage(QLocale());
            if (wanted != language) {
                qCDebug(lcCore) << "library language follows the default locale:"
                                << (wanted.isEmpty() ? QStringLiteral("en") : wanted);
                apply(wanted);
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

namespace i18n {

void registerCatalogue(const QString &name)
{
    if (Catalogues *catalogues = Catalogues::instance(true))
        catalogues->add(name);
}

QString catalogueLanguage(const QLocale &locale)
{
    const Catalogues *catalogues = Catalogues::instance(false);
    const QStringList languages = locale.uiLanguages();
    for (const QString &entry : languages) {
        // English is the source language: it is always "available", so a user who prefers it
        // to a language we also have gets English, not their second choice.
        const QLocale::Language language = QLocale(entry).language();
        if (language == QLocale::English || language == QLocale::C)
            return QString();
        if (!catalogues)
            continue;
        // "zh-Hans-CN" → zh_Hans_CN, zh_Hans, zh; uiLanguages() also lists "zh-CN" → zh_CN.
        QString candidate = entry;
        candidate.replace(u'-', u'_');
        while (!candidate.isEmpty()) {
            if (catalogues->hasCatalogue(candidate))
                return candidate;
            const qsizetype cut = candidate.lastIndexOf(u'_');
            candidate.truncate(cut < 0 ? 0 : cut);
        }
    }
    return QString();
}

QLocale language()
{
    const Catalogues *catalogues = Catalogues::instance(false);
    const QString current = catalogues ? catalogues->currentLanguage() : QString();
    if (current.isEmpty() || !catalogues->loaded())
        return QLocale(QLocale::English);
    return QLocale(current);
}

} // namespace i18n

bool installTranslations(const QLocale &locale)
{
    Catalogues *catalogues = Catalogues::instance(false);
    if (!catalogues) {
        qCWarning(lcCore) << "installTranslations() needs a QCoreApplication (and QtSignIn's "
                             "catalogues are registered when it is created)";
        return false;
    }
    QMutexLocker locker(&catalogues->mutex);
    catalogues->followsDefaultLocale = false;
    catalogues->apply(i18n::catalogueLanguage(locale));
    return catalogues->loaded();
}

} // namespace QtSignIn
