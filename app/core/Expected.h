#pragma once

#include <optional>
#include <QString>
#include <utility>

namespace keyway {

// Why an operation failed, so front ends can map it (the CLI to exit codes, the UI to icons).
enum class ErrorKind {
    Invalid, // the input is malformed or breaks a rule
    NotFound, // a named thing does not exist
    Conflict, // the thing already exists
    FileFormat, // a file does not parse, has wrong types or is from a newer version
    Io, // the file system refused
    SecureStorage, // the keychain is missing, locked or refused
};

struct Failure
{
    ErrorKind kind = ErrorKind::Invalid;
    QString message;
};

// A value or a Failure; a minimal std::expected for C++20.
template<typename T> class [[nodiscard]] Expected
{
public:
    Expected(T value)
        : m_value(std::move(value))
    {
    }
    Expected(Failure failure)
        : m_failure(std::move(failure))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const Failure &failure() const { return m_failure; }
    const QString &error() const { return m_failure.message; }

private:
    std::optional<T> m_value;
    Failure m_failure;
};

template<> class [[nodiscard]] Expected<void>
{
public:
    Expected() = default;
    Expected(Failure failure)
        : m_failed(true)
        , m_failure(std::move(failure))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Failure &failure() const { return m_failure; }
    const QString &error() const { return m_failure.message; }

private:
    bool m_failed = false;
    Failure m_failure;
};

using Status = Expected<void>;

} // namespace keyway
