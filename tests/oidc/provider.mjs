// Test OpenID Provider for QtSignIn's test suites (oidc-provider 8.x, see package.json for why 8).
//
// Listens on 127.0.0.1:$OP_PORT, or on a free port chosen by the kernel when OP_PORT is unset
// or 0, so that several providers (one per test envelope) can run side by side under `ctest -j`.
// Once it accepts connections it writes its issuer URL (no trailing newline) to $OP_ISSUER_FILE
// if that is set, and prints it on stdout.
//
// Clients (all with the loopback redirect http://127.0.0.1/callback, any port, RFC 8252 §7.3):
//   qt-desktop        public native client, token_endpoint_auth_method none
//   qt-confidential   client_secret_basic, secret qt-confidential-secret
//   qt-post           client_secret_post,  secret qt-post-secret
// PKCE (S256) is required for every client. The dev login accepts any login and password.
//
// Over https (tests of trust, proxies and mutual TLS), with these set:
//   OP_TLS_CERT, OP_TLS_KEY  the server's PEM certificate and key; the issuer becomes
//                            https://localhost:<port>, or $OP_ISSUER when set (e.g. a name a
//                            test proxy maps to this port)
//   OP_TLS_CLIENT_CA         also ask for client certificates, and refuse the token, revocation
//                            and device authorization endpoints (401 invalid_client) to a
//                            client without one signed by this CA (RFC 8705 §2)
import http from 'node:http';
import https from 'node:https';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import Provider from 'oidc-provider';

const HOST = '127.0.0.1';
const requestedPort = Number(process.env.OP_PORT || 0);
const tls = Boolean(process.env.OP_TLS_CERT && process.env.OP_TLS_KEY);
const clientCa = tls && process.env.OP_TLS_CLIENT_CA;

const server = tls
  ? https.createServer({
    cert: readFileSync(process.env.OP_TLS_CERT),
    key: readFileSync(process.env.OP_TLS_KEY),
    ...(clientCa ? { requestCert: true, rejectUnauthorized: false, ca: readFileSync(clientCa) } : {}),
  })
  : http.createServer();
server.on('error', (err) => {
  console.error(`OP: cannot listen on ${HOST}:${requestedPort}: ${err.message}`);
  process.exit(1);
});

// Listen first: the issuer must contain the real port, which is only known once bound.
server.listen(requestedPort, HOST, () => {
  const { port } = server.address();
  const issuer = tls ? (process.env.OP_ISSUER || `https://localhost:${port}`) : `http://${HOST}:${port}`;
  const provider = createProvider(issuer);
  if (clientCa) {
    const guarded = new Set(['/token', '/token/revocation', '/device/auth']);
    provider.use(async (ctx, next) => {
      if (guarded.has(ctx.path) && !ctx.req.socket.authorized) {
        ctx.status = 401;
        ctx.type = 'json';
        ctx.body = { error: 'invalid_client', error_description: 'a client certificate is required' };
        return;
      }
      await next();
    });
  }
  server.on('request', provider.callback());
  if (process.env.OP_ISSUER_FILE) {
    // Write then rename, so a reader never sees a half-written URL.
    const tmp = `${process.env.OP_ISSUER_FILE}.tmp`;
    writeFileSync(tmp, issuer);
    renameSync(tmp, process.env.OP_ISSUER_FILE);
  }
  console.log(`OP listening on ${issuer} at ${HOST}:${port}`);
});

// Exit at once on a signal: server.close() would wait for idle keep-alive connections.
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
  process.on(signal, () => process.exit(0));
}
// Never outlive the process that started us (e.g. the test envelope killed with SIGKILL):
// once orphaned, our parent changes.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.exit(0);
}, 500).unref();

function createProvider(issuer) {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test-rs256', use: 'sig', alg: 'RS256' };

  const common = {
    application_type: 'native', // loopback redirect: any port accepted (RFC 8252 §7.3)
    grant_types: ['authorization_code', 'refresh_token', 'urn:ietf:params:oauth:grant-type:device_code'],
    response_types: ['code'],
    redirect_uris: ['http://127.0.0.1/callback'],
    post_logout_redirect_uris: ['http://127.0.0.1/logout'],
  };

  const provider = new Provider(issuer, {
    clients: [
      { ...common, client_id: 'qt-desktop', token_endpoint_auth_method: 'none' },
      {
        ...common,
        client_id: 'qt-confidential',
        client_secret: 'qt-confidential-secret',
        token_endpoint_auth_method: 'client_secret_basic',
      },
      {
        ...common,
        client_id: 'qt-post',
        client_secret: 'qt-post-secret',
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: ['test-cookie-secret-1'] },
    scopes: ['openid', 'offline_access', 'profile', 'email'],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'], email: ['email', 'email_verified'] },
    findAccount: async (ctx, sub) => ({
      accountId: sub,
      claims: async () => ({
        sub,
        name: `User ${sub}`,
        preferred_username: sub,
        email: `${sub}@example.test`,
        email_verified: true,
      }),
    }),
    features: {
      devInteractions: { enabled: true }, // built-in login (any login/password) + consent pages
      revocation: { enabled: true },
      introspection: { enabled: true },
      userinfo: { enabled: true },
      deviceFlow: { enabled: true },
      rpInitiatedLogout: { enabled: true },
    },
    // PKCE for every client, confidential ones included (RFC 9700 §2.1.1).
    pkce: { required: () => true },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      RefreshToken: 86400,
      DeviceCode: 600,
      Grant: 86400,
      Interaction: 600,
      Session: 86400,
    },
    renderError: async (ctx, out) => {
      ctx.type = 'json';
      ctx.body = out;
    },
  });
  provider.on('server_error', (ctx, err) => console.error('server_error', err));
  return provider;
}
