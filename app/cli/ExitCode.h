#pragma once

namespace keyway::cli {

// keyway-cli's exit codes; documented in README.md ("Exit codes").
enum ExitCode : int {
    Ok = 0,
    Failed = 1, // the operation failed (file system, conflict, …)
    Usage = 2, // bad command line or invalid value
    WorkspaceProblem = 3, // no workspace, or a workspace file is corrupt or from a newer version
    NotFound = 4, // a named environment, secret or company ID does not exist
    SecureStorageUnavailable = 5, // the keychain is missing, locked, refused or did not answer
};

} // namespace keyway::cli
