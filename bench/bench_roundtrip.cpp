// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// Benchmark 2: 200 complete sign-up-or-in -> read the code from the outbox -> verify flows
// through the library against a running descope-emulator. Prints one JSON object with the
// mean time per flow (median of the runs) and the Descope requests per flow, counted at
// the emulator. usage: bench_roundtrip <emulator URL> <runs>
#include "client.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>

using namespace Descope;

namespace {

constexpr int Flows = 200;

QJsonObject getJson(QNetworkAccessManager &nam, const QUrl &url)
{
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(10000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

template<typename R>
bool wait(R *reply)
{
    reply->setAutoDelete(false);
    QSignalSpy done(reply, &Reply::finished);
    const bool ok = (reply->isFinished() || done.wait(10000)) && reply->isSuccess();
    reply->deleteLater();
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QUrl base(QString::fromLocal8Bit(argc > 1 ? argv[1] : "http://127.0.0.1:8787"));
    const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
    const QString projectId = QStringLiteral("P2EmulatorLocalDevProject000");
    Client client(Config::create(projectId, base).value());
    QNetworkAccessManager nam;

    const auto descopeRequests = [&] {
        int count = 0;
        for (const QJsonValue &entry : getJson(nam, base.resolved(QUrl(QStringLiteral("/emulator/requests"))))
                                           .value(QLatin1StringView("requests")).toArray())
            count += entry.toObject().value(QLatin1StringView("path")).toString().startsWith(QLatin1StringView("/v1/"));
        return count;
    };

    QList<double> perFlowMs;
    int failures = 0;
    const int before = descopeRequests();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < Flows; ++i) {
            const QString loginId = QStringLiteral("qt-%1-%2@bench.example.com").arg(run).arg(i);
            if (!wait(client.signUpOrIn(DeliveryMethod::Email, loginId))) {
                ++failures;
                continue;
            }
            QUrl outbox = base.resolved(QUrl(QStringLiteral("/emulator/outbox")));
            outbox.setQuery(QUrlQuery{{QStringLiteral("loginId"), loginId}});
            const QJsonArray messages = getJson(nam, outbox).value(QLatin1StringView("messages")).toArray();
            const QString code = messages.isEmpty() ? QString()
                                                    : messages.last().toObject().value(QLatin1StringView("code")).toString();
            failures += !wait(client.verify(DeliveryMethod::Email, loginId, code));
        }
        perFlowMs << double(timer.nsecsElapsed()) / 1e6 / Flows;
    }
    const int requests = descopeRequests() - before;
    std::sort(perFlowMs.begin(), perFlowMs.end());
    const QJsonObject result{{QStringLiteral("flows"), Flows * runs},
                             {QStringLiteral("failures"), failures},
                             {QStringLiteral("median_ms"), perFlowMs.at(perFlowMs.size() / 2)},
                             {QStringLiteral("min_ms"), perFlowMs.first()},
                             {QStringLiteral("max_ms"), perFlowMs.last()},
                             {QStringLiteral("requests_per_flow"), double(requests) / (Flows * runs)}};
    std::puts(QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return failures ? 1 : 0;
}
