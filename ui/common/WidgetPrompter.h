#pragma once

#include "common/Prompter.h"

namespace keyway::ui {

// Prompter with the real Qt dialogs.
class WidgetPrompter final : public Prompter
{
public:
    QString chooseFolder(QWidget *parent, const QString &title, const QString &startFolder) override;
    QString chooseOpenFile(QWidget *parent, const QString &title) override;
    QString chooseSaveFile(QWidget *parent, const QString &title, const QString &suggestedName) override;
    QString askSecret(QWidget *parent, const QString &title, const QString &label) override;
    QString askText(
        QWidget *parent, const QString &title, const QString &label, const QString &initial) override;
    void showError(QWidget *parent, const QString &title, const QString &text) override;
    bool confirm(
        QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel) override;
};

} // namespace keyway::ui
