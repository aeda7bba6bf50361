// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QPointer>
#include <QtCore/QUrl>
#include <QtGui/QImage>
#include <QtWidgets/QWidget>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace QtSignInDemo {

/*!
 * A round picture of the user: the image at the profile's `picture` URL once downloaded,
 * and until then (or when there is none) the name's first letter on a colour of its own.
 */
class Avatar : public QWidget
{
    Q_OBJECT
public:
    explicit Avatar(QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~Avatar() override;

    /*! Shows \a name's initial, then the picture at \a pictureUrl (http or https) if any. */
    void setUser(const QString &name, const QUrl &pictureUrl);
    bool hasPicture() const { return !m_picture.isNull(); }
    QString initial() const { return m_initial; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void pictureLoaded();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QString m_initial;
    QString m_name;
    QImage m_picture;
};

} // namespace QtSignInDemo
