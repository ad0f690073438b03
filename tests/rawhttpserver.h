// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

/// A loopback server that hands each request's socket to a test's own handler, for what a
/// well-behaved server never does: stay silent, redirect, send megabytes, hang up.
class RawHttpServer : public QTcpServer
{
public:
    using Handler = std::function<void(QTcpSocket *socket, const QByteArray &request)>;

    explicit RawHttpServer(Handler handler)
        : m_handler(std::move(handler))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer += socket->readAll();
                    if (m_buffer.contains("\r\n\r\n")) {
                        ++requestCount;
                        m_handler(socket, std::exchange(m_buffer, {}));
                    }
                });
            }
        });
    }

    [[nodiscard]] QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

    int requestCount = 0;

private:
    Handler m_handler;
    QByteArray m_buffer;
};
