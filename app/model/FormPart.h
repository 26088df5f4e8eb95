#pragma once

#include <QString>

namespace keyway {

// One part of a multipart/form-data body: a text field (its value a template) or a file, sent
// from disk as it is read, with the content type given or guessed from the file.
struct FormPart
{
    QString name;
    QString value; // a text part's template; empty for a file part
    QString file; // a file part's path
    QString contentType; // empty: guessed for a file, none for text
    bool enabled = true;

    bool isFile() const { return !file.isEmpty(); }
    bool operator==(const FormPart &) const = default;
};

} // namespace keyway
