// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHttpServerResponder>
#include <QList>
#include <QPair>
#include <QPointer>

class QHostAddress;
class QTcpSocket;

namespace Descope::Emulator {

/// One HTTP answer, whatever Qt writes it with.
struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers; ///< beyond Content-Type and Content-Length
};

/**
 * Answers one request: now, or later when kept (it is move-only, like QHttpServerResponder).
 * Beside proper answers it can misbehave below HTTP, as a dying peer or proxy does, which
 * QHttpServerResponder does not offer: the emulator's fault injection needs the connection.
 */
class HttpResponder
{
public:
    HttpResponder(HttpResponder &&) = default;
    ~HttpResponder() = default;
    Q_DISABLE_COPY(HttpResponder)

    void respond(const HttpResponse &response);
    /// Closes the connection without answering.
    void dropConnection();
    /// Sends raw bytes (a response cut short, say) and closes the connection.
    void sendRawAndClose(const QByteArray &bytes);

private:
    friend class HttpServer;
    HttpResponder(QHttpServerResponder &&responder, QTcpSocket *socket);

    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_connection;
};

/**
 * The one place that knows which QtHttpServer API this Qt has. The module was a technical
 * preview until Qt 6.8 and changed shape twice on the way:
 *  - Qt 6.4: handleRequest() and missingHandler() get the QTcpSocket and make a responder
 *    from it; headers are written one by one (writeStatusLine/writeHeader/writeBody).
 *  - Qt 6.5–6.7: they get a QHttpServerResponder; the socket is no longer handed out.
 *  - Qt 6.8: the responder writes QHttpHeaders, and listen() is gone: a server bind()s a
 *    listening QTcpServer.
 * Subclasses see the modern shape on every version: serve() gets the request and a responder
 * it may keep, and listen() binds a QTcpServer of ours, which also tells which connection a
 * request came on (for HttpResponder's faults).
 */
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;
    Q_DISABLE_COPY_MOVE(HttpServer)

    /// Listens on address:port (0 picks a free port): the port, or 0 when it cannot.
    quint16 listen(const QHostAddress &address, quint16 port);

protected:
    /// Every request. Answer through responder, at once or later.
    virtual void serve(const QHttpServerRequest &request, HttpResponder responder) = 0;

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) final;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) final;
#else
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) final;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) final;
#endif

private:
    class ConnectionTracker;
    ConnectionTracker *m_tracker = nullptr;
};

} // namespace Descope::Emulator
