// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "cli.h"

#include <DescopeQt6/KeychainTokenStore>
#include <DescopeQt6/LoginId>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMetaEnum>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <cerrno>
#include <cstdio>

#include <unistd.h>

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
    "  update-email --email NEW [--login-id ID] [--add-to-login-ids] [--on-merge-use-existing] [--stepup]\n"
    "                    Send a code to a new email address of the signed-in user; then verify.\n"
    "  update-phone --method sms|voice|whatsapp --phone NEW [--login-id ID] [--add-to-login-ids] [--on-merge-use-existing] [--stepup]\n"
    "                    Send a code to a new phone number of the signed-in user; then verify.\n"
    "  status            Who is signed in, from the stored session (no request).\n"
    "  me                The signed-in user's record, from the server.\n"
    "  refresh           Refresh the session now.\n"
    "  validate          Check the session token locally against the project's keys.\n"
    "  logout            Sign out here.\n"
    "  logout-all [--stepup]\n"
    "                    Sign out on every device.\n"
    "\n"
    "update-email, update-phone and logout-all need a recent sign-in: a code verified within\n"
    "the step-up window (10 minutes; DESCOPE_STEPUP_WINDOW sets it in seconds, 0 always asks).\n"
    "When the sign-in is older, --stepup first sends a code to the signed-in login id and reads\n"
    "it from standard input; at a terminal, the command offers to; otherwise it refuses (exit 3).\n"
    "\n"
    "Methods: email, sms, voice, whatsapp.\n"
    "\n"
    "Codes are six digits; spaces and dashes in them are ignored.\n"
    "\n"
    "A command takes the options on its line above and the global ones (--project-id,\n"
    "--base-url, --json, --ephemeral, --region); any other option is refused.\n"
    "\n"
    "Exit status:\n"
    "  0                 Done.\n"
    "  1                 Authentication, server or keychain error.\n"
    "  2                 Bad usage, input refused before any request, or no code entered at\n"
    "                    the prompt (end of input).\n"
    "  3                 The change needs a recent sign-in and none was confirmed (see\n"
    "                    --stepup); nothing was sent.");

/// The options every command takes: where and how to run, and --help, --version.
const QList<QLatin1StringView> GlobalOptions{
    QLatin1StringView("project-id"), QLatin1StringView("base-url"), QLatin1StringView("json"),
    QLatin1StringView("ephemeral"),  QLatin1StringView("region"),   QLatin1StringView("help"),
    QLatin1StringView("help-all"),   QLatin1StringView("version"),
};

