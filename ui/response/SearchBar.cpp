#include "response/SearchBar.h"

#include "response/LargeTextView.h"
#include "view/TextSearch.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QThreadPool>

namespace keyway::ui {

SearchBar::SearchBar(QWidget *parent)
    : QWidget(parent)
    , m_box(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_stop(new QPushButton(tr("Stop"), this))
{
    m_box->setObjectName(QStringLiteral("responseSearch"));
    m_box->setAccessibleName(tr("Find in response body"));
    m_box->setPlaceholderText(tr("Find in body (Ctrl+F)"));
    m_box->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_stop->setObjectName(QStringLiteral("stopSearch"));
    m_stop->setToolTip(tr("Stop searching; the matches found so far stay"));
    m_stop->hide();
    auto *previous = new QPushButton(tr("Previous"), this);
    auto *next = new QPushButton(tr("Next"), this);
    previous->setShortcut(QKeySequence::FindPrevious);
    next->setShortcut(QKeySequence::FindNext);
    m_box->installEventFilter(this);
    connect(m_box, &QLineEdit::returnPressed, this, [this] { findNext(1); });
    connect(m_box, &QLineEdit::textChanged, this, &SearchBar::run);
    connect(m_stop, &QPushButton::clicked, this, &SearchBar::stop);
    connect(previous, &QPushButton::clicked, this, [this] { findNext(-1); });
    connect(next, &QPushButton::clicked, this, [this] { findNext(1); });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_stop);
    layout->addWidget(previous);
    layout->addWidget(next);
}

bool SearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_box || (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress))
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    // While a search runs, Escape in the box stops it; otherwise it is the window's (Cancel).
    if (key->key() == Qt::Key_Escape && !m_stop->isHidden()) {
        event->accept();
        if (event->type() == QEvent::KeyPress)
            stop();
        return true;
    }
    // Shift+Enter goes back, as Enter goes on.
    if (event->type() == QEvent::KeyPress && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
        && key->modifiers().testFlag(Qt::ShiftModifier)) {
        findNext(-1);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SearchBar::setView(LargeTextView *view)
{
    if (m_view == view)
        return;
    if (m_view)
        m_view->setMatches({}, 0);
    m_view = view;
    rerun();
}

void SearchBar::focus()
{
    m_box->setFocus(Qt::ShortcutFocusReason);
    m_box->selectAll();
}

void SearchBar::search(const QString &text)
{
    if (m_box->text() == text)
        run(text);
    else
        m_box->setText(text); // textChanged runs the search
}

void SearchBar::rerun()
{
    run(m_box->text());
}

void SearchBar::stop()
{
    if (m_cancel)
        m_cancel->store(true);
    m_stop->hide();
    m_status->setText(m_matchCount == 0 ? tr("stopped, no matches")
                                        : tr("stopped, %n match(es) so far", nullptr, int(m_matchCount)));
}

void SearchBar::run(const QString &text)
{
    if (m_cancel)
        m_cancel->store(true); // the previous search is obsolete
    m_matchCount = 0;
    m_currentMatch = -1;
    m_stop->hide();
    if (m_view)
        m_view->setMatches({}, 0);
    if (!m_view || !m_view->document() || text.isEmpty()) {
        m_status->clear();
        Q_EMIT done();
        return;
    }
    m_status->setText(tr("searching\u2026"));
    m_stop->show();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const QByteArray needle = text.toUtf8();
    m_view->setMatches({}, needle.size());
    // Read off the UI thread; the matches come back in batches, the first one shown at once.
    QPointer<SearchBar> self(this);
    auto hand = [self, cancel](std::vector<qint64> batch, double done, bool last) {
        QMetaObject::invokeMethod(
            qApp,
            [self, cancel, batch = std::move(batch), done, last] {
                if (self && !cancel->load())
                    self->takeBatch(batch, done, last);
            },
            Qt::QueuedConnection);
    };
    QThreadPool::globalInstance()->start([document = m_view->sharedDocument(), cancel, needle, hand] {
        TextSearch::Progress progress;
        progress.cancel = cancel.get();
        progress.found = [&hand](std::vector<qint64> batch, double done) { hand(std::move(batch), done, false); };
        TextSearch::run(*document, needle, progress);
        hand({}, 1.0, true);
    });
}

void SearchBar::takeBatch(const std::vector<qint64> &batch, double progress, bool last)
{
    if (!m_view)
        return;
    m_view->addMatches(batch);
    m_matchCount = m_view->matchCount();
    if (m_currentMatch < 0 && m_matchCount > 0)
        findNext(1);
    if (!last) {
        m_status->setText(tr("searching\u2026 %1% \u00b7 %n match(es)", nullptr, int(m_matchCount)).arg(int(progress * 100)));
        return;
    }
    m_stop->hide();
    if (m_matchCount == 0)
        m_status->setText(tr("no matches"));
    else
        showPosition();
    Q_EMIT done();
}

void SearchBar::showPosition()
{
    // A search that stopped at MaxMatches says so wherever the user steps.
    m_status->setText(m_matchCount >= TextSearch::MaxMatches
            ? tr("%1 of the first %2 matches")
                  .arg(m_currentMatch + 1)
                  .arg(QLocale().toString(qlonglong(TextSearch::MaxMatches)))
            : tr("%1 of %2").arg(m_currentMatch + 1).arg(m_matchCount));
}

void SearchBar::findNext(int step)
{
    if (m_matchCount == 0 || !m_view)
        return;
    m_currentMatch = (m_currentMatch + step + m_matchCount) % m_matchCount;
    m_view->showMatch(m_currentMatch);
    showPosition();
}

QString SearchBar::status() const
{
    return m_status->text();
}

} // namespace keyway::ui
