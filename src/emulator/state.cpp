// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "state.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryFile>

#include <limits>

namespace Descope::Emulator {

namespace {

/// The file path names, symbolic links followed (even to a file not there yet): saving
/// replaces that file and leaves the links in place. Empty for a loop of links.
QString followLinks(const QString &path)
{
    QFileInfo info(path);
    for (int hops = 0; info.isSymLink(); ++hops) {
        if (hops == 40)
            return {};
        info.setFile(info.symLinkTarget());
    }
    return info.absoluteFilePath();
}

/// Why a save to path, a file that is there, would fail, found without changing the file:
/// it is opened for writing (not truncated) and closed, and a file is created and removed
/// beside it, where QSaveFile writes before renaming. Empty when both work. Unlike
/// permission bits, this also sees read-only file systems and mounts, for root too.
QString whyNotWritable(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
        return file.errorString();
    file.close();
    const QFileInfo info(path);
    QTemporaryFile probe(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".XXXXXX"));
    if (!probe.open())
        return QStringLiteral("cannot create a file in %1: %2").arg(info.absolutePath(), probe.errorString());
    return {};
}

/// text as a JSON string, shortened: what a data file holds, shown in a one-line message
/// (control characters and line breaks escaped).
QString quoted(const QString &text)
{
    constexpr qsizetype Shown = 40;
    QString shown = text;
    if (shown.size() > Shown) {
        shown.truncate(shown.at(Shown - 1).isHighSurrogate() ? Shown - 1 : Shown);
        shown += QChar(0x2026); // …
    }
    const QByteArray json = QJsonDocument(QJsonArray{shown}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

} // namespace

QJsonObject UserRecord::toResponseJson() const
{
    // The UserResponse shape, with the auth-method flags the mobile SDKs require.
    return {{QStringLiteral("userId"), userId},
            {QStringLiteral("loginIds"), QJsonArray::fromStringList(loginIds)},
            {QStringLiteral("name"), name},
            {QStringLiteral("givenName"), givenName},
            {QStringLiteral("middleName"), middleName},
            {QStringLiteral("familyName"), familyName},
            {QStringLiteral("email"), email},
            {QStringLiteral("verifiedEmail"), verifiedEmail},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("verifiedPhone"), verifiedPhone},
            {QStringLiteral("status"), QStringLiteral("enabled")},
            {QStringLiteral("createdTime"), createdTime},
            {QStringLiteral("roleNames"), QJsonArray()},
            {QStringLiteral("userTenants"), QJsonArray()},
            {QStringLiteral("ssoAppIds"), QJsonArray()},
            {QStringLiteral("externalIds"), QJsonArray::fromStringList(loginIds)},
            {QStringLiteral("customAttributes"), QJsonObject()},
            {QStringLiteral("picture"), QString()},
            {QStringLiteral("test"), false},
            {QStringLiteral("webauthn"), false},
            {QStringLiteral("password"), false},
            {QStringLiteral("TOTP"), false},
            {QStringLiteral("SAML"), false},
            {QStringLiteral("SCIM"), false},
            {QStringLiteral("OAuth"), QJsonObject()}};
}

QJsonObject UserRecord::toStoredJson() const
{
    QJsonObject object = toResponseJson();
    object.insert(QLatin1StringView("everVerified"), everVerified);
    return object;
}

std::optional<UserRecord> UserRecord::fromStoredJson(const QJsonObject &object, QString *problem)
{
    // userId and loginIds as toStoredJson() writes them; the other fields may be missing (a
    // default then), but when present they have the type toStoredJson() gives them.
    UserRecord user;
    const QJsonValue userId = object.value(QLatin1StringView("userId"));
    if (!userId.isString() || userId.toString().isEmpty()) {
        *problem = QStringLiteral("has no userId (a non-empty string)");
        return std::nullopt;
    }
    user.userId = userId.toString();
    const QString who = QStringLiteral("(%1): ").arg(quoted(user.userId));
    const QJsonValue loginIds = object.value(QLatin1StringView("loginIds"));
    for (const QJsonValue &id : loginIds.toArray()) {
        if (!id.isString() || id.toString().isEmpty())
            break;
        user.loginIds << id.toString();
    }
    if (!loginIds.isArray() || user.loginIds.isEmpty() || user.loginIds.size() != loginIds.toArray().size()) {
        *problem = who + QStringLiteral("loginIds is not a list of one or more non-empty strings");
        return std::nullopt;
    }
    const auto text = [&](QLatin1StringView key, QString &out) {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !value.isString()) {
            *problem = who + key + QStringLiteral(" is not a string");
            return false;
        }
        out = value.toString();
        return true;
    };
    const auto flag = [&](QLatin1StringView key, bool &out) {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !value.isBool()) {
            *problem = who + key + QStringLiteral(" is not true or false");
            return false;
        }
        out = value.toBool();
        return true;
    };
    if (!text(QLatin1StringView("name"), user.name) || !text(QLatin1StringView("givenName"), user.givenName)
        || !text(QLatin1StringView("middleName"), user.middleName)
        || !text(QLatin1StringView("familyName"), user.familyName) || !text(QLatin1StringView("email"), user.email)
        || !text(QLatin1StringView("phone"), user.phone)
        || !flag(QLatin1StringView("verifiedEmail"), user.verifiedEmail)
        || !flag(QLatin1StringView("verifiedPhone"), user.verifiedPhone)
        || !flag(QLatin1StringView("everVerified"), user.everVerified))
        return std::nullopt;
    const QJsonValue createdTime = object.value(QLatin1StringView("createdTime"));
    constexpr qint64 NotWhole = std::numeric_limits<qint64>::min();
    if (!createdTime.isUndefined() && createdTime.toInteger(NotWhole) == NotWhole) {
        *problem = who + QStringLiteral("createdTime is not a whole number");
        return std::nullopt;
    }
    user.createdTime = createdTime.toInteger();
    return user;
}