void writeLine(FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

/// Text from the server or the person as it may be shown on a terminal: control
/// characters (an ESC starting an escape sequence, a newline forging a line) and the
/// invisible bidirectional overrides are written as escapes.
QString shown(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n')
            out += QLatin1StringView("\\n");
        else if (u == u'\r')
            out += QLatin1StringView("\\r");
        else if (u == u'\t')
            out += QLatin1StringView("\\t");
        else if (c.category() == QChar::Other_Control) // C0, DEL and C1
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else if (u == 0x2028 || u == 0x2029 || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

/// An email address or login id as people write it: an internationalised domain in Unicode
/// (it travels in ACE form). Phone numbers stay in E.164, which scripts and people both read.
QString shownAddress(const QString &address)
{
    return shown(address.contains(QLatin1Char('@')) ? LoginId::displayForm(address) : address);
}

/// Refused in a name: what shown() would escape.
bool isUnsafeInName(QChar c)
{
    return shown(QString(c)).size() != 1;
}

/// 2 for input refused locally (Error::Kind::InvalidInput means no request was sent),
/// 1 for everything else, including "not signed in" (a state, not a mistake in the command).
int exitCodeFor(const Error &error)
{
    if (error.kind() != Error::Kind::InvalidInput)
        return Failure;
    switch (error.inputProblem()) {
    case Error::InputProblem::NotSignedIn:
    case Error::InputProblem::DifferentUser:
    case Error::InputProblem::Busy:
        return Failure;
    default:
        return Usage;
    }
}

QString timeText(qint64 seconds)
{
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds).toLocalTime().toString(Qt::ISODate) : QString();
}

} // namespace

// Each command's options as its line in the Commands text above lists them, besides
// GlobalOptions (tst_cli's commandsTakeTheOptionsHelpLists checks that they agree, and the
// man page and bash completion are checked against that text): anything else, even an
// option another command takes, is refused before any request rather than ignored.
const QList<Runner::Command> &Runner::commands()
{
    using L = QLatin1StringView;
    static const QList<Command> table{
        {L("login"), 1, {L("method"), L("login-id"), L("sign-up"), L("sign-in"), L("name")}, &Runner::login},
        {L("start"), 2, {L("method"), L("login-id"), L("name"), L("email"), L("phone")}, &Runner::startCommand},
        {L("verify"), 1, {L("method"), L("login-id"), L("code")}, &Runner::verifyCommand},
        {L("update-email"), 1, {L("email"), L("login-id"), L("add-to-login-ids"), L("on-merge-use-existing"), L("stepup")}, &Runner::updateEmail},
        {L("update-phone"), 1, {L("method"), L("phone"), L("login-id"), L("add-to-login-ids"), L("on-merge-use-existing"), L("stepup")}, &Runner::updatePhone},
        {L("status"), 1, {}, &Runner::status},
        {L("me"), 1, {}, &Runner::me},
        {L("refresh"), 1, {}, &Runner::refresh},
        {L("validate"), 1, {}, &Runner::validate},
        {L("logout"), 1, {}, &Runner::logoutHere},
        {L("logout-all"), 1, {L("stepup")}, &Runner::logoutEverywhere},
    };
    return table;
}

Runner::Runner(QObject *parent)
    : QObject(parent)
{
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(StoreSettleTimeoutMs);
    connect(&m_settleTimer, &QTimer::timeout, this, [this] {
        warn(QStringLiteral("the keychain did not finish saving or removing the session in time; "
                            "the stored session may be out of date"));
        if (m_exitCode == Success)
            m_exitCode = Failure;
        if (!std::exchange(m_exited, true))
            QCoreApplication::exit(m_exitCode);
    });
}

Runner::~Runner() = default;

void Runner::finish(int code)
{
    if (std::exchange(m_finished, true))
        return;
    m_exitCode = code;
    if (m_stdin)
        m_stdin->setEnabled(false);
    // Look once the handlers on the stack have returned: SessionManager starts some store
    // work right after the signal that got us here (end() clears the store after
    // refreshFailed()).
    QMetaObject::invokeMethod(this, &Runner::exitWhenSettled, Qt::QueuedConnection);
}

void Runner::exitWhenSettled()
{
    if (m_exited)
        return;
    // A sign-out, an ended session or a new sign-in must really reach the keychain:
    // exiting with a job in flight would leave the old entry, and the next command
    // would still believe it.
    const bool sessionBusy = m_session && m_session->hasPendingStoreWork();
    if (sessionBusy || m_pendingStoreJobs > 0) {
        if (!m_settleTimer.isActive())
            m_settleTimer.start();
        // Our own jobs call back when they finish (see track()).
        if (sessionBusy) {
            connect(m_session, &SessionManager::storeSettled, this, [this] {
                QMetaObject::invokeMethod(this, &Runner::exitWhenSettled, Qt::QueuedConnection);
            }, Qt::SingleShotConnection);
        }
        return;
    }
    m_settleTimer.stop();
    m_exited = true;
    QCoreApplication::exit(m_exitCode);
}

void Runner::track(StoreJob *job)
{
    ++m_pendingStoreJobs;
    connect(job, &StoreJob::finished, this, [this] {
        --m_pendingStoreJobs;
        if (m_finished)
            QMetaObject::invokeMethod(this, &Runner::exitWhenSettled, Qt::QueuedConnection);
    });
}

void Runner::fail(const Error &error, int code, const QString &line, const QJsonObject &extra)
{
    if (m_finished)
        return;
    if (code < 0)
        code = exitCodeFor(error);
    QString text = QStringLiteral("descope-otp: ") + (line.isEmpty() ? shown(error.message()) : line);
    if (!error.code().isEmpty())
        text += QStringLiteral(" [%1]").arg(shown(error.code()));
    if (m_json) {
        QJsonObject object = extra;
        object.insert(QLatin1StringView("ok"), false);
        object.insert(QLatin1StringView("error"),
                      QJsonObject{{QStringLiteral("message"), error.message()},
                                  {QStringLiteral("code"), error.code()},
                                  {QStringLiteral("kind"), QString::fromLatin1(QMetaEnum::fromType<Error::Kind>().valueToKey(int(error.kind())))},
                                  {QStringLiteral("retryAfter"), error.retryAfterSeconds()},
                                  {QStringLiteral("traceId"), QString::fromLatin1(error.traceId())}});
        writeLine(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    }
    writeLine(stderr, text);
    finish(code);
}

void Runner::warn(const QString &message)
{
    writeLine(stderr, QStringLiteral("descope-otp: warning: ") + message);
}

void Runner::usage(const QString &message)
{
    if (m_finished)
        return; // one usage error is enough
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
        usage(QStringLiteral("unknown method '%1' (email, sms, voice or whatsapp)").arg(shown(name)));
    return method;
}

std::optional<QString> Runner::nameOption()
{
    if (!m_parser.isSet(QStringLiteral("name")))
        return QString();
    const QString name = m_parser.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty()) {
        usage(QStringLiteral("--name is empty"));
        return std::nullopt;
    }
    if (name.size() > MaxNameLength) {
        usage(QStringLiteral("--name is longer than %1 characters").arg(MaxNameLength));
        return std::nullopt;
    }
    if (std::any_of(name.cbegin(), name.cend(), isUnsafeInName)) {
        usage(QStringLiteral("--name contains control characters"));
        return std::nullopt;
    }
    return name;
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
        {QStringLiteral("stepup"), QStringLiteral("update-email, update-phone, logout-all: when the sign-in is not recent, "
                                                  "confirm it first with a code sent to the signed-in login id.")},
    });
    if (!m_parser.parse(arguments)) {
        usage(m_parser.errorText());
        return;
    }
    if (m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(QStringLiteral("help-all"))) {
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
    const auto &table = commands();
    const auto command = std::find_if(table.cbegin(), table.cend(), [this](const Command &c) { return c.name == m_command; });
    if (command == table.cend()) {
        usage(QStringLiteral("unknown command '%1'").arg(shown(m_command)));
        return;
    }
    if (m_positional.size() > command->words) {
        usage(QStringLiteral("unexpected argument '%1'").arg(shown(m_positional.at(command->words))));
        return;
    }
    // In the order given: the first option this command does not take is the one named.
    const QStringList given = m_parser.optionNames();
    for (const QString &option : given) {
        if (!GlobalOptions.contains(option) && !command->options.contains(option)) {
            usage(QStringLiteral("%1 does not take --%2%3")
                      .arg(m_command, shown(option),
                           command->options.isEmpty() ? QStringLiteral(" (it takes only the global options)") : QString()));
            return;
        }
    }
    if (!setUp())
        return;
    (this->*command->handler)();
}

