// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/autherror.h>

#include <QtWidgets/QFrame>

QT_BEGIN_NAMESPACE
class QLabel;
class QToolButton;
QT_END_NAMESPACE

namespace QtSignInDemo {

/*!
 * A strip across the window with a message in plain words, an optional "Details" expander
 * (the server's error, its description, the HTTP status, QtSignIn's diagnostic) and a close
 * button.
 */
class Banner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit Banner(Kind kind, QWidget *parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const { return m_kind; }

    /*! Shows \a text; \a details (plain text) go behind the "Details" button when not empty. */
    void showMessage(const QString &text, const QString &details = QString());
    /*! Shows error.message() with the server detail behind "Details". */
    void showError(const QtSignIn::AuthError &error);
    /*! Whether the close button is offered (default true). */
    void setClosable(bool closable);

    QString text() const;
    QString details() const;
    bool isExpanded() const;

    /*! The developer detail of \a error, one "Name: value" line each (never a secret). */
    static QString errorDetails(const QtSignIn::AuthError &error);

Q_SIGNALS:
    /*! A link in the text that is not a web page (web pages open in the browser). */
    void linkActivated(const QString &link);

private:
    void updateStyle();

    Kind m_kind;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_detailsButton;
    QLabel *m_details;
    QToolButton *m_closeButton;
};

} // namespace QtSignInDemo
