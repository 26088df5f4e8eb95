#pragma once

#include "view/IndexedText.h"
#include "view/PrettyJsonLines.h"

#include <memory>
#include <QAbstractScrollArea>
#include <vector>

namespace keyway::ui {

// Shows an IndexedText of any size by drawing only the lines on screen; JSON gets colours, and
// indented JSON folds. There is no QTextDocument behind it: a body costs its small line index, and
// the text may still be growing (refresh() when more is indexed).
class LargeTextView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LargeTextView)

public:
    explicit LargeTextView(QWidget *parent = nullptr);

    void setDocument(std::shared_ptr<const IndexedText> document, bool json);
    const IndexedText *document() const { return m_document.get(); }
    std::shared_ptr<const IndexedText> sharedDocument() const { return m_document; }
    // More of the document is indexed: the scroll range grows; the position stays, or follows the
    // end when it was there.
    void refresh();
    void setMatches(std::vector<qint64> matches, qsizetype length);
    void addMatches(const std::vector<qint64> &matches);
    qsizetype matchCount() const { return qsizetype(m_matches.size()); }
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

Q_SIGNALS:
    void saveRequested(); // Save Body to File… in the context menu

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void updateScrollBars();
    void drawLine(QPainter &painter, const QByteArray &line, qint64 lineStart, int y) const;
    int lineHeight() const;
    int charWidth() const;

    std::shared_ptr<const IndexedText> m_document;
    std::shared_ptr<const PrettyJsonLines> m_jsonLines; // set when the document folds
    bool m_json = false;
    qsizetype closingLine(qsizetype line) const;
    void revealLine(qsizetype line);
    int margin() const;

    std::map<qsizetype, qsizetype> m_folds; // first line → last line hidden under it (outermost only)
    std::vector<qint64> m_matches;
    qsizetype m_matchLength = 0;
    qsizetype m_current = -1;
};

} // namespace keyway::ui
