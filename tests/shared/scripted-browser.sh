#!/usr/bin/env bash
# A scripted "user with a browser" for the test OpenID Provider (tests/oidc, devInteractions).
#
#   scripted-browser.sh URL             as $BROWSER: open an authorization URL, sign in, consent,
#                                       then deliver the redirect to the app's loopback receiver
#   scripted-browser.sh --device CODE   approve a device-flow user code at $OIDC_ISSUER/device
#
# Environment: SCRIPTED_BROWSER_LOGIN (default alice); SCRIPTED_BROWSER_OUT, a file that gets
# the page the receiver answered (browser mode); SCRIPTED_BROWSER_MODE:
#   normal        deliver the callback
#   stall-first   first open a connection to the receiver that sends half a request and stalls
#   stray-first   first send the receiver stray requests (favicon, a POST, a wrong state)
#   absent        open nothing: the user walked away (the sign-in must time out or be cancelled)
#   deny          refuse consent is not offered by the dev pages, so: deliver error=access_denied
#                 with the real state (as a provider would after the user says no)
# Exit status 0 when the receiver answered, non-zero otherwise (and a message on stderr).
set -euo pipefail

login=${SCRIPTED_BROWSER_LOGIN:-alice}
mode=${SCRIPTED_BROWSER_MODE:-normal}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar=$work/jar
log() { printf 'scripted-browser: %s\n' "$*" >&2; }
fail() { log "$*"; exit 1; }

# Follows the provider's pages like a person: redirects, the login form, the consent form.
# Prints the first location that is not on the provider (the app's redirect), or "done".
interact() { # location issuer
  local loc=$1 issuer=$2 page action prompt out i
  for i in $(seq 1 12); do
    case $loc in "") echo done; return 0 ;; /*) loc=$issuer$loc ;; esac
    case $loc in "$issuer"*) ;; *) echo "$loc"; return 0 ;; esac
    case $loc in
      "$issuer"/interaction/*)
        page=$(curl -s -c "$jar" -b "$jar" "$loc")
        action=$(grep -o 'action="[^"]*"' <<<"$page" | head -1 | sed 's/action="//;s/"$//;s/&amp;/\&/g')
        prompt=$(grep -o 'name="prompt" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//;s/"$//')
        [ -n "$action" ] && [ -n "$prompt" ] || fail "no interaction form at ${loc%%\?*}"
        loc=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' -X POST "$action" \
          -d "prompt=$prompt" --data-urlencode "login=$login" -d password=any-password) ;;
      *)
        out=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' "$loc")
        [[ $out == 200* || $out == 30* ]] || fail "HTTP ${out%% *} at ${loc%%\?*}"
        loc=${out#* } ;;
    esac
  done
  fail "no end to the interaction"
}

if [ "${1:-}" = --device ]; then
  code=${2:?usage: scripted-browser.sh --device USER_CODE}
  issuer=${OIDC_ISSUER:?OIDC_ISSUER is not set}
  xsrf_of() { grep -o 'name="xsrf" value="[^"]*"' | sed 's/.*value="//;s/"$//'; }
  xsrf=$(curl -s -c "$jar" -b "$jar" "$issuer/device" | xsrf_of)
  xsrf=$(curl -s -c "$jar" -b "$jar" -X POST "$issuer/device" -d "xsrf=$xsrf" \
    --data-urlencode "user_code=$code" | xsrf_of)
  loc=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' -X POST "$issuer/device" \
    -d "xsrf=$xsrf" --data-urlencode "user_code=$code" -d confirm=yes)
  [ "$(interact "$loc" "$issuer")" = done ] || fail "device approval did not finish"
  exit 0
fi

url=${1:?usage: scripted-browser.sh URL}
[ "$mode" = absent ] && exit 0
issuer=$(sed -E 's#^(https?://[^/]+).*#\1#' <<<"$url")
callback=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' "$url")
callback=$(interact "$callback" "$issuer")
case $callback in http://127.0.0.1:*|http://\[::1\]:*) ;; *) fail "unexpected redirect target" ;; esac
hostport=$(sed -E 's#^http://([^/]+)/.*#\1#' <<<"$callback")
port=${hostport##*:}
base=${callback%%\?*}

case $mode in
  stall-first)
    exec 3<>"/dev/tcp/127.0.0.1/$port"
    printf 'GET /callback?state=x HTTP/1.1\r\nHost: 127.0.0.1:%s\r\n' "$port" >&3 ;;
  stray-first)
    curl -s -o /dev/null "http://$hostport/favicon.ico" || true
    curl -s -o /dev/null -X POST "$callback" || true
    curl -s -o /dev/null "$base?code=forged&state=not-the-state" || true ;;
  deny)
    state=$(grep -o '[?&]state=[^&]*' <<<"$callback" | head -1 | cut -d= -f2)
    iss=$(grep -o '[?&]iss=[^&]*' <<<"$callback" | head -1 | cut -d= -f2)
    callback="$base?error=access_denied&error_description=The%20user%20said%20no&state=$state&iss=$iss" ;;
esac

if [ -n "${SCRIPTED_BROWSER_OUT:-}" ]; then
  curl -s -D "$work/headers" -o "$work/page" "$callback" || fail "the receiver did not answer"
  # Published in one step each, headers last, so a reader never sees half a page.
  mv "$work/page" "$SCRIPTED_BROWSER_OUT"
  mv "$work/headers" "$SCRIPTED_BROWSER_OUT.headers"
else
  curl -s -o /dev/null "$callback" || fail "the receiver did not answer"
fi
exit 0
