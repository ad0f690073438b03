// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "job.h"

// Private to DescopeQt6Core: not installed, no compatibility promise.

namespace Descope {

class DESCOPEQT6CORE_EXPORT JobPrivate
{
public:
    enum class State {
        Running,  ///< no result yet
        Deciding, ///< result decided, finished() on its way
        Finished, ///< finished() emitted
    };

    virtual ~JobPrivate();

    /// True while no result is decided: a subclass sets its own result fields only then.
    [[nodiscard]] bool isRunning() const { return state == State::Running; }

    Job *q_ptr = nullptr;
    State state = State::Running;
    Error error;
    bool autoDelete = true;

    /// Emits finished() (the result is decided) and schedules auto-deletion.
    void complete();

    Q_DECLARE_PUBLIC(Job)
};

} // namespace Descope
