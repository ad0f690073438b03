// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// Benchmark 1, Node.js side: @descope/node-sdk validateJwt on the tokens bench_verify wrote,
// with the key given up front (no fetch), repeated like the C++ side. Prints one JSON object.
// usage: node verify.cjs <node_modules> <folder> <projectId>
'use strict';
const path = require('path');
const fs = require('fs');
const [modules, folder, projectId] = process.argv.slice(2);
const DescopeClient = require(path.join(modules, '@descope/node-sdk'));
const tokens = fs.readFileSync(path.join(folder, 'tokens.txt'), 'utf8').trim().split('\n');
const jwk = fs.readFileSync(path.join(folder, 'jwk.json'), 'utf8');
const client = (DescopeClient.default || DescopeClient)({ projectId, publicKey: jwk });

(async () => {
  const perToken = [];
  let failures = 0;
  await client.validateJwt(tokens[0]); // load the key once, as the C++ side has it cached
  for (let repeat = 0; repeat < 7; ++repeat) {
    const start = process.hrtime.bigint();
    for (const token of tokens) {
      try { await client.validateJwt(token); } catch (e) { ++failures; }
    }
    perToken.push(Number(process.hrtime.bigint() - start) / 1000 / tokens.length);
  }
  perToken.sort((a, b) => a - b);
  console.log(JSON.stringify({ median_us: perToken[3], min_us: perToken[0], max_us: perToken[6], failures }));
})();
