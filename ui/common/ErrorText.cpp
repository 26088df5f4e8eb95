#include "common/ErrorText.h"

#include <QEvent>
#include <QPalette>
#include <QWidget>

namespace keyway::ui {

namespace {

QString errorSheet(const QWidget *widget)
{
    const bool dark = widget->palette().color(QPalette::Window).lightness() < 128;
    return dark ? QStringLiteral("color: #ff8a80;") : QStringLiteral("color: #b00020;");
}

// Picks the red again when the colours change (Settings → Appearance, or the desktop's theme), so
// an error shown before the switch stays readable after it.
class ErrorColour final : public QObject
{
public:
    static constexpr const char *Name = "keywayErrorColour";

    explicit ErrorColour(QWidget *widget)
        : QObject(widget)
    {
        setObjectName(QLatin1String(Name));
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
            auto *widget = static_cast<QWidget *>(watched);
            if (const QString sheet = errorSheet(widget); widget->styleSheet() != sheet)
                widget->setStyleSheet(sheet);
        }
        return false;
    }
};

// Found by name: without Q_OBJECT, findChild<ErrorColour *> would match any child object.
QObject *followerOf(QWidget *widget)
{
    return widget->findChild<QObject *>(QLatin1String(ErrorColour::Name), Qt::FindDirectChildrenOnly);
}

} // namespace

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
