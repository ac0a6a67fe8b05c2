#pragma once

#include "util/result.h"

#include <optional>

namespace agglomap {

// Success, or an Error saying why an operation failed (a refused change leaves nothing changed).
// The one error convention: whatever can fail returns Status, or Result<T> when it also gives a
// value; both are true on success, so a check reads `if (const Status status = f(); !status)`.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error)) {}

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

// The first failure among several results (Result<T> or Status), or success if none failed: for
// reading many fields of one row and reporting the first that is wrong.
template <typename... Results> [[nodiscard]] Status firstFailure(const Results&... results) {
    Status first;
    const auto keepFirst = [&first](const auto& result) {
        if (first.ok() && !result.ok()) {
            first = result.error();
        }
    };
    (keepFirst(results), ...);
    return first;
}

} // namespace agglomap
