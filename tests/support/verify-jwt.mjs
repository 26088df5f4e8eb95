// Verifies a JWT with panva's jose (npm), an implementation Keyway did not write, and prints its
// claims as JSON; exits 1 with the reason when the signature or the algorithm does not hold.
// Usage: node verify-jwt.mjs ALG TOKEN KEYFILE   (KEYFILE: the shared secret, or a PEM public key)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const jose = await import(require.resolve('jose', {
    paths: (process.env.NODE_PATH || '').split(':').filter(Boolean),
}));
const [alg, token, keyFile] = process.argv.slice(2);
const material = readFileSync(keyFile);
const key = alg.startsWith('HS') ? material : await jose.importSPKI(material.toString(), alg);
try {
    const { payload, protectedHeader } = await jose.jwtVerify(token, key, { algorithms: [alg] });
    process.stdout.write(JSON.stringify({ header: protectedHeader, payload }));
} catch (error) {
    process.stderr.write(`${error.code}: ${error.message}\n`);
    process.exit(1);
}
