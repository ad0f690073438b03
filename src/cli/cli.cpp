// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "cli.h"

#include "keychaintokenstore.h"
#include "loginid.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMetaEnum>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <iostream>

namespace Descope::Cli {

namespace {

// Laid out for people and for help2man, which turns it into the man page (man/): a term,
// then its description indented below it or two spaces after it.
const QString Commands = QStringLiteral(
    "Commands:\n"
    "  login --method M --login-id ID [--sign-up | --sign-in] [--name N]\n"
    "                    Send a code, read it from standard input and save the session. Signs\n"
    "                    up or in unless --sign-up or --sign-in is given; --name needs --sign-up.\n"
    "  start sign-up|sign-in|sign-up-or-in --method M --login-id ID [--name N] [--email E] [--phone P]\n"
    "                    Only send the code, for scripts; then verify.\n"
    "  verify --method M --login-id ID --code CODE\n"
    "                    Sign in with the code, or confirm an update (then with the existing\n"
    "                    login id and the new address's method).\n"
    "  update-email --email NEW [--login-id ID] [--add-to-login-ids] [--on-merge-use-existing]\n"
    "                    Send a code to a new email address of the signed-in user; then verify.\n"
    "  update-phone --method sms|voice|whatsapp --phone NEW [--login-id ID] [--add-to-login-ids] [--on-merge-use-existing]\n"
    "                    Send a code to a new phone number of the signed-in user; then verify.\n"
    "  status            Who is signed in, from the stored session (no request).\n"
    "  me                The signed-in user's record, from the server.\n"
    "  refresh           Refresh the session now.\n"
    "  validate          Check the session token locally against the project's keys.\n"
    "  logout            Sign out here.\n"
    "  logout-all        Sign out on every device.\n"
    "\n"
    "Methods: email, sms, voice, whatsapp.");

void writeLine(FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

QString timeText(qint64 seconds)
{
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds).toLocalTime().toString(Qt::ISODate) : QString();
}

} // namespace

Runner::Runner(QObject *parent)
    : QObject(parent)
{
}

Runner::~Runner() = default;

void Runner::finish(int code)
{
    if (std::exchange(m_finished, true))
        return;
    // Leave the event loop after whatever is queued (a keychain write) has run.
    QMetaObject::invokeMethod(qApp, [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
}

void Runner::fail(const Error &error, int code)
{
    QString line = QStringLiteral("descope-otp: ") + error.message();
    if (!error.code().isEmpty())
        line += QStringLiteral(" [%1]").arg(error.code());
    if (m_json) {
        writeLine(stdout, QString::fromUtf8(QJsonDocument(QJsonObject{
            {QStringLiteral("ok"), false},
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), error.message()},
                                                  {QStringLiteral("code"), error.code()},
                                                  {QStringLiteral("kind"), QString::fromLatin1(QMetaEnum::fromType<Error::Kind>().valueToKey(int(error.kind())))},
                                                  {QStringLiteral("retryAfter"), error.retryAfterSeconds()},
                                                  {QStringLiteral("traceId"), QString::fromLatin1(error.traceId())}}}})
                                       .toJson(QJsonDocument::Compact)));
    }
    writeLine(stderr, line);
    finish(code);
}

void Runner::usage(const QString &message)
{
    writeLine(stderr, QStringLiteral("descope-otp: ") + message);
    writeLine(stderr, QStringLiteral("Try 'descope-otp --help'."));
    finish(Usage);
}

