#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QUrl>

namespace keyway {

// Opens a URL in the user's browser; an interface so tests and the GUI can supply their own.
class BrowserLauncher
{
public:
    virtual ~BrowserLauncher() = default;
    virtual Status open(const QUrl &url) = 0;
};

// $BROWSER when set (split like a shell would, the URL appended), otherwise xdg-open.
class SystemBrowserLauncher final : public BrowserLauncher
{
    Q_DECLARE_TR_FUNCTIONS(SystemBrowserLauncher)

public:
    Status open(const QUrl &url) override;
};

} // namespace keyway
