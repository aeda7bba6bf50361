// SPDX-License-Identifier: BSD-3-Clause
#include "store/keychainsecret_p.h"

#include <QtCore/QEventLoop>
#include <QtCore/QTimer>
#include <qt6keychain/keychain.h>

#include <functional>
#include <memory>

namespace QtSignIn {

namespace {

// Runs a QtKeychain job (created with new) to its end or the timeout; \a read takes its result.
// A job that outlives the timeout deletes itself whenever it finishes.
bool runJob(QKeychain::Job *job, AuthError *error,
            const std::function<void(QKeychain::Job *)> &read = {})
{
    job->setAutoDelete(false);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    timer.start(KeychainSecret::DefaultTimeoutMs);
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!timer.isActive()) {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        job->setAutoDelete(true);
        *error = AuthError(AuthError::Code::StorageError,
                           QStringLiteral("the keychain did not answer within 10 s"));
        return false;
    }
    const std::unique_ptr<QKeychain::Job> done(job);
    if (done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound) {
        if (read && done->error() == QKeychain::NoError)
            read(done.get());
        *error = AuthError();
        return true;
    }
    *error = AuthError(AuthError::Code::StorageError,
                       QStringLiteral("keychain: ") + done->errorString());
    return false;
}

} // namespace

bool KeychainSecret::write(const QString &service, const QString &key, const QString &secret,
                           AuthError *error)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setKey(key);
    job->setTextData(secret);
    return runJob(job, error);
}

bool KeychainSecret::read(const QString &service, const QString &key, QString *secret,
                          AuthError *error)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(key);
    secret->clear();
    return runJob(job, error, [secret](QKeychain::Job *done) {
        *secret = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
    });
}

bool KeychainSecret::remove(const QString &service, const QString &key, AuthError *error)
{
    auto *job = new QKeychain::DeletePasswordJob(service);
    job->setKey(key);
    return runJob(job, error);
}

} // namespace QtSignIn