bool Runner::setUp()
{
    ProjectOptions options;
    options.projectId = m_parser.value(QStringLiteral("project-id"));
    options.baseUrl = QUrl(m_parser.value(QStringLiteral("base-url")), QUrl::StrictMode);
    options.storage = m_parser.isSet(QStringLiteral("ephemeral")) ? SessionStorage::Memory : SessionStorage::Keychain;
    // Sessions are shared with descope-desktop: the same keychain service, its application id.
    options.keychainService = QStringLiteral(DESCOPE_APP_ID);
    m_project = std::make_unique<Project>(options);
    const QString projectId = m_project->projectId();
    if (projectId.isEmpty()) {
        usage(QStringLiteral("no project id: use --project-id or DESCOPE_PROJECT_ID"));
        return false;
    }
    if (!m_project->isValid()) {
        const QString baseUrl = options.baseUrl.isEmpty() ? qEnvironmentVariable("DESCOPE_BASE_URL") : options.baseUrl.toString();
        if (!Config::isValidProjectId(projectId))
            usage(QStringLiteral("'%1' is not a Descope project id").arg(shown(projectId)));
        else if (!Config::create(projectId, QUrl(baseUrl, QUrl::StrictMode)))
            usage(QStringLiteral("the base URL must use https (http only to localhost)"));
        else // DESCOPE_STEPUP_WINDOW: Project says what is wrong with it
            usage(shown(m_project->errorString()));
        return false;
    }
    m_region = m_parser.value(QStringLiteral("region")).toUpper();
    if (m_region.isEmpty())
        m_region = LoginId::regionOfLocale(QLocale::system().name());

    m_client = m_project->client();
    m_store = m_project->tokenStore();
    m_verifier = m_project->verifier();
    m_session = m_project->session();
    connect(m_session, &SessionManager::storageUnavailable, this,
            [this](const Error &error) { warn(shown(error.message())); });
    return true;
}

