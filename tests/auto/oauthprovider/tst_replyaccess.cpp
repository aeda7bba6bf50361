// SPDX-License-Identifier: BSD-3-Clause
// ReplyAccess::finishAll(): the callers waiting for one single-flight refresh are answered from
// one queued call, with the same rules as finish() for each of them.

#include <QtSignIn/tokenreply.h>

#include "reply/oauthreply_p.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace QtSignIn;

class tst_ReplyAccess : public QObject
{
    Q_OBJECT

private:
    static QList<QPointer<OAuthReply>> pointers(const QList<TokenReply *> &replies)
    {
        QList<QPointer<OAuthReply>> list;
        for (TokenReply *reply : replies)
            list.append(reply);
        return list;
    }

    // Delivers everything already posted (and what that posts in turn): a second finished()
    // would have been queued by now.
    static void drainEvents()
    {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
    }

private Q_SLOTS:
    void finishAllAnswersEveryReplyInOrderAndNeverSynchronously()
    {
        QObject owner;
        QList<TokenReply *> replies;
        QStringList order;
        for (int i = 0; i < 5; ++i) {
            auto *reply = new TokenReply(&owner);
            connect(reply, &OAuthReply::finished, this,
                    [&order, i] { order.append(QString::number(i)); });
            replies.append(reply);
        }
        ReplyAccess::finishAll(pointers(replies));
        for (TokenReply *reply : std::as_const(replies)) {
            QVERIFY(ReplyAccess::isFinishing(reply));
            QVERIFY(!reply->isFinished()); // callers connect after the call returns
        }
        QTRY_COMPARE(order, (QStringList{u"0"_qs, u"1"_qs, u"2"_qs, u"3"_qs, u"4"_qs}));
        for (TokenReply *reply : std::as_const(replies)) {
            QVERIFY(reply->isFinished());
            QVERIFY(!reply->hasError());
        }
    }

    void finishAllCarriesTheErrorToEveryReply()
    {
        QObject owner;
        QList<TokenReply *> replies{new TokenReply(&owner), new TokenReply(&owner)};
        ReplyAccess::finishAll(pointers(replies), AuthError(AuthError::Code::InvalidGrant));
        QTRY_VERIFY(replies.at(0)->isFinished() && replies.at(1)->isFinished());
        QCOMPARE(replies.at(0)->error().code(), AuthError::Code::InvalidGrant);
        QCOMPARE(replies.at(1)->error().code(), AuthError::Code::InvalidGrant);
    }

    void anAbortedReplyKeepsItsOutcomeAndIsAnsweredOnce()
    {
        QObject owner;
        auto *aborted = new TokenReply(&owner);
        auto *waiting = new TokenReply(&owner);
        QSignalSpy abortedDone(aborted, &OAuthReply::finished);
        QSignalSpy waitingDone(waiting, &OAuthReply::finished);
        aborted->abort();
        ReplyAccess::finishAll(pointers({aborted, waiting}));
        QVERIFY(waitingDone.wait());
        QTRY_COMPARE(abortedDone.count(), 1);
        QCOMPARE(aborted->error().code(), AuthError::Code::Cancelled);
        QVERIFY(!waiting->hasError());
        drainEvents(); // nothing more is queued for either of them
        QCOMPARE(abortedDone.count(), 1);
        QCOMPARE(waitingDone.count(), 1);
    }

    void aReplyDeletedBeforeTheAnswerDoesNotStopTheOthers()
    {
        QObject owner;
        auto *gone = new TokenReply(&owner);
        auto *kept = new TokenReply(&owner);
        QSignalSpy keptDone(kept, &OAuthReply::finished);
        ReplyAccess::finishAll(pointers({gone, kept}));
        delete gone;
        QVERIFY(keptDone.wait());
        QCOMPARE(keptDone.count(), 1);
    }

    void laterFinishCallsAreIgnored()
    {
        QObject owner;
        auto *reply = new TokenReply(&owner);
        QSignalSpy done(reply, &OAuthReply::finished);
        ReplyAccess::finishAll(pointers({reply}));
        ReplyAccess::finish(reply, AuthError(AuthError::Code::NetworkError));
        reply->abort();
        QVERIFY(done.wait());
        QVERIFY(!reply->hasError());
        drainEvents();
        QCOMPARE(done.count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ReplyAccess)
#include "tst_replyaccess.moc"
