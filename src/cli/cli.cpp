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

/// Its place in the help text: two spaces, then a term and its description indented
/// below it, or two spaces after it when the term is short (help2man reads it so). The
/// description's lines are the translation's own.
QString helpItem(QLatin1StringView term, const QString &description)
{
    constexpr qsizetype Indent = 20;
    QString item = QStringLiteral("  ") + term;
    const QStringList lines = description.split(QLatin1Char('\n'));
    if (item.size() + 2 <= Indent)
        item = item.leftJustified(Indent) + lines.first();
    else
        item += QLatin1Char('\n') + QString(Indent, QLatin1Char(' ')) + lines.first();
    for (qsizetype i = 1; i < lines.size(); ++i)
        item += QLatin1Char('\n') + QString(Indent, QLatin1Char(' ')) + lines.at(i);
    return item + QLatin1Char('\n');
}

/// "label: value" lines (the colon is the label's, as each language writes it) with the
/// values aligned gap spaces after the longest of labels (all of them, so that the layout
/// does not depend on which lines a record has), each line after indent.
class Fields
{
public:
    Fields(const QStringList &labels, QString indent, qsizetype gap) : m_indent(std::move(indent))
    {
        for (const QString &label : labels)
            m_width = std::max(m_width, label.size() + gap);
    }
    void add(const QString &label, const QString &value)
    {
        m_lines << m_indent + label.leftJustified(m_width) + value;
    }
    QStringList &lines() { return m_lines; }

private:
    QString m_indent;
    qsizetype m_width = 0;
    QStringList m_lines;
};

// QCommandLineParser's texts: in Qt's own catalogue (qtbase, not always installed) and, so
// that --help and its errors are whole without it, in descope-otp's.
[[maybe_unused]] const char *const ParserTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};

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

// Each command's options as its line in --help's Commands list (helpDescription()) lists them, besides
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

QString Runner::helpDescription()
{
    using L = QLatin1StringView;
    // Laid out for people and for help2man, which turns it into the man page (man/): see
    // helpItem(). The terms (commands, options, exit codes) are the same in every language.
    return tr("Sign in to a Descope project with one-time codes, from the command line.") + QStringLiteral("\n\n")
        + tr("Commands:") + QLatin1Char('\n')
        + helpItem(L("login --method M --login-id ID [--sign-up | --sign-in] [--name N]"),
                   tr("Send a code, read it from standard input and save the session. Signs\n"
                      "up or in unless --sign-up or --sign-in is given; --name needs --sign-up."))
        + helpItem(L("start sign-up|sign-in|sign-up-or-in --method M --login-id ID [--name N] [--email E] [--phone P]"),
                   tr("Only send the code, for scripts; then verify."))
        + helpItem(L("verify --method M --login-id ID --code CODE"),
                   tr("Sign in with the code, or confirm an update (then with the existing\n"
                      "login id and the new address's method)."))
        + helpItem(L("update-email --email NEW [--login-id ID] [--add-to-login-ids] [--on-merge-use-existing] [--stepup]"),
                   tr("Send a code to a new email address of the signed-in user; then verify."))
        + helpItem(L("update-phone --method sms|voice|whatsapp --phone NEW [--login-id ID] [--add-to-login-ids] "
                     "[--on-merge-use-existing] [--stepup]"),
                   tr("Send a code to a new phone number of the signed-in user; then verify."))
        + helpItem(L("status"), tr("Who is signed in, from the stored session (no request)."))
        + helpItem(L("me"), tr("The signed-in user's record, from the server."))
        + helpItem(L("refresh"), tr("Refresh the session now."))
        + helpItem(L("validate"), tr("Check the session token locally against the project's keys."))
        + helpItem(L("logout"), tr("Sign out here."))
        + helpItem(L("logout-all [--stepup]"), tr("Sign out on every device."))
        + QLatin1Char('\n')
        + tr("update-email, update-phone and logout-all need a recent sign-in: a code verified within\n"
             "the step-up window (10 minutes; DESCOPE_STEPUP_WINDOW sets it in seconds, 0 always asks).\n"
             "When the sign-in is older, --stepup first sends a code to the signed-in login id and reads\n"
             "it from standard input; at a terminal, the command offers to; otherwise it refuses (exit 3).")
        + QStringLiteral("\n\n") + tr("Methods: email, sms, voice, whatsapp.")
        + QStringLiteral("\n\n") + tr("Codes are six digits; spaces and dashes in them are ignored.")
        + QStringLiteral("\n\n")
        + tr("A command takes the options on its line above and the global ones (--project-id,\n"
             "--base-url, --json, --ephemeral, --region); any other option is refused.")
        + QStringLiteral("\n\n") + tr("Exit status:") + QLatin1Char('\n')
        + helpItem(L("0"), tr("Done."))
        + helpItem(L("1"), tr("Authentication, server or keychain error."))
        + helpItem(L("2"), tr("Bad usage, input refused before any request, or no code entered at\n"
                              "the prompt (end of input)."))
        + helpItem(L("3"), tr("The change needs a recent sign-in and none was confirmed (see\n"
                              "--stepup); nothing was sent.")).chopped(1);
}

