#include "common/WidgetPrompter.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace keyway::ui {

QString WidgetPrompter::chooseFolder(QWidget *parent, const QString &title, const QString &startFolder)
{
    return QFileDialog::getExistingDirectory(parent, title, startFolder);
}

QString WidgetPrompter::chooseOpenFile(QWidget *parent, const QString &title)
{
    return QFileDialog::getOpenFileName(parent, title, QDir::homePath());
}

QString WidgetPrompter::chooseSaveFile(QWidget *parent, const QString &title, const QString &suggestedName)
{
    return QFileDialog::getSaveFileName(parent, title, QDir::home().filePath(suggestedName));
}

QString WidgetPrompter::askSecret(QWidget *parent, const QString &title, const QString &label)
{
    bool accepted = false;
    const QString text
        = QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), &accepted);
    return accepted ? text : QString();
}

QString WidgetPrompter::askText(
    QWidget *parent, const QString &title, const QString &label, const QString &initial)
{
    bool accepted = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &accepted);
    return accepted ? text : QString();
}

void WidgetPrompter::showError(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

} // namespace keyway::ui

namespace keyway::ui {

bool WidgetPrompter::confirm(
    QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace keyway::ui