void Runner::startFlow(const OtpFlow::Request &request, bool thenReadCode)
{
    if (m_flow) { // the step-up's flow, whose signal may be on the stack
        m_flow->disconnect(this);
        m_flow.release()->deleteLater();
    }
    m_flow = std::make_unique<OtpFlow>(m_client);
    connect(m_flow.get(), &OtpFlow::inputRejected, this, [this](const Error &error) {
        if (m_flow->state() == OtpFlow::State::AwaitingCode && m_stdin) {
            writeLine(stderr, QStringLiteral("descope-otp: ") + shown(error.message()));
            return listenForCode();
        }
        fail(error, Usage);
    });
    connect(m_flow.get(), &OtpFlow::failed, this, [this](const Error &error) {
        if (!error.voidsCode())
            m_session->reportRefusal(error); // an update refused for the token ends the session
        fail(error);
    });
    connect(m_flow.get(), &OtpFlow::codeSent, this, [this, thenReadCode](const MaskedAddress &masked) {
        const QString method = pathSegment(m_flow->request().method);
        // No mask (200 {}): the address as typed, where the code went (wire-protocol §3.2).
        const QString to = masked.address.isEmpty() ? shownAddress(m_flow->destination()) : shown(masked.address);
        const QString sent = QStringLiteral("A code was sent by %1 to %2.").arg(method, to);
        if (thenReadCode) {
            writeLine(stderr, sent);
            readCode();
        } else {
            printResult(sent, {{QStringLiteral("maskedAddress"), masked.address}, {QStringLiteral("method"), method},
                               {QStringLiteral("loginId"), m_flow->loginId()}});
            finish(Success);
        }
    });
    connect(m_flow.get(), &OtpFlow::attemptFailed, this, [this](const Error &error) {
        writeLine(stderr, QStringLiteral("descope-otp: ") + shown(error.message()));
        if (m_stdin)
            listenForCode();
    });
    connect(m_flow.get(), &OtpFlow::verified, this, [this](const AuthenticationResponse &response) {
        if (m_flow->request().mode != OtpFlow::Mode::StepUp)
            return adoptAndFinish(response, m_flow->loginId(), true); // login()
        // The step-up: the same person, a fresh sign-in (su); the change goes on with it.
        if (const auto error = m_session->adopt(response, m_flow->loginId()))
            return fail(*error, Failure);
        whenAdopted(m_session, this, [this](const Error &error) {
            if (error.isError())
                return fail(error, Failure);
            writeLine(stderr, tr("Confirmed; going on with %1.").arg(m_command));
            if (auto change = std::exchange(m_afterStepUp, {}))
                change();
        });
    });
    m_flow->start(request);
}

void Runner::readCode()
{
    writeLine(stderr, QStringLiteral("Enter the code:"));
    openStdin();
    listenForCode();
}

void Runner::openStdin()
{
    if (m_stdin)
        return;
    // Read the descriptor ourselves, not through buffered stdio: a line waiting in a
    // stdio buffer would never wake the notifier again.
    m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_stdin, &QSocketNotifier::activated, this, &Runner::onStdinReadable);
}

void Runner::listenForCode()
{
    if (m_finished)
        return;
    m_stdin->setEnabled(!m_stdinEnded);
    if (m_stdinEnded || m_stdinBuffer.contains('\n'))
        QMetaObject::invokeMethod(this, &Runner::takeCodeLine, Qt::QueuedConnection);
}

void Runner::onStdinReadable()
{
    char chunk[1024];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (n > 0) {
        m_stdinBuffer.append(chunk, n);
    } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
        m_stdinEnded = true;
        m_stdin->setEnabled(false); // an ended input stays readable: stop listening
    }
    takeCodeLine();
}

