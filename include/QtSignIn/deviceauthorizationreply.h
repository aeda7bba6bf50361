// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/deviceauthorization.h>
#include <QtSignIn/oauthreply.h>

namespace QtSignIn {

/*!
 * \brief The answer of a device authorization request (RFC 8628 §3.1).
 *
 * AuthFlow with the DeviceCode user agent does the whole device flow; use this directly only
 * to build your own.
 *
 * \code
 * auto *reply = provider->requestDeviceAuthorization();
 * connect(reply, &QtSignIn::OAuthReply::finished, this, [reply] {
 *     if (!reply->hasError())
 *         show(reply->deviceAuthorization().userCode());
 *     reply->deleteLater();
 * });
 * \endcode
 */
class QTSIGNINCORE_EXPORT DeviceAuthorizationReply : public OAuthReply
{
    Q_OBJECT
public:
    explicit DeviceAuthorizationReply(QObject *parent = nullptr);
    ~DeviceAuthorizationReply() override;

    DeviceAuthorization deviceAuthorization() const;

private:
    friend class ReplyAccess;
};

} // namespace QtSignIn
