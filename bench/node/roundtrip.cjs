// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// Benchmark 2, Node.js side: the same 200 flows through @descope/core-js-sdk against the
// same emulator. usage: node roundtrip.cjs <node_modules> <emulator URL> <runs>
'use strict';
const path = require('path');
const [modules, baseUrl, runsText] = process.argv.slice(2);
const createSdkModule = require(path.join(modules, '@descope/core-js-sdk'));
const createSdk = createSdkModule.default || createSdkModule;
const projectId = 'P2EmulatorLocalDevProject000';
const sdk = createSdk({ projectId, baseUrl });
const flows = 200;
const runs = Number(runsText || 5);

(async () => {
  const perFlow = [];
  let failures = 0;
  for (let run = 0; run < runs; ++run) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < flows; ++i) {
      const loginId = `js-${run}-${i}@bench.example.com`;
      const sent = await sdk.otp.signUpOrIn.email(loginId);
      if (!sent.ok) { ++failures; continue; }
      const outbox = await (await fetch(`${baseUrl}/emulator/outbox?loginId=${encodeURIComponent(loginId)}`)).json();
      const code = outbox.messages[outbox.messages.length - 1].code;
      const verified = await sdk.otp.verify.email(loginId, code);
      if (!verified.ok) ++failures;
    }
    perFlow.push(Number(process.hrtime.bigint() - start) / 1e6 / flows);
  }
  perFlow.sort((a, b) => a - b);
  console.log(JSON.stringify({ median_ms: perFlow[Math.floor(perFlow.length / 2)], min_ms: perFlow[0],
                               max_ms: perFlow[perFlow.length - 1], failures }));
})();
