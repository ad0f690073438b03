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
        for (auto it = environmentChanges.cbegin(); it != environmentChanges.cend(); ++it) {
            if (it.value().isNull())
                env.remove(it.key());
            else
                env.insert(it.key(), it.value());
        }
        return env;
    }

    /// For the runs of one test: a null value removes the variable.
    QHash<QString, QString> environmentChanges;
    /// When set, everything each run() prints is added here (to check nothing secret is).
    QString *transcript = nullptr;

    /// Starts descope-otp (owned by parent) and returns at once.
    QProcess *start(const QStringList &arguments, QObject *parent) const
    {
        auto *process = new QProcess(parent);
        process->setProcessEnvironment(environment());
        process->start(QStringLiteral(DESCOPE_OTP_BINARY), arguments);
        return process;
    }

    /// Runs descope-otp to the end, the event loop running meanwhile. onStderr sees what
    /// it prints as it comes, and may answer prompts by writing to the process.
    Run run(const QStringList &arguments, const std::function<void(QProcess &, const QString &)> &onStderr = {}) const
    {
        QObject owner;
        QProcess *process = start(arguments, &owner);
        Run result = wait(process, onStderr);
        if (transcript)
            *transcript += result.out + result.err;
        return result;
    }

    /// Waits for a started process (at most 30 s; killed after that) and collects its output.
    static Run wait(QProcess *process, const std::function<void(QProcess &, const QString &)> &onStderr = {})
    {
        Run result;
        QObject::connect(process, &QProcess::readyReadStandardError, process, [&] {
            const QString chunk = QString::fromUtf8(process->readAllStandardError());
            result.err += chunk;
            if (onStderr)
                onStderr(*process, chunk);
        });
        QSignalSpy finished(process, &QProcess::finished);
        if (process->state() != QProcess::NotRunning && !finished.wait(30000)) {
            process->kill();
            process->waitForFinished();
        }
        result.err += QString::fromUtf8(process->readAllStandardError());
        result.out = QString::fromUtf8(process->readAllStandardOutput());
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
