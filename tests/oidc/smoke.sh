#!/usr/bin/env bash
# smoke.sh - end-to-end check of the test OpenID Provider with curl, for every client:
# authorization code + PKCE (login + consent through the dev pages), token exchange with the
# client's authentication method, userinfo, introspection, refresh with
# rotation, revocation; then the device authorization grant (RFC 8628) for qt-desktop.
# Needs OIDC_ISSUER (run it through `tools/setup.sh run --oidc tests/oidc -- bash tests/oidc/smoke.sh`).
set -euo pipefail
: "${OIDC_ISSUER:?OIDC_ISSUER is not set: run inside tools/setup.sh run --oidc tests/oidc}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

disc=$(curl -sf "$OIDC_ISSUER/.well-known/openid-configuration")
[ "$(jq -r .issuer <<<"$disc")" = "$OIDC_ISSUER" ] || fail "discovery issuer differs from OIDC_ISSUER"
token_ep=$(jq -r .token_endpoint <<<"$disc")
userinfo_ep=$(jq -r .userinfo_endpoint <<<"$disc")
introspect_ep=$(jq -r .introspection_endpoint <<<"$disc")
revoke_ep=$(jq -r .revocation_endpoint <<<"$disc")
device_ep=$(jq -r .device_authorization_endpoint <<<"$disc")
redirect="http://127.0.0.1:53123/callback"

# Token endpoint call with the client's authentication method (RFC 6749 §2.3.1).
post() { # client endpoint form-args...
  local client=$1 url=$2; shift 2
  case $client in
    qt-desktop) curl -s -X POST "$url" -d client_id=qt-desktop "$@" ;;
    qt-confidential) curl -s -X POST "$url" -u qt-confidential:qt-confidential-secret "$@" ;;
    qt-post) curl -s -X POST "$url" -d client_id=qt-post -d client_secret=qt-post-secret "$@" ;;
  esac
}

# Follow the dev interaction pages: POST each form (login, then consent) with any credentials.
# Prints where the OP finally sends the browser: the client's redirect URI (code flow), or
# "done" when it renders the device flow's success page instead of redirecting.
interact() { # location user
  local loc=$1 user=$2 jar=$work/jar page action prompt i out
  for i in 1 2 3 4 5 6 7 8; do
    case $loc in "$redirect"*) echo "$loc"; return 0 ;; "") echo done; return 0 ;; esac
    case $loc in /*) loc=$OIDC_ISSUER$loc ;; esac
    case $loc in
      "$OIDC_ISSUER"/interaction/*)
        page=$(curl -s -c "$jar" -b "$jar" "$loc")
        action=$(grep -o 'action="[^"]*"' <<<"$page" | head -1 | sed 's/action="//;s/"$//')
        prompt=$(grep -o 'name="prompt" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//;s/"$//')
        [ -n "$action" ] && [ -n "$prompt" ] || fail "no interaction form at $loc"
        loc=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' -X POST "$action" \
          -d "prompt=$prompt" --data-urlencode "login=$user" -d password=any-password) ;;
      *) # /auth/<uid> or /device/<uid>: the OP resumes the request after an interaction
        out=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' "$loc")
        [[ $out == 200* || $out == 30* ]] || fail "unexpected HTTP ${out%% *} at $loc"
        loc=${out#* } ;;
    esac
  done
  fail "no end to the interaction"
}

code_flow() { # client user
  local client=$1 user=$2 verifier challenge loc code tokens at rt tokens2 rt2
  rm -f "$work/jar"
  verifier=$(openssl rand 48 | b64url)
  challenge=$(printf %s "$verifier" | openssl dgst -sha256 -binary | b64url)
  loc=$(curl -s -c "$work/jar" -b "$work/jar" -o /dev/null -w '%{redirect_url}' -G "$OIDC_ISSUER/auth" \
    --data-urlencode "client_id=$client" -d response_type=code \
    --data-urlencode "scope=openid offline_access profile email" \
    --data-urlencode "redirect_uri=$redirect" -d state=smoke-state -d nonce=smoke-nonce \
    -d "code_challenge=$challenge" -d code_challenge_method=S256 -d prompt=consent)
  loc=$(interact "$loc" "$user")
  [[ $loc == *"state=smoke-state"* ]] || fail "$client: state not echoed"
  [[ $loc == *"iss="* ]] || fail "$client: no iss in the callback (RFC 9207)"
  code=$(sed -n 's/.*[?&]code=\([^&]*\).*/\1/p' <<<"$loc")
  [ -n "$code" ] || fail "$client: no code in $loc"

  tokens=$(post "$client" "$token_ep" -d grant_type=authorization_code -d "code=$code" \
    --data-urlencode "redirect_uri=$redirect" -d "code_verifier=$verifier")
  at=$(jq -r '.access_token // empty' <<<"$tokens")
  rt=$(jq -r '.refresh_token // empty' <<<"$tokens")
  [ -n "$at" ] && [ -n "$rt" ] && [ -n "$(jq -r '.id_token // empty' <<<"$tokens")" ] \
    || fail "$client: token response incomplete: $(jq -c 'keys' <<<"$tokens")"

  [ "$(curl -s -H "Authorization: Bearer $at" "$userinfo_ep" | jq -r .sub)" = "$user" ] \
    || fail "$client: userinfo sub"
  [ "$(post "$client" "$introspect_ep" -d "token=$at" | jq -r .active)" = true ] \
    || fail "$client: introspection of a live token is not active"

  tokens2=$(post "$client" "$token_ep" -d grant_type=refresh_token -d "refresh_token=$rt")
  [ -n "$(jq -r '.access_token // empty' <<<"$tokens2")" ] || fail "$client: refresh failed"
  rt2=$(jq -r '.refresh_token // empty' <<<"$tokens2")
  if [ "$client" = qt-desktop ]; then
    [ -n "$rt2" ] && [ "$rt2" != "$rt" ] || fail "$client: public client refresh token not rotated"
  fi

  [ "$(post "$client" "$revoke_ep" -d "token=$at" -o /dev/null -w '%{http_code}')" = 200 ] \
    || fail "$client: revocation"
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $at" "$userinfo_ep")" = 401 ] \
    || fail "$client: revoked token still accepted by userinfo"

  # A wrong secret must be refused (client authentication really happens).
  if [ "$client" = qt-confidential ]; then
    [ "$(curl -s -u qt-confidential:wrong -X POST "$token_ep" -d grant_type=refresh_token \
        -d "refresh_token=${rt2:-$rt}" | jq -r .error)" = invalid_client ] || fail "$client: wrong secret accepted"
  fi
  echo "ok: $client: code + PKCE, userinfo, introspection, refresh, revoke"
}

