// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// Benchmark 5: a full sign-in through the real widgets against an emulator answering
// after 2 s (--latency-ms 2000), while a 5 ms timer records the longest gap between its
// ticks: how long the event loop was ever busy. usage: bench_responsiveness <emulator URL>
#include "accountwidget.h"
#include "mainwindow.h"

#include <DescopeQt6/Client>
#include <DescopeQt6/SessionManager>
#include <DescopeQt6/SignInWidget>
#include <DescopeQt6/TokenStore>
#include <DescopeQt6/TokenVerifier>

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>

using namespace Descope;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QUrl base(QString::fromLocal8Bit(argc > 1 ? argv[1] : "http://127.0.0.1:8787"));
    Client client(Config::create(QStringLiteral("P2EmulatorLocalDevProject000"), base).value());
    MemoryTokenStore store;
    TokenVerifier verifier(&client);
    SessionManager session(&client, &store, &verifier);
    Descope::MainWindow window(&client, &session, &store);
    window.show();

    // The probe: a 5 ms timer; the largest interval between two ticks.
    QElapsedTimer sinceTick;
    qint64 longestGapNs = 0;
    qint64 ticks = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        if (ticks++ > 0)
            longestGapNs = std::max(longestGapNs, sinceTick.nsecsElapsed());
        sinceTick.restart();
    });

    QElapsedTimer total;
    total.start();
    QSignalSpy restored(&session, &SessionManager::restored);
    session.restore();
    restored.wait();
    probe.start();
    sinceTick.start();

    const QString loginId = QStringLiteral("responsive-%1@bench.example.com").arg(QDateTime::currentMSecsSinceEpoch());
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("loginIdEdit"));
    QTest::keyClicks(edit, loginId);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("continueButton")), Qt::LeftButton);
    Descope::SignInWidget *signIn = window.signInWidget();
    auto *codeEdit = window.findChild<QLineEdit *>(QStringLiteral("codeEdit"));
    (void)QTest::qWaitFor([&] { return signIn->currentPage() == SignInWidget::Page::Code && codeEdit->isEnabled(); }, 20000);

    QNetworkAccessManager nam;
    QUrl outbox = base.resolved(QUrl(QStringLiteral("/emulator/outbox")));
    outbox.setQuery(QUrlQuery{{QStringLiteral("loginId"), loginId}});
    QNetworkReply *reply = nam.get(QNetworkRequest(outbox));
    QSignalSpy fetched(reply, &QNetworkReply::finished);
    fetched.wait(10000);
    const QJsonArray messages = QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1StringView("messages")).toArray();
    const QString code = messages.isEmpty() ? QString() : messages.last().toObject().value(QLatin1StringView("code")).toString();
    QTest::keyClicks(codeEdit, code);
    const bool signedIn = QTest::qWaitFor([&] { return window.currentPage() == static_cast<QWidget *>(window.accountWidget()); }, 20000);
    probe.stop();

    const QJsonObject result{{QStringLiteral("signed_in"), signedIn},
                             {QStringLiteral("seconds"), double(total.elapsed()) / 1000.0},
                             {QStringLiteral("ticks"), ticks},
                             {QStringLiteral("longest_gap_ms"), double(longestGapNs) / 1e6}};
    std::puts(QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return signedIn ? 0 : 1;
}
