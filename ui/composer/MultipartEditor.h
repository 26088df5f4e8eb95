#pragma once

#include "common/EditableTable.h"
#include "model/FormPart.h"

#include <QList>

namespace keyway::ui {

class Prompter;

// The parts of a multipart/form-data body: text parts (value templates, {{secret.x}} allowed) and
// file parts (a path, sent from disk when sending), each with an optional content type.
class MultipartEditor final : public EditableTable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MultipartEditor)

public:
    enum Column { NameColumn, KindColumn, ValueColumn, TypeColumn, ColumnCount };

    explicit MultipartEditor(QWidget *parent = nullptr);

    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    void setParts(const QList<FormPart> &parts);
    // The rows with a name, in order.
    QList<FormPart> parts() const;
    void addTextPart();
    // Asks for a file; its name becomes the part's name when none is typed.
    void addFilePart();

private:
    void addRow(const FormPart &part);

    Prompter *m_prompter = nullptr;
};

} // namespace keyway::ui