void Runner::takeCodeLine()
{
    if (!m_finished && m_stdin && m_answer) { // a yes/no question (ask())
        qsizetype end = m_stdinBuffer.indexOf('\n');
        if (end < 0 && !m_stdinEnded && m_stdinBuffer.size() < 4096)
            return;
        if (end < 0)
            end = m_stdinBuffer.size(); // a last line, or the end of input: no
        const QString line = QString::fromUtf8(m_stdinBuffer.left(end)).trimmed().toCaseFolded();
        m_stdinBuffer.remove(0, end + 1);
        m_stdin->setEnabled(false);
        const QString yes = tr("yes").toCaseFolded();
        const bool accepted = !line.isEmpty()
            && (line == yes || line == yes.left(1) || line == QLatin1StringView("y") || line == QLatin1StringView("yes"));
        std::exchange(m_answer, {})(accepted);
        return;
    }
    // Only while a code is awaited: between an answer and the next prompt, lines wait.
    if (m_finished || !m_stdin || !m_flow || m_flow->state() != OtpFlow::State::AwaitingCode)
        return;
    while (true) {
        qsizetype end = m_stdinBuffer.indexOf('\n');
        if (end < 0) {
            if (!m_stdinEnded && m_stdinBuffer.size() < 4096)
                return; // the rest of the line is still coming
            if (m_stdinBuffer.isEmpty())
                return fail(Error::invalidInput(Error::InputProblem::Code, QStringLiteral("end of input at the code prompt")),
                            Usage, QStringLiteral("no code entered: end of input"));
            end = m_stdinBuffer.size(); // a last line without a newline
        }
        const QString line = QString::fromUtf8(m_stdinBuffer.left(end)).remove(QLatin1Char('\r'));
        m_stdinBuffer.remove(0, end + 1);
        const QString code = OtpFlow::normalizedCode(line);
        if (code.isEmpty())
            continue; // an empty line: keep waiting
        if (!OtpFlow::isValidCode(code)) {
            // Refused here: sent to Descope, it would only use up one of the code's attempts.
            writeLine(stderr, QStringLiteral("descope-otp: the code is six digits (spaces and dashes are ignored); enter it again:"));
            continue;
        }
        m_stdin->setEnabled(false); // until this code is answered
        m_flow->verify(code);
        return;
    }
}

void Runner::adoptAndFinish(const AuthenticationResponse &response, const QString &loginId, bool rememberLoginId)
{
    const auto report = [this, response, rememberLoginId] {
        if (m_finished)
            return;
        const User &user = m_session->user();
        const QString who = user.displayName().isEmpty() ? shownAddress(m_session->loginId()) : shown(user.displayName());
        const bool saved = m_session->isPersisted() && m_store->isPersistent();
        QJsonObject json{{QStringLiteral("user"), userJson(user)},
                         {QStringLiteral("firstSeen"), response.firstSeen},
                         {QStringLiteral("saved"), saved}};
        if (!saved && m_store->isPersistent()) {
            // Descope signed the person in, but the next command will not know it: not a
            // success for a command-line sign-in. storageUnavailable() said why.
            return fail(Error::storage(Error::StorageProblem::Failed, QStringLiteral("session not saved")), Failure,
                        QStringLiteral("signed in as %1, but the session could not be saved, so the next command "
                                       "will not be signed in")
                            .arg(who),
                        json);
        }
        if (rememberLoginId && saved) {
            // What the app's sign-in form offers next (SignInWidget saves it the same way);
            // a convenience, so a failure is a warning, and finish() waits for the write.
            StoreJob *job = m_store->saveLastLoginId(m_session->loginId());
            connect(job, &StoreJob::finished, this, [this, job] {
                if (!job->isSuccess())
                    warn(QStringLiteral("the login id could not be remembered for the next sign-in: ") + shown(job->error().message()));
            });
            track(job);
        }
        printResult(QStringLiteral("Signed in as %1 (user %2).").arg(who, shown(user.userId)), json);
        finish(Success);
    };
    if (auto error = m_session->adopt(response, loginId))
        return fail(*error, Failure);
    // adopt() verifies both tokens first (fetching and caching the project's keys, so the
    // next command restores without a request), then saves the session; tokens that do
    // not verify are neither stored nor reported as a sign-in.
    whenAdopted(m_session, this, [this, report](const Error &error) {
        if (error.isError())
            return fail(error, Failure);
        report();
    });
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
    const auto name = nameOption();
    if (!name)
        return;
    OtpFlow::Request request;
    request.mode = m_parser.isSet(QStringLiteral("sign-up"))   ? OtpFlow::Mode::SignUp
        : m_parser.isSet(QStringLiteral("sign-in"))            ? OtpFlow::Mode::SignIn
                                                               : OtpFlow::Mode::SignUpOrIn;
    request.method = *method;
    request.loginId = loginId;
    request.user.name = *name;
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
    const auto name = nameOption();
    if (!name)
        return;
    OtpFlow::Request request;
    request.mode = modes.value(m_positional.at(1));
    request.method = *method;
    request.loginId = loginId;
    request.user.name = *name;
    request.user.email = m_parser.value(QStringLiteral("email"));
    request.user.phone = m_parser.value(QStringLiteral("phone"));
    request.defaultRegion = m_region;
    startFlow(request, false);
}

