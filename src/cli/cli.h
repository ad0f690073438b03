// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <DescopeQt6/Client>
#include <DescopeQt6/OtpFlow>
#include <DescopeQt6/Project>
#include <DescopeQt6/SessionManager>
#include <DescopeQt6/TokenStore>
#include <DescopeQt6/TokenVerifier>

#include <QCommandLineParser>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace Descope::Cli {

/// 2 covers everything refused before a request is sent (options, a malformed code, a
/// name with control characters) and a prompt that met the end of its input. 3: a change
/// that needs a recent sign-in (update-email, update-phone, logout-all) was refused without
/// one, nothing sent: run it again with --stepup.
enum ExitCode { Success = 0, Failure = 1, Usage = 2, StepUpRequired = 3 };

/// How long finish() waits for the keychain to settle: above KeychainTokenStore's own
/// per-job timeout, so that a slow job ends with its own message first.
inline constexpr int StoreSettleTimeoutMs = 15000;
/// The longest --name accepted, in UTF-16 code units.
inline constexpr qsizetype MaxNameLength = 128;

/// descope-otp: parses the command line, runs one command through the library, and
/// exits with 0 (done), 1 (authentication, server or keychain error) or 2 (bad usage or
/// input refused before any request). Exits only once every keychain write or delete it
/// started has finished. Never prints a token; prints what came from the server or the
/// user with control characters escaped.
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
    /// A command: its name, the words it takes (itself included), the options it takes
    /// besides the global ones, and what runs it. The table (cli.cpp, beside the Commands
    /// text of --help, helpDescription()) is the only list of commands; any other option is
    /// a usage error.
    struct Command
    {
        QLatin1StringView name;
        qsizetype words;
        QList<QLatin1StringView> options;
        void (Runner::*handler)();
    };
    static const QList<Command> &commands();
    /// --help's text above the options: what it does, the commands, the exit codes; for
    /// people, in their language (the commands and options as they are typed).
    static QString helpDescription();

    bool setUp();
    void login();
    void startCommand();
    void verifyCommand();
    void update(bool email);
    void updateEmail() { update(true); }
    void updatePhone() { update(false); }
    void status();
    void me();
    void refresh();
    void validate();
    void logout(bool everywhere);
    void logoutHere() { logout(false); }
    void logoutEverywhere() { logout(true); }
    void signOut(bool everywhere);

    /// For the changes that need a recent sign-in (SessionManager::needsStepUp()): runs
    /// change at once when the sign-in is recent; else with --stepup (or when the person
    /// says yes at an interactive terminal) first confirms with a code sent to the signed-in
    /// login id, adopted as the new session; else refuses (StepUpRequired), sending nothing.
    void whenRecentlySignedIn(std::function<void()> change);
    void stepUp(std::function<void()> change);
    /// Prints question and calls then(yes) with the next line of standard input.
    void ask(const QString &question, std::function<void(bool yes)> then);
    /// declined: the person said no at the terminal's question.
    void refuseWithoutStepUp(bool declined);
    /// The step-up's destination and channel as people read them ("ann@example.com by email").
    static QString stepUpDestination(const SessionManager &session);
    /// Another person signed in (in another program) while a step-up ran: stops with
    /// Failure, nothing adopted or changed.
    void failAnotherPersonSignedIn();

    /// Restores the stored session, then runs next (or fails when signed out).
    void withSession(std::function<void()> next);
    void startFlow(const OtpFlow::Request &request, bool thenReadCode);
    void readCode();
    /// Reads standard input through m_stdin from now on.
    void openStdin();
    /// Waits for the next line of standard input (one may already be buffered).
    void listenForCode();
    void onStdinReadable();
    void takeCodeLine();
    /// rememberLoginId: a sign-in (not an update's confirmation), so loginId becomes the
    /// one the app's sign-in form offers next, as after a sign-in there.
    void adoptAndFinish(const AuthenticationResponse &response, const QString &loginId, bool rememberLoginId);
    /// Counts job (the Runner's own store work, beside SessionManager's) until it
    /// finishes; exitWhenSettled() waits for both.
    void track(StoreJob *job);

    std::optional<DeliveryMethod> methodOption();
    QString requiredOption(const QString &name);
    /// The checked --name (empty when not given); nullopt after a usage error.
    std::optional<QString> nameOption();
    [[nodiscard]] QJsonObject userJson(const User &user) const;
    void printResult(const QString &text, const QJsonObject &json);
    /// Reports error (text: line instead of its message) and finishes with code; by
    /// default 2 for input refused locally, else 1. extra goes into the JSON answer.
    void fail(const Error &error, int code = -1, const QString &line = {}, const QJsonObject &extra = {});
    void warn(const QString &message);
    void usage(const QString &message);
    /// Exits with code once all store work has settled (see exitWhenSettled()).
    void finish(int code);
    void exitWhenSettled();

    QCommandLineParser m_parser;
    QString m_command;
    QStringList m_positional;
    bool m_json = false;
    QString m_region;
    std::unique_ptr<Project> m_project;
    // Owned by m_project.
    Client *m_client = nullptr;
    TokenStore *m_store = nullptr;
    TokenVerifier *m_verifier = nullptr;
    SessionManager *m_session = nullptr;
    std::unique_ptr<OtpFlow> m_flow;
    QSocketNotifier *m_stdin = nullptr;
    QByteArray m_stdinBuffer;
    bool m_stdinEnded = false;
    std::function<void(bool yes)> m_answer; ///< set while ask() waits for a line
    std::function<void()> m_afterStepUp;   ///< the change a step-up in progress is for
    QTimer m_settleTimer;
    int m_pendingStoreJobs = 0; ///< track()ed jobs not finished yet
    int m_exitCode = Success;
    bool m_finished = false;
    bool m_exited = false;
};

} // namespace Descope::Cli