void Runner::printResult(const QString &text, const QJsonObject &json)
{
    if (m_json) {
        QJsonObject object = json;
        object.insert(QLatin1StringView("ok"), true);
        writeLine(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    } else if (!text.isEmpty()) {
        writeLine(stdout, text);
    }
}

QJsonObject Runner::userJson(const User &user) const
{
    QJsonObject object = user.toJson();
    object.remove(QLatin1StringView("customAttributes"));
    return object;
}

QString Runner::requiredOption(const QString &name)
{
    const QString value = m_parser.value(name);
    if (value.isEmpty())
        usage(QStringLiteral("--%1 is required for %2").arg(name, m_command));
    return value;
}

std::optional<DeliveryMethod> Runner::methodOption()
{
    const QString name = requiredOption(QStringLiteral("method"));
    if (name.isEmpty())
        return std::nullopt;
    const auto method = deliveryMethodFromString(name);
    if (!method)
        usage(QStringLiteral("unknown method '%1' (email, sms, voice or whatsapp)").arg(name));
    return method;
}

void Runner::run(const QStringList &arguments)
{
    m_parser.setApplicationDescription(
        QStringLiteral("Sign in to a Descope project with one-time codes, from the command line.\n\n") + Commands);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see Commands)."));
    m_parser.addOptions({
        {QStringLiteral("project-id"), QStringLiteral("Descope project id (default: $DESCOPE_PROJECT_ID)."), QStringLiteral("id")},
        {QStringLiteral("base-url"), QStringLiteral("Descope API base URL (default: $DESCOPE_BASE_URL, else Descope's)."), QStringLiteral("url")},
        {QStringLiteral("json"), QStringLiteral("Print machine-readable JSON.")},
        {QStringLiteral("ephemeral"), QStringLiteral("Keep the session in memory only; nothing is saved.")},
        {QStringLiteral("region"), QStringLiteral("Country for phone numbers without +code (default: from the locale)."), QStringLiteral("CC")},
        {QStringLiteral("method"), QStringLiteral("email, sms, voice or whatsapp."), QStringLiteral("method")},
        {QStringLiteral("login-id"), QStringLiteral("Email address or phone number."), QStringLiteral("id")},
        {QStringLiteral("sign-up"), QStringLiteral("login: create a new user.")},
        {QStringLiteral("sign-in"), QStringLiteral("login: only an existing user.")},
        {QStringLiteral("name"), QStringLiteral("Sign-up (login --sign-up, start sign-up): the person's name."), QStringLiteral("name")},
        {QStringLiteral("email"), QStringLiteral("Sign-up: email; update-email: the new email."), QStringLiteral("email")},
        {QStringLiteral("phone"), QStringLiteral("Sign-up: phone; update-phone: the new number."), QStringLiteral("phone")},
        {QStringLiteral("code"), QStringLiteral("verify: the code received."), QStringLiteral("code")},
        {QStringLiteral("add-to-login-ids"), QStringLiteral("update: the new address also signs in.")},
        {QStringLiteral("on-merge-use-existing"), QStringLiteral("update: merge into a user who already has it.")},
    });
    if (!m_parser.parse(arguments)) {
        usage(m_parser.errorText());
        return;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        writeLine(stdout, m_parser.helpText());
        finish(Success);
        return;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        writeLine(stdout, QStringLiteral("descope-otp ") + QCoreApplication::applicationVersion());
        finish(Success);
        return;
    }
    m_positional = m_parser.positionalArguments();
    if (m_positional.isEmpty()) {
        usage(QStringLiteral("no command given"));
        return;
    }
    m_command = m_positional.first();
    m_json = m_parser.isSet(QStringLiteral("json"));
    if (!setUp())
        return;

    using Handler = void (Runner::*)();
    static const QHash<QString, Handler> handlers{
        {QStringLiteral("login"), &Runner::login},
        {QStringLiteral("start"), &Runner::startCommand},
        {QStringLiteral("verify"), &Runner::verifyCommand},
        {QStringLiteral("status"), &Runner::status},
        {QStringLiteral("me"), &Runner::me},
        {QStringLiteral("refresh"), &Runner::refresh},
        {QStringLiteral("validate"), &Runner::validate},
    };
    if (m_command == QLatin1StringView("update-email"))
        update(true);
    else if (m_command == QLatin1StringView("update-phone"))
        update(false);
    else if (m_command == QLatin1StringView("logout"))
        logout(false);
    else if (m_command == QLatin1StringView("logout-all"))
        logout(true);
    else if (const auto handler = handlers.value(m_command))
        (this->*handler)();
    else
        usage(QStringLiteral("unknown command '%1'").arg(m_command));
}

