// SPDX-License-Identifier: BSD-3-Clause
#include "banner.h"

#include <QtCore/QMetaEnum>
#include <QtGui/QDesktopServices>
#include <QtGui/QFontDatabase>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QStyle>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

using QtSignIn::AuthError;

namespace QtSignInDemo {

Banner::Banner(Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_details(new QLabel(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("banner"));
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    connect(m_text, &QLabel::linkActivated, this, [this](const QString &link) {
        const QUrl url(link);
        if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            QDesktopServices::openUrl(url);
        else
            Q_EMIT linkActivated(link);
    });

    m_detailsButton->setObjectName(QStringLiteral("detailsButton"));
    //: Shows or hides the technical details of an error.
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setAccessibleName(tr("Show error details"));

    m_details->setObjectName(QStringLiteral("detailsText"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setAccessibleName(tr("Error details"));
    m_details->hide();

    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Dismiss"));
    m_closeButton->setAccessibleName(tr("Dismiss message"));

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setFixedSize(iconSize, iconSize);

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_text, 1);
    top->addWidget(m_detailsButton, 0, Qt::AlignTop);
    top->addWidget(m_closeButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_details);

    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        m_detailsButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_closeButton, &QToolButton::clicked, this, &QWidget::hide);
    updateStyle();
    hide();
}

void Banner::setKind(Kind kind)
{
    m_kind = kind;
    updateStyle();
}

void Banner::updateStyle()
{
    // Tints over the palette's own colours, so that light and dark themes both read well.
    QString colour;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (m_kind) {
    case Kind::Information:
        colour = QStringLiteral("38, 139, 210");
        break;
    case Kind::Warning:
        colour = QStringLiteral("215, 153, 33");
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Error:
        colour = QStringLiteral("220, 50, 47");
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    setStyleSheet(QStringLiteral("QtSignInDemo--Banner { background: rgba(%1, 0.12); border: 1px "
                                 "solid rgba(%1, 0.55); border-radius: 4px; }")
                      .arg(colour));
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(m_icon->size(), devicePixelRatioF()));
}

void Banner::showMessage(const QString &text, const QString &details)
{
    m_text->setText(text);
    m_details->setText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    setAccessibleDescription(text);
    show();
}

void Banner::showError(const AuthError &error)
{
    showMessage(error.message().toHtmlEscaped(), errorDetails(error));
}

void Banner::setClosable(bool closable)
{
    m_closeButton->setVisible(closable);
}

QString Banner::text() const
{
    return m_text->text();
}

QString Banner::details() const
{
    return m_details->text();
}

bool Banner::isExpanded() const
{
    return m_detailsButton->isChecked();
}

QString Banner::errorDetails(const AuthError &error)
{
    // The values stay as sent: they are what a developer searches for or pastes into an
    // issue, and the server's text is only displayed, never interpreted.
    QStringList lines;
    const QMetaEnum codes = QMetaEnum::fromType<AuthError::Code>();
    //: %1: the name of the error code (e.g. NetworkError), left in English to search for.
    lines << tr("Error code: %1").arg(QString::fromLatin1(codes.valueToKey(int(error.code()))));
    if (!error.serverError().isEmpty())
        //: %1: the OAuth "error" value the server sent (e.g. invalid_grant), as sent.
        lines << tr("Server error: %1").arg(error.serverError());
    if (!error.serverErrorDescription().isEmpty())
        lines << tr("Server description: %1").arg(error.serverErrorDescription());
    if (!error.serverErrorUri().isEmpty())
        lines << tr("More information: %1").arg(error.serverErrorUri().toString());
    if (error.httpStatus() != 0)
        lines << tr("HTTP status: %1").arg(error.httpStatus());
    if (error.networkError() != QNetworkReply::NoError) {
        const QMetaEnum network = QMetaEnum::fromType<QNetworkReply::NetworkError>();
        //: %1: the name of the network error (e.g. ConnectionRefusedError), in English.
        lines << tr("Network error: %1")
                     .arg(QString::fromLatin1(network.valueToKey(int(error.networkError()))));
    }
    if (!error.detail().isEmpty())
        lines << tr("Detail: %1").arg(error.detail());
    return lines.join(u'\n');
}

} // namespace QtSignInDemo
