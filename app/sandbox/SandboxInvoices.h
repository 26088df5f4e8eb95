#pragma once

#include "sandbox/SandboxServer.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace keyway::sandbox {

// BigLedger's invoices in the sandbox: created, listed, fetched and deleted per company, kept in
// memory for the sandbox's life (the oldest go first past MaxInvoices), for chained runs.
class SandboxInvoices
{
public:
    static constexpr qsizetype MaxInvoices = 1000;

    // POST /v1/invoices: a customer (string) and an amount (number) are required.
    SandboxReply create(const QString &company, const QByteArray &body, const QJsonObject &meta);
    SandboxReply list(const QString &company, const QJsonObject &meta) const;
    SandboxReply get(const QString &company, const QString &id, const QJsonObject &meta) const;
    SandboxReply remove(const QString &company, const QString &id, const QJsonObject &meta);

private:
    SandboxReply notFound(const QString &id) const;

    QList<QJsonObject> m_invoices; // in creation order, each with its "company"
};

} // namespace keyway::sandbox