bool Runner::setUp()
{
    QString projectId = m_parser.value(QStringLiteral("project-id"));
    if (projectId.isEmpty())
        projectId = qEnvironmentVariable("DESCOPE_PROJECT_ID");
    QString baseUrl = m_parser.value(QStringLiteral("base-url"));
    if (baseUrl.isEmpty())
        baseUrl = qEnvironmentVariable("DESCOPE_BASE_URL");
    if (projectId.isEmpty()) {
        usage(QStringLiteral("no project id: use --project-id or DESCOPE_PROJECT_ID"));
        return false;
    }
    auto config = Config::create(projectId, QUrl(baseUrl, QUrl::StrictMode));
    if (!config) {
        usage(Config::isValidProjectId(projectId) ? QStringLiteral("the base URL must use https (http only to localhost)")
                                                  : QStringLiteral("'%1' is not a Descope project id").arg(projectId));
        return false;
    }
    m_region = m_parser.value(QStringLiteral("region")).toUpper();
    if (m_region.isEmpty())
        m_region = LoginId::regionOfLocale(QLocale::system().name());

    m_client = std::make_unique<Client>(config.value());
    if (m_parser.isSet(QStringLiteral("ephemeral"))) {
        m_store = std::make_unique<MemoryTokenStore>();
    } else {
        const QString keyNamespace = qEnvironmentVariable("DESCOPE_KEYCHAIN_NAMESPACE", QString(KeychainTokenStore::DefaultNamespace));
        m_store = std::make_unique<KeychainTokenStore>(projectId, keyNamespace);
    }
    m_verifier = std::make_unique<TokenVerifier>(m_client.get());
    m_verifier->setCacheFile(TokenVerifier::defaultCacheFile(projectId));
    m_session = std::make_unique<SessionManager>(m_client.get(), m_store.get(), m_verifier.get());
    connect(m_session.get(), &SessionManager::storageUnavailable, this, [](const Error &error) {
        writeLine(stderr, QStringLiteral("descope-otp: warning: ") + error.message());
    });
    return true;
}

void Runner::startFlow(const OtpFlow::Request &request, bool thenReadCode)
{
    m_flow = std::make_unique<OtpFlow>(m_client.get());
    connect(m_flow.get(), &OtpFlow::inputRejected, this, [this](const Error &error) {
        if (m_flow->state() == OtpFlow::State::AwaitingCode && m_stdin) {
            writeLine(stderr, QStringLiteral("descope-otp: ") + error.message());
            return;
        }
        fail(error, Usage);
    });
    connect(m_flow.get(), &OtpFlow::failed, this, [this](const Error &error) { fail(error); });
    connect(m_flow.get(), &OtpFlow::codeSent, this, [this, thenReadCode](const MaskedAddress &masked) {
        const QString method = pathSegment(m_flow->request().method);
        if (thenReadCode) {
            writeLine(stderr, QStringLiteral("A code was sent by %1 to %2.").arg(method, masked.address));
            readCode();
        } else {
            printResult(QStringLiteral("A code was sent by %1 to %2.").arg(method, masked.address),
                        {{QStringLiteral("maskedAddress"), masked.address}, {QStringLiteral("method"), method},
                         {QStringLiteral("loginId"), m_flow->loginId()}});
            finish(Success);
        }
    });
    connect(m_flow.get(), &OtpFlow::attemptFailed, this, [this](const Error &error) {
        writeLine(stderr, QStringLiteral("descope-otp: ") + error.message());
        if (m_stdin)
            m_stdin->setEnabled(true);
    });
    connect(m_flow.get(), &OtpFlow::verified, this, [this](const AuthenticationResponse &response) {
        adoptAndFinish(response, m_flow->loginId());
    });
    m_flow->start(request);
}