void Runner::verifyCommand()
{
    const auto method = methodOption();
    const QString loginIdText = requiredOption(QStringLiteral("login-id"));
    const QString code = OtpFlow::normalizedCode(requiredOption(QStringLiteral("code")));
    if (!method || loginIdText.isEmpty() || m_finished)
        return;
    // Refused here: sent to Descope, it would only use up one of the code's attempts.
    if (!OtpFlow::isValidCode(code))
        return usage(QStringLiteral("the code is six digits (spaces and dashes are ignored)"));
    // A login id as typed is normalised; an existing one (after an update) is used as it is.
    const auto parsed = LoginId::parse(loginIdText, m_region);
    const QString loginId = parsed ? parsed->value() : loginIdText;
    // Restore first: an update's verify replaces the stored session with its own.
    connect(m_session, &SessionManager::restored, this, [this, method, loginId, code](bool signedIn) {
        // The code alone does not say what it was sent for: a verify for the user already
        // signed in here confirms an update, anything else is a sign-in.
        QString signedInUser;
        if (signedIn)
            signedInUser = m_session->sessionClaims().subject.isEmpty() ? m_session->user().userId : m_session->sessionClaims().subject;
        AuthenticationReply *reply = m_client->verify(*method, loginId, code);
        connect(reply, &Reply::finished, this, [this, reply, loginId, signedInUser] {
            if (!reply->isSuccess())
                return fail(reply->error());
            const AuthenticationResponse &response = reply->value();
            const bool update = !signedInUser.isEmpty() && response.user.userId == signedInUser;
            adoptAndFinish(response, loginId, !update);
        });
    }, Qt::SingleShotConnection);
    m_session->restore();
}

