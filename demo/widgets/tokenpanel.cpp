// SPDX-License-Identifier: BSD-3-Clause
#include "tokenpanel.h"

#include "countdown.h"

#include <QtSignIn/authsession.h>
#include <QtSignIn/tokenreply.h>

#include <QtCore/QJsonArray>
#include <QtCore/QLocale>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

using QtSignIn::AuthSession;
using QtSignIn::TokenReply;
using QtSignIn::TokenSet;

namespace QtSignInDemo {

TokenPanel::TokenPanel(QWidget *parent)
    : QGroupBox(tr("Tokens"), parent)
    , m_expiry(new QLabel(this))
    , m_scopes(new QLabel(this))
    , m_refresh(new QLabel(this))
    , m_refreshButton(new QPushButton(tr("&Refresh now"), this))
    , m_copyButton(new QPushButton(tr("&Copy access token"), this))
    , m_claims(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("tokenPanel"));
    m_expiry->setObjectName(QStringLiteral("expiryLabel"));
    m_scopes->setObjectName(QStringLiteral("scopesLabel"));
    m_refresh->setObjectName(QStringLiteral("refreshTokenLabel"));
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_copyButton->setObjectName(QStringLiteral("copyTokenButton"));
    m_claims->setObjectName(QStringLiteral("claimsTree"));
    for (QLabel *label : {m_expiry, m_scopes, m_refresh}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_refreshButton->setToolTip(tr("Ask the provider for a new access token now"));
    m_copyButton->setToolTip(tr("Put a valid access token on the clipboard (refreshed first "
                                "if it is about to expire)"));

    m_claims->setColumnCount(2);
    //: Column headers of the ID-token claims table.
    m_claims->setHeaderLabels({tr("Claim"), tr("Value")});
    m_claims->setAccessibleName(tr("ID token claims"));
    m_claims->setAlternatingRowColors(true);
    m_claims->setUniformRowHeights(true);
    m_claims->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_claims->setSelectionMode(QAbstractItemView::SingleSelection);
    m_claims->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_claims->header()->setStretchLastSection(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Access token expires:"), m_expiry);
    form->addRow(tr("Granted scopes:"), m_scopes);
    form->addRow(tr("Refresh token:"), m_refresh);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refreshButton);
    buttons->addWidget(m_copyButton);
    buttons->addStretch(1);

    auto *claimsTitle = new QLabel(tr("ID token claims (validated):"), this);
    claimsTitle->setBuddy(m_claims);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addSpacing(6);
    layout->addWidget(claimsTitle);
    layout->addWidget(m_claims, 1);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &TokenPanel::updateCountdown);
    connect(m_refreshButton, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->refresh();
    });
    connect(m_copyButton, &QPushButton::clicked, this, &TokenPanel::copyAccessToken);
}

void TokenPanel::setSession(AuthSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &AuthSession::tokensChanged, this, &TokenPanel::updateTokens);
        connect(session, &AuthSession::stateChanged, this, &TokenPanel::updateTokens);
    }
    updateTokens();
}

void TokenPanel::updateTokens()
{
    const TokenSet tokens = m_session ? m_session->tokens() : TokenSet();
    const bool refreshing = m_session && m_session->state() == AuthSession::State::Refreshing;
    m_refreshButton->setEnabled(tokens.hasRefreshToken() && !refreshing);
    m_copyButton->setEnabled(!tokens.isNull());
    //: Shown instead of the scopes when the provider did not say which it granted.
    m_scopes->setText(tokens.scopes().isEmpty() ? tr("(not stated by the provider)")
                                                : tokens.scopes().join(u' '));
    if (refreshing)
        //: Value of "Refresh token:": the session keeps one and is using it right now.
        m_refresh->setText(tr("Kept · refreshing now…"));
    else if (tokens.hasRefreshToken())
        //: %1: seconds. The session refreshes the access token this long before it expires.
        m_refresh->setText(tr("Kept · the access token is renewed automatically %1 s before "
                              "it expires")
                               .arg(m_session ? m_session->refreshBuffer() : 0));
    else
        //: Value of "Refresh token:" when the provider gave none.
        m_refresh->setText(tr("None: sign in again when the access token expires"));

    m_claims->clear();
    const QJsonObject claims = tokens.idTokenClaims();
    bool nested = false;
    for (auto it = claims.begin(); it != claims.end(); ++it) {
        addClaim(nullptr, m_claims, it.key(), it.value());
        nested = nested || it.value().isObject() || it.value().isArray();
    }
    m_claims->setRootIsDecorated(nested);
    if (claims.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_claims);
        //: The provider sent no ID token (e.g. GitHub, which is not OpenID Connect).
        none->setText(0, tr("No ID token"));
        none->setDisabled(true);
    }
    updateCountdown();
}