void Runner::readCode()
{
    writeLine(stderr, QStringLiteral("Enter the code:"));
    if (!m_stdin) {
        m_stdin = new QSocketNotifier(fileno(stdin), QSocketNotifier::Read, this);
        connect(m_stdin, &QSocketNotifier::activated, this, [this] {
            std::string line;
            if (!std::getline(std::cin, line)) {
                m_stdin->setEnabled(false);
                fail(Error::invalidInput(Error::InputProblem::Code, QStringLiteral("no code on standard input")));
                return;
            }
            QString code = QString::fromStdString(line);
            code.remove(QLatin1Char(' ')).remove(QLatin1Char('-')); // "123 456" and "123-456" as people type them
            if (code.isEmpty())
                return;
            m_stdin->setEnabled(false); // until this code is answered
            if (!Validation::isValidCode(code)) {
                writeLine(stderr, QStringLiteral("descope-otp: ") + Error::invalidInput(Error::InputProblem::Code, {}).message());
                m_stdin->setEnabled(true);
                return;
            }
            m_flow->verify(code);
        });
    }
    m_stdin->setEnabled(true);
}

void Runner::adoptAndFinish(const AuthenticationResponse &response, const QString &loginId)
{
    const auto report = [this, response] {
        const User &user = m_session->user();
        const QString who = user.displayName().isEmpty() ? m_session->loginId() : user.displayName();
        QJsonObject json{{QStringLiteral("user"), userJson(user)},
                         {QStringLiteral("firstSeen"), response.firstSeen},
                         {QStringLiteral("saved"), m_session->isPersisted() && m_store->isPersistent()}};
        printResult(QStringLiteral("Signed in as %1 (user %2).").arg(who, user.userId), json);
        if (!m_session->isPersisted() && m_store->isPersistent())
            fail(Error::storage(Error::StorageProblem::Failed, QStringLiteral("session not saved")));
        else
            finish(Success);
    };
    // Report once both the session is saved and the keys are cached.
    auto pending = std::make_shared<int>(2);
    auto step = [pending, report] {
        if (--*pending == 0)
            report();
    };
    connect(m_session.get(), &SessionManager::signedIn, this, step);
    connect(m_session.get(), &SessionManager::refreshed, this, step); // an update while signed in
    QTimer::singleShot(0, this, [this, step] {
        if (!m_keysJob)
            return step();
        connect(m_keysJob, &VerifyJob::finished, this, step);
    });
    if (auto error = m_session->adopt(response, loginId))
        return fail(*error);
    // Wait for the project's keys too, so the next command can restore without a request.
    m_keysJob = m_verifier->verify(response.sessionJwt, QStringLiteral("DS"));
}

void Runner::login()
{
    const auto method = methodOption();
    const QString loginId = requiredOption(QStringLiteral("login-id"));
    if (!method || loginId.isEmpty())
        return;
    if (m_parser.isSet(QStringLiteral("sign-up")) && m_parser.isSet(QStringLiteral("sign-in")))
        return usage(QStringLiteral("--sign-up and --sign-in exclude each other"));
    // Descope's sign-up-or-in takes no user details: a name needs an explicit sign-up.
    if (m_parser.isSet(QStringLiteral("name")) && !m_parser.isSet(QStringLiteral("sign-up")))
        return usage(QStringLiteral("--name goes with --sign-up"));
    OtpFlow::Request request;
    request.mode = m_parser.isSet(QStringLiteral("sign-up"))   ? OtpFlow::Mode::SignUp
        : m_parser.isSet(QStringLiteral("sign-in"))            ? OtpFlow::Mode::SignIn
                                                               : OtpFlow::Mode::SignUpOrIn;
    request.method = *method;
    request.loginId = loginId;
    request.user.name = m_parser.value(QStringLiteral("name"));
    request.defaultRegion = m_region;
    startFlow(request, true);
}

void Runner::startCommand()
{
    static const QHash<QString, OtpFlow::Mode> modes{{QStringLiteral("sign-up"), OtpFlow::Mode::SignUp},
                                                     {QStringLiteral("sign-in"), OtpFlow::Mode::SignIn},
                                                     {QStringLiteral("sign-up-or-in"), OtpFlow::Mode::SignUpOrIn}};
    if (m_positional.size() < 2 || !modes.contains(m_positional.at(1)))
        return usage(QStringLiteral("start needs sign-up, sign-in or sign-up-or-in"));
    const auto method = methodOption();
    const QString loginId = requiredOption(QStringLiteral("login-id"));
    if (!method || loginId.isEmpty())
        return;
    OtpFlow::Request request;
    request.mode = modes.value(m_positional.at(1));
    request.method = *method;
    request.loginId = loginId;
    request.user.name = m_parser.value(QStringLiteral("name"));
    request.user.email = m_parser.value(QStringLiteral("email"));
    request.user.phone = m_parser.value(QStringLiteral("phone"));
    request.defaultRegion = m_region;
    startFlow(request, false);
}

