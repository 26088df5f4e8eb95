#pragma once

#include <QTemporaryDir>

// Under scripts/test a test's folder (its SQLite history databases, settings and workspace files)
// stays after the test, so the leak check that runs after CTest searches it too; it goes with the
// private test home. Run alone, the folder is removed as usual.
inline void keepForLeakCheck(QTemporaryDir &dir)
{
    if (qEnvironmentVariableIsSet("KEYWAY_KEEP_TEST_FILES"))
        dir.setAutoRemove(false);
}
