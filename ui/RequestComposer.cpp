#include "RequestComposer.h"

#include "HeaderTableModel.h"
#include "TemplateLineEdit.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace keyway::ui {

RequestComposer::RequestComposer(QWidget *parent)
    : QWidget(parent)
    , m_method(new QComboBox(this))
    , m_url(new TemplateLineEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_headers(new HeaderTableModel(this))
    , m_headersView(new QTableView(this))
    , m_body(new QPlainTextEdit(this))
    , m_bodyStatus(new QLabel(this))
{
    m_method->addItems(
        {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
            QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS")});
    m_method->setObjectName(QStringLiteral("method"));
    m_method->setAccessibleName(tr("Method"));
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(tr("/path under the base URL, or a full URL; {{variables}} allowed"));
    m_url->setAccessibleName(tr("URL"));

    auto *line = new QHBoxLayout;
    line->addWidget(m_method);
    line->addWidget(m_url, 1);
    m_tabs->addTab(createHeadersPage(), tr("&Headers"));
    m_tabs->addTab(createBodyPage(), tr("&Body"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(line);
    layout->addWidget(m_tabs, 1);

    connect(m_method, &QComboBox::currentTextChanged, this, &RequestComposer::changed);
    connect(m_url, &QLineEdit::textChanged, this, &RequestComposer::changed);
    connect(m_headers, &QAbstractItemModel::dataChanged, this, &RequestComposer::changed);
    connect(m_headers, &QAbstractItemModel::rowsInserted, this, &RequestComposer::changed);
    connect(m_headers, &QAbstractItemModel::rowsRemoved, this, &RequestComposer::changed);
    connect(m_body, &QPlainTextEdit::textChanged, this, &RequestComposer::validateBody);
    connect(m_body, &QPlainTextEdit::textChanged, this, &RequestComposer::changed);
}

QWidget *RequestComposer::createHeadersPage()
{
    auto *page = new QWidget(this);
    m_headersView->setObjectName(QStringLiteral("headers"));
    m_headersView->setModel(m_headers);
    m_headersView->horizontalHeader()->setStretchLastSection(true);
    m_headersView->verticalHeader()->hide();
    m_headersView->verticalHeader()->setDefaultSectionSize(m_headersView->fontMetrics().height() + 8);
    auto *add = new QPushButton(tr("Add Header"), page);
    auto *remove = new QPushButton(tr("Remove"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        m_headers->addField();
        m_headersView->edit(m_headers->index(m_headers->rowCount() - 1, HeaderTableModel::NameColumn));
    });
    connect(remove, &QPushButton::clicked, this,
        [this] { m_headers->removeField(m_headersView->currentIndex().row()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_headersView);
    layout->addLayout(buttons);
    return page;
}

QWidget *RequestComposer::createBodyPage()
{
    auto *page = new QWidget(this);
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setPlaceholderText(tr("Request body; JSON is checked as you type"));
    m_bodyStatus->setObjectName(QStringLiteral("bodyStatus"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_body);
    layout->addWidget(m_bodyStatus);
    return page;
}

void RequestComposer::validateBody()
{
    const QByteArray text = m_body->toPlainText().toUtf8();
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty() || !(trimmed.startsWith('{') || trimmed.startsWith('['))) {
        m_bodyStatus->clear();
        return;
    }
    QJsonParseError error;
    QJsonDocument::fromJson(text, &error);
    if (error.error == QJsonParseError::NoError) {
        m_bodyStatus->setText(tr("Valid JSON"));
        return;
    }
    const QByteArray before = text.left(error.offset);
    m_bodyStatus->setText(tr("Invalid JSON at line %1, column %2: %3")
                              .arg(before.count('\n') + 1)
                              .arg(error.offset - before.lastIndexOf('\n'))
                              .arg(error.errorString()));
}

RequestSpec RequestComposer::spec() const
{
    RequestSpec spec = m_loaded;
    spec.method = m_method->currentText();
    spec.url = m_url->text().trimmed();
    spec.headers.clear();
    for (const HeaderField &field : m_headers->fields()) {
        if (!field.name.isEmpty())
            spec.headers.append(field);
    }
    spec.body = m_body->toPlainText();
    return spec;
}

void RequestComposer::setSpec(const RequestSpec &spec)
{
    m_loaded = spec;
    m_method->setCurrentText(spec.method);
    m_url->setText(spec.url);
    m_headers->setFields(spec.headers);
    m_body->setPlainText(spec.body);
    validateBody();
    Q_EMIT changed();
}

void RequestComposer::setKnownVariables(const QStringList &names)
{
    m_url->setKnownNames(names);
}

} // namespace keyway::ui