void Runner::verifyCommand()
{
    const auto method = methodOption();
    const QString loginIdText = requiredOption(QStringLiteral("login-id"));
    const QString code = requiredOption(QStringLiteral("code")).remove(QLatin1Char(' '));
    if (!method || loginIdText.isEmpty() || code.isEmpty())
        return;
    // A login id as typed is normalised; an existing one (after an update) is used as it is.
    const auto parsed = LoginId::parse(loginIdText, m_region);
    const QString loginId = parsed ? parsed->value() : loginIdText;
    // Restore first: an update's verify replaces the stored session with its own.
    connect(m_session.get(), &SessionManager::restored, this, [this, method, loginId, code] {
        AuthenticationReply *reply = m_client->verify(*method, loginId, code);
        connect(reply, &Reply::finished, this, [this, reply, loginId] {
            if (!reply->isSuccess())
                return fail(reply->error(), reply->error().kind() == Error::Kind::InvalidInput ? Usage : Failure);
            adoptAndFinish(reply->authentication(), loginId);
        });
    }, Qt::SingleShotConnection);
    m_session->restore();
}

void Runner::withSession(std::function<void()> next)
{
    connect(m_session.get(), &SessionManager::restored, this, [this, next = std::move(next)](bool signedIn) {
        if (!signedIn)
            return fail(Error::invalidInput(Error::InputProblem::NotSignedIn, QStringLiteral("not signed in")));
        next();
    }, Qt::SingleShotConnection);
    m_session->restore();
}

void Runner::update(bool email)
{
    std::optional<DeliveryMethod> method = DeliveryMethod::Email;
    if (!email)
        method = methodOption();
    const QString address = requiredOption(email ? QStringLiteral("email") : QStringLiteral("phone"));
    if (!method || address.isEmpty())
        return;
    withSession([this, email, method, address] {
        OtpFlow::Request request;
        request.mode = email ? OtpFlow::Mode::UpdateEmail : OtpFlow::Mode::UpdatePhone;
        request.method = *method;
        request.loginId = m_parser.isSet(QStringLiteral("login-id")) ? m_parser.value(QStringLiteral("login-id"))
                                                                      : m_session->loginId();
        request.newAddress = address;
        request.refreshJwt = m_session->refreshJwt();
        request.updateOptions.addToLoginIDs = m_parser.isSet(QStringLiteral("add-to-login-ids"));
        request.updateOptions.onMergeUseExisting = m_parser.isSet(QStringLiteral("on-merge-use-existing"));
        request.defaultRegion = m_region;
        startFlow(request, false);
    });
}

void Runner::status()
{
    connect(m_session.get(), &SessionManager::restored, this, [this](bool signedIn) {
        if (!signedIn) {
            printResult(QStringLiteral("Not signed in."), {{QStringLiteral("signedIn"), false}});
            return finish(Success);
        }
        const User &user = m_session->user();
        const qint64 sessionExp = m_session->sessionClaims().expiresAt;
        QStringList lines{QStringLiteral("Signed in as %1").arg(user.displayName().isEmpty() ? m_session->loginId() : user.displayName()),
                          QStringLiteral("  login id:        %1").arg(m_session->loginId()),
                          QStringLiteral("  user id:         %1").arg(user.userId)};
        if (!user.email.isEmpty())
            lines << QStringLiteral("  email:           %1%2").arg(user.email, user.verifiedEmail ? QStringLiteral(" (verified)") : QString());
        if (!user.phone.isEmpty())
            lines << QStringLiteral("  phone:           %1%2").arg(user.phone, user.verifiedPhone ? QStringLiteral(" (verified)") : QString());
        lines << QStringLiteral("  session until:   %1").arg(timeText(sessionExp))
              << QStringLiteral("  refresh until:   %1").arg(timeText(m_session->refreshExpiresAt()));
        printResult(lines.join(QLatin1Char('\n')),
                    {{QStringLiteral("signedIn"), true},
                     {QStringLiteral("loginId"), m_session->loginId()},
                     {QStringLiteral("user"), userJson(user)},
                     {QStringLiteral("sessionExpiresAt"), sessionExp},
                     {QStringLiteral("refreshExpiresAt"), m_session->refreshExpiresAt()}});
        finish(Success);
    }, Qt::SingleShotConnection);
    m_session->restore();
}

