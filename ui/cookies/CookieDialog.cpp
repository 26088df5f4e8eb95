#include "cookies/CookieDialog.h"

#include "common/ErrorText.h"
#include "common/Prompter.h"
#include "http/CookieJars.h"
#include "model/SecretMask.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace keyway::ui {

namespace {

enum Column { Name, Value, Domain, Path, Expires, Flags, ColumnCount };

} // namespace

CookieDialog::CookieDialog(
    CookieJars &jars, QString workspaceId, QString environment, Prompter &prompter, QWidget *parent)
    : QDialog(parent)
    , m_jars(jars)
    , m_workspaceId(std::move(workspaceId))
    , m_environment(std::move(environment))
    , m_prompter(prompter)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_status(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit Value\u2026"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_clear(new QPushButton(tr("C&lear All"), this))
{
    setWindowTitle(tr("Cookies of %1").arg(m_environment));
    m_table->setObjectName(QStringLiteral("cookieTable"));
    m_table->setAccessibleName(tr("Cookies"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Value"), tr("Domain"), tr("Path"), tr("Expires"), tr("Flags")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setObjectName(QStringLiteral("cookieStatus"));
    m_status->setWordWrap(true);
    auto *note = new QLabel(tr("Cookies the environment's answers set are sent back to its own origins only. "
                               "Their values are kept in the system keychain, never in workspace files or "
                               "the history."),
        this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QPushButton *button : {m_edit, m_delete, m_clear}) {
        button->setAutoDefault(false);
        buttons->addButton(button, QDialogButtonBox::ActionRole);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPushButton::clicked, this, &CookieDialog::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &CookieDialog::deleteSelected);
    connect(m_clear, &QPushButton::clicked, this, &CookieDialog::clearAll);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &CookieDialog::editSelected);
    connect(new QShortcut(QKeySequence::Delete, m_table), &QShortcut::activated, this, &CookieDialog::deleteSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(m_table->currentRow() >= 0);
        m_delete->setEnabled(m_table->currentRow() >= 0);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 360);

    m_status->setText(tr("Reading the cookies from the keychain\u2026"));
    m_jars.load(m_workspaceId, m_environment, this, [this](CookieJar *jar, const QString &problem) {
        m_jar = jar;
        connect(jar, &CookieJar::changed, this, &CookieDialog::showCookies);
        showCookies();
        if (!problem.isEmpty()) {
            m_status->setText(problem);
            showAsError(m_status);
        }
    });
    showCookies();
}

void CookieDialog::showCookies()
{
    const QList<QNetworkCookie> cookies = m_jar ? m_jar->cookies() : QList<QNetworkCookie> {};
    m_table->setRowCount(int(cookies.size()));
    for (int row = 0; row < cookies.size(); ++row) {
        const QNetworkCookie &cookie = cookies.at(row);
        const QString expires = cookie.isSessionCookie()
            ? tr("session")
            : QLocale().toString(cookie.expirationDate().toLocalTime(), QLocale::ShortFormat);
        const QStringList cells {QString::fromUtf8(cookie.name()), SecretMask::mask(QString::fromUtf8(cookie.value())),
            cookie.domain(), cookie.path(), expires, CookieJar::flagsOf(cookie).join(QStringLiteral(", "))};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    const bool any = !cookies.isEmpty();
    m_clear->setEnabled(any);
    m_edit->setEnabled(any && m_table->currentRow() >= 0);
    m_delete->setEnabled(any && m_table->currentRow() >= 0);
    showAsNormal(m_status);
    if (m_jar)
        m_status->setText(any ? tr("%n cookie(s)", nullptr, int(cookies.size()))
                              : tr("No cookies yet: cookies set by answers to %1 appear here.").arg(m_environment));
}

void CookieDialog::editSelected()
{
    const int row = m_table->currentRow();
    if (!m_jar || row < 0 || row >= m_jar->cookies().size())
        return;
    QNetworkCookie cookie = m_jar->cookies().at(row);
    const QString value = m_prompter.askSecret(this, tr("Edit Cookie"),
        tr("New value of %1 for %2; it goes straight into the system keychain:")
            .arg(QString::fromUtf8(cookie.name()), cookie.domain()));
    if (value.isEmpty())
        return;
    cookie.setValue(value.toUtf8());
    m_jar->put(cookie);
    save();
}

void CookieDialog::deleteSelected()
{
    const int row = m_table->currentRow();
    if (!m_jar || row < 0 || row >= m_jar->cookies().size())
        return;
    m_jar->remove(m_jar->cookies().at(row));
    save();
}

void CookieDialog::clearAll()
{
    if (!m_jar || m_jar->isEmpty())
        return;
    const int count = int(m_jar->cookies().size());
    if (!m_prompter.confirm(this, tr("Clear Cookies"),
            tr("Remove the %n cookie(s) of %1? Sessions they hold end here; the server may still know them.",
                nullptr, count)
                .arg(m_environment),
            tr("Clear Cookies")))
        return;
    m_jar->clear();
    save();
}

void CookieDialog::save()
{
    m_jars.save(m_workspaceId, m_environment, this, [this](const QString &problem) {
        if (!problem.isEmpty()) {
            m_status->setText(problem);
            showAsError(m_status);
        }
        Q_EMIT saved();
    });
}

} // namespace keyway::ui
