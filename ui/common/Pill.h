#pragma once

#include <optional>
#include <QColor>
#include <QLabel>

namespace keyway::ui {

// A rounded label: the auth chip (outlined, in the palette's colours) and the response's status
// (filled with a status colour, its text black or white, whichever reads better). Painted by hand
// rather than with a style sheet, so it follows a palette changed while the window is open.
class Pill final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pill)

public:
    explicit Pill(QWidget *parent = nullptr);

    // No fill: an outline in the palette's mid colour, text in the window text colour.
    void setFill(std::optional<QColor> fill);
    std::optional<QColor> fill() const { return m_fill; }
    QColor textColor() const;

    // Black or white, whichever has the higher contrast on the background (WCAG luminance).
    static QColor readableOn(const QColor &background);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<QColor> m_fill;
};

} // namespace keyway::ui