void Runner::me()
{
    withSession([this] {
        UserReply *reply = m_client->me(m_session->refreshJwt());
        connect(reply, &Reply::finished, this, [this, reply] {
            if (!reply->isSuccess())
                return fail(reply->error());
            const User &user = reply->user();
            QStringList lines{QStringLiteral("user id:   %1").arg(user.userId),
                              QStringLiteral("name:      %1").arg(user.displayName()),
                              QStringLiteral("email:     %1%2").arg(user.email, user.verifiedEmail ? QStringLiteral(" (verified)") : QString()),
                              QStringLiteral("phone:     %1%2").arg(user.phone, user.verifiedPhone ? QStringLiteral(" (verified)") : QString()),
                              QStringLiteral("login ids: %1").arg(user.loginIds.join(QStringLiteral(", ")))};
            printResult(lines.join(QLatin1Char('\n')), {{QStringLiteral("user"), userJson(user)}});
            finish(Success);
        });
    });
}

void Runner::refresh()
{
    withSession([this] {
        const auto report = [this] {
            printResult(QStringLiteral("Session refreshed; valid until %1.").arg(timeText(m_session->sessionClaims().expiresAt)),
                        {{QStringLiteral("sessionExpiresAt"), m_session->sessionClaims().expiresAt}});
            finish(Success);
        };
        connect(m_session.get(), &SessionManager::refreshed, this, report);
        connect(m_session.get(), &SessionManager::refreshFailed, this, [this](const Error &error) { fail(error); });
        m_session->refresh();
    });
}

void Runner::validate()
{
    withSession([this] {
        VerifyJob *job = m_verifier->verify(m_session->sessionJwt(), QStringLiteral("DS"));
        connect(job, &VerifyJob::finished, this, [this, job] {
            if (!job->isSuccess())
                return fail(job->error());
            const Claims &claims = job->claims();
            printResult(QStringLiteral("Session token is valid: user %1, until %2, by %3.")
                            .arg(claims.subject, timeText(claims.expiresAt), claims.amr.join(QStringLiteral(", "))),
                        {{QStringLiteral("valid"), true},
                         {QStringLiteral("subject"), claims.subject},
                         {QStringLiteral("expiresAt"), claims.expiresAt},
                         {QStringLiteral("issuedAt"), claims.issuedAt},
                         {QStringLiteral("amr"), QJsonArray::fromStringList(claims.amr)},
                         {QStringLiteral("roles"), QJsonArray::fromStringList(claims.roles)},
                         {QStringLiteral("permissions"), QJsonArray::fromStringList(claims.permissions)}});
            finish(Success);
        });
    });
}

void Runner::logout(bool everywhere)
{
    withSession([this, everywhere] {
        connect(m_session.get(), &SessionManager::signOutCompleted, this, [this, everywhere](const Error &serverError) {
            if (serverError.isError()) {
                writeLine(stderr, QStringLiteral("descope-otp: signed out here; the server could not be told: ") + serverError.message());
                return finish(Failure);
            }
            printResult(everywhere ? QStringLiteral("Signed out on every device.") : QStringLiteral("Signed out."),
                        {{QStringLiteral("signedOut"), true}});
            finish(Success);
        });
        everywhere ? m_session->signOutEverywhere() : m_session->signOut();
    });
}

} // namespace Descope::Cli
