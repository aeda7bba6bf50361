// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// A QNetworkAccessManager that counts the requests it sends, by path: request economy is a
// property tests assert (a restore with a valid token makes none).

#include <QtCore/QHash>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkRequest>

namespace QtSignInTest {

class CountingNetworkManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

    int total() const { return m_total; }
    int count(const QString &path) const { return m_byPath.value(path); }
    void reset()
    {
        m_total = 0;
        m_byPath.clear();
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        ++m_total;
        ++m_byPath[request.url().path()];
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }

private:
    int m_total = 0;
    QHash<QString, int> m_byPath;
};

} // namespace QtSignInTest
