#pragma once

#include "common/Prompter.h"

#include <QStringList>

// Answers the UI's questions from a script instead of showing dialogs, and remembers them.
class ScriptedPrompter final : public keyway::ui::Prompter
{
public:
    QString folder;
    QString text;
    bool confirmAnswer = true;
    QList<bool> confirmAnswers; // answered first, in order; then confirmAnswer
    QStringList errors;
    QStringList confirmations;

    QString saveFile;
    QString chooseFolder(QWidget *, const QString &, const QString &) override { return folder; }
    QString openFile;
    QString chooseOpenFile(QWidget *, const QString &) override { return openFile; }
    QString chooseSaveFile(QWidget *, const QString &, const QString &) override { return saveFile; }
    QString secret;
    QString askSecret(QWidget *, const QString &, const QString &) override { return secret; }
    QString askText(QWidget *, const QString &, const QString &, const QString &) override { return text; }
    void showError(QWidget *, const QString &, const QString &message) override { errors.append(message); }
    bool confirm(QWidget *, const QString &title, const QString &, const QString &) override
    {
        confirmations.append(title);
        return confirmAnswers.isEmpty() ? confirmAnswer : confirmAnswers.takeFirst();
    }
};