bool State::load(const QString &dataFile, QString *errorMessage)
{
    bool fresh = true;
    if (!dataFile.isEmpty()) {
        m_dataPath = followLinks(dataFile);
        if (m_dataPath.isEmpty()) {
            *errorMessage = QStringLiteral("its symbolic links go round in a loop");
            return false;
        }
        // Anything there is someone's data: it is used as it is, or not at all.
        if (QFileInfo(m_dataPath).exists()) {
            if (!read(errorMessage))
                return false;
            fresh = false;
            // As with a new file below: an emulator that cannot keep what it is told should
            // say so now, not at its first save with /emulator/health reporting ok till then.
            const QString problem = whyNotWritable(m_dataPath);
            if (!problem.isEmpty()) {
                *errorMessage = QStringLiteral("cannot write it: %1").arg(problem);
                return false;
            }
        }
    }
    if (fresh)
        m_issuer = TokenIssuer::generate();
    if (!m_issuer.isValid()) {
        *errorMessage = QStringLiteral("could not create a signing key");
        return false;
    }
    // A new key must be kept before any token signed with it goes out; a file that cannot
    // be written now would lose every session later, so say so before starting.
    QString saveError;
    if (fresh && !save(&saveError)) {
        *errorMessage = QStringLiteral("cannot write it: %1").arg(saveError);
        return false;
    }
    return true;
}

