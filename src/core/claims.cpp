// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "claims.h"

#include "jwt_p.h"

namespace Descope {

Result<Claims> Claims::readUnverified(QByteArrayView token)
{
    auto jwt = Jwt::decode(token);
    if (!jwt)
        return jwt.error();
    return jwt->claims();
}

} // namespace Descope
