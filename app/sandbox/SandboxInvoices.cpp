#include "sandbox/SandboxInvoices.h"

#include "sandbox/SandboxAuthority.h"
#include "sandbox/SandboxReplies.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keyway::sandbox {

namespace {

SandboxReply success(int status, const QJsonValue &data, const QJsonObject &meta)
{
    return replies::json(status,
        {{QStringLiteral("success"), true}, {QStringLiteral("data"), data}, {QStringLiteral("meta"), meta}});
}

bool belongs(const QJsonObject &invoice, const QString &company, const QString &id = {})
{
    return invoice.value(QStringLiteral("company")).toString() == company
        && (id.isEmpty() || invoice.value(QStringLiteral("id")).toString() == id);
}

} // namespace

SandboxReply SandboxInvoices::create(const QString &company, const QByteArray &body, const QJsonObject &meta)
{
    const QJsonObject invoice = QJsonDocument::fromJson(body).object();
    if (invoice.value(QStringLiteral("customer")).toString().isEmpty()
        || !invoice.value(QStringLiteral("amount")).isDouble())
        return replies::bigLedgerError(422, QStringLiteral("VALIDATION_ERROR"),
            QStringLiteral("An invoice needs a customer (string) and an amount (number)"));
    QJsonObject created = invoice;
    created.insert(QStringLiteral("id"), randomToken("inv_", 12));
    created.insert(QStringLiteral("status"), QStringLiteral("draft"));
    created.insert(QStringLiteral("company"), company);
    m_invoices.append(created);
    if (m_invoices.size() > MaxInvoices)
        m_invoices.removeFirst();
    return success(201, created, meta);
}

SandboxReply SandboxInvoices::list(const QString &company, const QJsonObject &meta) const
{
    QJsonArray found;
    for (const QJsonObject &invoice : m_invoices) {
        if (belongs(invoice, company))
            found.append(invoice);
    }
    return success(200, found, meta);
}

SandboxReply SandboxInvoices::get(const QString &company, const QString &id, const QJsonObject &meta) const
{
    for (const QJsonObject &invoice : m_invoices) {
        if (belongs(invoice, company, id))
            return success(200, invoice, meta);
    }
    return notFound(id);
}

SandboxReply SandboxInvoices::remove(const QString &company, const QString &id, const QJsonObject &meta)
{
    for (qsizetype at = 0; at < m_invoices.size(); ++at) {
        if (belongs(m_invoices.at(at), company, id)) {
            m_invoices.removeAt(at);
            return success(200, QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("deleted"), true}}, meta);
        }
    }
    return notFound(id);
}

SandboxReply SandboxInvoices::notFound(const QString &id) const
{
    return replies::bigLedgerError(404, QStringLiteral("NOT_FOUND"), QStringLiteral("Invoice %1 does not exist").arg(id));
}

} // namespace keyway::sandbox
