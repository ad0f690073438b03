// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;

namespace Descope {
class Project;
class SignInWidget;
struct User;
} // namespace Descope

/// A notes window whose notes are shown only to a signed-in person.
class NotesWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit NotesWindow(Descope::Project *project, QWidget *parent = nullptr);

    [[nodiscard]] Descope::SignInWidget *signInWidget() const { return m_signIn; }
    [[nodiscard]] bool showsNotes() const;

private:
    void showNotes(const Descope::User &user);
    void showSignIn();

    Descope::Project *m_project;
    QStackedWidget *m_pages;
    Descope::SignInWidget *m_signIn;
    QWidget *m_notesPage;
    QLabel *m_greeting;
    QPlainTextEdit *m_notes;
};
