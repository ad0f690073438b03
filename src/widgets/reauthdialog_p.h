// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "reauthdialog.h"

class QPushButton;

namespace Descope {

class SignInWidget;

class ReauthDialogPrivate
{
public:
    SignInWidget *signIn = nullptr;
    QPushButton *stayOut = nullptr;
};

} // namespace Descope
