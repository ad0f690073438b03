// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "httpserver.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>

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

} // namespace

/// Our listening socket. It hands every connection to QAbstractHttpServer as usual and
/// remembers it, so a request can be traced back to its connection by the peer's port.
class HttpServer::ConnectionTracker : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

    [[nodiscard]] QTcpSocket *connectionFrom(const QHostAddress &address, quint16 port)
    {
        m_connections.removeAll(nullptr);
        for (QTcpSocket *socket : std::as_const(m_connections)) {
            if (socket->peerPort() == port && socket->peerAddress().isEqual(address))
                return socket;
        }
        return nullptr;
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        m_connections.append(socket);
        addPendingConnection(socket);
    }

private:
    QList<QPointer<QTcpSocket>> m_connections;
};

HttpResponder::HttpResponder(QHttpServerResponder &&responder, QTcpSocket *socket)
    : m_responder(std::move(responder))
    , m_connection(socket)
{
}

void HttpResponder::respond(const HttpResponse &response)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, response.contentType);
    for (const auto &[name, value] : response.headers)
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
    for (const auto &[name, value] : response.headers)
        m_responder.writeHeader(name, value);
    m_responder.writeBody(response.body);
#endif
}

void HttpResponder::dropConnection()
{
    // A graceful close: abort() would close the device under QHttpServer, which then warns
    // as it reads from it.
    if (m_connection)
        m_connection->disconnectFromHost();
}

void HttpResponder::sendRawAndClose(const QByteArray &bytes)
{
    if (!m_connection)
        return;
    m_connection->write(bytes);
    m_connection->flush();
    m_connection->disconnectFromHost();
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

quint16 HttpServer::listen(const QHostAddress &address, quint16 port)
{
    auto *tracker = new ConnectionTracker(this);
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
    serve(request, HttpResponder(std::move(responder), connection));
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &, QHttpServerResponder &)
{
    // Never called: handleRequest() takes every request.
}

#else

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    serve(request, HttpResponder(makeResponder(request, socket), socket));
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // Never called: handleRequest() takes every request.
}

#endif

} // namespace Descope::Emulator
