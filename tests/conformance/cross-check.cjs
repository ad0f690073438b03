// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// A second implementation for tst_crosscheck: jose (as @descope/node-sdk brings it) signs
// tokens for our verifier, and node-sdk's validateSession checks the emulator's tokens.
//
// usage: node cross-check.cjs <node_modules> sign <projectId>
//        node cross-check.cjs <node_modules> validate <baseUrl> <projectId>   (token on stdin)
'use strict';

const path = require('path');
const [modulesDir, command, ...args] = process.argv.slice(2);
const load = (name) => require(path.join(modulesDir, name));

async function sign(projectId) {
  const jose = load('jose');
  const now = Math.floor(Date.now() / 1000);
  const makeKey = async (kid) => {
    const { publicKey, privateKey } = await jose.generateKeyPair('RS256', { modulusLength: 2048 });
    const jwk = { ...(await jose.exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
    return { jwk, privateKey, kid };
  };
  const key = await makeKey('jose-key-1');
  const other = await makeKey('jose-key-2');
  const token = (k, claims) => new jose.SignJWT({ drn: 'DS', amr: ['email'], ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: k.kid, typ: 'JWT' })
    .setSubject('U-jose-user')
    .setIssuer(`https://api.descope.com/${projectId}`)
    .setIssuedAt(now - 10)
    .setExpirationTime(claims.exp || now + 600)
    .sign(k.privateKey);
  return {
    jwks: { keys: [key.jwk] },
    valid: await token(key, { roles: ['admin'] }),
    expired: await token(key, { exp: now - 60 }),
    otherKey: await token(other, {}),
  };
}

async function validate(baseUrl, projectId) {
  const DescopeClient = load('@descope/node-sdk');
  const client = (DescopeClient.default || DescopeClient)({ projectId, baseUrl });
  const token = require('fs').readFileSync(0, 'utf8').trim();
  try {
    const info = await client.validateSession(token);
    return { ok: true, sub: info.token.sub, drn: info.token.drn };
  } catch (error) {
    return { ok: false, error: String(error.message).split('\n')[0].slice(0, 200) };
  }
}

(command === 'sign' ? sign(...args) : validate(...args)).then(
  (result) => { process.stdout.write(JSON.stringify(result)); process.exit(0); },
  (error) => { console.error(error.message); process.exit(1); },
);
