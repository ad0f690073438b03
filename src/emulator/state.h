// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "deliverymethod.h"
#include "tokenissuer.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Descope::Emulator {

/// A person the emulator knows.
struct UserRecord
{
    QString userId;
    QStringList loginIds;
    QString name;
    QString givenName;
    QString middleName;
    QString familyName;
    QString email;
    bool verifiedEmail = false;
    QString phone;
    bool verifiedPhone = false;
    qint64 createdTime = 0;
    bool everVerified = false;

    /// Descope's UserResponse shape.
    [[nodiscard]] QJsonObject toResponseJson() const;
    [[nodiscard]] QJsonObject toStoredJson() const;
    /// A user as toStoredJson() writes it; nullopt, and what is wrong in problem, otherwise.
    static std::optional<UserRecord> fromStoredJson(const QJsonObject &object, QString *problem);
};

/// A live refresh token (the emulator keeps its jti, never the token): whose it is and the
/// factors its session was proven with.
struct RefreshTokenRecord
{
    QString userId;
    /// The amr claim: factors (email, sms, voice, whatsapp), the first one the sign-in's, more
    /// after MFA. Never empty.
    QStringList amr;
    /// Issued by the verify of a sign-in with loginOptions.stepup (its session token had su);
    /// a refresh's rotated token is not (as its session token has no su). The request journal
    /// tells it for requests carrying the token ("stepUp").
    bool stepup = false;
};

/**
 * What the emulator knows and keeps: users, live refresh tokens and the signing key, and the
 * data file (--data) they are kept in. Nothing here speaks HTTP.
 *
 * With a data file it never loses data: a file it cannot use stops it from starting, and a
 * failed save is reported rather than ignored.
 */
class State
{
public:
    explicit State(QString projectId) : m_projectId(std::move(projectId)) {}

    /**
     * Loads dataFile (if not empty). False with a one-line reason when the file exists but
     * cannot be read or parsed, belongs to another project, holds no usable signing key or an
     * entry that save() could not have written, or cannot be written (read-only file,
     * directory or file system): the file is then left as it is, for a person to look at. A
     * missing file is a fresh start, saved at once (and refused likewise if that save fails).
     */
    bool load(const QString &dataFile, QString *errorMessage);
    /// Writes the data file, if any; false with the reason when it failed.
    bool save(QString *errorMessage) const;

    [[nodiscard]] const TokenIssuer &issuer() const { return m_issuer; }

    [[nodiscard]] const QList<UserRecord> &users() const { return m_users; }
    UserRecord *findUserByLoginId(const QString &loginId);
    UserRecord *findUserById(const QString &userId);
    /// Adds user (its ids are not taken); the stored record.
    UserRecord &addUser(const UserRecord &user);
    /// Removes the user and every refresh token of theirs.
    void removeUser(const QString &userId);

    /// The live refresh token with this jti, or null.
    [[nodiscard]] const RefreshTokenRecord *refreshToken(const QString &jti) const;
    void addRefreshToken(const QString &jti, const RefreshTokenRecord &record);
    void revokeRefreshToken(const QString &jti) { m_refreshTokens.remove(jti); }
    void revokeRefreshTokensOf(const QString &userId);

private:
    /// Reads the data file at m_dataPath; false with a reason when unusable.
    bool read(QString *errorMessage);

    QString m_projectId;
    TokenIssuer m_issuer;
    QList<UserRecord> m_users;
    QHash<QString, RefreshTokenRecord> m_refreshTokens; ///< by jti
    QString m_dataPath; ///< the data file with symbolic links followed: the file saves replace
};

} // namespace Descope::Emulator
