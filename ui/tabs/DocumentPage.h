#pragma once

#include <QIcon>
#include <QWidget>

class QUndoStack;

namespace keyway::ui {

// What a tab of the work area shows: a request or an environment. The tabs ask it for its title,
// whether it has unsaved changes, and a key that finds it again (and brings it back on the next
// start); the page says when any of these change.
class DocumentPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentPage)

public:
    using QWidget::QWidget;

    // "request:<folder/name>" or "environment:<name>"; empty for a request never saved.
    virtual QString documentKey() const = 0;
    virtual QString title() const = 0;
    virtual bool isModified() const = 0;
    // Its own undo history, when it has one; Edit → Undo follows the tab in front.
    virtual QUndoStack *undoStack() const { return nullptr; }
    // Shown before the title in its tab (an environment's kind colour); none by default.
    virtual QIcon tabIcon() const { return {}; }

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void titleChanged();
};

} // namespace keyway::ui
