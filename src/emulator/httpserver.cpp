// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "httpserver.h"

#include <QHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace Descope::Emulator {

namespace {

QLoggingCategory::CategoryFilter previousFilter = nullptr;

/// QHttpServer's debug output prints whole requests, Authorization headers included:
/// keep it off whatever the logging rules say, as nothing may log a token.
void silenceHttpServerDebug(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

/// Closes a connection politely, and for good after a second if the peer does not read
/// what is still to be sent (it would keep the connection forever).
void closeConnection(QTcpSocket *socket)
{
    // A graceful close: abort() would close the device under QHttpServer, which then warns
    // as it reads from it.
    socket->disconnectFromHost();
    if (socket->state() != QAbstractSocket::UnconnectedState)
        QTimer::singleShot(1000, socket, [socket] { socket->abort(); });
}

bool asksToClose(const QHttpServerRequest &request)
{
    const QList<QByteArray> options = request.value("Connection").split(',');
    return std::any_of(options.cbegin(), options.cend(), [](const QByteArray &option) {
        return option.trimmed().compare("close", Qt::CaseInsensitive) == 0;
    });
}

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return status < 400 ? "OK" : "Error"; // informative only: clients read the number
    }
}
#endif

} // namespace

/// Our listening socket. It hands every connection to QAbstractHttpServer as usual and
/// remembers it, so a request can be traced back to its connection by the peer's port. It
/// also keeps connections bounded, which QtHttpServer does not: a cap on how many are open,
/// and an idle timer on each that runs whenever no request is being answered on it.
class HttpServer::ConnectionTracker : public QTcpServer
{
public:
    ConnectionTracker(std::chrono::milliseconds idleTimeout, int maxConnections, QObject *parent)
        : QTcpServer(parent)
        , m_idleTimeout(idleTimeout)
        , m_maxConnections(maxConnections)
    {
    }

    [[nodiscard]] QTcpSocket *connectionFrom(const QHostAddress &address, quint16 port) const
    {
        for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
            QTcpSocket *socket = it.key();
            if (socket->peerPort() == port && socket->peerAddress().isEqual(address))
                return socket;
        }
        return nullptr;
    }

    [[nodiscard]] int count() const { return int(m_connections.size()); }

    void requestStarted(QTcpSocket *socket)
    {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        ++it->busy;
        it->idle->stop();
    }

    void requestFinished(QTcpSocket *socket)
    {
        const auto it = m_connections.find(socket);
        if (it != m_connections.end() && --it->busy == 0)
            it->idle->start();
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        if (m_connections.size() >= m_maxConnections) {
            // Said in HTTP, so a client reports "busy" rather than a mysterious hang-up; the
            // connection never reaches QtHttpServer.
            static const QByteArray body = R"({"errorCode":"E000503","errorDescription":"Too many connections"})";
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            closeConnection(socket);
            return;
        }
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        idle->setInterval(m_idleTimeout);
        connect(idle, &QTimer::timeout, socket, [socket] { closeConnection(socket); });
        m_connections.insert(socket, Connection{idle, 0});
        // Gone from the count as soon as it closes, whenever QtHttpServer deletes it.
        const auto forget = [this, socket] { m_connections.remove(socket); };
        connect(socket, &QTcpSocket::disconnected, this, forget);
        connect(socket, &QObject::destroyed, this, forget);
        idle->start();
        addPendingConnection(socket);
    }

private:
    struct Connection
    {
        QTimer *idle = nullptr;
        int busy = 0; ///< requests being answered
    };

    const std::chrono::milliseconds m_idleTimeout;
    const int m_maxConnections;
    QHash<QTcpSocket *, Connection> m_connections;
};

/// A request being answered: its connection is busy, not idle, until the last holder (the
/// responder, or a delayed answer's timer) lets go.
class RequestInFlight
{
public:
    RequestInFlight(HttpServer::ConnectionTracker *tracker, QTcpSocket *socket)
        : m_tracker(tracker)
        , m_socket(socket)
    {
        tracker->requestStarted(socket);
    }
    ~RequestInFlight()
    {
        if (m_tracker && m_socket)
            m_tracker->requestFinished(m_socket);
    }
    Q_DISABLE_COPY_MOVE(RequestInFlight)

private:
    QPointer<HttpServer::ConnectionTracker> m_tracker;
    QPointer<QTcpSocket> m_socket;
};

HttpResponder::HttpResponder(QHttpServerResponder &&responder, QTcpSocket *socket, bool closeAfterResponse)
    : m_responder(std::move(responder))
    , m_connection(socket)
    , m_closeAfterResponse(closeAfterResponse)
{
}

void HttpResponder::respond(const HttpResponse &response)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);
    auto extraHeaders = response.headers;
    if (m_closeAfterResponse)
        extraHeaders.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, response.contentType);
    for (const auto &[name, value] : std::as_const(extraHeaders))
        headers.append(name, value);
    m_responder.write(response.body, headers, status);
