// SPDX-License-Identifier: BSD-3-Clause
// Uses the installed QtSignIn package: returns 0 when the public headers, the exported target
// and the package version agree.
//
// For now this uses only header-inline API (QTSIGNIN_VERSION_STR, PkceChallenge's default
// constructor and isNull()): PkceChallenge::generate(), TokenSet and OAuthReply are being
// implemented in parallel, so nothing of the library links yet. Once they are, this should
// generate a challenge, check PkceChallenge::isValidVerifier(pkce.verifier()) and build a
// TokenSet, which also makes the executable load libQtSignInCore from the installed prefix.

#include <QtSignIn/pkcechallenge.h>
#include <QtSignIn/qtsigninglobal.h>

#include <cstdio>
#include <cstring>

int main()
{
    // The header's version must be the one find_package() selected through QtSignInConfigVersion.
    if (std::strcmp(QTSIGNIN_VERSION_STR, EXPECTED_VERSION) != 0) {
        std::fprintf(stderr, "header version %s != package version %s\n", QTSIGNIN_VERSION_STR,
                     EXPECTED_VERSION);
        return 1;
    }
    const QtSignIn::PkceChallenge none;
    if (!none.isNull() || !none.verifier().isEmpty()) {
        std::fprintf(stderr, "a default PkceChallenge is not null\n");
        return 1;
    }
    std::printf("QtSignIn %s consumer OK\n", QTSIGNIN_VERSION_STR);
    return 0;
}
