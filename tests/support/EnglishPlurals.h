#pragma once

#include <QCoreApplication>
#include <QTranslator>

// The English plural forms, as the window and keyway-cli load them ("1 request", "2 requests",
// not "1 request(s)"); false when the catalog is not built.
inline bool installEnglishPlurals(QTranslator &translator)
{
    return translator.load(QStringLiteral("keyway_en"), QStringLiteral(KEYWAY_QM_DIR))
        && QCoreApplication::installTranslator(&translator);
}
