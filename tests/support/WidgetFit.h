#pragma once

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringList>
#include <QTabBar>
#include <QToolBar>
#include <QToolButton>
#include <QWidget>

// Finds what a user sees in five minutes: a widget placed by hand outside any layout (it floats over
// its neighbours), text wider or taller than the room it was given (it is cut off), and a label
// whose mnemonic has no buddy (its '&' shows). Only our own
// placements are judged: Qt's containers place their children themselves.
namespace widgetfit {

inline bool inLayout(const QLayout *layout, const QWidget *widget)
{
    if (!layout)
        return false;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == widget)
            return true;
        if (item->layout() && inLayout(item->layout(), widget))
            return true;
    }
    return false;
}

inline QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    else if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        text = combo->currentText();
    else if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        text = edit->text().isEmpty() ? edit->placeholderText() : edit->text();
    return QStringLiteral("%1 '%2' \"%3\" in %4")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text.left(60),
            widget->parentWidget() ? QString::fromLatin1(widget->parentWidget()->metaObject()->className())
                                   : QString());
}

// Containers that place their children without a QLayout of ours.
inline bool placedByQt(const QWidget *parent)
{
    return qobject_cast<const QMainWindow *>(parent) || qobject_cast<const QSplitter *>(parent)
        || qobject_cast<const QStackedWidget *>(parent) || qobject_cast<const QTabBar *>(parent)
        || qobject_cast<const QToolBar *>(parent) || qobject_cast<const QAbstractScrollArea *>(parent)
        || (parent->parentWidget() && qobject_cast<const QAbstractScrollArea *>(parent->parentWidget()))
        || QByteArray(parent->metaObject()->className()).startsWith("QComboBox")
        || QByteArray(parent->metaObject()->className()).startsWith("QLineEdit")
        || QByteArray(parent->metaObject()->className()).startsWith("QAbstractSpinBox")
        || QByteArray(parent->metaObject()->className()).contains("SpinBox")
        || QByteArray(parent->metaObject()->className()).startsWith("QWizard")
        || QByteArray(parent->metaObject()->className()).startsWith("QDialogButtonBox")
        || parent->layout() == nullptr;
}

// The width `widget` needs to show all its text: an empty field's placeholder, or its size hint.
inline int wantedWidth(const QWidget *widget)
{
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget); edit && edit->text().isEmpty()) {
        const QMargins margins = edit->textMargins();
        return edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + margins.left() + margins.right() + 10;
    }
    return widget->sizeHint().width();
}

inline bool isClipped(const QWidget *widget)
{
    if (const auto *combo = qobject_cast<const QComboBox *>(widget); combo && !combo->isEditable()) {
        // Room for the shown text, its icon, the frame and the arrow.
        const int icon = combo->itemIcon(combo->currentIndex()).isNull() ? 0 : combo->iconSize().width() + 4;
        return combo->fontMetrics().horizontalAdvance(combo->currentText()) + icon + 28 > combo->width();
    }
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget)) {
        // An empty field shows its placeholder, which says what it is for: cut, it says less.
        if (!edit->text().isEmpty() || edit->placeholderText().isEmpty())
            return false;
        return wantedWidth(edit) > edit->width();
    }
    const auto *label = qobject_cast<const QLabel *>(widget);
    if (label && label->text().isEmpty())
        return false;
    if (label && label->wordWrap())
        return label->heightForWidth(label->width()) > label->height() + 1;
    const bool judged = label || qobject_cast<const QPushButton *>(widget)
        || qobject_cast<const QCheckBox *>(widget)
        || (qobject_cast<const QToolButton *>(widget)
            && !qobject_cast<const QTabBar *>(widget->parentWidget()));
    if (!judged)
        return false;
    // Text is cut when the widget is narrower than what it asks for to show all of it.
    return widget->width() + 1 < widget->sizeHint().width()
        || widget->height() + 1 < widget->minimumSizeHint().height();
}

// Every visible widget under `root` (itself included) that floats outside a layout or cuts its text.
inline QStringList problems(const QWidget *root)
{
    QStringList found;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->isWindow())
            continue;
        const QWidget *parent = widget->parentWidget();
        const auto *label = qobject_cast<const QLabel *>(widget);
        if (parent && !placedByQt(parent) && !inLayout(parent->layout(), widget))
            found << QStringLiteral("outside a layout: ") + describe(widget);
        else if (label && !label->buddy() && label->textFormat() != Qt::RichText
            && QString(label->text()).remove(QStringLiteral("&&")).contains(QLatin1Char('&'))
            && !Qt::mightBeRichText(label->text()))
            found << QStringLiteral("shows its '&' (a mnemonic without a buddy): ") + describe(widget);
        else if (isClipped(widget))
            found << QStringLiteral("text cut off (%1 wide, needs %2): ")
                         .arg(widget->width())
                         .arg(wantedWidth(widget))
                    + describe(widget);
    }
    return found;
}

} // namespace widgetfit