void Runner::withSession(std::function<void()> next)
{
    // A launch's refresh that Descope refused: its reason is the answer, not "not signed in".
    auto refusal = std::make_shared<Error>();
    const auto remember = connect(m_session, &SessionManager::refreshFailed, this,
                                  [refusal](const Error &error, SessionManager::RefreshFailure outcome) {
                                      if (outcome == SessionManager::RefreshFailure::SessionEnded)
                                          *refusal = error;
                                  });
    connect(m_session, &SessionManager::restored, this, [this, next = std::move(next), refusal, remember](bool signedIn) {
        disconnect(remember);
        if (!signedIn && refusal->isError())
            return fail(*refusal);
        if (!signedIn)
            return fail(Error::invalidInput(Error::InputProblem::NotSignedIn, QStringLiteral("not signed in")));
        // Another program may sign out while this command runs (the refresh then finds
        // the keychain empty and sends nothing): that ends the command too.
        connect(m_session, &SessionManager::signedOut, this, [this](SessionManager::EndReason reason) {
            if (reason == SessionManager::EndReason::SignedOutElsewhere)
                fail(Error::invalidInput(Error::InputProblem::NotSignedIn, QStringLiteral("signed out elsewhere")), Failure,
                     QStringLiteral("You were signed out in another program."));
        });
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
        // Built once the sign-in is recent: after a step-up, with its new refresh token.
        whenRecentlySignedIn([this, email, method, address] {
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
    });
}

void Runner::whenRecentlySignedIn(std::function<void()> change)
{
    if (!m_session->needsStepUp())
        return change();
    if (m_parser.isSet(QStringLiteral("stepup"))) {
        writeLine(stderr, tr("%1 needs a recent sign-in: first confirm it's you with a code.").arg(m_command));
        return stepUp(std::move(change));
    }
    if (!::isatty(STDIN_FILENO) || !::isatty(STDERR_FILENO))
        return refuseWithoutStepUp(false);
    ask(tr("%1 needs a recent sign-in. Send a code to %2 to confirm it's you? [y/N]")
            .arg(m_command, shownAddress(m_session->loginId())),
        [this, change = std::move(change)](bool yes) mutable {
            if (!yes)
                return refuseWithoutStepUp(true);
            stepUp(std::move(change));
        });
}

void Runner::refuseWithoutStepUp(bool declined)
{
    const QString who = shownAddress(m_session->loginId());
    fail(Error::invalidInput(QStringLiteral("a recent sign-in is needed")), StepUpRequired,
         declined ? tr("Nothing was changed: %1 needs a recent sign-in.").arg(m_command)
                  : tr("%1 needs a recent sign-in, and yours is older. Run it again with --stepup to confirm "
                       "it's you with a code sent to %2. Nothing was sent or changed.")
                        .arg(m_command, who),
         {{QStringLiteral("stepUpRequired"), true}});
}

void Runner::stepUp(std::function<void()> change)
{
    m_afterStepUp = std::move(change);
    OtpFlow::Request request = OtpFlow::stepUpRequest(*m_session);
    request.defaultRegion = m_region;
    startFlow(request, true);
}

void Runner::ask(const QString &question, std::function<void(bool yes)> then)
{
    writeLine(stderr, question);
    m_answer = std::move(then);
    openStdin();
    m_stdin->setEnabled(!m_stdinEnded);
    QMetaObject::invokeMethod(this, &Runner::takeCodeLine, Qt::QueuedConnection);
}

void Runner::status()
{
    // From the keychain alone, with no request: what is stored, and until when. (Restoring
    // through SessionManager would refresh a stale session token, and could end it.)
    StoreJob *job = m_store->load();
    connect(job, &StoreJob::finished, this, [this, job] {
        if (!job->isSuccess())
            warn(job->error().message());
        const auto &session = job->session();
        // Read, not verified: enough to say what is stored and until when.
        const auto refreshToken = session ? Claims::readUnverified(session->refreshJwt) : Result<Claims>(Error());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (!session || !refreshToken || refreshToken->expiresAt <= now) {
            printResult(QStringLiteral("Not signed in."), {{QStringLiteral("signedIn"), false}});
            return finish(Success);
        }
        User user = session->user.value_or(User());
        if (user.userId.isEmpty())
            user.userId = refreshToken->subject;
        const auto sessionToken = Claims::readUnverified(session->sessionJwt);
        const qint64 sessionExp = sessionToken ? sessionToken->expiresAt : 0;
        const qint64 refreshExp = refreshToken->expiresAt;
        const QString who = user.displayName().isEmpty() ? session->loginId : user.displayName();
        QStringList lines{QStringLiteral("Signed in as %1").arg(shownAddress(who)),
                          QStringLiteral("  login id:        %1").arg(shownAddress(session->loginId)),
                          QStringLiteral("  user id:         %1").arg(shown(user.userId))};
        if (!user.email.isEmpty())
            lines << QStringLiteral("  email:           %1%2").arg(shownAddress(user.email), user.verifiedEmail ? QStringLiteral(" (verified)") : QString());
        if (!user.phone.isEmpty())
            lines << QStringLiteral("  phone:           %1%2").arg(shown(user.phone), user.verifiedPhone ? QStringLiteral(" (verified)") : QString());
        lines << (sessionExp > now ? QStringLiteral("  session until:   %1").arg(timeText(sessionExp))
                                   : QStringLiteral("  session until:   renewed on the next request"))
              << QStringLiteral("  refresh until:   %1").arg(timeText(refreshExp));
        // As SessionManager::needsStepUp() will judge it (the same window, the same clock).
        const qint64 window = m_session->stepUpWindow().count();
        const bool stepUpNeeded = session->verifiedAt <= 0 || now - session->verifiedAt >= window
            || session->verifiedAt - now > window;
        lines << QStringLiteral("  code verified:   %1%2")
                     .arg(session->verifiedAt > 0 ? timeText(session->verifiedAt) : QStringLiteral("unknown"),
                          stepUpNeeded ? QStringLiteral(" (update-email, update-phone and logout-all need --stepup)")
                                       : QString());
        printResult(lines.join(QLatin1Char('\n')),
                    {{QStringLiteral("signedIn"), true},
                     {QStringLiteral("loginId"), session->loginId},
                     {QStringLiteral("user"), userJson(user)},
                     {QStringLiteral("sessionExpiresAt"), sessionExp},
                     {QStringLiteral("refreshExpiresAt"), refreshExp},
                     {QStringLiteral("verifiedAt"), session->verifiedAt},
                     {QStringLiteral("stepUpNeeded"), stepUpNeeded}});
        finish(Success);
    });
}

void Runner::me()
{
    withSession([this] {
        UserReply *reply = m_client->me(m_session->refreshJwt());
        connect(reply, &Reply::finished, this, [this, reply] {
            if (!reply->isSuccess()) {
                m_session->reportRefusal(reply->error()); // Descope's refusal ends the session
                return fail(reply->error());
            }
            const User &user = reply->value();
            // Only what the record has: no empty "name:" line for a user without a name.
            QStringList lines{QStringLiteral("user id:   %1").arg(shown(user.userId))};
            if (!user.displayName().isEmpty())
                lines << QStringLiteral("name:      %1").arg(shown(user.displayName()));
            if (!user.email.isEmpty())
                lines << QStringLiteral("email:     %1%2").arg(shownAddress(user.email), user.verifiedEmail ? QStringLiteral(" (verified)") : QString());
            if (!user.phone.isEmpty())
                lines << QStringLiteral("phone:     %1%2").arg(shown(user.phone), user.verifiedPhone ? QStringLiteral(" (verified)") : QString());
            if (!user.loginIds.isEmpty()) {
                QStringList ids;
                for (const QString &id : user.loginIds)
                    ids << shownAddress(id);
                lines << QStringLiteral("login ids: %1").arg(ids.join(QStringLiteral(", ")));
            }
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
        connect(m_session, &SessionManager::refreshed, this, report);
        connect(m_session, &SessionManager::refreshFailed, this, [this](const Error &error, SessionManager::RefreshFailure outcome) {
            if (outcome == SessionManager::RefreshFailure::SessionEnded)
                return fail(error);
            // Kept: say so, without words of Descope's (a "signed out" code on a 404 page is
            // not Descope's word) or advice to sign in again.
            QString why = error.message();
            if (error.kind() == Error::Kind::TokenInvalid)
                why = QStringLiteral("the service's answer could not be verified");
            else if (error.kind() == Error::Kind::Api || error.kind() == Error::Kind::Http)
                why = QStringLiteral("the service answered with HTTP %1").arg(error.httpStatus());
            fail(error, Failure, QStringLiteral("the session could not be refreshed now and is kept (%1); try again later.").arg(why));
        });
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
                            .arg(shown(claims.subject), timeText(claims.expiresAt), shown(claims.amr.join(QStringLiteral(", ")))),
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
        if (everywhere)
            return whenRecentlySignedIn([this] { signOut(true); });
        signOut(false);
    });
}

void Runner::signOut(bool everywhere)
{
    connect(m_session, &SessionManager::signOutCompleted, this, [this, everywhere](const Error &serverError) {
        if (serverError.isError()) {
            writeLine(stderr, QStringLiteral("descope-otp: signed out here; the server could not be told: ") + shown(serverError.message()));
            return finish(Failure);
        }
        printResult(everywhere ? QStringLiteral("Signed out on every device.") : QStringLiteral("Signed out."),
                    {{QStringLiteral("signedOut"), true}});
        finish(Success);
    });
    m_session->signOut(everywhere ? SessionManager::SignOutScope::AllDevices : SessionManager::SignOutScope::ThisDevice);
}

} // namespace Descope::Cli