bool State::read(QString *errorMessage)
{
    QFile file(m_dataPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = QStringLiteral("cannot read it: %1").arg(file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty()) {
        *errorMessage = QStringLiteral("it is empty (remove it to start afresh)");
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *errorMessage = QStringLiteral("it is not valid JSON (%1 at byte %2); truncated or damaged?")
                            .arg(parseError.errorString())
                            .arg(parseError.offset);
        return false;
    }
    const QJsonObject state = document.object();
    const QJsonValue projectId = state.value(QLatin1StringView("projectId"));
    if (!document.isObject() || !projectId.isString()) {
        *errorMessage = QStringLiteral("it is not an emulator data file (no projectId)");
        return false;
    }
    if (projectId.toString() != m_projectId) {
        *errorMessage = QStringLiteral("it belongs to project %1, not %2 (pass --project-id %1, or use another file)")
                            .arg(projectId.toString(), m_projectId);
        return false;
    }
    const QJsonValue users = state.value(QLatin1StringView("users"));
    const QJsonValue tokens = state.value(QLatin1StringView("refreshTokens"));
    if (!(users.isArray() || users.isUndefined()) || !(tokens.isObject() || tokens.isUndefined())) {
        *errorMessage = QStringLiteral("its users or refreshTokens are not a list and an object");
        return false;
    }
    m_issuer = TokenIssuer::fromPem(state.value(QLatin1StringView("signingKey")).toString().toLatin1(),
                                    state.value(QLatin1StringView("keyId")).toString());
    if (!m_issuer.isValid() || m_issuer.keyId().isEmpty()) {
        // Never a new key in its place: every token the file's users hold would stop verifying.
        *errorMessage = QStringLiteral("its signing key or key id is missing or unusable");
        return false;
    }
    // Every entry as saveState() writes it, or the file is not used: an entry the emulator
    // cannot have written is damage or a mistaken edit, and loading around it would save the
    // file again without it. Checked in full before anything is kept.
    QList<UserRecord> storedUsers;
    QHash<QString, qsizetype> userIndex;  ///< user id -> index in users
    QHash<QString, qsizetype> loginOwner; ///< login id -> index in users
    const QJsonArray userList = users.toArray();
    for (qsizetype i = 0; i < userList.size(); ++i) {
        const QString where = QStringLiteral("users[%1]").arg(i);
        if (!userList.at(i).isObject()) {
            *errorMessage = where + QStringLiteral(" is not an object");
            return false;
        }
        QString problem;
        const auto user = UserRecord::fromStoredJson(userList.at(i).toObject(), &problem);
        if (!user) {
            *errorMessage = where + QLatin1Char(' ') + problem;
            return false;
        }
        if (userIndex.contains(user->userId)) {
            *errorMessage = QStringLiteral("%1 has the userId of users[%2] (%3)")
                                .arg(where).arg(userIndex.value(user->userId)).arg(quoted(user->userId));
            return false;
        }
        userIndex.insert(user->userId, i);
        for (const QString &loginId : user->loginIds) {
            // Sign-in finds a person by login id: two owners would make one of them unreachable.
            const qsizetype owner = loginOwner.value(loginId, i);
            if (owner != i) {
                *errorMessage = QStringLiteral("%1 (%2): login id %3 is also users[%4]'s")
                                    .arg(where, quoted(user->userId), quoted(loginId)).arg(owner);
                return false;
            }
            loginOwner.insert(loginId, i);
        }
        storedUsers << *user;
    }
    QHash<QString, RefreshTokenRecord> refreshTokens;
    const QJsonObject tokenObject = tokens.toObject();
    for (auto it = tokenObject.begin(); it != tokenObject.end(); ++it) {
        if (it.key().isEmpty()) {
            *errorMessage = QStringLiteral("refreshTokens has an empty token id");
            return false;
        }
        const QString where = QStringLiteral("refreshTokens[%1]").arg(quoted(it.key()));
        if (!it.value().isObject()) {
            *errorMessage = where + QStringLiteral(" is not an object");
            return false;
        }
        const QJsonObject token = it.value().toObject();
        const QJsonValue userId = token.value(QLatin1StringView("userId"));
        if (!userId.isString() || userId.toString().isEmpty()) {
            *errorMessage = where + QStringLiteral(" has no userId (a non-empty string)");
            return false;
        }
        // Tokens go when their user goes (a merge revokes them first), so this is damage.
        if (!userIndex.contains(userId.toString())) {
            *errorMessage = QStringLiteral("%1: its user %2 is not in users").arg(where, quoted(userId.toString()));
            return false;
        }
        const QJsonValue methodName = token.value(QLatin1StringView("method"));
        const auto method = deliveryMethodFromString(methodName.toString());
        if (!methodName.isString() || !method) {
            *errorMessage = where + QStringLiteral(": method ")
                + (methodName.isString() ? quoted(methodName.toString()) + QLatin1Char(' ') : QString())
                + QStringLiteral("is not email, sms, voice or whatsapp");
            return false;
        }
        // After MFA, every factor (the first is method); a plain sign-in has none written.
        QStringList amr{methodName.toString()};
        const QJsonValue factors = token.value(QLatin1StringView("amr"));
        if (!factors.isUndefined()) {
            amr.clear();
            for (const QJsonValue &factor : factors.toArray()) {
                if (!factor.isString() || !deliveryMethodFromString(factor.toString()))
                    break;
                amr << factor.toString();
            }
            if (!factors.isArray() || amr.size() != factors.toArray().size() || amr.value(0) != methodName.toString()) {
                *errorMessage = where + QStringLiteral(": amr is not a list of email, sms, voice or whatsapp "
                                                       "starting with its method");
                return false;
            }
        }
        const QJsonValue stepup = token.value(QLatin1StringView("stepup"));
        if (!stepup.isUndefined() && !stepup.isBool()) {
            *errorMessage = where + QStringLiteral(": stepup is not true or false");
            return false;
        }
        refreshTokens.insert(it.key(), RefreshTokenRecord{userId.toString(), amr, stepup.toBool()});
    }
    m_users = storedUsers;
    m_refreshTokens = refreshTokens;
    return true;
}

bool State::save(QString *errorMessage) const
{
    if (m_dataPath.isEmpty())
        return true;
    QJsonArray users;
    for (const UserRecord &user : std::as_const(m_users))
        users << user.toStoredJson();
    QJsonObject tokens;
    for (auto it = m_refreshTokens.cbegin(); it != m_refreshTokens.cend(); ++it) {
        QJsonObject token{{QStringLiteral("userId"), it.value().userId},
                          {QStringLiteral("method"), it.value().amr.value(0)}};
        if (it.value().amr.size() > 1)
            token.insert(QLatin1StringView("amr"), QJsonArray::fromStringList(it.value().amr));
        if (it.value().stepup)
            token.insert(QLatin1StringView("stepup"), true);
        tokens.insert(it.key(), token);
    }
    const QJsonObject state{{QStringLiteral("projectId"), m_projectId},
                            {QStringLiteral("keyId"), m_issuer.keyId()},
                            {QStringLiteral("signingKey"), QString::fromLatin1(m_issuer.privateKeyPem())},
                            {QStringLiteral("users"), users},
                            {QStringLiteral("refreshTokens"), tokens}};
    // QSaveFile writes a temporary file beside the target and renames it over the target: a
    // crash never leaves half a file, and a symbolic link to the file stays a link.
    QSaveFile file(m_dataPath);
    file.setDirectWriteFallback(false);
    const QByteArray bytes = QJsonDocument(state).toJson();
    const bool saved = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(bytes) == bytes.size() && file.commit();
    if (saved)
        return true;
    // The file's error says what went wrong (no space, no permission, directory gone);
    // nothing in it comes from the state, so nothing secret.
    *errorMessage = QStringLiteral("cannot save %1: %2").arg(m_dataPath, file.errorString());
    return false;
}

UserRecord *State::findUserByLoginId(const QString &loginId)
{
    for (UserRecord &user : m_users) {
        if (user.loginIds.contains(loginId))
            return &user;
    }
    return nullptr;
}

UserRecord *State::findUserById(const QString &userId)
{
    for (UserRecord &user : m_users) {
        if (user.userId == userId)
            return &user;
    }
    return nullptr;
}

UserRecord &State::addUser(const UserRecord &user)
{
    m_users << user;
    return m_users.last();
}

void State::removeUser(const QString &userId)
{
    revokeRefreshTokensOf(userId);
    m_users.removeIf([&userId](const UserRecord &record) { return record.userId == userId; });
}

const RefreshTokenRecord *State::refreshToken(const QString &jti) const
{
    const auto it = m_refreshTokens.constFind(jti);
    return it == m_refreshTokens.cend() ? nullptr : &*it;
}

void State::addRefreshToken(const QString &jti, const RefreshTokenRecord &record)
{
    m_refreshTokens.insert(jti, record);
}

void State::revokeRefreshTokensOf(const QString &userId)
{
    m_refreshTokens.removeIf([&userId](QHash<QString, RefreshTokenRecord>::iterator entry) {
        return entry.value().userId == userId;
    });
}

} // namespace Descope::Emulator
