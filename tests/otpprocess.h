// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "emulatorfixture.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>

#include <functional>

/// descope-otp as a separate process, as a person runs it beside the app: against an
/// emulator living in the test's own process (so every wait keeps the event loop running),
/// with the session in the real keychain under a namespace of the test's own.
class OtpProcess
{
public:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    OtpProcess(const EmulatorFixture *emulator, QString keyNamespace, QString home)
        : m_emulator(emulator), m_namespace(std::move(keyNamespace)), m_home(std::move(home))
    {
    }

    [[nodiscard]] QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DESCOPE_PROJECT_ID"), m_emulator->server->options().projectId);
        env.insert(QStringLiteral("DESCOPE_BASE_URL"), m_emulator->baseUrl().toString());
        env.insert(QStringLiteral("DESCOPE_KEYCHAIN_NAMESPACE"), m_namespace);
        env.insert(QStringLiteral("HOME"), m_home);
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/config"));
        return env;
    }

    /// Starts descope-otp (owned by parent) and returns at once.
    QProcess *start(const QStringList &arguments, QObject *parent) const
    {
        auto *process = new QProcess(parent);
        process->setProcessEnvironment(environment());
        process->start(QStringLiteral(DESCOPE_OTP_BINARY), arguments);
        return process;
    }

    /// Runs descope-otp to the end, the event loop running meanwhile.
    Run run(const QStringList &arguments) const
    {
        QObject owner;
        QProcess *process = start(arguments, &owner);
        return wait(process);
    }

    /// Waits for a started process (at most 30 s; killed after that) and collects its output.
    static Run wait(QProcess *process)
    {
        QSignalSpy finished(process, &QProcess::finished);
        if (process->state() != QProcess::NotRunning && !finished.wait(30000)) {
            process->kill();
            process->waitForFinished();
        }
        Run result;
        result.out = QString::fromUtf8(process->readAllStandardOutput());
        result.err = QString::fromUtf8(process->readAllStandardError());
        result.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
        return result;
    }

    /// Signs loginId up or in by email with the two script steps; true when both succeeded.
    bool signIn(const QString &loginId) const
    {
        if (run({QStringLiteral("start"), QStringLiteral("sign-up-or-in"), QStringLiteral("--method"),
                 QStringLiteral("email"), QStringLiteral("--login-id"), loginId})
                .exitCode != 0)
            return false;
        return run({QStringLiteral("verify"), QStringLiteral("--method"), QStringLiteral("email"),
                    QStringLiteral("--login-id"), loginId, QStringLiteral("--code"), m_emulator->lastCode(loginId)})
                   .exitCode
            == 0;
    }

private:
    const EmulatorFixture *m_emulator;
    QString m_namespace;
    QString m_home;
};
