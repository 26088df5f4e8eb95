// A reference OpenID provider Keyway did not write: panva's oidc-provider (certified by the
// OpenID Foundation), with its issuer on a path (/realms/demo) like Keycloak's, RFC 9207 `iss` in
// authorization responses, PKCE required. Sign-in and consent are granted at once for the user
// "demo", so a browser only has to follow redirects. Access tokens live 5 s; refresh tokens rotate.
// Prints "listening <issuer>" when ready.
// Usage: node oidc-reference-server.mjs   (NODE_PATH must hold oidc-provider@8)
import http from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { default: Provider } = await import(require.resolve('oidc-provider', {
    paths: (process.env.NODE_PATH || '').split(':').filter(Boolean),
}));

const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const prefix = '/realms/demo';
const issuer = `http://127.0.0.1:${server.address().port}${prefix}`;

const provider = new Provider(issuer, {
    clients: [{
        client_id: 'keyway-native',
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: ['http://127.0.0.1/callback'], // native loopback: any port (RFC 8252 §7.3)
    }],
    pkce: { required: () => true },
    // Short-lived access tokens and a new refresh token on every refresh (the old one is spent).
    issueRefreshToken: async () => true,
    rotateRefreshToken: true,
    ttl: { AccessToken: 5, AuthorizationCode: 60, Grant: 600, Interaction: 600, RefreshToken: 600, Session: 600 },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (ctx, interaction) => `${prefix}/interaction/${interaction.uid}` },
    findAccount: async (ctx, id) => ({ accountId: id, claims: async () => ({ sub: id }) }),
    cookies: { keys: ['keyway-test-only'] },
});
provider.proxy = false;

// Grants whatever was asked for, as a user clicking "Allow" would.
async function approve(req, res) {
    const details = await provider.interactionDetails(req, res);
    const grant = new provider.Grant({ accountId: 'demo', clientId: details.params.client_id });
    grant.addOIDCScope(details.params.scope);
    const grantId = await grant.save();
    await provider.interactionFinished(req, res,
        { login: { accountId: 'demo' }, consent: { grantId } }, { mergeWithLastSubmission: false });
}

const callback = provider.callback();
server.on('request', (req, res) => {
    if (!req.url.startsWith(prefix)) {
        res.writeHead(404).end();
        return;
    }
    if (req.url.startsWith(`${prefix}/interaction/`)) {
        approve(req, res).catch((error) => res.writeHead(500).end(String(error)));
        return;
    }
    req.originalUrl = req.url; // how oidc-provider learns where it is mounted (as under express)
    req.url = req.url.slice(prefix.length) || '/';
    callback(req, res);
});
process.stdout.write(`listening ${issuer}\n`);
