// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHttpServerResponder>
#include <QList>
#include <QPair>
#include <QPointer>

#include <chrono>
#include <memory>

class QHostAddress;
class QTcpSocket;

namespace Descope::Emulator {

class RequestInFlight;

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
    /// Sends response one byte every interval, as a dying link or a stalling proxy does, then
    /// closes the connection: a client's idle timeout never fires, only a total deadline helps.
    void drip(const HttpResponse &response, std::chrono::milliseconds interval);

private:
    friend class HttpServer;
    HttpResponder(QHttpServerResponder &&responder, QTcpSocket *socket, bool closeAfterResponse);

    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_connection;
    QPointer<QObject> m_tracker; ///< owns the timers of answers given over time (drip)
    /// Keeps the connection counted as busy (no idle timeout) until the answer is given.
    std::shared_ptr<RequestInFlight> m_inFlight;
    bool m_closeAfterResponse = false; ///< the client sent Connection: close
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

    /// A connection that has not sent a whole request this long after it opened or after its
    /// last answer is closed (a trickle of bytes does not keep it open). Call before listen().
    void setIdleTimeout(std::chrono::milliseconds timeout) { m_idleTimeout = timeout; }
    /// Connections beyond this many open ones get a 503 and are closed. Call before listen().
    void setMaxConnections(int count) { m_maxConnections = count; }
    /// Open connections now.
    [[nodiscard]] int connectionCount() const;

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
    friend class RequestInFlight;
    class ConnectionTracker;
    [[nodiscard]] HttpResponder makeHttpResponder(const QHttpServerRequest &request,
                                                  QHttpServerResponder &&responder, QTcpSocket *connection);

    ConnectionTracker *m_tracker = nullptr;
    std::chrono::milliseconds m_idleTimeout{30000};
    int m_maxConnections = 100;
};

} // namespace Descope::Emulator
