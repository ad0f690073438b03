// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "client.h"
#include "emulator.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTest>

#include <memory>

/// An emulator running in the test's own event loop on a free loopback port, and a
/// Client configured for it.
class EmulatorFixture
{
public:
    explicit EmulatorFixture(Descope::Emulator::Options options = {})
        : server(std::make_unique<Descope::Emulator::Server>(options))
    {
        QString error;
        if (!server->loadState(&error))
            qFatal("emulator state: %s", qPrintable(error));
        port = server->listen(QHostAddress::LocalHost, 0);
        if (!port)
            qFatal("emulator could not listen");
        auto config = Descope::Config::create(options.projectId, baseUrl());
        client = std::make_unique<Descope::Client>(config.value());
    }

    [[nodiscard]] QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)); }

    /// The last code sent to loginId, read from the emulator's outbox.
    [[nodiscard]] QString lastCode(const QString &loginId) const
    {
        const auto outbox = server->outbox();
        for (auto it = outbox.crbegin(); it != outbox.crend(); ++it) {
            if (it->loginId == loginId)
                return it->code;
        }
        return {};
    }

    /// Signs loginId up or in by method, with the code from the outbox, through via (the
    /// fixture's client when nullptr), and returns what Descope issued: empty tokens when a
    /// step failed, which the test's own checks then see.
    [[nodiscard]] Descope::AuthenticationResponse signIn(const QString &loginId,
                                                         Descope::DeliveryMethod method = Descope::DeliveryMethod::Email,
                                                         Descope::Client *via = nullptr) const;

    std::unique_ptr<Descope::Emulator::Server> server;
    std::unique_ptr<Descope::Client> client;
    quint16 port = 0;
};

/// Waits for a reply's finished() (at most 20 s) and says whether it came.
template<typename R>
bool waitFor(R *reply)
{
    reply->setAutoDelete(false);
    QSignalSpy spy(reply, &Descope::Reply::finished);
    return reply->isFinished() || spy.wait(20000);
}

inline Descope::AuthenticationResponse EmulatorFixture::signIn(const QString &loginId, Descope::DeliveryMethod method,
                                                              Descope::Client *via) const
{
    Descope::Client *through = via ? via : client.get();
    auto *start = through->signUpOrIn(method, loginId);
    if (!waitFor(start) || !start->isSuccess()) {
        qWarning("sign-up-or-in failed: %s", qPrintable(start->error().technicalDetails()));
        return {};
    }
    auto *verify = through->verify(method, loginId, lastCode(loginId));
    if (!waitFor(verify) || !verify->isSuccess()) {
        qWarning("verify failed: %s", qPrintable(verify->error().technicalDetails()));
        return {};
    }
    return verify->value();
}
