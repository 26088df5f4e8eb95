#pragma once

#include "view/TextDocument.h"

#include <memory>
#include <QAbstractScrollArea>
#include <vector>

namespace keyway::ui {

// Shows a TextDocument of any size by drawing only the lines on screen; JSON gets colours.
// There is no QTextDocument behind it, so a 100 MB body costs its bytes plus a line index.
class LargeTextView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LargeTextView)

public:
    explicit LargeTextView(QWidget *parent = nullptr);

    void setDocument(std::shared_ptr<const TextDocument> document, bool json);
    const TextDocument *document() const { return m_document.get(); }
    void setMatches(std::vector<qsizetype> matches, qsizetype length);
    // Scrolls to match `index` (0-based) and marks it as the current one.
    void showMatch(qsizetype index);
    qsizetype firstVisibleLine() const;
    // Folding of JSON objects and arrays (click the marker in the margin, or these).
    bool isFoldable(qsizetype line) const;
    void toggleFold(qsizetype line);
    void unfoldAll();
    qsizetype visibleRowCount() const;
    qsizetype lineForRow(qsizetype row) const;
    qsizetype rowForLine(qsizetype line) const;

    // Context-menu actions of JSON documents; the clipboard gets the text when it is ready.
    void copyJsonValue(qsizetype line);
    void copyJsonPath(qsizetype line);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void updateScrollBars();
    void drawLine(QPainter &painter, const QByteArray &line, qsizetype lineStart, int y) const;
    int lineHeight() const;
    int charWidth() const;

    std::shared_ptr<const TextDocument> m_document;
    bool m_json = false;
    qsizetype closingLine(qsizetype line) const;
    void revealLine(qsizetype line);
    int margin() const;

    std::map<qsizetype, qsizetype> m_folds; // first line → last line hidden under it (outermost only)
    std::vector<qsizetype> m_matches;
    qsizetype m_matchLength = 0;
    qsizetype m_current = -1;
};

} // namespace keyway::ui