device_flow() {
  local auth dc uc page xsrf loc tokens
  rm -f "$work/jar"
  auth=$(post qt-desktop "$device_ep" --data-urlencode "scope=openid offline_access")
  dc=$(jq -r .device_code <<<"$auth"); uc=$(jq -r .user_code <<<"$auth")
  [ "$(post qt-desktop "$token_ep" -d grant_type=urn:ietf:params:oauth:grant-type:device_code \
      -d "device_code=$dc" | jq -r .error)" = authorization_pending ] || fail "device: not pending"
  page=$(curl -s -c "$work/jar" -b "$work/jar" "$OIDC_ISSUER/device")
  xsrf=$(grep -o 'name="xsrf" value="[^"]*"' <<<"$page" | sed 's/.*value="//;s/"$//')
  page=$(curl -s -c "$work/jar" -b "$work/jar" -X POST "$OIDC_ISSUER/device" -d "xsrf=$xsrf" --data-urlencode "user_code=$uc")
  xsrf=$(grep -o 'name="xsrf" value="[^"]*"' <<<"$page" | sed 's/.*value="//;s/"$//')
  loc=$(curl -s -c "$work/jar" -b "$work/jar" -o /dev/null -w '%{redirect_url}' -X POST "$OIDC_ISSUER/device" \
    -d "xsrf=$xsrf" --data-urlencode "user_code=$uc" -d confirm=yes)
  # After login + consent the OP renders its own success page instead of redirecting.
  [ "$(interact "$loc" bob)" = done ] || fail "device: the interaction did not finish"
  tokens=$(post qt-desktop "$token_ep" -d grant_type=urn:ietf:params:oauth:grant-type:device_code -d "device_code=$dc")
  [ -n "$(jq -r '.access_token // empty' <<<"$tokens")" ] || fail "device: no tokens: $tokens"
  echo "ok: device authorization grant"
}

code_flow qt-desktop alice
code_flow qt-confidential carol
code_flow qt-post dave
device_flow
echo "oidc smoke: all passed"
