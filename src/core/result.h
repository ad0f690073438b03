// SPDX-FileCopyrightText: 2026 Descope Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "error.h"

#include <utility>
#include <variant>

namespace Descope {

/**
 * A value or the Error that prevented it (std::expected is C++23; this is the part we
 * need). Test it with ok() or as a bool before reading value(); reading the side that is
 * not there throws std::bad_variant_access.
 */
template<typename T>
class [[nodiscard]] Result
{
public:
    /// A success holding value.
    Result(T value) : m_value(std::move(value)) {}      // NOLINT(google-explicit-constructor)
    /// A failure holding error.
    Result(Error error) : m_value(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    /// True when a value is held.
    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_value); }
    /// ok().
    explicit operator bool() const { return ok(); }

    /// The value; only when ok().
    [[nodiscard]] const T &value() const & { return std::get<T>(m_value); }
    /// The value, moved out; only when ok().
    [[nodiscard]] T &&value() && { return std::get<T>(std::move(m_value)); }
    /// The value's members; only when ok().
    [[nodiscard]] const T *operator->() const { return &std::get<T>(m_value); }
    /// The value; only when ok().
    [[nodiscard]] const T &operator*() const & { return std::get<T>(m_value); }
    /// The error; only when !ok().
    [[nodiscard]] const Error &error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};

} // namespace Descope
