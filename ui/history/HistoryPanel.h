#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeView;

namespace keyway {
class HistoryStore;
struct HistoryEntry;
} // namespace keyway

namespace keyway::ui {

class HistoryModel;
class Prompter;

// Searchable history of sent requests; activating an entry reopens it.
class HistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    static constexpr int WideEnoughForEnvironment = 420;

    HistoryPanel(HistoryStore &store, Prompter &prompter, QWidget *parent = nullptr);

    void reload();
    // "Export as HAR…": the entries matching the search, as an HTTP Archive.
    void exportShown();
    HistoryModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }

Q_SIGNALS:
    void reopenRequested(const keyway::HistoryEntry &entry);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void clearHistory();

    HistoryStore &m_store;
    Prompter &m_prompter;
    QLineEdit *m_search;
    QTreeView *m_view;
    QLabel *m_notice;
    HistoryModel *m_model;
};

} // namespace keyway::ui
