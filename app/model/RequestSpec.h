#pragma once

#include "auth/AuthSetting.h"
#include "model/FormPart.h"
#include "model/GraphQlBody.h"
#include "model/HeaderField.h"

#include <climits>
#include <optional>
#include <QList>
#include <QString>
#include <QStringList>

namespace keyway {

// A saved request as the user wrote it: templates with {{variables}}, not yet expanded.
struct RequestSpec
{
    QString name;
    QString collection; // folder path under requests/, "" for the top level
    QString method = QStringLiteral("GET");
    QString url;
    QList<HeaderField> headers;
    // Raw: `body` as typed; Form: `formFields` url-encoded; File: the bytes of `bodyFile`;
    // Multipart: `parts` as multipart/form-data (files streamed from disk when sending);
    // GraphQl: `graphql` as the JSON body GraphQL servers take.
    enum class BodyMode { Raw, Form, File, Multipart, GraphQl };
    BodyMode bodyMode = BodyMode::Raw;
    QString body;
    QList<HeaderField> formFields;
    QString bodyFile;
    QList<FormPart> parts;
    GraphQlBody graphql;
    std::optional<AuthSetting> auth; // overrides the environment's auth setting
    // Checks on the response and values captured from it, one line each (checks/Check.h,
    // checks/Capture.h): data in the file, so a run never executes code from a repository.
    QStringList checks;
    QStringList captures;
    // Its place in its folder, for runs and the tree (a chained flow runs in this order); 0: after
    // the numbered ones, by name.
    int sequence = 0;

    bool operator==(const RequestSpec &) const = default;

    // The order requests stand in everywhere: by folder, then by sequence, then by name.
    static bool comesBefore(const RequestSpec &a, const RequestSpec &b)
    {
        if (a.collection != b.collection)
            return a.collection < b.collection;
        const int left = a.sequence > 0 ? a.sequence : INT_MAX;
        const int right = b.sequence > 0 ? b.sequence : INT_MAX;
        return left != right ? left < right : a.name < b.name;
    }
};

} // namespace keyway
