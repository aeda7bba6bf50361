// SPDX-License-Identifier: BSD-3-Clause
#include "avatar.h"

#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

namespace QtSignInDemo {

namespace {
// A profile picture is small; anything larger is not one.
constexpr qint64 MaxPictureBytes = 2 * 1024 * 1024;
} // namespace

Avatar::Avatar(QNetworkAccessManager *network, QWidget *parent)
    : QWidget(parent)
    , m_network(network)
{
    setObjectName(QStringLiteral("avatar"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Profile picture"));
}

Avatar::~Avatar()
{
    if (m_reply)
        m_reply->abort();
}

QSize Avatar::sizeHint() const
{
    const int side = fontMetrics().height() * 4;
    return {side, side};
}

void Avatar::setUser(const QString &name, const QUrl &pictureUrl)
{
    m_name = name;
    m_initial = name.trimmed().isEmpty() ? QStringLiteral("?") : name.trimmed().left(1).toUpper();
    m_picture = QImage();
    if (m_reply)
        m_reply->abort();
    update();
    if (!pictureUrl.isValid() ||
        (pictureUrl.scheme() != QLatin1String("https") &&
         pictureUrl.scheme() != QLatin1String("http")))
        return;

    QNetworkRequest request(pictureUrl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxPictureBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply != m_reply || reply->error() != QNetworkReply::NoError)
            return;
        const QImage image = QImage::fromData(reply->readAll());
        if (image.isNull())
            return; // keep the initial
        m_picture = image;
        update();
        Q_EMIT pictureLoaded();
    });
}

void Avatar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const int side = qMin(width(), height());
    const QRectF circle((width() - side) / 2.0, (height() - side) / 2.0, side, side);
    QPainterPath path;
    path.addEllipse(circle);
    painter.setClipPath(path);

    if (!m_picture.isNull()) {
        // Fill the circle, cropping the longer side of the picture.
        const QImage scaled =
            m_picture.scaled(QSizeF(circle.size() * devicePixelRatioF()).toSize(),
                             Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        const QRectF source((scaled.width() - circle.width() * devicePixelRatioF()) / 2,
                            (scaled.height() - circle.height() * devicePixelRatioF()) / 2,
                            circle.width() * devicePixelRatioF(),
                            circle.height() * devicePixelRatioF());
        painter.drawImage(circle, scaled, source);
        return;
    }
    // A colour picked from the name, so that two accounts look different at a glance.
    const QColor background = QColor::fromHsl(int(qHash(m_name) % 360), 110, 120);
    painter.fillRect(circle, background);
    QFont font = this->font();
    font.setPixelSize(qMax(8, int(side * 0.45)));
    font.setWeight(QFont::DemiBold);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(circle, Qt::AlignCenter, m_initial);
}

} // namespace QtSignInDemo
