#pragma once

#include "sandbox/SandboxServer.h"

#include <QJsonObject>
#include <QStringList>

namespace keyway::sandbox {

// Building blocks for the sandbox's answers, in the envelopes the real APIs use.
namespace replies {

SandboxReply json(int status, const QJsonObject &body);
SandboxReply html(int status, const QString &title, const QString &bodyHtml);
SandboxReply redirect(const QUrl &target, int status = 302);
// BigLedger as documented: {"success":false,"error":{"code","message","requestId"}}
SandboxReply bigLedgerError(int status, const QString &code, const QString &message);
// Basiq: {"type":"list","correlationId","data":[{"type":"error","code","title","detail"}]}
SandboxReply basiqError(int status, const QString &code, const QString &title, const QString &detail);
// BigCommerce v3: {"status","title","type","errors":{}}
SandboxReply bigCommerceError(int status, const QString &title);

QString escapeHtml(const QString &text);
QString consentPage(const QString &consentId, const QString &clientId, const QStringList &scopes);

} // namespace replies
} // namespace keyway::sandbox