#else
    // Before Qt 6.8 the responder writes to the socket it was made with, gone or not (every
    // connection comes through our tracker, so a null one here is a closed one).
    if (!m_connection)
        return;
    m_responder.writeStatusLine(status);
    m_responder.writeHeader("Content-Type", response.contentType);
    m_responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    for (const auto &[name, value] : std::as_const(extraHeaders))
        m_responder.writeHeader(name, value);
    m_responder.writeBody(response.body);
#endif
    // QtHttpServer keeps the connection open whatever the client asked. Qt 6.8 hands the
    // answer to the socket from its own handler afterwards: close once that is done.
    if (m_closeAfterResponse && m_connection) {
        QTcpSocket *socket = m_connection;
        QTimer::singleShot(0, socket, [socket] { closeConnection(socket); });
    }
}

void HttpResponder::dropConnection()
{
    if (m_connection)
        closeConnection(m_connection);
}

void HttpResponder::sendRawAndClose(const QByteArray &bytes)
{
    if (!m_connection)
        return;
    m_connection->write(bytes);
    m_connection->flush();
    closeConnection(m_connection);
}

void HttpResponder::drip(const HttpResponse &response, std::chrono::milliseconds interval)
{
    QTcpSocket *socket = m_connection;
    if (!socket || !m_tracker)
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Qt 6.8 keeps its own state per connection: trickle through its chunked API rather
    // than under it. Each chunk is one byte of the body.
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, response.contentType);
    for (const auto &[name, value] : response.headers)
        headers.append(name, value);
    m_responder.writeBeginChunked(headers, static_cast<QHttpServerResponder::StatusCode>(response.status));
    const QByteArray bytes = response.body;
#else
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
        + "\r\nContent-Type: " + response.contentType
        + "\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        bytes += name + ": " + value + "\r\n";
    bytes += "Connection: close\r\n\r\n" + response.body;
#endif

    // This responder rides along so the request stays in flight (no idle timeout) and Qt's
    // own responder is not destroyed early (Qt may answer in its place when it is). It must
    // go while Qt's connection handler still exists: the timer belongs to the tracker (not
    // to the connection, which Qt deletes from inside its handler), and the responder is let
    // go as soon as the peer hangs up.
    auto holder = std::make_shared<std::unique_ptr<HttpResponder>>(std::make_unique<HttpResponder>(std::move(*this)));
    auto *timer = new QTimer((*holder)->m_tracker);
    timer->setInterval(interval);
    const QPointer<QTcpSocket> connection = socket;
    const auto stop = [holder, timer] {
        holder->reset();
        timer->stop();
        timer->deleteLater();
    };
    QObject::connect(socket, &QTcpSocket::disconnected, timer, stop);
    QObject::connect(timer, &QTimer::timeout, timer, [holder, stop, connection, bytes, sent = qsizetype(0)]() mutable {
        if (!connection || !*holder)
            return stop();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        if (sent < bytes.size())
            (*holder)->m_responder.writeChunk(bytes.mid(sent++, 1));
        if (sent < bytes.size())
            return;
        (*holder)->m_responder.writeEndChunked(QByteArray());
#else
        connection->write(bytes.mid(sent++, 1));
        if (sent < bytes.size())
            return;
#endif
        QTcpSocket *closing = connection;
        stop();
        closeConnection(closing);
    });
    timer->start();
}

HttpServer::HttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
    static const bool filtered = [] {
        previousFilter = QLoggingCategory::installFilter(silenceHttpServerDebug);
        return true;
    }();
    Q_UNUSED(filtered)
}

HttpServer::~HttpServer() = default;

int HttpServer::connectionCount() const
{
    return m_tracker ? m_tracker->count() : 0;
}

HttpResponder HttpServer::makeHttpResponder(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                                            QTcpSocket *connection)
{
    HttpResponder answer(std::move(responder), connection, asksToClose(request));
    answer.m_tracker = m_tracker;
    if (m_tracker && connection)
        answer.m_inFlight = std::make_shared<RequestInFlight>(m_tracker, connection);
    return answer;
}

quint16 HttpServer::listen(const QHostAddress &address, quint16 port)
{
    auto *tracker = new ConnectionTracker(m_idleTimeout, m_maxConnections, this);
    if (!tracker->listen(address, port)) {
        delete tracker;
        return 0;
    }
    bind(tracker);
    m_tracker = tracker;
    return tracker->serverPort();
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)

bool HttpServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    QTcpSocket *connection = m_tracker ? m_tracker->connectionFrom(request.remoteAddress(), request.remotePort())
                                       : nullptr;
    serve(request, makeHttpResponder(request, std::move(responder), connection));
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &, QHttpServerResponder &)
{
    // Never called: handleRequest() takes every request.
}

#else

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    serve(request, makeHttpResponder(request, makeResponder(request, socket), socket));
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // Never called: handleRequest() takes every request.
}

#endif

} // namespace Descope::Emulator
