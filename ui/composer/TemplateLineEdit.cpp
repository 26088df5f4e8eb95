#include "composer/TemplateLineEdit.h"

#include "common/CompletionEscapeGuard.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QStringListModel>
#include <QTextCharFormat>

namespace keyway::ui {

namespace {

const QRegularExpression &referencePattern()
{
    static const QRegularExpression pattern(QStringLiteral("(?<!\\\\)\\{\\{\\s*([^{}]*?)\\s*\\}\\}"));
    return pattern;
}

} // namespace

TemplateLineEdit::TemplateLineEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_names(new QStringListModel(this))
    , m_completer(new QCompleter(m_names, this))
{
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    CompletionEscapeGuard::install(m_completer);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
        &TemplateLineEdit::insertCompletion);
    connect(this, &QLineEdit::textChanged, this, &TemplateLineEdit::updateHighlight);
}

void TemplateLineEdit::setKnownNames(const QStringList &names)
{
    m_known = names;
    m_names->setStringList(names);
    updateHighlight();
}

QStringList TemplateLineEdit::unknownNames() const
{
    QStringList unknown;
    auto matches = referencePattern().globalMatch(text());
    while (matches.hasNext()) {
        const QString name = matches.next().captured(1);
        if (!m_known.contains(name) && !unknown.contains(name))
            unknown.append(name);
    }
    return unknown;
}

void TemplateLineEdit::updateHighlight()
{
    // QLineEdit has no rich text; input-method formatting attributes colour parts of it instead.
    QList<QInputMethodEvent::Attribute> attributes;
    auto matches = referencePattern().globalMatch(text());
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        QTextCharFormat format;
        if (m_known.contains(match.captured(1))) {
            format.setForeground(palette().color(QPalette::Link)); // readable in light and dark
        } else {
            format.setForeground(QColor(QStringLiteral("#b3261e")));
            format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            format.setUnderlineColor(QColor(QStringLiteral("#b3261e")));
        }
        attributes.append({QInputMethodEvent::TextFormat, int(match.capturedStart() - cursorPosition()),
            int(match.capturedLength()), format});
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(this, &event);
    const QStringList unknown = unknownNames();
    setToolTip(unknown.isEmpty()
            ? QString()
            : tr("Not defined in this environment: %1").arg(unknown.join(QStringLiteral(", "))));
}

void TemplateLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()
        && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter
            || event->key() == Qt::Key_Escape)) {
        event->ignore(); // the completer handles these
        return;
    }
    QLineEdit::keyPressEvent(event);
    const QString before = text().left(cursorPosition());
    const qsizetype open = before.lastIndexOf(QLatin1String("{{"));
    if (open >= 0 && !before.mid(open).contains(QLatin1String("}}"))) {
        m_completer->setCompletionPrefix(before.mid(open + 2).trimmed());
        m_completer->complete();
    } else {
        m_completer->popup()->hide();
    }
}

void TemplateLineEdit::insertCompletion(const QString &name)
{
    const QString before = text().left(cursorPosition());
    const qsizetype open = before.lastIndexOf(QLatin1String("{{"));
    if (open < 0)
        return;
    const QString after = text().mid(cursorPosition());
    setText(before.left(open) + QStringLiteral("{{") + name + QStringLiteral("}}") + after);
    setCursorPosition(int(open + name.size() + 4));
}

} // namespace keyway::ui
