// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// The reference for the start-up benchmarks: the smallest Qt Widgets program that shows
// a window with one line edit, measured with the same first-paint probe as the app.
#include "firstpaintprobe.h"

#include <QApplication>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Descope::FirstPaintProbe::installIfRequested();
    QWidget window;
    window.setObjectName(QStringLiteral("MinimalWindow"));
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLineEdit(&window));
    window.resize(560, 440);
    window.show();
    return QApplication::exec();
}
