#pragma once

#include <QLineEdit>
#include <QStringList>

class QCompleter;
class QStringListModel;

namespace keyway::ui {

// A line edit for templates: {{known}} variables are tinted, {{unknown}} ones underlined in red
// with a tooltip naming them, and typing "{{" offers the known names.
class TemplateLineEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateLineEdit)

public:
    explicit TemplateLineEdit(QWidget *parent = nullptr);

    void setKnownNames(const QStringList &names);
    QStringList unknownNames() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateHighlight();
    void insertCompletion(const QString &name);

    QStringList m_known;
    QStringListModel *m_names;
    QCompleter *m_completer;
};

} // namespace keyway::ui
