// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#include "notesapp.h"

#include <DescopeQt6/AccountSettingsDialog>
#include <DescopeQt6/Project>
#include <DescopeQt6/SessionManager>
#include <DescopeQt6/SignInWidget>

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Descope;

NotesWindow::NotesWindow(Project *project, QWidget *parent)
    : QMainWindow(parent)
    , m_project(project)
    , m_pages(new QStackedWidget(this))
    , m_signIn(new SignInWidget(project))
    , m_notesPage(new QWidget)
    , m_greeting(new QLabel)
    , m_notes(new QPlainTextEdit)
{
    auto *settings = new QPushButton(tr("&Account…"));
    auto *signOut = new QPushButton(tr("Sign &out"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_greeting, 1);
    buttons->addWidget(settings);
    buttons->addWidget(signOut);
    auto *layout = new QVBoxLayout(m_notesPage);
    layout->addLayout(buttons);
    layout->addWidget(m_notes);
    m_pages->addWidget(m_signIn);
    m_pages->addWidget(m_notesPage);
    setCentralWidget(m_pages);

    SessionManager *session = project->session();
    // The SDK says when someone is signed in (restored at launch, or just now) and when
    // the session ends for any reason; the window follows.
    connect(session, &SessionManager::restored, this, [this, session](bool signedIn) {
        if (signedIn)
            showNotes(session->user());
        else
            showSignIn();
    });
    connect(session, &SessionManager::signedIn, this, &NotesWindow::showNotes);
    connect(session, &SessionManager::signedOut, this, &NotesWindow::showSignIn);
    connect(signOut, &QPushButton::clicked, session, [session] { session->signOut(); });
    connect(settings, &QPushButton::clicked, this, [this] {
        auto *dialog = new AccountSettingsDialog(m_project->client(), m_project->session(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    showSignIn();
}

bool NotesWindow::showsNotes() const
{
    return m_pages->currentWidget() == m_notesPage;
}

void NotesWindow::showNotes(const User &user)
{
    m_greeting->setText(tr("Notes of %1").arg(user.name.isEmpty() ? user.email : user.name));
    m_pages->setCurrentWidget(m_notesPage);
    m_notes->setFocus();
}

void NotesWindow::showSignIn()
{
    m_notes->clear(); // nothing of the last person's stays on screen
    m_signIn->restart();
    m_pages->setCurrentWidget(m_signIn);
}
