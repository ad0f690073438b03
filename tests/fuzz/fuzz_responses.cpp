// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// libFuzzer target: every response parser, and the keychain entry format.
#include "responses.h"
#include "responses_p.h"
#include "tokenstore.h"

#include <QNetworkCookie>

#include <cstdint>

using namespace Descope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Responses::parseMaskedAddress(body);
    (void)Responses::parseAuthentication(body, {}, Responses::TokensRequired::SessionAndRefresh);
    // The same bytes as a Set-Cookie header, feeding the cookie fallback.
    const auto cookies = QNetworkCookie::parseCookies(body.left(4096));
    (void)Responses::parseAuthentication(body, cookies, Responses::TokensRequired::SessionOnly);
    if (auto user = Responses::parseUser(body))
        (void)User::fromJson(user->toJson());
    (void)Responses::parseKeys(body);
    if (auto stored = StoredSession::deserialize(body))
        (void)stored->serialize();
    return 0;
}
