// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "client.h"
#include "otpflow.h"
#include "sessionmanager.h"
#include "tokenstore.h"
#include "tokenverifier.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <memory>

class QSocketNotifier;

namespace Descope::Cli {

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

/// descope-otp: parses the command line, runs one command through the library, and
/// exits with 0 (done), 1 (authentication or server error) or 2 (bad usage).
/// Never prints a token.
class Runner : public QObject
{
    Q_OBJECT
public:
    explicit Runner(QObject *parent = nullptr);
    ~Runner() override;
    Q_DISABLE_COPY_MOVE(Runner)

    /// Starts the command; the application exits when it is done.
    void run(const QStringList &arguments);

private:
    bool setUp();
    void login();
    void startCommand();
    void verifyCommand();
    void update(bool email);
    void status();
    void me();
    void refresh();
    void validate();
    void logout(bool everywhere);

    /// Restores the stored session, then runs next (or fails when signed out).
    void withSession(std::function<void()> next);
    void startFlow(const OtpFlow::Request &request, bool thenReadCode);
    void readCode();
    void adoptAndFinish(const AuthenticationResponse &response, const QString &loginId);

    std::optional<DeliveryMethod> methodOption();
    QString requiredOption(const QString &name);
    [[nodiscard]] QJsonObject userJson(const User &user) const;
    void printResult(const QString &text, const QJsonObject &json);
    void fail(const Error &error, int code = Failure);
    void usage(const QString &message);
    void finish(int code);

    QCommandLineParser m_parser;
    QString m_command;
    QStringList m_positional;
    bool m_json = false;
    QString m_region;
    std::unique_ptr<Client> m_client;
    std::unique_ptr<TokenStore> m_store;
    std::unique_ptr<TokenVerifier> m_verifier;
    std::unique_ptr<SessionManager> m_session;
    std::unique_ptr<OtpFlow> m_flow;
    QSocketNotifier *m_stdin = nullptr;
    QPointer<VerifyJob> m_keysJob;
    bool m_finished = false;
};

} // namespace Descope::Cli
