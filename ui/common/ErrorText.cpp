#include "common/ErrorText.h"

#include <QApplication>
#include <QColor>
#include <QEvent>
#include <QPalette>
#include <QWidget>

namespace keyway::ui {

namespace {

QString errorSheet(const QWidget *widget)
{
    // The background it is drawn on: its parent's (its own palette is the style sheet's).
    const QPalette palette
        = widget->parentWidget() ? widget->parentWidget()->palette() : QApplication::palette();
    return QStringLiteral("color: %1;").arg(errorColor(palette).name());
}

// Picks the red again when the colours change (Settings → Appearance, or the desktop's theme), so
// an error shown before the switch stays readable after it.
class ErrorColour final : public QObject
{
public:
    static constexpr const char *Name = "keywayErrorColour";

    explicit ErrorColour(QWidget *widget)
        : QObject(widget)
        , m_widget(widget)
    {
        setObjectName(QLatin1String(Name));
        // The parent too: a label coloured by a style sheet may not hear of a new palette itself.
        // (Qt drops a filter that is destroyed from the objects it watched.)
        widget->installEventFilter(this);
        if (widget->parentWidget())
            widget->parentWidget()->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // A hidden widget misses some of these, so it looks again when it is shown.
        const QEvent::Type type = event->type();
        if (type == QEvent::PaletteChange || type == QEvent::ApplicationPaletteChange
            || type == QEvent::StyleChange || type == QEvent::Show) {
            Q_UNUSED(watched)
            if (const QString sheet = errorSheet(m_widget); m_widget->styleSheet() != sheet)
                m_widget->setStyleSheet(sheet);
        }
        return false;
    }

private:
    QWidget *m_widget;
};

// Found by name: without Q_OBJECT, findChild<ErrorColour *> would match any child object.
QObject *followerOf(QWidget *widget)
{
    return widget->findChild<QObject *>(QLatin1String(ErrorColour::Name), Qt::FindDirectChildrenOnly);
}

} // namespace

QColor errorColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

void showAsError(QWidget *widget)
{
    widget->setStyleSheet(errorSheet(widget));
    if (!followerOf(widget))
        new ErrorColour(widget);
}

void showAsNormal(QWidget *widget)
{
    delete followerOf(widget);
    widget->setStyleSheet(QString());
}

} // namespace keyway::ui
