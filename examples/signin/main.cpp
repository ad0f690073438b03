// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
//
// signin-example: DESCOPE_PROJECT_ID=P… ./signin-example
// (or, offline, with descope-emulator running: DESCOPE_BASE_URL=http://127.0.0.1:8787 too).
#include "notesapp.h"

#include <DescopeQt6/Project>
#include <DescopeQt6/SessionManager>
#include <DescopeQt6/Translations>

#include <QApplication>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationDomain(QStringLiteral("example.com"));
    QApplication::setApplicationName(QStringLiteral("Notes"));
    Descope::Translations::install(); // the SDK's texts in the system's language

    Descope::Project project; // DESCOPE_PROJECT_ID, DESCOPE_BASE_URL; keychain "com.example.Notes"
    if (!project.isValid()) {
        QMessageBox::critical(nullptr, QApplication::applicationName(), project.errorString());
        return 1;
    }
    NotesWindow window(&project);
    window.resize(480, 560);
    window.show();
    project.session()->restore();
    return QApplication::exec();
}
