#include "composer/RequestComposer.h"

#include "common/Prompter.h"
#include "composer/ChecksEditor.h"
#include "composer/GraphQlEditor.h"
#include "composer/HeaderTableModel.h"
#include "composer/MultipartEditor.h"
#include "composer/TemplateLineEdit.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace keyway::ui {

namespace {

// Ctrl+Z / Ctrl+Shift+Z for a table while it (or its editor) has focus.
void addUndoShortcuts(QWidget *view, QUndoStack *stack)
{
    QAction *undo = stack->createUndoAction(view);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = stack->createRedoAction(view);
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addActions({undo, redo});
}

// A hint above a page; it wraps, so it never holds the composer wider than the user wants it.
QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

RequestComposer::RequestComposer(QWidget *parent)
    : QWidget(parent)
    , m_method(new QComboBox(this))
    , m_url(new TemplateLineEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_tabs(new QTabWidget(this))
    , m_headers(new HeaderTableModel(this))
    , m_headersView(new QTableView(this))
    , m_body(new QPlainTextEdit(this))
    , m_bodyStatus(new QLabel(this))
    , m_params(new HeaderTableModel(this))
    , m_auth(new QComboBox(this))
    , m_bodyMode(new QComboBox(this))
    , m_form(new HeaderTableModel(this))
    , m_bodyFile(new QLineEdit(this))
    , m_multipart(new MultipartEditor(this))
    , m_graphql(new GraphQlEditor(this))
    , m_authHeaders(new HeaderTableModel(this))
    , m_checks(new ChecksEditor(this))
{
    m_method->addItems(
        {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
            QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS")});
    m_method->setObjectName(QStringLiteral("method"));
    m_method->setAccessibleName(tr("Method"));
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(tr("/path or full URL; {{variables}} allowed"));
    m_url->setAccessibleName(tr("URL"));

    m_send->setObjectName(QStringLiteral("send"));
    m_send->setAccessibleName(tr("Send the request"));
    m_send->setToolTip(tr("Send the request (Ctrl+Enter)"));
    m_send->setDefault(true); // the default-button look: the one obvious action
    m_send->setAutoDefault(false);
    m_send->setMinimumWidth(m_send->fontMetrics().horizontalAdvance(tr("Cancel")) + 48);
    connect(m_url, &QLineEdit::returnPressed, this, &RequestComposer::sendRequested);

    auto *line = new QHBoxLayout;
    line->addWidget(m_method);
    line->addWidget(m_url, 1);
    line->addWidget(m_send);
    // In the order of the Page enum.
    m_tabs->addTab(createParamsPage(), tr("&Params"));
    m_tabs->addTab(createHeadersPage(), tr("&Headers"));
    m_tabs->addTab(createBodyPage(), tr("&Body"));
    m_tabs->addTab(createAuthPage(), tr("&Auth"));
    m_tabs->addTab(m_checks, tr("&Checks"));
    m_tabs->setObjectName(QStringLiteral("composerTabs"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(line);
    layout->addWidget(m_tabs, 1);

    connect(m_method, &QComboBox::currentTextChanged, this, &RequestComposer::changed);
    connect(m_url, &QLineEdit::textChanged, this, &RequestComposer::changed);
    connect(m_url, &QLineEdit::textChanged, this, &RequestComposer::paramsFromUrl);
    connect(m_params, &QAbstractItemModel::dataChanged, this, &RequestComposer::urlFromParams);
    connect(m_params, &QAbstractItemModel::rowsRemoved, this, &RequestComposer::urlFromParams);
    connect(m_params, &HeaderTableModel::replaced, this, &RequestComposer::urlFromParams);
    connect(m_headers, &HeaderTableModel::replaced, this, &RequestComposer::changed);
    connect(m_form, &HeaderTableModel::replaced, this, &RequestComposer::changed);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &RequestComposer::changed);
    connect(m_headers, &QAbstractItemModel::dataChanged, this, &RequestComposer::changed);
    connect(m_headers, &QAbstractItemModel::rowsInserted, this, &RequestComposer::changed);
    connect(m_headers, &QAbstractItemModel::rowsRemoved, this, &RequestComposer::changed);
    connect(m_body, &QPlainTextEdit::textChanged, this, &RequestComposer::validateBody);
    connect(m_body, &QPlainTextEdit::textChanged, this, &RequestComposer::changed);
    connect(m_checks, &ChecksEditor::edited, this, &RequestComposer::changed);
}

QWidget *RequestComposer::createParamsPage()
{
    auto *page = new QWidget(this);
    auto *view = new QTableView(page);
    view->setObjectName(QStringLiteral("params"));
    view->setAccessibleName(tr("Query parameters"));
    view->setModel(m_params);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    addUndoShortcuts(view, m_params->undoStack());
    auto *add = new QPushButton(tr("Add Parameter"), page);
    auto *remove = new QPushButton(tr("Remove"), page);
    connect(add, &QPushButton::clicked, this, [this, view] {
        m_params->addField();
        view->edit(m_params->index(m_params->rowCount() - 1, HeaderTableModel::NameColumn));
    });
    connect(remove, &QPushButton::clicked, this,
        [this, view] { m_params->removeField(view->currentIndex().row()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hintLabel(tr("Query parameters of the URL; {{variables}} allowed."), page));
    layout->addWidget(view);
    layout->addLayout(buttons);
    return page;
}

QWidget *RequestComposer::createAuthPage()
{
    auto *page = new QWidget(this);
    m_auth->setObjectName(QStringLiteral("requestAuth"));
    m_auth->setAccessibleName(tr("Authentication of this request"));
    m_auth->addItem(tr("Inherit from the environment"));
    m_auth->addItem(tr("No authentication for this request"));
    m_auth->addItem(tr("Headers for this request instead"));
    auto *view = new QTableView(page);
    view->setObjectName(QStringLiteral("authHeaders"));
    view->setAccessibleName(tr("Authentication headers of this request"));
    view->setModel(m_authHeaders);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    addUndoShortcuts(view, m_authHeaders->undoStack());
    auto *add = new QPushButton(tr("Add Header"), page);
    connect(add, &QPushButton::clicked, this, [this, view] {
        m_authHeaders->addField();
        view->edit(m_authHeaders->index(m_authHeaders->rowCount() - 1, HeaderTableModel::NameColumn));
    });
    auto *custom = new QWidget(page);
    auto *customLayout = new QVBoxLayout(custom);
    customLayout->setContentsMargins(0, 0, 0, 0);
    customLayout->addWidget(
        hintLabel(tr("Use {{secret.NAME}} for keys; they are filled in only when sending."), custom));
    customLayout->addWidget(view);
    customLayout->addWidget(add, 0, Qt::AlignLeft);
    custom->setVisible(false);
    connect(m_auth, &QComboBox::currentIndexChanged, custom,
        [custom](int index) { custom->setVisible(index == 2); });
    connect(m_authHeaders, &QAbstractItemModel::dataChanged, this, &RequestComposer::changed);
    connect(m_authHeaders, &HeaderTableModel::replaced, this, &RequestComposer::changed);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_auth);
    layout->addWidget(
        hintLabel(tr("The environment's credentials (API key, sign-in) are used unless this request "
                      "opts out or brings its own."),
            page));
    layout->addWidget(custom, 1);
    layout->addStretch();
    return page;
}

void RequestComposer::paramsFromUrl()
{
    if (m_syncing)
        return;
    const QSignalBlocker blocker(m_params);
    QList<HeaderField> fields;
    const QString url = m_url->text();
    const qsizetype question = url.indexOf(QLatin1Char('?'));
    if (question >= 0) {
        for (const QString &pair : url.mid(question + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            fields.append({QUrl::fromPercentEncoding(pair.left(equals).toUtf8()),
                equals < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(equals + 1).toUtf8()), true});
        }
    }
    m_params->setFields(fields);
}

void RequestComposer::urlFromParams()
{
    QStringList pairs;
    for (const HeaderField &field : m_params->fields()) {
        if (field.name.isEmpty() || !field.enabled)
            continue;
        // Encode what must be, but keep {{variables}} readable.
        const QByteArray keep = "{}";
        pairs << QString::fromUtf8(QUrl::toPercentEncoding(field.name, keep)) + QLatin1Char('=')
                + QString::fromUtf8(QUrl::toPercentEncoding(field.value, keep));
    }
    QString url = m_url->text();
    const qsizetype question = url.indexOf(QLatin1Char('?'));
    if (question >= 0)
        url.truncate(question);
    if (!pairs.isEmpty())
        url += QLatin1Char('?') + pairs.join(QLatin1Char('&'));
    m_syncing = true;
    m_url->setText(url);
    m_syncing = false;
}

QWidget *RequestComposer::createHeadersPage()
{
    auto *page = new QWidget(this);
    m_headersView->setObjectName(QStringLiteral("headers"));
    m_headersView->setAccessibleName(tr("Request headers"));
    m_headersView->setModel(m_headers);
    m_headersView->horizontalHeader()->setStretchLastSection(true);
    addUndoShortcuts(m_headersView, m_headers->undoStack());
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

void RequestComposer::setPrompter(Prompter *prompter)
{
    m_prompter = prompter;
    m_multipart->setPrompter(prompter);
}

QWidget *RequestComposer::createBodyPage()
{
    auto *page = new QWidget(this);
    m_bodyMode->setObjectName(QStringLiteral("bodyMode"));
    m_bodyMode->setAccessibleName(tr("Kind of body"));
    m_bodyMode->addItems({tr("Raw"), tr("Form (url-encoded)"), tr("File"), tr("Multipart form"), tr("GraphQL")});
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setAccessibleName(tr("Request body"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setPlaceholderText(tr("Request body; JSON is checked as you type"));
    m_bodyStatus->setObjectName(QStringLiteral("bodyStatus"));
    auto *raw = new QWidget(page);
    auto *rawLayout = new QVBoxLayout(raw);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    rawLayout->addWidget(m_body);
    rawLayout->addWidget(m_bodyStatus);

    auto *formView = new QTableView(page);
    formView->setObjectName(QStringLiteral("formFields"));
    formView->setAccessibleName(tr("Form fields"));
    formView->setModel(m_form);
    formView->horizontalHeader()->setStretchLastSection(true);
    addUndoShortcuts(formView, m_form->undoStack());
    formView->verticalHeader()->hide();
    auto *addField = new QPushButton(tr("Add Field"), page);
    connect(addField, &QPushButton::clicked, this, [this, formView] {
        m_form->addField();
        formView->edit(m_form->index(m_form->rowCount() - 1, HeaderTableModel::NameColumn));
    });
    auto *form = new QWidget(page);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(formView);
    formLayout->addWidget(addField, 0, Qt::AlignLeft);

    m_bodyFile->setObjectName(QStringLiteral("bodyFile"));
    m_bodyFile->setAccessibleName(tr("Body file"));
    m_bodyFile->setPlaceholderText(tr("File whose bytes are the body"));
    auto *choose = new QPushButton(tr("Choose\u2026"), page);
    connect(choose, &QPushButton::clicked, this, [this] {
        if (!m_prompter)
            return;
        const QString path = m_prompter->chooseOpenFile(this, tr("Body File"));
        if (!path.isEmpty())
            m_bodyFile->setText(path);
    });
    auto *file = new QWidget(page);
    auto *fileLayout = new QHBoxLayout(file);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_bodyFile, 1);
    fileLayout->addWidget(choose);
    auto *fileBox = new QWidget(page);
    auto *fileBoxLayout = new QVBoxLayout(fileBox);
    fileBoxLayout->setContentsMargins(0, 0, 0, 0);
    fileBoxLayout->addWidget(file);
    fileBoxLayout->addStretch();

    auto *pages = new QStackedWidget(page);
    pages->addWidget(raw);
    pages->addWidget(form);
    pages->addWidget(fileBox);
    pages->addWidget(m_multipart);
    pages->addWidget(m_graphql);
    connect(m_graphql, &GraphQlEditor::edited, this, &RequestComposer::changed);
    connect(m_multipart, &MultipartEditor::edited, this, &RequestComposer::changed);
    connect(m_bodyMode, &QComboBox::currentIndexChanged, pages, &QStackedWidget::setCurrentIndex);
    connect(m_bodyMode, &QComboBox::currentIndexChanged, this, &RequestComposer::changed);
    connect(m_form, &QAbstractItemModel::dataChanged, this, &RequestComposer::changed);
    connect(m_form, &QAbstractItemModel::rowsInserted, this, &RequestComposer::changed);
    connect(m_bodyFile, &QLineEdit::textChanged, this, &RequestComposer::changed);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_bodyMode, 0, Qt::AlignLeft);
    layout->addWidget(pages, 1);
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
    spec.bodyMode = RequestSpec::BodyMode(m_bodyMode->currentIndex());
    spec.formFields = m_form->fields();
    spec.bodyFile = m_bodyFile->text().trimmed();
    spec.parts = m_multipart->parts();
    spec.graphql = m_graphql->body();
    switch (m_auth->currentIndex()) {
    case 1:
        spec.auth = AuthSetting {}; // kind None: this request sends no credentials
        break;
    case 2:
        spec.auth = AuthSetting {};
        spec.auth->kind = AuthKind::Static;
        spec.auth->headers = m_authHeaders->fields();
        break;
    default:
        // Token-based overrides are kept as written in the request file; the others give way.
        if (spec.auth && !spec.auth->usesTokens())
            spec.auth.reset();
    }
    spec.checks = m_checks->checks();
    spec.captures = m_checks->captures();
    return spec;
}

void RequestComposer::setSpec(const RequestSpec &spec)
{
    m_loaded = spec;
    m_method->setCurrentText(spec.method);
    m_url->setText(spec.url);
    m_headers->setFields(spec.headers);
    m_body->setPlainText(spec.body);
    m_form->setFields(spec.formFields);
    m_bodyFile->setText(spec.bodyFile);
    m_multipart->setParts(spec.parts);
    m_graphql->setBody(spec.graphql);
    m_bodyMode->setCurrentIndex(int(spec.bodyMode));
    const bool ownHeaders = spec.auth && spec.auth->kind == AuthKind::Static;
    m_authHeaders->setFields(ownHeaders ? spec.auth->headers : QList<HeaderField>());
    m_auth->setCurrentIndex(!spec.auth ? 0 : spec.auth->kind == AuthKind::None ? 1 : ownHeaders ? 2 : 0);
    m_checks->setLines(spec.checks, spec.captures);
    m_checks->clearResults();
    validateBody();
    showFittingPage(spec);
    Q_EMIT changed();
}

void RequestComposer::showFittingPage(const RequestSpec &spec)
{
    // A request that carries a body opens on it; the others on their query parameters.
    const bool hasBody = spec.method == QLatin1String("POST") || spec.method == QLatin1String("PUT")
        || spec.method == QLatin1String("PATCH") || !spec.body.isEmpty() || !spec.formFields.isEmpty()
        || !spec.bodyFile.isEmpty() || !spec.parts.isEmpty() || !spec.graphql.query.isEmpty();
    m_tabs->setCurrentIndex(hasBody ? BodyPage : ParamsPage);
}

void RequestComposer::setKnownVariables(const QStringList &names)
{
    m_url->setKnownNames(names);
}

} // namespace keyway::ui
