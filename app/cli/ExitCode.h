#pragma once

namespace keyway::cli {

// keyway-cli's exit codes; documented in README.md ("Exit codes").
enum ExitCode : int {
    Ok = 0,
    Failed = 1, // the operation failed (file system, conflict, …); later also an HTTP error status
    Usage = 2, // bad command line or invalid value
    AuthFailed = 3, // sign-in needed or authentication failed
    NetworkError = 4, // network or TLS error
    SecureStorageUnavailable = 5, // the keychain is missing, locked, refused or did not answer
    WorkspaceProblem = 6, // no workspace, or a workspace file is corrupt or from a newer version
    NotFound = 7, // a named environment, variable, secret or company ID does not exist
};

} // namespace keyway::cli