void TokenPanel::addClaim(QTreeWidgetItem *parent, QTreeWidget *tree, const QString &name,
                          const QJsonValue &value)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    item->setText(0, name);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addClaim(item, tree, it.key(), it.value());
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            addClaim(item, tree, QString::number(i), array.at(i));
        item->setExpanded(true);
        return;
    }
    QString text;
    if (value.isString()) {
        text = value.toString();
    } else if (value.isBool()) {
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    } else if (value.isDouble()) {
        const qint64 number = value.toInteger();
        text = QString::number(number);
        // RFC 7519 §4.1.4-6 and OIDC Core §2: NumericDate claims, shown as dates too.
        static const QStringList times{QStringLiteral("exp"), QStringLiteral("iat"),
                                       QStringLiteral("nbf"), QStringLiteral("auth_time"),
                                       QStringLiteral("updated_at")};
        if (!parent && times.contains(name)) {
            const QDateTime when = QDateTime::fromSecsSinceEpoch(number).toLocalTime();
            //: A date claim: %1 its value in seconds since 1970, %2 the same as local date and
            //: time.
            text = tr("%1 (%2)").arg(text, QLocale().toString(when, QLocale::ShortFormat));
        }
    } else if (value.isNull()) {
        text = QStringLiteral("null");
    }
    item->setText(1, text);
    item->setToolTip(1, text);
}

void TokenPanel::updateCountdown()
{
    const TokenSet tokens = m_session ? m_session->tokens() : TokenSet();
    const QDateTime expiresAt = tokens.expiresAt();
    if (tokens.isNull()) {
        m_expiry->setText(QString());
    } else if (!expiresAt.isValid()) {
        //: Value of "Access token expires:" when the provider sent no lifetime.
        m_expiry->setText(tr("The provider did not say"));
    } else {
        const qint64 left = Countdown::secondsUntil(expiresAt);
        const QString at = QLocale().toString(expiresAt.toLocalTime().time(), QLocale::ShortFormat);
        if (left > 0)
            //: %1: time left (e.g. 9:58), %2: the clock time of expiry.
            m_expiry->setText(tr("in %1 (at %2)").arg(Countdown::format(left), at));
        else
            //: Value of "Access token expires:". %1: a clock time.
            m_expiry->setText(tr("expired at %1").arg(at));
    }
}

void TokenPanel::copyAccessToken()
{
    if (!m_session)
        return;
    m_copyButton->setEnabled(false);
    TokenReply *reply = m_session->accessToken();
    connect(reply, &TokenReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_copyButton->setEnabled(m_session && !m_session->tokens().isNull());
        if (reply->hasError()) {
            Q_EMIT message(reply->error().message());
            return;
        }
        // The token goes to the clipboard only, never onto the screen or into a log.
        QGuiApplication::clipboard()->setText(reply->tokens().accessToken());
        Q_EMIT message(tr("Access token copied to the clipboard"));
    });
}

QString TokenPanel::expiryText() const
{
    return m_expiry->text();
}

QString TokenPanel::scopesText() const
{
    return m_scopes->text();
}

QStringList TokenPanel::claimNames() const
{
    QStringList names;
    for (int i = 0; i < m_claims->topLevelItemCount(); ++i)
        names << m_claims->topLevelItem(i)->text(0);
    return names;
}

QString TokenPanel::claimValue(const QString &name) const
{
    for (int i = 0; i < m_claims->topLevelItemCount(); ++i) {
        if (m_claims->topLevelItem(i)->text(0) == name)
            return m_claims->topLevelItem(i)->text(1);
    }
    return QString();
}

void TokenPanel::showEvent(QShowEvent *event)
{
    QGroupBox::showEvent(event);
    updateCountdown();
    m_tick.start();
}

void TokenPanel::hideEvent(QHideEvent *event)
{
    QGroupBox::hideEvent(event);
    m_tick.stop();
}

} // namespace QtSignInDemo
