// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// Drives Descope's official @descope/core-js-sdk through the conformance scenario against a
// descope-emulator. tst_conformance runs the same scenario through our Client against a
// second emulator and compares what each emulator recorded. Along the way it checks what
// core-js receives: a stepup sign-in's session token has su: true, a plain one's has no su,
// and rexp is an ISO-8601 string (exit 1, with the reason, otherwise).
//
// usage: node drive-core-js.cjs <node_modules dir> <base URL> <project id>
'use strict';

const path = require('path');
const [modulesDir, baseUrl, projectId] = process.argv.slice(2);
const createSdkModule = require(path.join(modulesDir, '@descope/core-js-sdk'));
const createSdk = createSdkModule.default || createSdkModule;
const sdk = createSdk({ projectId, baseUrl });

async function lastCode(loginId) {
  const reply = await fetch(`${baseUrl}/emulator/outbox`);
  const { messages } = await reply.json();
  const mine = messages.filter((m) => m.loginId === loginId);
  return mine[mine.length - 1].code;
}

// The claims of a JWT, not verified (the emulator's own tokens, read back).
function claimsOf(jwt) {
  if (typeof jwt !== 'string' || jwt.split('.').length !== 3) {
    throw new Error(`not a JWT: ${typeof jwt}`);
  }
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
}

// What Descope's session tokens carry (issue 13): rexp, the refresh token's expiry as an
// ISO-8601 string; su: true after a stepup sign-in and not otherwise. Fails loudly.
function checkSessionClaims(step, data, { stepup }) {
  const session = claimsOf(data.sessionJwt);
  const refresh = claimsOf(data.refreshJwt);
  if (stepup ? session.su !== true : 'su' in session) {
    throw new Error(`${step}: the session token's su is ${JSON.stringify(session.su)}, expected ${stepup ? 'true' : 'none'}`);
  }
  if ('su' in refresh) {
    throw new Error(`${step}: the refresh token carries su`);
  }
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  if (typeof session.rexp !== 'string' || !iso.test(session.rexp)) {
    throw new Error(`${step}: rexp is ${JSON.stringify(session.rexp)}, not an ISO-8601 string`);
  }
  if (Math.floor(Date.parse(session.rexp) / 1000) !== refresh.exp) {
    throw new Error(`${step}: rexp ${session.rexp} is not the refresh token's exp (${refresh.exp})`);
  }
}

function expectOk(step, result) {
  if (!result.ok) {
    throw new Error(`${step} failed: ${JSON.stringify(result.error)}`);
  }
  return result.data;
}

async function verify(method, loginId) {
  const code = await lastCode(loginId);
  return expectOk(`verify ${method}`, await sdk.otp.verify[method](loginId, code));
}

async function main() {
  const a = 'conf-a@example.com';
  const phones = ['+15555550101', '+15555550102', '+15555550103', '+15555550104'];

  expectOk('sign-up email', await sdk.otp.signUp.email(a, { name: 'Conf A' }));
  const code = await lastCode(a);
  const wrong = await sdk.otp.verify.email(a, code === '000000' ? '111111' : '000000');
  if (wrong.ok) throw new Error('a wrong code was accepted');
  expectOk('verify email', await sdk.otp.verify.email(a, code));

  expectOk('sign-in email', await sdk.otp.signIn.email(a));
  const signedIn = await verify('email', a);
  checkSessionClaims('sign-in', signedIn, { stepup: false });

  expectOk('sign-up-or-in sms', await sdk.otp.signUpOrIn.sms(phones[0]));
  await verify('sms', phones[0]);
  expectOk('sign-up-or-in voice', await sdk.otp.signUpOrIn.voice(phones[1]));
  await verify('voice', phones[1]);
  expectOk('sign-up-or-in whatsapp', await sdk.otp.signUpOrIn.whatsapp(phones[2]));
  const whatsapp = await verify('whatsapp', phones[2]);
  expectOk('sign-up sms', await sdk.otp.signUp.sms(phones[3], { name: 'Conf Phone', phone: phones[3] }));
  await verify('sms', phones[3]);

  expectOk('step-up', await sdk.otp.signIn.email(a, { stepup: true }, signedIn.refreshJwt));
  const steppedUp = await verify('email', a);
  checkSessionClaims('step-up', steppedUp, { stepup: true });

  expectOk('update email', await sdk.otp.update.email(a, 'conf-a2@example.com', steppedUp.refreshJwt,
    { addToLoginIDs: true, onMergeUseExisting: false }));
  const updatedEmail = await verify('email', a);
  expectOk('update phone sms', await sdk.otp.update.phone.sms(a, '+15555550199', updatedEmail.refreshJwt,
    { addToLoginIDs: false, onMergeUseExisting: false }));
  const updatedSms = await verify('sms', a);
  expectOk('update phone voice', await sdk.otp.update.phone.voice(a, '+15555550198', updatedSms.refreshJwt,
    { addToLoginIDs: false, onMergeUseExisting: false }));
  const updatedVoice = await verify('voice', a);
  expectOk('update phone whatsapp', await sdk.otp.update.phone.whatsapp(a, '+15555550197', updatedVoice.refreshJwt,
    { addToLoginIDs: true, onMergeUseExisting: false }));
  const updated = await verify('whatsapp', a);

  expectOk('me', await sdk.me(updated.refreshJwt));
  expectOk('refresh', await sdk.refresh(updated.refreshJwt));
  expectOk('logout', await sdk.logout(updated.refreshJwt));
  expectOk('logout all', await sdk.logoutAll(whatsapp.refreshJwt));
}

main().then(
  () => {
    console.error('core-js-sdk: stepup sign-in gave su: true; plain sign-in no su; rexp ISO-8601');
    process.exit(0);
  },
  (error) => {
    console.error(error.message);
    process.exit(1);
  },
);