Runner::Runner(QObject *parent)
    : QObject(parent)
{
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(StoreSettleTimeoutMs);
    connect(&m_settleTimer, &QTimer::timeout, this, [this] {
        warn(tr("the keychain did not finish saving or removing the session in time; "
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
    writeLine(stderr, QStringLiteral("descope-otp: ") + tr("warning: %1").arg(message));
}

void Runner::usage(const QString &message)
{
    if (m_finished)
        return; // one usage error is enough
    writeLine(stderr, QStringLiteral("descope-otp: ") + message);
    writeLine(stderr, tr("Try 'descope-otp --help'."));
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
        usage(tr("--%1 is required for %2").arg(name, m_command));
    return value;
}

std::optional<DeliveryMethod> Runner::methodOption()
{
    const QString name = requiredOption(QStringLiteral("method"));
    if (name.isEmpty())
        return std::nullopt;
    const auto method = deliveryMethodFromString(name);
    if (!method)
        usage(tr("unknown method '%1' (email, sms, voice or whatsapp)").arg(shown(name)));
    return method;
}

std::optional<QString> Runner::nameOption()
{
    if (!m_parser.isSet(QStringLiteral("name")))
        return QString();
    const QString name = m_parser.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty()) {
        usage(tr("--name is empty"));
        return std::nullopt;
    }
    if (name.size() > MaxNameLength) {
        usage(tr("--name is longer than %1 characters").arg(MaxNameLength));
        return std::nullopt;
    }
    if (std::any_of(name.cbegin(), name.cend(), isUnsafeInName)) {
        usage(tr("--name contains control characters"));
        return std::nullopt;
    }
    return name;
}

void Runner::run(const QStringList &arguments)
{
    m_parser.setApplicationDescription(
        helpDescription());
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("What to do (see Commands)."));
    m_parser.addOptions({
        {QStringLiteral("project-id"), tr("Descope project id (default: $DESCOPE_PROJECT_ID)."), QStringLiteral("id")},
        {QStringLiteral("base-url"), tr("Descope API base URL (default: $DESCOPE_BASE_URL, else Descope's)."), QStringLiteral("url")},
        {QStringLiteral("json"), tr("Print machine-readable JSON.")},
        {QStringLiteral("ephemeral"), tr("Keep the session in memory only; nothing is saved.")},
        {QStringLiteral("region"), tr("Country for phone numbers without +code (default: from the locale)."), QStringLiteral("CC")},
        {QStringLiteral("method"), tr("email, sms, voice or whatsapp."), QStringLiteral("method")},
        {QStringLiteral("login-id"), tr("Email address or phone number."), QStringLiteral("id")},
        {QStringLiteral("sign-up"), tr("login: create a new user.")},
        {QStringLiteral("sign-in"), tr("login: only an existing user.")},
        {QStringLiteral("name"), tr("Sign-up (login --sign-up, start sign-up): the person's name."), QStringLiteral("name")},
        {QStringLiteral("email"), tr("Sign-up: email; update-email: the new email."), QStringLiteral("email")},
        {QStringLiteral("phone"), tr("Sign-up: phone; update-phone: the new number."), QStringLiteral("phone")},
        {QStringLiteral("code"), tr("verify: the code received."), QStringLiteral("code")},
        {QStringLiteral("add-to-login-ids"), tr("update: the new address also signs in.")},
        {QStringLiteral("on-merge-use-existing"), tr("update: merge into a user who already has it.")},
        {QStringLiteral("stepup"), tr("update-email, update-phone, logout-all: when the sign-in is not recent, "
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
        usage(tr("no command given"));
        return;
    }
    m_command = m_positional.first();
    m_json = m_parser.isSet(QStringLiteral("json"));
    const auto &table = commands();
    const auto command = std::find_if(table.cbegin(), table.cend(), [this](const Command &c) { return c.name == m_command; });
    if (command == table.cend()) {
        usage(tr("unknown command '%1'").arg(shown(m_command)));
        return;
    }
    if (m_positional.size() > command->words) {
        usage(tr("unexpected argument '%1'").arg(shown(m_positional.at(command->words))));
        return;
    }
    // In the order given: the first option this command does not take is the one named.
    const QStringList given = m_parser.optionNames();
    for (const QString &option : given) {
        if (!GlobalOptions.contains(option) && !command->options.contains(option)) {
            usage((command->options.isEmpty() ? tr("%1 does not take --%2 (it takes only the global options)")
                                              : tr("%1 does not take --%2"))
                      .arg(m_command, shown(option)));
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
        usage(tr("no project id: use --project-id or DESCOPE_PROJECT_ID"));
        return false;
    }
    if (!m_project->isValid()) {
        const QString baseUrl = options.baseUrl.isEmpty() ? qEnvironmentVariable("DESCOPE_BASE_URL") : options.baseUrl.toString();
        if (!Config::isValidProjectId(projectId))
            usage(tr("'%1' is not a Descope project id").arg(shown(projectId)));
        else if (!Config::create(projectId, QUrl(baseUrl, QUrl::StrictMode)))
            usage(tr("the base URL must use https (http only to localhost)"));
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
        // Descope refusing the session's token (an update's or the step-up's): the session
        // ends, and what was typed is not at fault.
        const bool sessionRefused = !m_flow->request().refreshJwt.isEmpty() && error.endsSession() && !error.voidsCode()
            && (error.httpStatus() == 401 || error.httpStatus() == 403);
        if (!error.voidsCode())
            m_session->reportRefusal(error); // an update refused for the token ends the session
        if (sessionRefused)
            return fail(error, Failure, tr("Your session has ended. Sign in again with descope-otp login."));
        fail(error);
    });
    // A refresh (here or in another program) rotated the token: later requests carry the new one.
    connect(m_session, &SessionManager::refreshed, m_flow.get(), [this] {
        if (!m_flow->request().refreshJwt.isEmpty() && m_session->isSignedIn())
            m_flow->setRefreshJwt(m_session->refreshJwt());
    });
    connect(m_flow.get(), &OtpFlow::codeSent, this, [this, thenReadCode](const MaskedAddress &masked) {
        const DeliveryMethod deliveryMethod = m_flow->request().method;
        const QString method = pathSegment(deliveryMethod);
        // No mask (200 {}): the address as typed, where the code went (wire-protocol §3.2).
        const QString to = masked.address.isEmpty() ? shownAddress(m_flow->destination()) : shown(masked.address);
        const QString sent = (deliveryMethod == DeliveryMethod::Sms        ? tr("A code was sent by sms to %1.")
                              : deliveryMethod == DeliveryMethod::Voice    ? tr("A code was sent by voice to %1.")
                              : deliveryMethod == DeliveryMethod::WhatsApp ? tr("A code was sent by whatsapp to %1.")
                                                                           : tr("A code was sent by email to %1."))
                                 .arg(to);
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
        if (m_finished)
            return;
        if (m_flow->request().mode != OtpFlow::Mode::StepUp)
            return adoptAndFinish(response, m_flow->loginId(), true); // login()
        // The step-up: the same person, a fresh sign-in (su); the change goes on with it.
        // Unless another person signed in meanwhile (another program on the same keychain
        // entry): their session is neither replaced nor changed. The store is read again, as
        // its announcement may not have reached us yet.
        const auto stepped = Claims::readUnverified(response.sessionJwt);
        const QString userId = stepped ? stepped->subject : QString();
        if (m_session->user().userId != userId)
            return failAnotherPersonSignedIn();
        StoreJob *job = m_store->load();
        connect(job, &StoreJob::finished, this, [this, job, response, userId, loginId = m_flow->loginId()] {
            const auto stored = job->isSuccess() && job->session() ? Claims::readUnverified(job->session()->refreshJwt)
                                                                   : Result<Claims>(Error());
            if (m_finished)
                return;
            if ((stored && stored->subject != userId) || m_session->user().userId != userId)
                return failAnotherPersonSignedIn();
            if (const auto error = m_session->adopt(response, loginId))
                return fail(*error, Failure);
            whenAdopted(m_session, this, [this](const Error &error) {
                if (error.isError())
                    return fail(error, Failure);
                writeLine(stderr, tr("Confirmed; going on with %1.").arg(m_command));
                if (auto change = std::exchange(m_afterStepUp, {}))
                    change();
            });
        });
    });
    m_flow->start(request);
}

void Runner::readCode()
{
    writeLine(stderr, tr("Enter the code:"));
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
                            Usage, tr("no code entered: end of input"));
            end = m_stdinBuffer.size(); // a last line without a newline
        }
        const QString line = QString::fromUtf8(m_stdinBuffer.left(end)).remove(QLatin1Char('\r'));
        m_stdinBuffer.remove(0, end + 1);
        const QString code = OtpFlow::normalizedCode(line);
        if (code.isEmpty())
            continue; // an empty line: keep waiting
        if (!OtpFlow::isValidCode(code)) {
            // Refused here: sent to Descope, it would only use up one of the code's attempts.
            writeLine(stderr, QStringLiteral("descope-otp: ") + tr("the code is six digits (spaces and dashes are ignored); enter it again:"));
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
                        tr("signed in as %1, but the session could not be saved, so the next command "
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
                    warn(tr("the login id could not be remembered for the next sign-in: %1").arg(shown(job->error().message())));
            });
            track(job);
        }
        printResult(tr("Signed in as %1 (user %2).").arg(who, shown(user.userId)), json);
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
        return usage(tr("--sign-up and --sign-in exclude each other"));
    // Descope's sign-up-or-in takes no user details: a name needs an explicit sign-up.
    if (m_parser.isSet(QStringLiteral("name")) && !m_parser.isSet(QStringLiteral("sign-up")))
        return usage(tr("--name goes with --sign-up"));
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
        return usage(tr("start needs sign-up, sign-in or sign-up-or-in"));
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
        return usage(tr("the code is six digits (spaces and dashes are ignored)"));
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
                     tr("You were signed out in another program."));
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

/// Where and how the step-up's code will go, for "Send a code to %1" and "a code sent to %1":
/// the account's own address for the channel of the session's sign-in (OtpFlow's step-up
/// request; not the login id after a change that kept it), and the channel, so that nobody is
/// phoned unawares.
QString Runner::stepUpDestination(const SessionManager &session)
{
    const OtpFlow::Request request = OtpFlow::stepUpRequest(session);
    const QString to = shownAddress(request.expectedDestination.isEmpty() ? request.loginId : request.expectedDestination);
    switch (request.method) {
    case DeliveryMethod::Sms:
        return tr("%1 by text message").arg(to);
    case DeliveryMethod::Voice:
        return tr("%1 by voice call").arg(to);
    case DeliveryMethod::WhatsApp:
        return tr("%1 by WhatsApp").arg(to);
    case DeliveryMethod::Email:
        break;
    }
    return tr("%1 by email").arg(to);
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
    ask(tr("%1 needs a recent sign-in. Send a code to %2 to confirm it's you? [y/N]").arg(m_command, stepUpDestination(*m_session)),
        [this, change = std::move(change)](bool yes) mutable {
            if (!yes)
                return refuseWithoutStepUp(true);
            stepUp(std::move(change));
        });
}

void Runner::refuseWithoutStepUp(bool declined)
{
    fail(Error::invalidInput(QStringLiteral("a recent sign-in is needed")), StepUpRequired,
         declined ? tr("Nothing was changed: %1 needs a recent sign-in.").arg(m_command)
                  : tr("%1 needs a recent sign-in, and yours is older. Run it again with --stepup to confirm "
                       "it's you with a code sent to %2. Nothing was sent or changed.")
                        .arg(m_command, stepUpDestination(*m_session)),
         {{QStringLiteral("stepUpRequired"), true}});
}

void Runner::stepUp(std::function<void()> change)
{
    m_afterStepUp = std::move(change);
    OtpFlow::Request request = OtpFlow::stepUpRequest(*m_session);
    request.defaultRegion = m_region;
    const QString userId = m_session->user().userId;
    startFlow(request, true);
    // Another person signing in meanwhile (another program): nothing left to confirm.
    const auto otherPerson = [this, userId](const User &user) {
        if (user.userId != userId)
            failAnotherPersonSignedIn();
    };
    connect(m_session, &SessionManager::signedIn, m_flow.get(), otherPerson);
    connect(m_session, &SessionManager::userChanged, m_flow.get(), otherPerson);
}

void Runner::failAnotherPersonSignedIn()
{
    if (m_finished)
        return;
    m_afterStepUp = {};
    if (m_flow)
        m_flow->cancel();
    fail(Error::invalidInput(Error::InputProblem::DifferentUser, QStringLiteral("another person signed in meanwhile")),
         Failure, tr("Another person signed in meanwhile (in another program). Nothing was changed."));
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
            printResult(tr("Not signed in."), {{QStringLiteral("signedIn"), false}});
            return finish(Success);
        }
        User user = session->user.value_or(User());
        if (user.userId.isEmpty())
            user.userId = refreshToken->subject;
        const auto sessionToken = Claims::readUnverified(session->sessionJwt);
        const qint64 sessionExp = sessionToken ? sessionToken->expiresAt : 0;
        const qint64 refreshExp = refreshToken->expiresAt;
        const QString who = user.displayName().isEmpty() ? session->loginId : user.displayName();
        const QString loginIdLabel = tr("login id:");
        const QString userIdLabel = tr("user id:");
        const QString emailLabel = tr("email:");
        const QString phoneLabel = tr("phone:");
        const QString sessionLabel = tr("session until:");
        const QString refreshLabel = tr("refresh until:");
        const QString verifiedLabel = tr("code verified:");
        Fields fields({loginIdLabel, userIdLabel, emailLabel, phoneLabel, sessionLabel, refreshLabel, verifiedLabel},
                      QStringLiteral("  "), 3);
        fields.lines() << tr("Signed in as %1").arg(shownAddress(who));
        fields.add(loginIdLabel, shownAddress(session->loginId));
        fields.add(userIdLabel, shown(user.userId));
        if (!user.email.isEmpty())
            fields.add(emailLabel, user.verifiedEmail ? tr("%1 (verified)").arg(shownAddress(user.email)) : shownAddress(user.email));
        if (!user.phone.isEmpty())
            fields.add(phoneLabel, user.verifiedPhone ? tr("%1 (verified)").arg(shown(user.phone)) : shown(user.phone));
        fields.add(sessionLabel, sessionExp > now ? timeText(sessionExp) : tr("renewed on the next request"));
        fields.add(refreshLabel, timeText(refreshExp));
        // As SessionManager::needsStepUp() will judge it (the same window, the same clock).
        const qint64 window = m_session->stepUpWindow().count();
        const bool stepUpNeeded = session->verifiedAt <= 0 || now - session->verifiedAt >= window
            || session->verifiedAt - now > window;
        const QString verified = session->verifiedAt > 0 ? timeText(session->verifiedAt) : tr("unknown");
        fields.add(verifiedLabel, stepUpNeeded ? tr("%1 (update-email, update-phone and logout-all need --stepup)").arg(verified)
                                               : verified);
        printResult(fields.lines().join(QLatin1Char('\n')),
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
            const QString userIdLabel = tr("user id:");
            const QString nameLabel = tr("name:");
            const QString emailLabel = tr("email:");
            const QString phoneLabel = tr("phone:");
            const QString loginIdsLabel = tr("login ids:");
            Fields fields({userIdLabel, nameLabel, emailLabel, phoneLabel, loginIdsLabel}, QString(), 1);
            fields.add(userIdLabel, shown(user.userId));
            if (!user.displayName().isEmpty())
                fields.add(nameLabel, shown(user.displayName()));
            if (!user.email.isEmpty())
                fields.add(emailLabel, user.verifiedEmail ? tr("%1 (verified)").arg(shownAddress(user.email)) : shownAddress(user.email));
            if (!user.phone.isEmpty())
                fields.add(phoneLabel, user.verifiedPhone ? tr("%1 (verified)").arg(shown(user.phone)) : shown(user.phone));
            if (!user.loginIds.isEmpty()) {
                QStringList ids;
                for (const QString &id : user.loginIds)
                    ids << shownAddress(id);
                fields.add(loginIdsLabel, ids.join(QStringLiteral(", ")));
            }
            printResult(fields.lines().join(QLatin1Char('\n')), {{QStringLiteral("user"), userJson(user)}});
            finish(Success);
        });
    });
}

void Runner::refresh()
{
    withSession([this] {
        const auto report = [this] {
            printResult(tr("Session refreshed; valid until %1.").arg(timeText(m_session->sessionClaims().expiresAt)),
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
                why = tr("the service's answer could not be verified");
            else if (error.kind() == Error::Kind::Api || error.kind() == Error::Kind::Http)
                why = tr("the service answered with HTTP %1").arg(error.httpStatus());
            fail(error, Failure, tr("the session could not be refreshed now and is kept (%1); try again later.").arg(why));
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
            printResult(tr("Session token is valid: user %1, until %2, by %3.")
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
            writeLine(stderr, QStringLiteral("descope-otp: ")
                          + tr("signed out here; the server could not be told: %1").arg(shown(serverError.message())));
            return finish(Failure);
        }
        printResult(everywhere ? tr("Signed out on every device.") : tr("Signed out."),
                    {{QStringLiteral("signedOut"), true}});
        finish(Success);
    });
    m_session->signOut(everywhere ? SessionManager::SignOutScope::AllDevices : SessionManager::SignOutScope::ThisDevice);
}

} // namespace Descope::Cli
