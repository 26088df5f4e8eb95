#pragma once

#include <QString>

class QWidget;

namespace keyway::ui {

// Every question the UI asks the user goes through here, so tests can answer without dialogs.
class Prompter
{
public:
    virtual ~Prompter() = default;

    // An empty result means the user cancelled.
    virtual QString chooseFolder(QWidget *parent, const QString &title, const QString &startFolder) = 0;
    // An existing file to read; empty when cancelled.
    virtual QString chooseOpenFile(QWidget *parent, const QString &title) = 0;
    // A file to save to; empty when cancelled.
    virtual QString chooseSaveFile(QWidget *parent, const QString &title, const QString &suggestedName) = 0;
    // A secret typed with hidden echo; empty when cancelled.
    virtual QString askSecret(QWidget *parent, const QString &title, const QString &label) = 0;
    virtual QString askText(
        QWidget *parent, const QString &title, const QString &label, const QString &initial)
        = 0;
    virtual void showError(QWidget *parent, const QString &title, const QString &text) = 0;
    // True when the user chose `acceptLabel`; the safe answer is the default.
    virtual bool confirm(
        QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel)
        = 0;
};

} // namespace keyway::ui
