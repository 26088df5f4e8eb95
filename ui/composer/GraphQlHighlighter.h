#pragma once

#include <QSyntaxHighlighter>

namespace keyway::ui {

// Colours a GraphQL document as GraphQlDocument reads it: keywords, variables, directives, strings,
// numbers and comments, in tones that read on the editor's background, light or dark.
class GraphQlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphQlHighlighter)

public:
    explicit GraphQlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace keyway::ui
