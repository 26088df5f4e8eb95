#pragma once

#include <atomic>
#include <memory>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace keyway::ui {

class LargeTextView;

// Find in a body of any size: the text is searched off the UI thread, its matches shown in the
// view as they are found, with progress, Stop (or Escape in the box while it runs), a count and
// Previous / Next.
class SearchBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchBar)

public:
    explicit SearchBar(QWidget *parent = nullptr);

    // The view searched; a search typed earlier runs again over it.
    void setView(LargeTextView *view);
    void search(const QString &text);
    void rerun(); // the view's text changed (it arrived in full)
    void findNext(int step);
    void stop();
    QString status() const;
    void focus();

Q_SIGNALS:
    void done(); // a search went to the end (or had nothing to search)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void run(const QString &text);
    void takeBatch(const std::vector<qint64> &batch, double progress, bool last);
    void showPosition(); // "3 of 12"

    QLineEdit *m_box;
    QLabel *m_status;
    QPushButton *m_stop;
    QPointer<LargeTextView> m_view;
    qsizetype m_matchCount = 0;
    qsizetype m_currentMatch = -1;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace keyway::ui
